import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { openJournal } from '../../electron/services/payments/journal'
import { JOURNAL_CSV_HEADER } from '../../electron/services/payments/journal-csv'
import type { ServiceLogger } from '../../electron/services/logger'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { manualClock } from './helpers/manual-clock'

// The electronic journal from the maintenance screen, in main: a real journal file written by
// openJournal in the kiosk's data folder, verified and exported through the registry, against the sandbox.

const IT = demoStaff('it')
const KIOSK = 'KIOSK-EJ'
const cop = (amountMinor: number) => ({ amountMinor, currency: 'COP' as const })
const time = manualClock()
let sandbox: TestSandbox
const dirs: string[] = []

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: time.sandboxClock })
})
afterAll(async () => {
  await sandbox?.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const silent: ServiceLogger = { debug() {}, info() {}, warn() {}, error() {} }

/** A kiosk with its own data folder; the journal is written there as the payments feature would. */
async function kiosk() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-ej-'))
  dirs.push(dataDir)
  const config = KioskConfigSchema.parse({
    kioskId: KIOSK,
    api: { baseUrl: sandbox.url, timeoutMs: 3000, retries: 0 },
  })
  const services = createKioskServices({
    config,
    emit: () => undefined,
    logger: silent,
    clock: time.clock,
    dataDir,
  })
  await services.ready
  async function call<C extends InvokeChannel>(channel: C, payload: unknown = {}): Promise<IpcOutput<C>> {
    const raw = await services.registry.dispatch(channel, payload)
    const answer = envelopeSchema(IPC_CONTRACT[channel].output).parse(raw)
    if (!answer.ok) throw Object.assign(new Error(answer.error.code), answer.error)
    return answer.data as IpcOutput<C>
  }
  const file = join(dataDir, 'journal', 'electronic-journal.jsonl')
  return { services, call, dataDir, file, dispatch: services.registry.dispatch }
}

/** Two transfers: one completed, one whose answer never came (still pending). */
function writeJournal(file: string) {
  const j = openJournal({ file, kioskId: KIOSK, now: () => new Date('2026-03-15T12:00:00.000Z') })
  const intent = (key: string, reference: string) =>
    j.append({
      type: 'intent',
      key,
      operation: 'transfer_own',
      member: '****4321',
      origin: '****0001',
      destination: '****0002',
      amount: cop(150_000),
      reference,
    })
  intent('k-1', 'Arriendo, marzo "1"')
  j.append({
    type: 'outcome',
    key: 'k-1',
    outcome: 'completed',
    via: 'answer',
    receiptNumber: 'R-77',
    fee: cop(0),
  })
  intent('k-2', 'Cuota')
  return j.entries()
}

describe('the electronic journal on the maintenance screen', () => {
  it('is closed to anyone but IT', async () => {
    const k = await kiosk()
    try {
      for (const channel of ['maintenance.journalVerify', 'maintenance.journalExport'] as const)
        expect(await k.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    } finally {
      await k.services.dispose()
    }
  })

  it('verifies an intact chain: entries, head hash, pending; and exports it as CSV, never overwriting', async () => {
    const k = await kiosk()
    try {
      await k.call('maintenance.signIn', { username: IT.username, password: IT.password })
      expect(await k.call('maintenance.journalVerify')).toMatchObject({
        entries: 0,
        intact: true,
        broken: null,
        headHash: null,
        pending: 0,
      })
      const entries = writeJournal(k.file)
      expect(await k.call('maintenance.journalVerify')).toMatchObject({
        entries: 3,
        intact: true,
        broken: null,
        headHash: entries[2]!.hash,
        pending: 1,
      })

      const first = await k.call('maintenance.journalExport')
      expect(first).toMatchObject({ entries: 3, intact: true })
      expect(first.path.startsWith(join(k.dataDir, 'exports', `journal-${KIOSK}-`))).toBe(true)
      expect(first.path).toMatch(/-\d{8}T\d{6}Z\.csv$/)
      const lines = readFileSync(first.path, 'utf8').trimEnd().split('\n')
      expect(lines[0]).toBe(JOURNAL_CSV_HEADER)
      expect(lines).toHaveLength(4)
      // Quotes and commas survive (RFC 4180), amounts are minor units with their currency.
      expect(lines[1]).toBe(
        `1,2026-03-15T12:00:00.000Z,${KIOSK},intent,k-1,transfer_own,****4321,****0001,****0002,` +
          `"Arriendo, marzo ""1""",150000 COP,,,,,,${entries[0]!.hash}`,
      )
      expect(lines[2]).toBe(
        `2,2026-03-15T12:00:00.000Z,${KIOSK},outcome,k-1,,,,,,,0 COP,completed,answer,R-77,,${entries[1]!.hash}`,
      )

      // A second export in the same second gets a new name; the first file is left as it was.
      const before = readFileSync(first.path, 'utf8')
      const again = await k.call('maintenance.journalExport')
      expect(again.path).not.toBe(first.path)
      expect(readFileSync(first.path, 'utf8')).toBe(before)
      expect(readdirSync(join(k.dataDir, 'exports'))).toHaveLength(2)
    } finally {
      await k.services.dispose()
    }
  })

  it('names the first tampered line and why, and exports only the entries before it', async () => {
    const k = await kiosk()
    try {
      await k.call('maintenance.signIn', { username: IT.username, password: IT.password })
      writeJournal(k.file)
      // Someone lowers the amount of the second transfer's intent on disk.
      const lines = readFileSync(k.file, 'utf8').split('\n')
      lines[2] = lines[2]!.replace('"amountMinor":150000', '"amountMinor":15000')
      writeFileSync(k.file, lines.join('\n'))

      const check = await k.call('maintenance.journalVerify')
      expect(check).toMatchObject({ entries: 2, intact: false, broken: { line: 3, reason: 'hash' } })
      const out = await k.call('maintenance.journalExport')
      expect(out).toMatchObject({ entries: 2, intact: false })
      expect(readFileSync(out.path, 'utf8').trimEnd().split('\n')).toHaveLength(3)

      // A line that is not JSON at all.
      writeFileSync(k.file, `${lines.slice(0, 1).join('\n')}\n{not json\n`)
      expect(await k.call('maintenance.journalVerify')).toMatchObject({
        entries: 1,
        broken: { line: 2, reason: 'not_an_entry' },
      })
    } finally {
      await k.services.dispose()
    }
  })
})
