// The shapes of what members type, without zod: the renderer checks them before asking main, and the
// schemas of auth.ts and credentials-enrollment.ts are built from the same patterns.

/** ID document numbers: digits (cédula) or alphanumeric (passport), no spaces. */
export const ID_NUMBER_PATTERN = /^[0-9A-Za-z]{4,20}$/
export const MEMBER_NUMBER_PATTERN = /^[0-9A-Za-z-]{3,20}$/
/** Digits of the one-time codes sent by SMS. */
export const OTP_LENGTH = 6

export const isIdNumber = (text: string) => ID_NUMBER_PATTERN.test(text)
export const isMemberNumber = (text: string) => MEMBER_NUMBER_PATTERN.test(text)
