import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each of the member's data screens (issue 13). */
export const MEMBER_DATA_SCREEN_HELP = {
  es: {
    'my-data':
      'Aquí ve sus datos personales. Puede cambiar su celular, su correo o su dirección; los demás datos se cambian en la oficina.',
    'my-data-change':
      'Escriba el dato nuevo. Le enviaremos un código a su celular actual para confirmar el cambio y otro al celular o correo nuevo para comprobarlo.',
    'my-data-code':
      'Escriba los códigos que enviamos: uno confirma el cambio y el otro comprueba el dato nuevo. Avisaremos del cambio al dato anterior y al nuevo.',
    withdrawals:
      'Elija el aporte, escriba el valor y solicite el retiro. La cooperativa estudia la solicitud; mientras esté pendiente puede anularla.',
    activity:
      'Lo que usted hizo recientemente: ingresos, cambios de clave y de datos, solicitudes y operaciones. Puede reimprimir los comprobantes.',
    // Teller mode (no help button there), listed so every screen of the feature has its text.
    'teller-contact-changes':
      'Cambios de datos que los asociados confirmaron con sus códigos. Verifique la identidad si hace falta y apruebe o rechace cada uno.',
  },
  en: {
    'my-data':
      'Here you see your personal data. You can change your mobile phone, e-mail or address; other data are changed at the office.',
    'my-data-change':
      'Type the new value. We will send a code to your current mobile to confirm the change and another to the new phone or e-mail to prove it.',
    'my-data-code':
      'Type the codes we sent: one confirms the change, the other proves the new value. We will tell both the old and the new destination.',
    withdrawals:
      'Choose the contribution, type the amount and ask for the withdrawal. The cooperative reviews it; while it is pending you can cancel it.',
    activity:
      'What you did recently: sign-ins, password and data changes, requests and operations. You can reprint the receipts.',
    'teller-contact-changes':
      'Data changes members confirmed with their codes. Check their identity if needed, then approve or reject each one.',
  },
} satisfies ScreenHelp
