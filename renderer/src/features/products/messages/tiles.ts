/** The home tiles' texts: shown before any products screen, so loaded with the app (merged under `myProducts`). */
export const tilesEs = {
  tiles: {
    position: {
      title: 'Posición consolidada',
      description: 'Todos sus productos y saldos en una sola vista, para imprimir.',
    },
    products: {
      title: 'Mis productos y movimientos',
      description: 'Aportes, ahorros, créditos, CDAT, tarjetas, descuentos y seguros.',
    },
    certificates: {
      title: 'Certificados',
      description: 'Afiliación y aportes, saldo de un producto y certificado tributario.',
    },
  },
}

export type ProductsTileMessages = typeof tilesEs

export const tilesEn: ProductsTileMessages = {
  tiles: {
    position: {
      title: 'Consolidated position',
      description: 'All your products and balances in one view, ready to print.',
    },
    products: {
      title: 'My products and transactions',
      description: 'Contributions, savings, loans, term deposits, cards, deductions and insurance.',
    },
    certificates: {
      title: 'Certificates',
      description: 'Membership and contributions, a product balance and the annual tax certificate.',
    },
  },
}
