import type { Language } from '../config/kiosk-config'

/**
 * Words the simulators' screens and their paper (receipt and PDF made in main) both show: one source, so
 * a printed simulation reads like the screen. Placeholders are `{name}` only (vue-i18n and main's
 * `fill` read them alike); no `@ | $`.
 */
const es = {
  mark: 'Simulación — no constituye aprobación',
  loan: {
    title: 'Simulación de crédito',
    line: 'Línea de crédito',
    amount: 'Monto',
    term: 'Plazo',
    months: '{n} meses',
    system: 'Sistema de amortización',
    systems: { french: 'Francés (cuota fija)', german: 'Alemán (abono a capital constante)' },
    rateEa: 'Tasa efectiva anual',
    monthlyRate: 'Tasa mensual equivalente',
    conversion: '(1 + {ea} %)^(1/12) − 1 = {monthly} % mensual',
    insurance: 'Seguro de vida (mensual sobre saldo)',
    startDate: 'Fecha de simulación',
    firstInstallment: 'Primera cuota',
    table: 'Tabla proyectada',
    columns: {
      number: 'N.º',
      dueDate: 'Fecha',
      principal: 'Capital',
      interest: 'Interés',
      insurance: 'Seguro',
      fees: 'Cargos',
      installment: 'Cuota',
      balance: 'Saldo',
    },
    totals: 'Totales',
    firstN: 'Primeras {n} cuotas de {total}',
    wholeTable: 'La tabla completa está en el PDF.',
  },
  lineKinds: {
    libre_inversion: 'Libre inversión',
    vivienda: 'Vivienda',
    educacion: 'Educación',
    vehiculo: 'Vehículo',
  },
  deposit: {
    title: 'Simulación de CDAT / plazo fijo',
    amount: 'Monto',
    term: 'Plazo',
    days: '{n} días',
    payout: 'Pago de intereses',
    payouts: { maturity: 'Al vencimiento', monthly: 'Mensual' },
    rateEa: 'Tasa efectiva anual',
    startDate: 'Fecha de constitución',
    maturityDate: 'Fecha de vencimiento',
    paymentDate: 'Fecha de pago',
    grossInterest: 'Interés bruto',
    withholding: 'Retención en la fuente ({rate} %)',
    withholdingRule: 'Se retiene el {rate} % de cada pago de intereses mayor a {threshold}.',
    netInterest: 'Interés neto',
    amountAtMaturity: 'Total al vencimiento',
    businessDayRule:
      'El plazo se cuenta en días calendario; si vence en sábado o domingo se paga el lunes siguiente, sin días adicionales de interés.',
    payments: 'Pagos de intereses',
    columns: {
      number: 'N.º',
      paymentDate: 'Fecha de pago',
      days: 'Días',
      gross: 'Bruto',
      withholding: 'Retención',
      net: 'Neto',
    },
  },
}

export type SimulatorsLabels = typeof es

const en: SimulatorsLabels = {
  mark: 'Simulation — not an approval',
  loan: {
    title: 'Loan simulation',
    line: 'Credit line',
    amount: 'Amount',
    term: 'Term',
    months: '{n} months',
    system: 'Amortization system',
    systems: { french: 'French (fixed installment)', german: 'German (constant principal)' },
    rateEa: 'Effective annual rate',
    monthlyRate: 'Equivalent monthly rate',
    conversion: '(1 + {ea} %)^(1/12) − 1 = {monthly} % a month',
    insurance: 'Life insurance (monthly, on the balance)',
    startDate: 'Simulation date',
    firstInstallment: 'First installment',
    table: 'Projected table',
    columns: {
      number: 'No.',
      dueDate: 'Date',
      principal: 'Principal',
      interest: 'Interest',
      insurance: 'Insurance',
      fees: 'Fees',
      installment: 'Installment',
      balance: 'Balance',
    },
    totals: 'Totals',
    firstN: 'First {n} installments of {total}',
    wholeTable: 'The whole table is in the PDF.',
  },
  lineKinds: {
    libre_inversion: 'Personal (any purpose)',
    vivienda: 'Housing',
    educacion: 'Education',
    vehiculo: 'Vehicle',
  },
  deposit: {
    title: 'Term deposit (CDAT) simulation',
    amount: 'Amount',
    term: 'Term',
    days: '{n} days',
    payout: 'Interest paid',
    payouts: { maturity: 'At maturity', monthly: 'Monthly' },
    rateEa: 'Effective annual rate',
    startDate: 'Opening date',
    maturityDate: 'Maturity date',
    paymentDate: 'Payment date',
    grossInterest: 'Gross interest',
    withholding: 'Withholding tax ({rate} %)',
    withholdingRule: '{rate} % is withheld from every interest payment above {threshold}.',
    netInterest: 'Net interest',
    amountAtMaturity: 'Total at maturity',
    businessDayRule:
      'The term counts calendar days; a maturity on Saturday or Sunday is paid the following Monday, with no extra days of interest.',
    payments: 'Interest payments',
    columns: {
      number: 'No.',
      paymentDate: 'Payment date',
      days: 'Days',
      gross: 'Gross',
      withholding: 'Withheld',
      net: 'Net',
    },
  },
}

export const SIMULATORS_LABELS: Record<Language, SimulatorsLabels> = { es, en }
