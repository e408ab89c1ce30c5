import type { Database } from '../db/database'
import type { SetupStep } from '../../shared/credentials/setup-steps'
import { SECURITY_QUESTION_COUNT } from '../../shared/credentials/security-questions'

/**
 * The setup steps a member still owes, in the order the kiosk asks them (SETUP_STEPS): a personal
 * password after a temporary key, the image and phrase after a reset or at enrollment, three security
 * questions, and acceptance of the current contract version.
 */
export function createSetupState(db: Database, contractVersion: string) {
  const state = db.prepare<
    [string, number],
    { must_change_password: 0 | 1; image_pending: 0 | 1; answers: number; accepted: number }
  >(
    `SELECT m.must_change_password, m.image_pending,
       (SELECT count(*) FROM security_answers a WHERE a.member_id = m.id) AS answers,
       (SELECT count(*) FROM contract_acceptances c WHERE c.member_id = m.id AND c.version = ?) AS accepted
     FROM members m WHERE m.id = ?`,
  )
  return {
    pending(memberId: number): SetupStep[] {
      const s = state.get(contractVersion, memberId)
      if (!s) return []
      const steps: SetupStep[] = []
      if (s.must_change_password === 1) steps.push('password')
      if (s.image_pending === 1) steps.push('securityImage')
      if (s.answers < SECURITY_QUESTION_COUNT) steps.push('securityQuestions')
      if (s.accepted === 0) steps.push('contract')
      return steps
    },
  }
}
export type SetupState = ReturnType<typeof createSetupState>
