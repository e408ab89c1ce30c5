import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { HelpMessages } from './es'

type Messages = { help: HelpMessages }
export type HelpKey = MessageKey<Messages>

/** `t` for the help screens: the core's keys and `help.…`, checked by vue-tsc. */
export const useHelpI18n = () => useKioskI18n<Messages>()
