import type { ProductKind } from '../../shared/api/member'
import { CURRENCY_DIGITS, type CurrencyCode } from '../../shared/money/money'
import { addMonths, cutoffDate, isoDate, yearMonthOf, type YearMonth } from '../calendar'
import type { CooperativeProfile } from '../profiles'
import { DEMO_MEMBERS, type DemoMember } from './demo-members'
import type { ProductPlan } from './product-plans'
import { createPrng, type Prng } from './prng'

export const SEED_MONTHS = 12

export interface SeedMovement {
  postedOn: string
  description: string
  amountMinor: number
  /** Running balance after this movement. */
  balanceMinor: number
}

export interface SeedProduct {
  id: string
  kind: ProductKind
  name: string
  number: string
  status: 'active' | 'overdue' | 'closed'
  openedOn: string
  openingBalanceMinor: number
  balanceMinor: number
  /** Contribution, installment or fee due each month; null when nothing is due. */
  monthlyPaymentMinor: number | null
  movements: SeedMovement[]
}

export interface SeedMember {
  demo: DemoMember
  baseSalaryMinor: number | null
  products: SeedProduct[]
}

export interface SeedData {
  /** Balances are as of this date: the last day of the month before `asOf`. */
  cutoff: string
  months: YearMonth[]
  members: SeedMember[]
}

const MONTH_NAMES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const // prettier-ignore

const MERCHANTS: Record<CooperativeProfile['id'], readonly string[]> = {
  co: ['Éxito', 'Farmatodo', 'Olímpica', 'Terpel', 'Falabella', 'compra en línea'],
  pa: ['Super 99', 'Riba Smith', 'Farmacias Arrocha', 'Terpel', 'Mailbox', 'compra en línea'],
}

/** Money helpers for one currency: plans are in major units, the ledger in integer minor units. */
function moneyScale(currency: CurrencyCode) {
  const perMajor = 10 ** CURRENCY_DIGITS[currency]
  // Cash amounts look real: COP moves in hundreds of pesos, USD to the cent.
  const cashUnit = currency === 'COP' ? 100 * perMajor : 1
  return {
    minor: (major: number) => Math.round(major * perMajor),
    cash: (minor: number) => Math.max(cashUnit, Math.floor(minor / cashUnit) * cashUnit),
  }
}
type Scale = ReturnType<typeof moneyScale>

/** Posts movements in order and keeps the running balance. */
function ledger(opening: number) {
  let balance = opening
  const movements: SeedMovement[] = []
  return {
    get balance() {
      return balance
    },
    movements,
    post(postedOn: string, description: string, amountMinor: number) {
      if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`non-integer amount ${amountMinor}`)
      balance += amountMinor
      movements.push({ postedOn, description, amountMinor, balanceMinor: balance })
    },
  }
}

/** A ledger's movements as a product part; products are active unless a builder says otherwise. */
function posted(l: ReturnType<typeof ledger>) {
  return { movements: l.movements, status: 'active' as const }
}

interface Ctx {
  prng: Prng
  scale: Scale
  months: YearMonth[]
  merchants: readonly string[]
}

/** Distinct days of a month in ascending order (1–28, so every month has them). */
function days(prng: Prng, count: number): number[] {
  const set = new Set<number>()
  while (set.size < count) set.add(prng.int(1, 28))
  return [...set].sort((a, b) => a - b)
}

type Built = Pick<SeedProduct, 'openingBalanceMinor' | 'monthlyPaymentMinor' | 'movements' | 'status'>

function buildContribution(p: Extract<ProductPlan, { kind: 'contribution' }>, c: Ctx): Built {
  const monthly = c.scale.minor(p.monthly)
  const opening = c.scale.minor(p.opening)
  const l = ledger(opening)
  for (const ym of c.months)
    l.post(isoDate(ym.year, ym.month, c.prng.int(25, 28)), `Aporte ${MONTH_NAMES[ym.month - 1]}`, monthly)
  return { openingBalanceMinor: opening, monthlyPaymentMinor: monthly, ...posted(l) }
}

/** A shop's account: many deposits and payments every month, for statements of thousands of lines. */
function buildBusySavings(p: Extract<ProductPlan, { kind: 'savings' }>, perMonth: number, c: Ctx): Built {
  const opening = c.scale.minor(p.opening)
  const l = ledger(opening)
  for (const ym of c.months) {
    const dayList = Array.from({ length: perMonth }, () => c.prng.int(1, 27)).sort((a, b) => a - b)
    for (const day of dayList) {
      const date = isoDate(ym.year, ym.month, day)
      if (c.prng.next() < 0.55) {
        const what = c.prng.pick([
          'Consignación ventas del día',
          'Depósito en efectivo',
          'Transferencia recibida',
        ])
        l.post(date, what, c.scale.cash(Math.floor(opening * (0.002 + c.prng.next() * 0.02))))
      } else {
        const amount = c.scale.cash(Math.floor(opening * (0.002 + c.prng.next() * 0.018)))
        if (amount > l.balance) continue
        const what = c.prng.pick([
          'Pago a proveedor',
          'Retiro en oficina',
          'Transferencia enviada',
          'Pago de servicios',
        ])
        l.post(date, what, -amount)
      }
    }
    const interest = Math.floor((l.balance * 15) / 10_000)
    if (interest > 0) l.post(isoDate(ym.year, ym.month, 28), 'Abono de intereses', interest)
  }
  return { openingBalanceMinor: opening, monthlyPaymentMinor: null, ...posted(l) }
}

function buildSavings(p: Extract<ProductPlan, { kind: 'savings' }>, c: Ctx): Built {
  if (p.movementsPerMonth) return buildBusySavings(p, p.movementsPerMonth, c)
  const opening = c.scale.minor(p.opening)
  const l = ledger(opening)
  for (const ym of c.months) {
    const withdrawals = c.prng.int(0, 2)
    const [depositDay, ...withdrawalDays] = days(c.prng, 1 + withdrawals)
    const deposit = c.scale.cash(Math.floor(opening * (0.05 + c.prng.next() * 0.15)))
    l.post(
      isoDate(ym.year, ym.month, depositDay!),
      c.prng.pick(['Abono de salario', 'Depósito en oficina', 'Transferencia recibida']),
      deposit,
    )
    for (const day of withdrawalDays) {
      const amount = c.scale.cash(Math.floor(l.balance * (0.05 + c.prng.next() * 0.25)))
      if (amount > l.balance) continue
      const what = c.prng.pick(['Retiro en cajero automático', 'Retiro en oficina', 'Pago de servicios'])
      l.post(isoDate(ym.year, ym.month, day), what, -amount)
    }
    // 0.15 % a month, floored to the minor unit.
    const interest = Math.floor((l.balance * 15) / 10_000)
    if (interest > 0) l.post(isoDate(ym.year, ym.month, 28), 'Abono de intereses', interest)
  }
  return { openingBalanceMinor: opening, monthlyPaymentMinor: null, ...posted(l) }
}

function buildLoan(p: Extract<ProductPlan, { kind: 'loan' }>, c: Ctx): Built {
  if (p.paidBefore + SEED_MONTHS >= p.termMonths) throw new Error(`${p.name}: term too short for the window`)
  const principal = c.scale.minor(p.principal)
  const rate = p.monthlyRateBp / 10_000
  // The annuity formula is the one place with floats; the installment itself is an integer.
  const installment = Math.round((principal * rate) / (1 - (1 + rate) ** -p.termMonths))
  const interestOn = (balance: number) => Math.round((balance * p.monthlyRateBp) / 10_000)
  let opening = principal
  for (let i = 0; i < p.paidBefore; i++) opening -= installment - interestOn(opening)
  const l = ledger(opening)
  const overdueFrom = SEED_MONTHS - (p.overdueMonths ?? 0)
  c.months.forEach((ym, i) => {
    const day = isoDate(ym.year, ym.month, c.prng.int(5, 10))
    if (i >= overdueFrom) {
      l.post(day, 'Interés de mora', Math.round((l.balance * p.monthlyRateBp * 3) / 20_000))
    } else {
      const n = p.paidBefore + i + 1
      l.post(day, `Abono a capital, cuota ${n}/${p.termMonths}`, -(installment - interestOn(l.balance)))
    }
  })
  return {
    openingBalanceMinor: opening,
    monthlyPaymentMinor: installment,
    ...posted(l),
    status: p.overdueMonths ? 'overdue' : 'active',
  }
}

function buildTermDeposit(p: Extract<ProductPlan, { kind: 'term_deposit' }>, c: Ctx): Built {
  const opening = c.scale.minor(p.principal)
  const l = ledger(opening)
  for (const ym of c.months)
    l.post(
      isoDate(ym.year, ym.month, 28),
      'Intereses causados',
      Math.floor((l.balance * p.annualRateBp) / 120_000),
    )
  return { openingBalanceMinor: opening, monthlyPaymentMinor: null, ...posted(l) }
}

function buildCard(p: Extract<ProductPlan, { kind: 'card' }>, c: Ctx): Built {
  const limit = c.scale.minor(p.limit)
  const opening = c.scale.cash(Math.floor(limit * (0.1 + c.prng.next() * 0.25)))
  const l = ledger(opening)
  for (const ym of c.months) {
    const [payDay, ...buyDays] = days(c.prng, 1 + c.prng.int(1, 3))
    const payment = Math.min(l.balance, c.scale.cash(Math.floor(l.balance * (0.3 + c.prng.next() * 0.5))))
    if (payment > 0) l.post(isoDate(ym.year, ym.month, payDay!), 'Pago tarjeta', -payment)
    for (const day of buyDays) {
      const amount = c.scale.cash(Math.floor(limit * (0.01 + c.prng.next() * 0.07)))
      if (l.balance + amount > limit) continue
      l.post(isoDate(ym.year, ym.month, day), `Compra ${c.prng.pick(c.merchants)}`, amount)
    }
    l.post(isoDate(ym.year, ym.month, 28), 'Cuota de manejo', c.scale.cash(Math.floor(limit / 200)))
  }
  return { openingBalanceMinor: opening, monthlyPaymentMinor: null, ...posted(l) }
}

function buildMonthlyFee(
  p: Extract<ProductPlan, { kind: 'other_obligation' | 'insurance' | 'deduction' }>,
  c: Ctx,
): Built {
  const fee = c.scale.minor(p.monthly)
  const l = ledger(0)
  const [charge, paid] =
    p.kind === 'deduction' ? ['Descuento de nómina', 'Aplicado por la pagaduría'] : ['Cargo', 'Pago']
  c.months.forEach((ym, i) => {
    l.post(isoDate(ym.year, ym.month, 1), `${charge} ${MONTH_NAMES[ym.month - 1]}`, fee)
    // The cut-off month's charge is still pending.
    if (i < c.months.length - 1) l.post(isoDate(ym.year, ym.month, c.prng.int(10, 20)), paid, -fee)
  })
  return { openingBalanceMinor: 0, monthlyPaymentMinor: fee, ...posted(l) }
}

function build(plan: ProductPlan, c: Ctx): Built {
  switch (plan.kind) {
    case 'contribution':
      return buildContribution(plan, c)
    case 'savings':
      return buildSavings(plan, c)
    case 'loan':
      return buildLoan(plan, c)
    case 'term_deposit':
      return buildTermDeposit(plan, c)
    case 'card':
      return buildCard(plan, c)
    case 'other_obligation':
    case 'insurance':
    case 'deduction':
      return buildMonthlyFee(plan, c)
  }
}

/** Later of two ISO dates. */
const later = (a: string, b: string) => (a > b ? a : b)

/**
 * The profile's demo members with their products and 12 months of movements ending at the cut-off
 * before `asOf`. Pure and deterministic: amounts depend only on profile and member; dates on `asOf`.
 */
export function generateSeedData(profile: CooperativeProfile, asOf: Date): SeedData {
  const last = addMonths(yearMonthOf(asOf), -1)
  const months = Array.from({ length: SEED_MONTHS }, (_, i) => addMonths(last, i - SEED_MONTHS + 1))
  const first = months[0]!
  const scale = moneyScale(profile.currency)
  const taken = new Set<string>()
  const unique = (make: () => string) => {
    let v = make()
    while (taken.has(v)) v = make()
    taken.add(v)
    return v
  }

  const members = DEMO_MEMBERS[profile.id].map((demo): SeedMember => {
    const prng = createPrng(`${profile.id}:${demo.idNumber}`)
    const ctx: Ctx = { prng, scale, months, merchants: MERCHANTS[profile.id] }
    const products = demo.products.map((plan): SeedProduct => {
      const id = unique(() => `prd_${prng.digits(12)}`)
      const number = unique(() => `${prng.int(1, 9)}${prng.digits(9)}`)
      const monthsBefore = plan.kind === 'loan' ? plan.paidBefore + 1 : prng.int(1, 36)
      const start = addMonths(first, -monthsBefore)
      const openedOn =
        plan.kind === 'contribution'
          ? demo.joinedOn
          : later(demo.joinedOn, isoDate(start.year, start.month, 5))
      const built = build(plan, ctx)
      const balanceMinor = built.movements.at(-1)?.balanceMinor ?? built.openingBalanceMinor
      return { id, kind: plan.kind, name: plan.name, number, openedOn, balanceMinor, ...built }
    })
    const baseSalaryMinor = demo.baseSalary === null ? null : scale.minor(demo.baseSalary)
    return { demo, baseSalaryMinor, products }
  })
  return { cutoff: cutoffDate(asOf), months, members }
}
