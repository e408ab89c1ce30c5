import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StaffProfileSchema, StaffSignInResponseSchema } from '../../shared/api/staff'
import { demoStaff, type DemoStaffRole } from '../staff/demo-staff'
import { signInDemo, startTestSandbox, type TestSandbox } from '../testing/harness'
import { startLdapDirectory, type LdapDirectory } from '../testing/ldap-directory'

const errorOf = (body: unknown) => (body as { error: { code: string; details?: unknown } }).error

function signIn(sb: TestSandbox, kind: DemoStaffRole, password = demoStaff(kind).password) {
  return sb.http.post('/v1/staff/sessions', {
    username: demoStaff(kind).username,
    password,
    terminalId: 'CAJA-01',
  })
}

/** The same answers whichever directory holds the staff: the sandbox's table or a real slapd. */
function staffSignInSuite(start: () => Promise<TestSandbox>) {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await start()
  })
  afterAll(() => sb.close())

  it('signs a teller in with the roles of their groups, and /v1/staff/me answers who it is', async () => {
    const res = await signIn(sb, 'teller')
    expect(res.status).toBe(200)
    const session = StaffSignInResponseSchema.parse(res.body)
    expect(session).toMatchObject({ username: 'ltorres', displayName: 'Lucía Torres', roles: ['teller'] })
    const me = await sb.http.get('/v1/staff/me', { token: session.token })
    expect(me.status).toBe(200)
    expect(StaffProfileSchema.parse(me.body)).toMatchObject({ roles: ['teller'], terminalId: 'CAJA-01' })
  })

  it('maps each group to its role: supervisor (also a teller) and IT', async () => {
    expect(StaffSignInResponseSchema.parse((await signIn(sb, 'supervisor')).body).roles.sort()).toEqual([
      'supervisor',
      'teller',
    ])
    expect(StaffSignInResponseSchema.parse((await signIn(sb, 'it')).body).roles).toEqual(['it'])
  })

  it('answers a wrong password and an unknown username alike: 401 INVALID_CREDENTIALS with attempts left', async () => {
    const wrong = await signIn(sb, 'teller', 'Otra#2024')
    const unknown = await sb.http.post('/v1/staff/sessions', {
      username: 'nadie',
      password: 'Otra#2024',
      terminalId: 'CAJA-01',
    })
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401)
      expect(errorOf(res.body)).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { attemptsLeft: 4 } })
    }
  })

  it('refuses a disabled account with the right password (423, unlockBy administrator)', async () => {
    const res = await signIn(sb, 'disabled')
    expect(res.status).toBe(423)
    expect(errorOf(res.body)).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      details: { unlockBy: 'administrator' },
    })
  })

  it('refuses a directory user in no staff group (403 FORBIDDEN)', async () => {
    const res = await signIn(sb, 'no-role')
    expect(res.status).toBe(403)
    expect(errorOf(res.body).code).toBe('FORBIDDEN')
  })

  it('locks a username for a while after five wrong passwords, even for the right one', async () => {
    const answers = []
    for (let i = 0; i < 5; i++) answers.push((await signIn(sb, 'it', 'Mala#2024')).status)
    expect(answers).toEqual([401, 401, 401, 401, 423])
    const right = await signIn(sb, 'it')
    expect(right.status).toBe(423)
    expect(errorOf(right.body)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { unlockBy: 'time' } })
    sb.clock.advance(15 * 60 + 1)
    expect((await signIn(sb, 'it')).status).toBe(200)
  })

  it('keeps staff and member tokens apart: each is FORBIDDEN on the other side', async () => {
    const staff = StaffSignInResponseSchema.parse((await signIn(sb, 'teller')).body).token
    const member = await signInDemo(sb.http, 'co', 'active')
    const onMember = await sb.http.get('/v1/members/me/summary', { token: staff })
    expect(onMember.status).toBe(403)
    expect(errorOf(onMember.body).code).toBe('FORBIDDEN')
    const onStaff = await sb.http.get('/v1/staff/me', { token: member })
    expect(onStaff.status).toBe(403)
    expect(errorOf(onStaff.body).code).toBe('FORBIDDEN')
    expect((await sb.http.get('/v1/members/me/summary', { token: member })).status).toBe(200)
    // Nor can a staff token reach the member's money: the payments routes refuse it before the body.
    for (const res of [
      await sb.http.get('/v1/payments/accounts', { token: staff }),
      await sb.http.post('/v1/payments/transfers', { kind: 'own' }, { token: staff }),
    ]) {
      expect(res.status).toBe(403)
      expect(errorOf(res.body).code).toBe('FORBIDDEN')
    }
  })

  it('ends the session on sign-out and after the idle time; activity keeps it alive', async () => {
    const a = StaffSignInResponseSchema.parse((await signIn(sb, 'teller')).body).token
    const b = StaffSignInResponseSchema.parse((await signIn(sb, 'teller')).body).token
    expect((await sb.http.post('/v1/staff/sessions/current/end', undefined, { token: a })).status).toBe(200)
    expect(errorOf((await sb.http.get('/v1/staff/me', { token: a })).body).code).toBe('SESSION_EXPIRED')
    // Signing out twice is fine.
    expect((await sb.http.post('/v1/staff/sessions/current/end', undefined, { token: a })).status).toBe(200)

    sb.clock.advance(500)
    expect((await sb.http.get('/v1/staff/me', { token: b })).status).toBe(200)
    sb.clock.advance(500)
    expect((await sb.http.get('/v1/staff/me', { token: b })).status).toBe(200)
    sb.clock.advance(601)
    const idle = await sb.http.get('/v1/staff/me', { token: b })
    expect(idle.status).toBe(401)
    expect(errorOf(idle.body).code).toBe('SESSION_EXPIRED')
  })
}

describe('staff sign-in against an LDAP directory (a real slapd)', () => {
  let directory: LdapDirectory
  beforeAll(async () => {
    directory = await startLdapDirectory()
  })
  afterAll(() => directory?.stop())
  staffSignInSuite(() => startTestSandbox({ ldap: directory.options }))
})

describe("staff sign-in against the sandbox's own staff table (no LDAP)", () => {
  staffSignInSuite(() => startTestSandbox())
})

describe('staff sign-in when the directory does not answer', () => {
  it('is 502 SERVER_ERROR, not a wrong password, and counts no failure', async () => {
    const directory = await startLdapDirectory()
    const sb = await startTestSandbox({ ldap: directory.options })
    try {
      const guardRows = () => sb.db.prepare('SELECT count(*) AS n FROM login_guard').get()
      const before = guardRows()
      await directory.stop()
      const res = await signIn(sb, 'teller')
      expect(res.status).toBe(502)
      expect(errorOf(res.body).code).toBe('SERVER_ERROR')
      expect(guardRows()).toEqual(before)
    } finally {
      await sb.close()
    }
  })
})

describe('staff sign-in request limits', () => {
  it('counts staff sign-ins per username like member logins: 429 RATE_LIMITED with Retry-After', async () => {
    const sb = await startTestSandbox({ rateLimitPerId: 2 })
    try {
      expect((await signIn(sb, 'teller', 'Otra#2024')).status).toBe(401)
      expect((await signIn(sb, 'teller')).status).toBe(200)
      const third = await signIn(sb, 'teller')
      expect(third.status).toBe(429)
      expect(errorOf(third.body).code).toBe('RATE_LIMITED')
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/)
      // Another username is counted apart.
      expect((await signIn(sb, 'supervisor')).status).toBe(200)
    } finally {
      await sb.close()
    }
  })
})
