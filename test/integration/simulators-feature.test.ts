import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from './support/fake-printer'
import { pdfPages, pdfText, squeeze } from './support/pdf-text'

// The simulators feature in main end to end: a real sandbox (HTTP + SQLite) that re-computes what main
// computed, the real registry, a real TCP socket for the receipt and a real PDF read back by poppler.
const ACTIVE = demoMember('co', 'active')
const logger = createLogger({ level: 'silent' })
let sandbox: TestSandbox
let printer: FakePrinter
let services: KioskServices
let call: <C extends InvokeChannel>(channel: C, payload: unknown) => Promise<IpcOutput<C>>

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock() })
  printer = await startFakePrinter()
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-SIM',
    branch: { id: 'BR-07', name: 'Oficina Medellín Centro' },
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
    api: { baseUrl: sandbox.url, timeoutMs: 5000, retries: 0 },
    printer: { kind: 'tcp', url: printer.url, columns: 42 },
  })
  services = createKioskServices({
    config,
    emit: createEventHub().emit,
    logger,
    dataDir: join(sandbox.dir, 'kiosk'),
  })
  call = async (channel, payload) => {
    const env = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!env.ok) throw Object.assign(new Error(env.error.code), { code: env.error.code })
    return env.data as IpcOutput<typeof channel>
  }
  await call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
})
afterAll(async () => {
  await services?.dispose()
  await printer?.close()
  await sandbox?.close()
})

const LIBRE = {
  lineId: 'libre-inversion',
  amountMinor: 2_000_000_000,
  termMonths: 36,
  system: 'french',
} as const
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code,
  )

/** What the sandbox's e-mail gateway got last for the member, as a file for poppler (a kiosk keeps none). */
async function emailedPdf(name: string): Promise<string> {
  const res = await fetch(`${sandbox.url}/sandbox/outbox/attachments?idNumber=${ACTIVE.idNumber}`)
  const [mail] = ((await res.json()) as { attachments: { contentBase64: string }[] }).attachments
  const file = join(sandbox.dir, name)
  writeFileSync(file, Buffer.from(mail!.contentBase64, 'base64'))
  return file
}

describe('simulators in main', () => {
  it('computes the table in main exactly as the core does', async () => {
    const mine = await call('simulators.simulateLoan', LIBRE)
    const core = await sandbox.http.post('/v1/simulators/loan', LIBRE, {
      token: (
        await sandbox.http.post('/v1/auth/login', {
          idNumber: ACTIVE.idNumber,
          password: ACTIVE.password,
          kioskId: 'K',
        })
      ).json<{ token: string }>().token,
    })
    expect(mine).toEqual(core.body)
    expect(mine.installments[0]!.installment.amountMinor).toBe(70_984_543)
  })

  it('files the simulation shown, lists it in Mis solicitudes, and refuses a tampered one', async () => {
    const simulation = await call('simulators.simulateLoan', { ...LIBRE, system: 'german' })
    const filed = await call('simulators.applyLoan', { simulation })
    expect(filed).toMatchObject({ status: 'filed', system: 'german' })
    const tampered = structuredClone(simulation)
    tampered.installments[0]!.installment.amountMinor -= 100
    expect(await codeOf(call('simulators.applyLoan', { simulation: tampered }))).toBe('CONFLICT')
    const product = await call('simulators.requestProduct', {
      kind: 'term_deposit',
      amountMinor: 500_000_000,
      contact: 'phone',
    })
    const list = await call('simulators.applications', {})
    expect(list.loans.map((l) => l.number)).toEqual([filed.number])
    expect(list.products.map((p) => p.number)).toEqual([product.number])
  })

  it('refuses out-of-range input before it leaves main', async () => {
    expect(await codeOf(call('simulators.simulateLoan', { ...LIBRE, termMonths: 0 }))).toBe('VALIDATION')
    expect(await codeOf(call('simulators.simulateLoan', { ...LIBRE, lineId: 'yate' }))).toBe('NOT_FOUND')
    expect(
      await codeOf(
        call('simulators.simulateTermDeposit', {
          amountMinor: 1_000_000_000,
          termDays: 5,
          payout: 'maturity',
        }),
      ),
    ).toBe('VALIDATION')
  })

  it('prints a loan simulation: mark, both rates, first installments (decoded from the TCP printer)', async () => {
    const outcome = await call('print.receipt', {
      document: { kind: 'loanSimulation', request: LIBRE },
      language: 'es',
    })
    expect(outcome.status).toBe('printed')
    const text = decodeEscPos((await printer.waitForJobs(1))[0]!).lines.map((l) => l.text)
    for (const t of text) expect(t.length, t).toBeLessThanOrEqual(42)
    expect(text.filter((t) => t === 'Simulación — no constituye aprobación'.replace('—', '-'))).toHaveLength(
      2,
    )
    const all = squeeze(text.join('\n'))
    expect(all).toContain('Tasa efectiva anual 16.08 %')
    expect(all).toContain('Tasa mensual equivalente 1.2503 %')
    expect(all).toContain('Primeras 6 cuotas de 36')
    expect(all).toContain('Primera cuota $ 709.845,43')
    expect(all).toContain('N.º 6')
    expect(all).not.toContain('N.º 7 ')
  })

  it('e-mails the whole table as a PDF with the mark (read back with pdftotext)', async () => {
    const result = await call('print.pdf', {
      document: { kind: 'loanSimulation', request: { ...LIBRE, termMonths: 72 } },
      action: 'email',
      language: 'es',
    })
    const file = await emailedPdf('simulation.pdf')
    expect(pdfPages(file)).toBe(result.pages)
    expect(result.pages).toBeGreaterThan(1)
    const text = squeeze(pdfText(file))
    expect(text).toContain('Simulación — no constituye aprobación')
    expect(text).toContain('(1 + 16.08 %)^(1/12) − 1 = 1.2503 % mensual')
    expect(text).toMatch(/\n ?72 \d\d\/\d\d\/\d{4} /)
    expect(text).toContain('Totales $ 20.000.000,00')
  })

  it('prints and e-mails a CDAT simulation in English with withholding and the business-day rule', async () => {
    const request = { amountMinor: 1_000_000_000, termDays: 90, payout: 'maturity' }
    await call('print.receipt', { document: { kind: 'termDepositSimulation', request }, language: 'en' })
    const text = squeeze(
      decodeEscPos((await printer.waitForJobs(2))[1]!)
        .lines.map((l) => l.text)
        .join('\n'),
    )
    expect(text).toContain('Simulation - not an approval')
    expect(text).toContain('Gross interest $ 219.384,98')
    expect(text).toContain('Withholding tax (4 %) $ 8.775,40')
    expect(text).toContain('Net interest $ 210.609,58')
    const pdf = await call('print.pdf', {
      document: { kind: 'termDepositSimulation', request },
      action: 'email',
      language: 'en',
    })
    expect(pdf.action).toBe('email')
    const pdfWords = squeeze(pdfText(await emailedPdf('deposit.pdf')))
    expect(pdfWords).toContain('Simulation — not an approval')
    expect(pdfWords).toContain('Total at maturity $ 10.210.609,58')
  })
})
