import type { z } from 'zod'
import { contractOf, type ContractOf, type EventContractOf } from './service'
import { KIOSK_SERVICES, type KioskService } from './services'

/** Every invoke channel with its method declaration (schemas, audience…), derived from the services. */
export type IpcContract = ContractOf<KioskService>
/** Every event channel with the schema of its payload. */
export type IpcEventContract = EventContractOf<KioskService>
export type InvokeChannel = keyof IpcContract & string
export type EventChannel = keyof IpcEventContract & string

const derived = contractOf<KioskService>(KIOSK_SERVICES)
/** Request and response schema (and audience) of every invoke channel. Main validates both directions. */
export const IPC_CONTRACT: IpcContract = derived.methods
/** Payloads that main pushes to the renderer. */
export const IPC_EVENTS: IpcEventContract = derived.events

export type IpcInput<C extends InvokeChannel> = z.input<IpcContract[C]['input']>
export type IpcOutput<C extends InvokeChannel> = z.output<IpcContract[C]['output']>
export type IpcEventPayload<E extends EventChannel> = z.output<IpcEventContract[E]>
