import type { ScreenHelp } from '../../kiosk-feature'

/** The core screens' help (welcome, home, goodbye), this feature's own, and the fallback (`general`). */
export const CORE_SCREEN_HELP = {
  es: {
    general:
      'Use los botones de la pantalla para avanzar. "Volver" lo lleva al paso anterior. Si necesita ayuda, un asesor de la oficina puede acompañarle.',
    welcome:
      'Este equipo le permite consultar sus productos y hacer operaciones de forma segura. Toque "Toque para comenzar" y tenga a mano su documento de identidad. Puede cambiar el idioma arriba.',
    home: 'Esta es su página de inicio. Arriba ve su información de asociado y abajo los servicios: toque uno para entrar. Al terminar, toque "Salida segura".',
    goodbye: 'Su sesión terminó. La pantalla volverá sola al inicio para el siguiente asociado.',
    help: 'Aquí encuentra respuestas a las preguntas frecuentes y los canales para comunicarse con la cooperativa. Toque "Volver" para regresar a donde estaba.',
  },
  en: {
    general:
      'Use the buttons on the screen to go on. "Back" takes you to the previous step. If you need help, an adviser at the branch can assist you.',
    welcome:
      'This kiosk lets you check your products and make operations safely. Tap "Touch to begin" and have your ID document at hand. You can change the language at the top.',
    home: 'This is your home page. At the top you see your member information and below the services: tap one to open it. When you finish, tap "Secure sign-out".',
    goodbye: 'Your session has ended. The screen will go back to the start by itself for the next member.',
    help: 'Here you find answers to frequent questions and the ways to reach the cooperative. Tap "Back" to return to where you were.',
  },
} satisfies ScreenHelp
