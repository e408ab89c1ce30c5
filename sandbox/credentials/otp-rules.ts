/**
 * The rules of a one-time code, as a pure function: expiry, single use and a limit of tries. The caller
 * stores the new attempt count and closes the code when told to.
 */
export interface CodeState {
  expiresAt: number
  attempts: number
  /** Set once the code was used or the enrollment abandoned. */
  closedAt: number | null
}

export const OTP_MAX_ATTEMPTS = 3
/** Codes per enrollment: the first plus two resends. */
export const OTP_MAX_SENDS = 3

export type CodeOutcome =
  | { kind: 'accepted' }
  /** Wrong code: count the attempt; `attemptsLeft` may be 0 (then the code is spent). */
  | { kind: 'wrong'; attempts: number; attemptsLeft: number }
  /** Expired, used, or out of tries: nothing is counted any more. */
  | { kind: 'expired' }

export function evaluateCode(state: CodeState, now: number, matches: boolean): CodeOutcome {
  if (state.closedAt !== null || now >= state.expiresAt || state.attempts >= OTP_MAX_ATTEMPTS)
    return { kind: 'expired' }
  if (matches) return { kind: 'accepted' }
  const attempts = state.attempts + 1
  return { kind: 'wrong', attempts, attemptsLeft: OTP_MAX_ATTEMPTS - attempts }
}

export type ResendOutcome =
  { kind: 'allowed' } | { kind: 'wait'; retryAfterSeconds: number } | { kind: 'exhausted' }

/** A new code may be sent after the cooldown, a limited number of times, while the enrollment is open. */
export function evaluateResend(
  state: { sends: number; lastSentAt: number; closedAt: number | null },
  now: number,
  cooldownSeconds: number,
): ResendOutcome {
  if (state.closedAt !== null || state.sends >= OTP_MAX_SENDS) return { kind: 'exhausted' }
  const readyAt = state.lastSentAt + cooldownSeconds * 1000
  if (now < readyAt) return { kind: 'wait', retryAfterSeconds: Math.ceil((readyAt - now) / 1000) }
  return { kind: 'allowed' }
}
