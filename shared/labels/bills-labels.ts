import type { BillerCategory, BillPaymentKind } from '../api/bills'
import type { Language } from '../config/kiosk-config'

/**
 * Words the bills and card screens and their receipt both show (one source, as payments-labels.ts):
 * the renderer spreads them into its messages, the receipt builder in main reads them.
 */
const es = {
  kinds: {
    bill: 'Pago de servicio',
    topup: 'Recarga',
    card_own: 'Pago de tarjeta de la cooperativa',
    card_other: 'Pago de tarjeta de otro banco',
  } satisfies Record<BillPaymentKind, string>,
  categories: {
    energy: 'Energía',
    water: 'Agua',
    gas: 'Gas',
    telecom: 'Telefonía, internet y TV',
    topup: 'Recargas',
    transport: 'Transporte',
    government: 'Impuestos y trámites',
    cleaning: 'Aseo',
    cooperative: 'Servicios de la cooperativa',
  } satisfies Record<BillerCategory, string>,
  receipt: {
    title: 'Comprobante de pago',
    receiptNumber: 'Comprobante',
    origin: 'Cuenta origen',
    destination: 'Pagado a',
    amount: 'Valor',
    fee: 'Costo',
    total: 'Total debitado',
    postedAt: 'Fecha y hora',
    automatic: 'Pago automático programado',
    code: 'Código de verificación',
    verifyHint: 'Verifique este comprobante en la cooperativa con el código o el QR.',
  },
}
export type BillsLabels = typeof es

const en: BillsLabels = {
  kinds: {
    bill: 'Bill payment',
    topup: 'Top-up',
    card_own: 'Cooperative card payment',
    card_other: 'Other bank card payment',
  },
  categories: {
    energy: 'Electricity',
    water: 'Water',
    gas: 'Gas',
    telecom: 'Phone, internet and TV',
    topup: 'Top-ups',
    transport: 'Transport',
    government: 'Taxes and fees',
    cleaning: 'Waste collection',
    cooperative: 'Cooperative services',
  },
  receipt: {
    title: 'Payment receipt',
    receiptNumber: 'Receipt',
    origin: 'From account',
    destination: 'Paid to',
    amount: 'Amount',
    fee: 'Fee',
    total: 'Total debited',
    postedAt: 'Date and time',
    automatic: 'Scheduled automatic payment',
    code: 'Verification code',
    verifyHint: 'Check this receipt with the cooperative using the code or the QR.',
  },
}

export const BILLS_LABELS: Record<Language, BillsLabels> = { es, en }
