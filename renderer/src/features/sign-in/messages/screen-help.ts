import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each sign-in step (issue 13). */
export const SIGN_IN_SCREEN_HELP = {
  es: {
    id: 'Escriba su número de documento de identidad con el teclado de la pantalla y toque "Continuar". Si creó un nombre de usuario, también puede escribirlo (toque "Letras"). Si no recuerda cuál usa, toque "¿Olvidó su usuario?".',
    security:
      'Revise que la imagen y la frase sean las que usted eligió. Si son suyas, continúe a escribir su clave. Si no lo son, no escriba su clave: toque "No es mi imagen".',
    password:
      'Escriba su clave con el teclado de la pantalla: las teclas cambian de lugar cada vez, por su seguridad. Si no la recuerda, toque "Olvidé mi clave" para recibir una clave temporal.',
  },
  en: {
    id: 'Type your ID document number on the on-screen keypad and tap "Continue". If you created a username you can type it instead (tap "Letters"). If you do not remember which one you use, tap "Forgot your user?".',
    security:
      'Check that the picture and phrase are the ones you chose. If they are yours, go on to type your password. If they are not, do not type your password: tap "It is not my picture".',
    password:
      'Type your password on the on-screen keyboard: the keys change place every time, for your safety. If you do not remember it, tap "I forgot my password" to get a temporary key.',
  },
} satisfies ScreenHelp
