import type { LoginResponse, LookupResponse } from '../../shared/api/auth'
import { KioskError } from '../../shared/ipc/errors'
import type { IpcOutput } from '../../shared/ipc/contract'
import type { EmitEvent } from '../ipc/registry'
import type { ApiClient } from './api-client'
import type { ServiceLogger } from './logger'
import { systemClock, type Clock } from './session-timer'

export type LoginResult = IpcOutput<'auth.login'>
export type KeepAliveResult = IpcOutput<'session.keepAlive'>

export interface AuthService {
  lookup(idNumber: string): Promise<LookupResponse>
  login(idNumber: string, password: string): Promise<LoginResult>
  /**
   * Takes over a session the API opened by another route (self-enrollment ends signed in), exactly as a
   * password sign-in would; the token stays here.
   */
  adopt(res: LoginResponse): LoginResult
  /** Ends the session at the API if it can, and locally in every case. */
  logout(): Promise<void>
  keepAlive(): Promise<KeepAliveResult>
  /**
   * Runs an API call with the session token. The token is handed to `fn` only; it is never returned,
   * logged or emitted. SESSION_EXPIRED from the API ends the local session too.
   */
  withToken<T>(fn: (token: string) => Promise<T>): Promise<T>
  hasSession(): boolean
  /** Logs out (best effort) and stops the expiry timer. */
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
  token: string
  expiresAt: string
  cancelExpiry: () => void
}

/** The member's API session. It lives only in this closure: main memory, never disk, never the renderer. */
export function createAuthService({
  api,
  kioskId,
  emit,
  logger,
  clock = systemClock,
}: AuthServiceDeps): AuthService {
  let session: Session | undefined

  function end(s: Session, reason: 'logout' | 'expired'): void {
    // A newer login may have replaced the session this event is about.
    if (session !== s) return
    s.cancelExpiry()
    session = undefined
    logger.info({ reason }, 'session: ended')
    try {
      emit('session.ended', { reason })
    } catch (e) {
      // A shell that is closing may refuse the event; the session is over regardless.
      logger.warn(
        { err: e instanceof Error ? e.message : String(e) },
        'session: could not emit session.ended',
      )
    }
  }

  /** (Re)arms the local expiry: the kiosk ends the session even if the API is never asked again. */
  function armExpiry(s: Session): void {
    s.cancelExpiry()
    s.cancelExpiry = clock.schedule(() => end(s, 'expired'), Date.parse(s.expiresAt) - clock.now())
  }

  async function revoke(token: string): Promise<void> {
    try {
      await api.call('logout', undefined, token)
    } catch (e) {
      logger.warn({ code: e instanceof KioskError ? e.code : 'UNKNOWN' }, 'session: API logout failed')
    }
  }

  const service: AuthService = {
    lookup: (idNumber) => api.call('lookup', { idNumber }),

    async login(idNumber, password) {
      return service.adopt(await api.call('login', { idNumber, password, kioskId }))
    },

    adopt(res) {
      const previous = session
      if (previous) {
        // Quietly retire a session nobody logged out of; the new member must not inherit it.
        previous.cancelExpiry()
        void revoke(previous.token)
      }
      session = { token: res.token, expiresAt: res.expiresAt, cancelExpiry: () => {} }
      armExpiry(session)
      logger.info({ expiresAt: res.expiresAt }, 'session: started')
      return {
        displayName: res.member.displayName,
        mustChangePassword: res.mustChangePassword,
        pendingSetup: res.pendingSetup,
        expiresAt: res.expiresAt,
      }
    },

    async logout() {
      const s = session
      if (!s) return
      // Local state goes first: nothing may use the token once the member chose to leave.
      end(s, 'logout')
      await revoke(s.token)
    },

    async keepAlive() {
      const s = session
      const res = await service.withToken((token) => api.call('keepAlive', undefined, token))
      if (s && session === s) {
        s.expiresAt = res.expiresAt
        armExpiry(s)
      }
      return { expiresAt: res.expiresAt }
    },

    async withToken(fn) {
      const s = session
      if (!s) throw new KioskError('NOT_AUTHENTICATED', 'no active session')
      try {
        return await fn(s.token)
      } catch (e) {
        if (e instanceof KioskError && e.code === 'SESSION_EXPIRED') end(s, 'expired')
        throw e
      }
    },

    hasSession: () => session !== undefined,

    dispose: () => service.logout(),
  }
  return service
}
