/** Test helpers for bills and card payments: register a service or a card with the outbox code, pay. */
import {
  BillChallengeSchema,
  BillReceiptSchema,
  OtherCardSchema,
  RegisteredServiceSchema,
  ScheduleSchema,
  type BillReceipt,
  type OtherCard,
  type RegisteredService,
  type Schedule,
} from '../../shared/api/bills'
import { catalogueOf, validContract } from '../bills/catalogue'
import type { ProfileId } from '../profiles'
import type { HttpClient, HttpResult } from './harness'
import { lastCode, newKey, type PayingMember } from './payments'

/** A contract number the biller accepts, made from `stem`. */
export function contractFor(profile: ProfileId, billerId: string, stem = '1234'): string {
  const e = catalogueOf(profile, profile === 'co' ? 'COP' : 'USD').find((c) => c.biller.id === billerId)
  if (!e) throw new Error(`no biller ${billerId} in ${profile}`)
  return validContract(e.rule, stem)
}

/** A Luhn-valid 16-digit card number starting with `prefix`. */
export function cardNumberFor(prefix = '4111'): string {
  const stem = prefix.padEnd(15, '1')
  const sum = [...stem]
    .map(Number)
    .reverse()
    .reduce((s, d, i) => s + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return stem + String((10 - (sum % 10)) % 10)
}

async function withCode<T>(
  http: HttpClient,
  who: PayingMember,
  authorizePath: string,
  addPath: string,
  draft: Record<string, unknown>,
  parse: (body: unknown) => T,
): Promise<T> {
  const a = await http.post(authorizePath, draft, { token: who.token })
  if (a.status !== 200) throw new Error(`authorize answered ${a.status} ${JSON.stringify(a.body)}`)
  const { challengeId } = BillChallengeSchema.parse(a.body)
  const code = await lastCode(http, who.demo.idNumber)
  const res = await http.post(addPath, { ...draft, challengeId, code }, { token: who.token })
  if (res.status !== 200) throw new Error(`add answered ${res.status} ${JSON.stringify(res.body)}`)
  return parse(res.body)
}

export const registerService = (
  http: HttpClient,
  who: PayingMember,
  draft: { billerId: string; contractNumber: string; debitAccountId: string },
): Promise<RegisteredService> =>
  withCode(http, who, '/v1/bills/services/authorizations', '/v1/bills/services', draft, (b) =>
    RegisteredServiceSchema.parse(b),
  )

export const scheduleService = (
  http: HttpClient,
  who: PayingMember,
  draft: { serviceId: string; originAccountId: string; dayOfMonth: number },
): Promise<Schedule> =>
  withCode(http, who, '/v1/bills/schedules/authorizations', '/v1/bills/schedules', draft, (b) =>
    ScheduleSchema.parse(b),
  )

export const registerCard = (
  http: HttpClient,
  who: PayingMember,
  draft: { bankId: string; cardNumber: string },
): Promise<OtherCard> =>
  withCode(http, who, '/v1/cards/other/authorizations', '/v1/cards/other', draft, (b) =>
    OtherCardSchema.parse(b),
  )

export const payBill = (
  http: HttpClient,
  token: string,
  body: unknown,
  key = newKey(),
): Promise<HttpResult> =>
  http.post('/v1/bills/payments', body, { token, headers: { 'idempotency-key': key } })

export const payCard = (
  http: HttpClient,
  token: string,
  body: unknown,
  key = newKey(),
): Promise<HttpResult> =>
  http.post('/v1/cards/payments', body, { token, headers: { 'idempotency-key': key } })

export const receiptOf = (res: HttpResult): BillReceipt => {
  if (res.status !== 200) throw new Error(`payment answered ${res.status} ${JSON.stringify(res.body)}`)
  return BillReceiptSchema.parse(res.body)
}

/** Moves the sandbox's bills clock and runs the schedules that fell due. */
export const moveClock = async (http: HttpClient, body: { advanceDays?: number; at?: string }) =>
  (await http.post('/sandbox/bills/clock', body)).json<{ now: string; paid: number; failed: number }>()
