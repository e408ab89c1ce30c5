import { idDigest } from '../auth/id-digest'
import { createAttemptBudget, DEFAULT_BUDGET_LIMITS } from '../credentials/attempt-budget'
import { normalizeIdNumber } from '../credentials/member-credentials'
import type { Database } from '../db/database'
import type { SandboxModule } from '../modules/sandbox-module'
import { staffModule } from '../staff/module'
import type { StaffProfile } from '../../shared/api/staff'
import { KioskError } from '../../shared/ipc/errors'
import { createActivity } from './activity'
import { createMemberDataAudit } from './audit'
import { createContactChanges } from './contact-changes'
import { MEMBER_DATA_MIGRATIONS } from './migrations'
import { MEMBER_DATA_POLICIES, type MemberDataPolicy } from './policy'
import { createWithdrawals } from './withdrawals'

export type MemberDataRouteName =
  | 'memberProfile'
  | 'contactChangeStart'
  | 'contactChangeConfirm'
  | 'withdrawalList'
  | 'withdrawalRequest'
  | 'withdrawalGet'
  | 'withdrawalCancel'
  | 'memberActivity'
  | 'contactReviewList'
  | 'contactReviewDecide'

/** Tellers and supervisors review contact changes (IT staff do not act on members). */
const requireDeskRole = (s: StaffProfile) => {
  if (!s.roles.includes('teller') && !s.roles.includes('supervisor'))
    throw new KioskError('FORBIDDEN', 'Teller or supervisor role required')
  return s
}

/** Members seeded before this module get a demo address, so every profile shows one. */
function backfillAddresses(db: Database, policy: MemberDataPolicy) {
  const missing = db
    .prepare<[], { id: number }>(
      'SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM member_addresses) ORDER BY id',
    )
    .all()
  const insert = db.prepare<[number, string, string]>(
    'INSERT INTO member_addresses (member_id, address, city) VALUES (?, ?, ?)',
  )
  for (const { id } of missing) {
    const a = policy.addresses[id % policy.addresses.length]!
    insert.run(id, a.address, a.city)
  }
}

/**
 * The member's own data (issue 16): "Mis datos personales" with contact changes proven by two codes,
 * contribution withdrawal requests, and "Mi actividad" over every source that records what they did.
 */
export const memberDataModule: SandboxModule<MemberDataRouteName> = {
  name: 'member-data',
  migrations: MEMBER_DATA_MIGRATIONS,
  start: ({ db, secret, profile, now, options, sessions, outbox, use }) => {
    const staff = use(staffModule)
    const policy = MEMBER_DATA_POLICIES[profile.id]
    backfillAddresses(db, policy)
    const budget = createAttemptBudget(db, now, {
      ...DEFAULT_BUDGET_LIMITS,
      sendCooldownSeconds: options.sendCooldownSeconds,
      sendsPerDay: options.sendsPerDay,
    })
    const audit = createMemberDataAudit(db, now)
    const changes = createContactChanges({
      db,
      secret,
      now,
      outbox,
      budget,
      audit,
      policy,
      cooperativeName: profile.shortName,
      ttlSeconds: options.otpTtlSeconds,
      subjectOf: (idNumber) => idDigest(secret, normalizeIdNumber(idNumber)).toString('hex'),
    })
    const withdrawals = createWithdrawals({ db, now, currency: profile.currency, policy, audit })
    const activity = createActivity(db)
    const member = (bearer: string) => sessions.require(bearer).memberId
    const desk = (bearer: string) => requireDeskRole(staff.sessions.touch(bearer))
    return {
      handlers: {
        memberProfile: ({ bearer }) => changes.profile(member(bearer)),
        contactChangeStart: ({ bearer, body }) => changes.start(member(bearer), body),
        contactChangeConfirm: ({ bearer, params, body }) =>
          changes.confirm(member(bearer), params.changeId, body),
        withdrawalList: ({ bearer }) => withdrawals.list(member(bearer)),
        withdrawalRequest: ({ bearer, body, idempotencyKey }) =>
          withdrawals.request(member(bearer), idempotencyKey, body),
        withdrawalGet: ({ bearer, params }) => withdrawals.get(member(bearer), params.requestNumber),
        withdrawalCancel: ({ bearer, params }) => withdrawals.cancel(member(bearer), params.requestNumber),
        memberActivity: ({ bearer }) => activity.list(member(bearer)),
        contactReviewList: ({ bearer }) => {
          desk(bearer)
          return { changes: changes.pendingReview() }
        },
        contactReviewDecide: ({ bearer, params, body }) =>
          changes.review(params.changeId, body.decision === 'approve', `staff:${desk(bearer).username}`),
      },
      provides: undefined,
    }
  },
}
