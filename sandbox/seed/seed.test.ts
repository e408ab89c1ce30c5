import type { Database } from '../db/database'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD_POLICY_PRESETS, passwordSatisfies } from '../../shared/config/password-policy'
import { SECURITY_IMAGE_IDS } from '../../shared/security/security-images'
import { idDigest } from '../auth/id-digest'
import { readMeta } from '../db/meta'
import { PROFILE_IDS, PROFILES, type ProfileId } from '../profiles'
import { createSandbox, type Sandbox } from '../server'
import { tempDir, TEST_START, testClock } from '../testing/harness'
import { DEMO_MEMBERS } from './demo-members'
import { generateSeedData, SEED_MONTHS } from './generate'

/** Letters, digits and the on-screen keyboard's symbols (seed 000). */
const TYPEABLE = /^[A-Za-z0-9#\-=@.$*_~+]+$/

interface ProductRow {
  id: string
  member_id: number
  kind: string
  opening_balance_minor: number
  balance_minor: number
  monthly_payment_minor: number | null
}
interface MovementRow {
  posted_on: string
  amount_minor: number
  balance_minor: number
}

describe.each(PROFILE_IDS)('seed of profile %s', (profileId: ProfileId) => {
  const temp = tempDir()
  let sandbox: Sandbox
  let db: Database
  beforeAll(async () => {
    sandbox = await createSandbox({
      dataFile: `${temp.dir}/seed.db`,
      profile: profileId,
      logLevel: 'silent',
      now: testClock().now,
    })
    db = sandbox.db
  })
  afterAll(async () => {
    await sandbox.app.close()
    temp.remove()
  })

  it('stores the profile: currency, locale and password policy are configuration', () => {
    const meta = readMeta(db)!
    expect(meta.profile).toEqual(PROFILES[profileId])
    const expected = profileId === 'co' ? ['COP', 'es-CO', 'seed000'] : ['USD', 'es-PA', 'seed004']
    expect([meta.profile.currency, meta.profile.locale]).toEqual(expected.slice(0, 2))
    expect(meta.profile.passwordPolicy).toEqual(PASSWORD_POLICY_PRESETS[expected[2] as 'seed000' | 'seed004'])
    expect(meta.secret.length).toBeGreaterThanOrEqual(32)
  })

  it('has at least six members, including temporary-password, locked and no-loans ones', () => {
    const demos = DEMO_MEMBERS[profileId]
    expect(db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: demos.length })
    expect(demos.length).toBeGreaterThanOrEqual(6)
    const roles = demos.map((m) => m.role)
    expect(roles).toEqual(expect.arrayContaining(['active', 'temporary-password', 'locked', 'no-loans']))

    const temp = demos.find((m) => m.role === 'temporary-password')!
    expect(
      db.prepare('SELECT must_change_password AS v FROM members WHERE id_number = ?').get(temp.idNumber),
    ).toEqual({
      v: 1,
    })
    const secret = readMeta(db)!.secret
    const locked = demos.find((m) => m.role === 'locked')!
    const guard = db
      .prepare('SELECT locked_at FROM login_guard WHERE id_key = ?')
      .get(idDigest(secret, locked.idNumber).toString('hex')) as { locked_at: number }
    expect(guard.locked_at).toBe(TEST_START.getTime())
    const noLoans = demos.find((m) => m.role === 'no-loans')!
    const loans = db
      .prepare(
        `SELECT count(*) AS n FROM products p JOIN members m ON m.id = p.member_id
                WHERE m.id_number = ? AND p.kind = 'loan'`,
      )
      .get(noLoans.idNumber)
    expect(loans).toEqual({ n: 0 })
  })

  it('gives members the seed 000 header data', () => {
    for (const m of DEMO_MEMBERS[profileId]) {
      expect(m.fullName).toMatch(/^[A-ZÁÉÍÓÚÑÜ]+( [A-ZÁÉÍÓÚÑÜ]+){2,3}$/)
      expect(SECURITY_IMAGE_IDS).toContain(m.securityImageId)
      expect(m.securityPhrase.length).toBeGreaterThan(5)
      expect(m.birthDate < m.joinedOn).toBe(true)
      expect(m.email).toMatch(/^[^@\s]+@example\.com$/)
    }
  })

  it('uses demo passwords that satisfy the policy and are typeable on the kiosk keyboard', () => {
    for (const m of DEMO_MEMBERS[profileId]) {
      expect(passwordSatisfies(m.password, PROFILES[profileId].passwordPolicy), m.password).toBe(true)
      expect(m.password).toMatch(TYPEABLE)
    }
  })

  it('holds the natural product kinds with 12 months of movements and consistent running balances', () => {
    const products = db.prepare('SELECT * FROM products').all() as ProductRow[]
    const kinds = new Set(products.map((p) => p.kind))
    for (const k of ['contribution', 'savings', 'loan', 'term_deposit', 'card']) expect(kinds).toContain(k)

    const movementsOf = db.prepare(
      'SELECT posted_on, amount_minor, balance_minor FROM movements WHERE product_id = ? ORDER BY id',
    )
    for (const p of products) {
      const ms = movementsOf.all(p.id) as MovementRow[]
      const months = new Set(ms.map((m) => m.posted_on.slice(0, 7)))
      expect(months.size, `${p.kind} ${p.id}`).toBe(SEED_MONTHS)
      expect([...months].sort().at(-1)).toBe('2026-02') // cut-off month before TEST_START
      expect([...months].sort()[0]).toBe('2025-03')
      let balance = p.opening_balance_minor
      let lastDate = ''
      for (const m of ms) {
        expect(Number.isSafeInteger(m.amount_minor) && Number.isSafeInteger(m.balance_minor)).toBe(true)
        expect(m.posted_on >= lastDate).toBe(true)
        lastDate = m.posted_on
        balance += m.amount_minor
        expect(m.balance_minor).toBe(balance)
        if (p.kind === 'savings' || p.kind === 'card') expect(m.balance_minor).toBeGreaterThanOrEqual(0)
      }
      expect(p.balance_minor).toBe(balance)
      expect(Number.isSafeInteger(p.opening_balance_minor)).toBe(true)
      if (p.monthly_payment_minor !== null) expect(Number.isSafeInteger(p.monthly_payment_minor)).toBe(true)
    }
  })

  it('is deterministic: same profile and date, same data; another date only moves the dates', () => {
    const a = generateSeedData(PROFILES[profileId], TEST_START)
    expect(generateSeedData(PROFILES[profileId], TEST_START)).toEqual(a)
    const later = generateSeedData(PROFILES[profileId], new Date('2027-01-10T00:00:00Z'))
    const amounts = (d: typeof a) =>
      d.members.flatMap((m) => m.products.flatMap((p) => p.movements.map((x) => x.amountMinor)))
    expect(amounts(later)).toEqual(amounts(a))
    expect(later.cutoff).toBe('2026-12-31')
  })
})
