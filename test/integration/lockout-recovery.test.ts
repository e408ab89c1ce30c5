/**
 * Issue 17 item 2: what "Olvidé mi clave" does for a locked member, per cooperative profile. In a timed
 * profile that says so (co) the temporary key signs in and lifts the lock; in a teller profile (pa) the key
 * ends in the same lock, and the lock says so, so the kiosk does not offer it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { api, errorOf, latestKey, login } from './helpers/credentials-api'

let current: TestSandbox | undefined
afterEach(async () => {
  await current?.close()
  current = undefined
})

async function lockedMember(profile: 'co' | 'pa') {
  current = await startTestSandbox({ profile })
  const call = api(current.http)
  const m = demoMember(profile, 'no-loans')
  const attempt = (password: string) => call('login', { idNumber: m.idNumber, password, kioskId: 'K' })
  let res
  for (let i = 0; i < 3; i++) res = await attempt('Wrong12x')
  const lock = errorOf(res!)
  await call('requestRecovery', { idNumber: m.idNumber, channel: 'sms', kioskId: 'K' })
  return { sb: current, m, attempt, lock, key: await latestKey(current.http, m.idNumber) }
}

describe('a locked member and the recovery key', () => {
  it('co: the lock offers recovery, and the key signs in, forces a change and clears the lock', async () => {
    const { sb, m, attempt, lock, key } = await lockedMember('co')
    expect(lock).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      details: { unlockBy: 'time', recoveryUnlocks: true },
    })
    // The right password is still refused while the lock runs: only the key lifts it.
    expect(errorOf(await attempt(m.password)).code).toBe('ACCOUNT_LOCKED')
    expect(errorOf(await attempt('Wrong12x')).code).toBe('ACCOUNT_LOCKED')
    const session = await login(sb.http, m.idNumber, key)
    expect(session.mustChangePassword).toBe(true)
    const locks = sb.db.prepare("SELECT * FROM login_guard WHERE lock_reason = 'wrong-passwords'")
    expect(locks.all()).toEqual([])
    // The count starts again from three.
    expect(errorOf(await attempt('Wrong12x')).details).toMatchObject({ attemptsLeft: 2 })
  })

  it('co: a lock set in the core is not lifted by a key, and does not offer one', async () => {
    current = await startTestSandbox({ profile: 'co' })
    const call = api(current.http)
    const m = demoMember('co', 'locked')
    await call('requestRecovery', { idNumber: m.idNumber, channel: 'sms', kioskId: 'K' })
    const key = await latestKey(current.http, m.idNumber)
    const res = await call('login', { idNumber: m.idNumber, password: key, kioskId: 'K' })
    expect(errorOf(res)).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { unlockBy: 'teller' } })
    expect(errorOf(res).details?.recoveryUnlocks).toBeUndefined()
  })

  it('pa: the lock sends the member to a teller, and the key ends in the same lock', async () => {
    const { sb, attempt, lock, key } = await lockedMember('pa')
    expect(lock).toMatchObject({ code: 'ACCOUNT_LOCKED', details: { unlockBy: 'teller' } })
    expect(lock.details?.recoveryUnlocks).toBeUndefined()
    expect(errorOf(await attempt(key)).code).toBe('ACCOUNT_LOCKED')
    const locks = sb.db.prepare("SELECT locked_until FROM login_guard WHERE lock_reason = 'wrong-passwords'")
    expect(locks.all()).toEqual([{ locked_until: null }])
  })
})
