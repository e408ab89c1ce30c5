import type { PrintRegistries } from './document-registry'
import { billReceipt } from './receipts/bill-receipt'
import { transferReceipt } from './receipts/transfer-receipt'

/** The payments feature's printable documents: the receipt of a completed transfer (print and reprint). */
export function registerPaymentsDocuments({ receipts }: PrintRegistries): void {
  receipts.register('transfer', async ({ receiptNumber }, ctx, { payments }) =>
    transferReceipt(ctx, await payments.receipt(receiptNumber)),
  )
  receipts.register('bill', async ({ receiptNumber }, ctx, { payments }) =>
    billReceipt(ctx, await payments.billReceipt(receiptNumber)),
  )
}
