import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import type {
  Beneficiary,
  BeneficiaryAdd,
  BeneficiaryAuthorises,
  BeneficiaryChallenge,
  BeneficiaryDraft,
  BeneficiaryList,
} from '../../shared/api/beneficiaries'
import { KioskError } from '../../shared/ipc/errors'
import { maskAccountNumber, maskName } from '../auth/mask'
import { normalizeIdNumber } from '../credentials/member-credentials'
import type { Challenges } from './challenges'
import { canonicalJson } from './transfers'

interface BeneficiaryRow {
  id: string
  service: Beneficiary['service']
  name: string
  id_type: Beneficiary['idType']
  id_number: string
  account_number: string
  account_name: string
  full_name: string
}

interface Destination {
  product_id: string
  member_id: number
  account_name: string
  full_name: string
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

/**
 * A member's beneficiaries (seed 002): another member's active savings account, found by cédula and
 * account number. Adding one spends an operation code bound to that identification and account.
 */
export function createBeneficiaries(deps: { db: Database; now: () => Date; challenges: Challenges }) {
  const { db, now, challenges } = deps

  const destinationOf = db.prepare<{ idNumber: string; number: string }, Destination>(
    `SELECT p.id AS product_id, p.member_id, p.name AS account_name, m.full_name
     FROM products p JOIN members m ON m.id = p.member_id
     WHERE p.number = @number AND m.id_number = @idNumber AND p.kind = 'savings' AND p.status = 'active'`,
  )
  const COLUMNS = `b.id, b.service, b.name, b.id_type, b.id_number, b.account_number,
    p.name AS account_name, m.full_name`
  const FROM = `FROM beneficiaries b JOIN products p ON p.id = b.destination_product_id
    JOIN members m ON m.id = p.member_id`
  const list = db.prepare<[number], BeneficiaryRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE b.member_id = ? ORDER BY b.name COLLATE NOCASE, b.created_at`,
  )
  const one = db.prepare<[string, number], BeneficiaryRow>(
    `SELECT ${COLUMNS} ${FROM} WHERE b.id = ? AND b.member_id = ?`,
  )
  const already = db.prepare<[number, string], { id: string }>(
    'SELECT id FROM beneficiaries WHERE member_id = ? AND destination_product_id = ?',
  )
  const insert = db.prepare(
    `INSERT INTO beneficiaries (id, member_id, service, name, id_type, id_number, account_number,
       destination_product_id, created_at, updated_at)
     VALUES (@id, @memberId, @service, @name, @idType, @idNumber, @accountNumber, @productId, @t, @t)`,
  )
  const rename = db.prepare<[string, number, string, number]>(
    'UPDATE beneficiaries SET name = ?, updated_at = ? WHERE id = ? AND member_id = ?',
  )
  const remove = db.prepare<[string, number]>('DELETE FROM beneficiaries WHERE id = ? AND member_id = ?')

  const view = (r: BeneficiaryRow): Beneficiary => ({
    id: r.id,
    service: r.service,
    name: r.name,
    idType: r.id_type,
    idNumber: r.id_number,
    accountNumber: r.account_number,
    destination: {
      name: r.account_name,
      maskedNumber: maskAccountNumber(r.account_number),
      maskedHolder: maskName(r.full_name),
    },
  })

  /** The other member's account the draft names; the member's own accounts and duplicates are refused. */
  function resolve(memberId: number, draft: BeneficiaryDraft) {
    const idNumber = normalizeIdNumber(draft.idNumber)
    const d = destinationOf.get({ idNumber, number: draft.accountNumber })
    if (!d) throw new KioskError('NOT_FOUND', 'No such account for that identification')
    if (d.member_id === memberId) throw new KioskError('NOT_FOUND', 'Your own accounts need no beneficiary')
    if (already.get(memberId, d.product_id))
      throw new KioskError('CONFLICT', 'That account is already one of your beneficiaries')
    return { idNumber, d }
  }

  /** What the code is bound to: the service, the identification and the destination account. */
  const fingerprint = (draft: BeneficiaryDraft, idNumber: string, productId: string) =>
    sha256(
      canonicalJson({
        purpose: 'beneficiary',
        service: draft.service,
        idType: draft.idType,
        idNumber,
        productId,
      }),
    )

  const owned = (memberId: number, id: string) => {
    const row = one.get(id, memberId)
    // Another member's beneficiary looks like an unknown one.
    if (!row) throw new KioskError('NOT_FOUND', 'No such beneficiary of yours')
    return row
  }

  return {
    list: (memberId: number): BeneficiaryList => ({ beneficiaries: list.all(memberId).map(view) }),

    authorize(memberId: number, draft: BeneficiaryDraft): BeneficiaryChallenge {
      const { idNumber, d } = resolve(memberId, draft)
      const authorises: BeneficiaryAuthorises = {
        service: draft.service,
        name: draft.name,
        idType: draft.idType,
        idNumber,
        destination: {
          name: d.account_name,
          maskedNumber: maskAccountNumber(draft.accountNumber),
          maskedHolder: maskName(d.full_name),
        },
      }
      return challenges.issue(memberId, 'beneficiary', fingerprint(draft, idNumber, d.product_id), authorises)
    },

    resend: (memberId: number, challengeId: string) =>
      challenges.resend(memberId, 'beneficiary', challengeId),

    /** Checks the code against what is added now and inserts it, in one transaction. */
    add(memberId: number, body: BeneficiaryAdd): Beneficiary {
      let refusal: KioskError | null = null
      const id = randomBytes(12).toString('base64url')
      db.transaction(() => {
        const { idNumber, d } = resolve(memberId, body)
        refusal = challenges.check(
          memberId,
          'beneficiary',
          body.challengeId,
          fingerprint(body, idNumber, d.product_id),
          body.code,
        )
        // A wrong code's try is committed with nothing else, then refused below.
        if (refusal) return
        insert.run({
          id,
          memberId,
          service: body.service,
          name: body.name,
          idType: body.idType,
          idNumber,
          accountNumber: body.accountNumber,
          productId: d.product_id,
          t: now().getTime(),
        })
      })()
      if (refusal) throw refusal
      return view(owned(memberId, id))
    },

    edit(memberId: number, id: string, name: string): Beneficiary {
      owned(memberId, id)
      rename.run(name, now().getTime(), id, memberId)
      return view(owned(memberId, id))
    },

    delete(memberId: number, id: string): { id: string } {
      if (remove.run(id, memberId).changes !== 1)
        throw new KioskError('NOT_FOUND', 'No such beneficiary of yours')
      return { id }
    },
  }
}
export type Beneficiaries = ReturnType<typeof createBeneficiaries>
