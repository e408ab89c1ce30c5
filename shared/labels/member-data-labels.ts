import type { WithdrawalRequest } from '../api/member-data'
import type { Language } from '../config/kiosk-config'

/**
 * Words the withdrawal screens and the withdrawal receipt both show (one source, as payments-labels.ts):
 * the renderer spreads them into its messages, the receipt builder in main reads them.
 */
const es = {
  withdrawalStatus: {
    pending: 'Pendiente',
    cancelled: 'Anulada',
    approved: 'Aprobada',
    paid: 'Pagada',
  } satisfies Record<WithdrawalRequest['status'], string>,
  receipt: {
    title: 'Solicitud de retiro de aportes',
    requestNumber: 'Solicitud',
    product: 'Aporte',
    amount: 'Valor solicitado',
    status: 'Estado',
    requestedAt: 'Fecha y hora',
    cancelledAt: 'Anulada el',
    note: 'La cooperativa estudia su solicitud y le informa la respuesta. Puede anularla mientras esté pendiente.',
  },
}
export type MemberDataLabels = typeof es

const en: MemberDataLabels = {
  withdrawalStatus: { pending: 'Pending', cancelled: 'Cancelled', approved: 'Approved', paid: 'Paid' },
  receipt: {
    title: 'Contribution withdrawal request',
    requestNumber: 'Request',
    product: 'Contribution',
    amount: 'Amount requested',
    status: 'Status',
    requestedAt: 'Date and time',
    cancelledAt: 'Cancelled on',
    note: 'The cooperative reviews your request and tells you its answer. You can cancel it while it is pending.',
  },
}

export const MEMBER_DATA_LABELS: Record<Language, MemberDataLabels> = { es, en }
