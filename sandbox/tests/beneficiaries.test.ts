import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  BeneficiaryChallengeSchema,
  BeneficiaryListSchema,
  BeneficiarySchema,
  type Beneficiary,
  type BeneficiaryDraft,
} from '../../shared/api/beneficiaries'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import { lastCode, payingDemos, signInMember, transfer, type PayingMember } from '../testing/payments'

let sb: TestSandbox
let maria: PayingMember
let carlos: PayingMember
let third: PayingMember
const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code
const numberOf = (productId: string) =>
  (sb.db.prepare('SELECT number FROM products WHERE id = ?').get(productId) as { number: string }).number
const draftFor = (who: PayingMember, name = 'Carlos arriendo'): BeneficiaryDraft => ({
  service: 'member_transfer',
  name,
  idType: 'cedula',
  idNumber: who.demo.idNumber,
  accountNumber: numberOf(who.accounts[0]!.id),
})
const authorize = (token: string, draft: BeneficiaryDraft) =>
  sb.http.post('/v1/payments/beneficiaries/authorizations', draft, { token })
const add = (token: string, body: BeneficiaryDraft & { challengeId: string; code: string }) =>
  sb.http.post('/v1/payments/beneficiaries', body, { token })
const list = async (who: PayingMember) =>
  BeneficiaryListSchema.parse((await sb.http.get('/v1/payments/beneficiaries', { token: who.token })).body)
    .beneficiaries

/** Authorise, read the outbox code, add: the whole flow. */
async function register(who: PayingMember, draft: BeneficiaryDraft): Promise<Beneficiary> {
  const a = await authorize(who.token, draft)
  expect(a.status).toBe(200)
  const { challengeId } = BeneficiaryChallengeSchema.parse(a.body)
  const res = await add(who.token, {
    ...draft,
    challengeId,
    code: await lastCode(sb.http, who.demo.idNumber),
  })
  expect(res.status).toBe(200)
  return BeneficiarySchema.parse(res.body)
}

beforeAll(async () => {
  sb = await startTestSandbox({
    profile: 'co',
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    otpResendSeconds: 0,
    sessionTtlSeconds: 3600,
  })
  const demos = payingDemos('co')
  maria = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '52874193')!,
  )
  carlos = await signInMember(
    sb.http,
    demos.find((d) => d.idNumber === '80123456')!,
  )
  third = await signInMember(
    sb.http,
    demos.find((d) => !['52874193', '80123456'].includes(d.idNumber))!,
  )
})
afterAll(() => sb.close())

describe('adding a beneficiary with the operation code', () => {
  it('shows what the code authorises (masked account and holder), says so in the SMS, then lists it', async () => {
    const draft = draftFor(carlos)
    const a = await authorize(maria.token, draft)
    expect(a.status).toBe(200)
    const challenge = BeneficiaryChallengeSchema.parse(a.body)
    expect(challenge.authorises).toMatchObject({ name: 'Carlos arriendo', idNumber: carlos.demo.idNumber })
    expect(challenge.authorises.destination.maskedNumber).toMatch(/^\*{4}\d{4}$/)
    expect(challenge.authorises.destination.maskedHolder).toMatch(/\*/)
    expect(challenge.authorises.destination.maskedHolder).not.toBe(carlos.demo.fullName)
    const sms = (await sb.http.get(`/sandbox/outbox?idNumber=${maria.demo.idNumber}&limit=1`)).json<{
      messages: { text: string }[]
    }>().messages[0]!.text
    expect(sms).toContain('inscribir el beneficiario Carlos arriendo')
    expect(sms).toContain(challenge.authorises.destination.maskedNumber)

    const res = await add(maria.token, {
      ...draft,
      challengeId: challenge.challengeId,
      code: await lastCode(sb.http, maria.demo.idNumber),
    })
    expect(res.status).toBe(200)
    const added = BeneficiarySchema.parse(res.body)
    expect(added).toMatchObject({ service: 'member_transfer', idType: 'cedula', name: 'Carlos arriendo' })
    expect((await list(maria)).map((b) => b.id)).toEqual([added.id])
    // Carlos does not see Maria's beneficiaries.
    expect(await list(carlos)).toEqual([])
    // Once used, the code is spent.
    const again = await add(maria.token, {
      ...draft,
      challengeId: challenge.challengeId,
      code: await lastCode(sb.http, maria.demo.idNumber),
    })
    expect(again.status).toBe(409)
    expect(errorCode(again.body)).toBe('CONFLICT')
    await sb.http.delete(`/v1/payments/beneficiaries/${added.id}`, { token: maria.token })
  })

  it('refuses the code for another identification or account, counting the try on the operation-code budget', async () => {
    const draft = draftFor(carlos)
    const a = await authorize(maria.token, draft)
    const { challengeId, attemptsLeftToday } = BeneficiaryChallengeSchema.parse(a.body)
    const code = await lastCode(sb.http, maria.demo.idNumber)
    // The same code and challenge for the third member's account: a wrong code, nothing added.
    const swapped = await add(maria.token, { ...draftFor(third), challengeId, code })
    expect(swapped.status).toBe(401)
    expect(errorCode(swapped.body)).toBe('CODE_INVALID')
    expect(await list(maria)).toEqual([])
    const resent = await sb.http.post(
      `/v1/payments/beneficiaries/authorizations/${challengeId}/resend`,
      undefined,
      { token: maria.token },
    )
    expect(BeneficiaryChallengeSchema.parse(resent.body).attemptsLeftToday).toBe(attemptsLeftToday - 1)
    // The new code, for what it was issued: accepted (a new name is fine: the name is not authorised).
    const ok = await add(maria.token, {
      ...draft,
      name: 'Carlos',
      challengeId,
      code: await lastCode(sb.http, maria.demo.idNumber),
    })
    expect(ok.status).toBe(200)
    await sb.http.delete(`/v1/payments/beneficiaries/${BeneficiarySchema.parse(ok.body).id}`, {
      token: maria.token,
    })
  })

  it('does not take a transfer code for a beneficiary, nor a beneficiary challenge on the transfer routes', async () => {
    const { challenge } = await transfer(sb.http, maria, {
      originAccountId: maria.accounts[0]!.id,
      destination: { kind: 'own', accountId: maria.accounts[1]!.id },
      amount: { amountMinor: 1_000_00, currency: 'COP' },
      reference: 'Ahorro',
    })
    const viaTransfer = await add(maria.token, {
      ...draftFor(carlos),
      challengeId: challenge.challengeId,
      code: await lastCode(sb.http, maria.demo.idNumber),
    })
    expect(viaTransfer.status).toBe(404)
    const b = BeneficiaryChallengeSchema.parse((await authorize(maria.token, draftFor(carlos))).body)
    const resend = await sb.http.post(`/v1/payments/authorizations/${b.challengeId}/resend`, undefined, {
      token: maria.token,
    })
    expect(resend.status).toBe(404)
  })

  it("refuses an unknown account, one of another member's under the wrong identification, and the member's own", async () => {
    const wrongId = await authorize(maria.token, { ...draftFor(carlos), idNumber: third.demo.idNumber })
    expect(wrongId.status).toBe(404)
    const unknown = await authorize(maria.token, { ...draftFor(carlos), accountNumber: '999999999' })
    expect(unknown.status).toBe(404)
    const mine = await authorize(maria.token, draftFor(maria))
    expect(mine.status).toBe(404)
    const badName = await authorize(maria.token, { ...draftFor(carlos), name: ' ' })
    expect(errorCode(badName.body)).toBe('VALIDATION')
  })

  it('refuses the same account twice', async () => {
    const first = await register(maria, draftFor(third, 'Tercero'))
    const twice = await authorize(maria.token, draftFor(third, 'Otra vez'))
    expect(twice.status).toBe(409)
    await sb.http.delete(`/v1/payments/beneficiaries/${first.id}`, { token: maria.token })
  })
})

describe('editing and deleting', () => {
  it("renames and deletes the member's own; another member's ids are unknown (404) and stay", async () => {
    const b = await register(maria, draftFor(carlos, 'Carlos'))
    const renamed = await sb.http.put(
      `/v1/payments/beneficiaries/${b.id}`,
      { name: 'Carlos Pérez' },
      {
        token: maria.token,
      },
    )
    expect(BeneficiarySchema.parse(renamed.body)).toMatchObject({ id: b.id, name: 'Carlos Pérez' })
    // The account cannot be changed by an edit: a new destination needs a new code.
    const moved = await sb.http.put(
      `/v1/payments/beneficiaries/${b.id}`,
      { name: 'Carlos', accountNumber: numberOf(third.accounts[0]!.id) },
      { token: maria.token },
    )
    expect(errorCode(moved.body)).toBe('VALIDATION')

    const byCarlos = await sb.http.put(
      `/v1/payments/beneficiaries/${b.id}`,
      { name: 'Robado' },
      {
        token: carlos.token,
      },
    )
    expect(byCarlos.status).toBe(404)
    expect((await sb.http.delete(`/v1/payments/beneficiaries/${b.id}`, { token: carlos.token })).status).toBe(
      404,
    )
    expect((await list(maria)).map((x) => x.name)).toEqual(['Carlos Pérez'])

    expect((await sb.http.delete(`/v1/payments/beneficiaries/${b.id}`, { token: maria.token })).status).toBe(
      200,
    )
    expect(await list(maria)).toEqual([])
    expect((await sb.http.delete(`/v1/payments/beneficiaries/${b.id}`, { token: maria.token })).status).toBe(
      404,
    )
  })

  it('needs a session', async () => {
    expect((await sb.http.get('/v1/payments/beneficiaries')).status).toBe(401)
  })
})

describe('a beneficiary as a transfer destination', () => {
  it("sends money to the beneficiary's account by its identification and account number", async () => {
    const b = await register(maria, draftFor(carlos, 'Carlos'))
    const { receipt } = await transfer(sb.http, maria, {
      originAccountId: maria.accounts[0]!.id,
      destination: {
        kind: 'member',
        member: { by: 'idNumber', value: b.idNumber },
        accountNumber: b.accountNumber,
      },
      amount: { amountMinor: 2_000_00, currency: 'COP' },
      reference: 'Arriendo',
    })
    expect(receipt.destination).toEqual(b.destination)
  })
})
