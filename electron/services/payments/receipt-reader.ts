import type { ObligationReceipt } from '../../../shared/api/obligations'
import type { TransferReceipt } from '../../../shared/api/payments'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'

/** A member's own transfer receipts, read from the API with the session (what printing needs of payments). */
export interface ReceiptReader {
  receipt(receiptNumber: string): Promise<TransferReceipt>
  obligationReceipt(receiptNumber: string): Promise<ObligationReceipt>
}

export const createReceiptReader = ({ api, auth }: { api: ApiClient; auth: AuthService }): ReceiptReader => ({
  receipt: (receiptNumber) =>
    auth.withToken((token) => api.call('paymentReceiptGet', { params: { receiptNumber } }, token)),
  obligationReceipt: (receiptNumber) =>
    auth.withToken((token) => api.call('obligationReceiptGet', { params: { receiptNumber } }, token)),
})
