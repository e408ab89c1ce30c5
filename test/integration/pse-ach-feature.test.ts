import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { verifyJournalFile } from '../../electron/services/payments/journal'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import { invariant, lastCode, payingDemos } from '../../sandbox/testing/payments'
import type { AchDraft } from '../../shared/api/ach'
import type { PsePayment } from '../../shared/api/pse'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'

/** PSE and ACH through the registry: renderer channels → main's services → journal → real sandbox. */
describe('PSE and ACH channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  const dataDir = (name = 'kiosk') => join(sb.dir, name)
  const maria = payingDemos('co').find((d) => d.idNumber === '52874193')!
  let accountId = ''

  // Each kiosk its own data folder: one journal file has one writer.
  const start = (timeoutMs = 3000, folder = 'kiosk') => {
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-PSE-1',
      api: { baseUrl: sb.url, timeoutMs, retries: 0 },
    })
    const logger = createLogger({ level: 'silent' })
    return createKioskServices({ config, emit: createEventHub().emit, logger, dataDir: dataDir(folder) })
  }
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown, s = services) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await s.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>
  const data = <T>(e: Envelope<T>): T => {
    if (!e.ok) throw new Error(JSON.stringify(e.error))
    return e.data
  }
  const journalPath = (folder = 'kiosk') => join(dataDir(folder), 'journal', 'electronic-journal.jsonl')
  const entriesOf = (key: string, folder = 'kiosk') => {
    const checked = verifyJournalFile(journalPath(folder))
    expect(checked.ok).toBe(true)
    return checked.entries.filter((e) => e.key === key)
  }
  const fault = (route: string, f: object) => sb.http.post('/sandbox/payments/faults', { route, ...f })
  const pseDraft = (amountMinor = 5_000_000) => ({ accountId, amount: { amountMinor, currency: 'COP' } })
  const decide = (p: PsePayment, decision: string) =>
    fetch(`${p.checkoutUrl}/${decision}`, { method: 'POST' })
  const signIn = (s = services) =>
    call('auth.login', { idNumber: maria.idNumber, password: maria.password }, s)
  const balance = () =>
    (
      sb.db.prepare('SELECT balance_minor FROM products WHERE id = ?').get(accountId) as {
        balance_minor: number
      }
    ).balance_minor

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
    accountId = data(await call('payments.accounts', {})).accounts[0]!.id
  })
  afterEach(() => sb.http.post('/sandbox/payments/faults/clear'))
  afterAll(async () => {
    await services.dispose()
    await sb.close()
  })

  describe('PSE', () => {
    it('creates a payment, follows it to approved and journals intent then completed with the receipt', async () => {
      const key = randomUUID()
      const created = data(await call('pse.create', { ...pseDraft(), idempotencyKey: key }))
      expect(created.status).toBe('created')
      if (created.status !== 'created') return
      expect(entriesOf(key).map((e) => e.type)).toEqual(['intent'])
      expect(entriesOf(key)[0]).toMatchObject({ operation: 'pse_topup', origin: 'PSE' })
      const before = balance()
      await decide(created.payment, 'approve')
      const done = data(await call('pse.status', { paymentId: created.payment.paymentId }))
      expect(done.status).toBe('approved')
      expect(balance()).toBe(before + 5_000_000)
      const outcome = entriesOf(key)[1]
      expect(outcome).toMatchObject({ outcome: 'completed', receiptNumber: done.receipt!.receiptNumber })
      // Polling again writes nothing more.
      await call('pse.status', { paymentId: created.payment.paymentId })
      expect(entriesOf(key)).toHaveLength(2)
      expect(readFileSync(journalPath(), 'utf8')).not.toContain(maria.idNumber)
    })

    it('a rejected or cancelled payment is journaled as not applied; a pending one stays open', async () => {
      const rejectedKey = randomUUID()
      const r = data(await call('pse.create', { ...pseDraft(), idempotencyKey: rejectedKey }))
      if (r.status !== 'created') throw new Error('not created')
      await decide(r.payment, 'reject')
      expect(data(await call('pse.status', { paymentId: r.payment.paymentId })).status).toBe('rejected')
      expect(entriesOf(rejectedKey).at(-1)).toMatchObject({
        outcome: 'not_applied',
        errorCode: 'PSE_REJECTED',
      })

      const cancelKey = randomUUID()
      const c = data(await call('pse.create', { ...pseDraft(), idempotencyKey: cancelKey }))
      if (c.status !== 'created') throw new Error('not created')
      expect(data(await call('pse.cancel', { paymentId: c.payment.paymentId })).status).toBe('cancelled')
      expect(entriesOf(cancelKey).at(-1)).toMatchObject({
        outcome: 'not_applied',
        errorCode: 'PSE_CANCELLED',
      })

      const pendingKey = randomUUID()
      const p = data(await call('pse.create', { ...pseDraft(), idempotencyKey: pendingKey }))
      if (p.status !== 'created') throw new Error('not created')
      await decide(p.payment, 'pending')
      expect(data(await call('pse.status', { paymentId: p.payment.paymentId })).status).toBe('pending')
      expect(entriesOf(pendingKey).map((e) => e.type)).toEqual(['intent'])
    })

    it("refuses another member's account before journaling anything", async () => {
      const key = randomUUID()
      const res = await call('pse.create', {
        accountId: 'nope-1',
        amount: pseDraft().amount,
        idempotencyKey: key,
      })
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(entriesOf(key)).toHaveLength(0)
    })

    for (const kind of ['http500', 'reset', 'malformed'] as const)
      for (const phase of ['before', 'after'] as const)
        it(`creation with a fault (${kind} ${phase}): told honestly, one payment at most, settled by key`, async () => {
          await fault('pseCreate', { kind, phase })
          const key = randomUUID()
          const res = data(await call('pse.create', { ...pseDraft(), idempotencyKey: key }))
          const count = () =>
            (
              sb.db.prepare('SELECT count(*) AS n FROM pse_payments WHERE idempotency_key = ?').get(key) as {
                n: number
              }
            ).n
          if (phase === 'before') {
            expect(res).toEqual({ status: 'not_created', idempotencyKey: key })
            expect(count()).toBe(0)
            expect(entriesOf(key).at(-1)).toMatchObject({ outcome: 'not_applied' })
            // The same key then creates it.
            expect(data(await call('pse.create', { ...pseDraft(), idempotencyKey: key })).status).toBe(
              'created',
            )
          } else expect(res.status).toBe('created')
          expect(count()).toBe(1)
        })

    it('a creation that times out is unconfirmed, then confirmed by key; start-up reconciliation settles the rest', async () => {
      const slow = start(500, 'slow-kiosk')
      await slow.ready
      expect((await signIn(slow)).ok).toBe(true)
      await fault('pseCreate', { kind: 'delay', phase: 'before', delayMs: 1500 })
      // The look-up by key answers while the first request is still being applied: unconfirmed, not "not created".
      const key = randomUUID()
      const res = data(await call('pse.create', { ...pseDraft(), idempotencyKey: key }, slow))
      expect(res.status).toBe('unconfirmed')
      expect(entriesOf(key, 'slow-kiosk').at(-1)).toMatchObject({ outcome: 'unknown' })
      await new Promise((r) => setTimeout(r, 1500))
      const again = data(await call('pse.confirm', { idempotencyKey: key }, slow))
      expect(again.status).toBe('created')
      if (again.status !== 'created') return
      await decide(again.payment, 'approve')
      await slow.dispose()
      // A new start (the kiosk restarted) reconciles the open entry before serving.
      const restarted = start(3000, 'slow-kiosk')
      await restarted.ready
      expect(entriesOf(key, 'slow-kiosk').at(-1)).toMatchObject({
        outcome: 'completed',
        via: 'reconciliation',
      })
      await restarted.dispose()
      expect((await invariant(sb.http)).holds).toBe(true)
    })
  })

  describe('ACH', () => {
    const achDraft = (accountNumber = '4455667788'): AchDraft => ({
      originAccountId: accountId,
      destination: { bankCode: '1007', accountType: 'savings', accountNumber, holderId: '1017223344' },
      amount: { amountMinor: 2_000_000, currency: 'COP' },
      reference: 'Arriendo',
    })
    async function authorized(d: AchDraft) {
      const a = data(await call('ach.authorize', d))
      return { ...d, challengeId: a.challengeId, code: await lastCode(sb.http, maria.idNumber) }
    }

    it('needs the code first; sends, journals transfer_bank and shows pending clearing', async () => {
      const noCode = {
        ...achDraft(),
        challengeId: 'x'.repeat(24),
        code: '123456',
        idempotencyKey: randomUUID(),
      }
      expect(await call('ach.transfer', noCode)).toMatchObject({
        ok: false,
        error: { code: 'VERIFICATION_REQUIRED' },
      })
      const key = randomUUID()
      const done = data(
        await call('ach.transfer', { ...(await authorized(achDraft())), idempotencyKey: key }),
      )
      expect(done.status).toBe('completed')
      if (done.status !== 'completed') return
      expect(done.receipt.clearing).toEqual({ status: 'pending' })
      expect(entriesOf(key)[0]).toMatchObject({
        operation: 'transfer_bank',
        destination: 'Bancolombia ****7788',
      })
      expect(entriesOf(key)[1]).toMatchObject({
        outcome: 'completed',
        receiptNumber: done.receipt.receiptNumber,
      })
    })

    for (const kind of ['http500', 'reset', 'malformed'] as const)
      it(`a fault after applying (${kind}) is settled by key: completed once, never twice`, async () => {
        await fault('achExecute', { kind, phase: 'after' })
        const key = randomUUID()
        const before = balance()
        const body = { ...(await authorized(achDraft())), idempotencyKey: key }
        const res = data(await call('ach.transfer', body))
        expect(res.status).toBe('completed')
        const retry = data(await call('ach.transfer', body))
        expect(retry.status).toBe('completed')
        expect(balance()).toBe(before - 2_000_000 - 450_000)
      })

    it('no answer in time (held before applying) is "being confirmed", then confirmed by key as done', async () => {
      const slow = start(500, 'slow-ach')
      await slow.ready
      expect((await signIn(slow)).ok).toBe(true)
      await fault('achExecute', { kind: 'delay', phase: 'before', delayMs: 1500 })
      const a = data(await call('ach.authorize', achDraft(), slow))
      const body = {
        ...achDraft(),
        challengeId: a.challengeId,
        code: await lastCode(sb.http, maria.idNumber),
      }
      const key = randomUUID()
      const before = balance()
      expect(data(await call('ach.transfer', { ...body, idempotencyKey: key }, slow))).toEqual({
        status: 'pending',
        idempotencyKey: key,
      })
      expect(entriesOf(key, 'slow-ach').at(-1)).toMatchObject({ outcome: 'unknown' })
      await new Promise((r) => setTimeout(r, 1600))
      expect(data(await call('ach.confirm', { idempotencyKey: key }, slow)).status).toBe('completed')
      expect(balance()).toBe(before - 2_000_000 - 450_000)
      expect(entriesOf(key, 'slow-ach').at(-1)).toMatchObject({ outcome: 'completed', via: 'reconciliation' })
      await slow.dispose()
    })

    it('a fault before applying is not applied and moves nothing', async () => {
      await fault('achExecute', { kind: 'http500', phase: 'before' })
      const before = balance()
      const res = data(
        await call('ach.transfer', { ...(await authorized(achDraft())), idempotencyKey: randomUUID() }),
      )
      expect(res.status).toBe('not_applied')
      expect(balance()).toBe(before)
    })
  })
})
