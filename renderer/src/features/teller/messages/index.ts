import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { TellerMessages } from './es'

type Messages = { teller: TellerMessages }
export type TellerKey = MessageKey<Messages>

/** `t` for the teller screens: the core's keys and `teller.…`, checked by vue-tsc. */
export const useTellerI18n = () => useKioskI18n<Messages>()
