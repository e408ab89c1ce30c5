import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MaintenanceAuditEntrySchema, MaintenanceAuditSchema } from '../../shared/api/staff'
import { demoStaff, type DemoStaffRole } from '../staff/demo-staff'
import { signInDemo, startTestSandbox, type TestSandbox } from '../testing/harness'

// The maintenance screen's audit over HTTP: IT staff tokens only, who and where taken from the token,
// rows append-only in the file itself.

const AUDIT = '/v1/staff/maintenance/audit'
const errorOf = (body: unknown) => (body as { error: { code: string } }).error

async function staffToken(sb: TestSandbox, who: DemoStaffRole, terminalId: string) {
  const s = demoStaff(who)
  const res = await sb.http.post('/v1/staff/sessions', {
    username: s.username,
    password: s.password,
    terminalId,
  })
  if (res.status !== 200) throw new Error(`staff sign-in answered ${res.status}`)
  return res.json<{ token: string }>().token
}
const rows = (sb: TestSandbox) =>
  sb.db.prepare('SELECT * FROM maintenance_audit ORDER BY id').all() as Record<string, unknown>[]

describe('the maintenance audit', () => {
  let sb: TestSandbox
  let it1: string
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'co' })
    it1 = await staffToken(sb, 'it', 'KIOSK-07')
  })
  afterAll(() => sb.close())

  it('records an IT action with the username and terminal of the token', async () => {
    const res = await sb.http.post(AUDIT, { action: 'test-page', result: 'printed' }, { token: it1 })
    expect(res.status).toBe(200)
    const entry = MaintenanceAuditEntrySchema.parse(res.body)
    expect(entry).toMatchObject({
      staffUsername: demoStaff('it').username,
      terminalId: 'KIOSK-07',
      action: 'test-page',
      result: 'printed',
      at: sb.clock.now().toISOString(),
    })
    expect(rows(sb).at(-1)).toMatchObject({
      id: entry.id,
      staff_username: demoStaff('it').username,
      terminal_id: 'KIOSK-07',
      action: 'test-page',
      result: 'printed',
    })
  })

  it('never takes who or where from the body, and refuses unknown actions', async () => {
    const before = rows(sb).length
    for (const body of [
      { action: 'sign-in', result: 'ok', staffUsername: 'someone-else' },
      { action: 'sign-in', result: 'ok', terminalId: 'KIOSK-99' },
      { action: 'format-disk', result: 'ok' },
      { action: 'sign-in', result: '' },
    ]) {
      const res = await sb.http.post(AUDIT, body, { token: it1 })
      expect(res.status).toBe(400)
      expect(errorOf(res.body).code).toBe('VALIDATION')
    }
    expect(rows(sb)).toHaveLength(before)
  })

  it('refuses member tokens, tellers, supervisors and no token, writing and reading', async () => {
    const before = rows(sb).length
    const member = await signInDemo(sb.http, 'co', 'active')
    const teller = await staffToken(sb, 'teller', 'CAJA-01')
    const supervisor = await staffToken(sb, 'supervisor', 'CAJA-02')
    for (const token of [member, teller, supervisor]) {
      const post = await sb.http.post(AUDIT, { action: 'connectivity', result: 'reachable' }, { token })
      expect(post.status).toBe(403)
      expect(errorOf(post.body).code).toBe('FORBIDDEN')
      const get = await sb.http.get(AUDIT, { token })
      expect(get.status).toBe(403)
    }
    expect((await sb.http.post(AUDIT, { action: 'connectivity', result: 'reachable' })).status).toBe(401)
    expect(rows(sb)).toHaveLength(before)
    // And an IT token is no member token: the member's routes refuse it.
    expect((await sb.http.get('/v1/members/me/summary', { token: it1 })).status).toBe(403)
  })

  it("lists today's actions of every kiosk, newest first, and none of yesterday's", async () => {
    const other = await staffToken(sb, 'it', 'KIOSK-08')
    await sb.http.post(AUDIT, { action: 'journal-verify', result: 'intact, 3 entries' }, { token: other })
    const res = await sb.http.get(AUDIT, { token: it1 })
    expect(res.status).toBe(200)
    const audit = MaintenanceAuditSchema.parse(res.body)
    expect(audit.day).toBe(sb.clock.now().toISOString().slice(0, 10))
    expect(audit.entries.map((e) => [e.terminalId, e.action, e.result])).toEqual([
      ['KIOSK-08', 'journal-verify', 'intact, 3 entries'],
      ['KIOSK-07', 'test-page', 'printed'],
    ])
    sb.clock.advance(86_400)
    const tomorrow = await sb.http.get(AUDIT, { token: await staffToken(sb, 'it', 'KIOSK-07') })
    expect(MaintenanceAuditSchema.parse(tomorrow.body).entries).toEqual([])
  })

  it('keeps the audit append-only: UPDATE and DELETE are refused by the file itself', () => {
    const before = rows(sb)
    expect(before.length).toBeGreaterThan(0)
    expect(() => sb.db.exec("UPDATE maintenance_audit SET result = 'ok'")).toThrow(/append-only/)
    expect(() => sb.db.exec("UPDATE maintenance_audit SET staff_username = 'x' WHERE id = 1")).toThrow(
      /append-only/,
    )
    expect(() => sb.db.exec('DELETE FROM maintenance_audit')).toThrow(/append-only/)
    expect(rows(sb)).toEqual(before)
  })
})
