import type { MemberSummary } from '../../../shared/api/member'
import type { Certificate } from '../../../shared/api/products'
import { fill, type DocumentFormat } from './document-format'
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

export function certificateTitle(labels: DocumentLabels, c: Certificate): string {
  return fill(labels.certificates[c.kind], c.kind === 'annual_tax' ? { year: c.annualTax.year } : {})
}
