import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on the deferral screen (issue 13). */
export const DEFERRALS_SCREEN_HELP = {
  es: {
    deferrals:
      'Elija las compras de su tarjeta que quiere diferir y el número de meses. Verá la cuota y el interés antes de confirmar.',
  },
  en: {
    deferrals:
      'Choose the card purchases you want to spread and the number of months. You will see the instalment and the interest before you confirm.',
  },
} satisfies ScreenHelp
