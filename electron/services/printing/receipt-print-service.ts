import { randomUUID } from 'node:crypto'
import { KioskError } from '../../../shared/ipc/errors'
import type { PrintFailureReason, PrintOutcome, QueuedJob } from '../../../shared/ipc/printing-contract'
import {
  layoutReceipt,
  ReceiptDocumentSchema,
  type LayoutOptions,
  type ReceiptDocument,
} from './receipt-model'
import type { EmitEvent } from '../../ipc/registry'
import type { ServiceLogger } from '../logger'
import type { Clock } from '../session-timer'
import { encodeReceipt } from './escpos-encoder'
import { PrintError, toPrintError, type PrinterTransport } from './printer-transport'
import type { ReprintQueue, StoredJob } from './reprint-queue'

export interface ReceiptPrintServiceDeps {
  /** null when the kiosk has no receipt printer: jobs go straight to the queue. */
  transport: PrinterTransport | null
  layout: LayoutOptions
  queue: ReprintQueue
  emit: EmitEvent
  logger: ServiceLogger
  clock: Pick<Clock, 'now'>
  newId?: () => string
}

export interface RetryResult {
  results: PrintOutcome[]
  remaining: number
}

export interface ReceiptPrintService {
  /** Prints now, or queues the job and says why. Never throws for a printer problem. */
  print(doc: ReceiptDocument): Promise<PrintOutcome>
  /** Reprints one queued job or all of them (oldest first; stops at the first printer that is down). */
  retry(jobId?: string): Promise<RetryResult>
  clear(jobId?: string): { removed: number; remaining: number }
  list(): QueuedJob[]
}

/**
 * Receipts, one at a time: lay out for the configured paper, encode ESC/POS, send. A job that fails
 * (printer off, unplugged, out of paper and dropping the connection…) is kept in the reprint queue;
 * the renderer hears each stage on `print.status`.
 */
export function createReceiptPrintService({
  transport,
  layout,
  queue,
  emit,
  logger,
  clock,
  newId = () => randomUUID(),
}: ReceiptPrintServiceDeps): ReceiptPrintService {
  // One job at a time: a receipt printer takes one connection, and lines from two jobs must not mix.
  let tail: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => {})
    return run
  }

  const status = (jobId: string, stage: 'printing' | 'printed' | 'queued', reason?: PrintFailureReason) => {
    try {
      emit('print.status', reason ? { jobId, stage, reason } : { jobId, stage })
    } catch (e) {
      logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'print: could not emit status')
    }
  }

  /** Sends one document; resolves with the failure instead of throwing it. */
  async function attempt(jobId: string, doc: StoredJob['document']): Promise<PrintError | null> {
    // Composition errors are bugs, not printer trouble: they throw before anything is queued.
    const bytes = encodeReceipt(layoutReceipt(doc, layout), layout)
    status(jobId, 'printing')
    if (!transport) return new PrintError('not_configured', 'this kiosk has no receipt printer')
    const started = clock.now()
    try {
      await transport.send(bytes)
      logger.info({ jobId, bytes: bytes.length, ms: clock.now() - started }, 'print: receipt printed')
      return null
    } catch (e) {
      const err = toPrintError(e)
      logger.warn({ jobId, reason: err.reason, err: err.message, target: transport.target }, 'print: failed')
      return err
    }
  }

  return {
    print: (doc) =>
      serial(async () => {
        const jobId = newId()
        const document = ReceiptDocumentSchema.parse(doc)
        const failure = await attempt(jobId, document)
        if (!failure) {
          status(jobId, 'printed')
          return { jobId, status: 'printed' as const }
        }
        const at = new Date(clock.now()).toISOString()
        queue.put({
          id: jobId,
          title: document.title,
          createdAt: at,
          attempts: 1,
          lastAttemptAt: at,
          lastError: failure.reason,
          document,
        })
        status(jobId, 'queued', failure.reason)
        return { jobId, status: 'queued' as const, reason: failure.reason }
      }),

    retry: (jobId) =>
      serial(async () => {
        const jobs = queue.list().filter((j) => jobId === undefined || j.id === jobId)
        if (jobId !== undefined && jobs.length === 0)
          throw new KioskError('NOT_FOUND', `no queued job ${jobId}`)
        const results: PrintOutcome[] = []
        for (const job of jobs) {
          const failure = await attempt(job.id, job.document)
          if (!failure) {
            queue.remove(job.id)
            status(job.id, 'printed')
            results.push({ jobId: job.id, status: 'printed' })
            continue
          }
          queue.put({
            ...job,
            attempts: job.attempts + 1,
            lastAttemptAt: new Date(clock.now()).toISOString(),
            lastError: failure.reason,
          })
          status(job.id, 'queued', failure.reason)
          results.push({ jobId: job.id, status: 'queued', reason: failure.reason })
          // The printer itself is down: every later job would wait out the same timeout.
          if (failure.reason !== 'interrupted') break
        }
        return { results, remaining: queue.list().length }
      }),

    clear(jobId) {
      if (jobId !== undefined && !queue.get(jobId))
        throw new KioskError('NOT_FOUND', `no queued job ${jobId}`)
      const removed = jobId === undefined ? queue.clear() : queue.remove(jobId) ? 1 : 0
      return { removed, remaining: queue.list().length }
    },

    list: () => queue.list().map(({ document: _document, ...summary }) => summary),
  }
}
