import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../electron/services/logger'
import { createReceiptPrintService } from '../../electron/services/printing/receipt-print-service'
import { createReprintQueue } from '../../electron/services/printing/reprint-queue'
import { createTcpTransport } from '../../electron/services/printing/tcp-transport'
import type { IpcEventPayload } from '../../shared/ipc/contract'
import type { ReceiptColumns } from '../../shared/printing/printer-config'
import { certificateReceipt } from '../../electron/services/printing/receipts/certificate-receipt'
import { miniStatementReceipt } from '../../electron/services/printing/receipts/mini-statement-receipt'
import {
  CERTIFICATES,
  CONTEXT,
  MEMBER,
  movementsPage,
  SAVINGS,
  SMALL_MOVEMENTS,
  SMALL_OPENING,
} from '../support/print-fixtures'
import { decodeEscPos } from './support/escpos-decoder'
import { freePort, startFakePrinter, type FakePrinter } from './support/fake-printer'

const logger = createLogger({ level: 'silent' })
let dir: string
let printers: FakePrinter[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-print-'))
  printers = []
})
afterEach(async () => {
  for (const p of printers) await p.close()
  rmSync(dir, { recursive: true, force: true })
})

async function printer(opts: Parameters<typeof startFakePrinter>[0] = {}) {
  const p = await startFakePrinter(opts)
  printers.push(p)
  return p
}

function service(url: string, columns: ReceiptColumns = 42) {
  const events: IpcEventPayload<'print.status'>[] = []
  const queueFile = join(dir, 'print-queue.json')
  const svc = createReceiptPrintService({
    transport: createTcpTransport({ url, timeoutMs: 2000 }),
    layout: { columns, codePage: 'PC850' },
    queue: createReprintQueue({ file: queueFile, logger }),
    emit: (event, payload) => {
      if (event === 'print.status') events.push(payload as IpcEventPayload<'print.status'>)
    },
    logger,
    clock: { now: () => Date.now() },
  })
  return { svc, events, queueFile }
}

const miniStatement = () =>
  miniStatementReceipt(CONTEXT(), MEMBER, SAVINGS, movementsPage(SMALL_OPENING, SMALL_MOVEMENTS, 'desc'))

describe('receipts over a real TCP socket', () => {
  it.each([42, 48] as const)(
    'prints a mini-statement at %i columns: accents, layout, cut',
    async (columns) => {
      const p = await printer()
      const { svc, events } = service(p.url, columns)
      const outcome = await svc.print(miniStatement())
      expect(outcome).toMatchObject({ status: 'printed' })
      const [job] = await p.waitForJobs(1)
      const receipt = decodeEscPos(job!)
      // One table, chosen once: PC850 (ESC t 2).
      expect(receipt.codePages).toEqual([2])
      const text = receipt.lines.map((l) => l.text)
      for (const t of text) expect(t.length, t).toBeLessThanOrEqual(columns)
      expect(text).toContain('Asociado: María Fernanda Gómez Ñáñez')
      expect(text).toContain('Oficina: Oficina Bogotá Norte')
      expect(text).toContain('Últimos 6 movimientos')
      expect(text.some((t) => t.startsWith('15/10/2026 ¿Intereses? ¡Sí! Intereses'))).toBe(true)
      expect(text.some((t) => t.startsWith('01/10/2026 Consignación en oficina'))).toBe(true)
      expect(text.some((t) => t.startsWith('Total créditos') && t.endsWith('$ 4.700.000,20'))).toBe(true)
      // The heading is centred, bold and double height; the receipt ends with a cut.
      expect(receipt.lines[0]).toMatchObject({
        text: 'Cooperativa de Ahorro y Crédito Los Andes',
        align: 'center',
        bold: true,
        height: 2,
        width: 1,
      })
      expect(receipt.cuts).toBe(1)
      expect(receipt.events.at(-2)).toEqual({ kind: 'cut', partial: false })
      expect(events.map((e) => e.stage)).toEqual(['printing', 'printed'])
    },
  )

  it('prints a certificate slip whose QR carries the verification code', async () => {
    const p = await printer()
    const { svc } = service(p.url)
    await svc.print(certificateReceipt(CONTEXT(), CERTIFICATES.membership))
    const receipt = decodeEscPos((await p.waitForJobs(1))[0]!)
    expect(receipt.qr).toEqual(['7K3M-Q9TX-2HPA-W4RD'])
    const store = receipt.events.findIndex((e) => e.kind === 'qrStore')
    expect(receipt.events[store + 1]).toEqual({ kind: 'qrPrint' })
    expect(receipt.lines.map((l) => l.text)).toContain('Afiliación y aportes')
    expect(receipt.cuts).toBe(1)
  })

  it('queues the job when the printer is down, and prints it when the printer is back', async () => {
    const port = await freePort()
    const { svc, events, queueFile } = service(`tcp://127.0.0.1:${port}`)
    const outcome = await svc.print(miniStatement())
    expect(outcome).toEqual({ jobId: expect.any(String), status: 'queued', reason: 'unreachable' })
    expect(events.at(-1)).toEqual({ jobId: outcome.jobId, stage: 'queued', reason: 'unreachable' })
    expect(svc.list()).toEqual([
      {
        id: outcome.jobId,
        title: 'Extracto de movimientos - Ahorro a la vista ****4821',
        createdAt: expect.any(String),
        attempts: 1,
        lastAttemptAt: expect.any(String),
        lastError: 'unreachable',
      },
    ])
    // The queue is on disk, owner-only.
    expect(statSync(queueFile).mode & 0o777).toBe(0o600)

    // Still down: the retry fails the same way and counts the attempt.
    expect(await svc.retry()).toEqual({
      results: [{ jobId: outcome.jobId, status: 'queued', reason: 'unreachable' }],
      remaining: 1,
    })
    expect(svc.list()[0]!.attempts).toBe(2)

    const p = await printer({ port })
    expect(await svc.retry(outcome.jobId)).toEqual({
      results: [{ jobId: outcome.jobId, status: 'printed' }],
      remaining: 0,
    })
    const receipt = decodeEscPos((await p.waitForJobs(1))[0]!)
    expect(receipt.lines.map((l) => l.text)).toContain('Asociado: María Fernanda Gómez Ñáñez')
    expect(receipt.cuts).toBe(1)
    expect(svc.list()).toEqual([])
    expect(JSON.parse(readFileSync(queueFile, 'utf8'))).toEqual({ version: 1, jobs: [] })
  })

  it('queues a job the printer drops halfway as interrupted', async () => {
    const p = await printer({ resetAfterFirstChunk: true })
    const { svc } = service(p.url)
    const outcome = await svc.print(miniStatement())
    expect(outcome).toMatchObject({ status: 'queued', reason: 'interrupted' })
    expect(svc.list()).toHaveLength(1)
  })

  it('keeps the queue across a restart: a fresh service reloads it from disk', async () => {
    const port = await freePort()
    const first = service(`tcp://127.0.0.1:${port}`)
    const a = await first.svc.print(miniStatement())
    const b = await first.svc.print(certificateReceipt(CONTEXT(), CERTIFICATES.annual_tax))

    // A new process: new queue object, same file.
    const second = service(`tcp://127.0.0.1:${port}`)
    expect(second.svc.list().map((j) => j.id)).toEqual([a.jobId, b.jobId])

    expect(second.svc.clear(a.jobId)).toEqual({ removed: 1, remaining: 1 })
    const p = await printer({ port })
    expect(await second.svc.retry()).toMatchObject({
      results: [{ jobId: b.jobId, status: 'printed' }],
      remaining: 0,
    })
    expect(decodeEscPos((await p.waitForJobs(1))[0]!).qr).toEqual(['TAX2-0250-RENT-A000'])

    // And a third instance sees the empty queue.
    expect(service(`tcp://127.0.0.1:${port}`).svc.list()).toEqual([])
  })

  it('clears every job at once', async () => {
    const port = await freePort()
    const { svc } = service(`tcp://127.0.0.1:${port}`)
    await svc.print(miniStatement())
    await svc.print(miniStatement())
    expect(svc.clear()).toEqual({ removed: 2, remaining: 0 })
    expect(() => svc.clear('no-such-job')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
    await expect(svc.retry('no-such-job')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
