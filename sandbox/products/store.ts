import type { Database } from '../db/database'
import type { ProductKind } from '../../shared/api/member'
import type { ProductSummary } from '../../shared/api/member'

/** A product row with its kind's terms (JSON, parsed by terms.ts). */
export interface ProductRow {
  id: string
  kind: ProductKind
  name: string
  number: string
  status: ProductSummary['status']
  opened_on: string
  opening_balance_minor: number
  balance_minor: number
  monthly_payment_minor: number | null
  terms: string | null
}
export interface MovementRow {
  id: number
  posted_on: string
  description: string
  amount_minor: number
  balance_minor: number
}
export interface InstallmentDbRow {
  number: number
  due_on: string
  principal_minor: number
  interest_minor: number
  insurance_minor: number
  balance_after_minor: number
  paid_on: string | null
}
export interface GuarantorDbRow {
  full_name: string
  id_number: string
  role: 'guarantor' | 'co_debtor'
  from_on: string
  until_on: string | null
}
export interface MemberRow {
  full_name: string
  id_number: string
  member_number: string
  joined_on: string
}

const PRODUCT_COLUMNS = `p.id, p.kind, p.name, p.number, p.status, p.opened_on, p.opening_balance_minor,
  p.balance_minor, p.monthly_payment_minor, t.terms`
const MOVEMENT_COLUMNS = 'id, posted_on, description, amount_minor, balance_minor'

/** Every SQL statement of the products feature, prepared once per database. */
export function createProductStore(db: Database) {
  const productsOf = db.prepare<[number], ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.member_id = ? ORDER BY p.sort_order`,
  )
  const productOf = db.prepare<[string, number], ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products p LEFT JOIN product_terms t ON t.product_id = p.id
     WHERE p.id = ? AND p.member_id = ?`,
  )
  const member = db.prepare<[number], MemberRow>(
    'SELECT full_name, id_number, member_number, joined_on FROM members WHERE id = ?',
  )
  const installments = db.prepare<[string], InstallmentDbRow>(
    `SELECT number, due_on, principal_minor, interest_minor, insurance_minor, balance_after_minor, paid_on
     FROM loan_installments WHERE product_id = ? ORDER BY number`,
  )
  const guarantors = db.prepare<[string], GuarantorDbRow>(
    `SELECT full_name, id_number, role, from_on, until_on FROM guarantors
     WHERE product_id = ? ORDER BY from_on, id`,
  )
  const lastOnOrBefore = db.prepare<[string, string], MovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM movements WHERE product_id = ? AND posted_on <= ?
     ORDER BY posted_on DESC, id DESC LIMIT 1`,
  )
  const lastBefore = db.prepare<[string, string], MovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM movements WHERE product_id = ? AND posted_on < ?
     ORDER BY posted_on DESC, id DESC LIMIT 1`,
  )
  const between = db.prepare<[string, string, string], MovementRow>(
    `SELECT ${MOVEMENT_COLUMNS} FROM movements WHERE product_id = ? AND posted_on BETWEEN ? AND ?
     ORDER BY posted_on, id`,
  )
  const months = db.prepare<[string], { month: string }>(
    `SELECT DISTINCT substr(posted_on, 1, 7) AS month FROM movements WHERE product_id = ? ORDER BY month DESC`,
  )
  const yearsOfMember = db.prepare<[number], { year: number }>(
    `SELECT DISTINCT CAST(substr(m.posted_on, 1, 4) AS INTEGER) AS year
     FROM movements m JOIN products p ON p.id = m.product_id WHERE p.member_id = ? ORDER BY year DESC`,
  )
  const sumWhereDescription = db.prepare<[string, string, string, string], { total: number }>(
    `SELECT coalesce(sum(amount_minor), 0) AS total FROM movements
     WHERE product_id = ? AND description = ? AND posted_on BETWEEN ? AND ?`,
  )
  const interestPaid = db.prepare<[string, string, string], { total: number }>(
    `SELECT coalesce(sum(interest_minor), 0) AS total FROM loan_installments
     WHERE product_id = ? AND paid_on BETWEEN ? AND ?`,
  )

  return {
    productsOf: (memberId: number) => productsOf.all(memberId),
    /** Only the member's own products: another member's id looks like an unknown one. */
    productOf: (memberId: number, productId: string) => productOf.get(productId, memberId),
    member: (memberId: number) => member.get(memberId),
    installments: (productId: string) => installments.all(productId),
    guarantors: (productId: string) => guarantors.all(productId),
    /** The last movement on or before a date (its balance is the balance at the end of that day). */
    lastOnOrBefore: (productId: string, date: string) => lastOnOrBefore.get(productId, date),
    lastBefore: (productId: string, date: string) => lastBefore.get(productId, date),
    between: (productId: string, from: string, to: string) => between.all(productId, from, to),
    /** Months (YYYY-MM) with movements, newest first. */
    months: (productId: string) => months.all(productId).map((r) => r.month),
    yearsOfMember: (memberId: number) => yearsOfMember.all(memberId).map((r) => r.year),
    sumOfDescription: (productId: string, description: string, from: string, to: string) =>
      sumWhereDescription.get(productId, description, from, to)!.total,
    interestPaid: (productId: string, from: string, to: string) =>
      interestPaid.get(productId, from, to)!.total,
  }
}
export type ProductStore = ReturnType<typeof createProductStore>
