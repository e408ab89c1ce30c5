import type { PdfResult } from '../../../shared/ipc/printing-contract'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'
import type { ServiceLogger } from '../logger'
import type { PdfDocument } from './document-frame'
import type { PdfOutput } from './pdf-output'

/**
 * "Enviar a mi correo" (issue 16, flow 4): the PDF is made in memory and the API e-mails it to the
 * member's registered address. Nothing of the member's is written to the kiosk's disk.
 */
export async function mailPdf(
  api: ApiClient,
  auth: AuthService,
  pdfs: PdfOutput,
  doc: PdfDocument,
  logger: ServiceLogger,
): Promise<PdfResult> {
  const { buffer, pages } = await pdfs.render(doc)
  const fileName = `${doc.fileStem}.pdf`
  const title = typeof doc.definition.info?.title === 'string' ? doc.definition.info.title : doc.fileStem
  const sent = await auth.withToken((token) =>
    api.call('documentMail', { fileName, title, pdfBase64: buffer.toString('base64') }, token),
  )
  logger.info({ pages, bytes: buffer.length }, 'pdf: e-mailed')
  return { action: 'email', fileName, path: null, sizeBytes: buffer.length, pages, sentTo: sent.maskedEmail }
}
