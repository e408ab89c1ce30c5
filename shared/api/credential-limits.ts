/**
 * The limits that make the credential secrets unguessable, in one place: the sandbox enforces them, the
 * contract's route descriptions state them (with the odds worked out below), the kiosk explains them.
 * A "day" is the UTC calendar day; counts are kept per member and per secret kind, keyed by an HMAC of
 * the ID number (unknown IDs are counted the same way), in the data file, so restarting a flow, asking
 * for a new code or restarting the server resets nothing.
 */

/** The secrets a member proves with, each with its own daily budget of wrong answers. */
export const SECRET_KINDS = [
  'enrollment-code',
  'enrollment-data',
  'temporary-key',
  'security-answer',
  'operation-code',
] as const
export type SecretKind = (typeof SECRET_KINDS)[number]

/** Wrong answers per member, per kind and per day; the next one is refused until the next UTC day. */
export const WRONG_ANSWERS_PER_DAY: Record<SecretKind, number> = {
  /** 6-digit SMS code of self-enrollment. */
  'enrollment-code': 5,
  /** Member number + birth date that do not match the ID number at the start of enrollment. */
  'enrollment-data': 10,
  /** Temporary key typed as a password while one is open. */
  'temporary-key': 5,
  /** Security answers, across the short blocks after every 3 wrong in a row. */
  'security-answer': 6,
  /** The payments issue's operation codes (6 digits), "as in enrollment". */
  'operation-code': 5,
}

/** Messages (SMS or e-mail) per member and kind: a cooldown between two and a daily cap. */
export const SEND_LIMITS = { cooldownSeconds: 60, perDay: 5 } as const

/** Size of the space a guess is drawn from, for the odds stated in the contract. */
export const OTP_SPACE = 10 ** 6

/** "1 in N" for k guesses a day at a secret of `space` equally likely values (k/space, rounded down). */
export function oneIn(space: number, guessesPerDay: number): number {
  return Math.floor(space / guessesPerDay)
}

/** The sentence each code route's description carries: budget, odds and why they hold. */
export function codeOddsText(kind: 'enrollment-code' | 'operation-code'): string {
  const k = WRONG_ANSWERS_PER_DAY[kind]
  return (
    `A member gets ${k} wrong codes per UTC day in all (across restarts, resends and kiosks); the next one ` +
    `answers 423 ATTEMPTS_EXHAUSTED with lockedUntil (the next day). Each code is uniform over ` +
    `${OTP_SPACE.toLocaleString('en')} values, so a guesser's chance per member per day is at most ` +
    `${k}/${OTP_SPACE.toLocaleString('en')} = 1 in ${oneIn(OTP_SPACE, k).toLocaleString('en')} ` +
    `(below 1 in 100,000).`
  )
}

/** The sentence on every route that sends a message. */
export const SEND_LIMITS_TEXT =
  `Sends are limited per member: one every ${SEND_LIMITS.cooldownSeconds} s and ${SEND_LIMITS.perDay} ` +
  `per UTC day; a refused send answers 429 RATE_LIMITED with retryAfterSeconds (when to ask again), ` +
  `identical for IDs that are not members (nothing is sent to them, but they are counted the same way).`

/** How requests are limited before any handler runs: on what the API can verify, never the stated kiosk id. */
export const REQUEST_LIMITS_TEXT =
  'Rate limits (429 RATE_LIMITED, retryAfterSeconds, Retry-After header): per ID number and action across ' +
  'all kiosks, and per source address and action for the whole API. The kioskId a client states is ' +
  'recorded but never trusted for limits; once devices have a verified identity, per-device limits use it.'

/** Temporary keys are at least 8 characters with an upper, a lower and a digit from a 56-character set. */
export const TEMPORARY_KEY_SPACE = 24 * 24 * 8 * 56 ** 5

export const TEMPORARY_KEY_TEXT =
  `While a temporary key is open, each wrong password spends one of the member's ` +
  `${WRONG_ANSWERS_PER_DAY['temporary-key']} temporary-key tries of the UTC day; when they are spent the ` +
  `open keys are revoked (the answer does not change, so it reveals nothing). Keys have at least ` +
  `${TEMPORARY_KEY_SPACE.toExponential(1)} equally likely values, so the odds of guessing one are below ` +
  `1 in ${oneIn(TEMPORARY_KEY_SPACE, WRONG_ANSWERS_PER_DAY['temporary-key']).toExponential(0)} a day.`

export const LOCKOUT_TEXT =
  'Wrong passwords are counted per member across every kiosk (unknown IDs the same way). The third ' +
  "(the sandbox's --lockout) locks, following the cooperative's profile: a timed lock that grows with each lock in a " +
  'row (e.g. 15 min, 1 h, 24 h) and ends by itself — 423 ACCOUNT_LOCKED with unlockBy "time", lockedUntil ' +
  'and retryAfterSeconds; a right password after it clears the count — or a lock that only a teller lifts ' +
  '(unlockBy "teller"). With 3 tries and 15 min, 1 h, 24 h a script gets 9 guesses on the first day and 3 ' +
  'a day after, and cannot keep a member locked longer than the last step per 3 requests; the lock reason ' +
  'and time are kept for the teller screen.'

export const SECURITY_ANSWER_TEXT =
  `The same question is asked until it is answered right, also after a block. 3 wrong answers in a row ` +
  `block the sensitive operations for a while (429 RATE_LIMITED, retryAfterSeconds); ` +
  `${WRONG_ANSWERS_PER_DAY['security-answer']} wrong answers in a UTC day block them until the next day ` +
  `(423 ATTEMPTS_EXHAUSTED, lockedUntil). Counted per member, across sessions and kiosks: at most ` +
  `${WRONG_ANSWERS_PER_DAY['security-answer']} guesses per member per day.`

export const ENROLLMENT_DATA_TEXT =
  `Member data that do not match count per ID number (members and strangers alike): after ` +
  `${WRONG_ANSWERS_PER_DAY['enrollment-data']} in a UTC day the start answers 423 ATTEMPTS_EXHAUSTED until the next day.`
