import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  entryHash,
  openJournal,
  verifyJournalFile,
  verifyJournalText,
  type JournalEntry,
  type JournalRecord,
} from './journal'

const dir = mkdtempSync(join(tmpdir(), 'journal-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let n = 0
const fresh = () => join(dir, `j${++n}.jsonl`)
const clock = () => new Date('2026-03-15T12:00:00.000Z')

const intent = (key: string): JournalRecord => ({
  type: 'intent',
  key,
  operation: 'transfer_own',
  member: '****4193',
  origin: '****1111',
  destination: '****2222',
  amount: { amountMinor: 12_345_00, currency: 'COP' },
  reference: 'Arriendo',
})
const outcome = (key: string): JournalRecord => ({
  type: 'outcome',
  key,
  outcome: 'completed',
  via: 'answer',
  receiptNumber: 'TR202603150000001',
})

function written(entries = 4): { file: string; lines: string[] } {
  const file = fresh()
  const j = openJournal({ file, kioskId: 'K-1', now: clock })
  for (let i = 0; i < entries / 2; i++) {
    j.append(intent(`key-${i}-0123456789abcdef`))
    j.append(outcome(`key-${i}-0123456789abcdef`))
  }
  return { file, lines: readFileSync(file, 'utf8').trimEnd().split('\n') }
}

describe('electronic journal', () => {
  it('chains every entry and verifies, across reopenings', () => {
    const { file } = written(4)
    const again = openJournal({ file, kioskId: 'K-1', now: clock })
    again.append(intent('key-x-0123456789abcdef'))
    const checked = verifyJournalFile(file)
    expect(checked.ok).toBe(true)
    expect(checked.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
    expect(again.pending().map((p) => p.key)).toEqual(['key-x-0123456789abcdef'])
  })

  it.each([0, 1, 2, 3])('detects an edited value in entry %i', (i) => {
    const { lines } = written(4)
    lines[i] = lines[i]!.replace(/"kiosk":"K-1"/, '"kiosk":"K-2"')
    const r = verifyJournalText(lines.join('\n'))
    expect(r).toMatchObject({ ok: false, line: i + 1 })
  })

  // Only that entry's own hash is recomputed: the link from the next entry breaks. (Rewriting the whole
  // tail from the edit on needs an anchor outside the file; see the README.)
  it.each([0, 1, 2])('detects entry %i rewritten with its own hash recomputed', (i) => {
    const { lines } = written(4)
    const { hash: _h, ...e } = JSON.parse(lines[i]!) as JournalEntry
    const edited = { ...e, kiosk: 'K-9' } as Omit<JournalEntry, 'hash'>
    lines[i] = JSON.stringify({ ...edited, hash: entryHash(edited.prevHash, edited) })
    expect(verifyJournalText(lines.join('\n'))).toMatchObject({ ok: false, line: i + 2 })
  })

  it('detects a deleted, a reordered and a truncated entry', () => {
    const { lines } = written(4)
    expect(verifyJournalText([lines[0], lines[2], lines[3]].join('\n'))).toMatchObject({ ok: false, line: 2 })
    expect(verifyJournalText([lines[1], lines[0], lines[2]].join('\n'))).toMatchObject({ ok: false, line: 1 })
    expect(verifyJournalText([...lines.slice(0, 3), lines[3]!.slice(0, 20)].join('\n'))).toMatchObject({
      ok: false,
      line: 4,
    })
  })

  it('refuses to open a damaged journal', () => {
    const { file, lines } = written(2)
    writeFileSync(file, [lines[0]!.replace('Arriendo', 'Arriendx'), lines[1]].join('\n') + '\n')
    expect(() => openJournal({ file, kioskId: 'K-1', now: clock })).toThrow(/damaged at line 1/)
  })

  it('refuses records that would carry a code or an unmasked field', () => {
    const j = openJournal({ file: fresh(), kioskId: 'K-1', now: clock })
    expect(() =>
      j.append({ ...intent('k-0123456789abcdef'), code: '123456' } as unknown as JournalRecord),
    ).toThrow()
  })
})
