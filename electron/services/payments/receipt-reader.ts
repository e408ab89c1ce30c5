import type { ObligationReceipt } from '../../../shared/api/obligations'
import type { BillReceipt } from '../../../shared/api/bills'
import type { TransferReceipt } from '../../../shared/api/payments'
import type { PseReceipt } from '../../../shared/api/pse'
import { KioskError } from '../../../shared/ipc/errors'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'

/** A member's own transfer and PSE receipts, read from the API with the session (what printing needs of payments). */
export interface ReceiptReader {
  receipt(receiptNumber: string): Promise<TransferReceipt>
  /** An approved PSE payment's receipt; NOT_FOUND while it is not approved. */
  pse(paymentId: string): Promise<PseReceipt>
  obligationReceipt(receiptNumber: string): Promise<ObligationReceipt>
  /** A bill, top-up or card payment's receipt (sandbox/bills). */
  billReceipt(receiptNumber: string): Promise<BillReceipt>
}

export const createReceiptReader = ({ api, auth }: { api: ApiClient; auth: AuthService }): ReceiptReader => ({
  receipt: (receiptNumber) =>
    auth.withToken(async (token) => {
      try {
        return await api.call('paymentReceiptGet', { params: { receiptNumber } }, token)
      } catch (e) {
        // Not among the transfers: an ACH transfer's receipt (same numbering, kept by the ACH routes).
        if (!(e instanceof KioskError && e.code === 'NOT_FOUND')) throw e
        return api.call('achReceiptGet', { params: { receiptNumber } }, token)
      }
    }),
  pse: (paymentId) =>
    auth.withToken(async (token) => {
      const p = await api.call('pseStatus', { params: { paymentId } }, token)
      if (!p.receipt) throw new KioskError('NOT_FOUND', 'The PSE payment is not approved')
      return p.receipt
    }),
  obligationReceipt: (receiptNumber) =>
    auth.withToken((token) => api.call('obligationReceiptGet', { params: { receiptNumber } }, token)),
  billReceipt: (receiptNumber) =>
    auth.withToken((token) => api.call('billReceiptGet', { params: { receiptNumber } }, token)),
})
