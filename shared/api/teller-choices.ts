/**
 * Teller mode's fixed lists (issue 10), zod-free so the renderer shows the same choices the API checks:
 * the actions, the reasons a teller may give for each, how a temporary key reaches the member, and the
 * identity checklist confirmed before any action.
 */
export const TELLER_ACTIONS = [
  'activate',
  'unlock',
  'resetQuestions',
  'resetImage',
  'resendContract',
] as const
export type TellerActionName = (typeof TELLER_ACTIONS)[number]

export const TELLER_REASONS = {
  activate: ['first-access', 'kiosk-enrollment-failed', 'no-registered-phone-access'],
  unlock: ['forgot-password', 'typing-mistakes', 'lock-reviewed'],
  resetQuestions: ['forgot-answers', 'questions-blocked', 'member-request'],
  resetImage: ['forgot-image', 'suspected-phishing', 'member-request'],
  resendContract: ['member-request', 'lost-copy', 'contract-updated'],
} as const satisfies Record<TellerActionName, readonly [string, ...string[]]>
export type TellerReason<A extends TellerActionName = TellerActionName> = (typeof TELLER_REASONS)[A][number]

/** sms / email: to the destinations on file; slip: a sealed slip printed at the teller's desk. */
export const KEY_DELIVERIES = ['sms', 'email', 'slip'] as const
export type KeyDelivery = (typeof KEY_DELIVERIES)[number]

/** Every item must be confirmed: the API refuses an action with any of them unticked. */
export const IDENTITY_CHECKS = ['idDocumentSeen', 'photoMatches', 'signatureMatches'] as const
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number]

export const ACCESS_STATUSES = [
  'not-enrolled',
  'active',
  'temporary-key-pending',
  'locked',
  'questions-blocked',
] as const
export type AccessStatus = (typeof ACCESS_STATUSES)[number]

export const MEMBER_EVENT_KINDS = [
  'key-issued',
  'key-used',
  'key-revoked',
  'message-sent',
  'contract-accepted',
  'locked',
  'teller-action',
  'image-reported',
] as const
export type MemberEventKind = (typeof MEMBER_EVENT_KINDS)[number]

/** Four eyes: an unlock of a member unlocked within this window needs a supervisor's approval. */
export const REPEAT_UNLOCK_WINDOW_HOURS = 24

/** Whether an action as asked needs a supervisor's approval (the API decides; screens ask in advance). */
export const needsApproval = (
  action: TellerActionName,
  delivery: KeyDelivery | undefined,
  unlockedRecently: boolean,
) => (action === 'activate' && delivery === 'slip') || (action === 'unlock' && unlockedRecently)
