import type { AchDraft } from '@shared/api/ach'
import type { AchAccountType } from '@shared/api/ach-choices'
import type { MemberRef, TransferDraft, TransferKind } from '@shared/api/payments'
import { PAYMENTS_LABELS } from '@shared/labels/payments-labels'
import { CURRENCY_DIGITS, type CurrencyCode } from '@shared/money/money'

/** The wizard's steps before the code, in order; the code screen follows the last. */
export const WIZARD_STEPS = ['kind', 'origin', 'destination', 'amount', 'reference', 'review'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]
/** What the step indicator lists: the wizard's steps and the code. */
export const INDICATOR_STEPS = [...WIZARD_STEPS, 'code'] as const
export type IndicatorStep = (typeof INDICATOR_STEPS)[number]

/** The kinds offered, in the labels' order (shared/api/payments.ts carries zod, kept out of the renderer). */
export const TRANSFER_KINDS = Object.keys(PAYMENTS_LABELS.es.kinds) as TransferKind[]

/** The most digits the amount keypad takes: whole units, far above any cooperative's limit. */
export const AMOUNT_MAX_DIGITS = 10
/** TransferReferenceSchema's maximum: the keyboard stops there, the API refuses more. */
export const REFERENCE_MAX_LENGTH = 60
/** AccountNumberSchema's longest passbook number. */
export const ACCOUNT_NUMBER_MAX_LENGTH = 20

/** What the member has chosen so far, as typed. */
export interface TransferChoices {
  kind: TransferKind | null
  originId: string | null
  ownDestinationId: string | null
  memberBy: MemberRef['by']
  memberValue: string
  accountNumber: string
  /** Another bank (ACH): the bank, the account's type and the holder's ID number there. */
  bankCode: string | null
  accountType: AchAccountType
  holderId: string
  /** Whole units of the currency, typed on the keypad ("250000" is $ 250.000,00). */
  amountUnits: string
  reference: string
}

export const emptyChoices = (): TransferChoices => ({
  kind: null,
  originId: null,
  ownDestinationId: null,
  memberBy: 'memberNumber',
  memberValue: '',
  accountNumber: '',
  bankCode: null,
  accountType: 'savings',
  holderId: '',
  amountUnits: '',
  reference: '',
})

/** Whole units to minor units (integers only: no float ever touches money). */
export const unitsToMinor = (units: string, currency: CurrencyCode): number =>
  Number(units || '0') * 10 ** CURRENCY_DIGITS[currency]

/** A transfer to the cooperative's accounts, or one to another bank (ACH). */
export type WizardDraft = TransferDraft | AchDraft
export const isAchDraft = (d: WizardDraft): d is AchDraft => !('kind' in d.destination)

/** The least a holder's ID number has (ID_NUMBER_PATTERN). */
export const HOLDER_ID_MIN_LENGTH = 4

/** The draft the API is asked about, or null while something is missing. */
export function toDraft(c: TransferChoices, currency: CurrencyCode): WizardDraft | null {
  const amountMinor = unitsToMinor(c.amountUnits, currency)
  const reference = c.reference.trim()
  if (!c.kind || !c.originId || amountMinor <= 0 || !reference) return null
  if (c.kind === 'bank')
    return c.bankCode && c.accountNumber.length >= 6 && c.holderId.length >= HOLDER_ID_MIN_LENGTH
      ? {
          originAccountId: c.originId,
          destination: {
            bankCode: c.bankCode,
            accountType: c.accountType,
            accountNumber: c.accountNumber,
            holderId: c.holderId,
          },
          amount: { amountMinor, currency },
          reference,
        }
      : null
  const destination: TransferDraft['destination'] | null =
    c.kind === 'own'
      ? c.ownDestinationId
        ? { kind: 'own', accountId: c.ownDestinationId }
        : null
      : c.memberValue && c.accountNumber
        ? {
            kind: 'member',
            member: { by: c.memberBy, value: c.memberValue },
            accountNumber: c.accountNumber,
          }
        : null
  if (!destination) return null
  return { originAccountId: c.originId, destination, amount: { amountMinor, currency }, reference }
}

/** One string per draft, to tell whether a code still belongs to what is on screen. */
export const draftSignature = (d: WizardDraft): string =>
  JSON.stringify([d.originAccountId, d.destination, d.amount.amountMinor, d.amount.currency, d.reference])
