import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each simulator screen (issue 13). */
export const SIMULATORS_SCREEN_HELP = {
  es: {
    'simulators-loan':
      'Elija la línea de crédito, el monto y el plazo, y toque "Proyectar" para ver la cuota y la tabla. Si le sirve, toque "Solicitar".',
    'simulators-loan-confirm': 'Revise los datos de su solicitud y los requisitos antes de enviarla.',
    'simulators-loan-filed': 'Su solicitud quedó radicada. Puede consultarla en "Mis solicitudes".',
    'simulators-deposit': 'Elija el monto y el plazo del CDAT para ver cuánto recibiría al vencimiento.',
    'simulators-applications': 'Aquí ve sus solicitudes de crédito y productos, y en qué estado están.',
    'simulators-request': 'Elija el producto que le interesa y envíe su solicitud. Un asesor le contactará.',
  },
  en: {
    'simulators-loan':
      'Choose the loan type, the amount and the term, and tap "Project" to see the instalment and the table. If it suits you, tap "Apply".',
    'simulators-loan-confirm':
      'Check the details of your application and the requirements before sending it.',
    'simulators-loan-filed': 'Your application has been filed. You can follow it in "My applications".',
    'simulators-deposit':
      'Choose the amount and term of the term deposit to see what you would get at maturity.',
    'simulators-applications': 'Here you see your loan and product applications and their status.',
    'simulators-request':
      'Choose the product you are interested in and send your request. An adviser will contact you.',
  },
} satisfies ScreenHelp
