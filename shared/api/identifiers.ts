// The shapes of what members type, without zod: the renderer checks them before asking main, and the
// schemas of auth.ts and credentials-enrollment.ts are built from the same patterns.

/** The longest ID and member numbers: the keypads and fields stop there, the patterns refuse more. */
export const ID_NUMBER_MAX_LENGTH = 20
export const MEMBER_NUMBER_MAX_LENGTH = 20
/** ID document numbers: digits (cédula) or alphanumeric (passport), no spaces. */
export const ID_NUMBER_PATTERN = new RegExp(`^[0-9A-Za-z]{4,${ID_NUMBER_MAX_LENGTH}}$`)
export const MEMBER_NUMBER_PATTERN = new RegExp(`^[0-9A-Za-z-]{3,${MEMBER_NUMBER_MAX_LENGTH}}$`)
/** Digits of the one-time codes sent by SMS. */
export const OTP_LENGTH = 6

export const isIdNumber = (text: string) => ID_NUMBER_PATTERN.test(text)
export const isMemberNumber = (text: string) => MEMBER_NUMBER_PATTERN.test(text)
