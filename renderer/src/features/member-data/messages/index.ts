import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { MemberDataMessages } from './es'
import type { MemberDataTileMessages } from './tile'

type Messages = { memberData: MemberDataMessages & MemberDataTileMessages }
export type MemberDataKey = MessageKey<Messages>

/** `t` for the member's data screens: the core's keys and `memberData.…`, checked by vue-tsc. */
export const useMemberDataI18n = () => useKioskI18n<Messages>()
