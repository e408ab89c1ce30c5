/** The account types an ACH transfer can go to (no zod here: the renderer imports it). */
export const ACH_ACCOUNT_TYPES = ['savings', 'checking'] as const
export type AchAccountType = (typeof ACH_ACCOUNT_TYPES)[number]
