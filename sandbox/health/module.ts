import type { SandboxModule } from '../modules/sandbox-module'

/** `GET /health`: the sandbox's version, its cooperative and its clock. */
export const healthModule: SandboxModule<'health'> = {
  name: 'health',
  migrations: [],
  start: ({ profile, version, now }) => ({
    handlers: {
      health: () => ({
        status: 'ok',
        version,
        cooperative: { name: profile.name, currency: profile.currency, locale: profile.locale },
        time: now().toISOString(),
      }),
    },
    provides: undefined,
  }),
}
