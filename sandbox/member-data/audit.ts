import type { Database } from '../db/database'

export type MemberDataAction =
  | 'contact-change-started'
  | 'contact-change-refused'
  | 'contact-change-pending'
  | 'contact-change-applied'
  | 'contact-change-rejected'
  | 'withdrawal-requested'
  | 'withdrawal-cancelled'

/** The append-only trail of the member's data changes and requests (member_data_audit). */
export function createMemberDataAudit(db: Database, now: () => Date) {
  const insert = db.prepare(
    `INSERT INTO member_data_audit (at, member_id, action, subject, detail, actor)
     VALUES (@at, @memberId, @action, @subject, @detail, @actor)`,
  )
  return {
    record(e: {
      memberId: number
      action: MemberDataAction
      subject: string
      detail: string
      actor: string
    }) {
      insert.run({ ...e, at: now().getTime() })
    },
  }
}
export type MemberDataAudit = ReturnType<typeof createMemberDataAudit>
