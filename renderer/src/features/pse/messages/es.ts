import { PAYMENTS_LABELS } from '@shared/labels/payments-labels'

/**
 * Texts of the PSE screens (seeds 000 and 003), merged under `pse` when the first one loads. The words
 * the paper receipt prints too come from `PAYMENTS_LABELS.pse`. Spanish is the source of truth.
 */
export const es = {
  title: 'Pago PSE',
  labels: PAYMENTS_LABELS.es.pse,
  steps: {
    label: 'Pasos del pago PSE',
    how: '¿Cómo quieres pagar?',
    info: 'Complementa tu información',
    pay: 'Realiza tu pago',
    status: 'Confirma el estado',
  },
  how: {
    method: 'Medio de pago: débito desde su cuenta corriente o de ahorros en otro banco, por PSE.',
    account: '¿A qué cuenta de ahorros abona?',
    amount: 'Valor a pagar',
    limits: 'Entre {minimum} y {maximum} por pago.',
    none: 'No tiene cuentas de ahorro para abonar.',
  },
  info: {
    lead: 'Verifique la información. Al continuar, la pasarela PSE genera el pago y usted lo paga desde su celular: este equipo nunca abre la página de su banco.',
    create: 'Generar pago PSE',
    creating: 'Generando el pago…',
    notCreated: 'El pago no se generó: no se movió dinero. Puede intentarlo de nuevo.',
    unconfirmed: 'No sabemos aún si la pasarela generó el pago. Lo estamos consultando; no lo repita.',
    check: 'Consultar de nuevo',
  },
  pay: {
    lead: 'Escanee el código QR con la cámara de su celular y pague en la página de su banco.',
    qr: 'Código QR del enlace de pago',
    link: 'O abra este enlace en su celular:',
    waiting: 'Esperando la respuesta de su banco…',
    cancel: 'Cancelar proceso',
    cancelling: 'Cancelando…',
    cannotCancel: 'El pago ya está en su banco y no se puede cancelar aquí.',
  },
  payment: {
    description: 'Descripción del pago',
    reference: 'Referencia',
    total: 'Total a pagar',
    payBefore: 'Paga antes del',
    account: 'Cuenta a abonar',
  },
  result: {
    approved: {
      title: 'Pago aprobado',
      lead: 'Su banco aprobó el pago: el dinero ya está en su cuenta.',
    },
    pending: {
      title: 'Pago pendiente en su banco',
      lead: 'Su banco aún no confirma el pago. Por este medio verá su pago aplicado en un máximo de media hora y lo puede validar en Mis productos, en los movimientos de la cuenta {account}. No lo pague de nuevo.',
    },
    rejected: {
      title: 'Pago rechazado',
      lead: 'Su banco rechazó el pago. No se movió dinero.',
    },
    expired: {
      title: 'Pago vencido',
      lead: 'El pago no se hizo antes de la fecha límite. No se movió dinero.',
    },
    cancelled: {
      title: 'Proceso cancelado',
      lead: 'Canceló el pago PSE. No se movió dinero.',
    },
    receiptNumber: PAYMENTS_LABELS.es.receipt.receiptNumber,
    postedAt: PAYMENTS_LABELS.es.receipt.postedAt,
    code: PAYMENTS_LABELS.es.receipt.code,
    another: 'Hacer otro pago',
    home: 'Volver al inicio',
  },
  print: {
    printing: 'Imprimiendo su comprobante…',
    printed: 'Comprobante impreso. Retírelo de la impresora.',
    reprint: 'Reimprimir comprobante',
    queued:
      'No se pudo imprimir ahora: su comprobante quedó en la cola de reimpresión. El pago sí se realizó.',
    failed: 'No se pudo imprimir el comprobante; el pago sí se realizó.',
  },
  nav: { previous: 'Anterior', next: 'Siguiente', cancel: 'Cancelar' },
  loading: 'Consultando sus cuentas…',
  loadError: 'No pudimos consultar sus cuentas.',
}

export type PseMessages = typeof es
