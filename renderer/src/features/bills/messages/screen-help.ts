import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each bills and cards screen (issue 13). */
export const BILLS_SCREEN_HELP = {
  es: {
    bills:
      'Sus servicios inscritos con el valor a pagar este mes. Toque «Pagar» para pagar ahora desde su cuenta de ahorros.',
    'bill-register':
      'Elija la categoría, la empresa y la cuenta de la que se pagará, y escriba el número de contrato. Le enviaremos un código a su celular.',
    'bill-code':
      'Escriba el código que enviamos a su celular: autoriza solo lo que ve en pantalla y ninguna otra operación.',
    'bill-pay':
      'Revise el servicio, elija la cuenta y confirme. El dinero se mueve solo cuando usted confirma.',
    'bill-result': 'El resultado de su pago. Puede reimprimir el comprobante o volver a pagos.',
    'bill-schedules':
      'Sus pagos automáticos: cada mes, el día elegido, se paga el valor de la factura. Puede cancelarlos o programar otro con un código.',
    'bill-history': 'Todos sus pagos con fecha, hora y valor, y si fueron automáticos.',
    'card-payments':
      'Pague sus tarjetas de la cooperativa (mínimo, total u otro valor) o las de otros bancos que haya inscrito.',
  },
  en: {
    bills:
      'Your registered services with what is due this month. Tap “Pay” to pay now from your savings account.',
    'bill-register':
      'Choose the kind of service, the company and the account to pay from, and type the contract number. We will send a code to your mobile phone.',
    'bill-code': 'Type the code we sent to your mobile phone: it authorises only what you see on screen.',
    'bill-pay': 'Check the service, choose the account and confirm. Money moves only when you confirm.',
    'bill-result': 'The result of your payment. You can reprint the receipt or go back to payments.',
    'bill-schedules':
      'Your automatic payments: every month on the chosen day the bill is paid. You can cancel them or schedule another with a code.',
    'bill-history': 'All your payments with date, time and amount, and whether they were automatic.',
    'card-payments':
      'Pay your cooperative cards (minimum, full balance or another amount) or the other banks’ cards you registered.',
  },
} satisfies ScreenHelp
