import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  ActivitySchema,
  ContactChangeChallengeSchema,
  ContactChangeResultSchema,
  MemberProfileSchema,
  WithdrawalRequestSchema,
  WithdrawalsSchema,
} from '../../shared/api/member-data'
import { demoMember } from '../seed/demo-members'
import { demoStaff } from '../staff/demo-staff'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import { newKey } from '../testing/payments'

const errorCode = (body: unknown) => ApiErrorBodySchema.parse(body).error.code

async function login(sb: TestSandbox, idNumber: string, password: string): Promise<string> {
  const res = await sb.http.post('/v1/auth/login', { idNumber, password, kioskId: 'K-TEST' })
  expect(res.status).toBe(200)
  return res.json<{ token: string }>().token
}

/** The newest message of a template sent to one recipient. */
async function codeTo(sb: TestSandbox, recipient: string, template: string): Promise<string> {
  const res = await sb.http.get(`/sandbox/outbox?recipient=${encodeURIComponent(recipient)}&limit=10`)
  const msg = res
    .json<{ messages: { template: string; text: string }[] }>()
    .messages.find((m) => m.template === template)
  const code = msg ? /\b(\d{6})\b/.exec(msg.text)?.[1] : undefined
  if (!code) throw new Error(`no ${template} for ${recipient}`)
  return code
}
const messagesTo = async (sb: TestSandbox, recipient: string) =>
  (await sb.http.get(`/sandbox/outbox?recipient=${encodeURIComponent(recipient)}&limit=20`)).json<{
    messages: { template: string; channel: string }[]
  }>().messages

describe('member data (co: changes apply at once)', () => {
  let sb: TestSandbox
  let token: string
  const maria = demoMember('co', 'active')

  beforeAll(async () => {
    sb = await startTestSandbox({
      profile: 'co',
      sendCooldownSeconds: 0,
      sendsPerDay: 1000,
      sessionTtlSeconds: 3600,
    })
    token = await login(sb, maria.idNumber, maria.password)
  })
  afterAll(() => sb.close())

  it('shows the profile with the address and the policy', async () => {
    const res = await sb.http.get('/v1/members/me/profile', { token })
    expect(res.status).toBe(200)
    const p = MemberProfileSchema.parse(res.body)
    expect(p).toMatchObject({ memberNumber: maria.memberNumber, mobile: maria.phone, email: maria.email })
    expect(p.maskedIdNumber).toBe('****4193')
    expect(p.address).toMatch(/\S{3}/)
    expect(p.policy).toEqual({ mode: 'immediate', mobileConfirmVia: ['sms'] })
  })

  it('changes the mobile with both codes; both numbers are told; recovery and activity follow', async () => {
    const start = await sb.http.post(
      '/v1/members/me/contact-changes',
      { field: 'mobile', value: '+573009998877', confirmVia: 'sms' },
      { token },
    )
    expect(start.status).toBe(200)
    const c = ContactChangeChallengeSchema.parse(start.body)
    expect(c.confirm).toEqual({ channel: 'sms', maskedDestination: '****7812' })
    expect(c.prove).toEqual({ channel: 'sms', maskedDestination: '****8877' })
    const confirmCode = await codeTo(sb, maria.phone, 'contact-change-code')
    const proveCode = await codeTo(sb, '+573009998877', 'contact-change-proof')

    // A wrong proof spends a try and the member's operation-code budget.
    const wrong = await sb.http.post(
      `/v1/members/me/contact-changes/${c.changeId}/confirm`,
      { confirmCode, proveCode: proveCode === '000000' ? '111111' : '000000' },
      { token },
    )
    expect(wrong.status).toBe(401)
    expect(ApiErrorBodySchema.parse(wrong.body).error.details?.attemptsLeft).toBe(2)
    const budget = sb.db
      .prepare(`SELECT failures FROM secret_budgets WHERE kind = 'operation-code'`)
      .get() as { failures: number }
    expect(budget.failures).toBe(1)

    const ok = await sb.http.post(
      `/v1/members/me/contact-changes/${c.changeId}/confirm`,
      { confirmCode, proveCode },
      { token },
    )
    expect(ok.status).toBe(200)
    const r = ContactChangeResultSchema.parse(ok.body)
    expect(r.change.status).toBe('applied')
    expect(r.profile.mobile).toBe('+573009998877')
    expect((await messagesTo(sb, maria.phone)).map((m) => m.template)).toContain('contact-changed')
    expect((await messagesTo(sb, '+573009998877')).map((m) => m.template)).toContain('contact-changed')

    const recovery = await sb.http.post('/v1/credentials/recovery/options', {
      idNumber: maria.idNumber,
      kioskId: 'K-TEST',
    })
    expect(recovery.json<{ sms: string }>().sms).toBe('****8877')

    const again = await sb.http.post(
      `/v1/members/me/contact-changes/${c.changeId}/confirm`,
      { confirmCode, proveCode },
      { token },
    )
    expect(errorCode(again.body)).toBe('CODE_EXPIRED')
    const audit = sb.db.prepare('SELECT action FROM member_data_audit ORDER BY id').all() as {
      action: string
    }[]
    expect(audit.map((a) => a.action)).toEqual([
      'contact-change-started',
      'contact-change-refused',
      'contact-change-applied',
    ])
    expect(() => sb.db.prepare('DELETE FROM member_data_audit').run()).toThrow(/append-only/)
  })

  it('refuses e-mail as the confirmation of a phone change where the cooperative does not allow it', async () => {
    const res = await sb.http.post(
      '/v1/members/me/contact-changes',
      { field: 'mobile', value: '+573001112233', confirmVia: 'email' },
      { token },
    )
    expect(errorCode(res.body)).toBe('VALIDATION')
  })

  it('refuses social contributions, allows half of permanent savings, and cancels a pending request', async () => {
    const list = WithdrawalsSchema.parse(
      (await sb.http.get('/v1/members/me/contribution-withdrawals', { token })).body,
    )
    const social = list.options.find((o) => o.name === 'Aportes sociales')!
    const permanent = list.options.find((o) => o.name === 'Ahorros permanentes')!
    expect(social.refusal).toBe('retirement_only')
    expect(permanent.refusal).toBeNull()
    expect(permanent.maximum!.amountMinor).toBe(Math.floor(permanent.balance.amountMinor / 2))

    const refused = await sb.http.post(
      '/v1/members/me/contribution-withdrawals',
      { productId: social.productId, amount: { amountMinor: 100, currency: 'COP' } },
      { token, headers: { 'idempotency-key': newKey() } },
    )
    expect(errorCode(refused.body)).toBe('CONFLICT')
    const over = await sb.http.post(
      '/v1/members/me/contribution-withdrawals',
      {
        productId: permanent.productId,
        amount: { amountMinor: permanent.maximum!.amountMinor + 1, currency: 'COP' },
      },
      { token, headers: { 'idempotency-key': newKey() } },
    )
    expect(errorCode(over.body)).toBe('LIMIT_EXCEEDED')

    const key = newKey()
    const body = { productId: permanent.productId, amount: { amountMinor: 50_000_00, currency: 'COP' } }
    const first = await sb.http.post('/v1/members/me/contribution-withdrawals', body, {
      token,
      headers: { 'idempotency-key': key },
    })
    expect(first.status).toBe(200)
    const req = WithdrawalRequestSchema.parse(first.body)
    expect(req.status).toBe('pending')
    const replay = await sb.http.post('/v1/members/me/contribution-withdrawals', body, {
      token,
      headers: { 'idempotency-key': key },
    })
    expect(replay.json()).toEqual(first.json())
    const mismatch = await sb.http.post(
      '/v1/members/me/contribution-withdrawals',
      { ...body, amount: { amountMinor: 1, currency: 'COP' } },
      { token, headers: { 'idempotency-key': key } },
    )
    expect(errorCode(mismatch.body)).toBe('IDEMPOTENCY_MISMATCH')

    const detail = await sb.http.get(`/v1/products/${permanent.productId}`, { token })
    expect(JSON.stringify(detail.body)).toContain('"withdrawalRequested":true')
    const after = WithdrawalsSchema.parse(
      (await sb.http.get('/v1/members/me/contribution-withdrawals', { token })).body,
    )
    expect(after.options.find((o) => o.productId === permanent.productId)!.refusal).toBe('request_pending')

    const cancelled = await sb.http.post(
      `/v1/members/me/contribution-withdrawals/${req.requestNumber}/cancel`,
      undefined,
      { token },
    )
    expect(WithdrawalRequestSchema.parse(cancelled.body).status).toBe('cancelled')
    const twice = await sb.http.post(
      `/v1/members/me/contribution-withdrawals/${req.requestNumber}/cancel`,
      undefined,
      { token },
    )
    expect(errorCode(twice.body)).toBe('CONFLICT')
  })

  it("lists the member's activity: sign-in, the contact change, the withdrawal with its receipt", async () => {
    const a = ActivitySchema.parse((await sb.http.get('/v1/members/me/activity', { token })).body)
    const kinds = a.items.map((i) => i.kind)
    expect(kinds).toEqual(expect.arrayContaining(['sign-in', 'contact-change', 'withdrawal']))
    expect(a.items.find((i) => i.kind === 'sign-in')!.reference).toBe('K-TEST')
    const w = a.items.find((i) => i.kind === 'withdrawal')!
    expect(w).toMatchObject({ status: 'cancelled', receipt: { kind: 'withdrawal' } })
    expect(a.items.find((i) => i.kind === 'contact-change')).toMatchObject({
      action: 'mobile',
      status: 'applied',
      reference: '****8877',
    })
  })

  it('lists a forgotten-password key as a credential event', async () => {
    const sent = await sb.http.post('/v1/credentials/recovery', {
      idNumber: maria.idNumber,
      channel: 'email',
      kioskId: 'K-TEST',
    })
    expect(sent.status).toBe(200)
    const a = ActivitySchema.parse((await sb.http.get('/v1/members/me/activity', { token })).body)
    expect(a.items.find((i) => i.kind === 'credential')).toMatchObject({
      action: 'temporary-key',
      status: 'issued',
    })
  })

  it('another member sees none of it', async () => {
    const other = demoMember('co', 'no-loans')
    const t2 = await login(sb, other.idNumber, other.password)
    const a = ActivitySchema.parse((await sb.http.get('/v1/members/me/activity', { token: t2 })).body)
    expect(a.items.filter((i) => i.kind !== 'sign-in')).toEqual([])
  })
})

describe('member data (pa: changes wait for review; a phone change may be confirmed by e-mail)', () => {
  let sb: TestSandbox
  let token: string
  const roberto = demoMember('pa', 'active')
  const staffToken = async (role: 'teller' | 'it') => {
    const s = demoStaff(role)
    const res = await sb.http.post('/v1/staff/sessions', {
      username: s.username,
      password: s.password,
      terminalId: 'CAJA-01',
    })
    return res.json<{ token: string }>().token
  }

  beforeAll(async () => {
    sb = await startTestSandbox({
      profile: 'pa',
      sendCooldownSeconds: 0,
      sendsPerDay: 1000,
      sessionTtlSeconds: 3600,
    })
    token = await login(sb, roberto.idNumber, roberto.password)
  })
  afterAll(() => sb.close())

  it('waits for review, then applies once approved', async () => {
    const start = await sb.http.post(
      '/v1/members/me/contact-changes',
      { field: 'mobile', value: '+50769998877', confirmVia: 'email' },
      { token },
    )
    const c = ContactChangeChallengeSchema.parse(start.body)
    expect(c.confirm.channel).toBe('email')
    const confirmCode = await codeTo(sb, roberto.email, 'contact-change-code')
    const proveCode = await codeTo(sb, '+50769998877', 'contact-change-proof')
    const ok = ContactChangeResultSchema.parse(
      (
        await sb.http.post(
          `/v1/members/me/contact-changes/${c.changeId}/confirm`,
          { confirmCode, proveCode },
          { token },
        )
      ).body,
    )
    expect(ok.change.status).toBe('pending_review')
    expect(ok.profile.mobile).toBe(roberto.phone)
    expect(ok.profile.pending.map((p) => p.status)).toEqual(['pending_review'])

    const teller = await staffToken('teller')
    const queue = (await sb.http.get('/v1/teller/contact-changes', { token: teller })).json<{
      changes: { changeId: string; idNumber: string }[]
    }>()
    expect(queue.changes.map((x) => x.idNumber)).toEqual([roberto.idNumber])
    const decided = await sb.http.post(
      `/v1/teller/contact-changes/${c.changeId}/decision`,
      { decision: 'approve' },
      { token: teller },
    )
    expect(decided.json<{ status: string }>().status).toBe('applied')
    const p = MemberProfileSchema.parse((await sb.http.get('/v1/members/me/profile', { token })).body)
    expect(p.mobile).toBe('+50769998877')
    expect(p.pending).toEqual([])
  })

  it('a teller lists and rejects a change; IT staff and members are refused', async () => {
    const start = await sb.http.post(
      '/v1/members/me/contact-changes',
      { field: 'email', value: 'roberto.nuevo@example.org' },
      { token },
    )
    const c = ContactChangeChallengeSchema.parse(start.body)
    await sb.http.post(
      `/v1/members/me/contact-changes/${c.changeId}/confirm`,
      {
        // The phone changed in the test above.
        confirmCode: await codeTo(sb, '+50769998877', 'contact-change-code'),
        proveCode: await codeTo(sb, 'roberto.nuevo@example.org', 'contact-change-proof'),
      },
      { token },
    )
    const teller = await staffToken('teller')
    const list = await sb.http.get('/v1/teller/contact-changes', { token: teller })
    expect(list.status).toBe(200)
    expect(list.json<{ changes: { changeId: string; oldValue: string }[] }>().changes).toEqual([
      expect.objectContaining({
        changeId: c.changeId,
        oldValue: 'rob*****@exa*****',
        newValue: 'rob*****@exa*****',
      }),
    ])
    expect((await sb.http.get('/v1/teller/contact-changes', { token })).status).toBe(403)
    const it_ = await staffToken('it')
    expect(errorCode((await sb.http.get('/v1/teller/contact-changes', { token: it_ })).body)).toBe(
      'FORBIDDEN',
    )
    const rejected = await sb.http.post(
      `/v1/teller/contact-changes/${c.changeId}/decision`,
      { decision: 'reject' },
      { token: teller },
    )
    expect(rejected.json<{ status: string }>().status).toBe('rejected')
    const p = MemberProfileSchema.parse((await sb.http.get('/v1/members/me/profile', { token })).body)
    expect(p.email).toBe(roberto.email)
    const audit = sb.db
      .prepare(`SELECT actor FROM member_data_audit WHERE action = 'contact-change-rejected'`)
      .all()
    expect(audit).toEqual([{ actor: `staff:${demoStaff('teller').username}` }])
  })

  it('allows a quarter of the contributions', async () => {
    const list = WithdrawalsSchema.parse(
      (await sb.http.get('/v1/members/me/contribution-withdrawals', { token })).body,
    )
    const o = list.options[0]!
    expect(o.refusal).toBeNull()
    expect(o.maximum!.amountMinor).toBe(Math.floor(o.balance.amountMinor / 4))
  })
})
