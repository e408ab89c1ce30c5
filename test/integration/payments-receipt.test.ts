import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { lastCode, payingDemos } from '../../sandbox/testing/payments'
import { KioskConfigSchema, type KioskConfigInput } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { freePort, startFakePrinter, type FakePrinter } from './support/fake-printer'

// A transfer's thermal receipt: real sandbox, real services and registry, a real TCP printer.
const MARIA = payingDemos('co').find((d) => d.idNumber === '52874193')!
const OTHER = payingDemos('co').find((d) => d.idNumber === '80123456')!
let sandbox: TestSandbox
let printer: FakePrinter

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock(), sendCooldownSeconds: 0 })
  printer = await startFakePrinter()
})
afterAll(async () => {
  await printer.close()
  await sandbox.close()
})

function kiosk(printerConfig: KioskConfigInput['printer'], dataDir: string) {
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-PAY',
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
    api: { baseUrl: sandbox.url, timeoutMs: 5000, retries: 0 },
    printer: printerConfig,
  })
  const services = createKioskServices({
    config,
    emit: () => {},
    logger: createLogger({ level: 'silent' }),
    dataDir,
  })
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown): Promise<IpcOutput<C>> => {
    const env = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!env.ok) throw Object.assign(new Error(env.error.code), { code: env.error.code })
    return env.data as IpcOutput<C>
  }
  return { services, call }
}

async function transferTo(k: ReturnType<typeof kiosk>) {
  const { accounts } = await k.call('payments.accounts', {})
  const number = (
    sandbox.db
      .prepare(
        "SELECT p.number FROM products p JOIN members m ON m.id = p.member_id WHERE m.id_number = ? AND p.kind = 'savings' ORDER BY p.sort_order LIMIT 1",
      )
      .get(OTHER.idNumber) as { number: string }
  ).number
  const draft = {
    originAccountId: accounts[0]!.id,
    destination: {
      kind: 'member' as const,
      member: { by: 'memberNumber' as const, value: OTHER.memberNumber },
      accountNumber: number,
    },
    amount: { amountMinor: 75_000_00, currency: 'COP' as const },
    reference: 'Cuota del arriendo',
  }
  const { challengeId } = await k.call('payments.authorize', draft)
  const code = await lastCode(sandbox.http, MARIA.idNumber)
  const outcome = await k.call('payments.transfer', {
    ...draft,
    challengeId,
    code,
    idempotencyKey: randomUUID(),
  })
  if (outcome.status !== 'completed') throw new Error(outcome.status)
  return { receipt: outcome.receipt, number }
}

describe('the transfer receipt', () => {
  it('prints operation, masked accounts, amount, fee, reference, time and the QR code; reprints alike', async () => {
    const k = kiosk({ kind: 'tcp', url: printer.url, columns: 48 }, join(sandbox.dir, 'k1'))
    await k.call('auth.login', { idNumber: MARIA.idNumber, password: MARIA.password })
    const { receipt, number } = await transferTo(k)
    const printed = await k.call('print.receipt', {
      document: { kind: 'transfer', receiptNumber: receipt.receiptNumber },
      language: 'es',
    })
    expect(printed).toMatchObject({ status: 'printed' })
    const slip = decodeEscPos((await printer.waitForJobs(1))[0]!)
    const text = slip.lines.map((l) => l.text).join('\n')
    expect(text).toContain('Comprobante de transferencia')
    expect(text).toContain(receipt.receiptNumber)
    expect(text).toContain('A otro asociado')
    expect(text).toContain(receipt.destination.maskedNumber)
    expect(text).toContain(receipt.destination.maskedHolder!)
    expect(text).toMatch(/Valor\s+\$\s?75\.000,00/)
    expect(text).toMatch(/Costo\s+\$\s?1\.500,00/)
    expect(text).toContain('Cuota del arriendo')
    expect(text).not.toContain(number)
    expect(slip.qr).toEqual([receipt.verificationCode])
    // The QR's code checks out publicly.
    const verified = await sandbox.http.get(`/v1/payments/receipts/${receipt.verificationCode}/verify`)
    expect(verified.status).toBe(200)
    // Reprint, in English this time.
    await k.call('print.receipt', {
      document: { kind: 'transfer', receiptNumber: receipt.receiptNumber },
      language: 'en',
    })
    const again = decodeEscPos((await printer.waitForJobs(2))[1]!)
    expect(again.lines.map((l) => l.text).join('\n')).toContain('Transfer receipt')
    expect(again.qr).toEqual([receipt.verificationCode])
    await k.services.dispose()
  })

  it('a failed print queues the receipt and leaves the transfer done', async () => {
    const k = kiosk(
      { kind: 'tcp', url: `tcp://127.0.0.1:${await freePort()}`, columns: 42, timeoutMs: 500 },
      join(sandbox.dir, 'k2'),
    )
    await k.call('auth.login', { idNumber: MARIA.idNumber, password: MARIA.password })
    const { receipt } = await transferTo(k)
    const outcome = await k.call('print.receipt', {
      document: { kind: 'transfer', receiptNumber: receipt.receiptNumber },
      language: 'es',
    })
    expect(outcome).toMatchObject({ status: 'queued', reason: 'unreachable' })
    const ops = sandbox.db
      .prepare('SELECT count(*) AS n FROM payment_operations WHERE receipt_number = ?')
      .get(receipt.receiptNumber) as { n: number }
    expect(ops.n).toBe(1)
    // Another member cannot print it.
    await k.call('auth.login', { idNumber: OTHER.idNumber, password: OTHER.password })
    await expect(
      k.call('print.receipt', {
        document: { kind: 'transfer', receiptNumber: receipt.receiptNumber },
        language: 'es',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await k.services.dispose()
  })
})
