import { MovementsRequestSchema } from '../../../shared/ipc/products-contract'
import { certificatePdf } from '../pdf/certificate-pdf'
import { positionPdf } from '../pdf/position-pdf'
import { statementPdf } from '../pdf/statement-pdf'
import type { PrintRegistries } from './document-registry'
import { memberProduct } from './print-data'
import { certificateReceipt } from './receipts/certificate-receipt'
import { miniStatementReceipt } from './receipts/mini-statement-receipt'
import { positionReceipt } from './receipts/position-receipt'

/** The products feature's printable documents: statements, the consolidated position, certificates. */
export function registerProductsDocuments({ receipts, pdfs }: PrintRegistries): void {
  receipts
    .register('miniStatement', async ({ productId, last }, ctx, { member, products }) => {
      const summary = await member.summary()
      const product = memberProduct(summary, productId)
      return miniStatementReceipt(
        ctx,
        summary,
        product,
        // The print contract types `last` as a number it checked; the movements request wants the literal.
        await products.movements(
          MovementsRequestSchema.parse({ productId: product.id, last, order: 'desc' }),
        ),
      )
    })
    .register('position', async (_request, ctx, { member, products }) => {
      const [summary, position] = await Promise.all([member.summary(), products.position()])
      return positionReceipt(ctx, summary, position)
    })
    .register('certificate', async ({ code }, ctx, { products }) =>
      certificateReceipt(ctx, await products.certificate(code)),
    )

  pdfs
    .register('statement', async ({ productId, from, to }, ctx, { member, products }) => {
      const summary = await member.summary()
      const product = memberProduct(summary, productId)
      const statement = await products.statement(product.id, from, to)
      return statementPdf(ctx, summary, { ...statement, product, from, to })
    })
    .register('position', async (_request, ctx, { member, products }) => {
      const [summary, position] = await Promise.all([member.summary(), products.position()])
      return positionPdf(ctx, summary, position)
    })
    .register('certificate', async ({ code }, ctx, { products }) =>
      certificatePdf(ctx, await products.certificate(code)),
    )
}
