/** The home tiles' texts: shown before any bills screen, so loaded with the app. */
export const tileEs = {
  tile: {
    title: 'Pago de servicios',
    description: 'Servicios públicos, recargas y servicios de la cooperativa; pagos programados.',
  },
  cardsTile: {
    title: 'Pago de tarjetas',
    description: 'Sus tarjetas de la cooperativa y las de otros bancos.',
  },
}
export type BillsTileMessages = typeof tileEs

export const tileEn: BillsTileMessages = {
  tile: {
    title: 'Bill payments',
    description: 'Utilities, top-ups and cooperative services; scheduled payments.',
  },
  cardsTile: {
    title: 'Card payments',
    description: 'Your cooperative cards and other banks’ cards.',
  },
}
