// Bill payments through the kiosk's own services against a real sandbox and a real TCP printer:
// "Confirmar pago" (bills.pay: journal intent fsync, HTTP, ledger transaction, journal outcome) to the
// receipt printed (print.receipt: fetch, compose, ESC/POS, TCP), median and p95 over N payments.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { contractFor } from '../../sandbox/testing/bills'
import { startTestSandbox, wallClock } from '../../sandbox/testing/harness'
import { lastCode, payingDemos } from '../../sandbox/testing/payments'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { startFakePrinter } from '../../test/integration/support/fake-printer'
import { median, quantile } from './stats'

export async function billsFigures(payments = 50): Promise<string[]> {
  const sb = await startTestSandbox({ profile: 'co', clock: wallClock(), sendCooldownSeconds: 0 })
  const printer = await startFakePrinter()
  const services = createKioskServices({
    config: KioskConfigSchema.parse({
      kioskId: 'KIOSK-BENCH',
      api: { baseUrl: sb.url, timeoutMs: 5000, retries: 0 },
      printer: { kind: 'tcp', url: printer.url, columns: 42 },
    }),
    emit: () => {},
    logger: createLogger({ level: 'silent' }),
    dataDir: join(sb.dir, 'kiosk'),
  })
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown): Promise<IpcOutput<C>> => {
    const env = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!env.ok) throw new Error(`${channel}: ${env.error.code}`)
    return env.data as IpcOutput<C>
  }
  try {
    await services.ready
    const maria = payingDemos('co').find((d) => d.idNumber === '52874193')!
    await call('auth.login', { idNumber: maria.idNumber, password: maria.password })
    const { accounts } = await call('payments.accounts', {})
    const draft = {
      billerId: 'tigo-recarga',
      contractNumber: contractFor('co', 'tigo-recarga', '9'),
      debitAccountId: accounts[0]!.id,
    }
    const { challengeId } = await call('bills.authorizeService', draft)
    const service = await call('bills.addService', {
      ...draft,
      challengeId,
      code: await lastCode(sb.http, maria.idNumber),
    })
    await call('bills.services', {})
    const toPaid: number[] = []
    const toPrinted: number[] = []
    for (let i = 0; i < payments; i++) {
      const t0 = performance.now()
      const outcome = await call('bills.pay', {
        serviceId: service.id,
        originAccountId: accounts[0]!.id,
        amount: { amountMinor: 100_000, currency: 'COP' },
        idempotencyKey: randomUUID(),
      })
      const t1 = performance.now()
      if (outcome.status !== 'completed') throw new Error(outcome.status)
      const printed = await call('print.receipt', {
        document: { kind: 'bill', receiptNumber: outcome.receipt.receiptNumber },
        language: 'es',
      })
      if (printed.status !== 'printed') throw new Error('not printed')
      await printer.waitForJobs(i + 1)
      toPaid.push(t1 - t0)
      toPrinted.push(performance.now() - t0)
    }
    const f = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`
    return [
      `bill payment, "Confirmar pago" → answered (journaled, applied): ${f(toPaid)} (n=${payments})`,
      `bill payment, "Confirmar pago" → receipt printed on the TCP printer: ${f(toPrinted)} (n=${payments})`,
    ]
  } finally {
    await services.dispose()
    await printer.close()
    await sb.close()
  }
}
