import type { SandboxModule } from '../modules/sandbox-module'
import { MEMBERS_MIGRATIONS } from './migrations'
import { createMemberSummaries } from './summary'

/**
 * The member base: its step 1 is the schema every feature builds on (members, products, movements,
 * sign-in tables, meta); the members themselves are written by the seed runner (sandbox/seed/seed.ts).
 */
export const membersModule: SandboxModule<'memberSummary'> = {
  name: 'members',
  migrations: MEMBERS_MIGRATIONS,
  start: ({ db, profile, now, sessions }) => {
    const members = createMemberSummaries(db, profile.currency, now)
    return {
      handlers: { memberSummary: ({ bearer }) => members.summary(sessions.require(bearer).memberId) },
      provides: undefined,
    }
  },
}
