import type { Database } from '../db/database'
import type { CooperativeProfile } from '../profiles'
import { generateSeedData } from '../seed/generate'
import { generateProductExtras, insertProductExtras, type ProductExtras } from './seed-extras'

/**
 * A data file seeded before the products migration (products v1, global v3) has products without terms, installments or
 * guarantors. The seed is deterministic given its profile and date, so the missing extras are generated
 * again and written for the products the file has. Nothing happens when every product has its terms.
 */
export function backfillProductExtras(db: Database, profile: CooperativeProfile, seededAt: Date): number {
  const missing = db
    .prepare(
      `SELECT p.id FROM products p LEFT JOIN product_terms t ON t.product_id = p.id WHERE t.product_id IS NULL`,
    )
    .all() as { id: string }[]
  if (missing.length === 0) return 0
  const ids = new Set(missing.map((r) => r.id))
  const all = generateProductExtras(generateSeedData(profile, seededAt), profile)
  const mine = <T extends { productId: string }>(rows: T[]) => rows.filter((r) => ids.has(r.productId))
  const extras: ProductExtras = {
    terms: mine(all.terms),
    installments: mine(all.installments),
    guarantors: mine(all.guarantors),
  }
  db.transaction(() => insertProductExtras(db, extras))()
  return extras.terms.length
}
