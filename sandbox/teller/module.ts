import { TELLER_ROUTES } from '../../shared/api/teller'
import type { StaffProfile } from '../../shared/api/staff'
import { KioskError } from '../../shared/ipc/errors'
import { credentialsModule } from '../credentials/module'
import type { RouteHandlers } from '../http/route-handlers'
import type { SandboxModule } from '../modules/sandbox-module'
import { staffModule } from '../staff/module'
import { createTellerAudit } from './audit'
import { createMemberView } from './member-view'
import { TELLER_MIGRATIONS } from './migrations'
import { createSlipKeys } from './slip-keys'
import { createTellerActions } from './teller-actions'

type TellerRouteName = keyof typeof TELLER_ROUTES

/** Tellers and supervisors only: IT staff sign in for maintenance, not to act on members. */
const requireDeskRole = (s: StaffProfile) => {
  if (!s.roles.includes('teller') && !s.roles.includes('supervisor'))
    throw new KioskError('FORBIDDEN', 'Teller or supervisor role required')
  return s
}

/**
 * Teller mode at the branch desk (issue 10): member lookup by ID number, the identity-checked actions with
 * their reasons and four eyes, and the append-only audit. Staff tokens only (the staff module's hook
 * refuses member tokens on `principal: 'staff'` routes).
 */
export const tellerModule: SandboxModule<TellerRouteName> = {
  name: 'teller',
  migrations: TELLER_MIGRATIONS,
  start: ({ db, secret, profile, now, options, guard, outbox, use }) => {
    const staff = use(staffModule)
    const { temporaryKeys, setup } = use(credentialsModule)
    const audit = createTellerAudit(db, now, profile.timeZone)
    const slipKeys = createSlipKeys(db, temporaryKeys)
    const members = createMemberView({
      db,
      secret,
      now,
      lockoutThreshold: options.lockoutThreshold,
      setup,
      slipKeys,
      audit,
    })
    const act = createTellerActions({
      db,
      secret,
      cooperativeName: profile.shortName,
      policy: profile.passwordPolicy,
      guard,
      temporaryKeys,
      slipKeys,
      outbox,
      audit,
      members,
      now,
      checkStaffPassword: staff.checkPassword,
    })
    const desk = (bearer: string) => requireDeskRole(staff.sessions.touch(bearer))

    const handlers: Pick<RouteHandlers, TellerRouteName> = {
      tellerLookup: ({ bearer, body }) => {
        desk(bearer)
        const m = members.find(body.idNumber)
        if (!m) throw new KioskError('NOT_FOUND', 'No member with this ID number')
        return members.view(m)
      },
      tellerAction: ({ bearer, body }) => act(desk(bearer), body),
      tellerAudit: ({ bearer, query }) => {
        const s = desk(bearer)
        if (query.scope === 'branch' && !s.roles.includes('supervisor'))
          throw new KioskError('FORBIDDEN', "The branch's audit is for supervisors")
        return { scope: query.scope, ...audit.today(query.scope === 'branch' ? null : s.username) }
      },
    }
    return { handlers, provides: undefined }
  },
}
