import type { ProductKind } from '../../shared/api/member'
import { PRODUCT_NATURE, type MovementDirection } from '../../shared/api/products'
import type { ProfileId } from '../profiles'

/**
 * How the sandbox reads its own ledger. The seed writes plain descriptions (no category column), so the
 * few that carry meaning are named here once: interest credited, card fees, card payments.
 */
export const INTEREST_EARNED_DESCRIPTIONS = ['Abono de intereses', 'Intereses causados'] as const
export const CARD_FEE_DESCRIPTION = 'Cuota de manejo'
export const CARD_PAYMENT_DESCRIPTION = 'Pago tarjeta'

/** Retención en la fuente on financial yields: 7 % in Colombia; Panamanian savings interest is exempt. */
export const WITHHOLDING_BP: Record<ProfileId, number> = { co: 700, pa: 0 }

/** A card's minimum payment: 5 % of the closing balance, rounded up to the minor unit. */
export const minimumPaymentOf = (closingMinor: number): number =>
  closingMinor <= 0 ? 0 : Math.ceil((closingMinor * 5) / 100)

/**
 * A movement is a credit when it is in the member's favour: it raises an asset (deposit, interest) or
 * lowers a debt (installment, card payment).
 */
export function directionOf(kind: ProductKind, amountMinor: number): MovementDirection {
  const raisesBalance = amountMinor > 0
  return PRODUCT_NATURE[kind] === 'asset'
    ? raisesBalance
      ? 'credit'
      : 'debit'
    : raisesBalance
      ? 'debit'
      : 'credit'
}

/** Integer share in basis points, floored (tax withheld never exceeds the exact figure). */
export const shareBp = (minor: number, bp: number): number => Math.floor((minor * bp) / 10_000)
