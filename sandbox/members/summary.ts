import type { Database } from '../db/database'
import type { MemberSummary, ProductKind, ProductSummary } from '../../shared/api/member'
import { KioskError } from '../../shared/ipc/errors'
import { money, type CurrencyCode } from '../../shared/money/money'
import { maskTail } from '../auth/mask'
import { cutoffDate, wholeMonthsSince } from '../calendar'
import { summaryOf } from '../products/details'

/** Share of the base salary that may go to installments (seed 000's "capacidad de pago"). */
const CAPACITY_PERCENT = 50
/** Debts whose monthly installment reduces the payment capacity. */
const INSTALLMENT_KINDS: readonly ProductKind[] = ['loan', 'other_obligation']

interface MemberRow {
  full_name: string
  id_number: string
  member_number: string
  payroll_entity: string | null
  base_salary_minor: number | null
  joined_on: string
}
interface ProductRow {
  id: string
  kind: ProductKind
  name: string
  number: string
  status: ProductSummary['status']
  balance_minor: number
  monthly_payment_minor: number | null
}

/** Integer arithmetic only: 50 % of salary (floored) minus open installments, never below zero. */
export function paymentCapacityMinor(
  baseSalaryMinor: number | null,
  products: readonly ProductRow[],
): number {
  if (baseSalaryMinor === null) return 0
  const installments = products
    .filter((p) => INSTALLMENT_KINDS.includes(p.kind) && p.status !== 'closed')
    .reduce((sum, p) => sum + (p.monthly_payment_minor ?? 0), 0)
  return Math.max(0, Math.floor((baseSalaryMinor * CAPACITY_PERCENT) / 100) - installments)
}

export function createMemberSummaries(db: Database, currency: CurrencyCode, now: () => Date) {
  const memberById = db.prepare<[number], MemberRow>(
    `SELECT full_name, id_number, member_number, payroll_entity, base_salary_minor, joined_on
     FROM members WHERE id = ?`,
  )
  const productsOf = db.prepare<[number], ProductRow>(
    `SELECT id, kind, name, number, status, balance_minor, monthly_payment_minor
     FROM products WHERE member_id = ? ORDER BY sort_order`,
  )

  return {
    /** The seed 000 header plus every product with its balance at cut-off. */
    summary(memberId: number): MemberSummary {
      const m = memberById.get(memberId)
      // A session outliving its member (data file edited by hand) is treated as a dead session.
      if (!m) throw new KioskError('SESSION_EXPIRED', 'Member no longer exists')
      const products = productsOf.all(memberId)
      const at = now()
      return {
        fullName: m.full_name,
        maskedIdNumber: maskTail(m.id_number),
        memberNumber: m.member_number,
        payrollEntity: m.payroll_entity,
        baseSalary: m.base_salary_minor === null ? null : money(m.base_salary_minor, currency),
        seniorityMonths: wholeMonthsSince(m.joined_on, at),
        paymentCapacity: money(paymentCapacityMinor(m.base_salary_minor, products), currency),
        cutoffDate: cutoffDate(at),
        currency,
        products: products.map((p) => summaryOf(p, currency)),
      }
    },
  }
}
export type MemberSummaries = ReturnType<typeof createMemberSummaries>
