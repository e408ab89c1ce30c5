import { existsSync } from 'node:fs'
import { basename, isAbsolute, join, resolve } from 'node:path'
import type { PdfResult } from '../../../shared/ipc/printing-contract'
import { KioskError } from '../../../shared/ipc/errors'
import { writeFileAtomic } from '../json-file-config-store'
import type { ServiceLogger } from '../logger'
import { toPrintError, type PrinterTransport } from '../printing/printer-transport'
import type { PdfDocument } from './document-frame'
import { renderPdf } from './pdf-renderer'

export interface PdfOutputDeps {
  /** config.pdf.saveDir, resolved against the data folder when relative. */
  saveDir: string
  /** The document printer (config.pdf.printer), or null when the kiosk only saves. */
  printer: PrinterTransport | null
  logger: ServiceLogger
}

export interface PdfOutput {
  readonly canPrint: boolean
  produce(doc: PdfDocument, action: 'save' | 'print'): Promise<PdfResult>
  /** The PDF in memory only (to be e-mailed): nothing is written. */
  render(doc: PdfDocument): Promise<{ buffer: Buffer; pages: number }>
}

export function resolveSaveDir(saveDir: string, dataDir: string): string {
  return isAbsolute(saveDir) ? saveDir : resolve(dataDir, saveDir)
}

/** Renders a PDF and saves it in the configured folder, or sends it to the document printer. */
export function createPdfOutput({ saveDir, printer, logger }: PdfOutputDeps): PdfOutput {
  return {
    canPrint: printer !== null,
    render: (doc) => renderPdf(doc.definition, doc.footer),
    async produce(doc, action) {
      if (action === 'print' && !printer) throw new KioskError('PRINTER_UNAVAILABLE', 'no document printer')
      const { buffer, pages } = await renderPdf(doc.definition, doc.footer)
      const base = { action, sizeBytes: buffer.length, pages }
      if (action === 'print') {
        try {
          await printer!.send(buffer)
        } catch (e) {
          const err = toPrintError(e)
          logger.warn({ reason: err.reason, err: err.message }, 'pdf: print failed')
          throw new KioskError('PRINTER_UNAVAILABLE', err.message)
        }
        logger.info({ pages, bytes: buffer.length }, 'pdf: printed')
        return { ...base, fileName: `${doc.fileStem}.pdf`, path: null }
      }
      const path = freePath(saveDir, doc.fileStem)
      writeFileAtomic(path, buffer)
      logger.info({ pages, bytes: buffer.length }, 'pdf: saved')
      return { ...base, fileName: basename(path), path }
    },
  }
}

/** `stem.pdf`, or `stem-2.pdf`, `stem-3.pdf`… so an earlier copy is never overwritten. */
function freePath(dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}.pdf` : `${stem}-${n}.pdf`)
    if (!existsSync(path)) return path
  }
}
