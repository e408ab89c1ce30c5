import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { openJournal, verifyJournalFile, type JournalEntry } from '../../electron/services/payments/journal'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import {
  invariant,
  lastCode,
  payingDemos,
  signInMember,
  transfer as sandboxTransfer,
} from '../../sandbox/testing/payments'
import type { TransferDraft } from '../../shared/api/payments'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'

/** Transfers through the registry: renderer channels → PaymentsService → journal → real sandbox. */
describe('payments channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  const dataDir = () => join(sb.dir, 'kiosk')
  const maria = payingDemos('co').find((d) => d.idNumber === '52874193')!
  let accounts: { id: string }[] = []

  const start = (opts: { timeoutMs?: number } = {}) => {
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-PAY-1',
      api: { baseUrl: sb.url, timeoutMs: opts.timeoutMs ?? 3000, retries: 0 },
    })
    const logger = createLogger({ level: 'silent' })
    return createKioskServices({ config, emit: createEventHub().emit, logger, dataDir: dataDir() })
  }
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown, s = services) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await s.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>
  const journalPath = () => join(dataDir(), 'journal', 'electronic-journal.jsonl')
  const journalEntries = () => verifyJournalFile(journalPath())
  const draft = (amountMinor: number, reference: string): TransferDraft => ({
    originAccountId: accounts[0]!.id,
    destination: { kind: 'own', accountId: accounts[1]!.id },
    amount: { amountMinor, currency: 'COP' },
    reference,
  })
  const fault = (f: object) => sb.http.post('/sandbox/payments/faults', { route: 'transferExecute', ...f })
  async function authorized(d: TransferDraft, s = services) {
    const a = await call('payments.authorize', d, s)
    if (!a.ok) throw new Error(JSON.stringify(a.error))
    return { ...d, challengeId: a.data.challengeId, code: await lastCode(sb.http, maria.idNumber) }
  }
  const signIn = (s = services) =>
    call('auth.login', { idNumber: maria.idNumber, password: maria.password }, s)

  beforeAll(async () => {
    sb = await startTestSandbox({
      clock: testClock(new Date()),
      sendCooldownSeconds: 0,
      sendsPerDay: 1000,
      sessionTtlSeconds: 3600,
    })
    services = start()
    await services.ready
    expect((await signIn()).ok).toBe(true)
    const list = await call('payments.accounts', {})
    accounts = list.ok ? list.data.accounts : []
  })
  afterEach(() => sb.http.post('/sandbox/payments/faults/clear'))
  afterAll(async () => {
    await services.dispose()
    await sb.close()
  })

  it('refuses a transfer without a fresh code request (step-up), then completes one and journals it', async () => {
    const body = { ...draft(1_000_00, 'Sin código'), challengeId: 'x'.repeat(24), code: '123456' }
    expect(await call('payments.transfer', { ...body, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'VERIFICATION_REQUIRED' },
    })
    const key = randomUUID()
    const done = await call('payments.transfer', {
      ...(await authorized(draft(1_000_00, 'Ahorro'))),
      idempotencyKey: key,
    })
    expect(done).toMatchObject({ ok: true, data: { status: 'completed' } })
    const checked = journalEntries()
    expect(checked.ok).toBe(true)
    const mine = checked.entries.filter((e) => e.key === key)
    expect(mine.map((e) => e.type)).toEqual(['intent', 'outcome'])
    expect(mine[1]).toMatchObject({ outcome: 'completed', via: 'answer', kiosk: 'KIOSK-PAY-1' })
    // No secret, no token, no full account number on disk.
    const text = readFileSync(journalPath(), 'utf8')
    const numbers = sb.db.prepare("SELECT number FROM products WHERE kind = 'savings'").all() as {
      number: string
    }[]
    for (const { number } of numbers) expect(text).not.toContain(number)
    expect(text).not.toContain(maria.idNumber)
    expect(text).not.toMatch(/"code"|token|password/i)
    // The step-up was spent with the transfer.
    expect(await call('payments.transfer', { ...body, idempotencyKey: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'VERIFICATION_REQUIRED' },
    })
  })

  it('tells a refusal as an error and journals it as not applied; the same key then succeeds', async () => {
    const d = draft(2_000_00, 'Código malo')
    const body = await authorized(d)
    const key = randomUUID()
    const wrong = await call('payments.transfer', {
      ...body,
      code: body.code === '000000' ? '000001' : '000000',
      idempotencyKey: key,
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'CODE_INVALID', details: { attemptsLeft: 2 } } })
    expect(await call('payments.transfer', { ...body, idempotencyKey: key })).toMatchObject({
      ok: true,
      data: { status: 'completed' },
    })
    const outcomes = journalEntries().entries.filter((e) => e.key === key && e.type === 'outcome')
    expect(outcomes.map((e) => (e as { outcome: string }).outcome)).toEqual(['not_applied', 'completed'])
  })

  it.each([
    ['http500', 'after', 'completed'],
    ['reset', 'after', 'completed'],
    ['malformed', 'after', 'completed'],
    ['http500', 'before', 'not_applied'],
    ['reset', 'before', 'not_applied'],
  ] as const)('a %s %s applying: the member is told %s, and the ledger agrees', async (kind, phase, told) => {
    const d = draft(3_000_00, `Falla ${kind} ${phase}`)
    const body = await authorized(d)
    const before = await invariant(sb.http)
    const ops0 = (sb.db.prepare('SELECT count(*) AS n FROM payment_operations').get() as { n: number }).n
    await fault({ kind, phase })
    const key = randomUUID()
    const res = await call('payments.transfer', { ...body, idempotencyKey: key })
    expect(res).toMatchObject({ ok: true, data: { status: told } })
    const ops = (sb.db.prepare('SELECT count(*) AS n FROM payment_operations').get() as { n: number }).n
    expect(ops - ops0).toBe(told === 'completed' ? 1 : 0)
    expect((await invariant(sb.http)).holds).toBe(true)
    expect(before.holds).toBe(true)
    const last = journalEntries()
      .entries.filter((e) => e.key === key)
      .at(-1) as JournalEntry & { outcome: string }
    expect(last.outcome).toBe(told)
  })

  it('a timeout while the sandbox holds the request: "being confirmed", then settled by confirm', async () => {
    const slow = start({ timeoutMs: 500 })
    await slow.ready
    expect((await signIn(slow)).ok).toBe(true)
    const body = await authorized(draft(4_000_00, 'Lento'), slow)
    await fault({ kind: 'delay', phase: 'before', delayMs: 1500 })
    const key = randomUUID()
    expect(await call('payments.transfer', { ...body, idempotencyKey: key }, slow)).toMatchObject({
      ok: true,
      data: { status: 'pending', idempotencyKey: key },
    })
    await new Promise((r) => setTimeout(r, 1600))
    expect(await call('payments.confirm', { idempotencyKey: key }, slow)).toMatchObject({
      ok: true,
      data: { status: 'completed' },
    })
    await slow.dispose()
  })

  it('reconciles at start-up: a crash after the journal write settles by key before anyone is served', async () => {
    const file = join(sb.dir, 'crash', 'journal', 'electronic-journal.jsonl')
    // The crashed kiosk: an intent on disk, the request applied by the sandbox, no outcome written.
    const member = await signInMember(sb.http, maria)
    const applied = randomUUID()
    const lost = randomUUID()
    const j = openJournal({ file, kioskId: 'KIOSK-PAY-1', now: () => new Date() })
    const d = draft(5_000_00, 'Antes del fallo')
    for (const key of [applied, lost])
      j.append({
        type: 'intent',
        key,
        operation: 'transfer_own',
        member: '****4193',
        origin: '****0001',
        destination: '****0002',
        amount: d.amount,
        reference: d.reference,
      })
    const { receipt } = await sandboxTransfer(sb.http, member, d, applied)
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-PAY-1',
      api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
      journal: { file },
    })
    const restarted = createKioskServices({
      config,
      emit: () => {},
      logger: createLogger({ level: 'silent' }),
    })
    await restarted.ready
    const entries = verifyJournalFile(file)
    expect(entries.ok).toBe(true)
    const outcomeOf = (key: string) =>
      entries.entries.filter((e) => e.key === key && e.type === 'outcome') as (JournalEntry & {
        outcome: string
      })[]
    expect(outcomeOf(applied)).toMatchObject([
      { outcome: 'completed', via: 'reconciliation', receiptNumber: receipt.receiptNumber },
    ])
    expect(outcomeOf(lost)).toMatchObject([{ outcome: 'not_applied', via: 'reconciliation' }])
    // Nobody inherits the crashed session: the restarted kiosk holds no member.
    expect(await call('payments.accounts', {}, restarted)).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
    await restarted.dispose()
  })
})
