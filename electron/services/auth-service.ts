import type { LoginResponse, LookupResponse } from '../../shared/api/auth'
import { KioskError } from '../../shared/ipc/errors'
import type { IpcOutput } from '../../shared/ipc/contract'
import type { StaffRole } from '../../shared/ipc/service'
import type { HeldPrincipals } from '../ipc/audience'
import type { EmitEvent } from '../ipc/registry'
import type { ApiClient } from './api-client'
import type { ServiceLogger } from './logger'
import { systemClock, type Clock } from './session-timer'

export type LoginResult = IpcOutput<'auth.login'>
export type KeepAliveResult = IpcOutput<'session.keepAlive'>

/** A staff sign-in as the API will answer it (teller mode); the token stays here like a member's. */
export interface StaffSignIn {
  token: string
  expiresAt: string
  roles: readonly StaffRole[]
}

/**
 * Branch IT at the kiosk: a staff sign-in with the `it` role (maintenance-service.ts). Its token is a
 * staff token, held in its own slot so that it opens maintenance channels and never staff ones.
 */
export interface MaintenancePrincipal {
  technician: string
  token: string
  expiresAt: string
  /** Told when the slot empties (sign-out, idle expiry, a fresh page), so the screen can leave. */
  onEnded?: (reason: 'logout' | 'expired') => void
}

export interface AuthService {
  /** `questionTicket`: where the cooperative asks a security question first (sign-in-extras). */
  lookup(idNumber: string, questionTicket?: string): Promise<LookupResponse>
  login(idNumber: string, password: string, questionTicket?: string): Promise<LoginResult>
  /**
   * Takes over a session the API opened by another route (self-enrollment ends signed in), exactly as a
   * password sign-in would; the token stays here.
   */
  adopt(res: LoginResponse): LoginResult
  /** Ends the member's session at the API if it can, and locally in every case. */
  logout(): Promise<void>
  keepAlive(): Promise<KeepAliveResult>
  /**
   * Runs an API call with the member's session token. The token is handed to `fn` only; it is never
   * returned, logged or emitted. SESSION_EXPIRED from the API ends the local session too.
   */
  withToken<T>(fn: (token: string) => Promise<T>): Promise<T>
  /** The member's session is held. */
  hasSession(): boolean
  /** The seam for teller sign-in: holds a staff session beside (never inside) the member's. */
  adoptStaff(signIn: StaffSignIn): void
  /** As withToken, with the staff session's token. */
  withStaffToken<T>(fn: (token: string) => Promise<T>): Promise<T>
  endStaffSession(): Promise<void>
  /** The API moved the staff session's idle expiry (every staff call does): the local timer follows. */
  staffActive(expiresAt: string): void
  /** Holds branch IT's session (a member's or a previous technician's is not this one's business). */
  holdMaintenance(principal: MaintenancePrincipal): void
  /** As withToken, with the maintenance session's (staff) token. */
  withMaintenanceToken<T>(fn: (token: string) => Promise<T>): Promise<T>
  /** The API moved the maintenance session's idle expiry: the local timer follows. */
  maintenanceActive(expiresAt: string): void
  endMaintenance(): Promise<void>
  /** The signed-in technician's username (for the record of their actions), or null. */
  maintenanceTechnician(): string | null
  /** Who is signed in, for the IPC registry's audience check. */
  held(): HeldPrincipals
  /** Step-up (payments): the member proved a fresh code request for `channel` until `untilMs` (0 revokes). */
  grantStepUp(channel: string, untilMs: number): void
  hasFreshStepUp(channel: string): boolean
  /** Ends every principal's session (best effort at the API): member, staff and maintenance. */
  endAll(): Promise<void>
  /** Ends every session and stops their expiry timers. */
  dispose(): Promise<void>
}

export interface AuthServiceDeps {
  api: ApiClient
  kioskId: string
  emit: EmitEvent
  logger: ServiceLogger
  clock?: Clock
}

interface Session {
  kind: 'member' | 'staff' | 'maintenance'
  token: string
  expiresAt: string
  cancelExpiry: () => void
  onEnded?: (reason: 'logout' | 'expired') => void
  /** Channel → until when its step-up holds; it dies with the session. */
  stepUps?: Map<string, number>
}

/**
 * The principals' sessions, one slot per kind: member, staff, maintenance. They live only in this
 * closure (main memory, never disk, never the renderer) and never share anything: each has its own
 * token and timer, and ending one drops what it held and nothing else.
 */
export function createAuthService({
  api,
  kioskId,
  emit,
  logger,
  clock = systemClock,
}: AuthServiceDeps): AuthService {
  const sessions: {
    member?: Session
    staff?: Session & { roles: readonly StaffRole[] }
    maintenance?: Session & { technician: string }
  } = {}

  function end(s: Session, reason: 'logout' | 'expired'): void {
    // A newer sign-in may have replaced the session this is about.
    if (sessions[s.kind] !== s) return
    s.cancelExpiry()
    delete sessions[s.kind]
    logger.info({ principal: s.kind, reason }, 'session: ended')
    s.onEnded?.(reason)
    // The member's screens and the teller's desk listen (maintenance tells its screen through onEnded).
    if (s.kind === 'maintenance') return
    try {
      if (s.kind === 'member') emit('session.ended', { reason })
      else emit('staff.ended', { reason })
    } catch (e) {
      // A shell that is closing may refuse the event; the session is over regardless.
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'session: could not emit its end')
    }
  }

  /** (Re)arms the local expiry: the kiosk ends the session even if the API is never asked again. */
  function armExpiry(s: Session): void {
    s.cancelExpiry()
    s.cancelExpiry = clock.schedule(() => end(s, 'expired'), Date.parse(s.expiresAt) - clock.now())
  }

  async function revoke(s: Session): Promise<void> {
    try {
      // Each principal signs out on its own route: the API refuses the other kind's token.
      await api.call(s.kind === 'member' ? 'logout' : 'staffSignOut', undefined, s.token)
    } catch (e) {
      logger.warn({ code: e instanceof KioskError ? e.code : 'UNKNOWN' }, 'session: API logout failed')
    }
  }

  /** Fills a slot; a session nobody ended is quietly retired, so the newcomer never inherits it. */
  function start<S extends Session>(s: S): S {
    const previous = sessions[s.kind]
    if (previous) {
      previous.cancelExpiry()
      void revoke(previous)
    }
    ;(sessions as Record<Session['kind'], Session>)[s.kind] = s
    armExpiry(s)
    logger.info({ principal: s.kind, expiresAt: s.expiresAt }, 'session: started')
    return s
  }

  async function close(s: Session | undefined): Promise<void> {
    if (!s) return
    // Local state goes first: nothing may use the token once the person chose to leave.
    end(s, 'logout')
    await revoke(s)
  }

  async function withSession<T>(s: Session | undefined, fn: (token: string) => Promise<T>): Promise<T> {
    if (!s) throw new KioskError('NOT_AUTHENTICATED', 'no active session')
    try {
      return await fn(s.token)
    } catch (e) {
      if (e instanceof KioskError && e.code === 'SESSION_EXPIRED') end(s, 'expired')
      throw e
    }
  }

  const service: AuthService = {
    lookup: (idNumber, questionTicket) =>
      api.call('lookup', questionTicket ? { idNumber, questionTicket } : { idNumber }),

    async login(idNumber, password, questionTicket) {
      const body = { idNumber, password, kioskId, ...(questionTicket ? { questionTicket } : {}) }
      return service.adopt(await api.call('login', body))
    },

    adopt(res) {
      start({ kind: 'member', token: res.token, expiresAt: res.expiresAt, cancelExpiry: () => {} })
      return {
        displayName: res.member.displayName,
        mustChangePassword: res.mustChangePassword,
        pendingSetup: res.pendingSetup,
        expiresAt: res.expiresAt,
        previousSignIn: res.previousSignIn,
      }
    },

    logout: () => close(sessions.member),

    async keepAlive() {
      const s = sessions.member
      const res = await service.withToken((token) => api.call('keepAlive', undefined, token))
      if (s && sessions.member === s) {
        s.expiresAt = res.expiresAt
        armExpiry(s)
      }
      return { expiresAt: res.expiresAt }
    },

    withToken: (fn) => withSession(sessions.member, fn),
    hasSession: () => sessions.member !== undefined,

    adoptStaff({ token, expiresAt, roles }) {
      start({ kind: 'staff', token, expiresAt, roles: [...roles], cancelExpiry: () => {} })
    },
    withStaffToken: (fn) => withSession(sessions.staff, fn),
    endStaffSession: () => close(sessions.staff),
    staffActive(expiresAt) {
      const s = sessions.staff
      if (!s) return
      s.expiresAt = expiresAt
      armExpiry(s)
    },

    holdMaintenance({ technician, token, expiresAt, onEnded }) {
      start({ kind: 'maintenance', technician, token, expiresAt, onEnded, cancelExpiry: () => {} })
    },
    withMaintenanceToken: (fn) => withSession(sessions.maintenance, fn),
    maintenanceActive(expiresAt) {
      const s = sessions.maintenance
      if (!s) return
      s.expiresAt = expiresAt
      armExpiry(s)
    },
    endMaintenance: () => close(sessions.maintenance),
    maintenanceTechnician: () => sessions.maintenance?.technician ?? null,

    held: () => ({
      member: sessions.member !== undefined,
      staff: sessions.staff ? sessions.staff.roles : null,
      maintenance: sessions.maintenance !== undefined,
    }),

    grantStepUp(channel, untilMs) {
      const s = sessions.member
      if (!s) return
      s.stepUps ??= new Map()
      s.stepUps.set(channel, untilMs)
    },
    hasFreshStepUp: (channel) => (sessions.member?.stepUps?.get(channel) ?? 0) > clock.now(),

    async endAll() {
      await Promise.all([close(sessions.member), close(sessions.staff), close(sessions.maintenance)])
    },
    dispose: () => service.endAll(),
  }
  return service
}
