import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { BillsMessages } from './es'
import type { BillsTileMessages } from './tile'

type Messages = { bills: BillsMessages & BillsTileMessages }
/** A bills key, for texts chosen in code. */
export type BillsKey = MessageKey<Messages>

/** `t` for the bills screens: the core's keys and `bills.…`, checked by vue-tsc. */
export const useBillsI18n = () => useKioskI18n<Messages>()
