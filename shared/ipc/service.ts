import type { z } from 'zod'
import type { StaffRole } from '../api/staff'

export type { StaffRole } from '../api/staff'

/**
 * Who may call a method. `public`: anyone who reaches the bridge (before sign-in too); `member`: a
 * member signed in at the kiosk; `staff`: a teller, supervisor or IT technician signed in against the
 * directory; `maintenance`: branch IT at the kiosk.
 */
export type Audience = 'public' | 'member' | 'staff' | 'maintenance'
export const AUDIENCES = ['public', 'member', 'staff', 'maintenance'] as const satisfies readonly Audience[]
/** The principals main can hold a session for (everyone but `public`). */
export type PrincipalKind = Exclude<Audience, 'public'>

export interface MethodDeclaration<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  audience: Audience
  /** Staff methods only: the roles that may call it (every staff role when absent). */
  roles?: readonly StaffRole[]
  /** Needs a fresh step-up (a one-time code) just before; refused with VERIFICATION_REQUIRED otherwise. */
  stepUp?: boolean
  /** Moves money: the input carries an `idempotencyKey`, so a retried call never pays twice. */
  idempotent?: boolean
}

/**
 * A service as both sides know it: its name (the channel prefix), its methods and its events. The
 * channel of method `m` of service `s` is `s.m`, and so is the wire name of event `e` (`s.e`).
 */
export interface ServiceDeclaration<
  N extends string = string,
  M extends Record<string, MethodDeclaration> = Record<string, MethodDeclaration>,
  E extends Record<string, z.ZodType> = Record<string, z.ZodType>,
> {
  name: N
  methods: M
  events: E
}

/** Declares a service; `idempotent` methods are checked to carry their key. */
export function defineService<
  const N extends string,
  const M extends Record<string, MethodDeclaration>,
  const E extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(declaration: { name: N; methods: M; events?: E }): ServiceDeclaration<N, M, E> {
  for (const [key, method] of Object.entries(declaration.methods)) {
    const shape = (method.input as { shape?: Record<string, unknown> }).shape
    if (method.idempotent && !shape?.idempotencyKey)
      throw new Error(`${declaration.name}.${key} moves money but its input has no idempotencyKey`)
  }
  return { name: declaration.name, methods: declaration.methods, events: (declaration.events ?? {}) as E }
}

type MethodsOf<S extends ServiceDeclaration> = S['methods']

/** Channel names of one service, e.g. `credentials.changeUsername`. */
export type ChannelOf<S extends ServiceDeclaration> = `${S['name']}.${keyof MethodsOf<S> & string}`
export type EventOf<S extends ServiceDeclaration> = `${S['name']}.${keyof S['events'] & string}`

/** What main implements for a service: one async function per method, typed from its schemas. */
export type ServiceImplementation<S extends ServiceDeclaration> = {
  [K in keyof MethodsOf<S>]: (
    input: z.output<MethodsOf<S>[K]['input']>,
  ) => Promise<z.input<MethodsOf<S>[K]['output']>>
}

/** What the renderer calls: the same methods, taking the input as the caller writes it. */
export type ServiceClient<S extends ServiceDeclaration> = {
  [K in keyof MethodsOf<S>]: (
    input: z.input<MethodsOf<S>[K]['input']>,
  ) => Promise<z.output<MethodsOf<S>[K]['output']>>
}

/** One service's methods keyed by channel name. */
export type ChannelsOfService<S> =
  S extends ServiceDeclaration<infer N, infer M> ? { [K in keyof M & string as `${N}.${K}`]: M[K] } : never
export type EventsOfService<S> =
  S extends ServiceDeclaration<infer N, Record<string, MethodDeclaration>, infer E>
    ? { [K in keyof E & string as `${N}.${K}`]: E[K] }
    : never

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never

/** Every method of a list of services, keyed by channel: the IPC contract. */
export type ContractOf<S extends ServiceDeclaration> = UnionToIntersection<ChannelsOfService<S>>
export type EventContractOf<S extends ServiceDeclaration> = UnionToIntersection<EventsOfService<S>>

/** Flattens declarations into the channel → method table (and event → schema table). */
export function contractOf<S extends ServiceDeclaration>(
  services: readonly S[],
): { methods: ContractOf<S>; events: EventContractOf<S> } {
  const methods: Record<string, MethodDeclaration> = {}
  const events: Record<string, z.ZodType> = {}
  for (const s of services) {
    for (const [key, method] of Object.entries(s.methods)) {
      const channel = `${s.name}.${key}`
      if (methods[channel]) throw new Error(`channel ${channel} declared twice`)
      methods[channel] = method
    }
    for (const [key, schema] of Object.entries(s.events)) events[`${s.name}.${key}`] = schema
  }
  return { methods: methods as ContractOf<S>, events: events as EventContractOf<S> }
}
