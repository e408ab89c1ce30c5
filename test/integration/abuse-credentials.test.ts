/**
 * Issue 15: the credential flows tried as an attacker would, over real HTTP against the sandbox. Each test
 * asserts the bound the contract states (shared/api/credential-limits.ts) and prints what it measured, so
 * the attempts an attacker gets per member per day are a figure of this file.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { OTP_SPACE, SEND_LIMITS, WRONG_ANSWERS_PER_DAY, oneIn } from '../../shared/api/credential-limits'
import { DEMO_SECURITY_ANSWERS } from '../../sandbox/credentials/seed-credentials'
import { demoMember } from '../../sandbox/seed/demo-members'
import { join } from 'node:path'
import { startTestSandbox, tempDir, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf, latestCode, latestKey, login, outbox } from './helpers/credentials-api'

let current: TestSandbox | undefined
afterEach(async () => {
  await current?.close()
  current = undefined
})
async function sandbox(opts: Parameters<typeof startTestSandbox>[0] = {}) {
  current = await startTestSandbox(opts)
  return { sb: current, call: api(current.http) }
}
/** Seconds to the next UTC midnight of the sandbox clock (when daily budgets start again). */
const toNextDay = (s: TestSandbox) => {
  const t = s.clock.now().getTime()
  return Math.ceil((Math.floor(t / 86_400_000) * 86_400_000 + 86_400_000 - t) / 1000)
}
const report = (what: string, figure: string) => console.log(`[abuse] ${what}: ${figure}`)

describe('enrollment: restart loops', () => {
  it('cannot exceed the daily budget of wrong codes, whatever the number of restarts', async () => {
    const temp = tempDir()
    const dataFile = join(temp.dir, 'sandbox.db')
    const { sb, call } = await sandbox({ dataFile })
    const sandra = demoMember('co', 'not-enrolled')
    const data = { idNumber: sandra.idNumber, memberNumber: sandra.memberNumber, birthDate: sandra.birthDate }
    let invalid = 0
    let exhausted: ReturnType<typeof errorOf> | undefined
    let lastCode = ''
    let lastEnrollment = ''
    // The old attack: start again and again, 3 guesses each, waiting out the send cooldown in between.
    for (let round = 0; round < 10 && !exhausted; round++) {
      const started = await call('enrollStart', { ...data, kioskId: `K-${round}` })
      if (started.status !== 200) {
        exhausted = errorOf(started)
        break
      }
      const { enrollmentId } = started.json<{ enrollmentId: string }>()
      lastEnrollment = enrollmentId
      lastCode = await latestCode(sb.http, sandra.idNumber)
      for (let i = 0; i < 3; i++) {
        const guess = String((Number(lastCode) + 1 + i) % OTP_SPACE).padStart(6, '0')
        const res = await call('enrollVerify', { enrollmentId, code: guess, kioskId: `K-${round}` })
        if (errorOf(res).code === 'CODE_INVALID') invalid++
        else {
          exhausted = errorOf(res)
          break
        }
      }
      sb.clock.advance(SEND_LIMITS.cooldownSeconds)
    }
    expect(invalid).toBe(WRONG_ANSWERS_PER_DAY['enrollment-code'])
    expect(exhausted).toMatchObject({ code: 'ATTEMPTS_EXHAUSTED' })
    const until = new Date(exhausted!.details!.lockedUntil!)
    expect(until.toISOString()).toBe(new Date(sb.clock.now().getTime() + toNextDay(sb) * 1000).toISOString())
    // Even the right code of the open enrollment is refused for the rest of the day.
    const right = await call('enrollVerify', { enrollmentId: lastEnrollment, code: lastCode, kioskId: 'K' })
    expect(errorOf(right).code).toBe('ATTEMPTS_EXHAUSTED')
    const texts = await outbox(sb.http, { idNumber: sandra.idNumber })
    expect(texts.length).toBeLessThanOrEqual(SEND_LIMITS.perDay)
    report(
      'enrollment code',
      `${invalid} wrong codes/member/day, ${texts.length} SMS; odds ${invalid}/${OTP_SPACE} = 1 in ${oneIn(OTP_SPACE, invalid)}`,
    )
    expect(oneIn(OTP_SPACE, invalid)).toBeGreaterThan(100_000)

    // A restart of the server does not reset the budget (it lives in the data file).
    await sb.close()
    current = undefined
    try {
      const again = await sandbox({ dataFile, clock: sb.clock })
      const res = await again.call('enrollStart', { ...data, kioskId: 'K-NEW' })
      expect(errorOf(res).code).toBe('ATTEMPTS_EXHAUSTED')
      again.sb.clock.advance(toNextDay(again.sb))
      expect((await again.call('enrollStart', { ...data, kioskId: 'K-NEW' })).status).toBe(200)
    } finally {
      await (current as TestSandbox | undefined)?.close()
      current = undefined
      temp.remove()
    }
  })

  it('counts wrong member data per ID, so birth dates cannot be walked', async () => {
    const { call } = await sandbox({ sendCooldownSeconds: 0 })
    const sandra = demoMember('co', 'not-enrolled')
    const statuses: string[] = []
    for (let day = 1; day <= 12; day++) {
      const res = await call('enrollStart', {
        idNumber: sandra.idNumber,
        memberNumber: sandra.memberNumber,
        birthDate: `1994-03-${String(day).padStart(2, '0')}`,
        kioskId: `K-${day}`,
      })
      statuses.push(errorOf(res).code)
    }
    const refused = statuses.filter((c) => c === 'ENROLLMENT_REFUSED').length
    expect(refused).toBe(WRONG_ANSWERS_PER_DAY['enrollment-data'])
    expect(statuses.slice(refused)).toEqual(statuses.slice(refused).map(() => 'ATTEMPTS_EXHAUSTED'))
  })
})

describe('recovery: text flood', () => {
  it('sends at most the daily cap, tells when to ask again, and answers unknown IDs identically', async () => {
    const { sb, call } = await sandbox()
    const maria = demoMember('co', 'active')
    const stranger = '31415926'
    const answers: Record<string, { status: number; error?: unknown }[]> = {
      [maria.idNumber]: [],
      [stranger]: [],
    }
    for (let i = 0; i < 40; i++) {
      for (const idNumber of [maria.idNumber, stranger]) {
        const res = await call('requestRecovery', { idNumber, channel: 'sms', kioskId: `K-${i}` })
        const error = res.status === 200 ? undefined : { ...errorOf(res), requestId: undefined }
        answers[idNumber]!.push({ status: res.status, error })
      }
      // An attacker retrying every 20 s all day long.
      sb.clock.advance(20)
    }
    const sent = await outbox(sb.http, { idNumber: maria.idNumber })
    expect(sent.length).toBe(SEND_LIMITS.perDay)
    expect(answers[maria.idNumber]!.filter((a) => a.status === 200).length).toBe(SEND_LIMITS.perDay)
    // The second request comes 20 s after the first: the cooldown says exactly how long is left.
    expect(answers[maria.idNumber]![1]).toMatchObject({
      status: 429,
      error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: SEND_LIMITS.cooldownSeconds - 20 } },
    })
    // Once the cap is reached, it tells when the day ends.
    const last = answers[maria.idNumber]!.at(-1)!.error as { details: { retryAfterSeconds: number } }
    expect(last.details.retryAfterSeconds).toBe(toNextDay(sb) + 20)
    // Same statuses, codes and waits for a stranger: the cooldown does not reveal membership.
    expect(answers[stranger]).toEqual(answers[maria.idNumber])
    report('recovery texts', `${sent.length} per member per day (40 asked), same answers for unknown IDs`)
  })
})

describe('rotating kiosk ids', () => {
  it('still refuse per source address and per ID', async () => {
    const { sb, call } = await sandbox({ rateLimitPerAddress: 300, rateLimitPerId: 30 })
    const statuses: number[] = []
    for (let i = 0; i < 350; i++) {
      const res = await sb.http.post(
        '/v1/auth/lookup',
        { idNumber: String(70_000_000 + i) },
        { headers: { 'x-kiosk-id': `KIOSK-${i}` } },
      )
      statuses.push(res.status)
    }
    expect(statuses.filter((s) => s === 200).length).toBe(300)
    expect(statuses.slice(300).every((s) => s === 429)).toBe(true)

    // Per ID, across kiosks: the stated kiosk id changes nothing.
    sb.clock.advance(60)
    const logins: number[] = []
    for (let i = 0; i < 35; i++) {
      const res = await call('login', { idNumber: '20202020', password: `Guess${i}x`, kioskId: `K-${i}` })
      logins.push(res.status)
    }
    expect(logins.filter((s) => s === 429).length).toBe(5)
    report('enumeration', '300 lookups per source address per minute, 30 per ID, whatever x-kiosk-id says')
  })
})

describe('lockout', () => {
  it('in a timed profile a script cannot lock a member longer than the profile allows', async () => {
    const { sb, call } = await sandbox({ rateLimitPerId: 1000 })
    const m = demoMember('co', 'no-loans')
    const wrong = () => call('login', { idNumber: m.idNumber, password: 'Wrong1x', kioskId: 'K-SCRIPT' })
    const steps = [15 * 60, 60 * 60, 24 * 60 * 60]
    let guesses = 0
    const start = sb.clock.now().getTime()
    for (const step of steps) {
      let res = await wrong()
      while (res.status === 401) {
        guesses++
        res = await wrong()
      }
      guesses++
      const error = errorOf(res)
      expect(error).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { unlockBy: 'time' } })
      expect(new Date(error.details!.lockedUntil!).getTime() - sb.clock.now().getTime()).toBe(step * 1000)
      // Hammering while locked neither extends the lock nor counts.
      for (let i = 0; i < 5; i++)
        expect(errorOf(await wrong()).details!.lockedUntil).toBe(error.details!.lockedUntil)
      sb.clock.advance(step)
    }
    const firstDay = guesses
    // After the longest step the member signs in with the right password, which clears the count.
    expect((await login(sb.http, m.idNumber, m.password)).token).toBeTruthy()
    expect(errorOf(await wrong()).details).toMatchObject({ attemptsLeft: 2 })
    report(
      'password (timed profile)',
      `${firstDay} guesses over ${Math.round((sb.clock.now().getTime() - start) / 3_600_000)} h, longest lock 24 h`,
    )
    expect(firstDay).toBe(9)
  })

  it('in a teller profile the lock says so, and the kiosk is told to send the member to a teller', async () => {
    const { sb, call } = await sandbox({ profile: 'pa' })
    const m = demoMember('pa', 'no-loans')
    let res
    for (let i = 0; i < 3; i++)
      res = await call('login', { idNumber: m.idNumber, password: 'Wrong12x', kioskId: 'K' })
    expect(errorOf(res!)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { unlockBy: 'teller' } })
    const rows = sb.db
      .prepare('SELECT lock_reason, locked_at FROM login_guard WHERE locked_at IS NOT NULL')
      .all()
    expect(rows).toContainEqual({ lock_reason: 'wrong-passwords', locked_at: sb.clock.now().getTime() })
  })
})

describe('temporary keys', () => {
  it('cannot be guessed by trying passwords: the budget revokes the key', async () => {
    // A high lockout threshold isolates the key's own budget from the password lockout.
    const { sb, call } = await sandbox({ lockoutThreshold: 20, rateLimitPerId: 1000 })
    const m = demoMember('co', 'overdue-loan')
    await call('requestRecovery', { idNumber: m.idNumber, channel: 'sms', kioskId: 'K' })
    const key = await latestKey(sb.http, m.idNumber)
    const budget = WRONG_ANSWERS_PER_DAY['temporary-key']
    for (let i = 0; i < budget; i++) {
      const res = await call('login', { idNumber: m.idNumber, password: `Guess${i}9`, kioskId: 'K' })
      expect(errorOf(res).code).toBe('INVALID_CREDENTIALS')
    }
    // The key itself no longer signs in: the guesses above spent it (the answer is the usual one).
    const res = await call('login', { idNumber: m.idNumber, password: key, kioskId: 'K' })
    expect(errorOf(res)).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      details: { attemptsLeft: 20 - budget - 1 },
    })
    report(
      'temporary key',
      `${budget} wrong tries per member per day while a key is open, then it is revoked`,
    )
  })
})

describe('security questions', () => {
  it('asks the same question after a block and caps wrong answers per day', async () => {
    const { sb, call } = await sandbox({ questionBlockSeconds: 900, sessionTtlSeconds: 86_400 })
    const m = demoMember('co', 'active')
    const { token } = await login(sb.http, m.idNumber, m.password)
    const first = (await call('securityChallenge', undefined, token)).json<{ questionId: string }>()
    const wrong = () => call('answerSecurityChallenge', { operation: 'username', answer: 'nada' }, token)
    const seen: string[] = []
    for (let i = 0; i < 12; i++) {
      const code = errorOf(await wrong()).code
      seen.push(code)
      if (code !== 'RATE_LIMITED') continue
      sb.clock.advance(900)
      // After the block: the same question, not a new draw.
      expect((await call('securityChallenge', undefined, token)).json()).toMatchObject({
        questionId: first.questionId,
      })
    }
    // Every answer up to and including the one that spends the budget is checked; none after it.
    const checked = seen.indexOf('ATTEMPTS_EXHAUSTED') + 1
    expect(checked).toBe(WRONG_ANSWERS_PER_DAY['security-answer'])
    expect(seen.slice(checked).every((c) => c === 'ATTEMPTS_EXHAUSTED')).toBe(true)
    expect(seen.slice(0, 3)).toEqual(['SECURITY_ANSWER_WRONG', 'SECURITY_ANSWER_WRONG', 'RATE_LIMITED'])
    expect(errorOf(await call('securityChallenge', undefined, token))).toMatchObject({
      code: 'ATTEMPTS_EXHAUSTED',
    })
    sb.clock.advance(toNextDay(sb))
    const fresh = await login(sb.http, m.idNumber, m.password)
    const next = (await call('securityChallenge', undefined, fresh.token)).json<{ questionId: string }>()
    expect(next.questionId).toBe(first.questionId)
    const right = DEMO_SECURITY_ANSWERS.find((a) => a.questionId === next.questionId)!.answer
    const ok = await call('answerSecurityChallenge', { operation: 'username', answer: right }, fresh.token)
    expect(ok.status).toBe(200)
    report('security answers', `${checked} answers checked per member per day, always the same question`)
  })
})
