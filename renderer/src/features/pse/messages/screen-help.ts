import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on the PSE screen (issue 13). */
export const PSE_SCREEN_HELP = {
  es: {
    pse: 'Abone a su cuenta de ahorros pagando desde otro banco por PSE. Elija la cuenta y el valor; el kiosco le muestra un código QR para pagar en su celular y le dice el resultado. "Cancelar proceso" anula un pago que aún no ha hecho.',
  },
  en: {
    pse: 'Top up your savings account by paying from another bank through PSE. Choose the account and the amount; the kiosk shows a QR code to pay on your phone and tells you the result. "Cancel process" cancels a payment you have not made yet.',
  },
} satisfies ScreenHelp
