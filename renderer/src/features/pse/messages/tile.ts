/** The home tile's texts: shown before any PSE screen, so loaded with the app. */
export const tileEs = {
  tile: {
    title: 'Recargar por PSE',
    description: 'Abone a su cuenta de ahorros desde otro banco, pagando en su celular.',
  },
}

export type PseTileMessages = typeof tileEs

export const tileEn: PseTileMessages = {
  tile: {
    title: 'Top up with PSE',
    description: 'Add money to your savings account from another bank, paying on your phone.',
  },
}
