import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each products screen (issue 13). */
export const PRODUCTS_SCREEN_HELP = {
  es: {
    products: 'Sus productos por tipo: toque una pestaña para ver aportes, ahorros, créditos y los demás.',
    'products-tab':
      'Sus productos de este tipo. Toque una pestaña para cambiar de tipo, o "Movimientos" para ver los de un producto.',
    'products-position':
      'El resumen de todos sus productos con sus saldos a la fecha de corte. Puede imprimirlo.',
    'products-loan': 'El detalle de su crédito: saldo, cuotas y la tabla de amortización.',
    'products-card': 'El detalle de su tarjeta: cupo, saldo y las compras recientes.',
    'products-movements':
      'Los movimientos de este producto. Elija los últimos 10, 20 o 30, o un rango de fechas. Puede imprimir el extracto.',
    certificates: 'Elija el certificado que necesita. Puede imprimirlo o guardarlo en PDF.',
  },
  en: {
    products: 'Your products by type: tap a tab to see contributions, savings, loans and the others.',
    'products-tab':
      'Your products of this type. Tap a tab to change the type, or "Movements" to see those of one product.',
    'products-position':
      'A summary of all your products with their balances at the cut-off date. You can print it.',
    'products-loan': 'The details of your loan: balance, instalments and the amortisation table.',
    'products-card': 'The details of your card: limit, balance and recent purchases.',
    'products-movements':
      'The movements of this product. Choose the last 10, 20 or 30, or a date range. You can print the statement.',
    certificates: 'Choose the certificate you need. You can print it or save it as a PDF.',
  },
} satisfies ScreenHelp
