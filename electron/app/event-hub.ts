import type { EventChannel } from '../../shared/ipc/channels'
import type { IpcEventPayload } from '../../shared/ipc/contract'
import type { EmitEvent } from '../ipc/registry'

export type EventListener = <E extends EventChannel>(event: E, payload: IpcEventPayload<E>) => void

export interface EventHub {
  /** Give this to the services. */
  emit: EmitEvent
  /** Give this to the shell, which exists only after the services do. */
  subscribe(listener: EventListener): () => void
}

/** Decouples services (created first) from the shell that carries their events (started second). */
export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>()
  return {
    emit(event, payload) {
      for (const l of listeners) l(event, payload)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
