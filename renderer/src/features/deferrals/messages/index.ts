import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { DeferralsMessages } from './es'
import type { DeferralsTileMessages } from './tiles'

type Messages = { deferrals: DeferralsMessages & DeferralsTileMessages }
export type DeferralsKey = MessageKey<Messages>

/** `t` for the deferral screens: the core's keys and `deferrals.…`, checked by vue-tsc. */
export const useDeferralsI18n = () => useKioskI18n<Messages>()
