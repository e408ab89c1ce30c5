import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { EmitEvent } from '../../electron/ipc/registry'
import { createAuthService, type AuthService } from '../../electron/services/auth-service'
import { createMemberService, type MemberService } from '../../electron/services/member-service'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { caught, testApiClient } from './helpers/kiosk-api'
import { manualClock } from './helpers/manual-clock'

const ACTIVE = demoMember('co', 'active')
const LOCKED = demoMember('co', 'locked')
const TEMP = demoMember('co', 'temporary-password')
const SESSION_TTL_SECONDS = 300

let sandbox: TestSandbox
const time = manualClock()
const logLines: unknown[] = []
const record = (level: string) => (obj: object, msg: string) => void logLines.push({ level, obj, msg })
const logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') }

let events: unknown[][]
let auth: AuthService
let member: MemberService
/** Everything a service handed back; the token must appear in none of it. */
let results: unknown[]

beforeAll(async () => {
  sandbox = await startTestSandbox({
    host: '127.0.0.1',
    profile: 'co',
    sessionTtlSeconds: SESSION_TTL_SECONDS,
    clock: time.sandboxClock,
  })
})
afterAll(() => sandbox?.close())

beforeEach(() => {
  events = []
  results = []
  const emit: EmitEvent = (event, payload) => void events.push([event, payload])
  const api = testApiClient(sandbox.url, logger, { retryDelayMs: 10 })
  auth = createAuthService({ api, kioskId: 'KIOSK-IT', emit, logger, clock: time.clock })
  member = createMemberService({ api, auth })
})

const keep = <T>(v: T): T => {
  results.push(v)
  return v
}
/** The token, learnt the only way there is: inside withToken. */
const currentToken = () => auth.withToken(async (t) => t)

describe('auth service against the real sandbox', () => {
  it('looks up a member: masked name, security image and phrase', async () => {
    const res = keep(await auth.lookup(ACTIVE.idNumber))
    expect(res.securityImageId).toBe(ACTIVE.securityImageId)
    expect(res.securityPhrase).toBe(ACTIVE.securityPhrase)
    expect(res.maskedName).not.toBe(ACTIVE.fullName)
  })

  it('logs in, reads the summary, keeps alive and logs out; the token never leaves the service', async () => {
    const login = keep(await auth.login(ACTIVE.idNumber, ACTIVE.password))
    expect(login).toEqual({
      displayName: ACTIVE.displayName,
      mustChangePassword: false,
      pendingSetup: [],
      expiresAt: new Date(time.clock.now() + SESSION_TTL_SECONDS * 1000).toISOString(),
      previousSignIn: null,
    })
    expect(Object.keys(login).sort()).toEqual([
      'displayName',
      'expiresAt',
      'mustChangePassword',
      'pendingSetup',
      'previousSignIn',
    ])

    const summary = keep(await member.summary())
    expect(summary.fullName).toBe(ACTIVE.fullName)
    expect(summary.memberNumber).toBe(ACTIVE.memberNumber)
    expect(summary.products.length).toBe(ACTIVE.products.length)

    time.advance(60_000)
    const alive = keep(await auth.keepAlive())
    expect(Date.parse(alive.expiresAt)).toBeGreaterThan(Date.parse(login.expiresAt))

    const token = await currentToken()
    expect(token.length).toBeGreaterThanOrEqual(32)
    for (const r of results) expect(JSON.stringify(r)).not.toContain(token)
    expect(JSON.stringify(logLines)).not.toContain(token)
    expect(JSON.stringify(logLines)).not.toContain(ACTIVE.password)

    keep(await auth.logout())
    expect(events).toEqual([['session.ended', { reason: 'logout' }]])
    expect(JSON.stringify(events)).not.toContain(token)
    expect((await caught(member.summary())).code).toBe('NOT_AUTHENTICATED')
    expect((await caught(auth.keepAlive())).code).toBe('NOT_AUTHENTICATED')
    // The API forgot the session too.
    const direct = await fetch(`${sandbox.url}/v1/members/me/summary`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(direct.status).toBe(401)
    // A second logout is a quiet no-op.
    await auth.logout()
    expect(events).toHaveLength(1)
  })

  it('reports mustChangePassword for a temporary password', async () => {
    expect((await auth.login(TEMP.idNumber, TEMP.password)).mustChangePassword).toBe(true)
    await auth.logout()
  })

  it('maps a wrong password to INVALID_CREDENTIALS with attemptsLeft, then locks', async () => {
    const first = await caught(auth.login(TEMP.idNumber, 'Wrong1234'))
    expect(first.code).toBe('INVALID_CREDENTIALS')
    expect(first.toIpcError()).toEqual({
      code: 'INVALID_CREDENTIALS',
      messageKey: 'errors.INVALID_CREDENTIALS',
      retryable: false,
      details: { attemptsLeft: 2 },
    })
    expect((await caught(auth.login(TEMP.idNumber, 'Wrong1234'))).details).toEqual({ attemptsLeft: 1 })
    expect((await caught(auth.login(TEMP.idNumber, 'Wrong1234'))).code).toBe('ACCOUNT_LOCKED')
    expect(auth.hasSession()).toBe(false)
  })

  it('maps a locked member to ACCOUNT_LOCKED, even with the right password', async () => {
    const e = await caught(auth.login(LOCKED.idNumber, LOCKED.password))
    expect(e.code).toBe('ACCOUNT_LOCKED')
    expect(auth.hasSession()).toBe(false)
  })

  it('expires the session locally at expiresAt when not extended', async () => {
    const login = await auth.login(ACTIVE.idNumber, ACTIVE.password)
    expect(time.pending()).toContain(Date.parse(login.expiresAt) - time.clock.now())
    time.advance(SESSION_TTL_SECONDS * 1000 - 1)
    expect(auth.hasSession()).toBe(true)
    time.advance(1)
    expect(events).toEqual([['session.ended', { reason: 'expired' }]])
    expect((await caught(member.summary())).code).toBe('NOT_AUTHENTICATED')
  })

  it("tells the teller's desk when a staff session ends locally (staff.ended), apart from the member's", async () => {
    const expiresAt = new Date(time.clock.now() + 60_000).toISOString()
    auth.adoptStaff({ token: 'x'.repeat(40), expiresAt, roles: ['teller'] })
    time.advance(60_000)
    expect(events).toEqual([['staff.ended', { reason: 'expired' }]])
    expect(auth.held().staff).toBeNull()
    events.length = 0
    auth.adoptStaff({
      token: 'y'.repeat(40),
      expiresAt: new Date(time.clock.now() + 60_000).toISOString(),
      roles: ['teller'],
    })
    await auth.endStaffSession()
    expect(events).toEqual([['staff.ended', { reason: 'logout' }]])
  })

  it('keepAlive moves the local expiry', async () => {
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    time.advance(200_000)
    await auth.keepAlive()
    time.advance(200_000)
    expect(auth.hasSession()).toBe(true)
    expect(events).toEqual([])
    await auth.logout()
  })

  it('ends the session when the API says SESSION_EXPIRED', async () => {
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    const token = await currentToken()
    // The server's sessions expire on its own clock; revoke it there behind the kiosk's back.
    await fetch(`${sandbox.url}/v1/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    const e = await caught(member.summary())
    expect(e.code).toBe('SESSION_EXPIRED')
    expect(events).toEqual([['session.ended', { reason: 'expired' }]])
    expect(auth.hasSession()).toBe(false)
    expect((await caught(member.summary())).code).toBe('NOT_AUTHENTICATED')
  })

  it('a new login replaces the previous session', async () => {
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    const first = await currentToken()
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    expect(await currentToken()).not.toBe(first)
    expect((await member.summary()).fullName).toBe(ACTIVE.fullName)
    await auth.logout()
  })

  it('holds a staff session beside the member’s: separate tokens, ending one leaves the other', async () => {
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    const memberToken = await currentToken()
    const staffToken = 'staff-token-from-the-directory-0123456789'
    auth.adoptStaff({ token: staffToken, expiresAt: '2030-01-01T00:00:00.000Z', roles: ['teller'] })
    auth.holdMaintenance({
      technician: 'IT-Centro',
      token: 'it-token',
      expiresAt: '2030-01-01T00:00:00.000Z',
    })
    expect(auth.held()).toEqual({ member: true, staff: ['teller'], maintenance: true })
    expect(await auth.withStaffToken(async (t) => t)).toBe(staffToken)
    expect(await currentToken()).toBe(memberToken)

    await auth.endStaffSession()
    expect(auth.held()).toEqual({ member: true, staff: null, maintenance: true })
    expect((await caught(auth.withStaffToken(async (t) => t))).code).toBe('NOT_AUTHENTICATED')
    expect((await member.summary()).fullName).toBe(ACTIVE.fullName)

    auth.adoptStaff({ token: staffToken, expiresAt: '2030-01-01T00:00:00.000Z', roles: ['teller'] })
    await auth.logout()
    expect(auth.held()).toEqual({ member: false, staff: ['teller'], maintenance: true })
    expect(await auth.withStaffToken(async (t) => t)).toBe(staffToken)

    // A fresh page (onRendererStarted) ends every principal; the member's token is dead at the API too.
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    const second = await currentToken()
    await auth.endAll()
    expect(auth.held()).toEqual({ member: false, staff: null, maintenance: false })
    const api = testApiClient(sandbox.url, logger)
    expect((await caught(api.call('keepAlive', undefined, second))).code).toBe('SESSION_EXPIRED')
  })

  // Last: closes the sandbox.
  it('maps the API being down to API_UNREACHABLE, and logout still clears the session', async () => {
    await auth.login(ACTIVE.idNumber, ACTIVE.password)
    await sandbox.close()
    expect((await caught(auth.lookup(ACTIVE.idNumber))).code).toBe('API_UNREACHABLE')
    expect((await caught(member.summary())).code).toBe('API_UNREACHABLE')
    // An unreachable API does not end the session by itself.
    expect(auth.hasSession()).toBe(true)
    await auth.logout()
    expect(auth.hasSession()).toBe(false)
    expect(events).toEqual([['session.ended', { reason: 'logout' }]])
  })
})
