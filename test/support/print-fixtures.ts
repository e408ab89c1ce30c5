/**
 * Test data for receipts and PDFs, in the products contract's shapes (each parsed by its schema, so a
 * contract change breaks the fixtures loudly). Spanish names and descriptions on purpose: accents,
 * ñ, ¿ ¡ and long descriptions are what printing gets wrong.
 */
import { ProductSummarySchema, type ProductSummary } from '../../shared/api/member'
import {
  CertificateSchema,
  ConsolidatedPositionSchema,
  MovementsPageSchema,
  type Certificate,
  type ConsolidatedPosition,
  type Movement,
  type MovementsPage,
} from '../../shared/api/products'
import { money } from '../../shared/money/money'
import { documentFormat } from '../../electron/services/printing/document-format'
import type { MemberHeader, PrintContext } from '../../electron/services/printing/print-context'

const cop = (amountMinor: number) => money(amountMinor, 'COP')

export const MEMBER: MemberHeader = {
  fullName: 'María Fernanda Gómez Ñáñez',
  maskedIdNumber: '****4193',
  memberNumber: '000123',
}

export const SAVINGS: ProductSummary = ProductSummarySchema.parse({
  id: 'sav-1',
  kind: 'savings',
  name: 'Ahorro a la vista',
  maskedNumber: '****4821',
  balance: cop(2_350_000_30),
  status: 'active',
})

export const CONTEXT = (language: 'es' | 'en' = 'es'): PrintContext => ({
  cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
  kioskId: 'KIOSK-007',
  branch: { name: 'Oficina Bogotá Norte' },
  printedAt: Date.parse('2026-11-20T15:04:00Z'),
  format: documentFormat({ locale: 'es-CO', language, timeZone: 'America/Bogota' }),
})

export interface MovementSpec {
  postedOn: string
  description: string
  direction: Movement['direction']
  amountMinor: number
}

/** Movements oldest first with running balances from `openingMinor`, as the API pages them. */
export function movementsPage(
  openingMinor: number,
  specs: readonly MovementSpec[],
  order: 'asc' | 'desc' = 'asc',
): MovementsPage {
  let balance = openingMinor
  let credits = 0
  let debits = 0
  const movements = specs.map((s, i): Movement => {
    balance += s.direction === 'credit' ? s.amountMinor : -s.amountMinor
    if (s.direction === 'credit') credits += s.amountMinor
    else debits += s.amountMinor
    return {
      id: `mv-${i + 1}`,
      postedOn: s.postedOn,
      description: s.description,
      reference: `CB${String(100_000 + i)}`,
      direction: s.direction,
      amount: cop(s.amountMinor),
      balanceAfter: cop(balance),
    }
  })
  return MovementsPageSchema.parse({
    productId: SAVINGS.id,
    nature: 'asset',
    from: specs[0]?.postedOn ?? null,
    to: specs.at(-1)?.postedOn ?? null,
    order,
    openingBalance: cop(openingMinor),
    closingBalance: cop(balance),
    totals: { credits: cop(credits), debits: cop(debits), count: specs.length },
    movements: order === 'asc' ? movements : movements.toReversed(),
    nextCursor: null,
  })
}

/** Ten centavos plus twenty: totals that floats would round (0.1 + 0.2) must come out exact. */
export const SMALL_MOVEMENTS: MovementSpec[] = [
  {
    postedOn: '2026-10-01',
    description: 'Consignación en oficina',
    direction: 'credit',
    amountMinor: 1_500_000_10,
  },
  {
    postedOn: '2026-10-03',
    description: 'Retiro cajero automático',
    direction: 'debit',
    amountMinor: 200_000_20,
  },
  {
    postedOn: '2026-10-15',
    description: '¿Intereses? ¡Sí! Intereses ganados',
    direction: 'credit',
    amountMinor: 10,
  },
  {
    postedOn: '2026-10-20',
    description: 'Pago cuota crédito de vivienda',
    direction: 'debit',
    amountMinor: 20,
  },
  {
    postedOn: '2026-10-28',
    description:
      'Transferencia a cuenta de ahorros de Jorge Eliécer Muñoz por concepto de arriendo del mes de diciembre en Ñuñoa',
    direction: 'debit',
    amountMinor: 950_000_00,
  },
  {
    postedOn: '2026-11-02',
    description: 'Abono nómina Pingüino S.A.S.',
    direction: 'credit',
    amountMinor: 3_200_000_00,
  },
]
export const SMALL_OPENING = 1_000_000_00

/** A long statement: `n` movements over a year, deterministic. */
export function manyMovements(n: number): MovementSpec[] {
  const start = Date.parse('2025-11-01T00:00:00Z')
  return Array.from({ length: n }, (_, i) => {
    const credit = i % 3 === 0
    return {
      postedOn: new Date(start + Math.floor((i * 365) / n) * 86_400_000).toISOString().slice(0, 10),
      description: credit ? `Consignación número ${i + 1}` : `Compra en almacén Ñandú ${i + 1}`,
      direction: credit ? 'credit' : 'debit',
      amountMinor: credit ? 150_000_00 + i : 45_000_00 + ((i * 37) % 1000),
    }
  })
}

export const POSITION: ConsolidatedPosition = ConsolidatedPositionSchema.parse({
  cutoffDate: '2026-11-15',
  currency: 'COP',
  groups: [
    {
      kind: 'contribution',
      nature: 'asset',
      products: [
        {
          id: 'con-1',
          kind: 'contribution',
          name: 'Aportes sociales',
          maskedNumber: '****0088',
          balance: cop(2_983_500_00),
          status: 'active',
          monthlyPayment: cop(45_900_00),
          available: null,
          nextDueDate: '2026-12-15',
        },
      ],
      total: cop(2_983_500_00),
    },
    {
      kind: 'savings',
      nature: 'asset',
      products: [{ ...SAVINGS, monthlyPayment: null, available: cop(2_300_000_30), nextDueDate: null }],
      total: SAVINGS.balance,
    },
    {
      kind: 'loan',
      nature: 'liability',
      products: [
        {
          id: 'loan-1',
          kind: 'loan',
          name: 'Crédito de libre inversión con garantía personal',
          maskedNumber: '****7310',
          balance: cop(12_450_000_00),
          status: 'active',
          monthlyPayment: cop(612_345_67),
          available: null,
          nextDueDate: '2026-12-05',
        },
      ],
      total: cop(12_450_000_00),
    },
  ],
  totals: {
    assets: cop(2_983_500_00 + 2_350_000_30),
    liabilities: cop(12_450_000_00),
    net: cop(2_983_500_00 + 2_350_000_30 - 12_450_000_00),
    monthlyCommitments: cop(45_900_00 + 612_345_67),
  },
})

const holder = { ...MEMBER, joinedOn: '2015-03-02' }
const base = {
  issuedAt: '2026-11-20T15:00:00.000Z',
  cooperativeName: 'Cooperativa de Ahorro y Crédito Los Andes',
  holder,
}

export const CERTIFICATES: Record<Certificate['kind'], Certificate> = {
  membership: CertificateSchema.parse({
    ...base,
    kind: 'membership',
    code: '7K3M-Q9TX-2HPA-W4RD',
    membership: {
      asOf: '2026-11-20',
      seniorityMonths: 140,
      contributions: [
        {
          productId: 'con-1',
          name: 'Aportes sociales',
          maskedNumber: '****0088',
          balance: cop(2_983_500_00),
        },
        {
          productId: 'con-2',
          name: 'Aportes extraordinarios',
          maskedNumber: '****4194',
          balance: cop(33_329_00),
        },
      ],
      contributionsTotal: cop(3_016_829_00),
    },
  }),
  product_balance: CertificateSchema.parse({
    ...base,
    kind: 'product_balance',
    code: 'B4KA-NC3R-T1F1-CAD0',
    productBalance: {
      asOf: '2026-11-20',
      product: { ...SAVINGS, openedOn: '2016-01-10' },
      balance: SAVINGS.balance,
    },
  }),
  annual_tax: CertificateSchema.parse({
    ...base,
    kind: 'annual_tax',
    code: 'TAX2-0250-RENT-A000',
    annualTax: {
      year: 2025,
      lines: [
        {
          productId: 'sav-1',
          kind: 'savings',
          name: 'Ahorro a la vista',
          maskedNumber: '****4821',
          balanceAtYearEnd: cop(1_950_000_00),
          interestEarned: cop(58_320_45),
          interestPaid: cop(0),
          withheld: cop(4_082_43),
        },
        {
          productId: 'loan-1',
          kind: 'loan',
          name: 'Crédito de libre inversión',
          maskedNumber: '****7310',
          balanceAtYearEnd: cop(13_800_000_00),
          interestEarned: cop(0),
          interestPaid: cop(1_734_210_90),
          withheld: cop(0),
        },
      ],
      totals: {
        interestEarned: cop(58_320_45),
        interestPaid: cop(1_734_210_90),
        withheld: cop(4_082_43),
        assetsAtYearEnd: cop(1_950_000_00),
        liabilitiesAtYearEnd: cop(13_800_000_00),
      },
    },
  }),
}
