import { z } from 'zod'
import { MoneySchema } from '../money/money-schema'
import { codeOddsText, SEND_LIMITS_TEXT } from './credential-limits'
import {
  ChallengeIdSchema,
  ChallengeParamsSchema,
  IdempotencyKeySchema,
  KeyParamsSchema,
  OperationCodeSchema,
  PartySchema,
  ReceiptCodeParamsSchema,
  ReceiptCodeSchema,
  TransferChallengeSchema,
} from './payments'
import { ProductIdSchema } from './products-certificates'
import type { ApiRoute } from './route'

/**
 * Bills and top-ups, and card payments (issue 9, items 5 and 6; seeds 002 and 004). A service is
 * registered once (category → company → contract number, checked by the core) with a code bound to it;
 * paying it, or a card, moves money with an `Idempotency-Key` and no code (the destination is already
 * authorised). Automatic payments are scheduled with a code bound to the service, account and day.
 */

/** Seed 004's catalogue groups: utilities, telephony and top-ups, transport, government, the cooperative's own. */
export const BILLER_CATEGORIES = [
  'energy',
  'water',
  'gas',
  'telecom',
  'topup',
  'transport',
  'government',
  'cleaning',
  'cooperative',
] as const
export const BillerCategorySchema = z.enum(BILLER_CATEGORIES)
/** A bill has an amount due per month; a top-up takes the amount the member chooses. */
export const BillerKindSchema = z.enum(['bill', 'topup'])

export const BillerIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'biller id')
/** What the member types: digits only, as printed on the invoice or the phone number. */
export const ContractNumberSchema = z.string().regex(/^[0-9]{4,20}$/, 'contract number')

export const BillerSchema = z
  .object({
    id: BillerIdSchema,
    name: z.string(),
    category: BillerCategorySchema,
    kind: BillerKindSchema,
    /** How many digits the contract number has (the screen's hint; the API checks the digit too). */
    contractDigits: z.number().int().min(4).max(20),
    /** Top-ups: the least and most one payment may be. */
    minAmount: MoneySchema.optional(),
    maxAmount: MoneySchema.optional(),
  })
  .meta({ id: 'Biller' })
export const BillerCatalogueSchema = z
  .object({ billers: z.array(BillerSchema) })
  .meta({ id: 'BillerCatalogue' })

export const ServiceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'service id')
export const ScheduleIdSchema = ServiceIdSchema

/** Seed 002 "Registro de Servicio": the company, the account the payments come from, the contract number. */
export const ServiceDraftSchema = z
  .object({
    billerId: BillerIdSchema,
    contractNumber: ContractNumberSchema,
    debitAccountId: ProductIdSchema,
  })
  .strict()
  .meta({ id: 'ServiceDraft' })

export const ServiceAddSchema = ServiceDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'ServiceAdd' })

export const RegisteredServiceSchema = z
  .object({
    id: ServiceIdSchema,
    biller: BillerSchema,
    maskedContract: z.string(),
    debitAccount: PartySchema.extend({ id: ProductIdSchema }),
    /** Bills: what is due this month (zero once paid); top-ups: absent. */
    amountDue: MoneySchema.optional(),
  })
  .meta({ id: 'RegisteredService' })
export const ServiceListSchema = z
  .object({ services: z.array(RegisteredServiceSchema) })
  .meta({ id: 'ServiceList' })

/** Schedules run on a day every month exists (1–28). */
export const ScheduleDaySchema = z.number().int().min(1).max(28)

export const ScheduleDraftSchema = z
  .object({ serviceId: ServiceIdSchema, originAccountId: ProductIdSchema, dayOfMonth: ScheduleDaySchema })
  .strict()
  .meta({ id: 'ScheduleDraft' })
export const ScheduleAddSchema = ScheduleDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'ScheduleAdd' })

export const ScheduleSchema = z
  .object({
    id: ScheduleIdSchema,
    serviceId: ServiceIdSchema,
    billerName: z.string(),
    maskedContract: z.string(),
    origin: PartySchema,
    dayOfMonth: ScheduleDaySchema,
    /** The next day it runs (UTC date). */
    nextRunOn: z.iso.date(),
    status: z.enum(['active', 'cancelled']),
  })
  .meta({ id: 'Schedule' })
export const ScheduleListSchema = z
  .object({ schedules: z.array(ScheduleSchema) })
  .meta({ id: 'ScheduleList' })

/** Another bank's card the member pays (seed 002 "Tarjetas Otros Bancos"): the bank and a 16-digit number. */
export const BankIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'bank id')
export const CardNumberSchema = z.string().regex(/^[0-9]{16}$/, 'card number')
export const OtherCardDraftSchema = z
  .object({ bankId: BankIdSchema, cardNumber: CardNumberSchema })
  .strict()
  .meta({ id: 'OtherCardDraft' })
export const OtherCardAddSchema = OtherCardDraftSchema.extend({
  challengeId: ChallengeIdSchema,
  code: OperationCodeSchema,
})
  .strict()
  .meta({ id: 'OtherCardAdd' })

export const OwnCardSchema = z
  .object({
    productId: ProductIdSchema,
    name: z.string(),
    maskedCardNumber: z.string(),
    /** What the card owes now ("pago total"). */
    total: MoneySchema,
    /** The minimum payment of the last statement, at most what is owed now. */
    minimum: MoneySchema,
  })
  .meta({ id: 'OwnCard' })
export const OtherCardSchema = z
  .object({ id: ServiceIdSchema, bankName: z.string(), maskedCardNumber: z.string() })
  .meta({ id: 'OtherCard' })
export const CardPaymentOptionsSchema = z
  .object({
    own: z.array(OwnCardSchema),
    other: z.array(OtherCardSchema),
    banks: z.array(z.object({ id: BankIdSchema, name: z.string() })),
  })
  .meta({ id: 'CardPaymentOptions' })

/** What each code authorises: the screen shows it before the code is typed, the SMS names it. */
export const BillAuthorisesSchema = z
  .discriminatedUnion('purpose', [
    z.object({
      purpose: z.literal('service'),
      billerName: z.string(),
      maskedContract: z.string(),
      debitAccount: PartySchema,
    }),
    z.object({
      purpose: z.literal('schedule'),
      billerName: z.string(),
      maskedContract: z.string(),
      origin: PartySchema,
      dayOfMonth: ScheduleDaySchema,
    }),
    z.object({ purpose: z.literal('card'), bankName: z.string(), maskedCardNumber: z.string() }),
  ])
  .meta({ id: 'BillAuthorises' })
export const BillChallengeSchema = TransferChallengeSchema.omit({ authorises: true })
  .extend({ authorises: BillAuthorisesSchema })
  .meta({ id: 'BillChallenge' })

const PositiveMoney = MoneySchema.refine((m) => m.amountMinor > 0, 'amount must be positive')

/** Pay now: a bill's amount due (the same figure the screen showed), or a top-up's chosen amount. */
export const BillPaySchema = z
  .object({ serviceId: ServiceIdSchema, originAccountId: ProductIdSchema, amount: PositiveMoney })
  .strict()
  .meta({ id: 'BillPay' })

export const CARD_PAY_OPTIONS = ['minimum', 'total', 'other'] as const
export const CardPaySchema = z
  .object({
    originAccountId: ProductIdSchema,
    card: z.discriminatedUnion('kind', [
      z
        .object({ kind: z.literal('own'), productId: ProductIdSchema, option: z.enum(CARD_PAY_OPTIONS) })
        .strict(),
      z.object({ kind: z.literal('other'), cardId: ServiceIdSchema }).strict(),
    ]),
    amount: PositiveMoney,
  })
  .strict()
  .meta({ id: 'CardPay' })

export const BILL_PAYMENT_KINDS = ['bill', 'topup', 'card_own', 'card_other'] as const
export const BillPaymentKindSchema = z.enum(BILL_PAYMENT_KINDS)
export const BillReceiptNumberSchema = z.string().regex(/^PS[0-9]{15,20}$/, 'receipt number')

export const BillReceiptSchema = z
  .object({
    operationId: z.string(),
    receiptNumber: BillReceiptNumberSchema,
    verificationCode: ReceiptCodeSchema,
    status: z.literal('completed'),
    kind: BillPaymentKindSchema,
    origin: PartySchema,
    /** The company and masked contract, or the card. */
    destination: PartySchema,
    amount: MoneySchema,
    fee: MoneySchema,
    postedAt: z.iso.datetime(),
    /** Run by a schedule, not at the kiosk. */
    automatic: z.boolean(),
    originBalanceAfter: MoneySchema,
  })
  .meta({ id: 'BillReceipt' })

/** Seed 002 "Historial de Pagos": every payment, by the member or a schedule, with date, time and amount. */
export const BillHistorySchema = z
  .object({
    payments: z.array(
      z.object({
        postedAt: z.iso.datetime(),
        kind: BillPaymentKindSchema,
        destination: PartySchema,
        amount: MoneySchema,
        automatic: z.boolean(),
        status: z.enum(['completed', 'failed']),
        /** Completed ones only. */
        receiptNumber: BillReceiptNumberSchema.optional(),
        /** Failed scheduled runs: why (INSUFFICIENT_FUNDS, NOTHING_DUE …). */
        failure: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'BillHistory' })

export const BillOperationByKeySchema = z
  .object({ idempotencyKey: IdempotencyKeySchema, receipt: BillReceiptSchema })
  .meta({ id: 'BillOperationByKey' })
export const BillReceiptVerificationSchema = z
  .object({
    receiptNumber: BillReceiptNumberSchema,
    kind: BillPaymentKindSchema,
    amount: MoneySchema,
    postedAt: z.iso.datetime(),
    destination: z.string(),
  })
  .meta({ id: 'BillReceiptVerification' })

export const ServiceParamsSchema = z.object({ serviceId: ServiceIdSchema }).strict()
export const ScheduleParamsSchema = z.object({ scheduleId: ScheduleIdSchema }).strict()
export const BillReceiptParamsSchema = z.object({ receiptNumber: BillReceiptNumberSchema }).strict()

export type BillerCategory = z.infer<typeof BillerCategorySchema>
export type Biller = z.infer<typeof BillerSchema>
export type BillerCatalogue = z.infer<typeof BillerCatalogueSchema>
export type ServiceDraft = z.infer<typeof ServiceDraftSchema>
export type ServiceAdd = z.infer<typeof ServiceAddSchema>
export type RegisteredService = z.infer<typeof RegisteredServiceSchema>
export type ServiceList = z.infer<typeof ServiceListSchema>
export type ScheduleDraft = z.infer<typeof ScheduleDraftSchema>
export type ScheduleAdd = z.infer<typeof ScheduleAddSchema>
export type Schedule = z.infer<typeof ScheduleSchema>
export type ScheduleList = z.infer<typeof ScheduleListSchema>
export type OtherCardDraft = z.infer<typeof OtherCardDraftSchema>
export type OtherCardAdd = z.infer<typeof OtherCardAddSchema>
export type OwnCard = z.infer<typeof OwnCardSchema>
export type OtherCard = z.infer<typeof OtherCardSchema>
export type CardPaymentOptions = z.infer<typeof CardPaymentOptionsSchema>
export type BillAuthorises = z.infer<typeof BillAuthorisesSchema>
export type BillChallenge = z.infer<typeof BillChallengeSchema>
export type BillPay = z.infer<typeof BillPaySchema>
export type CardPay = z.infer<typeof CardPaySchema>
export type BillPaymentKind = z.infer<typeof BillPaymentKindSchema>
export type BillReceipt = z.infer<typeof BillReceiptSchema>
export type BillHistory = z.infer<typeof BillHistorySchema>
export type BillOperationByKey = z.infer<typeof BillOperationByKeySchema>
export type BillReceiptVerification = z.infer<typeof BillReceiptVerificationSchema>

const CODE_TEXT = `It lasts 5 minutes, 3 tries, 2 resends. ${codeOddsText('operation-code')} ${SEND_LIMITS_TEXT}`
const PAY_TEXT =
  'Requires the Idempotency-Key header (IETF draft): applied at most once per key and member, a repeat ' +
  'answers the stored receipt, the same key with another body 422 IDEMPOTENCY_MISMATCH, while the first ' +
  'is being applied 409 CONFLICT. A refusal applies nothing and stores nothing.'
const CODE_ERRORS = [
  'VALIDATION',
  'SESSION_EXPIRED',
  'NOT_FOUND',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'ATTEMPTS_EXHAUSTED',
  'CONFLICT',
] as const
const AUTHORIZE_ERRORS = [
  'VALIDATION',
  'SESSION_EXPIRED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'ATTEMPTS_EXHAUSTED',
] as const
const PAY_ERRORS = [
  'VALIDATION',
  'SESSION_EXPIRED',
  'NOT_FOUND',
  'INSUFFICIENT_FUNDS',
  'LIMIT_EXCEEDED',
  'IDEMPOTENCY_MISMATCH',
  'CONFLICT',
] as const

export const BILL_ROUTES = {
  billCatalogue: {
    method: 'GET',
    path: '/v1/bills/catalogue',
    summary: "The cooperative's billers and top-ups, by category (Pago de Servicios)",
    tag: 'bills',
    auth: true,
    response: BillerCatalogueSchema,
    errors: ['SESSION_EXPIRED'],
  },
  billServiceList: {
    method: 'GET',
    path: '/v1/bills/services',
    summary: "The member's registered services, each with its amount due this month",
    tag: 'bills',
    auth: true,
    response: ServiceListSchema,
    errors: ['SESSION_EXPIRED'],
  },
  billServiceAuthorize: {
    method: 'POST',
    path: '/v1/bills/services/authorizations',
    summary: 'Checks a contract number with its company and sends a 6-digit code bound to the registration',
    description: `The code authorises exactly this company, contract and account (dynamic linking). ${CODE_TEXT}`,
    tag: 'bills',
    auth: true,
    body: ServiceDraftSchema,
    response: BillChallengeSchema,
    errors: AUTHORIZE_ERRORS,
  },
  billAuthorizeResend: {
    method: 'POST',
    path: '/v1/bills/authorizations/:challengeId/resend',
    summary: 'Sends a new code for the same registration or schedule after the cooldown',
    tag: 'bills',
    auth: true,
    params: ChallengeParamsSchema,
    response: BillChallengeSchema,
    errors: [
      'VALIDATION',
      'SESSION_EXPIRED',
      'NOT_FOUND',
      'CODE_EXPIRED',
      'RATE_LIMITED',
      'ATTEMPTS_EXHAUSTED',
    ],
  },
  billServiceAdd: {
    method: 'POST',
    path: '/v1/bills/services',
    summary: 'Registers an authorised service',
    tag: 'bills',
    auth: true,
    body: ServiceAddSchema,
    response: RegisteredServiceSchema,
    errors: CODE_ERRORS,
  },
  billServiceDelete: {
    method: 'DELETE',
    path: '/v1/bills/services/:serviceId',
    summary: 'Removes a registered service and cancels its schedules',
    tag: 'bills',
    auth: true,
    params: ServiceParamsSchema,
    response: z.object({ id: ServiceIdSchema }).meta({ id: 'ServiceDeleted' }),
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  billPay: {
    method: 'POST',
    path: '/v1/bills/payments',
    summary: 'Pays a registered service now from a savings account (one ledger transaction)',
    description: PAY_TEXT,
    tag: 'bills',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: BillPaySchema,
    response: BillReceiptSchema,
    errors: PAY_ERRORS,
  },
  billScheduleAuthorize: {
    method: 'POST',
    path: '/v1/bills/schedules/authorizations',
    summary: 'Sends a 6-digit code bound to an automatic payment (service, account, day of month)',
    description: CODE_TEXT,
    tag: 'bills',
    auth: true,
    body: ScheduleDraftSchema,
    response: BillChallengeSchema,
    errors: AUTHORIZE_ERRORS,
  },
  billScheduleAdd: {
    method: 'POST',
    path: '/v1/bills/schedules',
    summary: 'Schedules an authorised automatic payment: each month on its day the amount due is paid',
    description:
      'The core runs due schedules when its clock passes the day; a run without funds is recorded as ' +
      'failed in the history and nothing moves.',
    tag: 'bills',
    auth: true,
    body: ScheduleAddSchema,
    response: ScheduleSchema,
    errors: CODE_ERRORS,
  },
  billScheduleList: {
    method: 'GET',
    path: '/v1/bills/schedules',
    summary: 'Consultar pagos programados: the member’s active automatic payments',
    tag: 'bills',
    auth: true,
    response: ScheduleListSchema,
    errors: ['SESSION_EXPIRED'],
  },
  billScheduleCancel: {
    method: 'DELETE',
    path: '/v1/bills/schedules/:scheduleId',
    summary: 'Cancels an automatic payment',
    tag: 'bills',
    auth: true,
    params: ScheduleParamsSchema,
    response: ScheduleSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  billHistory: {
    method: 'GET',
    path: '/v1/bills/history',
    summary: 'Historial de pagos: bills, top-ups and card payments, newest first, automatic or not',
    tag: 'bills',
    auth: true,
    response: BillHistorySchema,
    errors: ['SESSION_EXPIRED'],
  },
  billOperationByKey: {
    method: 'GET',
    path: '/v1/bills/operations/by-key/:key',
    summary: "The bill or card payment a key applied, for the kiosk's reconciliation (404: nothing)",
    description: 'No session, as /v1/payments/operations/by-key: random keys, masked data only.',
    tag: 'bills',
    auth: false,
    params: KeyParamsSchema,
    response: BillOperationByKeySchema,
    errors: ['VALIDATION', 'NOT_FOUND', 'CONFLICT'],
  },
  billReceiptGet: {
    method: 'GET',
    path: '/v1/bills/receipts/:receiptNumber',
    summary: "One of the member's own payment receipts (to print or reprint it)",
    tag: 'bills',
    auth: true,
    params: BillReceiptParamsSchema,
    response: BillReceiptSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'NOT_FOUND'],
  },
  billReceiptVerify: {
    method: 'GET',
    path: '/v1/bills/receipts/:code/verify',
    summary: "Public check of a payment receipt's QR code",
    tag: 'bills',
    auth: false,
    params: ReceiptCodeParamsSchema,
    response: BillReceiptVerificationSchema,
    errors: ['VALIDATION', 'NOT_FOUND'],
  },
  cardPaymentOptions: {
    method: 'GET',
    path: '/v1/cards/payment-options',
    summary: "The cooperative's cards of the member (minimum, total) and the other banks' cards registered",
    tag: 'bills',
    auth: true,
    response: CardPaymentOptionsSchema,
    errors: ['SESSION_EXPIRED'],
  },
  cardAuthorize: {
    method: 'POST',
    path: '/v1/cards/other/authorizations',
    summary: "Checks another bank's card number and sends a 6-digit code bound to its registration",
    description: CODE_TEXT,
    tag: 'bills',
    auth: true,
    body: OtherCardDraftSchema,
    response: BillChallengeSchema,
    errors: AUTHORIZE_ERRORS,
  },
  cardAdd: {
    method: 'POST',
    path: '/v1/cards/other',
    summary: 'Registers an authorised card of another bank',
    tag: 'bills',
    auth: true,
    body: OtherCardAddSchema,
    response: OtherCardSchema,
    errors: CODE_ERRORS,
  },
  cardPay: {
    method: 'POST',
    path: '/v1/cards/payments',
    summary: 'Pays a card (minimum, total or another amount; another bank’s registered card) from savings',
    description: PAY_TEXT,
    tag: 'bills',
    auth: true,
    idempotencyKey: IdempotencyKeySchema,
    body: CardPaySchema,
    response: BillReceiptSchema,
    errors: PAY_ERRORS,
  },
} as const satisfies Record<string, ApiRoute>
