import type { ProductKind } from '../api/member'
import type { CertificateKind } from '../api/products-certificates'
import type { Language } from '../config/kiosk-config'

/**
 * Words the products screens and their paper (receipts and PDFs made in main) both show, in the
 * screens' wording: one source, so what the member prints reads like what they saw. The renderer
 * spreads these groups into its messages; main's document labels are built from them. Placeholders are
 * `{name}` only, which vue-i18n and main's `fill` read alike; avoid `@ | $` (vue-i18n syntax).
 */
const es = {
  kinds: {
    contribution: 'Aportes',
    savings: 'Ahorros',
    loan: 'Créditos',
    term_deposit: 'CDAT / plazo fijo',
    card: 'Tarjetas',
    other_obligation: 'Otras obligaciones',
    deduction: 'Descuentos',
    insurance: 'Seguros',
  } satisfies Record<ProductKind, string>,
  member: {
    holder: 'Asociado',
    idNumber: 'Identificación',
    memberNumber: 'Número de asociado',
    joinedOn: 'Asociado desde',
  },
  movements: {
    columns: {
      date: 'Fecha',
      description: 'Descripción',
      reference: 'Referencia',
      debit: 'Débito',
      credit: 'Crédito',
      balance: 'Saldo',
    },
    opening: 'Saldo inicial',
    closing: 'Saldo final',
    credits: 'Total créditos',
    debits: 'Total débitos',
    none: 'No hay movimientos en este periodo.',
    page: 'Página {page} de {pages}',
    period: 'Del {from} al {to}',
  },
  position: {
    title: 'Posición consolidada',
    assets: 'Total haberes',
    liabilities: 'Total obligaciones',
    net: 'Posición neta',
    commitments: 'Pagos mensuales',
    columns: {
      product: 'Producto',
      balance: 'Saldo',
      available: 'Disponible',
      monthly: 'Pago mensual',
      nextDue: 'Próximo vencimiento',
    },
  },
  certificateTitles: {
    membership: 'Afiliación y aportes',
    product_balance: 'Saldo de un producto',
    annual_tax: 'Tributario anual',
  } satisfies Record<CertificateKind, string>,
  certificates: {
    code: 'Código de verificación',
    verifyHint: 'Con este código la cooperativa confirma que el certificado es auténtico.',
    issuedAt: 'Expedido el {date}',
    membershipText:
      '{coop} certifica que {name} es asociado(a) desde el {date}, con una antigüedad de {months} meses, y que a la fecha de corte del {cutoff} sus aportes suman:',
    balanceText:
      '{coop} certifica que a la fecha de corte del {cutoff} el producto {product} número {number}, abierto el {opened}, registra el siguiente saldo:',
    taxText: '{coop} certifica los intereses y la retención en la fuente del año {year} de {name}:',
    total: 'Total',
    columns: {
      product: 'Producto',
      balance: 'Saldo al 31 de diciembre',
      earned: 'Intereses recibidos',
      paid: 'Intereses pagados',
      withheld: 'Retención en la fuente',
    },
    assets: 'Total haberes al cierre',
    liabilities: 'Total obligaciones al cierre',
  },
}

export type ProductsLabels = typeof es

const en: ProductsLabels = {
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
  member: { holder: 'Member', idNumber: 'ID', memberNumber: 'Member number', joinedOn: 'Member since' },
  movements: {
    columns: {
      date: 'Date',
      description: 'Description',
      reference: 'Reference',
      debit: 'Debit',
      credit: 'Credit',
      balance: 'Balance',
    },
    opening: 'Opening balance',
    closing: 'Closing balance',
    credits: 'Total credits',
    debits: 'Total debits',
    none: 'There are no transactions in this period.',
    page: 'Page {page} of {pages}',
    period: 'From {from} to {to}',
  },
  position: {
    title: 'Consolidated position',
    assets: 'Total assets',
    liabilities: 'Total obligations',
    net: 'Net position',
    commitments: 'Monthly payments',
    columns: {
      product: 'Product',
      balance: 'Balance',
      available: 'Available',
      monthly: 'Monthly payment',
      nextDue: 'Next due date',
    },
  },
  certificateTitles: {
    membership: 'Membership and contributions',
    product_balance: 'Product balance',
    annual_tax: 'Annual tax certificate',
  },
  certificates: {
    code: 'Verification code',
    verifyHint: 'With this code the cooperative confirms that the certificate is genuine.',
    issuedAt: 'Issued on {date}',
    membershipText:
      '{coop} certifies that {name} has been a member since {date}, for {months} months, and that at the cut-off date of {cutoff} their contributions amount to:',
    balanceText:
      '{coop} certifies that at the cut-off date of {cutoff} the product {product} number {number}, opened on {opened}, has the following balance:',
    taxText: '{coop} certifies the interest and tax withheld in {year} for {name}:',
    total: 'Total',
    columns: {
      product: 'Product',
      balance: 'Balance on 31 December',
      earned: 'Interest received',
      paid: 'Interest paid',
      withheld: 'Tax withheld',
    },
    assets: 'Total assets at year end',
    liabilities: 'Total obligations at year end',
  },
}

export const PRODUCTS_LABELS: Record<Language, ProductsLabels> = { es, en }
