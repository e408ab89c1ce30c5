import type { Database } from './database'
import type { Migration, ModuleMigrations } from './migration'

/** Which steps the file has: one row per module and version. */
const LEDGER = `CREATE TABLE schema_migrations (
  module TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (module, version)
) STRICT`

interface Step extends Migration {
  module: string
}

/** Every step in the order a fresh file runs them: legacy steps by their old number, then module by module. */
export function migrationOrder(modules: readonly ModuleMigrations[]): Step[] {
  const names = new Set<string>()
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`two sandbox modules are named "${m.name}"`)
    names.add(m.name)
    m.migrations.forEach((step, i) => {
      if (step.version !== i + 1) throw new Error(`migrations of "${m.name}" must be numbered 1, 2, 3 …`)
    })
  }
  const steps = modules.flatMap((m) => m.migrations.map((step) => ({ ...step, module: m.name })))
  const legacy = steps
    .filter((s) => s.legacyVersion !== undefined)
    .sort((a, b) => a.legacyVersion! - b.legacyVersion!)
  legacy.forEach((s, i) => {
    if (s.legacyVersion !== i + 1) throw new Error('legacy migrations must be numbered 1, 2, 3 …')
  })
  return [...legacy, ...steps.filter((s) => s.legacyVersion === undefined)]
}

const keyOf = (module: string, version: number) => `${module} v${version}`

/**
 * Brings the file to every module's last step, each step in its own transaction and recorded in the
 * ledger. A file from before the ledger adopts it once: the legacy steps up to its user_version count as
 * run. user_version keeps following the legacy steps only, so older sandboxes still read such a file.
 */
export function migrate(db: Database, modules: readonly ModuleMigrations[]): void {
  const steps = migrationOrder(modules)
  const legacyCount = steps.filter((s) => s.legacyVersion !== undefined).length
  db.transaction(() => {
    const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get()
    if (hasLedger) return
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > legacyCount)
      throw new Error(`data file schema v${current} is newer than this sandbox (v${legacyCount})`)
    db.exec(LEDGER)
    const record = db.prepare<[string, number]>(
      'INSERT INTO schema_migrations (module, version) VALUES (?, ?)',
    )
    for (const s of steps)
      if (s.legacyVersion !== undefined && s.legacyVersion <= current) record.run(s.module, s.version)
  })()

  const applied = db.prepare('SELECT module, version FROM schema_migrations').all() as {
    module: string
    version: number
  }[]
  const done = new Set(applied.map((r) => keyOf(r.module, r.version)))
  const known = new Set(steps.map((s) => keyOf(s.module, s.version)))
  const unknown = [...done].filter((k) => !known.has(k))
  if (unknown.length > 0)
    throw new Error(
      `data file has migrations this sandbox does not know (${unknown.join(', ')}): it is newer`,
    )

  const record = db.prepare<[string, number]>('INSERT INTO schema_migrations (module, version) VALUES (?, ?)')
  for (const s of steps) {
    if (done.has(keyOf(s.module, s.version))) continue
    db.transaction(() => {
      db.exec(s.sql)
      record.run(s.module, s.version)
      if (s.legacyVersion !== undefined) db.pragma(`user_version = ${s.legacyVersion}`)
    })()
  }
}
