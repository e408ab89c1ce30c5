import { z } from 'zod'
import type { ProductKind } from '../../shared/api/member'

/**
 * The facts a product's kind adds (stored as JSON in product_terms). Money in integer minor units,
 * rates in basis points. Each kind has its own schema; the store parses on read.
 */
const IsoDate = z.iso.date()
const Minor = z.number().int()
const Bp = z.number().int().min(0)

export const TERMS_SCHEMAS = {
  contribution: z.object({ code: z.string(), withdrawalRequested: z.boolean() }),
  savings: z.object({ annualRateBp: Bp, heldMinor: Minor }),
  term_deposit: z.object({
    principalMinor: Minor,
    annualRateBp: Bp,
    termDays: z.number().int().min(1),
    renewal: z.enum(['automatic', 'manual']),
  }),
  loan: z.object({
    code: z.string(),
    principalMinor: Minor,
    termMonths: z.number().int().min(1),
    monthlyRateBp: Bp,
  }),
  card: z.object({ brand: z.string(), cardNumber: z.string(), limitMinor: Minor, annualRateBp: Bp }),
  other_obligation: z.object({ code: z.string(), concept: z.string() }),
  deduction: z.object({
    payrollEntity: z.string(),
    concept: z.string(),
    appliesTo: z.string().nullable(),
    frequency: z.enum(['monthly', 'biweekly']),
    endsOn: IsoDate.nullable(),
  }),
  insurance: z.object({
    insurer: z.string(),
    policyNumber: z.string(),
    insuredMinor: Minor,
    beneficiaries: z.number().int().min(0),
    validFrom: IsoDate,
    validUntil: IsoDate,
  }),
} as const satisfies Record<ProductKind, z.ZodType>

export type TermsOf<K extends ProductKind> = z.infer<(typeof TERMS_SCHEMAS)[K]>
export type AnyTerms = { [K in ProductKind]: { kind: K; terms: TermsOf<K> } }[ProductKind]

/** Parses stored terms for a kind; a broken row is a sandbox bug, reported loudly. */
export function parseTerms<K extends ProductKind>(kind: K, json: string): TermsOf<K> {
  return TERMS_SCHEMAS[kind].parse(JSON.parse(json)) as TermsOf<K>
}
