import { PRODUCT_KINDS } from '../../shared/api/member'
import {
  PRODUCT_NATURE,
  type ConsolidatedPosition,
  type PositionLine,
  type ProductDetail,
} from '../../shared/api/products'
import { money, sumMoney, type CurrencyCode, type Money } from '../../shared/money/money'

/** What can be used now: a savings account's available balance, a card's unused limit. */
function availableOf(d: ProductDetail): Money | null {
  if (d.kind === 'savings') return d.savings.available
  if (d.kind === 'card') return d.card.available
  return null
}

function nextDueOf(d: ProductDetail): string | null {
  switch (d.kind) {
    case 'contribution':
      return d.contribution.dueDate
    case 'loan':
      return d.loan.nextInstallment?.dueDate ?? null
    case 'card':
      return d.card.paymentDueDate
    case 'other_obligation':
      return d.otherObligation.dueDate
    default:
      return null
  }
}

/** The consolidated position from the member's product details (built once, for screens and print). */
export function positionOf(
  details: readonly ProductDetail[],
  monthlyPayments: ReadonlyMap<string, number | null>,
  currency: CurrencyCode,
  cutoffDate: string,
): ConsolidatedPosition {
  const line = (d: ProductDetail): PositionLine => {
    const monthly = monthlyPayments.get(d.id) ?? null
    return {
      id: d.id,
      kind: d.kind,
      name: d.name,
      maskedNumber: d.maskedNumber,
      balance: d.balance,
      status: d.status,
      monthlyPayment: monthly === null ? null : money(monthly, currency),
      available: availableOf(d),
      nextDueDate: nextDueOf(d),
    }
  }
  const groups = PRODUCT_KINDS.map((kind) => {
    const products = details.filter((d) => d.kind === kind).map(line)
    return {
      kind,
      nature: PRODUCT_NATURE[kind],
      products,
      total: sumMoney(
        products.map((p) => p.balance),
        currency,
      ),
    }
  }).filter((g) => g.products.length > 0)
  const totalOf = (nature: 'asset' | 'liability') =>
    sumMoney(
      groups.filter((g) => g.nature === nature).map((g) => g.total),
      currency,
    )
  const assets = totalOf('asset')
  const liabilities = totalOf('liability')
  // Deductions are how other products get paid: counting them too would count a payment twice.
  const commitments = details
    .filter((d) => d.kind !== 'deduction' && d.status !== 'closed')
    .map((d) => money(monthlyPayments.get(d.id) ?? 0, currency))
  return {
    cutoffDate,
    currency,
    groups,
    totals: {
      assets,
      liabilities,
      net: money(assets.amountMinor - liabilities.amountMinor, currency),
      monthlyCommitments: sumMoney(commitments, currency),
    },
  }
}
