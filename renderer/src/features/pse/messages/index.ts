import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { PseMessages } from './es'
import type { PseTileMessages } from './tile'

type Messages = { pse: PseMessages & PseTileMessages }
export type PseKey = MessageKey<Messages>

/** `t` for the PSE screens: the core's keys and `pse.…`, checked by vue-tsc. */
export const usePseI18n = () => useKioskI18n<Messages>()
