/**
 * `npm run journal -- verify|export [--file <path>] [--config <kiosk.json>]`: checks the electronic
 * journal's hash chain (exit 1 on the first broken entry, naming its line) or writes its entries as CSV
 * to stdout. The file is the one the kiosk config names (journal.file, relative to the config's folder).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { journalFile } from '../electron/app/features/payments-feature'
import { verifyJournalFile } from '../electron/services/payments/journal'
import { journalCsv } from '../electron/services/payments/journal-csv'
import { KioskConfigSchema } from '../shared/config/kiosk-config'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { file: { type: 'string' }, config: { type: 'string' } },
})
const command = positionals[0]
if (command !== 'verify' && command !== 'export') {
  console.error('usage: npm run journal -- verify|export [--file <journal.jsonl>] [--config <kiosk.json>]')
  process.exit(2)
}

function fileFromConfig(configPath: string): string {
  const raw: unknown = existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {}
  const config = KioskConfigSchema.parse(raw)
  return journalFile(config.journal.file, dirname(resolve(configPath)))
}
const file = values.file
  ? resolve(values.file)
  : fileFromConfig(values.config ?? '.data/kiosk-config-co.json')
if (!existsSync(file)) {
  console.error(`no journal at ${file}`)
  process.exit(2)
}

const checked = verifyJournalFile(file)
if (command === 'verify') {
  if (!checked.ok) {
    console.error(
      `journal ${file}: BROKEN at line ${checked.line} (${checked.reason}); ${checked.entries.length} entries before it verify`,
    )
    process.exit(1)
  }
  console.log(
    `journal ${file}: ${checked.entries.length} entries, chain intact, head ${checked.entries.at(-1)?.hash ?? '-'}`,
  )
} else {
  process.stdout.write(journalCsv(checked.entries))
  if (!checked.ok) {
    console.error(
      `journal ${file}: BROKEN at line ${checked.line} (${checked.reason}): exported the ${checked.entries.length} entries before it`,
    )
    process.exit(1)
  }
}
