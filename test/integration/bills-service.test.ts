import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { openJournal, verifyJournalFile, type JournalEntry } from '../../electron/services/payments/journal'
import { cardNumberFor, contractFor, payBill, receiptOf } from '../../sandbox/testing/bills'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import { invariant, lastCode, payingDemos, signInMember } from '../../sandbox/testing/payments'
import { KioskConfigSchema, type KioskConfigInput } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from './support/fake-printer'

/** Bills and card payments through the registry: channels → BillsService → journal → real sandbox. */
describe('bills channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  let printer: FakePrinter
  const maria = payingDemos('co').find((d) => d.idNumber === '52874193')!
  let accounts: { id: string; maskedNumber: string }[] = []
  const dataDir = () => join(sb.dir, 'kiosk')
  const journalPath = () => join(dataDir(), 'journal', 'electronic-journal.jsonl')

  const start = (printerConfig: KioskConfigInput['printer'] = { kind: 'none' }) =>
    createKioskServices({
      config: KioskConfigSchema.parse({
        kioskId: 'KIOSK-BILLS-1',
        api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
        printer: printerConfig,
      }),
      emit: () => {},
      logger: createLogger({ level: 'silent' }),
      dataDir: dataDir(),
    })
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown, s = services) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await s.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>
  const ok = async <C extends InvokeChannel>(channel: C, payload: unknown, s = services) => {
    const env = await call(channel, payload, s)
    if (!env.ok) throw new Error(`${channel}: ${JSON.stringify(env.error)}`)
    return env.data
  }
  const fault = (route: string, f: object) => sb.http.post('/sandbox/payments/faults', { route, ...f })
  const lastOutcome = (key: string) =>
    (
      verifyJournalFile(journalPath())
        .entries.filter((e) => e.key === key)
        .at(-1) as JournalEntry & {
        outcome?: string
      }
    )?.outcome

  async function register(billerId: string, stem: string) {
    const draft = {
      billerId,
      contractNumber: contractFor('co', billerId, stem),
      debitAccountId: accounts[0]!.id,
    }
    const { challengeId } = await ok('bills.authorizeService', draft)
    return ok('bills.addService', { ...draft, challengeId, code: await lastCode(sb.http, maria.idNumber) })
  }

  beforeAll(async () => {
    sb = await startTestSandbox({
      clock: testClock(new Date()),
      sendCooldownSeconds: 0,
      sendsPerDay: 1000,
      otpResendSeconds: 0,
      sessionTtlSeconds: 3600,
    })
    printer = await startFakePrinter()
    services = start({ kind: 'tcp', url: printer.url, columns: 48 })
    await services.ready
    expect((await call('auth.login', { idNumber: maria.idNumber, password: maria.password })).ok).toBe(true)
    accounts = (await ok('payments.accounts', {})).accounts
  })
  afterEach(() => sb.http.post('/sandbox/payments/faults/clear'))
  afterAll(async () => {
    await services.dispose()
    await printer.close()
    await sb.close()
  })

  it('registers a service only after its code request (step-up), pays it, journals it and prints its receipt', async () => {
    const draft = {
      billerId: 'epm-energia',
      contractNumber: contractFor('co', 'epm-energia', '6060'),
      debitAccountId: accounts[0]!.id,
    }
    expect(
      await call('bills.addService', { ...draft, challengeId: 'x'.repeat(24), code: '123456' }),
    ).toMatchObject({ ok: false, error: { code: 'VERIFICATION_REQUIRED' } })
    const { challengeId } = await ok('bills.authorizeService', draft)
    const service = await ok('bills.addService', {
      ...draft,
      challengeId,
      code: await lastCode(sb.http, maria.idNumber),
    })
    await ok('bills.services', {})
    const key = randomUUID()
    const paid = await ok('bills.pay', {
      serviceId: service.id,
      originAccountId: accounts[0]!.id,
      amount: service.amountDue!,
      idempotencyKey: key,
    })
    expect(paid).toMatchObject({ status: 'completed', receipt: { kind: 'bill', automatic: false } })
    const mine = verifyJournalFile(journalPath()).entries.filter((e) => e.key === key)
    expect(mine.map((e) => e.type)).toEqual(['intent', 'outcome'])
    expect(mine[0]).toMatchObject({
      operation: 'bill',
      destination: service.maskedContract,
      origin: accounts[0]!.maskedNumber,
    })
    expect(JSON.stringify(mine)).not.toContain(draft.contractNumber)
    if (paid.status !== 'completed') throw new Error('not completed')
    expect(
      await ok('print.receipt', {
        document: { kind: 'bill', receiptNumber: paid.receipt.receiptNumber },
        language: 'es',
      }),
    ).toMatchObject({ status: 'printed' })
    const slip = decodeEscPos((await printer.waitForJobs(1))[0]!)
    const text = slip.lines.map((l) => l.text).join('\n')
    expect(text).toContain('Comprobante de pago')
    expect(text).toContain('EPM Energía')
    expect(text).toContain(paid.receipt.receiptNumber)
    expect(slip.qr).toEqual([paid.receipt.verificationCode])
  })

  it("refuses a service that is not the member's before anything is journaled", async () => {
    const key = randomUUID()
    const res = await call('bills.pay', {
      serviceId: 'not-a-service-of-hers',
      originAccountId: accounts[0]!.id,
      amount: { amountMinor: 1_000_000, currency: 'COP' },
      idempotencyKey: key,
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(verifyJournalFile(journalPath()).entries.filter((e) => e.key === key)).toEqual([])
  })

  /** A money flow's body ready to pay: a fresh top-up service, or a fresh other bank's card. */
  let stems = 0
  async function payable(route: 'billPay' | 'cardPay') {
    const n = String(++stems).padStart(3, '0')
    if (route === 'billPay') {
      const service = await register('movistar-recarga', n)
      await ok('bills.services', {})
      return {
        channel: 'bills.pay' as const,
        target: service.id,
        body: {
          serviceId: service.id,
          originAccountId: accounts[0]!.id,
          amount: { amountMinor: 1_000_000, currency: 'COP' },
        },
      }
    }
    const draft = { bankId: 'banco-bogota', cardNumber: cardNumberFor(`52${n}`) }
    const { challengeId } = await ok('bills.authorizeCard', draft)
    const card = await ok('bills.addCard', {
      ...draft,
      challengeId,
      code: await lastCode(sb.http, maria.idNumber),
    })
    await ok('bills.cardOptions', {})
    return {
      channel: 'bills.payCard' as const,
      target: card.id,
      body: {
        originAccountId: accounts[0]!.id,
        card: { kind: 'other', cardId: card.id },
        amount: { amountMinor: 1_000_000, currency: 'COP' },
      },
    }
  }

  // Each money flow × each fault, before and after applying: told honestly, journaled, never doubled.
  const FAULTS = [
    ['http500', 'after', 'completed'],
    ['reset', 'after', 'completed'],
    ['malformed', 'after', 'completed'],
    ['http500', 'before', 'not_applied'],
    ['reset', 'before', 'not_applied'],
    ['malformed', 'before', 'not_applied'],
  ] as const
  it.each((['billPay', 'cardPay'] as const).flatMap((route) => FAULTS.map((f) => [route, ...f] as const)))(
    '%s with %s %s applying is told %s, a retry never pays twice, and the ledger agrees',
    async (route, kind, phase, told) => {
      const { channel, target, body } = await payable(route)
      const before = await invariant(sb.http)
      await fault(route, { kind, phase })
      const key = randomUUID()
      expect(await ok(channel, { ...body, idempotencyKey: key })).toMatchObject({ status: told })
      expect(lastOutcome(key)).toBe(told)
      const applied = () =>
        (
          sb.db.prepare('SELECT count(*) AS n FROM bill_operations WHERE target_id = ?').get(target) as {
            n: number
          }
        ).n
      expect(applied()).toBe(told === 'completed' ? 1 : 0)
      // A retry with the same key never pays twice.
      expect(await ok(channel, { ...body, idempotencyKey: key })).toMatchObject({ status: 'completed' })
      expect(applied()).toBe(1)
      expect(before.holds).toBe(true)
      expect((await invariant(sb.http)).holds).toBe(true)
    },
  )

  it('a timeout while the sandbox holds the payment: "being confirmed", then settled by confirm', async () => {
    const slow = createKioskServices({
      config: KioskConfigSchema.parse({
        kioskId: 'KIOSK-BILLS-2',
        api: { baseUrl: sb.url, timeoutMs: 500, retries: 0 },
      }),
      emit: () => {},
      logger: createLogger({ level: 'silent' }),
      dataDir: join(sb.dir, 'slow'),
    })
    await slow.ready
    expect((await call('auth.login', { idNumber: maria.idNumber, password: maria.password }, slow)).ok).toBe(
      true,
    )
    const { services: list } = await ok('bills.services', {}, slow)
    const topup = list.find((s) => s.biller.kind === 'topup')!
    await fault('billPay', { kind: 'delay', phase: 'before', delayMs: 1500 })
    const key = randomUUID()
    const body = {
      serviceId: topup.id,
      originAccountId: accounts[0]!.id,
      amount: { amountMinor: 700_000, currency: 'COP' },
    }
    expect(await ok('bills.pay', { ...body, idempotencyKey: key }, slow)).toMatchObject({ status: 'pending' })
    await new Promise((r) => setTimeout(r, 1700))
    expect(await ok('bills.confirm', { idempotencyKey: key }, slow)).toMatchObject({ status: 'completed' })
    await slow.dispose()
  })

  it("pays the cooperative's card with a 500 after applying: told done, the card page shows it once", async () => {
    const options = await ok('bills.cardOptions', {})
    const card = options.own[0]!
    await fault('cardPay', { kind: 'http500', phase: 'after' })
    const key = randomUUID()
    const body = {
      originAccountId: accounts[0]!.id,
      card: { kind: 'own', productId: card.productId, option: 'minimum' },
      amount: card.minimum,
      idempotencyKey: key,
    }
    const paid = await ok('bills.payCard', body)
    expect(paid).toMatchObject({ status: 'completed', receipt: { kind: 'card_own' } })
    expect(await ok('bills.payCard', body)).toMatchObject({ status: 'completed' })
    const detail = await ok('products.detail', { productId: card.productId })
    expect(detail.balance.amountMinor).toBe(card.total.amountMinor - card.minimum.amountMinor)
  })

  it("registers another bank's card (its own step-up) and pays it; a refusal is journaled as not applied", async () => {
    const draft = { bankId: 'davivienda', cardNumber: cardNumberFor('5280') }
    // A service's code does not open the card's step-up.
    await ok('bills.authorizeService', {
      billerId: 'vanti-gas',
      contractNumber: contractFor('co', 'vanti-gas', '1111'),
      debitAccountId: accounts[0]!.id,
    })
    expect(
      await call('bills.addCard', { ...draft, challengeId: 'x'.repeat(24), code: '123456' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VERIFICATION_REQUIRED' },
    })
    const { challengeId, authorises } = await ok('bills.authorizeCard', draft)
    expect(authorises).toMatchObject({ purpose: 'card', bankName: 'Davivienda' })
    const card = await ok('bills.addCard', {
      ...draft,
      challengeId,
      code: await lastCode(sb.http, maria.idNumber),
    })
    await ok('bills.cardOptions', {})
    const key = randomUUID()
    const tooMuch = await call('bills.payCard', {
      originAccountId: accounts[0]!.id,
      card: { kind: 'other', cardId: card.id },
      amount: { amountMinor: 900_000_000_00, currency: 'COP' },
      idempotencyKey: key,
    })
    expect(tooMuch).toMatchObject({ ok: false })
    expect(lastOutcome(key)).toBe('not_applied')
    const paid = await ok('bills.payCard', {
      originAccountId: accounts[0]!.id,
      card: { kind: 'other', cardId: card.id },
      amount: { amountMinor: 2_000_000, currency: 'COP' },
      idempotencyKey: randomUUID(),
    })
    expect(paid).toMatchObject({
      status: 'completed',
      receipt: { kind: 'card_other', fee: { amountMinor: 350_000 } },
    })
  })

  it('schedules and cancels an automatic payment behind its code', async () => {
    const service = await register('claro-hogar', '4545')
    const draft = { serviceId: service.id, originAccountId: accounts[0]!.id, dayOfMonth: 10 }
    const { challengeId } = await ok('bills.authorizeSchedule', draft)
    const schedule = await ok('bills.addSchedule', {
      ...draft,
      challengeId,
      code: await lastCode(sb.http, maria.idNumber),
    })
    expect((await ok('bills.schedules', {})).schedules.map((s) => s.id)).toContain(schedule.id)
    expect(await ok('bills.cancelSchedule', { id: schedule.id })).toMatchObject({ status: 'cancelled' })
    expect((await ok('bills.schedules', {})).schedules.map((s) => s.id)).not.toContain(schedule.id)
  })

  it('reconciles a crashed bill payment at start-up: applied → completed, lost → not applied', async () => {
    const file = join(sb.dir, 'crash', 'journal', 'electronic-journal.jsonl')
    const member = await signInMember(sb.http, maria)
    const service = await register('tigo-recarga', '77')
    const applied = randomUUID()
    const lost = randomUUID()
    const j = openJournal({ file, kioskId: 'KIOSK-BILLS-1', now: () => new Date() })
    const amount = { amountMinor: 500_000, currency: 'COP' as const }
    for (const key of [applied, lost])
      j.append({
        type: 'intent',
        key,
        operation: 'topup',
        member: '****4193',
        origin: '****0001',
        destination: service.maskedContract,
        amount,
        reference: 'Tigo recargas',
      })
    const receipt = receiptOf(
      await payBill(
        sb.http,
        member.token,
        { serviceId: service.id, originAccountId: accounts[0]!.id, amount },
        applied,
      ),
    )
    const restarted = createKioskServices({
      config: KioskConfigSchema.parse({
        kioskId: 'KIOSK-BILLS-1',
        api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
        journal: { file },
      }),
      emit: () => {},
      logger: createLogger({ level: 'silent' }),
    })
    await restarted.ready
    const entries = verifyJournalFile(file).entries
    const outcomes = (key: string) => entries.filter((e) => e.key === key && e.type === 'outcome')
    expect(outcomes(applied)).toMatchObject([
      { outcome: 'completed', via: 'reconciliation', receiptNumber: receipt.receiptNumber },
    ])
    expect(outcomes(lost)).toMatchObject([{ outcome: 'not_applied', via: 'reconciliation' }])
    expect(await call('bills.services', {}, restarted)).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    })
    await restarted.dispose()
  })
})
