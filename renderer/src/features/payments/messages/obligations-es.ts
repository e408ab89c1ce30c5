import { OBLIGATIONS_LABELS } from '@shared/labels/obligations-labels'

/**
 * Texts of the obligation payment screens (seed 000 "Pagos"), merged under `payments.obligations`. The
 * words the paper receipt prints too come from `OBLIGATIONS_LABELS`.
 */
export const obligationsEs = {
  title: 'Pagar obligaciones',
  steps: {
    label: 'Pasos del pago',
    type: 'Tipo de pago',
    obligations: 'Obligaciones',
    methods: 'Formas de pago',
    requirements: 'Requisitos',
    verification: 'Verificación',
  },
  cancelQuestion: '¿Desea cancelar el pago? No se ha movido dinero.',
  loading: 'Consultando sus obligaciones…',
  loadError: 'No pudimos consultar sus obligaciones.',
  kinds: OBLIGATIONS_LABELS.es.kinds,
  modes: OBLIGATIONS_LABELS.es.modes,
  type: {
    title: 'Tipo de pago',
    overdueHint: 'Si presenta obligaciones vencidas y va a cancelar el saldo total vencido.',
    note: 'NOTA: Si sus pagos están al día marque la opción de pago de obligaciones individualmente.',
    noOverdue: 'No tiene obligaciones vencidas.',
  },
  table: {
    title: 'Obligaciones',
    instructions:
      'En esta sección puede pagar sus obligaciones con sus cuentas de ahorro. Para cancelar la próxima cuota, marque la casilla de la columna Próximo vencimiento.',
    contributionNote:
      'Recuerde que su aporte social lo componen los ahorros permanentes y los aportes sociales, los cuales deben ser pagados mensualmente para no quedar en mora.',
    otherNote: 'NOTA: Si va a realizar un abono por un valor diferente, use la columna Otro valor.',
    obligation: 'Obligación',
    concept: 'Concepto',
    collection: 'Forma de pago',
    nextDue: 'Próximo vencimiento',
    overdue: 'Valor vencido',
    dueOn: 'Vence el {date}',
    other: 'Otro valor',
    enter: 'Ingresar valor',
    payNext: 'Pagar el próximo vencimiento de {obligation}',
    otherFor: 'Otro valor para {obligation}',
    upTo: 'Hasta {max}',
    done: 'Listo',
    totals: 'TOTALES',
    totalToday: 'Total a pagar hoy',
    collections: { counter: 'Ventanilla', payroll: 'Nómina' },
    nothingDue: 'Al día',
    none: 'No tiene obligaciones para pagar.',
  },
  methods: {
    title: 'Formas de pago',
    lead: 'Elija el medio de pago:',
    single: 'Débito de cuenta de ahorros',
    singleHint: 'El total se debita de una de sus cuentas de ahorro.',
    several: 'Múltiples opciones de pago',
    severalHint: 'Reparta el total entre varias de sus cuentas de ahorro.',
    account: 'Débito de cuenta de ahorros {account} - {name}',
    available: 'Disponible {amount}',
    assigned: 'Asignado {assigned} de {total}',
    amountFor: 'Valor a debitar de {account}',
  },
  requirements: {
    title: 'Requisitos',
    lead: 'La cooperativa validó su pago:',
    checking: 'Validando los requisitos…',
    validation: 'Validación',
    requirement: 'Requisito',
    observation: 'Observación',
    evaluation: 'Evaluación',
    meets: 'Cumple',
    fails: 'No cumple',
    names: {
      amount_allowed: 'Valor permitido de la obligación',
      sources_total: 'Formas de pago completas',
      savings_balance: 'Validación saldo cuenta de Ahorros',
      daily_limit: 'Límite diario',
    },
    observations: {
      amount_allowed: {
        yes: 'El requisito CUMPLE porque {required} está dentro de lo permitido ({available}).',
        no: 'El requisito NO CUMPLE: {required} no es un valor permitido ({available}).',
      },
      sources_total: {
        yes: 'El requisito CUMPLE porque las formas de pago suman {available}.',
        no: 'El requisito NO CUMPLE: las formas de pago suman {available} y el total es {required}.',
      },
      savings_balance: {
        yes: 'El requisito CUMPLE porque el disponible ({available}) cubre {required}.',
        no: 'El requisito NO CUMPLE: el disponible ({available}) no cubre {required}.',
      },
      daily_limit: {
        yes: 'El requisito CUMPLE: le quedan {available} hoy.',
        no: 'El requisito NO CUMPLE: hoy le quedan {available} y el pago es de {required}.',
      },
    },
    notMet: 'Hay requisitos que no se cumplen. Vuelva atrás para cambiar los valores o la forma de pago.',
  },
  verification: {
    obligations: 'Obligaciones',
    collectedBy: 'Forma de recaudo',
    finish: 'Finalizar',
    finishing: 'Pagando…',
  },
  result: {
    done: { title: 'Pago realizado', lead: 'Sus obligaciones quedaron pagadas.' },
    notApplied: {
      title: 'El pago no se realizó',
      lead: 'No se movió dinero. Puede intentarlo de nuevo.',
      retry: 'Intentar de nuevo',
    },
    pending: {
      title: 'Estamos confirmando su pago',
      lead: 'No recibimos respuesta a tiempo. No lo repita: estamos preguntando a la cooperativa si se aplicó.',
      still: 'Seguimos confirmando…',
      recheck: 'Consultar de nuevo',
    },
    another: 'Hacer otro pago',
    products: 'Ver mis productos',
  },
  receipt: OBLIGATIONS_LABELS.es.receipt,
  print: {
    queuedTail:
      'El pago sí se realizó. Su comprobante quedó en la cola de reimpresión: un asesor puede imprimirlo.',
    failed: 'No se pudo imprimir el comprobante; el pago sí se realizó.',
  },
}

export type ObligationsMessages = typeof obligationsEs
