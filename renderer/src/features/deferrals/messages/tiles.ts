/**
 * Texts shown outside the feature's own screens — the home tile and the card page's deferred
 * installments — so loaded with the app (merged under `deferrals`).
 */
export const tilesEs = {
  tiles: {
    defer: {
      title: 'Diferir compras con tarjeta',
      description: 'Pase compras o el saldo rotativo de su tarjeta a cuotas fijas.',
    },
  },
  card: {
    title: 'Cuotas de diferidos',
    lead: 'Lo que sus diferidos suman a cada extracto, desde el mes siguiente a cada diferido.',
    none: 'Esta tarjeta no tiene diferidos con cuotas por pagar.',
    deferredBalance: 'Capital diferido por facturar',
    defer: 'Diferir compras',
    columns: { month: 'Mes', number: 'Diferido', installment: 'Cuota', dueDate: 'Fecha', amount: 'Valor' },
    installmentOf: '{n} de {of}',
    monthTotal: 'Total del mes',
  },
}

export type DeferralsTileMessages = typeof tilesEs

export const tilesEn: DeferralsTileMessages = {
  tiles: {
    defer: {
      title: 'Defer card purchases',
      description: 'Turn purchases or your card’s revolving balance into fixed installments.',
    },
  },
  card: {
    title: 'Deferral installments',
    lead: 'What your deferrals add to each statement, from the month after each deferral.',
    none: 'This card has no deferrals with installments to pay.',
    deferredBalance: 'Deferred principal still to bill',
    defer: 'Defer purchases',
    columns: {
      month: 'Month',
      number: 'Deferral',
      installment: 'Installment',
      dueDate: 'Date',
      amount: 'Amount',
    },
    installmentOf: '{n} of {of}',
    monthTotal: 'Month total',
  },
}
