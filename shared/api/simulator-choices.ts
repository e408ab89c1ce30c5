// Closed lists the simulators' screens offer, without zod (the renderer imports them); the schemas of
// simulators.ts are built from them.

export const LOAN_LINE_KINDS = ['libre_inversion', 'vivienda', 'educacion', 'vehiculo'] as const
export const AMORTIZATION_SYSTEMS = ['french', 'german'] as const
export const TERM_DEPOSIT_PAYOUTS = ['maturity', 'monthly'] as const
export const APPLICATION_STATUSES = ['filed', 'in_review', 'approved', 'denied'] as const
export const PRODUCT_REQUEST_KINDS = ['savings', 'term_deposit', 'card', 'loan'] as const
export const CONTACT_CHANNELS = ['phone', 'email', 'branch'] as const
