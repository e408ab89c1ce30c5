import type { ScreenHelp } from '../../kiosk-feature'

/** What the help button explains on each credentials screen (issue 13). */
export const CREDENTIALS_SCREEN_HELP = {
  es: {
    'sign-in-question':
      'Su cooperativa le pide responder una de sus preguntas de seguridad antes de mostrar su imagen. Escriba la respuesta con el teclado de la pantalla; no importan mayúsculas ni tildes.',
    recover:
      'Elija dónde recibir una clave temporal: su celular o su correo registrados (se muestran ocultos por seguridad). Luego escríbala como su clave; el sistema le pedirá cambiarla.',
    enroll:
      'Para crear su usuario en línea escriba su número de asociado y su fecha de nacimiento. Deben coincidir con los datos que tiene la cooperativa.',
    'enroll-code':
      'Escriba el código de 6 dígitos que enviamos a su celular registrado. Si no le llegó, espere un momento y pida uno nuevo.',
    'setup-done':
      'Su acceso quedó listo. Toque «Ver mis productos» o espere: la pantalla sigue sola en unos segundos.',
    'setup-password':
      'Cree su clave personal con el teclado de la pantalla. La lista le muestra las reglas que se van cumpliendo. Escríbala dos veces para confirmarla.',
    'setup-image':
      'Elija una imagen y escriba una frase. Las verá cada vez que ingrese: así sabrá que está en el sistema verdadero de la cooperativa.',
    'setup-questions':
      'Elija tres preguntas de seguridad y escriba respuestas que solo usted conozca. Se las pediremos en algunas operaciones.',
    'setup-contract':
      'Lea el contrato de servicios hasta el final y acéptelo para usar el servicio en línea.',
    options:
      'Aquí puede cambiar su clave, su usuario, su imagen, sus preguntas de seguridad y los correos que recibe.',
    'options-verify': 'Por su seguridad, responda su pregunta de seguridad antes de hacer este cambio.',
    'options-password': 'Escriba su clave actual y luego la nueva dos veces, con el teclado de la pantalla.',
    'options-username':
      'Escriba el usuario nuevo (mínimo 8 letras o números). Podrá ingresar con él o con su documento.',
    'options-image': 'Elija una imagen nueva y escriba su frase de seguridad.',
    'options-questions': 'Elija sus tres preguntas de seguridad y escriba las respuestas nuevas.',
    'options-email': 'Marque los correos que desea recibir: estado de cuenta, tarjetas y novedades.',
  },
  en: {
    'sign-in-question':
      'Your cooperative asks you to answer one of your security questions before showing your picture. Type the answer on the on-screen keyboard; capitals and accents do not matter.',
    recover:
      'Choose where to get a temporary key: your registered mobile phone or e-mail (shown partly hidden for your safety). Then type it as your password; you will be asked to change it.',
    enroll:
      'To create your online user, type your member number and your date of birth. They must match the records of the cooperative.',
    'enroll-code':
      'Type the 6-digit code we sent to your registered mobile phone. If it did not arrive, wait a moment and ask for a new one.',
    'setup-done':
      'Your access is ready. Tap “See my products” or wait: the screen moves on by itself in a few seconds.',
    'setup-password':
      'Create your personal password on the on-screen keyboard. The list shows the rules as you meet them. Type it twice to confirm it.',
    'setup-image':
      'Choose a picture and type a phrase. You will see them every time you sign in: that is how you know you are on the real system of the cooperative.',
    'setup-questions':
      'Choose three security questions and type answers only you know. We will ask them for some operations.',
    'setup-contract': 'Read the service contract to the end and accept it to use the online service.',
    options:
      'Here you can change your password, username, picture, security questions and the e-mails you get.',
    'options-verify': 'For your safety, answer your security question before making this change.',
    'options-password': 'Type your current password, then the new one twice, on the on-screen keyboard.',
    'options-username':
      'Type the new username (at least 8 letters or digits). You can sign in with it or with your ID number.',
    'options-image': 'Choose a new picture and type your security phrase.',
    'options-questions': 'Choose your three security questions and type the new answers.',
    'options-email': 'Tick the e-mails you want to get: account statement, cards and news.',
  },
} satisfies ScreenHelp
