import type { PrintRegistries } from './document-registry'
import { obligationReceipt } from './receipts/obligation-receipt'
import { transferReceipt } from './receipts/transfer-receipt'

/** The payments feature's printable documents: the receipts of a completed transfer and a payment of obligations (print and reprint). */
export function registerPaymentsDocuments({ receipts }: PrintRegistries): void {
  receipts.register('transfer', async ({ receiptNumber }, ctx, { payments }) =>
    transferReceipt(ctx, await payments.receipt(receiptNumber)),
  )
  receipts.register('obligation', async ({ receiptNumber }, ctx, { payments }) =>
    obligationReceipt(ctx, await payments.obligationReceipt(receiptNumber)),
  )
}
