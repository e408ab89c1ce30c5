import type { PrintRegistries } from './document-registry'
import { obligationReceipt } from './receipts/obligation-receipt'
import { pseReceipt } from './receipts/pse-receipt'
import { billReceipt } from './receipts/bill-receipt'
import { transferReceipt } from './receipts/transfer-receipt'

/**
 * The payments feature's printable documents: the receipts of a completed transfer, an approved PSE
 * payment and a payment of obligations (printed after it, and reprinted on request).
 */
export function registerPaymentsDocuments({ receipts }: PrintRegistries): void {
  receipts.register('transfer', async ({ receiptNumber }, ctx, { payments }) =>
    transferReceipt(ctx, await payments.receipt(receiptNumber)),
  )
  receipts.register('pse', async ({ paymentId }, ctx, { payments }) =>
    pseReceipt(ctx, await payments.pse(paymentId)),
  )
  receipts.register('obligation', async ({ receiptNumber }, ctx, { payments }) =>
    obligationReceipt(ctx, await payments.obligationReceipt(receiptNumber)),
  )
  receipts.register('bill', async ({ receiptNumber }, ctx, { payments }) =>
    billReceipt(ctx, await payments.billReceipt(receiptNumber)),
  )
}
