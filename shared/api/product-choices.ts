// Closed lists the screens offer, without zod (the renderer imports them); the schemas of member.ts,
// products-movements.ts and products-certificates.ts are built from them.

/** The product tabs of seeds 000 and 004. */
export const PRODUCT_KINDS = [
  'contribution',
  'savings',
  'loan',
  'term_deposit',
  'card',
  'other_obligation',
  'deduction',
  'insurance',
] as const
export type ProductKind = (typeof PRODUCT_KINDS)[number]

/** The choices of seed 004's "Últimos 10, 20, 30". */
export const LAST_N_CHOICES = [10, 20, 30] as const

/** Seed 000 "Certificaciones y descargas". */
export const CERTIFICATE_KINDS = ['membership', 'product_balance', 'annual_tax'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]
