import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each sign-in step (issue 13). */
export const SIGN_IN_SCREEN_HELP = {
  es: {
    id: 'Escriba su número de documento de identidad con el teclado de la pantalla y toque "Continuar". Si creó un nombre de usuario, también puede escribirlo (toque "Letras"). Si no recuerda cuál usa, toque "¿Olvidó su usuario?".',
    security:
      'Revise que la imagen y la frase sean las que usted eligió. Si son suyas, continúe a escribir su clave. Si no lo son, no escriba su clave: toque "No es mi imagen".',
    password:
      'Escriba su clave con el teclado de la pantalla: las teclas cambian de lugar cada vez, por su seguridad. Si no la recuerda, toque "Olvidé mi clave" para recibir una clave temporal.',
    'image-reported':
      'Usted indicó que la imagen o la frase no son las suyas y la cooperativa recibió el reporte. No escriba su clave aquí: llame a la línea de atención que se muestra y dé la referencia.',
    terms:
      'Estos son los términos y condiciones de uso del kiosco. Deslice el texto para leerlo todo y toque "Volver" para seguir.',
  },
  en: {
    id: 'Type your ID document number on the on-screen keypad and tap "Continue". If you created a username you can type it instead (tap "Letters"). If you do not remember which one you use, tap "Forgot your user?".',
    security:
      'Check that the picture and phrase are the ones you chose. If they are yours, go on to type your password. If they are not, do not type your password: tap "It is not my picture".',
    password:
      'Type your password on the on-screen keyboard: the keys change place every time, for your safety. If you do not remember it, tap "I forgot my password" to get a temporary key.',
    'image-reported':
      'You said the picture or phrase is not yours and the cooperative got the report. Do not type your password here: call the helpline shown and give the reference.',
    terms:
      'These are the terms and conditions of use of the kiosk. Slide the text to read it all and tap "Back" to go on.',
  },
} satisfies ScreenHelp
