import type { PrintRegistries } from './document-registry'
import { pseReceipt } from './receipts/pse-receipt'
import { transferReceipt } from './receipts/transfer-receipt'

/** The payments feature's printable documents: completed transfers' and approved PSE payments' receipts. */
export function registerPaymentsDocuments({ receipts }: PrintRegistries): void {
  receipts.register('transfer', async ({ receiptNumber }, ctx, { payments }) =>
    transferReceipt(ctx, await payments.receipt(receiptNumber)),
  )
  receipts.register('pse', async ({ paymentId }, ctx, { payments }) =>
    pseReceipt(ctx, await payments.pse(paymentId)),
  )
}
