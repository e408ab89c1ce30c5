import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each transfer screen (issue 13). */
export const PAYMENTS_SCREEN_HELP = {
  es: {
    transfers:
      'Elija la cuenta de origen, el destino (sus cuentas, otro asociado u otro banco) y el monto. Antes de enviar verá el resumen con el costo. El dinero se mueve solo cuando usted confirma con el código; a otro banco queda pendiente hasta la compensación.',
    'transfer-code':
      'Escriba el código que enviamos a su celular para autorizar esta transferencia. El código sirve solo para esta operación.',
    'transfer-result':
      'Aquí ve el resultado de su transferencia. Puede imprimir el comprobante o volver al inicio.',
    beneficiaries:
      'Sus beneficiarios: las cuentas de otros asociados a las que transfiere a menudo. El lápiz cambia el nombre que usted les da; la caneca los elimina.',
    'beneficiary-new':
      'Escriba el documento del asociado, el número de su cuenta y un nombre para reconocerlo. Para inscribirlo le enviaremos un código a su celular.',
    'beneficiary-code':
      'Escriba el código que enviamos a su celular: autoriza inscribir este beneficiario y ningún otro.',
    'beneficiary-edit':
      'Cambie el nombre con el que reconoce a este beneficiario. Para otra cuenta, elimínelo e inscriba uno nuevo.',
    obligations:
      'Pague sus obligaciones en cinco pasos: tipo de pago, obligaciones (la casilla paga el próximo vencimiento, Otro valor un abono distinto), forma de pago, requisitos y verificación. El dinero se mueve solo al tocar Finalizar.',
    'obligation-result':
      'Aquí ve el resultado de su pago. Puede reimprimir el comprobante, hacer otro pago o ver sus productos.',
  },
  en: {
    transfers:
      'Choose the source account, the destination (your accounts, another member or another bank) and the amount. Before sending you will see a summary with the fee. Money moves only when you confirm with the code; to another bank it stays pending until clearing.',
    'transfer-code':
      'Type the code we sent to your mobile phone to authorise this transfer. The code works only for this operation.',
    'transfer-result': 'Here you see the result of your transfer. You can print the receipt or go back home.',
    beneficiaries:
      'Your payees: other members’ accounts you often send money to. The pencil changes the name you give them; the bin deletes them.',
    'beneficiary-new':
      'Type the member’s ID number, their account number and a name to recognise them by. To add them we will send a code to your mobile phone.',
    'beneficiary-code':
      'Type the code we sent to your mobile phone: it authorises adding this payee and no other.',
    'beneficiary-edit':
      'Change the name you know this payee by. For another account, delete it and add a new one.',
    obligations:
      'Pay your obligations in five steps: payment type, obligations (the tick pays the next amount due, Other amount a different one), payment method, requirements and verification. Money moves only when you tap Finish.',
    'obligation-result':
      'Here you see the result of your payment. You can reprint the receipt, make another payment or see your products.',
  },
} satisfies ScreenHelp
