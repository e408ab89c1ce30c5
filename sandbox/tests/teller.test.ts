import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  TellerActionResultSchema,
  TellerAuditSchema,
  TellerMemberSchema,
  type TellerActionRequest,
} from '../../shared/api/teller'
import { demoMember } from '../seed/demo-members'
import { demoStaff, DEMO_STAFF, type DemoStaffRole } from '../staff/demo-staff'
import { signInDemo, startTestSandbox, type TestSandbox } from '../testing/harness'

const errorOf = (body: unknown) =>
  (body as { error: { code: string; details?: { issues?: { path: string }[] } } }).error
const CHECKED = { idDocumentSeen: true, photoMatches: true, signatureMatches: true } as const
const second = DEMO_STAFF.find((s) => s.username === 'pgarcia')!

async function staffToken(sb: TestSandbox, who: DemoStaffRole | 'second-teller', terminalId = 'CAJA-01') {
  const s = who === 'second-teller' ? second : demoStaff(who)
  const res = await sb.http.post('/v1/staff/sessions', {
    username: s.username,
    password: s.password,
    terminalId,
  })
  if (res.status !== 200) throw new Error(`staff sign-in answered ${res.status}`)
  return res.json<{ token: string }>().token
}
const approvalOf = (who: DemoStaffRole | 'second-teller', password?: string) => {
  const s = who === 'second-teller' ? second : demoStaff(who)
  return { username: s.username, password: password ?? s.password }
}

/** One action's body, the checklist defaulting to all confirmed. */
type ActionInput = TellerActionRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'checklist'> & { checklist?: unknown }
    : never
  : never
const act = (sb: TestSandbox, token: string, body: ActionInput) =>
  sb.http.post('/v1/teller/actions', { checklist: CHECKED, ...body }, { token })
const lookup = async (sb: TestSandbox, token: string, idNumber: string) => {
  const res = await sb.http.post('/v1/teller/members/lookup', { idNumber }, { token })
  expect(res.status).toBe(200)
  return TellerMemberSchema.parse(res.body)
}
const login = (sb: TestSandbox, idNumber: string, password: string) =>
  sb.http.post('/v1/auth/login', { idNumber, password, kioskId: 'KIOSK-9' })
const auditRows = (sb: TestSandbox) =>
  sb.db.prepare('SELECT * FROM teller_audit ORDER BY id').all() as Record<string, unknown>[]
const lastAudit = (sb: TestSandbox) => auditRows(sb).at(-1)!
const outboxOf = (sb: TestSandbox, idNumber: string) =>
  sb.db
    .prepare('SELECT template, channel, text FROM outbox WHERE id_number = ? ORDER BY id DESC')
    .all(idNumber) as {
    template: string
    channel: string
    text: string
  }[]
/** Every text cell of every table: a key stored in clear would show up here. */
function allStoredText(sb: TestSandbox): string {
  const tables = sb.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
    name: string
  }[]
  return tables
    .filter((t) => t.name !== 'outbox')
    .map((t) => JSON.stringify(sb.db.prepare(`SELECT * FROM "${t.name}"`).all()))
    .join('\n')
}

const active = demoMember('co', 'active')
const locked = demoMember('co', 'locked')
const newcomer = demoMember('co', 'not-enrolled')

describe('teller lookup and who may use the desk routes', () => {
  let sb: TestSandbox
  let teller: string
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'co' })
    teller = await staffToken(sb, 'teller')
  })
  afterAll(() => sb.close())

  it('shows an active member with their last sign-ins and credential events', async () => {
    await signInDemo(sb.http, 'co', 'active', 'KIOSK-7')
    const m = await lookup(sb, teller, active.idNumber)
    expect(m).toMatchObject({
      idNumber: active.idNumber,
      fullName: active.fullName,
      access: { status: 'active' },
    })
    expect(m.memberNumber).toMatch(/^\w+/)
    expect(m.lastSignIns[0]).toMatchObject({ kioskId: 'KIOSK-7' })
    expect(m.events.some((e) => e.kind === 'contract-accepted')).toBe(true)
    expect(m.destinations.sms).toMatch(/^\*{4}\d{4}$/)
  })

  it('shows a locked member: since when, until a teller, after how many tries', async () => {
    const m = await lookup(sb, teller, locked.idNumber)
    expect(m.access).toMatchObject({
      status: 'locked',
      lock: { reason: 'core', until: null, failedAttempts: 3 },
    })
    expect(m.unlockNeedsApproval).toBe(false)
  })

  it('shows a timed lock after wrong passwords, and questions blocked after wrong answers', async () => {
    for (let i = 0; i < 3; i++) await login(sb, demoMember('co', 'no-loans').idNumber, 'Mala2024')
    const m = await lookup(sb, teller, demoMember('co', 'no-loans').idNumber)
    expect(m.access.status).toBe('locked')
    expect(m.access.lock).toMatchObject({ reason: 'wrong-passwords', failedAttempts: 3, locksInARow: 1 })
    expect(m.access.lock!.until).not.toBeNull()

    const token = await signInDemo(sb.http, 'co', 'overdue-loan')
    for (let i = 0; i < 3; i++)
      await sb.http.post(
        '/v1/credentials/me/security-questions/challenge',
        { operation: 'password', answer: 'nada' },
        { token },
      )
    const q = await lookup(sb, teller, demoMember('co', 'overdue-loan').idNumber)
    expect(q.access.status).toBe('questions-blocked')
    expect(q.access.questionsBlockedUntil).not.toBeNull()
  })

  it('shows a not-enrolled member as such, with no setup steps', async () => {
    const m = await lookup(sb, teller, newcomer.idNumber)
    expect(m.access).toMatchObject({ status: 'not-enrolled', pendingSetup: [], temporaryKey: null })
  })

  it('answers 404 for an unknown ID number', async () => {
    const res = await sb.http.post('/v1/teller/members/lookup', { idNumber: '99999999' }, { token: teller })
    expect(res.status).toBe(404)
  })

  it('refuses member tokens (403), IT staff (403) and no token (401) on every teller route', async () => {
    const member = await signInDemo(sb.http, 'co', 'active')
    const it_ = await staffToken(sb, 'it')
    for (const token of [member, it_]) {
      const answers = [
        await sb.http.post('/v1/teller/members/lookup', { idNumber: active.idNumber }, { token }),
        await act(sb, token, { action: 'resetImage', idNumber: active.idNumber, reason: 'forgot-image' }),
        await sb.http.get('/v1/teller/audit', { token }),
      ]
      expect(answers.map((r) => [r.status, errorOf(r.body).code])).toEqual(Array(3).fill([403, 'FORBIDDEN']))
    }
    expect((await sb.http.get('/v1/teller/audit')).status).toBe(401)
    expect(auditRows(sb)).toEqual([]) // refused principals leave nothing to audit
  })

  it('refuses an action without the whole identity checklist, or with a reason not on its list (400)', async () => {
    const unticked = await act(sb, teller, {
      action: 'resetImage',
      idNumber: active.idNumber,
      reason: 'forgot-image',
      checklist: { ...CHECKED, signatureMatches: false },
    })
    const noReason = await act(sb, teller, {
      action: 'resetImage',
      idNumber: active.idNumber,
      reason: 'forgot-password' as 'forgot-image',
    })
    for (const r of [unticked, noReason]) expect(errorOf(r.body).code).toBe('VALIDATION')
  })
})

describe('teller actions, four eyes and the audit', () => {
  let sb: TestSandbox
  let teller: string
  let supervisor: string
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'co' })
    teller = await staffToken(sb, 'teller', 'CAJA-01')
    supervisor = await staffToken(sb, 'supervisor', 'CAJA-02')
  })
  afterAll(() => sb.close())

  it('activates a not-enrolled member by SMS: the key goes to the outbox and signs in once, forcing a change', async () => {
    const res = await act(sb, teller, {
      action: 'activate',
      idNumber: newcomer.idNumber,
      reason: 'first-access',
      delivery: 'sms',
    })
    expect(res.status).toBe(200)
    const out = TellerActionResultSchema.parse(res.body)
    expect(out).toMatchObject({ action: 'activate', approvedBy: null, sentTo: { channel: 'sms' } })
    expect(out.slipKey).toBeUndefined()
    expect(out.member.access).toMatchObject({
      status: 'temporary-key-pending',
      temporaryKey: { delivery: 'sms' },
      pendingSetup: ['password', 'securityImage', 'securityQuestions', 'contract'],
    })
    const sms = outboxOf(sb, newcomer.idNumber)[0]!
    expect(sms.template).toBe('teller-activation-key')
    const key = /clave temporal es (\S+)\./.exec(sms.text)![1]!
    const signedIn = await login(sb, newcomer.idNumber, key)
    expect(signedIn.status).toBe(200)
    expect(signedIn.json()).toMatchObject({ mustChangePassword: true })
    expect((await login(sb, newcomer.idNumber, key)).status).toBe(401) // used once
    expect(lastAudit(sb)).toMatchObject({
      staff_username: 'ltorres',
      terminal_id: 'CAJA-01',
      action: 'activate',
      reason: 'first-access',
      delivery: 'sms',
      approved_by: null,
      result: 'ok',
    })
    expect(JSON.parse(lastAudit(sb).checklist as string)).toEqual(CHECKED)
  })

  it('refuses to activate a member who already has an online user (409, audited)', async () => {
    const res = await act(sb, teller, {
      action: 'activate',
      idNumber: active.idNumber,
      reason: 'first-access',
      delivery: 'email',
    })
    expect(res.status).toBe(409)
    expect(lastAudit(sb)).toMatchObject({ action: 'activate', result: 'CONFLICT' })
  })

  it('unlocks a locked member: the right password signs in again', async () => {
    expect((await login(sb, locked.idNumber, locked.password)).status).toBe(423)
    const res = await act(sb, teller, {
      action: 'unlock',
      idNumber: locked.idNumber,
      reason: 'forgot-password',
    })
    expect(res.status).toBe(200)
    expect(TellerActionResultSchema.parse(res.body).member.access.status).toBe('active')
    expect((await login(sb, locked.idNumber, locked.password)).status).toBe(200)
    const again = await act(sb, teller, {
      action: 'unlock',
      idNumber: locked.idNumber,
      reason: 'forgot-password',
    })
    expect(again.status).toBe(409) // not locked any more
  })

  it('needs a supervisor for a second unlock within 24 h; a teller approver and a wrong password are refused', async () => {
    for (let i = 0; i < 3; i++) await login(sb, locked.idNumber, 'Mala2024')
    expect((await lookup(sb, teller, locked.idNumber)).unlockNeedsApproval).toBe(true)
    const body = { action: 'unlock', idNumber: locked.idNumber, reason: 'typing-mistakes' } as const

    const none = await act(sb, teller, body)
    expect(none.status).toBe(403)
    expect(errorOf(none.body).details?.issues?.[0]?.path).toBe('approval')
    expect(lastAudit(sb)).toMatchObject({ action: 'unlock', result: 'FORBIDDEN', approved_by: null })

    const byTeller = await act(sb, teller, { ...body, approval: approvalOf('second-teller') })
    expect(byTeller.status).toBe(403)
    expect(lastAudit(sb)).toMatchObject({ result: 'FORBIDDEN', approved_by: 'pgarcia' })

    const wrong = await act(sb, teller, { ...body, approval: approvalOf('supervisor', 'Mala#2024') })
    expect(wrong.status).toBe(401)
    expect(lastAudit(sb)).toMatchObject({ result: 'INVALID_CREDENTIALS', approved_by: 'rmendoza' })

    const ok = await act(sb, teller, { ...body, approval: approvalOf('supervisor') })
    expect(ok.status).toBe(200)
    expect(TellerActionResultSchema.parse(ok.body).approvedBy).toBe('rmendoza')
    expect(lastAudit(sb)).toMatchObject({ action: 'unlock', result: 'ok', approved_by: 'rmendoza' })
  })

  it('lets nobody approve their own action, a supervisor included', async () => {
    for (let i = 0; i < 3; i++) await login(sb, locked.idNumber, 'Mala2024')
    const res = await act(sb, supervisor, {
      action: 'unlock',
      idNumber: locked.idNumber,
      reason: 'typing-mistakes',
      approval: approvalOf('supervisor'),
    })
    expect(res.status).toBe(403)
    expect(lastAudit(sb)).toMatchObject({
      staff_username: 'rmendoza',
      approved_by: 'rmendoza',
      result: 'FORBIDDEN',
    })
  })

  it('resets the security questions: asked again at the next sign-in, set without a security answer', async () => {
    const m = demoMember('co', 'no-loans')
    const res = await act(sb, teller, {
      action: 'resetQuestions',
      idNumber: m.idNumber,
      reason: 'forgot-answers',
    })
    expect(res.status).toBe(200)
    const signedIn = await login(sb, m.idNumber, m.password)
    expect(signedIn.json()).toMatchObject({ pendingSetup: ['securityQuestions'] })
    const token = signedIn.json<{ token: string }>().token
    const set = await sb.http.post(
      '/v1/credentials/me/security-questions',
      {
        answers: [
          { questionId: 'childhood-occupation', answer: 'piloto' },
          { questionId: 'school-sport', answer: 'tenis' },
          { questionId: 'friend-birthday-month', answer: 'mayo' },
        ],
      },
      { token },
    )
    expect(set.status).toBe(200)
    expect(set.json()).toEqual({ pendingSetup: [] })
  })

  it('resets the security image and phrase: the member must choose them at the next sign-in', async () => {
    const m = demoMember('co', 'overdue-loan')
    const res = await act(sb, teller, {
      action: 'resetImage',
      idNumber: m.idNumber,
      reason: 'suspected-phishing',
    })
    expect(res.status).toBe(200)
    const signedIn = await login(sb, m.idNumber, m.password)
    expect(signedIn.json()).toMatchObject({ pendingSetup: ['securityImage'] })
    const token = signedIn.json<{ token: string }>().token
    const summary = await sb.http.get('/v1/members/me/summary', { token })
    expect(errorOf(summary.body).code).toBe('SETUP_REQUIRED')
    const set = await sb.http.post(
      '/v1/credentials/me/security-image',
      { securityImageId: 'guitar', securityPhrase: 'Mi guitarra de madera' },
      { token },
    )
    expect(set.status).toBe(200)
  })

  it('resends the service contract by e-mail', async () => {
    const res = await act(sb, teller, {
      action: 'resendContract',
      idNumber: active.idNumber,
      reason: 'lost-copy',
    })
    expect(TellerActionResultSchema.parse(res.body).sentTo).toMatchObject({ channel: 'email' })
    expect(outboxOf(sb, active.idNumber)[0]).toMatchObject({ template: 'service-contract', channel: 'email' })
  })

  it('lists the teller their own actions of the day and the supervisor the branch; a teller may not see the branch', async () => {
    const own = TellerAuditSchema.parse((await sb.http.get('/v1/teller/audit', { token: teller })).body)
    expect(own.scope).toBe('own')
    expect(new Set(own.entries.map((e) => e.staffUsername))).toEqual(new Set(['ltorres']))
    expect((await sb.http.get('/v1/teller/audit?scope=branch', { token: teller })).status).toBe(403)
    const branch = TellerAuditSchema.parse(
      (await sb.http.get('/v1/teller/audit?scope=branch', { token: supervisor })).body,
    )
    expect(new Set(branch.entries.map((e) => e.staffUsername))).toEqual(new Set(['ltorres', 'rmendoza']))
    expect(branch.entries.length).toBe(auditRows(sb).length)
    // "Today" is Bogotá's day (co profile): at 01:00 UTC the next day it is 20:00 there, still the same day.
    sb.clock.advance(13 * 3600)
    const evening = TellerAuditSchema.parse(
      (await sb.http.get('/v1/teller/audit', { token: await staffToken(sb, 'teller') })).body,
    )
    expect(evening.day).toBe('2026-03-15')
    expect(evening.entries.length).toBe(own.entries.length)
    sb.clock.advance(11 * 3600)
    const tomorrow = TellerAuditSchema.parse(
      (await sb.http.get('/v1/teller/audit', { token: await staffToken(sb, 'teller') })).body,
    )
    expect(tomorrow.day).toBe('2026-03-16')
    expect(tomorrow.entries).toEqual([])
  })

  it('keeps the audit append-only: UPDATE and DELETE are refused by the file itself', () => {
    const before = auditRows(sb)
    expect(() => sb.db.exec("UPDATE teller_audit SET result = 'ok'")).toThrow(/append-only/)
    expect(() => sb.db.exec('DELETE FROM teller_audit')).toThrow(/append-only/)
    expect(auditRows(sb)).toEqual(before)
  })
})

describe('activation on a sealed slip (four eyes)', () => {
  let sb: TestSandbox
  let teller: string
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'pa' })
    teller = await staffToken(sb, 'teller')
  })
  afterAll(() => sb.close())
  const pa = demoMember('pa', 'not-enrolled')

  it('needs a supervisor; then answers the key once, stores only its digest, and the key signs in once', async () => {
    const body = {
      action: 'activate',
      idNumber: pa.idNumber,
      reason: 'no-registered-phone-access',
      delivery: 'slip',
    } as const
    const none = await act(sb, teller, body)
    expect(none.status).toBe(403)
    expect((await lookup(sb, teller, pa.idNumber)).access.status).toBe('not-enrolled')

    const res = await act(sb, teller, { ...body, approval: approvalOf('supervisor') })
    expect(res.status).toBe(200)
    const out = TellerActionResultSchema.parse(res.body)
    expect(out).toMatchObject({
      approvedBy: 'rmendoza',
      sentTo: null,
      member: { access: { temporaryKey: { delivery: 'slip' } } },
    })
    const key = out.slipKey!
    expect(key).toMatch(/^[A-Za-z0-9]{8,}$/)
    expect(allStoredText(sb)).not.toContain(key)
    expect(outboxOf(sb, pa.idNumber)).toEqual([])
    expect(lastAudit(sb)).toMatchObject({
      action: 'activate',
      delivery: 'slip',
      approved_by: 'rmendoza',
      result: 'ok',
    })

    const signedIn = await login(sb, pa.idNumber, key)
    expect(signedIn.status).toBe(200)
    expect(signedIn.json()).toMatchObject({ mustChangePassword: true })
    expect((await login(sb, pa.idNumber, key)).status).toBe(401)
    const m = await lookup(sb, teller, pa.idNumber)
    expect(m.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['key-issued', 'key-used', 'teller-action']),
    )
  })
})
