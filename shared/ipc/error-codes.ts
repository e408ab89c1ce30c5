/**
 * Every failure that crosses a boundary (API → main → renderer) carries one of these codes.
 * The renderer shows `errors.<code>` from its i18n messages; `retryable` drives the "try again" button.
 */
export const ERROR_CODES = {
  VALIDATION: { retryable: false, httpStatus: 400 },
  INVALID_CREDENTIALS: { retryable: false, httpStatus: 401 },
  ACCOUNT_LOCKED: { retryable: false, httpStatus: 423 },
  SESSION_EXPIRED: { retryable: false, httpStatus: 401 },
  NOT_AUTHENTICATED: { retryable: false, httpStatus: 401 },
  FORBIDDEN: { retryable: false, httpStatus: 403 },
  NOT_FOUND: { retryable: false, httpStatus: 404 },
  CONFLICT: { retryable: false, httpStatus: 409 },
  RATE_LIMITED: { retryable: true, httpStatus: 429 },
  API_UNREACHABLE: { retryable: true, httpStatus: 503 },
  API_TIMEOUT: { retryable: true, httpStatus: 504 },
  SERVER_ERROR: { retryable: true, httpStatus: 502 },
  INTERNAL: { retryable: false, httpStatus: 500 },
  // Credentials lifecycle (shared/api/credentials.ts, credentials-enrollment.ts).
  /** The session must finish its setup steps (password, image, questions, contract) first. */
  SETUP_REQUIRED: { retryable: false, httpStatus: 403 },
  /** A sensitive change needs a right security answer first. */
  VERIFICATION_REQUIRED: { retryable: false, httpStatus: 403 },
  PASSWORD_POLICY: { retryable: false, httpStatus: 422 },
  /** The new password equals the current one or the temporary key. */
  PASSWORD_REUSED: { retryable: false, httpStatus: 422 },
  SECURITY_ANSWER_WRONG: { retryable: false, httpStatus: 401 },
  CODE_INVALID: { retryable: false, httpStatus: 401 },
  /** The one-time code (or its enrollment) expired, was used or ran out of tries. */
  CODE_EXPIRED: { retryable: false, httpStatus: 410 },
  /** Enrollment data do not match a member without an online user. */
  ENROLLMENT_REFUSED: { retryable: false, httpStatus: 422 },
  /** The member used up today's wrong answers for this secret (shared/api/credential-limits.ts). */
  ATTEMPTS_EXHAUSTED: { retryable: false, httpStatus: 423 },
  // Money moves (shared/api/payments.ts).
  /** The Idempotency-Key was used before with another request body. */
  IDEMPOTENCY_MISMATCH: { retryable: false, httpStatus: 422 },
  INSUFFICIENT_FUNDS: { retryable: false, httpStatus: 422 },
  /** Over the cooperative's limit per operation or per day. */
  LIMIT_EXCEEDED: { retryable: false, httpStatus: 422 },
  // Printing (shared/ipc/printing-contract.ts).
  /** The document printer is missing or refused the job (receipts go to the reprint queue instead). */
  PRINTER_UNAVAILABLE: { retryable: true, httpStatus: 503 },
  // Device identity (shared/api/devices.ts).
  /** The request is not signed by an enrolled device key, or its signature is stale or does not match. */
  DEVICE_UNAUTHORIZED: { retryable: false, httpStatus: 401 },
  /** The kiosk's device key was revoked: the kiosk is out of service until it is provisioned again. */
  DEVICE_REVOKED: { retryable: false, httpStatus: 403 },
} as const satisfies Record<string, { retryable: boolean; httpStatus: number }>

export type ErrorCode = keyof typeof ERROR_CODES
