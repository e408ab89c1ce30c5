import { SIMULATORS_LABELS } from '@shared/labels/simulators-labels'

const L = SIMULATORS_LABELS.es

/**
 * Texts of the simulators and applications screens, merged under `simulators` when its first screen
 * loads (the home tiles' texts are in tiles.ts). Words the paper prints too come from SIMULATORS_LABELS,
 * so a printed simulation reads like the screen. Spanish is the source of truth; English has the same
 * keys. Avoid `@ { } | $` outside placeholders.
 */
export const es = {
  mark: L.mark,
  loading: 'Consultando…',
  catalogueError: 'No pudimos consultar las condiciones de la cooperativa.',
  wholeUnits: 'Valor sin centavos',
  keypadFor: 'Escribiendo en: {field}',
  loan: {
    ...L.loan,
    lead: 'Elija la línea, el monto, el plazo y el sistema de amortización, y toque Proyectar.',
    lineRange: '{rate} % EA · de {min} a {max} · de {minTerm} a {maxTerm} meses',
    termUnit: 'Meses',
    project: 'Proyectar',
    projecting: 'Proyectando…',
    projectError: 'No pudimos proyectar el crédito.',
    invalid: {
      amount: 'El monto para {line} debe estar entre {min} y {max}.',
      term: 'El plazo para {line} debe estar entre {min} y {max} meses.',
    },
    result: 'Resultado de la simulación',
    apply: 'Solicitar',
  },
  capacity: {
    title: 'Capacidad de pago',
    available: 'Capacidad de pago disponible',
    exceeded:
      'La primera cuota ({installment}) supera su capacidad de pago disponible ({capacity}). La cooperativa podría no aprobar este crédito; pruebe un monto menor o un plazo mayor.',
    within: 'La primera cuota está dentro de su capacidad de pago disponible.',
    unknown: 'No pudimos consultar su capacidad de pago.',
  },
  confirm: {
    title: 'Confirme su solicitud de crédito',
    lead: 'Revise la tabla proyectada. Al confirmar, la solicitud queda radicada en la cooperativa.',
    confirm: 'Confirmar y radicar',
    filing: 'Radicando…',
    edit: 'Modificar la simulación',
    conflict:
      'Las condiciones cambiaron desde que proyectó la simulación. Vuelva a proyectarla y confírmela de nuevo.',
    missing: 'No hay una simulación para solicitar. Proyecte una primero.',
  },
  filed: {
    title: 'Solicitud radicada',
    lead: 'Su solicitud de crédito quedó radicada con el número {number}.',
    number: 'Número de solicitud',
    date: 'Fecha',
    status: 'Estado',
    requirements: 'Requisitos evaluados por la cooperativa',
    allMet: 'Cumple todos los requisitos: la cooperativa estudiará su solicitud.',
    someUnmet:
      'No cumple algunos requisitos. La solicitud queda radicada; un asesor le indicará cómo continuar.',
    toApplications: 'Ver mis solicitudes',
  },
  requirements: {
    columns: {
      validation: 'Validación',
      requirement: 'Requisito',
      observation: 'Observación',
      evaluation: 'Evaluación',
    },
    names: { seniority: 'Antigüedad', capacity: 'Capacidad de pago', no_overdue: 'Créditos en mora' },
    rules: {
      seniority: 'Mínimo {months} meses como asociado',
      capacity: 'La cuota no supera la capacidad de pago',
      no_overdue: 'No tener créditos en mora',
    },
    observations: {
      seniority: 'Tiene {months} meses',
      capacity: 'Cuota {installment}; capacidad {capacity}',
      no_overdue: 'Sin créditos en mora | 1 crédito en mora | {n} créditos en mora',
    },
    met: 'Cumple',
    unmet: 'No cumple',
  },
  deposit: {
    ...L.deposit,
    lead: 'Escriba el monto y el plazo en días, elija cómo recibir los intereses y toque Proyectar.',
    termUnit: 'Días',
    project: 'Proyectar',
    projecting: 'Proyectando…',
    projectError: 'No pudimos proyectar el CDAT.',
    invalid: {
      amount: 'El monto mínimo de un CDAT es {min}.',
      term: 'El plazo debe estar entre {min} y {max} días.',
    },
    result: 'Resultado de la simulación',
  },
  applications: {
    title: 'Mis solicitudes',
    lead: 'Sus solicitudes de crédito y de productos, de la más reciente a la más antigua.',
    loans: 'Solicitudes de crédito',
    products: 'Solicitudes de productos',
    emptyLoans: 'No tiene solicitudes de crédito.',
    emptyProducts: 'No tiene solicitudes de productos.',
    loadError: 'No pudimos consultar sus solicitudes.',
    columns: {
      number: 'Número',
      date: 'Fecha',
      product: 'Producto',
      amount: 'Monto',
      detail: 'Detalle',
      status: 'Estado',
    },
    loanDetail: '{term} · cuota {installment}',
    statuses: { filed: 'Radicada', in_review: 'En estudio', approved: 'Aprobada', denied: 'Negada' },
    newRequest: 'Solicitar un producto',
    newLoan: 'Simular un crédito',
  },
  request: {
    title: 'Solicita tus productos',
    lead: 'Elija el producto, díganos el monto que tiene en mente y cómo prefiere que lo contactemos.',
    kind: 'Tipo de producto',
    kinds: {
      savings: 'Cuenta de ahorros',
      term_deposit: 'CDAT / plazo fijo',
      card: 'Tarjeta de crédito',
      loan: 'Crédito',
    },
    amounts: {
      term_deposit: 'Monto a invertir',
      card: 'Cupo deseado',
      loan: 'Monto del crédito',
    },
    contact: 'Cómo prefiere que lo contactemos',
    contacts: { phone: 'Por teléfono', email: 'Por correo electrónico', branch: 'En la oficina' },
    submit: 'Enviar solicitud',
    sending: 'Enviando…',
    missingAmount: 'Escriba el monto que tiene en mente.',
    sendError: 'No pudimos enviar su solicitud.',
    done: 'Recibimos su solicitud número {number}. Un asesor lo contactará.',
    another: 'Solicitar otro producto',
  },
  print: {
    label: 'Imprimir la simulación',
    receipt: 'Imprimir en recibo',
    pdf: 'Guardar PDF',
    email: 'Enviar a mi correo',
    emailed:
      'PDF enviado a su correo registrado {to} ({pages} páginas). | PDF enviado a su correo registrado {to} (1 página). | PDF enviado a su correo registrado {to} ({pages} páginas).',
    printing: 'Imprimiendo…',
    generating: 'Generando el PDF…',
    printed: 'Recibo impreso.',
    queued: 'El recibo no se imprimió y quedó en la cola de reimpresión. Un asesor se lo puede entregar.',
    noPrinter: 'Este equipo no tiene impresora de recibos.',
    saved:
      'PDF guardado: {file} ({pages} páginas). | PDF guardado: {file} (1 página). | PDF guardado: {file} ({pages} páginas).',
    failed: 'No pudimos imprimir la simulación.',
  },
}

export type SimulatorsMessages = typeof es
