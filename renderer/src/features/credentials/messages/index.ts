import { useKioskI18n, type MessageKey } from '@/i18n/typed'
import type { CredentialsMessages } from './es'
import type { CredentialsTileMessages } from './tile'

type Messages = { credentials: CredentialsMessages & CredentialsTileMessages }
/** A credentials key, for texts chosen in code (tiles, options). */
export type CredentialsKey = MessageKey<Messages>

/** `t` for the credentials screens: the core's keys and `credentials.…`, checked by vue-tsc. */
export const useCredentialsI18n = () => useKioskI18n<Messages>()
