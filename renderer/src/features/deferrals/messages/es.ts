/**
 * Texts of the deferral screen (seed 002 "Diferido de tarjetas"), merged under `deferrals` when it
 * loads. Spanish is the source of truth; English must have the same keys. Avoid `@ { } | $` outside
 * placeholders.
 */
export const es = {
  title: 'Diferido de tarjetas',
  lead: 'Elija la tarjeta, las compras o el saldo rotativo y el plazo.',
  back: 'Volver al inicio',
  loading: 'Consultando sus tarjetas…',
  loadError: 'No pudimos consultar sus tarjetas.',
  noCards: 'No tiene tarjetas de crédito activas para diferir.',
  cardLabel: 'Tarjeta',
  cardNumber: 'Tarjeta No. {number}',
  modes: {
    label: 'Qué desea diferir',
    purchases: 'Diferido transacciones',
    revolving: 'Diferido saldo actual rotativo',
  },
  purchases: {
    title: 'Compras',
    none: 'Esta tarjeta no tiene compras para diferir en los dos últimos extractos.',
    columns: {
      date: 'Fecha transacción',
      description: 'Descripción',
      amount: 'Valor',
      select: 'Seleccionar',
    },
    select: 'Seleccionar {description} del {date} por {amount}',
    total: 'Monto total:',
  },
  revolving: {
    balance: 'Saldo actual rotativo',
    none: 'Esta tarjeta no tiene saldo rotativo para diferir.',
  },
  term: { label: 'Plazo', months: '{n} meses' },
  simulation: {
    title: 'Simulación Diferido',
    total: 'Total monto a diferir',
    installments: 'Número de cuotas',
    interest: 'Valor interés:',
    installment: 'Valor cuota:',
    lastInstallment: 'La última cuota es de {amount} (ajuste de redondeo).',
    rate: 'Tasa {ea} % efectiva anual, {monthly} % mensual.',
    firstDue: 'Primera cuota: {date}.',
    calculating: 'Calculando…',
  },
  note: '*Recuerda que la cuota de este diferido son valores que se suman a tus diferidos anteriores, y deberán ser cancelados en el próximo mes',
  clear: 'Limpiar',
  confirm: 'Confirmar',
  confirming: 'Confirmando…',
  done: {
    title: 'Diferido exitoso',
    note: 'Recuerda que este valor se suma a tus diferidos anteriores',
    number: 'Número de diferido',
    information: 'Información',
    accept: 'Aceptar',
    statement: 'Ver extracto de la tarjeta',
  },
}

export type DeferralsMessages = typeof es
