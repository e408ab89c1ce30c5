import type { JournalEntry } from './journal'

const COLUMNS = [
  'seq',
  'time',
  'kiosk',
  'type',
  'key',
  'operation',
  'member',
  'origin',
  'destination',
  'reference',
]
export const JOURNAL_CSV_HEADER = [
  ...COLUMNS,
  'amount',
  'fee',
  'outcome',
  'via',
  'receiptNumber',
  'errorCode',
  'hash',
].join(',')

/** RFC 4180 quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
const cell = (v: unknown) => {
  const s = v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}
const money = (m: unknown) =>
  m ? `${(m as { amountMinor: number }).amountMinor} ${(m as { currency: string }).currency}` : ''

/**
 * The journal as CSV, one row per entry (intents and outcomes alike), for auditors' spreadsheets; the
 * same text from the command line (scripts/journal.ts) and the maintenance screen.
 */
export function journalCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((e) => {
    const r = e as Record<string, unknown>
    return [
      ...COLUMNS.map((c) => cell(r[c])),
      cell(money(r.amount)),
      cell(money(r.fee)),
      cell(r.outcome),
      cell(r.via),
      cell(r.receiptNumber),
      cell(r.errorCode),
      cell(e.hash),
    ].join(',')
  })
  return [JOURNAL_CSV_HEADER, ...rows].join('\n') + '\n'
}
