import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema, type KioskConfigInput } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcEventPayload, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { freePort, startFakePrinter, type FakePrinter } from './support/fake-printer'
import { pdfPages, pdfText, squeeze } from './support/pdf-text'

// The printing feature end to end in main: a real sandbox (HTTP + SQLite), the real services and
// registry, a real TCP socket for the printer and real PDFs on disk.
const ACTIVE = demoMember('co', 'active')
const logger = createLogger({ level: 'silent' })
let dir: string
let sandbox: TestSandbox

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: wallClock() })
  dir = sandbox.dir
})
afterAll(() => sandbox?.close())

/**
 * The PDF the sandbox's e-mail gateway got for a member last ("Enviar a mi correo"), as a file of the
 * test's own for poppler: a shared kiosk writes none (issue 16, flow 4).
 */
async function emailed(idNumber: string): Promise<{ path: string; bytes: number }> {
  const res = await fetch(`${sandbox.url}/sandbox/outbox/attachments?idNumber=${idNumber}`)
  const [latest] = ((await res.json()) as { attachments: { contentBase64: string }[] }).attachments
  if (!latest) throw new Error(`nothing e-mailed to ${idNumber}`)
  const pdf = Buffer.from(latest.contentBase64, 'base64')
  const path = join(dir, `emailed-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(path, pdf)
  return { path, bytes: pdf.length }
}

async function kiosk(printer: KioskConfigInput['printer'], dataDir: string) {
  const hub = createEventHub()
  const events: IpcEventPayload<'print.status'>[] = []
  hub.subscribe((event, payload) => {
    if (event === 'print.status') events.push(payload as IpcEventPayload<'print.status'>)
  })
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-PRN',
    branch: { id: 'BR-07', name: 'Oficina Medellín Centro' },
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
    api: { baseUrl: sandbox.url, timeoutMs: 5000, retries: 0 },
    printer,
  })
  const services = createKioskServices({ config, emit: hub.emit, logger, dataDir })
  const call = async <C extends InvokeChannel>(channel: C, payload: unknown): Promise<IpcOutput<C>> => {
    const env = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!env.ok) throw Object.assign(new Error(env.error.code), { code: env.error.code })
    return env.data as IpcOutput<C>
  }
  return { services, call, events }
}

describe('printing feature over the real sandbox', () => {
  let printer: FakePrinter
  let k: Awaited<ReturnType<typeof kiosk>>
  let services: KioskServices
  const dataDir = () => join(dir, 'kiosk-data')

  beforeAll(async () => {
    printer = await startFakePrinter()
    k = await kiosk({ kind: 'tcp', url: printer.url, columns: 48 }, dataDir())
    services = k.services
    await k.call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
  })
  afterAll(async () => {
    await services?.dispose()
    await printer?.close()
  })

  it('says what this kiosk can print', async () => {
    expect(await k.call('print.capabilities', {})).toEqual({
      receipt: { available: true, columns: 48 },
      // Saving to disk is the teller station's (issue 16, flow 4): a kiosk e-mails instead.
      pdf: { save: false, print: false, email: true },
    })
  })

  it('prints a mini-statement of the member product with the last movements', async () => {
    const summary = await k.call('member.summary', {})
    const savings = summary.products.find((p) => p.kind === 'savings')!
    const outcome = await k.call('print.receipt', {
      document: { kind: 'miniStatement', productId: savings.id, last: 10 },
      language: 'es',
    })
    expect(outcome).toMatchObject({ status: 'printed' })
    expect(k.events.filter((e) => e.jobId === outcome.jobId).map((e) => e.stage)).toEqual([
      'printing',
      'printed',
    ])
    const receipt = decodeEscPos((await printer.waitForJobs(1))[0]!)
    const text = receipt.lines.map((l) => l.text)
    for (const t of text) expect(t.length).toBeLessThanOrEqual(48)
    expect(text).toContain('Cooperativa de Ahorro y Crédito Los Andes')
    expect(text).toContain('Oficina: Oficina Medellín Centro')
    expect(text).toContain('Equipo: KIOSK-PRN')
    expect(text.join('\n')).toContain(`${savings.name} ${savings.maskedNumber}`)
    expect(text).toContain('Últimos 10 movimientos')
    const page = await k.call('products.movements', { productId: savings.id, last: 10 })
    for (const m of page.movements) {
      const [y, mo, d] = m.postedOn.split('-')
      expect(text.some((t) => t.startsWith(`${d}/${mo}/${y} `))).toBe(true)
    }
    expect(receipt.cuts).toBe(1)
  })

  it('prints a certificate slip by its code, with the code in the QR, in English', async () => {
    const certificate = await k.call('certificates.issue', { kind: 'membership' })
    await k.call('print.receipt', {
      document: { kind: 'certificate', code: certificate.code },
      language: 'en',
    })
    const receipt = decodeEscPos((await printer.waitForJobs(2))[1]!)
    expect(receipt.qr).toEqual([certificate.code])
    expect(receipt.lines.map((l) => l.text)).toContain('Membership and contributions')
  })

  it('e-mails a statement PDF of a period to the registered address, with its size and pages, and writes no file', async () => {
    const summary = await k.call('member.summary', {})
    const savings = summary.products.find((p) => p.kind === 'savings')!
    const all = await k.call('products.movements', { productId: savings.id, last: 30 })
    const from = all.movements.at(-1)!.postedOn
    const to = all.movements[0]!.postedOn
    const result = await k.call('print.pdf', {
      document: { kind: 'statement', productId: savings.id, from, to },
      action: 'email',
      language: 'es',
    })
    expect(result).toMatchObject({ action: 'email', path: null, sentTo: 'mar*****@exa*****' })
    expect(existsSync(join(dataDir(), 'documents'))).toBe(false)
    const mail = await emailed(ACTIVE.idNumber)
    expect(mail.bytes).toBe(result.sizeBytes)
    expect(pdfPages(mail.path)).toBe(result.pages)
    const text = squeeze(pdfText(mail.path))
    expect(text).toContain(`Asociado ${summary.fullName}`)
    expect(text).toContain(`${savings.name} ${savings.maskedNumber}`)
    expect(text).toContain('Saldo inicial')
    expect(text).toContain('Saldo final')
    expect(text).toContain(`Página 1 de ${result.pages}`)
    const page = await k.call('products.movements', {
      productId: savings.id,
      from,
      to,
      order: 'asc',
      limit: 100,
    })
    for (const m of page.movements) expect(text).toContain(m.reference)
  })

  it('e-mails the consolidated position and a certificate as PDFs', async () => {
    await k.call('print.pdf', { document: { kind: 'position' }, action: 'email', language: 'es' })
    expect(squeeze(pdfText((await emailed(ACTIVE.idNumber)).path))).toContain('Posición consolidada')
    const certificate = await k.call('certificates.issue', { kind: 'membership' })
    await k.call('print.pdf', {
      document: { kind: 'certificate', code: certificate.code },
      action: 'email',
      language: 'es',
    })
    expect(squeeze(pdfText((await emailed(ACTIVE.idNumber)).path))).toContain(certificate.code)
    // No document printer configured: printing is refused plainly.
    await expect(
      k.call('print.pdf', { document: { kind: 'position' }, action: 'print', language: 'es' }),
    ).rejects.toMatchObject({ code: 'PRINTER_UNAVAILABLE' })
  })

  it('keeps saving to disk for staff: a member cannot save, by audience or by action', async () => {
    await expect(
      k.call('print.pdfSave', { document: { kind: 'position' }, language: 'es' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      k.call('print.pdf', { document: { kind: 'position' }, action: 'save', language: 'es' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(existsSync(join(dataDir(), 'documents'))).toBe(false)
  })

  it('refuses a product that is not the member’s', async () => {
    await expect(
      k.call('print.receipt', {
        document: { kind: 'miniStatement', productId: 'nope', last: 10 },
        language: 'es',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('printing feature with the printer down', () => {
  it('queues the receipt, survives a restart, and staff reprint it when the printer is back', async () => {
    const port = await freePort()
    const dataDir = join(dir, 'kiosk-down')
    const first = await kiosk({ kind: 'tcp', url: `tcp://127.0.0.1:${port}` }, dataDir)
    await first.call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
    const outcome = await first.call('print.receipt', { document: { kind: 'position' }, language: 'es' })
    expect(outcome).toMatchObject({ status: 'queued', reason: 'unreachable' })
    await first.services.dispose()
    expect(existsSync(join(dataDir, 'print-queue.json'))).toBe(true)

    // A restarted kiosk: no member signed in; the queue is branch IT's (maintenance), nobody else's.
    const printer = await startFakePrinter({ port })
    try {
      const second = await kiosk({ kind: 'tcp', url: printer.url }, dataDir)
      await expect(second.call('print.queue.list', {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
      // A teller is not branch IT; the IT technician's sign-in opens the queue.
      const teller = demoStaff('teller')
      await expect(
        second.call('maintenance.signIn', { username: teller.username, password: teller.password }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(second.call('print.queue.list', {})).rejects.toMatchObject({ code: 'FORBIDDEN' })
      const tech = demoStaff('it')
      await second.call('maintenance.signIn', { username: tech.username, password: tech.password })
      const { jobs } = await second.call('print.queue.list', {})
      expect(jobs).toEqual([
        expect.objectContaining({
          id: outcome.jobId,
          title: 'Posición consolidada',
          lastError: 'unreachable',
        }),
      ])
      expect(await second.call('print.queue.retry', {})).toEqual({
        results: [{ jobId: outcome.jobId, status: 'printed' }],
        remaining: 0,
      })
      const receipt = decodeEscPos((await printer.waitForJobs(1))[0]!)
      expect(receipt.lines.map((l) => l.text)).toContain('Posición consolidada')
      expect(await second.call('print.queue.list', {})).toEqual({ jobs: [] })
      await second.services.dispose()
    } finally {
      await printer.close()
    }
  })
})

describe('printing feature with thousands of movements', () => {
  it('renders the heavy member’s statement of more than 2,000 movements, paging the API to the end', async () => {
    const heavy = demoMember('co', 'heavy')
    const k = await kiosk({ kind: 'none' }, join(dir, 'kiosk-heavy'))
    try {
      await k.call('auth.login', { idNumber: heavy.idNumber, password: heavy.password })
      const summary = await k.call('member.summary', {})
      const account = summary.products.find((p) => /comercial/i.test(p.name))!
      const whole = await k.call('products.movements', { productId: account.id, order: 'asc', limit: 1 })
      expect(whole.totals.count).toBeGreaterThan(2000)
      const result = await k.call('print.pdf', {
        document: { kind: 'statement', productId: account.id, from: whole.from!, to: whole.to! },
        action: 'email',
        language: 'es',
      })
      const mail = await emailed(heavy.idNumber)
      expect(pdfPages(mail.path)).toBe(result.pages)
      expect(result.pages).toBeGreaterThan(30)
      const text = squeeze(pdfText(mail.path))
      expect(text).toContain(`Movimientos ${whole.totals.count.toLocaleString('es-CO')}`)
      expect(text).toContain(`Página ${result.pages} de ${result.pages}`)
      expect(await k.call('print.capabilities', {})).toMatchObject({
        receipt: { available: false, columns: null },
      })
    } finally {
      await k.services.dispose()
    }
  })
})
