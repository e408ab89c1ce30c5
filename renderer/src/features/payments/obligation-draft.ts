import type {
  ObligationList,
  ObligationMode,
  ObligationPaymentDraft,
  PayableObligation,
} from '@shared/api/obligations'
import type { PaymentAccounts } from '@shared/api/payments'
import { OBLIGATIONS_LABELS } from '@shared/labels/obligations-labels'
import { money, type CurrencyCode, type Money } from '@shared/money/money'
import { unitsToMinor } from './transfer-draft'

/** Seed 000's steps, in order: Tipo de pago → Obligaciones → Formas de pago → Requisitos → Verificación. */
export const OBLIGATION_STEPS = ['type', 'obligations', 'methods', 'requirements', 'verification'] as const
export type ObligationStep = (typeof OBLIGATION_STEPS)[number]

/** The payment types offered, in the labels' order (shared/api carries zod, kept out of the renderer). */
export const OBLIGATION_MODE_CHOICES = Object.keys(OBLIGATIONS_LABELS.es.modes) as ObligationMode[]

/** What the member has chosen so far, as typed (amounts in whole units, as the keypad types them). */
export interface ObligationChoices {
  mode: ObligationMode | null
  /** Obligations whose "Próximo vencimiento" is ticked. */
  ticked: string[]
  /** "Otro valor" per obligation, in whole units. */
  others: Record<string, string>
  method: 'single' | 'several' | null
  accountId: string | null
  /** Several accounts: whole units per account. */
  split: Record<string, string>
}

export const emptyObligationChoices = (): ObligationChoices => ({
  mode: null,
  ticked: [],
  others: {},
  method: null,
  accountId: null,
  split: {},
})

/** What each obligation gets: overdue mode takes every overdue amount; otherwise the tick or "Otro valor". */
export function linesOf(
  c: ObligationChoices,
  list: ObligationList,
): { obligation: PayableObligation; amount: Money }[] {
  if (c.mode === 'overdue')
    return list.obligations
      .filter((o) => o.overdue.amountMinor > 0)
      .map((o) => ({ obligation: o, amount: o.overdue }))
  return list.obligations.flatMap((o) => {
    if (c.ticked.includes(o.id) && o.nextDue.amountMinor > 0) return [{ obligation: o, amount: o.nextDue }]
    const other = unitsToMinor(c.others[o.id] ?? '', list.currency)
    return other > 0 ? [{ obligation: o, amount: money(other, list.currency) }] : []
  })
}

export const totalOf = (lines: readonly { amount: Money }[], currency: CurrencyCode): Money =>
  money(
    lines.reduce((s, l) => s + l.amount.amountMinor, 0),
    currency,
  )

/** How the total is collected: one account for all of it, or what was typed per account. */
export function sourcesOf(
  c: ObligationChoices,
  accounts: PaymentAccounts['accounts'],
  total: Money,
): ObligationPaymentDraft['sources'] {
  if (c.method === 'single')
    return c.accountId && accounts.some((a) => a.id === c.accountId)
      ? [{ kind: 'savings', accountId: c.accountId, amount: total }]
      : []
  if (c.method !== 'several') return []
  return accounts.flatMap((a) => {
    const minor = unitsToMinor(c.split[a.id] ?? '', total.currency)
    return minor > 0
      ? [{ kind: 'savings' as const, accountId: a.id, amount: money(minor, total.currency) }]
      : []
  })
}

/** The draft the API is asked about, or null while something is missing. */
export function toObligationDraft(
  c: ObligationChoices,
  list: ObligationList | null,
  accounts: PaymentAccounts['accounts'] | null,
): ObligationPaymentDraft | null {
  if (!c.mode || !list || !accounts) return null
  const lines = linesOf(c, list)
  if (lines.length === 0) return null
  const sources = sourcesOf(c, accounts, totalOf(lines, list.currency))
  if (sources.length === 0) return null
  return {
    mode: c.mode,
    lines: lines.map((l) => ({ obligationId: l.obligation.id, amount: l.amount })),
    sources,
  }
}

/** One signature per operation: a changed draft is another operation, with another idempotency key. */
export const obligationSignature = (d: ObligationPaymentDraft) => JSON.stringify(d)
