import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ContactChangeIdSchema } from '../../shared/api/member-data'
import { idDigest } from '../auth/id-digest'
import { createAttemptBudget, DEFAULT_BUDGET_LIMITS } from '../credentials/attempt-budget'
import { normalizeIdNumber } from '../credentials/member-credentials'
import type { Database } from '../db/database'
import type { SandboxModule } from '../modules/sandbox-module'
import { createActivity } from './activity'
import { createMemberDataAudit } from './audit'
import { createContactChanges, type ContactChanges } from './contact-changes'
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

export const CONTACT_REVIEW_PATH = '/sandbox/member-data/contact-changes'

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

/** Sandbox only, until the teller screen lists them: the demo's review of pending contact changes. */
function reviewRoutes(app: FastifyInstance, changes: ContactChanges) {
  const Params = z.object({ changeId: ContactChangeIdSchema })
  const Body = z.object({ decision: z.enum(['approve', 'reject']) })
  app.get(CONTACT_REVIEW_PATH, async () => ({ changes: changes.pendingReview() }))
  app.post(`${CONTACT_REVIEW_PATH}/:changeId/decision`, async (req) => {
    const { changeId } = Params.parse(req.params)
    const { decision } = Body.parse(req.body)
    return changes.review(changeId, decision === 'approve', 'sandbox-demo')
  })
}

/**
 * The member's own data (issue 16): "Mis datos personales" with contact changes proven by two codes,
 * contribution withdrawal requests, and "Mi actividad" over every source that records what they did.
 */
export const memberDataModule: SandboxModule<MemberDataRouteName> = {
  name: 'member-data',
  migrations: MEMBER_DATA_MIGRATIONS,
  start: ({ db, secret, profile, now, options, sessions, outbox }) => {
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
      },
      routes: (app) => reviewRoutes(app, changes),
      provides: undefined,
    }
  },
}
