import type { Database } from './database'
import { z } from 'zod'
import { CooperativeProfileSchema, type CooperativeProfile } from '../profiles'

const MetaSchema = z.object({
  profile: z.string().transform((s, ctx) => {
    const parsed = CooperativeProfileSchema.safeParse(JSON.parse(s))
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'stored profile is invalid' })
      return z.NEVER
    }
    return parsed.data
  }),
  secret: z.string().min(16),
  seededAt: z.iso.datetime(),
})

export interface SandboxMeta {
  profile: CooperativeProfile
  /** Key of the HMAC that derives decoys and login-guard keys from ID numbers. */
  secret: string
  seededAt: string
}

/** The seeded identity of the data file, or null when the file was never (completely) seeded. */
export function readMeta(db: Database): SandboxMeta | null {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]
  if (rows.length === 0) return null
  return MetaSchema.parse(Object.fromEntries(rows.map((r) => [r.key, r.value])))
}

export function writeMeta(db: Database, meta: SandboxMeta): void {
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
  put.run('profile', JSON.stringify(meta.profile))
  put.run('secret', meta.secret)
  put.run('seededAt', meta.seededAt)
}
