import { join } from 'node:path'
import type { KioskConfig, Language } from '../../../shared/config/kiosk-config'
import { PRINT_SERVICE } from '../../../shared/ipc/services'
import { documentFormat } from '../../services/printing/document-format'
import type { PrintContext } from '../../services/printing/print-context'
import { createPdfOutput, resolveSaveDir } from '../../services/pdf/pdf-output'
import { createLpTransport } from '../../services/printing/lp-transport'
import { createPrintData } from '../../services/printing/print-data'
import { buildPdf, buildReceipt } from '../../services/printing/print-documents'
import type { PrinterTransport } from '../../services/printing/printer-transport'
import { createReceiptPrintService } from '../../services/printing/receipt-print-service'
import { createReprintQueue } from '../../services/printing/reprint-queue'
import { createTcpTransport } from '../../services/printing/tcp-transport'
import { registerService } from '../../ipc/register-service'
import { recordMaintenanceAction } from '../../services/maintenance-audit'
import { defineFeature } from '../feature'
import { mailPdf } from '../../services/pdf/pdf-mail'

/** A PDF of a few pages takes seconds to spool on a busy print server. */
const DOCUMENT_PRINT_TIMEOUT_MS = 30_000

/** The receipt printer's transport from the configuration (also the maintenance test page and the teller's slips). */
export function receiptTransport(printer: KioskConfig['printer']): PrinterTransport | null {
  switch (printer.kind) {
    case 'none':
      return null
    case 'tcp':
      return createTcpTransport({ url: printer.url, timeoutMs: printer.timeoutMs })
    case 'system':
      return createLpTransport({ printer: printer.name, raw: true, timeoutMs: printer.timeoutMs })
  }
}

/**
 * Receipts on the thermal printer, PDFs printed, e-mailed or (staff only) saved, and the reprint queue.
 * Documents are fetched and composed here in main from the member's session; the renderer only says
 * which document it wants.
 */
export const printingFeature = defineFeature(({ config, api, auth, emit, logger, clock, dataDir }) => {
  const receiptSettings =
    config.printer.kind === 'none'
      ? { columns: 42 as const, codePage: 'PC850' as const }
      : { columns: config.printer.columns, codePage: config.printer.codePage }
  const transport = receiptTransport(config.printer)
  const receipts = createReceiptPrintService({
    transport,
    layout: receiptSettings,
    queue: createReprintQueue({ file: dataDir ? join(dataDir, 'print-queue.json') : null, logger }),
    emit,
    logger,
    clock,
  })
  const pdfs = createPdfOutput({
    saveDir: resolveSaveDir(config.pdf.saveDir, dataDir ?? process.cwd()),
    printer: config.pdf.printer
      ? createLpTransport({ printer: config.pdf.printer, raw: false, timeoutMs: DOCUMENT_PRINT_TIMEOUT_MS })
      : null,
    logger,
  })
  const data = createPrintData({ api, auth })
  const who = { api, logger, auth, terminalId: config.kioskId }
  const context = (language: Language): PrintContext => ({
    cooperative: config.cooperative,
    kioskId: config.kioskId,
    branch: config.branch,
    printedAt: clock.now(),
    format: documentFormat({ locale: config.locale, language }),
  })

  return {
    name: 'printing',
    handlers: registerService(PRINT_SERVICE, {
      capabilities: async () => ({
        receipt: { available: transport !== null, columns: transport ? receiptSettings.columns : null },
        // Saving to disk by audience (print.pdfSave is staff's): offered only at a teller's station.
        pdf: { save: config.mode === 'teller', print: pdfs.canPrint, email: true },
      }),
      receipt: async ({ document, language }) =>
        receipts.print(await buildReceipt(data, document, context(language))),
      pdf: async ({ document, action, language }) => {
        const doc = await buildPdf(data, document, context(language))
        return action === 'email' ? mailPdf(api, auth, pdfs, doc, logger) : pdfs.produce(doc, action)
      },
      pdfSave: async ({ document, language }) =>
        pdfs.produce(await buildPdf(data, document, context(language)), 'save'),
      'queue.list': async () => ({ jobs: receipts.list() }),
      // Queue actions are branch IT's: each one goes on the maintenance record.
      'queue.retry': async ({ jobId }) => {
        const r = await receipts.retry(jobId)
        await recordMaintenanceAction(who, 'queue-retry', `${r.results.length} retried, ${r.remaining} left`)
        return r
      },
      'queue.clear': async ({ jobId }) => {
        const r = receipts.clear(jobId)
        await recordMaintenanceAction(who, 'queue-clear', `${r.removed} removed, ${r.remaining} left`)
        return r
      },
    }),
  }
})
