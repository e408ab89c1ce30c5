/** Test helpers for money moves: sign in, ask for a code, read it from the outbox, apply a transfer. */
import { randomUUID } from 'node:crypto'
import type {
  PaymentAccounts,
  TransferChallenge,
  TransferDraft,
  TransferReceipt,
} from '../../shared/api/payments'
import type { LedgerInvariant } from '../payments/ledger'
import { DEMO_MEMBERS, type DemoMember } from '../seed/demo-members'
import type { HttpClient, HttpResult } from './harness'

export const newKey = () => randomUUID()

export interface PayingMember {
  demo: DemoMember
  token: string
  accounts: PaymentAccounts['accounts']
}

/** The profile's members who can sign in and move money (active, heavy, no-loans, overdue-loan). */
export const payingDemos = (profile: 'co' | 'pa') =>
  DEMO_MEMBERS[profile].filter((m) => ['active', 'heavy', 'no-loans', 'overdue-loan'].includes(m.role))

export async function signInMember(http: HttpClient, demo: DemoMember): Promise<PayingMember> {
  const res = await http.post('/v1/auth/login', {
    idNumber: demo.idNumber,
    password: demo.password,
    kioskId: 'K',
  })
  if (res.status !== 200) throw new Error(`sign-in of ${demo.idNumber} answered ${res.status}`)
  const token = res.json<{ token: string }>().token
  const accounts = (await http.get('/v1/payments/accounts', { token })).json<PaymentAccounts>().accounts
  return { demo, token, accounts }
}

/** The newest operation code sent to a member (the outbox is newest first). */
export async function lastCode(http: HttpClient, idNumber: string): Promise<string> {
  const res = await http.get(`/sandbox/outbox?idNumber=${encodeURIComponent(idNumber)}&limit=5`)
  const msg = res
    .json<{ messages: { template: string; text: string }[] }>()
    .messages.find((m) => m.template === 'operation-code')
  const code = msg ? /\b(\d{6})\b/.exec(msg.text)?.[1] : undefined
  if (!code) throw new Error(`no operation code in the outbox of ${idNumber}`)
  return code
}

export const authorize = (http: HttpClient, token: string, draft: TransferDraft) =>
  http.post('/v1/payments/transfers/authorizations', draft, { token })

export const execute = (
  http: HttpClient,
  token: string,
  key: string,
  body: TransferDraft & { challengeId: string; code: string },
): Promise<HttpResult> =>
  http.post('/v1/payments/transfers', body, { token, headers: { 'idempotency-key': key } })

/** Authorize, read the code, apply: the whole flow. Throws on any refusal. */
export async function transfer(
  http: HttpClient,
  who: PayingMember,
  draft: TransferDraft,
  key = newKey(),
): Promise<{ receipt: TransferReceipt; challenge: TransferChallenge; key: string }> {
  const a = await authorize(http, who.token, draft)
  if (a.status !== 200) throw new Error(`authorize answered ${a.status} ${JSON.stringify(a.body)}`)
  const challenge = a.json<TransferChallenge>()
  const code = await lastCode(http, who.demo.idNumber)
  const res = await execute(http, who.token, key, { ...draft, challengeId: challenge.challengeId, code })
  if (res.status !== 200) throw new Error(`execute answered ${res.status} ${JSON.stringify(res.body)}`)
  return { receipt: res.json<TransferReceipt>(), challenge, key }
}

export const invariant = async (http: HttpClient) =>
  (await http.get('/sandbox/payments/invariant')).json<LedgerInvariant>()
