import { z } from 'zod'
import { FRACTION_PATTERN, PERCENT_PATTERN } from '../finance/rate-patterns'
import { CurrencyCodeSchema, MoneySchema } from '../money/money-schema'
import type { ApiRoute } from './route'
import {
  AMORTIZATION_SYSTEMS,
  APPLICATION_STATUSES,
  CONTACT_CHANNELS,
  LOAN_LINE_KINDS,
  PRODUCT_REQUEST_KINDS,
  TERM_DEPOSIT_PAYOUTS,
} from './simulator-choices'

export {
  AMORTIZATION_SYSTEMS,
  APPLICATION_STATUSES,
  CONTACT_CHANNELS,
  LOAN_LINE_KINDS,
  PRODUCT_REQUEST_KINDS,
  TERM_DEPOSIT_PAYOUTS,
} from './simulator-choices'

const IsoDate = z.iso.date()
const MinorAmount = z.number().int().positive().refine(Number.isSafeInteger, 'not a safe integer')

/** A rate as cooperatives quote it: effective annual, in percent ("16.08" is 16.08 % EA). */
export const PercentRateSchema = z.string().regex(PERCENT_PATTERN, 'a percentage such as "16.08"')
/** A periodic rate as a fraction ("0.0125" is 1.25 % per period). */
export const FractionRateSchema = z.string().regex(FRACTION_PATTERN, 'a fraction such as "0.0125"')

export const AmortizationSystemSchema = z.enum(AMORTIZATION_SYSTEMS)
export type AmortizationSystem = z.infer<typeof AmortizationSystemSchema>
export const MAX_TERM_MONTHS = 360

export const LoanLineIdSchema = z.string().regex(/^[a-z0-9-]{1,32}$/)

/** A credit line of the cooperative (seed 001 "Simulación de créditos"). */
export const LoanLineSchema = z
  .object({
    id: LoanLineIdSchema,
    kind: z.enum(LOAN_LINE_KINDS),
    name: z.string().min(1),
    rateEa: PercentRateSchema,
    /** Life insurance (seguro de vida deudores): a monthly fraction of the balance owed before the installment. */
    lifeInsuranceMonthlyRate: FractionRateSchema,
    /** Fixed fees billed with every installment (administration, guarantee fund). */
    monthlyFee: MoneySchema,
    minAmount: MoneySchema,
    maxAmount: MoneySchema,
    minTermMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
    maxTermMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
  })
  .meta({ id: 'LoanLine' })
export type LoanLine = z.infer<typeof LoanLineSchema>

/** One row of the term-deposit rate table: a term band (days, inclusive) by an amount band. */
export const TermDepositRateSchema = z
  .object({
    minDays: z.number().int().positive(),
    maxDays: z.number().int().positive(),
    minAmount: MoneySchema,
    /** null: no upper bound. */
    maxAmount: MoneySchema.nullable(),
    rateEa: PercentRateSchema,
  })
  .meta({ id: 'TermDepositRate' })
export type TermDepositRate = z.infer<typeof TermDepositRateSchema>

/** Withholding tax on interest (retención en la fuente): per cooperative profile. */
export const WithholdingSchema = z
  .object({
    ratePercent: PercentRateSchema,
    /** Interest payments up to this gross amount are not withheld. */
    threshold: MoneySchema,
  })
  .meta({ id: 'Withholding' })
export type Withholding = z.infer<typeof WithholdingSchema>

export const TermDepositTermsSchema = z
  .object({
    rates: z.array(TermDepositRateSchema).min(1),
    withholding: WithholdingSchema,
  })
  .meta({ id: 'TermDepositTerms' })
export type TermDepositTerms = z.infer<typeof TermDepositTermsSchema>

export const SimulatorCatalogueSchema = z
  .object({
    currency: CurrencyCodeSchema,
    /** The simulation date (the core's today): installments and maturities count from it. */
    today: IsoDate,
    loanLines: z.array(LoanLineSchema).min(1),
    termDeposit: TermDepositTermsSchema,
  })
  .meta({ id: 'SimulatorCatalogue' })
export type SimulatorCatalogue = z.infer<typeof SimulatorCatalogueSchema>

export const LoanSimulationRequestSchema = z
  .object({
    lineId: LoanLineIdSchema,
    amountMinor: MinorAmount,
    termMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
    system: AmortizationSystemSchema,
  })
  .strict()
  .meta({ id: 'LoanSimulationRequest' })
export type LoanSimulationRequest = z.infer<typeof LoanSimulationRequestSchema>

export const LoanInstallmentSchema = z
  .object({
    number: z.number().int().min(1),
    dueDate: IsoDate,
    principal: MoneySchema,
    interest: MoneySchema,
    insurance: MoneySchema,
    fees: MoneySchema,
    /** principal + interest + insurance + fees */
    installment: MoneySchema,
    /** Principal still owed once this installment is paid. */
    balance: MoneySchema,
  })
  .strict()
  .meta({ id: 'LoanInstallment' })
export type LoanInstallment = z.infer<typeof LoanInstallmentSchema>

/** The projected table ("Proyectar") with its rates and totals. */
export const LoanSimulationSchema = z
  .object({
    request: LoanSimulationRequestSchema,
    line: LoanLineSchema.pick({ id: true, kind: true, name: true }),
    startDate: IsoDate,
    rateEa: PercentRateSchema,
    /** (1 + EA)^(1/12) − 1, 12 decimals. */
    monthlyRate: FractionRateSchema,
    lifeInsuranceMonthlyRate: FractionRateSchema,
    installments: z.array(LoanInstallmentSchema).min(1),
    totals: z
      .object({
        principal: MoneySchema,
        interest: MoneySchema,
        insurance: MoneySchema,
        fees: MoneySchema,
        installments: MoneySchema,
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'LoanSimulation' })
export type LoanSimulation = z.infer<typeof LoanSimulationSchema>

export const TermDepositRequestSchema = z
  .object({
    amountMinor: MinorAmount,
    termDays: z.number().int().min(1).max(3660),
    payout: z.enum(TERM_DEPOSIT_PAYOUTS),
  })
  .strict()
  .meta({ id: 'TermDepositRequest' })
export type TermDepositRequest = z.infer<typeof TermDepositRequestSchema>

export const TermDepositPaymentSchema = z
  .object({
    number: z.number().int().min(1),
    /** Calendar day the period ends (interest accrues to it). */
    periodEnd: IsoDate,
    /** The business day it is paid (see shared/finance/dates.ts). */
    paymentDate: IsoDate,
    days: z.number().int().positive(),
    gross: MoneySchema,
    withholding: MoneySchema,
    net: MoneySchema,
  })
  .strict()
  .meta({ id: 'TermDepositPayment' })

/** A term deposit (CDAT / plazo fijo) simulation: seed 001 "Simulación de plazo fijo". */
export const TermDepositSimulationSchema = z
  .object({
    request: TermDepositRequestSchema,
    amount: MoneySchema,
    startDate: IsoDate,
    maturityDate: IsoDate,
    paymentDate: IsoDate,
    rateEa: PercentRateSchema,
    withholding: WithholdingSchema,
    payments: z.array(TermDepositPaymentSchema).min(1),
    grossInterest: MoneySchema,
    withholdingTax: MoneySchema,
    netInterest: MoneySchema,
    /** Capital plus the interest paid on the maturity day (net). */
    amountAtMaturity: MoneySchema,
  })
  .strict()
  .meta({ id: 'TermDepositSimulation' })
export type TermDepositSimulation = z.infer<typeof TermDepositSimulationSchema>

export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES)
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>

/** What the cooperative checks before studying a loan (shown like the payments wizard's requirements). */
export const RequirementSchema = z
  .discriminatedUnion('code', [
    z.object({
      code: z.literal('seniority'),
      met: z.boolean(),
      requiredMonths: z.number().int(),
      actualMonths: z.number().int(),
    }),
    z.object({
      code: z.literal('capacity'),
      met: z.boolean(),
      capacity: MoneySchema,
      installment: MoneySchema,
    }),
    z.object({ code: z.literal('no_overdue'), met: z.boolean(), overdueLoans: z.number().int().min(0) }),
  ])
  .meta({ id: 'Requirement' })
export type Requirement = z.infer<typeof RequirementSchema>

export const ApplicationNumberSchema = z.string().regex(/^[A-Z]{2}-\d{4}-\d{6}$/)

export const LoanApplicationSchema = z
  .object({
    number: ApplicationNumberSchema,
    filedAt: z.iso.datetime(),
    status: ApplicationStatusSchema,
    line: LoanLineSchema.pick({ id: true, kind: true, name: true }),
    amount: MoneySchema,
    termMonths: z.number().int(),
    system: AmortizationSystemSchema,
    rateEa: PercentRateSchema,
    firstInstallment: MoneySchema,
    requirements: z.array(RequirementSchema),
  })
  .meta({ id: 'LoanApplication' })
export type LoanApplication = z.infer<typeof LoanApplicationSchema>

export const LoanApplicationBodySchema = z
  .object({ simulation: LoanSimulationSchema })
  .strict()
  .meta({ id: 'LoanApplicationBody' })

export const ProductRequestBodySchema = z
  .object({
    kind: z.enum(PRODUCT_REQUEST_KINDS),
    /** The amount in mind (term deposit, card limit, loan); null for a savings account. */
    amountMinor: MinorAmount.nullable(),
    contact: z.enum(CONTACT_CHANNELS),
  })
  .strict()
  .meta({ id: 'ProductRequestBody' })
export type ProductRequestBody = z.infer<typeof ProductRequestBodySchema>

export const ProductRequestSchema = z
  .object({
    number: ApplicationNumberSchema,
    filedAt: z.iso.datetime(),
    status: ApplicationStatusSchema,
    kind: z.enum(PRODUCT_REQUEST_KINDS),
    amount: MoneySchema.nullable(),
    contact: z.enum(CONTACT_CHANNELS),
  })
  .meta({ id: 'ProductRequest' })
export type ProductRequest = z.infer<typeof ProductRequestSchema>

export const MyApplicationsSchema = z
  .object({ loans: z.array(LoanApplicationSchema), products: z.array(ProductRequestSchema) })
  .meta({ id: 'MyApplications' })
export type MyApplications = z.infer<typeof MyApplicationsSchema>

export const SIMULATOR_ROUTES = {
  simulatorCatalogue: {
    method: 'GET',
    path: '/v1/simulators/catalogue',
    summary: "The cooperative's loan lines, term-deposit rate table and withholding, and the simulation date",
    tag: 'simulators',
    auth: true,
    response: SimulatorCatalogueSchema,
    errors: ['SESSION_EXPIRED'],
  },
  simulateLoan: {
    method: 'POST',
    path: '/v1/simulators/loan',
    summary: 'Projects a loan (French or German system) with the shared finance code',
    tag: 'simulators',
    auth: true,
    body: LoanSimulationRequestSchema,
    response: LoanSimulationSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  simulateTermDeposit: {
    method: 'POST',
    path: '/v1/simulators/term-deposit',
    summary: 'Projects a term deposit (CDAT): rate from the table, interest, withholding, maturity',
    tag: 'simulators',
    auth: true,
    body: TermDepositRequestSchema,
    response: TermDepositSimulationSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED'],
  },
  loanApplicationFile: {
    method: 'POST',
    path: '/v1/members/me/loan-applications',
    summary: 'Files a loan application from a simulation, which the core re-computes',
    description:
      'The core projects the request again with its own line and today; a simulation that differs in any ' +
      'figure (or was made another day) is refused with CONFLICT, so what the member saw is what is filed.',
    tag: 'simulators',
    auth: true,
    body: LoanApplicationBodySchema,
    response: LoanApplicationSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND', 'CONFLICT'],
  },
  productRequestFile: {
    method: 'POST',
    path: '/v1/members/me/product-requests',
    summary: 'Asks for a product (savings account, CDAT, card, loan): "Solicita tus productos"',
    tag: 'simulators',
    auth: true,
    body: ProductRequestBodySchema,
    response: ProductRequestSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED'],
  },
  myApplications: {
    method: 'GET',
    path: '/v1/members/me/applications',
    summary: "The member's loan applications and product requests, newest first",
    tag: 'simulators',
    auth: true,
    response: MyApplicationsSchema,
    errors: ['SESSION_EXPIRED'],
  },
} as const satisfies Record<string, ApiRoute>
