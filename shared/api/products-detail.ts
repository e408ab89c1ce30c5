import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { ProductSummarySchema } from './member'

/**
 * What one product holds beyond its balance, per tab of seeds 000/001/002/004. Each kind has its own
 * block (`loan`, `card`, …) so a screen or a printed document reads `detail.loan.amortization` directly.
 * Rates are integer basis points (1050 = 10.50 %); money is always MoneySchema.
 */

const IsoDate = z.iso.date()

/** One row of the seed 000 "Mis Aportes" table. */
export const ContributionDetailsSchema = z
  .object({
    /** "Obligación", e.g. "2 - 28540088": product code and account number. */
    obligation: z.string(),
    /** "Descripción obligación". */
    description: z.string(),
    monthlyPayment: MoneySchema,
    balanceAtCutoff: MoneySchema,
    /** "Pendiente de pago". */
    pendingPayment: MoneySchema,
    /** "Fecha de vencimiento" of the next due payment; null when nothing is due. */
    dueDate: IsoDate.nullable(),
    /** "Valor próximo vencimiento". */
    nextDueAmount: MoneySchema,
    /** "Solicitud de retiro": the member has asked to withdraw these contributions. */
    withdrawalRequested: z.boolean(),
  })
  .meta({ id: 'ContributionDetails' })

export const SavingsDetailsSchema = z
  .object({
    /** Balance the member can withdraw now. */
    available: MoneySchema,
    /** Held amounts (cheques in clearing, embargoes). */
    held: MoneySchema,
    annualRateBp: z.number().int().min(0),
    /** Interest credited since 1 January of the cut-off year. */
    interestEarnedYtd: MoneySchema,
    lastMovementOn: IsoDate.nullable(),
  })
  .meta({ id: 'SavingsDetails' })

/** CDAT / plazo fijo. */
export const TermDepositDetailsSchema = z
  .object({
    principal: MoneySchema,
    annualRateBp: z.number().int().min(0),
    termDays: z.number().int().min(1),
    maturityDate: IsoDate,
    /** Interest accrued (capitalised) up to the cut-off. */
    interestToDate: MoneySchema,
    /** Interest the whole term yields at the agreed rate. */
    interestAtMaturity: MoneySchema,
    /** Tax withheld on the interest so far (retención en la fuente). */
    withheldToDate: MoneySchema,
    renewal: z.enum(['automatic', 'manual']),
  })
  .meta({ id: 'TermDepositDetails' })

export const InstallmentStatusSchema = z.enum(['paid', 'pending', 'overdue'])
export type InstallmentStatus = z.infer<typeof InstallmentStatusSchema>

/** One installment of a loan's amortization table (French system). */
export const AmortizationRowSchema = z
  .object({
    number: z.number().int().min(1),
    dueDate: IsoDate,
    principal: MoneySchema,
    interest: MoneySchema,
    /** Insurance and other charges billed with the installment. */
    insurance: MoneySchema,
    total: MoneySchema,
    /** Outstanding principal once this installment is paid. */
    balanceAfter: MoneySchema,
    status: InstallmentStatusSchema,
    paidOn: IsoDate.nullable(),
  })
  .meta({ id: 'AmortizationRow' })

/** Seed 001 "Garantías": who guaranteed the loan and when (guarantors change over time). */
export const GuarantorSchema = z
  .object({
    maskedName: z.string(),
    maskedIdNumber: z.string(),
    role: z.enum(['guarantor', 'co_debtor']),
    from: IsoDate,
    /** null while the guarantee is in force. */
    until: IsoDate.nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Guarantor' })

export const LoanDetailsSchema = z
  .object({
    obligation: z.string(),
    disbursedAmount: MoneySchema,
    disbursedOn: IsoDate,
    termMonths: z.number().int().min(1),
    monthlyRateBp: z.number().int().min(0),
    installmentAmount: MoneySchema,
    installmentsPaid: z.number().int().min(0),
    installmentsOverdue: z.number().int().min(0),
    /** Sum of the overdue installments' totals. */
    overdueAmount: MoneySchema,
    /** The first installment not yet paid (overdue or pending); null once the loan is paid off. */
    nextInstallment: AmortizationRowSchema.nullable(),
    amortization: z.array(AmortizationRowSchema),
    guarantors: z.array(GuarantorSchema),
  })
  .meta({ id: 'LoanDetails' })

export const CardDetailsSchema = z
  .object({
    brand: z.string(),
    /** "5216 **** **** 6989". */
    maskedCardNumber: z.string(),
    limit: MoneySchema,
    available: MoneySchema,
    minimumPayment: MoneySchema,
    paymentDueDate: IsoDate,
    /** Statement periods that can be asked for (YYYY-MM), newest first. */
    periods: z.array(z.string().regex(/^\d{4}-\d{2}$/)),
  })
  .meta({ id: 'CardDetails' })

export const OtherObligationDetailsSchema = z
  .object({
    obligation: z.string(),
    concept: z.string(),
    monthlyPayment: MoneySchema,
    pendingPayment: MoneySchema,
    dueDate: IsoDate.nullable(),
    nextDueAmount: MoneySchema,
  })
  .meta({ id: 'OtherObligationDetails' })

/** Descuentos de nómina: what the payroll entity deducts for the cooperative. */
export const DeductionDetailsSchema = z
  .object({
    payrollEntity: z.string(),
    concept: z.string(),
    /** The obligation the deduction pays, e.g. "Aportes sociales 2 - 28540088"; null for general ones. */
    appliesTo: z.string().nullable(),
    amountPerPeriod: MoneySchema,
    frequency: z.enum(['monthly', 'biweekly']),
    startedOn: IsoDate,
    endsOn: IsoDate.nullable(),
    lastAppliedOn: IsoDate.nullable(),
  })
  .meta({ id: 'DeductionDetails' })

export const InsuranceDetailsSchema = z
  .object({
    insurer: z.string(),
    maskedPolicyNumber: z.string(),
    insuredAmount: MoneySchema,
    monthlyPremium: MoneySchema,
    pendingPremium: MoneySchema,
    validFrom: IsoDate,
    validUntil: IsoDate,
    beneficiaries: z.number().int().min(0),
  })
  .meta({ id: 'InsuranceDetails' })

const base = ProductSummarySchema.extend({ openedOn: IsoDate })

/** One product with the block of its kind. `balance` is at the cut-off date. */
export const ProductDetailSchema = z
  .discriminatedUnion('kind', [
    base.extend({ kind: z.literal('contribution'), contribution: ContributionDetailsSchema }),
    base.extend({ kind: z.literal('savings'), savings: SavingsDetailsSchema }),
    base.extend({ kind: z.literal('loan'), loan: LoanDetailsSchema }),
    base.extend({ kind: z.literal('term_deposit'), termDeposit: TermDepositDetailsSchema }),
    base.extend({ kind: z.literal('card'), card: CardDetailsSchema }),
    base.extend({ kind: z.literal('other_obligation'), otherObligation: OtherObligationDetailsSchema }),
    base.extend({ kind: z.literal('deduction'), deduction: DeductionDetailsSchema }),
    base.extend({ kind: z.literal('insurance'), insurance: InsuranceDetailsSchema }),
  ])
  .meta({ id: 'ProductDetail' })

export type ContributionDetails = z.infer<typeof ContributionDetailsSchema>
export type SavingsDetails = z.infer<typeof SavingsDetailsSchema>
export type TermDepositDetails = z.infer<typeof TermDepositDetailsSchema>
export type AmortizationRow = z.infer<typeof AmortizationRowSchema>
export type Guarantor = z.infer<typeof GuarantorSchema>
export type LoanDetails = z.infer<typeof LoanDetailsSchema>
export type CardDetails = z.infer<typeof CardDetailsSchema>
export type OtherObligationDetails = z.infer<typeof OtherObligationDetailsSchema>
export type DeductionDetails = z.infer<typeof DeductionDetailsSchema>
export type InsuranceDetails = z.infer<typeof InsuranceDetailsSchema>
export type ProductDetail = z.infer<typeof ProductDetailSchema>
/** The detail of one kind, e.g. `ProductDetailOf<'loan'>` has `.loan`. */
export type ProductDetailOf<K extends ProductDetail['kind']> = Extract<ProductDetail, { kind: K }>
