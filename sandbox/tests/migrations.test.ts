import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database'
import { migrate, migrationOrder } from '../db/migrate'
import { openDatabase } from '../db/open'
import { SANDBOX_MODULES } from '../server'
import { tempDir } from '../testing/harness'

/** sqlite_master and user_version of a fresh file made by main at 13575fa, before per-module migrations. */
const BEFORE = JSON.parse(readFileSync(new URL('fixtures/schema-v4.json', import.meta.url), 'utf8')) as {
  userVersion: number
  rows: unknown[]
}
/** sha256 of the SQL of global steps v1–v4 as released: shipped steps are never edited. */
const SHIPPED = [
  '06c0fc3bf603594adc19049cf32d0eecf1fb7667b1395cb45690148fa7e24ea9',
  'a292dd5accfbd43f2247f960d0abbbbc5aada9c72fbe77854f9deaca1a1ab80a',
  '40136e5727e7d2afce1fd8f1e40bfabd60042021203efc036d2a64cbba026f69',
  'a448f5476ebd852a1522af4cabcde1100d745845e40aeeb6c5c7f77222169804',
]

const temp = tempDir()
afterAll(() => temp.remove())
let files = 0
const newFile = () => openDatabase(join(temp.dir, `m${++files}.db`)).db

/** The schema without the ledger, in creation order (root pages are storage detail, left out). */
const schemaOf = (db: Database) =>
  db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name <> 'schema_migrations' ORDER BY rowid",
    )
    .all()
    .map((r) => ({ ...(r as object) }))
const ledgerOf = (db: Database) =>
  db
    .prepare('SELECT module, version FROM schema_migrations ORDER BY rowid')
    .all()
    .map((r) => ({ ...(r as object) }))
const userVersion = (db: Database) => db.pragma('user_version', { simple: true })
const legacySteps = () => migrationOrder(SANDBOX_MODULES).filter((s) => s.legacyVersion !== undefined)

/** What main's runner did: each global step, then PRAGMA user_version = its number. */
function migrateLikeMain(db: Database, upTo: number) {
  for (const s of legacySteps().slice(0, upTo))
    db.transaction(() => {
      db.exec(s.sql)
      db.pragma(`user_version = ${s.legacyVersion}`)
    })()
}

const ADOPTED = [
  { module: 'members', version: 1 },
  { module: 'credentials', version: 1 },
  { module: 'products', version: 1 },
  { module: 'credentials', version: 2 },
]
/** Steps of modules added since (staff…): they run after the legacy ones, on old and new files alike. */
const NEWER = migrationOrder(SANDBOX_MODULES)
  .filter((s) => s.legacyVersion === undefined)
  .map((s) => ({ module: s.module, version: s.version }))
const LEDGER = [...ADOPTED, ...NEWER]

/** The schema main made, then only what the newer steps add after it. */
function expectOldSchemaThenNewer(db: Database, extra: unknown[] = []) {
  const schema = schemaOf(db)
  expect(schema.slice(0, BEFORE.rows.length)).toEqual(BEFORE.rows)
  const added = schema.slice(BEFORE.rows.length)
  if (extra.length) expect(added.slice(-extra.length)).toEqual(extra)
  return added
}

describe('per-module migrations', () => {
  it('keep the shipped global steps word for word and in their order', () => {
    const steps = legacySteps()
    expect(steps.map((s) => createHash('sha256').update(s.sql).digest('hex'))).toEqual(SHIPPED)
    expect(steps.map((s) => ({ module: s.module, version: s.version }))).toEqual(ADOPTED)
  })

  it('give a fresh file the schema and user_version it had before, with every step recorded', () => {
    const db = newFile()
    migrate(db, SANDBOX_MODULES)
    expect(NEWER).toContainEqual({ module: 'staff', version: 1 })
    const added = expectOldSchemaThenNewer(db)
    expect(added.map((r) => (r as { name: string }).name)).toContain('staff_users')
    expect(userVersion(db)).toBe(BEFORE.userVersion)
    expect(ledgerOf(db)).toEqual(LEDGER)
    db.close()
  })

  it('leave a file at global v4 as it was: they adopt its steps and run none', () => {
    const db = newFile()
    migrateLikeMain(db, 4)
    db.exec("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    migrate(db, SANDBOX_MODULES)
    expectOldSchemaThenNewer(db)
    expect(userVersion(db)).toBe(4)
    expect(ledgerOf(db)).toEqual(LEDGER) // the old steps adopted, only the newer ones run
    expect(db.prepare("SELECT value FROM meta WHERE key = 'kept'").get()).toEqual({ value: 'yes' })
    migrate(db, SANDBOX_MODULES) // a second start changes nothing
    expect(ledgerOf(db)).toEqual(LEDGER)
    db.close()
  })

  it('bring a file at global v2 the rest of the old steps in the old order', () => {
    const db = newFile()
    migrateLikeMain(db, 2)
    migrate(db, SANDBOX_MODULES)
    expectOldSchemaThenNewer(db)
    expect(userVersion(db)).toBe(4)
    expect(ledgerOf(db)).toEqual(LEDGER) // two adopted, two run, then the newer ones
    db.close()
  })

  it('let a new module add steps without renumbering anyone: they run after the legacy ones', () => {
    const example = {
      name: 'example',
      migrations: [{ version: 1, sql: 'CREATE TABLE example (id INTEGER PRIMARY KEY) STRICT' }],
    }
    const old = newFile()
    migrateLikeMain(old, 4)
    migrate(old, [...SANDBOX_MODULES, example])
    const fresh = newFile()
    migrate(fresh, [...SANDBOX_MODULES, example])
    for (const db of [old, fresh]) {
      expect(ledgerOf(db)).toEqual([...LEDGER, { module: 'example', version: 1 }])
      expectOldSchemaThenNewer(db, [
        { type: 'table', name: 'example', tbl_name: 'example', sql: example.migrations[0]!.sql },
      ])
      expect(userVersion(db)).toBe(4)
      db.close()
    }
  })

  it('refuse a file from a newer sandbox: an unknown step, or a global version past v4', () => {
    const unknown = newFile()
    migrate(unknown, SANDBOX_MODULES)
    unknown.exec("INSERT INTO schema_migrations (module, version) VALUES ('example', 1)")
    expect(() => migrate(unknown, SANDBOX_MODULES)).toThrow(/example v1.*newer/)
    unknown.close()
    const ahead = newFile()
    ahead.pragma('user_version = 5')
    expect(() => migrate(ahead, SANDBOX_MODULES)).toThrow(
      'data file schema v5 is newer than this sandbox (v4)',
    )
    ahead.close()
  })

  it('refuse steps numbered with gaps and two modules of one name', () => {
    const gap = { name: 'x', migrations: [{ version: 2, sql: '' }] }
    expect(() => migrationOrder([gap])).toThrow(/numbered 1, 2, 3/)
    expect(() => migrationOrder([gap, gap].map((m) => ({ ...m, migrations: [] })))).toThrow(
      /two sandbox modules/,
    )
  })
})
