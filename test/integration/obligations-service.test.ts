import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { openJournal, verifyJournalFile, type JournalEntry } from '../../electron/services/payments/journal'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import { invariant, payingDemos, signInMember } from '../../sandbox/testing/payments'
import type { ObligationList, ObligationPaymentDraft } from '../../shared/api/obligations'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'

/** Obligation payments through the registry: renderer channels → ObligationsService → journal → real sandbox. */
describe('obligations channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  let obligations: ObligationList
  let accountId = ''
  const maria = payingDemos('co').find((d) => d.idNumber === '52874193')!
  const dataDir = () => join(sb.dir, 'kiosk')

  const start = (opts: { timeoutMs?: number } = {}) =>
    createKioskServices({
      config: KioskConfigSchema.parse({
        kioskId: 'KIOSK-OBL-1',
        api: { baseUrl: sb.url, timeoutMs: opts.timeoutMs ?? 3000, retries: 0 },
      }),
      emit: createEventHub().emit,
      logger: createLogger({ level: 'silent' }),
      dataDir: dataDir(),
    })
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown, s = services) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await s.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>
  const signIn = (s = services) =>
    call('auth.login', { idNumber: maria.idNumber, password: maria.password }, s)
  const entriesOf = (key: string) =>
    verifyJournalFile(join(dataDir(), 'journal', 'electronic-journal.jsonl')).entries.filter(
      (e) => e.key === key,
    )
  const fault = (f: object) => sb.http.post('/sandbox/payments/faults', { route: 'obligationPay', ...f })
  const savingsOf = () =>
    (sb.db.prepare('SELECT balance_minor AS b FROM products WHERE id = ?').get(accountId) as { b: number }).b
  const operations = () =>
    (sb.db.prepare('SELECT count(*) AS n FROM obligation_payments').get() as { n: number }).n
  const draft = (amountMinor: number): ObligationPaymentDraft => {
    const aportes = obligations.obligations.find((o) => o.concept === 'Ahorros permanentes')!
    return {
      mode: 'individual',
      lines: [{ obligationId: aportes.id, amount: { amountMinor, currency: 'COP' } }],
      sources: [{ kind: 'savings', accountId, amount: { amountMinor, currency: 'COP' } }],
    }
  }

  beforeAll(async () => {
    sb = await startTestSandbox({ clock: testClock(new Date()), sessionTtlSeconds: 3600 })
    services = start()
    await services.ready
    expect((await signIn()).ok).toBe(true)
    const list = await call('obligations.list', {})
    if (!list.ok) throw new Error(JSON.stringify(list.error))
    obligations = list.data
    const accounts = await call('payments.accounts', {})
    accountId = accounts.ok ? accounts.data.accounts[0]!.id : ''
  })
  afterEach(() => sb.http.post('/sandbox/payments/faults/clear'))
  afterAll(async () => {
    await services.dispose()
    await sb.close()
  })

  it('checks the requirements, pays once and journals intent then outcome (masked, no full numbers)', async () => {
    const req = await call('obligations.requirements', draft(1_000_00))
    expect(req).toMatchObject({ ok: true, data: { met: true } })
    const key = randomUUID()
    const before = savingsOf()
    const done = await call('obligations.pay', { ...draft(1_000_00), idempotencyKey: key })
    expect(done).toMatchObject({ ok: true, data: { status: 'completed' } })
    const mine = entriesOf(key)
    expect(mine.map((e) => e.type)).toEqual(['intent', 'outcome'])
    expect(mine[0]).toMatchObject({
      operation: 'obligation_payment',
      origin: expect.stringMatching(/^\*{4}\d{4}$/),
    })
    expect(savingsOf()).toBe(before - 1_000_00)
    // A retry with the same key replays: one debit.
    expect(await call('obligations.pay', { ...draft(1_000_00), idempotencyKey: key })).toMatchObject({
      ok: true,
      data: { status: 'completed' },
    })
    expect(savingsOf()).toBe(before - 1_000_00)
  })

  it('a refusal (not enough balance) is an error, journaled as not applied, nothing debited', async () => {
    const key = randomUUID()
    const before = savingsOf()
    const loan = obligations.obligations.find((o) => o.kind === 'loan')!
    const tooMuch = { amountMinor: before + 100, currency: 'COP' as const }
    expect(loan.maxAmount.amountMinor).toBeGreaterThan(tooMuch.amountMinor)
    const res = await call('obligations.pay', {
      mode: 'individual',
      lines: [{ obligationId: loan.id, amount: tooMuch }],
      sources: [{ kind: 'savings', accountId, amount: tooMuch }],
      idempotencyKey: key,
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_FUNDS' } })
    expect(entriesOf(key).at(-1)).toMatchObject({ outcome: 'not_applied', via: 'answer' })
    expect(savingsOf()).toBe(before)
  })

  it.each([
    ['http500', 'before', 'not_applied'],
    ['http500', 'after', 'completed'],
    ['reset', 'after', 'completed'],
    ['malformed', 'after', 'completed'],
    ['reset', 'before', 'not_applied'],
  ] as const)('a %s %s applying: the member is told %s, one debit at most', async (kind, phase, told) => {
    const before = savingsOf()
    const ops0 = operations()
    await fault({ kind, phase })
    const key = randomUUID()
    const res = await call('obligations.pay', { ...draft(500_00), idempotencyKey: key })
    expect(res).toMatchObject({ ok: true, data: { status: told } })
    expect(operations() - ops0).toBe(told === 'completed' ? 1 : 0)
    expect(savingsOf()).toBe(before - (told === 'completed' ? 500_00 : 0))
    expect((await invariant(sb.http)).holds).toBe(true)
    expect((entriesOf(key).at(-1) as JournalEntry & { outcome: string }).outcome).toBe(told)
    // Trying again with the same key never pays twice.
    await call('obligations.pay', { ...draft(500_00), idempotencyKey: key })
    expect(savingsOf()).toBe(before - 500_00)
  })

  it('a timeout after applying: told done from the look-up by key, confirm agrees; a single debit', async () => {
    const slow = start({ timeoutMs: 500 })
    await slow.ready
    expect((await signIn(slow)).ok).toBe(true)
    const before = savingsOf()
    await fault({ kind: 'timeout', phase: 'after', delayMs: 1500 })
    const key = randomUUID()
    const res = await call('obligations.pay', { ...draft(700_00), idempotencyKey: key }, slow)
    // The answer timed out, but the payment was applied first: the look-up by key finds it done.
    expect(res).toMatchObject({ ok: true, data: { status: 'completed' } })
    expect(entriesOf(key).filter((e) => e.type === 'outcome')).toMatchObject([
      { outcome: 'completed', via: 'reconciliation' },
    ])
    await new Promise((r) => setTimeout(r, 1600))
    expect(await call('obligations.confirm', { idempotencyKey: key }, slow)).toMatchObject({
      ok: true,
      data: { status: 'completed' },
    })
    expect(savingsOf()).toBe(before - 700_00)
    expect(
      entriesOf(key)
        .filter((e) => e.type === 'outcome')
        .at(-1),
    ).toMatchObject({ outcome: 'completed' })
    await slow.dispose()
  })

  it('a delay that outlasts the kiosk before applying: "being confirmed", then confirm settles it once', async () => {
    const slow = start({ timeoutMs: 500 })
    await slow.ready
    expect((await signIn(slow)).ok).toBe(true)
    const before = savingsOf()
    await fault({ kind: 'delay', phase: 'before', delayMs: 1500 })
    const key = randomUUID()
    expect(await call('obligations.pay', { ...draft(800_00), idempotencyKey: key }, slow)).toMatchObject({
      ok: true,
      data: { status: 'pending', idempotencyKey: key },
    })
    expect(entriesOf(key).at(-1)).toMatchObject({ outcome: 'unknown' })
    await new Promise((r) => setTimeout(r, 1600))
    expect(await call('obligations.confirm', { idempotencyKey: key }, slow)).toMatchObject({
      ok: true,
      data: { status: 'completed' },
    })
    expect(savingsOf()).toBe(before - 800_00)
    await slow.dispose()
  })

  it('a crash after the journal write: start-up reconciliation settles the payment by key', async () => {
    const file = join(sb.dir, 'crash', 'journal', 'electronic-journal.jsonl')
    const member = await signInMember(sb.http, maria)
    const applied = randomUUID()
    const j = openJournal({ file, kioskId: 'KIOSK-OBL-1', now: () => new Date() })
    j.append({
      type: 'intent',
      key: applied,
      operation: 'obligation_payment',
      member: '****4193',
      origin: '****0001',
      destination: '1 - ****0002',
      amount: { amountMinor: 300_00, currency: 'COP' },
      reference: 'Pago de obligaciones',
    })
    const paid = await sb.http.post('/v1/payments/obligations/payments', draft(300_00), {
      token: member.token,
      headers: { 'idempotency-key': applied },
    })
    expect(paid.status).toBe(200)
    const restarted = createKioskServices({
      config: KioskConfigSchema.parse({
        kioskId: 'KIOSK-OBL-1',
        api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
        journal: { file },
      }),
      emit: () => {},
      logger: createLogger({ level: 'silent' }),
    })
    await restarted.ready
    const entries = verifyJournalFile(file)
    expect(entries.ok).toBe(true)
    expect(entries.entries.filter((e) => e.key === applied && e.type === 'outcome')).toMatchObject([
      {
        outcome: 'completed',
        via: 'reconciliation',
        receiptNumber: paid.json<{ receiptNumber: string }>().receiptNumber,
      },
    ])
    // The next member does not inherit anything.
    expect(await call('obligations.list', {}, restarted)).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
    await restarted.dispose()
  })
})
