import { useKioskI18n } from '@/i18n/typed'
import type { SignInMessages } from './es'

/** `t` for the sign-in screens: the core's keys and `signIn.…`, checked by vue-tsc. */
export const useSignInI18n = () => useKioskI18n<{ signIn: SignInMessages }>()
