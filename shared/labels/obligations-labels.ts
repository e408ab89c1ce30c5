import type { ObligationKind, ObligationMode } from '../api/obligations'
import type { Language } from '../config/kiosk-config'

/**
 * Words the obligation screens and the payment's receipt both show (one source, as payments-labels.ts):
 * the renderer spreads them into its messages, the receipt builder in main reads them.
 */
const es = {
  kinds: {
    contribution: 'Aportes',
    loan: 'Préstamo',
    other_obligation: 'Otra obligación',
  } satisfies Record<ObligationKind, string>,
  modes: {
    overdue: 'Pagar las obligaciones vencidas de Ventanilla',
    individual: 'Seleccionar obligaciones a pagar individualmente',
  } satisfies Record<ObligationMode, string>,
  receipt: {
    title: 'Comprobante de pago de obligaciones',
    receiptNumber: 'Comprobante',
    obligations: 'Obligaciones pagadas',
    sources: 'Forma de recaudo',
    savingsDebit: 'Débito de cuenta de ahorros',
    total: 'Total pagado',
    postedAt: 'Fecha y hora',
    code: 'Código de verificación',
    verifyHint: 'Verifique este comprobante en la cooperativa con el código o el QR.',
  },
}
export type ObligationsLabels = typeof es

const en: ObligationsLabels = {
  kinds: { contribution: 'Contributions', loan: 'Loan', other_obligation: 'Other obligation' },
  modes: {
    overdue: 'Pay the overdue obligations (Ventanilla)',
    individual: 'Choose the obligations to pay one by one',
  },
  receipt: {
    title: 'Obligation payment receipt',
    receiptNumber: 'Receipt',
    obligations: 'Obligations paid',
    sources: 'Paid with',
    savingsDebit: 'Debit from savings account',
    total: 'Total paid',
    postedAt: 'Date and time',
    code: 'Verification code',
    verifyHint: 'Check this receipt with the cooperative using the code or the QR.',
  },
}

export const OBLIGATIONS_LABELS: Record<Language, ObligationsLabels> = { es, en }
