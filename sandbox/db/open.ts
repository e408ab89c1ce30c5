import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { Database } from './database'

export interface OpenedDatabase {
  db: Database
  /** True when the file did not exist before (or was reset): the caller seeds it. */
  created: boolean
}

/** Removes the data file and its WAL side files. */
export function deleteDataFile(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
}

/** Opens (creating folders as needed) a WAL-mode SQLite file with foreign keys on; `migrate` brings its schema. */
export function openDatabase(file: string, opts: { reset?: boolean } = {}): OpenedDatabase {
  if (opts.reset) deleteDataFile(file)
  const created = !existsSync(file)
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 2000')
  } catch (e) {
    db.close()
    throw e
  }
  return { db, created }
}
