import type { MemberSummary } from '../../../shared/api/member'
import type { PdfRequest, ReceiptRequest } from '../../../shared/ipc/printing-contract'
import {
  certificateReceipt,
  miniStatementReceipt,
  positionReceipt,
  type MemberHeader,
  type PrintContext,
} from './receipt-builders'
import type { ReceiptDocument } from './receipt-model'
import { certificatePdf } from '../pdf/certificate-pdf'
import type { PdfDocument } from '../pdf/document-frame'
import { positionPdf } from '../pdf/position-pdf'
import { statementPdf } from '../pdf/statement-pdf'
import type { PrintData } from './print-data'

const header = (m: MemberSummary): MemberHeader => ({
  fullName: m.fullName,
  maskedIdNumber: m.maskedIdNumber,
  memberNumber: m.memberNumber,
})

/** Fetches what a request needs and builds the receipt that prints it. */
export async function buildReceipt(
  data: PrintData,
  request: ReceiptRequest,
  ctx: PrintContext,
): Promise<ReceiptDocument> {
  switch (request.kind) {
    case 'miniStatement': {
      const member = await data.member()
      const product = data.product(member, request.productId)
      return miniStatementReceipt(
        ctx,
        header(member),
        product,
        await data.lastMovements(product.id, request.last),
      )
    }
    case 'position': {
      const [member, position] = await Promise.all([data.member(), data.position()])
      return positionReceipt(ctx, header(member), position)
    }
    case 'certificate':
      return certificateReceipt(ctx, await data.certificate(request.code))
  }
}

/** Fetches what a request needs and builds the PDF that shows it. */
export async function buildPdf(
  data: PrintData,
  request: PdfRequest,
  ctx: PrintContext,
): Promise<PdfDocument> {
  switch (request.kind) {
    case 'statement': {
      const member = await data.member()
      const product = data.product(member, request.productId)
      return statementPdf(ctx, header(member), await data.statement(product, request.from, request.to))
    }
    case 'position': {
      const [member, position] = await Promise.all([data.member(), data.position()])
      return positionPdf(ctx, header(member), position)
    }
    case 'certificate':
      return certificatePdf(ctx, await data.certificate(request.code))
  }
}
