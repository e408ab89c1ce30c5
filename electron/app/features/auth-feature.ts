import { defineFeature } from '../feature'

/** Two-step login, logout and keep-alive, over the session held by the AuthService. */
export const authFeature = defineFeature<'auth.lookup' | 'auth.login' | 'auth.logout' | 'session.keepAlive'>(
  ({ auth }) => ({
    name: 'auth',
    handlers: {
      'auth.lookup': ({ idNumber }) => auth.lookup(idNumber),
      'auth.login': ({ idNumber, password }) => auth.login(idNumber, password),
      'auth.logout': async () => {
        await auth.logout()
        return { ok: true }
      },
      'session.keepAlive': () => auth.keepAlive(),
    },
  }),
)
