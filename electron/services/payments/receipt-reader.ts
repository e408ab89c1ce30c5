import type { BillReceipt } from '../../../shared/api/bills'
import type { TransferReceipt } from '../../../shared/api/payments'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'

/** A member's own transfer receipts, read from the API with the session (what printing needs of payments). */
export interface ReceiptReader {
  receipt(receiptNumber: string): Promise<TransferReceipt>
  /** A bill, top-up or card payment's receipt (sandbox/bills). */
  billReceipt(receiptNumber: string): Promise<BillReceipt>
}

export const createReceiptReader = ({ api, auth }: { api: ApiClient; auth: AuthService }): ReceiptReader => ({
  receipt: (receiptNumber) =>
    auth.withToken((token) => api.call('paymentReceiptGet', { params: { receiptNumber } }, token)),
  billReceipt: (receiptNumber) =>
    auth.withToken((token) => api.call('billReceiptGet', { params: { receiptNumber } }, token)),
})
