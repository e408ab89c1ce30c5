import { PAYMENTS_LABELS } from '@shared/labels/payments-labels'

/**
 * Texts of the transfer screens, merged under `payments` when the first one loads (the home tile's are
 * in tile.ts). The words the paper receipt prints too come from `PAYMENTS_LABELS`, so screen and paper
 * read alike. Spanish is the source of truth; English must have the same keys. Placeholders are `{name}`.
 */
export const es = {
  title: 'Transferencias',
  steps: {
    label: 'Pasos de la transferencia',
    kind: 'Tipo',
    origin: 'Origen',
    destination: 'Destino',
    amount: 'Valor',
    reference: 'Motivo',
    review: 'Verificación',
    code: 'Código',
  },
  nav: {
    previous: 'Anterior',
    next: 'Siguiente',
    cancel: 'Cancelar',
    home: 'Inicio',
  },
  cancel: {
    question: '¿Desea cancelar la transferencia? No se ha movido dinero.',
    keep: 'No, seguir con la transferencia',
    confirm: 'Sí, cancelar',
  },
  kind: {
    title: '¿Qué transferencia desea hacer?',
    kinds: PAYMENTS_LABELS.es.kinds,
    hints: {
      own: 'Mueva dinero entre sus cuentas de ahorro.',
      member: 'Envíe dinero a la cuenta de ahorros de otro asociado de la cooperativa.',
    },
  },
  origin: {
    title: '¿Desde qué cuenta?',
    available: 'Disponible',
    none: 'No tiene cuentas de ahorro desde las que pueda transferir.',
  },
  destination: {
    title: '¿A qué cuenta?',
    ownNone: 'No tiene otra cuenta de ahorros a la cual transferir.',
    by: 'Identifique al asociado por',
    byOptions: { memberNumber: 'Número de asociado', idNumber: 'Número de identificación' },
    accountNumber: 'Número de la cuenta de ahorros',
    fieldHint: 'Toque un campo y escriba con el teclado numérico.',
    check: 'Verificar cuenta',
    checking: 'Verificando…',
    checked: 'Cuenta verificada',
    holder: PAYMENTS_LABELS.es.receipt.holder,
    notFound: 'No encontramos esa cuenta de ahorros para ese asociado. Revise los datos.',
    mustCheck: 'Verifique la cuenta antes de continuar.',
  },
  amount: {
    title: '¿Cuánto desea transferir?',
    label: 'Valor a transferir',
    from: 'Desde {account}: disponible {available}',
    limits: 'Topes y costo de la cooperativa',
    perOperation: 'Tope por operación',
    perDay: 'Tope por día',
    usedToday: 'Transferido hoy',
    leftToday: 'Puede transferir hoy',
    fee: 'Costo de esta transferencia',
    apiDecides: 'La cooperativa confirma topes, costo y saldo al solicitar el código.',
  },
  reference: {
    title: '¿Cuál es el motivo?',
    label: 'Referencia o motivo',
    hint: 'Hasta {n} caracteres. Aparece en el comprobante y en los movimientos.',
  },
  review: {
    title: 'Verifique la transferencia',
    lead: 'Revise los datos. Al continuar le enviaremos un código a su celular para autorizarla.',
    labels: PAYMENTS_LABELS.es.receipt,
    kind: 'Tipo de transferencia',
    request: 'Solicitar código',
    requesting: 'Enviando código…',
    limitsNote: 'Topes de la cooperativa: {perOperation} por operación; hoy puede transferir {leftToday}.',
  },
  code: {
    title: 'Autorice la transferencia',
    authorises: 'Este código autoriza únicamente esta operación:',
    sentTo: 'Enviamos un código de 6 dígitos al celular {phone}.',
    label: 'Código de autorización',
    expiresIn: 'El código vence en {time}.',
    expired: 'El código venció. Solicite uno nuevo.',
    attemptsLeft:
      'Le quedan {n} intentos para este código. | Le queda {n} intento para este código. | Le quedan {n} intentos para este código.',
    resend: 'Enviar un código nuevo',
    resendIn: 'Podrá pedir otro código en {n} s.',
    noResends: 'Ya no puede pedir más códigos para esta operación.',
    resent: 'Le enviamos un código nuevo al {phone}. El anterior ya no sirve.',
    confirm: 'Confirmar transferencia',
    confirming: 'Transfiriendo…',
    changed: 'La operación cambió después de pedir el código: solicite uno nuevo para la nueva operación.',
    again: 'Solicitar un código nuevo',
  },
  result: {
    done: {
      title: 'Transferencia realizada',
      lead: 'El dinero ya está en la cuenta destino.',
      balanceAfter: 'Saldo disponible en la cuenta origen',
    },
    notApplied: {
      title: 'La transferencia no se realizó',
      lead: 'No se movió dinero. Puede intentarlo de nuevo con el mismo código mientras esté vigente.',
      retry: 'Intentar de nuevo',
    },
    pending: {
      title: 'Estamos confirmando su transferencia',
      lead: 'La cooperativa no respondió a tiempo y aún no sabemos si se aplicó. No la repita: la estamos consultando y el registro del equipo la resolverá.',
      check: 'Consultar de nuevo',
      checking: 'Consultando…',
      still: 'Todavía sin confirmar. Volveremos a consultar en unos segundos.',
    },
    another: 'Hacer otra transferencia',
    products: 'Ver mis productos',
  },
  print: {
    label: 'Comprobante impreso',
    printing: 'Imprimiendo su comprobante…',
    printed: 'Comprobante impreso. Retírelo de la impresora.',
    reprint: 'Reimprimir comprobante',
    queued: {
      unreachable: 'La impresora de recibos no responde.',
      timeout: 'La impresora de recibos tardó demasiado en responder.',
      interrupted: 'La impresora se detuvo a mitad del comprobante.',
      rejected: 'La impresora rechazó el comprobante.',
      not_configured: 'Este equipo no tiene impresora de recibos: anote el número de comprobante.',
    },
    queuedTail:
      'La transferencia sí se realizó. Su comprobante quedó en la cola de reimpresión: un asesor puede imprimirlo.',
    failed: 'No se pudo imprimir el comprobante; la transferencia sí se realizó.',
  },
  loading: 'Consultando sus cuentas…',
  loadError: 'No pudimos consultar sus cuentas.',
}

export type PaymentsMessages = typeof es
