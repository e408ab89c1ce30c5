import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import { hashPassword } from '../auth/password-hash'
import { writeMeta } from '../db/meta'
import type { AnyModule, SeedContext, SeedWriter } from '../modules/sandbox-module'
import type { CooperativeProfile } from '../profiles'
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
 * Fills an empty, migrated database with the profile's demo members, then lets each module add its part
 * for them (products, credentials, locks …). Slow work (password hashes) is done first; every row is then
 * written in one transaction, so a crash never leaves a half-seeded file.
 */
export async function seedDatabase(
  db: Database,
  opts: SeedOptions,
  modules: readonly AnyModule[],
): Promise<{ secret: string }> {
  const now = opts.now()
  const secret = opts.secret ?? newServerSecret()
  const data = generateSeedData(opts.profile, now)
  const hashes = await Promise.all(data.members.map((m) => hashPassword(m.demo.password)))
  const ctx: SeedContext = {
    db,
    profile: opts.profile,
    secret,
    lockoutThreshold: opts.lockoutThreshold,
    now: opts.now,
    seededAt: now,
    data,
  }
  const writers: SeedWriter[] = []
  for (const m of modules) if (m.seed) writers.push(await m.seed(ctx))

  const insertMember = db.prepare(
    `INSERT INTO members (id_number, member_number, full_name, display_name, birth_date, phone, email,
       payroll_entity, base_salary_minor, joined_on, security_image_id, security_phrase, password_hash,
       must_change_password)
     VALUES (@idNumber, @memberNumber, @fullName, @displayName, @birthDate, @phone, @email, @payrollEntity,
       @baseSalaryMinor, @joinedOn, @securityImageId, @securityPhrase, @passwordHash, @mustChange)`,
  )

  db.transaction(() => {
    writeMeta(db, { profile: opts.profile, secret, seededAt: now.toISOString() })
    const memberIds = data.members.map(({ demo, baseSalaryMinor }, i) =>
      Number(
        insertMember.run({
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
        }).lastInsertRowid,
      ),
    )
    for (const write of writers) write(memberIds)
  })()
  return { secret }
}
