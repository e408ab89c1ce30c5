// ACH transfer, "Confirmar" to receipt printed, through main's services (the renderer's channels), the
// real sandbox over HTTP and a real TCP socket playing the receipt printer. Median and p95 over N sends.
//   node scripts/node24.mjs --import tsx scripts/bench/ach-confirm.ts [N]
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { startTestSandbox, wallClock } from '../../sandbox/testing/harness'
import { lastCode, payingDemos } from '../../sandbox/testing/payments'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { startFakePrinter } from '../../test/integration/support/fake-printer'
import { median, quantile } from './stats'

const N = Number(process.argv[2] ?? 30)

async function main() {
  const sb = await startTestSandbox({
    clock: wallClock(),
    sendCooldownSeconds: 0,
    sendsPerDay: 1000,
    sessionTtlSeconds: 3600,
  })
  const printer = await startFakePrinter()
  const services = createKioskServices({
    config: KioskConfigSchema.parse({
      kioskId: 'KIOSK-BENCH-ACH',
      api: { baseUrl: sb.url, timeoutMs: 5000, retries: 0 },
      printer: { kind: 'tcp', url: printer.url, columns: 42, timeoutMs: 2000 },
    }),
    emit: createEventHub().emit,
    logger: createLogger({ level: 'silent' }),
    dataDir: join(sb.dir, 'kiosk'),
  })
  const call = async (channel: InvokeChannel, payload: unknown) => {
    const e = (await services.registry.dispatch(channel, payload)) as {
      ok: boolean
      data?: unknown
      error?: unknown
    }
    if (!e.ok) throw new Error(`${channel}: ${JSON.stringify(e.error)}`)
    return e.data as Record<string, unknown>
  }
  try {
    await services.ready
    const member = payingDemos('co').find((d) => d.role === 'heavy')!
    await call('auth.login', { idNumber: member.idNumber, password: member.password })
    const accounts = (await call('payments.accounts', {})).accounts as { id: string }[]
    const times: number[] = []
    for (let i = 0; i < N; i++) {
      const draft = {
        originAccountId: accounts[0]!.id,
        destination: {
          bankCode: '1007',
          accountType: 'savings',
          accountNumber: '4455667788',
          holderId: '1017223344',
        },
        amount: { amountMinor: 1_000_000, currency: 'COP' },
        reference: `Bench ${i}`,
      }
      const { challengeId } = (await call('ach.authorize', draft)) as { challengeId: string }
      const code = await lastCode(sb.http, member.idNumber)
      const t0 = performance.now()
      const outcome = (await call('ach.transfer', {
        ...draft,
        challengeId,
        code,
        idempotencyKey: crypto.randomUUID(),
      })) as {
        receipt: { receiptNumber: string }
      }
      await call('print.receipt', {
        document: { kind: 'transfer', receiptNumber: outcome.receipt.receiptNumber },
        language: 'es',
      })
      await printer.waitForJobs(i + 1)
      times.push(performance.now() - t0)
    }
    console.log(
      `ACH "Confirmar" → receipt printed (main + sandbox + TCP printer): median ${median(times).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms [${N} sends]`,
    )
  } finally {
    await services.dispose()
    await printer.close()
    await sb.close()
  }
}

void main()
