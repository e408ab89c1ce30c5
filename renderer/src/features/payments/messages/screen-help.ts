import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each transfer screen (issue 13). */
export const PAYMENTS_SCREEN_HELP = {
  es: {
    transfers:
      'Elija la cuenta de origen, el destino y el monto. Antes de enviar verá el resumen con el costo. El dinero se mueve solo cuando usted confirma con el código.',
    'transfer-code':
      'Escriba el código que enviamos a su celular para autorizar esta transferencia. El código sirve solo para esta operación.',
    'transfer-result':
      'Aquí ve el resultado de su transferencia. Puede imprimir el comprobante o volver al inicio.',
  },
  en: {
    transfers:
      'Choose the source account, the destination and the amount. Before sending you will see a summary with the fee. Money moves only when you confirm with the code.',
    'transfer-code':
      'Type the code we sent to your mobile phone to authorise this transfer. The code works only for this operation.',
    'transfer-result': 'Here you see the result of your transfer. You can print the receipt or go back home.',
  },
} satisfies ScreenHelp
