import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import { idDigest } from '../auth/id-digest'
import { prepareCredentialSeed } from '../credentials/seed-credentials'
import { createLoginGuard } from '../auth/login-guard'
import { hashPassword } from '../auth/password-hash'
import { writeMeta } from '../db/meta'
import type { CooperativeProfile } from '../profiles'
import { generateProductExtras, insertProductExtras } from '../products/seed-extras'
import { generateSeedData } from './generate'

export interface SeedOptions {
  profile: CooperativeProfile
  now: () => Date
  lockoutThreshold: number
  /** HMAC key for decoys and login-guard keys; random when omitted. */
  secret?: string
}

/** A new random server secret (32 bytes, base64url). */
export const newServerSecret = () => randomBytes(32).toString('base64url')

/**
 * Fills an empty, migrated database with the profile's demo members. Passwords are hashed first (async);
 * every row is then written in one transaction, so a crash never leaves a half-seeded file.
 */
export async function seedDatabase(db: Database, opts: SeedOptions): Promise<{ secret: string }> {
  const now = opts.now()
  const secret = opts.secret ?? newServerSecret()
  const data = generateSeedData(opts.profile, now)
  const hashes = await Promise.all(data.members.map((m) => hashPassword(m.demo.password)))
  const credentialSeed = await prepareCredentialSeed(now)

  const insertMember = db.prepare(
    `INSERT INTO members (id_number, member_number, full_name, display_name, birth_date, phone, email,
       payroll_entity, base_salary_minor, joined_on, security_image_id, security_phrase, password_hash,
       must_change_password)
     VALUES (@idNumber, @memberNumber, @fullName, @displayName, @birthDate, @phone, @email, @payrollEntity,
       @baseSalaryMinor, @joinedOn, @securityImageId, @securityPhrase, @passwordHash, @mustChange)`,
  )
  const insertProduct = db.prepare(
    `INSERT INTO products (id, member_id, sort_order, kind, name, number, status, opened_on,
       opening_balance_minor, balance_minor, monthly_payment_minor)
     VALUES (@id, @memberId, @sortOrder, @kind, @name, @number, @status, @openedOn, @openingBalanceMinor,
       @balanceMinor, @monthlyPaymentMinor)`,
  )
  const insertMovement = db.prepare(
    `INSERT INTO movements (product_id, posted_on, description, amount_minor, balance_minor)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const guard = createLoginGuard(db, opts.lockoutThreshold, opts.now)
  const seedCredentials = credentialSeed(db)

  db.transaction(() => {
    writeMeta(db, { profile: opts.profile, secret, seededAt: now.toISOString() })
    data.members.forEach(({ demo, baseSalaryMinor, products }, i) => {
      const { lastInsertRowid } = insertMember.run({
        idNumber: demo.idNumber,
        memberNumber: demo.memberNumber,
        fullName: demo.fullName,
        displayName: demo.displayName,
        birthDate: demo.birthDate,
        phone: demo.phone,
        email: demo.email,
        payrollEntity: demo.payrollEntity,
        baseSalaryMinor,
        joinedOn: demo.joinedOn,
        securityImageId: demo.securityImageId,
        securityPhrase: demo.securityPhrase,
        passwordHash: hashes[i],
        mustChange: demo.role === 'temporary-password' ? 1 : 0,
      })
      products.forEach(({ movements, ...p }, sortOrder) => {
        insertProduct.run({ ...p, memberId: lastInsertRowid, sortOrder })
        for (const m of movements)
          insertMovement.run(p.id, m.postedOn, m.description, m.amountMinor, m.balanceMinor)
      })
      if (demo.role === 'locked') guard.lockNow(idDigest(secret, demo.idNumber).toString('hex'))
      seedCredentials(Number(lastInsertRowid), demo)
    })
    insertProductExtras(db, generateProductExtras(data, opts.profile))
  })()
  return { secret }
}
