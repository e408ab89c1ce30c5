import type { Database } from '../db/database'
import { CURRENCY_DIGITS } from '../../shared/money/money'
import { addMonths, isoDate, yearMonthOf, type YearMonth } from '../calendar'
import type { CooperativeProfile } from '../profiles'
import type { SeedData, SeedMember, SeedProduct } from '../seed/generate'
import type { ProductPlan } from '../seed/product-plans'
import { createPrng, type Prng } from '../seed/prng'
import type { AnyTerms } from './terms'

/** Insurance billed with each installment: 0.04 % of the disbursed amount (seguro de vida deudores). */
const LOAN_INSURANCE_BP = 4
/** Interest paid on savings by the seed's generator (0.15 % a month). */
const SAVINGS_ANNUAL_RATE_BP = 180
/** Installments fall due on this day of the month; the generator posts payments on days 5–10. */
const INSTALLMENT_DAY = 10

const INSURERS: Record<CooperativeProfile['id'], string> = {
  co: 'Seguros La Equidad',
  pa: 'ASSA Compañía de Seguros',
}
const GUARANTOR_NAMES: Record<CooperativeProfile['id'], readonly string[]> = {
  co: [
    'PEDRO NEL ARANGO SUÁREZ',
    'BLANCA INÉS MEJÍA ROJAS',
    'ÓSCAR IVÁN HENAO GIRALDO',
    'DIANA PATRICIA CARDONA RÍOS',
    'LUIS EDUARDO ZAPATA PÉREZ',
  ],
  pa: [
    'CARLOS ALBERTO DE LEÓN RÍOS',
    'YARIELA DEL CARMEN PINZÓN',
    'RICARDO JOSÉ VERGARA SOLÍS',
    'MAYRA ISABEL GONZÁLEZ CASTILLO',
    'EDWIN OMAR SAMANIEGO',
  ],
}

export interface InstallmentRow {
  productId: string
  number: number
  dueOn: string
  principalMinor: number
  interestMinor: number
  insuranceMinor: number
  balanceAfterMinor: number
  paidOn: string | null
}
export interface GuarantorRow {
  productId: string
  fullName: string
  idNumber: string
  role: 'guarantor' | 'co_debtor'
  fromOn: string
  untilOn: string | null
}
export interface ProductExtras {
  terms: { productId: string; value: AnyTerms }[]
  installments: InstallmentRow[]
  guarantors: GuarantorRow[]
}

const monthOfIso = (iso: string): YearMonth => yearMonthOf(new Date(`${iso}T00:00:00Z`))
const dayIn = (ym: YearMonth, day: number) => isoDate(ym.year, ym.month, day)

/** "CDAT 180 días" → 180, "Plazo fijo 12 meses" → 360 (commercial months); 360 otherwise. */
export function termDaysOf(name: string): number {
  const days = /(\d+)\s*d[ií]as/i.exec(name)
  if (days) return Number(days[1])
  const months = /(\d+)\s*mes(es)?/i.exec(name)
  return months ? Number(months[1]) * 30 : 360
}

/**
 * The French amortization table the generator used: the same integer steps (interest rounded on the
 * outstanding balance), so table and ledger agree. The last installment takes what is left.
 */
function amortization(
  product: SeedProduct,
  plan: Extract<ProductPlan, { kind: 'loan' }>,
  principal: number,
  data: SeedData,
): InstallmentRow[] {
  const installment = product.monthlyPaymentMinor!
  const insurance = Math.round((principal * LOAN_INSURANCE_BP) / 10_000)
  const start = addMonths(data.months[0]!, -(plan.paidBefore + 1))
  const paidInWindow = data.months.length - (plan.overdueMonths ?? 0)
  const paymentDate = new Map<number, string>()
  for (const m of product.movements) {
    const n = /cuota (\d+)\//.exec(m.description)
    if (n) paymentDate.set(Number(n[1]), m.postedOn)
  }
  const rows: InstallmentRow[] = []
  let balance = principal
  for (let n = 1; n <= plan.termMonths; n++) {
    const interest = Math.round((balance * plan.monthlyRateBp) / 10_000)
    const principalPart = n === plan.termMonths ? balance : installment - interest
    balance -= principalPart
    const dueOn = dayIn(addMonths(start, n), INSTALLMENT_DAY)
    const paidOn =
      n <= plan.paidBefore
        ? dueOn
        : n <= plan.paidBefore + paidInWindow
          ? (paymentDate.get(n) ?? dueOn)
          : null
    rows.push({
      productId: product.id,
      number: n,
      dueOn,
      principalMinor: principalPart,
      interestMinor: interest,
      insuranceMinor: insurance,
      balanceAfterMinor: balance,
      paidOn,
    })
  }
  return rows
}

/** One or two guarantors over the loan's life: an early one may have been released and replaced. */
function guarantorsOf(product: SeedProduct, profile: CooperativeProfile, cutoff: string, prng: Prng) {
  const names = GUARANTOR_NAMES[profile.id]
  const first = prng.int(0, names.length - 1)
  const idOf = () => `${prng.int(1, 9)}${prng.digits(7)}`
  const rows: GuarantorRow[] = []
  const opened = monthOfIso(product.openedOn)
  const replacedAt = addMonths(opened, prng.int(6, 14))
  const replaced = dayIn(replacedAt, prng.int(1, 28))
  // Each call draws its id from the generator, so the order of calls is part of the seed.
  const person = (
    role: GuarantorRow['role'],
    fullName: string,
    fromOn: string,
    untilOn: string | null,
  ): GuarantorRow => ({ productId: product.id, fullName, idNumber: idOf(), role, fromOn, untilOn })
  if (replaced < cutoff && prng.next() < 0.7) {
    rows.push(person('guarantor', names[first]!, product.openedOn, replaced))
    rows.push(person('guarantor', names[(first + 1) % names.length]!, replaced, null))
  } else {
    rows.push(person('guarantor', names[first]!, product.openedOn, null))
  }
  if (prng.next() < 0.4)
    rows.push(person('co_debtor', names[(first + 2) % names.length]!, product.openedOn, null))
  return rows
}

/** The first anniversary of `from` after `cutoff` (policies renew yearly). */
function nextAnniversary(from: string, cutoff: string): string {
  let ym = monthOfIso(from)
  const day = Number(from.slice(8, 10))
  let date = from
  while (date <= cutoff) {
    ym = addMonths(ym, 12)
    date = dayIn(ym, Math.min(day, 28))
  }
  return date
}

function extrasOfMember(member: SeedMember, data: SeedData, profile: CooperativeProfile, out: ProductExtras) {
  const codes = new Map<ProductPlan['kind'], number>()
  const nextCode = (kind: ProductPlan['kind'], base: number) => {
    const n = (codes.get(kind) ?? 0) + 1
    codes.set(kind, n)
    return String(base + n - 1)
  }
  let firstContribution: string | null = null
  member.products.forEach((product, i) => {
    const plan = member.demo.products[i]!
    // One generator per product: adding a product never changes another's extras.
    const prng = createPrng(`extras:${profile.id}:${member.demo.idNumber}:${i}`)
    const add = (value: AnyTerms) => out.terms.push({ productId: product.id, value })
    switch (plan.kind) {
      case 'contribution': {
        const code = nextCode('contribution', 1)
        firstContribution ??= `${plan.name} ${code} - ${product.number}`
        add({ kind: 'contribution', terms: { code, withdrawalRequested: false } })
        break
      }
      case 'savings':
        add({ kind: 'savings', terms: { annualRateBp: SAVINGS_ANNUAL_RATE_BP, heldMinor: 0 } })
        break
      case 'term_deposit':
        add({
          kind: 'term_deposit',
          terms: {
            principalMinor: product.openingBalanceMinor,
            annualRateBp: plan.annualRateBp,
            termDays: termDaysOf(plan.name),
            renewal: 'automatic',
          },
        })
        break
      case 'loan': {
        const principal = minorOf(plan.principal, profile)
        const rows = amortization(product, plan, principal, data)
        out.installments.push(...rows)
        out.guarantors.push(...guarantorsOf(product, profile, data.cutoff, prng))
        add({
          kind: 'loan',
          terms: {
            code: nextCode('loan', 30),
            principalMinor: principal,
            termMonths: plan.termMonths,
            monthlyRateBp: plan.monthlyRateBp,
          },
        })
        break
      }
      case 'card': {
        const visa = /visa/i.test(plan.name)
        add({
          kind: 'card',
          terms: {
            brand: visa ? 'Visa' : 'Mastercard',
            cardNumber: `${visa ? '4' : '5'}${prng.digits(15)}`,
            limitMinor: minorOf(plan.limit, profile),
            annualRateBp: 2_350,
          },
        })
        break
      }
      case 'other_obligation':
        add({
          kind: 'other_obligation',
          terms: { code: nextCode('other_obligation', 80), concept: plan.name },
        })
        break
      case 'deduction':
        add({
          kind: 'deduction',
          terms: {
            payrollEntity: member.demo.payrollEntity ?? profile.name,
            concept: plan.name,
            appliesTo: firstContribution,
            frequency: 'monthly',
            endsOn: null,
          },
        })
        break
      case 'insurance':
        add({
          kind: 'insurance',
          terms: {
            insurer: INSURERS[profile.id],
            policyNumber: prng.digits(10),
            insuredMinor: (product.monthlyPaymentMinor ?? 0) * 1_000,
            beneficiaries: prng.int(1, 3),
            validFrom: product.openedOn,
            validUntil: nextAnniversary(product.openedOn, data.cutoff),
          },
        })
        break
    }
  })
}

/** Plans are in major units; the ledger in integer minor units of the profile's currency. */
const minorOf = (major: number, profile: CooperativeProfile) =>
  Math.round(major * 10 ** CURRENCY_DIGITS[profile.currency])

/** Terms, amortization tables and guarantors of every seeded product. Pure and deterministic. */
export function generateProductExtras(data: SeedData, profile: CooperativeProfile): ProductExtras {
  const out: ProductExtras = { terms: [], installments: [], guarantors: [] }
  for (const member of data.members) extrasOfMember(member, data, profile, out)
  return out
}

/** Writes the extras; the caller's transaction makes the seed all-or-nothing. */
export function insertProductExtras(db: Database, extras: ProductExtras): void {
  const terms = db.prepare('INSERT INTO product_terms (product_id, terms) VALUES (?, ?)')
  const installment = db.prepare(
    `INSERT INTO loan_installments (product_id, number, due_on, principal_minor, interest_minor,
       insurance_minor, balance_after_minor, paid_on)
     VALUES (@productId, @number, @dueOn, @principalMinor, @interestMinor, @insuranceMinor,
       @balanceAfterMinor, @paidOn)`,
  )
  const guarantor = db.prepare(
    `INSERT INTO guarantors (product_id, full_name, id_number, role, from_on, until_on)
     VALUES (@productId, @fullName, @idNumber, @role, @fromOn, @untilOn)`,
  )
  for (const t of extras.terms) terms.run(t.productId, JSON.stringify(t.value.terms))
  for (const row of extras.installments) installment.run(row)
  for (const row of extras.guarantors) guarantor.run(row)
}
