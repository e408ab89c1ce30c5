import type { TransferKind } from '../api/payments'
import type { Language } from '../config/kiosk-config'

/**
 * Words the transfer screens and the transfer receipt both show (one source, as products-labels.ts):
 * the renderer spreads them into its messages, the receipt builder in main reads them. Placeholders are
 * `{name}` only.
 */
const es = {
  kinds: { own: 'Entre mis cuentas', member: 'A otro asociado', bank: 'A otro banco' } satisfies Record<
    TransferKind,
    string
  >,
  receipt: {
    title: 'Comprobante de transferencia',
    receiptNumber: 'Comprobante',
    origin: 'Cuenta origen',
    destination: 'Cuenta destino',
    holder: 'Titular',
    amount: 'Valor',
    fee: 'Costo',
    total: 'Total debitado',
    reference: 'Referencia',
    postedAt: 'Fecha y hora',
    code: 'Código de verificación',
    verifyHint: 'Verifique este comprobante en la cooperativa con el código o el QR.',
    clearing: 'Estado ACH',
    clearingStatus: {
      pending: 'Pendiente de compensación',
      settled: 'Abonada en el otro banco',
      rejected: 'Rechazada: dinero devuelto',
    },
  },
  pse: {
    title: 'Comprobante de pago PSE',
    description: 'Recarga de ahorros desde otra entidad (PSE)',
    account: 'Cuenta abonada',
    reference: 'Referencia PSE',
    total: 'Total pagado',
    balanceAfter: 'Saldo después del abono',
  },
}
export type PaymentsLabels = typeof es

const en: PaymentsLabels = {
  kinds: { own: 'Between my accounts', member: 'To another member', bank: 'To another bank' },
  receipt: {
    title: 'Transfer receipt',
    receiptNumber: 'Receipt',
    origin: 'From account',
    destination: 'To account',
    holder: 'Holder',
    amount: 'Amount',
    fee: 'Fee',
    total: 'Total debited',
    reference: 'Reference',
    postedAt: 'Date and time',
    code: 'Verification code',
    verifyHint: 'Check this receipt with the cooperative using the code or the QR.',
    clearing: 'ACH status',
    clearingStatus: {
      pending: 'Pending clearing',
      settled: 'Credited at the other bank',
      rejected: 'Rejected: money returned',
    },
  },
  pse: {
    title: 'PSE payment receipt',
    description: 'Savings top-up from another bank (PSE)',
    account: 'Account credited',
    reference: 'PSE reference',
    total: 'Total paid',
    balanceAfter: 'Balance after the credit',
  },
}

export const PAYMENTS_LABELS: Record<Language, PaymentsLabels> = { es, en }
