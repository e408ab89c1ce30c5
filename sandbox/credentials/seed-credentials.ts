import type { Database } from '../db/database'
import { normalizeAnswer } from '../../shared/credentials/answers'
import type { SecurityQuestionId } from '../../shared/credentials/security-questions'
import { hashPassword } from '../auth/password-hash'
import type { DemoMember } from '../seed/demo-members'
import { SERVICE_CONTRACT } from './service-contract'

/**
 * Every demo member with an online user answers seed 004's three example questions the same way (listed
 * in the README), so demos and tests can pass the security check.
 */
export const DEMO_SECURITY_ANSWERS: readonly { questionId: SecurityQuestionId; answer: string }[] = [
  { questionId: 'childhood-occupation', answer: 'Bombero' },
  { questionId: 'school-sport', answer: 'Fútbol' },
  { questionId: 'friend-birthday-month', answer: 'Diciembre' },
]

/** A password hash that never verifies: members without an online user have no password at all. */
const NO_PASSWORD = '!no-online-user'

/**
 * Credentials of the demo members: answers to the security questions and acceptance of the current
 * contract for members with an online user; none of it, and no usable password, for 'not-enrolled' ones.
 * The three answer hashes are computed once and shared by the demo members (seeding stays fast; real
 * answers are each hashed with their own salt).
 */
export async function prepareCredentialSeed(now: Date) {
  const hashes = await Promise.all(DEMO_SECURITY_ANSWERS.map((a) => hashPassword(normalizeAnswer(a.answer))))
  return (db: Database) => {
    const insertAnswer = db.prepare(
      'INSERT INTO security_answers (member_id, position, question_id, answer_hash) VALUES (?, ?, ?, ?)',
    )
    const accept = db.prepare(
      'INSERT INTO contract_acceptances (member_id, version, accepted_at, kiosk_id) VALUES (?, ?, ?, NULL)',
    )
    const withoutOnlineUser = db.prepare<[string, number]>(
      'UPDATE members SET online_user = 0, password_hash = ? WHERE id = ?',
    )
    /** Run inside the seeding transaction, once per member. */
    return (memberId: number, demo: DemoMember): void => {
      if (demo.role === 'not-enrolled') {
        withoutOnlineUser.run(NO_PASSWORD, memberId)
        return
      }
      DEMO_SECURITY_ANSWERS.forEach((a, i) => insertAnswer.run(memberId, i + 1, a.questionId, hashes[i]))
      accept.run(memberId, SERVICE_CONTRACT.version, now.getTime())
    }
  }
}
