import { computed } from 'vue'
import type { PaymentParty, TransferAuthorises } from '@shared/api/payments'
import { addMoney } from '@shared/money/money'
import { useTransferStore } from '../stores/transfer'
import { isAchDraft } from '../transfer-draft'

/** As the API masks them: four stars and the last four. */
const masked = (value: string) => `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`

/**
 * The operation as the member has put it together, in the shape the API answers with a code (so one
 * summary shows both): the fee is the one the API stated for the kind, and the API restates it all.
 */
export function useTransferPreview() {
  const transfer = useTransferStore()
  return computed((): TransferAuthorises | null => {
    const d = transfer.draft
    const limits = transfer.limits
    const origin = transfer.origin
    if (!d || !limits || !origin) return null
    let destination: PaymentParty | null
    if (isAchDraft(d))
      destination = transfer.bankName
        ? {
            name: transfer.bankName,
            maskedNumber: `****${d.destination.accountNumber.slice(-4)}`,
            maskedHolder: masked(d.destination.holderId),
          }
        : null
    else if (d.destination.kind === 'own')
      destination = transfer.ownDestination && {
        name: transfer.ownDestination.name,
        maskedNumber: transfer.ownDestination.maskedNumber,
      }
    else destination = transfer.checkedParty
    if (!destination) return null
    return {
      kind: isAchDraft(d) ? 'bank' : d.destination.kind,
      origin: { name: origin.name, maskedNumber: origin.maskedNumber },
      destination,
      amount: d.amount,
      fee: limits.fee,
      total: addMoney(d.amount, limits.fee),
      reference: d.reference,
    }
  })
}
