import { computed } from 'vue'
import type { TransferAuthorises } from '@shared/api/payments'
import { addMoney } from '@shared/money/money'
import { useTransferStore } from '../stores/transfer'

/**
 * The operation as the member has put it together, in the shape the API answers with a code (so one
 * summary shows both): the fee is the one the API stated for the kind, and the API restates it all.
 */
export function useTransferPreview() {
  const transfer = useTransferStore()
  return computed((): TransferAuthorises | null => {
    const d = transfer.draft
    const rules = transfer.accounts.data?.rules
    const origin = transfer.origin
    const destination =
      d?.destination.kind === 'own'
        ? transfer.ownDestination && {
            name: transfer.ownDestination.name,
            maskedNumber: transfer.ownDestination.maskedNumber,
          }
        : transfer.checkedParty
    if (!d || !rules || !origin || !destination) return null
    const fee = rules.fees[d.destination.kind]
    return {
      kind: d.destination.kind,
      origin: { name: origin.name, maskedNumber: origin.maskedNumber },
      destination,
      amount: d.amount,
      fee,
      total: addMoney(d.amount, fee),
      reference: d.reference,
    }
  })
}
