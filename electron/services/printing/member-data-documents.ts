import type { PrintRegistries } from './document-registry'
import { withdrawalReceipt } from './receipts/withdrawal-receipt'

/** The member-data feature's printable documents: a contribution withdrawal request (print and reprint). */
export function registerMemberDataDocuments({ receipts }: PrintRegistries): void {
  receipts.register('withdrawal', async ({ requestNumber }, ctx, { memberData }) =>
    withdrawalReceipt(ctx, await memberData.withdrawal(requestNumber)),
  )
}
