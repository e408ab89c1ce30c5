import { createHash } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { MoneySchema } from '../../../shared/money/money-schema'
import { canonicalJson } from './canonical-json'

/** Bill, top-up and card payments (electron/services/bills): reconciled by their own look-up. */
export const BILL_JOURNAL_OPERATIONS = ['bill', 'topup', 'card_own', 'card_other'] as const

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

const Masked = z.string().max(40)
/** What the journal may hold: masked parties and amounts, never a code, a token or a full number. */
export const JournalRecordSchema = z.discriminatedUnion('type', [
  /** Written (and flushed) before the request leaves the kiosk. */
  z
    .object({
      type: z.literal('intent'),
      key: z.string(),
      /** `transfer_bank`: ACH to another bank; `pse_topup`: a PSE payment into the member's savings. */
      operation: z.enum([
        'transfer_own',
        'transfer_member',
        'transfer_bank',
        'pse_topup',
        'obligation_payment',
        ...BILL_JOURNAL_OPERATIONS,
      ]),
      member: Masked,
      origin: Masked,
      destination: Masked,
      amount: MoneySchema,
      reference: z.string().max(60),
    })
    .strict(),
  /**
   * What became of it: `completed` (applied, with its receipt), `not_applied` (the API refused it or it
   * never arrived), `unknown` (no trustworthy answer yet: reconciliation settles it).
   */
  z
    .object({
      type: z.literal('outcome'),
      key: z.string(),
      outcome: z.enum(['completed', 'not_applied', 'unknown']),
      /** `answer`: the API's reply; `reconciliation`: a later look-up by key. */
      via: z.enum(['answer', 'reconciliation']),
      receiptNumber: z.string().max(40).optional(),
      fee: MoneySchema.optional(),
      errorCode: z.string().max(40).optional(),
    })
    .strict(),
])
export type JournalRecord = z.infer<typeof JournalRecordSchema>

export const JournalEntrySchema = z.intersection(
  JournalRecordSchema,
  z.object({
    seq: z.number().int().min(1),
    time: z.iso.datetime(),
    kiosk: z.string(),
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
)
export type JournalEntry = z.infer<typeof JournalEntrySchema>

/** sha256 over the previous hash and the entry (without its own hash), canonically serialised. */
export function entryHash(prevHash: string, entry: Omit<JournalEntry, 'hash'>): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex')
}

/** Why a line breaks the chain: a code for screens, a sentence for logs and the command line. */
export type JournalBreak = 'not_an_entry' | 'sequence' | 'previous_hash' | 'hash'
export type VerifyResult =
  | { ok: true; entries: JournalEntry[] }
  | { ok: false; entries: JournalEntry[]; line: number; code: JournalBreak; reason: string }

/** Reads and checks the whole chain: every line parses, numbers follow, each hash covers the one before. */
export function verifyJournalText(text: string): VerifyResult {
  const entries: JournalEntry[] = []
  let prev = GENESIS_HASH
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (const [i, raw] of lines.entries()) {
    const line = i + 1
    let parsed: JournalEntry
    try {
      parsed = JournalEntrySchema.parse(JSON.parse(raw))
    } catch {
      return { ok: false, entries, line, code: 'not_an_entry', reason: 'not a journal entry' }
    }
    if (parsed.seq !== line)
      return {
        ok: false,
        entries,
        line,
        code: 'sequence',
        reason: `sequence ${parsed.seq}, expected ${line}`,
      }
    if (parsed.prevHash !== prev)
      return { ok: false, entries, line, code: 'previous_hash', reason: 'previous hash does not match' }
    const { hash, ...rest } = parsed
    if (entryHash(prev, rest) !== hash)
      return { ok: false, entries, line, code: 'hash', reason: 'hash does not match the entry' }
    entries.push(parsed)
    prev = hash
  }
  return { ok: true, entries }
}

export const verifyJournalFile = (file: string): VerifyResult =>
  verifyJournalText(existsSync(file) ? readFileSync(file, 'utf8') : '')

/** Keys whose last word is an intent or `unknown`: the operations reconciliation must settle. */
export function pendingIntents(
  entries: readonly JournalEntry[],
): Extract<JournalEntry, { type: 'intent' }>[] {
  const last = new Map<string, JournalEntry>()
  const intents = new Map<string, Extract<JournalEntry, { type: 'intent' }>>()
  for (const e of entries) {
    last.set(e.key, e)
    if (e.type === 'intent' && !intents.has(e.key)) intents.set(e.key, e)
  }
  return [...last.values()]
    .filter((e) => e.type === 'intent' || e.outcome === 'unknown')
    .map((e) => intents.get(e.key)!)
    .filter(Boolean)
}

export interface JournalOptions {
  file: string
  kioskId: string
  now: () => Date
}

/**
 * The electronic journal (as an ATM's EJ): an append-only JSON-lines file, one hash-chained entry per
 * line, each flushed to disk (fsync) before `append` returns, so an intent is on disk before the request
 * it announces leaves. A chain that does not verify at start-up is refused: the kiosk moves no money on
 * a journal it cannot trust.
 */
export function openJournal({ file, kioskId, now }: JournalOptions) {
  mkdirSync(dirname(file), { recursive: true })
  const checked = verifyJournalFile(file)
  if (!checked.ok) throw new Error(`journal ${file} is damaged at line ${checked.line}: ${checked.reason}`)
  const entries = checked.entries
  let prevHash = entries.at(-1)?.hash ?? GENESIS_HASH

  return {
    file,
    append(record: JournalRecord): JournalEntry {
      const body = {
        ...JournalRecordSchema.parse(record),
        seq: entries.length + 1,
        time: now().toISOString(),
        kiosk: kioskId,
        prevHash,
      }
      const entry = { ...body, hash: entryHash(prevHash, body) } as JournalEntry
      const fd = openSync(file, 'a')
      try {
        writeSync(fd, `${JSON.stringify(entry)}\n`)
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      entries.push(entry)
      prevHash = entry.hash
      return entry
    },
    entries: (): readonly JournalEntry[] => entries,
    pending: () => pendingIntents(entries),
    /** The latest outcome written for a key (undefined: none yet). */
    lastOutcome(key: string) {
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i]!
        if (e.key === key && e.type === 'outcome') return e.outcome
      }
      return undefined
    },
    hasIntent: (key: string) => entries.some((e) => e.type === 'intent' && e.key === key),
  }
}
export type Journal = ReturnType<typeof openJournal>
