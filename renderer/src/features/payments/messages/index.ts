import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { PaymentsMessages } from './es'
import type { PaymentsTileMessages } from './tile'

type Messages = { payments: PaymentsMessages & PaymentsTileMessages }
/** A payments key, for texts chosen in code (steps, tiles). */
export type PaymentsKey = MessageKey<Messages>

/** `t` for the transfer screens: the core's keys and `payments.…`, checked by vue-tsc. */
export const usePaymentsI18n = () => useKioskI18n<Messages>()
