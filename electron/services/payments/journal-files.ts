import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { JournalCheck, JournalExport } from '../../../shared/ipc/services/maintenance'
import { pendingIntents, verifyJournalFile } from './journal'
import { journalCsv } from './journal-csv'

export interface JournalFilesOptions {
  /** The journal the payments feature writes. */
  file: string
  /** Where exports go (created when missing). */
  exportDir: string
  kioskId: string
  now: () => Date
}

/** `20261204T194512Z`: sorts by time and is safe in every file system. */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/**
 * The electronic journal as IT sees it from the maintenance screen: the chain checked from the file on
 * disk (not from the payments feature's memory, so that a line altered since start-up shows), and a CSV
 * copy written next to the kiosk's other files, never over an earlier one.
 */
export function journalFiles({ file, exportDir, kioskId, now }: JournalFilesOptions) {
  return {
    verify(): JournalCheck {
      const r = verifyJournalFile(file)
      return {
        entries: r.entries.length,
        intact: r.ok,
        broken: r.ok ? null : { line: r.line, reason: r.code },
        headHash: r.entries.at(-1)?.hash ?? null,
        pending: pendingIntents(r.entries).length,
        checkedAt: now().toISOString(),
      }
    },

    export(): JournalExport {
      const r = verifyJournalFile(file)
      mkdirSync(exportDir, { recursive: true })
      const stem = `journal-${kioskId}-${stamp(now())}`
      const text = journalCsv(r.entries)
      for (let n = 1; ; n++) {
        const path = join(exportDir, n === 1 ? `${stem}.csv` : `${stem}-${n}.csv`)
        try {
          // `wx`: the file is created, or the call fails; an earlier export is never overwritten.
          writeFileSync(path, text, { flag: 'wx' })
          return { path, entries: r.entries.length, intact: r.ok }
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        }
      }
    },
  }
}
export type JournalFiles = ReturnType<typeof journalFiles>
