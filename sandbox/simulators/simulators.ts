import { isDeepStrictEqual } from 'node:util'
import {
  LoanSimulationSchema,
  RequirementSchema,
  type ApplicationStatus,
  type LoanApplication,
  type LoanSimulation,
  type LoanSimulationRequest,
  type MyApplications,
  type ProductRequest,
  type ProductRequestBody,
  type Requirement,
  type SimulatorCatalogue,
  type TermDepositRequest,
  type TermDepositSimulation,
} from '../../shared/api/simulators'
import { simulateLoan } from '../../shared/finance/loan-simulation'
import { simulateTermDeposit } from '../../shared/finance/term-deposit'
import { KioskError } from '../../shared/ipc/errors'
import { money } from '../../shared/money/money'
import type { Database } from '../db/database'
import type { MemberSummaries } from '../members/summary'
import type { CooperativeProfile } from '../profiles'
import { catalogueOf } from './catalogue'

interface LoanRow {
  number: string
  filed_at: string
  status: ApplicationStatus
  simulation: string
  requirements: string
}
interface RequestRow {
  number: string
  filed_at: string
  status: ApplicationStatus
  kind: ProductRequest['kind']
  amount_minor: number | null
  contact: ProductRequest['contact']
}

/** Where a status may go next (the sandbox-only advance endpoint walks it). */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  filed: ['in_review'],
  in_review: ['approved', 'denied'],
  approved: [],
  denied: [],
}

/**
 * Simulations with the shared finance code, loan applications re-computed before they are filed, and
 * product requests. Everything acts for the session's member.
 */
export function createSandboxSimulators(
  db: Database,
  profile: CooperativeProfile,
  members: MemberSummaries,
  now: () => Date,
) {
  const { currency } = profile
  const { loanLines, termDeposit, requirements: rules } = catalogueOf(profile.id, currency)
  const today = () => now().toISOString().slice(0, 10)
  const lineOf = (lineId: string) => {
    const line = loanLines.find((l) => l.id === lineId)
    if (!line) throw new KioskError('NOT_FOUND', `no loan line ${lineId}`)
    return line
  }
  const loan = (request: LoanSimulationRequest, startDate = today()) =>
    simulateLoan(lineOf(request.lineId), request, startDate, currency)

  const insertLoan = db.prepare(
    `INSERT INTO loan_applications (member_id, number, filed_at, status, simulation, requirements)
     VALUES (?, '', ?, 'filed', ?, ?)`,
  )
  const insertRequest = db.prepare(
    `INSERT INTO product_requests (member_id, number, filed_at, status, kind, amount_minor, contact)
     VALUES (?, '', ?, 'filed', ?, ?, ?)`,
  )
  const loanRows = db.prepare<[number], LoanRow>(
    'SELECT number, filed_at, status, simulation, requirements FROM loan_applications WHERE member_id = ? ORDER BY id DESC',
  )
  const requestRows = db.prepare<[number], RequestRow>(
    'SELECT number, filed_at, status, kind, amount_minor, contact FROM product_requests WHERE member_id = ? ORDER BY id DESC',
  )
  /** Numbers come from the row id, so they are unique and never reused: SC-2026-000042. */
  const numberRow = (table: 'loan_applications' | 'product_requests', prefix: string) =>
    db.transaction((insert: () => { lastInsertRowid: number | bigint }) => {
      const id = Number(insert().lastInsertRowid)
      const number = `${prefix}-${today().slice(0, 4)}-${String(id).padStart(6, '0')}`
      db.prepare(`UPDATE ${table} SET number = ? WHERE id = ?`).run(number, id)
      return number
    })

  function evaluate(memberId: number, s: LoanSimulation): Requirement[] {
    const m = members.summary(memberId)
    // The largest installment (the first, in both systems) is what the capacity must cover.
    const installment = s.installments.reduce((max, r) =>
      r.installment.amountMinor > max.installment.amountMinor ? r : max,
    ).installment
    const overdueLoans = m.products.filter((p) => p.kind === 'loan' && p.status === 'overdue').length
    return [
      {
        code: 'seniority',
        met: m.seniorityMonths >= rules.minSeniorityMonths,
        requiredMonths: rules.minSeniorityMonths,
        actualMonths: m.seniorityMonths,
      },
      {
        code: 'capacity',
        met: m.paymentCapacity.amountMinor >= installment.amountMinor,
        capacity: m.paymentCapacity,
        installment,
      },
      { code: 'no_overdue', met: overdueLoans === 0, overdueLoans },
    ]
  }

  const application = (r: LoanRow): LoanApplication => {
    const s = LoanSimulationSchema.parse(JSON.parse(r.simulation))
    return {
      number: r.number,
      filedAt: r.filed_at,
      status: r.status,
      line: s.line,
      amount: s.totals.principal,
      termMonths: s.request.termMonths,
      system: s.request.system,
      rateEa: s.rateEa,
      firstInstallment: s.installments[0]!.installment,
      requirements: RequirementSchema.array().parse(JSON.parse(r.requirements)),
    }
  }
  const productRequest = (r: RequestRow): ProductRequest => ({
    number: r.number,
    filedAt: r.filed_at,
    status: r.status,
    kind: r.kind,
    amount: r.amount_minor === null ? null : money(r.amount_minor, currency),
    contact: r.contact,
  })

  return {
    catalogue: (): SimulatorCatalogue => ({ currency, today: today(), loanLines, termDeposit }),
    loan: (request: LoanSimulationRequest) => loan(request),
    termDeposit: (request: TermDepositRequest): TermDepositSimulation =>
      simulateTermDeposit(termDeposit, request, today(), currency),

    /** Re-computes the simulation with the core's own line and today; any difference is refused. */
    fileLoan(memberId: number, simulation: LoanSimulation): LoanApplication {
      if (simulation.startDate !== today())
        throw new KioskError('CONFLICT', 'the simulation is from another day: project it again')
      const again = loan(simulation.request)
      if (!isDeepStrictEqual(again, simulation))
        throw new KioskError(
          'CONFLICT',
          'the simulation does not match the cooperative’s figures: project it again',
        )
      const requirements = evaluate(memberId, again)
      const filedAt = now().toISOString()
      const number = numberRow(
        'loan_applications',
        'SC',
      )(() => insertLoan.run(memberId, filedAt, JSON.stringify(again), JSON.stringify(requirements)))
      return application({
        number,
        filed_at: filedAt,
        status: 'filed',
        simulation: JSON.stringify(again),
        requirements: JSON.stringify(requirements),
      })
    },

    fileRequest(memberId: number, body: ProductRequestBody): ProductRequest {
      if (body.kind !== 'savings' && body.amountMinor === null)
        throw new KioskError('VALIDATION', 'this product needs an amount', {
          issues: [{ path: 'amountMinor', message: 'required' }],
        })
      const filedAt = now().toISOString()
      const amount = body.kind === 'savings' ? null : body.amountMinor
      const number = numberRow(
        'product_requests',
        'SP',
      )(() => insertRequest.run(memberId, filedAt, body.kind, amount, body.contact))
      return productRequest({
        number,
        filed_at: filedAt,
        status: 'filed',
        kind: body.kind,
        amount_minor: amount,
        contact: body.contact,
      })
    },

    mine: (memberId: number): MyApplications => ({
      loans: loanRows.all(memberId).map(application),
      products: requestRows.all(memberId).map(productRequest),
    }),

    /** Sandbox only: moves an application or a request one step (`to` picks approved or denied). */
    advance(number: string, to?: ApplicationStatus): { number: string; status: ApplicationStatus } {
      const table = number.startsWith('SC-')
        ? 'loan_applications'
        : number.startsWith('SP-')
          ? 'product_requests'
          : null
      const row =
        table &&
        db
          .prepare<[string], { status: ApplicationStatus }>(`SELECT status FROM ${table} WHERE number = ?`)
          .get(number)
      if (!table || !row) throw new KioskError('NOT_FOUND', `no application ${number}`)
      const next = to ?? NEXT[row.status][0]
      if (!next || !NEXT[row.status].includes(next))
        throw new KioskError('CONFLICT', `${number} cannot go from ${row.status} to ${to ?? 'a next status'}`)
      db.prepare(`UPDATE ${table} SET status = ? WHERE number = ?`).run(next, number)
      return { number, status: next }
    },
  }
}
export type SandboxSimulators = ReturnType<typeof createSandboxSimulators>
