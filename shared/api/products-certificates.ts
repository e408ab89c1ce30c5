import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { ProductKindSchema, ProductSummarySchema } from './member'
import { CERTIFICATE_KINDS } from './product-choices'

export { CERTIFICATE_KINDS, type CertificateKind } from './product-choices'

const IsoDate = z.iso.date()

export const CertificateKindSchema = z.enum(CERTIFICATE_KINDS)

/** Crockford base32 in four groups, e.g. "7K3M-Q9TX-2HPA-W4RD": typed by hand from paper, so no I, L, O, U. */
export const CertificateCodeSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/, 'verification code: XXXX-XXXX-XXXX-XXXX')
export const ProductIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'product id')
export const TaxYearSchema = z.number().int().min(2000).max(2100)

export const CertificateRequestSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('membership') }).strict(),
    z.object({ kind: z.literal('product_balance'), productId: ProductIdSchema }).strict(),
    z.object({ kind: z.literal('annual_tax'), year: TaxYearSchema }).strict(),
  ])
  .meta({ id: 'CertificateRequest' })

export const CertificateHolderSchema = z
  .object({
    fullName: z.string(),
    maskedIdNumber: z.string(),
    memberNumber: z.string(),
    joinedOn: IsoDate,
  })
  .meta({ id: 'CertificateHolder' })

/** Afiliación y aportes: the member is a member since …, with these contributions. */
export const MembershipCertificateSchema = z
  .object({
    asOf: IsoDate,
    seniorityMonths: z.number().int().min(0),
    contributions: z.array(
      z.object({ productId: z.string(), name: z.string(), maskedNumber: z.string(), balance: MoneySchema }),
    ),
    contributionsTotal: MoneySchema,
  })
  .meta({ id: 'MembershipCertificate' })

export const ProductBalanceCertificateSchema = z
  .object({
    asOf: IsoDate,
    product: ProductSummarySchema.extend({ openedOn: IsoDate }),
    /** For loans and cards, what is owed; otherwise the member's balance. */
    balance: MoneySchema,
  })
  .meta({ id: 'ProductBalanceCertificate' })

/** Certificado tributario: interest earned, interest paid and tax withheld in one calendar year. */
export const AnnualTaxCertificateSchema = z
  .object({
    year: TaxYearSchema,
    lines: z.array(
      z.object({
        productId: z.string(),
        kind: ProductKindSchema,
        name: z.string(),
        maskedNumber: z.string(),
        /** Balance on 31 December (or the last movement of the year). */
        balanceAtYearEnd: MoneySchema,
        interestEarned: MoneySchema,
        interestPaid: MoneySchema,
        withheld: MoneySchema,
      }),
    ),
    totals: z.object({
      interestEarned: MoneySchema,
      interestPaid: MoneySchema,
      withheld: MoneySchema,
      assetsAtYearEnd: MoneySchema,
      liabilitiesAtYearEnd: MoneySchema,
    }),
  })
  .meta({ id: 'AnnualTaxCertificate' })

const certificateBase = z.object({
  /** Anyone holding the paper checks it at GET /v1/certificates/{code}. */
  code: CertificateCodeSchema,
  issuedAt: z.iso.datetime(),
  cooperativeName: z.string(),
  holder: CertificateHolderSchema,
})

export const CertificateSchema = z
  .discriminatedUnion('kind', [
    certificateBase.extend({ kind: z.literal('membership'), membership: MembershipCertificateSchema }),
    certificateBase.extend({
      kind: z.literal('product_balance'),
      productBalance: ProductBalanceCertificateSchema,
    }),
    certificateBase.extend({ kind: z.literal('annual_tax'), annualTax: AnnualTaxCertificateSchema }),
  ])
  .meta({ id: 'Certificate' })

/** What the member can ask for: products for a balance certificate, closed years for the tax one. */
export const CertificateOptionsSchema = z
  .object({
    kinds: z.array(CertificateKindSchema),
    products: z.array(ProductSummarySchema),
    taxYears: z.array(TaxYearSchema),
  })
  .meta({ id: 'CertificateOptions' })

/** The public answer for a known code: enough to match the paper, nothing more. */
export const CertificateVerificationSchema = z
  .object({
    valid: z.literal(true),
    code: CertificateCodeSchema,
    kind: CertificateKindSchema,
    maskedName: z.string(),
    issuedAt: z.iso.datetime(),
    cooperativeName: z.string(),
  })
  .meta({ id: 'CertificateVerification' })

export type CertificateRequest = z.infer<typeof CertificateRequestSchema>
export type CertificateHolder = z.infer<typeof CertificateHolderSchema>
export type MembershipCertificate = z.infer<typeof MembershipCertificateSchema>
export type ProductBalanceCertificate = z.infer<typeof ProductBalanceCertificateSchema>
export type AnnualTaxCertificate = z.infer<typeof AnnualTaxCertificateSchema>
export type Certificate = z.infer<typeof CertificateSchema>
export type CertificateOptions = z.infer<typeof CertificateOptionsSchema>
export type CertificateVerification = z.infer<typeof CertificateVerificationSchema>
