import { AUTH_SERVICE, SESSION_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { defineFeature } from '../feature'

/** Two-step login, logout and keep-alive, over the sessions held by the AuthService. */
export const authFeature = defineFeature(({ auth }) => ({
  name: 'auth',
  handlers: {
    ...registerService(AUTH_SERVICE, {
      lookup: ({ idNumber, questionTicket }) => auth.lookup(idNumber, questionTicket),
      login: ({ idNumber, password, questionTicket }) => auth.login(idNumber, password, questionTicket),
      logout: async () => {
        await auth.logout()
        return { ok: true as const }
      },
    }),
    ...registerService(SESSION_SERVICE, { keepAlive: () => auth.keepAlive() }),
  },
}))
