import type { CertificateKind } from '../../../shared/api/products-certificates'
import type { ProductKind } from '../../../shared/api/member'
import type { Language } from '../../../shared/config/kiosk-config'

/**
 * Words on receipts and PDFs, made in main (the renderer's vue-i18n messages do not reach it). Spanish
 * is the source; English must have the same keys.
 */
const es = {
  header: { kiosk: 'Equipo', branch: 'Oficina', printedAt: 'Fecha', cutoff: 'Fecha de corte' },
  member: { name: 'Asociado', id: 'Documento', number: 'N.º de asociado' },
  titles: {
    miniStatement: 'Extracto de movimientos',
    statement: 'Estado de cuenta',
    position: 'Posición consolidada',
  },
  certificates: {
    membership: 'Certificado de afiliación y aportes',
    product_balance: 'Certificado de saldo',
    annual_tax: 'Certificado tributario {year}',
  } satisfies Record<CertificateKind, string>,
  kinds: {
    contribution: 'Aportes',
    savings: 'Ahorros',
    loan: 'Créditos',
    term_deposit: 'CDAT / Plazo fijo',
    card: 'Tarjetas',
    other_obligation: 'Otras obligaciones',
    deduction: 'Descuentos',
    insurance: 'Seguros',
  } satisfies Record<ProductKind, string>,
  statement: {
    product: 'Producto',
    period: 'Periodo',
    periodRange: 'Del {from} al {to}',
    lastN: 'Últimos {n} movimientos',
    opening: 'Saldo inicial',
    closing: 'Saldo final',
    date: 'Fecha',
    description: 'Descripción',
    reference: 'Referencia',
    debit: 'Débito',
    credit: 'Crédito',
    amount: 'Valor',
    balance: 'Saldo',
    totalDebits: 'Total débitos',
    totalCredits: 'Total créditos',
    count: 'Movimientos',
    none: 'No hay movimientos en este periodo.',
  },
  position: {
    total: 'Total',
    assets: 'Total haberes',
    liabilities: 'Total obligaciones',
    net: 'Neto (haberes - obligaciones)',
    monthly: 'Compromisos mensuales',
    monthlyPayment: 'Cuota',
    available: 'Disponible',
    nextDue: 'Próximo vencimiento',
    none: 'No posee productos.',
  },
  certificate: {
    issuedAt: 'Expedido el',
    code: 'Código de verificación',
    verifyHint: 'Cualquier persona puede comprobar este documento con el código de verificación.',
    membershipBody:
      '{cooperative} certifica que {name}, identificado(a) con documento {id}, es asociado(a) desde el {joined} ({months} meses de antigüedad) y a la fecha {asOf} registra los siguientes aportes:',
    balanceBody:
      '{cooperative} certifica que {name}, identificado(a) con documento {id}, es titular del producto {product} ({number}), abierto el {opened}, con saldo al {asOf} de:',
    taxBody:
      '{cooperative} certifica que {name}, identificado(a) con documento {id}, registró durante el año gravable {year} la siguiente información:',
    contributionsTotal: 'Total aportes',
    balanceAtYearEnd: 'Saldo a 31 de diciembre',
    interestEarned: 'Intereses recibidos',
    interestPaid: 'Intereses pagados',
    withheld: 'Retención en la fuente',
    assetsAtYearEnd: 'Total haberes a fin de año',
    liabilitiesAtYearEnd: 'Total obligaciones a fin de año',
    totals: 'Totales',
  },
  page: 'Página {page} de {pages}',
  thanks: 'Gracias por usar nuestros servicios.',
}

export type DocumentLabels = typeof es

const en: DocumentLabels = {
  header: { kiosk: 'Kiosk', branch: 'Branch', printedAt: 'Date', cutoff: 'Cut-off date' },
  member: { name: 'Member', id: 'ID', number: 'Member no.' },
  titles: {
    miniStatement: 'Mini statement',
    statement: 'Account statement',
    position: 'Consolidated position',
  },
  certificates: {
    membership: 'Membership and contributions certificate',
    product_balance: 'Balance certificate',
    annual_tax: 'Annual tax certificate {year}',
  },
  kinds: {
    contribution: 'Contributions',
    savings: 'Savings',
    loan: 'Loans',
    term_deposit: 'Term deposits',
    card: 'Cards',
    other_obligation: 'Other obligations',
    deduction: 'Payroll deductions',
    insurance: 'Insurance',
  },
  statement: {
    product: 'Product',
    period: 'Period',
    periodRange: 'From {from} to {to}',
    lastN: 'Last {n} movements',
    opening: 'Opening balance',
    closing: 'Closing balance',
    date: 'Date',
    description: 'Description',
    reference: 'Reference',
    debit: 'Debit',
    credit: 'Credit',
    amount: 'Amount',
    balance: 'Balance',
    totalDebits: 'Total debits',
    totalCredits: 'Total credits',
    count: 'Movements',
    none: 'No movements in this period.',
  },
  position: {
    total: 'Total',
    assets: 'Total assets',
    liabilities: 'Total liabilities',
    net: 'Net (assets - liabilities)',
    monthly: 'Monthly commitments',
    monthlyPayment: 'Payment',
    available: 'Available',
    nextDue: 'Next due date',
    none: 'No products.',
  },
  certificate: {
    issuedAt: 'Issued on',
    code: 'Verification code',
    verifyHint: 'Anyone can check this document with its verification code.',
    membershipBody:
      '{cooperative} certifies that {name}, ID {id}, has been a member since {joined} ({months} months) and on {asOf} holds the following contributions:',
    balanceBody:
      '{cooperative} certifies that {name}, ID {id}, holds the product {product} ({number}), opened on {opened}, with a balance on {asOf} of:',
    taxBody:
      '{cooperative} certifies that {name}, ID {id}, recorded the following during the tax year {year}:',
    contributionsTotal: 'Total contributions',
    balanceAtYearEnd: 'Balance on 31 December',
    interestEarned: 'Interest earned',
    interestPaid: 'Interest paid',
    withheld: 'Tax withheld',
    assetsAtYearEnd: 'Total assets at year end',
    liabilitiesAtYearEnd: 'Total liabilities at year end',
    totals: 'Totals',
  },
  page: 'Page {page} of {pages}',
  thanks: 'Thank you for using our services.',
}

export const DOCUMENT_LABELS: Record<Language, DocumentLabels> = { es, en }
