import type { MemberSummary } from '../../../shared/api/member'
import type { Certificate } from '../../../shared/api/products'
import type { DocumentFormat } from './document-format'
import { DOCUMENT_LABELS, type DocumentLabels } from './document-labels'

/** Where and when a document is printed, and in which words and formats. */
export interface PrintContext {
  cooperative: { name: string; shortName: string }
  kioskId: string
  branch: { name: string }
  /** Epoch ms of printing. */
  printedAt: number
  format: DocumentFormat
}

/** Who the document is about: the member summary's header fields. */
export type MemberHeader = Pick<MemberSummary, 'fullName' | 'maskedIdNumber' | 'memberNumber'>

export const labelsFor = (ctx: PrintContext): DocumentLabels => DOCUMENT_LABELS[ctx.format.language]

/** The screen's name of the certificate; paper adds the tax year, since the sheet is kept for years. */
export function certificateTitle(labels: DocumentLabels, c: Certificate): string {
  const title = labels.certificateTitles[c.kind]
  return c.kind === 'annual_tax' ? `${title} ${c.annualTax.year}` : title
}
