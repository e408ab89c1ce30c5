import type { Movement } from '../../../shared/api/products'
import { money, sumMoney, type Money } from '../../../shared/money/money'

/** Debits count against the member: shown with a minus sign. */
export const signedAmount = (m: Movement): Money =>
  m.direction === 'debit' ? money(-m.amount.amountMinor, m.amount.currency) : m.amount

/** Totals of a list of movements, in integer minor units. */
export function movementTotals(movements: readonly Movement[], currency: Money['currency']) {
  const of = (d: Movement['direction']) =>
    sumMoney(
      movements.filter((m) => m.direction === d).map((m) => m.amount),
      currency,
    )
  return { credits: of('credit'), debits: of('debit'), count: movements.length }
}
