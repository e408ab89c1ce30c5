import { createHash } from 'node:crypto'
import type { Biller, BillerCategory } from '../../shared/api/bills'
import type { CurrencyCode } from '../../shared/money/currencies'
import type { ProfileId } from '../profiles'

/**
 * How a company checks its contract numbers: a Luhn (mod 10) or mod 11 check digit on the last digit,
 * or a mobile number of the country (top-ups).
 */
export type ContractRule =
  { kind: 'luhn' | 'mod11'; digits: number } | { kind: 'mobile'; digits: number; prefix: string }

interface BillerEntry {
  id: string
  name: string
  category: BillerCategory
  rule: ContractRule
  /** Bills: the range the monthly amount due falls in; top-ups: the least and most one payment. */
  rangeMinor: [number, number]
}

const bill = (
  id: string,
  name: string,
  category: BillerCategory,
  rule: ContractRule,
  range: [number, number],
) => ({ id, name, category, rule, rangeMinor: range }) satisfies BillerEntry

/** Colombia (COP): public utilities, telephony, top-ups and the cooperative's own agreements. */
const CO: BillerEntry[] = [
  bill('epm-energia', 'EPM Energía', 'energy', { kind: 'luhn', digits: 10 }, [4_500_000, 18_000_000]),
  bill(
    'acueducto-bogota',
    'Acueducto de Bogotá',
    'water',
    { kind: 'mod11', digits: 9 },
    [3_000_000, 12_000_000],
  ),
  bill('vanti-gas', 'Vanti Gas Natural', 'gas', { kind: 'luhn', digits: 8 }, [1_500_000, 6_000_000]),
  bill('claro-hogar', 'Claro Hogar', 'telecom', { kind: 'luhn', digits: 10 }, [7_000_000, 15_000_000]),
  bill(
    'movistar-recarga',
    'Movistar recargas',
    'topup',
    { kind: 'mobile', digits: 10, prefix: '3' },
    [100_000, 20_000_000],
  ),
  bill(
    'tigo-recarga',
    'Tigo recargas',
    'topup',
    { kind: 'mobile', digits: 10, prefix: '3' },
    [100_000, 20_000_000],
  ),
  bill(
    'coopandes-exequial',
    'Coopandes · Plan exequial',
    'cooperative',
    { kind: 'mod11', digits: 6 },
    [2_500_000, 4_000_000],
  ),
]

/** Panamá (USD): seed 004's external services and top-ups, and the services inside the cooperative. */
const PA: BillerEntry[] = [
  bill('ensa', 'ENSA', 'energy', { kind: 'luhn', digits: 8 }, [3_500, 18_000]),
  bill('naturgy', 'Naturgy (Unión Fenosa)', 'energy', { kind: 'luhn', digits: 10 }, [3_500, 18_000]),
  bill('cable-wireless', 'Cable & Wireless', 'telecom', { kind: 'luhn', digits: 8 }, [2_500, 9_000]),
  bill('cable-onda', 'Cable Onda', 'telecom', { kind: 'mod11', digits: 9 }, [3_000, 12_000]),
  bill('mas-movil', '+Móvil recargas', 'topup', { kind: 'mobile', digits: 8, prefix: '6' }, [100, 10_000]),
  bill(
    'movistar-pa',
    'Telefónica (Movistar) recargas',
    'topup',
    { kind: 'mobile', digits: 8, prefix: '6' },
    [100, 10_000],
  ),
  bill('digicel', 'Digicel recargas', 'topup', { kind: 'mobile', digits: 8, prefix: '6' }, [100, 10_000]),
  bill('claro-pa', 'Claro recargas', 'topup', { kind: 'mobile', digits: 8, prefix: '6' }, [100, 10_000]),
  bill('ena-panapass', 'ENA (Panapass)', 'transport', { kind: 'luhn', digits: 8 }, [1_000, 5_000]),
  bill('sonda-metro', 'Sonda (Metrobus y Metro)', 'transport', { kind: 'luhn', digits: 10 }, [500, 2_000]),
  bill(
    'municipio-panama',
    'Municipio de Panamá',
    'government',
    { kind: 'mod11', digits: 8 },
    [2_000, 15_000],
  ),
  bill('attt', 'ATTT', 'government', { kind: 'mod11', digits: 7 }, [2_500, 10_000]),
  bill('aseo-capital', 'Aseo Capital', 'cleaning', { kind: 'luhn', digits: 8 }, [1_000, 3_000]),
  bill(
    'coop-celular',
    'Cooperativa · Telefonía celular',
    'cooperative',
    { kind: 'luhn', digits: 6 },
    [1_500, 4_500],
  ),
  bill('coop-seguros', 'Cooperativa · Seguros', 'cooperative', { kind: 'mod11', digits: 6 }, [5_000, 7_500]),
]

const CATALOGUES: Record<ProfileId, BillerEntry[]> = { co: CO, pa: PA }

/** Other banks whose cards the member may register (seed 002 "Tarjetas Otros Bancos"). */
export const OTHER_BANKS: Record<ProfileId, { id: string; name: string }[]> = {
  co: [
    { id: 'bancolombia', name: 'Bancolombia' },
    { id: 'banco-bogota', name: 'Banco de Bogotá' },
    { id: 'davivienda', name: 'Davivienda' },
  ],
  pa: [
    { id: 'banco-general', name: 'Banco General' },
    { id: 'banistmo', name: 'Banistmo' },
    { id: 'bac', name: 'BAC Credomatic' },
  ],
}

const digitsOf = (s: string) => [...s].map(Number)

/** The Luhn check digit for `stem` (the digit appended makes the whole number pass). */
export function luhnDigit(stem: string): number {
  const sum = digitsOf(stem)
    .reverse()
    .reduce((s, d, i) => s + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return (10 - (sum % 10)) % 10
}
export const luhnValid = (n: string) => luhnDigit(n.slice(0, -1)) === Number(n.at(-1))

/** Mod 11 with weights 2…7 from the right; a remainder giving 10 maps to 0. */
export function mod11Digit(stem: string): number {
  const sum = digitsOf(stem)
    .reverse()
    .reduce((s, d, i) => s + d * ((i % 6) + 2), 0)
  const r = 11 - (sum % 11)
  return r >= 10 ? 0 : r
}

export function contractValid(rule: ContractRule, n: string): boolean {
  if (n.length !== rule.digits) return false
  if (rule.kind === 'mobile') return n.startsWith(rule.prefix)
  return (rule.kind === 'luhn' ? luhnDigit : mod11Digit)(n.slice(0, -1)) === Number(n.at(-1))
}

/** A valid contract number of a biller made from `stem` (tests and demos type it). */
export function validContract(rule: ContractRule, stem: string): string {
  const body = stem.padEnd(rule.digits - 1, '7').slice(0, rule.digits - 1)
  if (rule.kind === 'mobile') return (rule.prefix + stem).padEnd(rule.digits, '5').slice(0, rule.digits)
  return body + String((rule.kind === 'luhn' ? luhnDigit : mod11Digit)(body))
}

export interface CatalogueEntry {
  biller: Biller
  rule: ContractRule
  rangeMinor: [number, number]
}

export function catalogueOf(profile: ProfileId, currency: CurrencyCode): CatalogueEntry[] {
  return CATALOGUES[profile].map((e) => {
    const topup = e.category === 'topup'
    const m = (amountMinor: number) => ({ amountMinor, currency })
    return {
      rule: e.rule,
      rangeMinor: e.rangeMinor,
      biller: {
        id: e.id,
        name: e.name,
        category: e.category,
        kind: topup ? 'topup' : 'bill',
        contractDigits: e.rule.digits,
        ...(topup ? { minAmount: m(e.rangeMinor[0]), maxAmount: m(e.rangeMinor[1]) } : {}),
      },
    }
  })
}

/** A bill's amount for a month: fixed per contract and month, within the company's range, whole units of 100. */
export function amountDueOf(entry: CatalogueEntry, contract: string, period: string): number {
  const [lo, hi] = entry.rangeMinor
  const h = createHash('sha256').update(`${entry.biller.id}:${contract}:${period}`).digest().readUInt32BE(0)
  return Math.round((lo + (h % (hi - lo + 1))) / 100) * 100
}
