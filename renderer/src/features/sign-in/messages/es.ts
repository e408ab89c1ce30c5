/**
 * Texts of the sign-in screens (ID, security picture and phrase, password), merged under `signIn` when the
 * first of them loads. Spanish is the schema; en.ts matches it. Avoid `@ { } | $` in texts.
 */
export const signInEs = {
  id: {
    title: 'Ingrese su número de documento',
    label: 'Número de documento',
    hint: 'Use el teclado en pantalla. Sin puntos ni espacios.',
    invalid: 'Ingrese entre 4 y 20 números o letras, sin espacios ni puntos.',
    needIdFirst: 'Primero escriba su número de documento; luego toque «Olvidé mi clave».',
    checking: 'Verificando…',
    usernameHint: 'Si eligió un usuario, puede escribirlo con el teclado de letras.',
    letters: 'Letras',
    digits: 'Números',
    forgot: 'Olvidé mi clave',
    enroll: '¿No tiene usuario en línea? Regístrese',
    termsLine: 'Al ingresar usted acepta los términos y condiciones de uso.',
    termsLink: 'Leer los términos',
  },
  steps: { label: 'Pasos para ingresar', id: 'Documento', security: 'Verificación', password: 'Clave' },
  security: {
    title: 'Verifique su imagen y frase de seguridad',
    hello: 'Hola, {name}',
    intro:
      'Verifique que su imagen y frase de seguridad sean correctas: así se asegura de estar en el sitio de su cooperativa.',
    imageLabel: 'Su imagen de seguridad',
    phraseLabel: 'Su frase de seguridad',
    warning: 'Si esta no es su imagen o frase de seguridad, NO ingrese su clave.',
    confirm: 'Sí, es mi imagen — continuar',
    reject: 'No es mi imagen',
  },
  reported: {
    title: 'Reportamos que no es su imagen',
    doNotType: 'No escriba su clave en este equipo.',
    recorded:
      'Su cooperativa recibió el reporte con este kiosco, la fecha y la hora. Llame a la línea de atención y dé esta referencia.',
    reference: 'Referencia',
    nextTitle: 'Qué sigue',
    next1: 'Un asesor revisará el reporte y le contactará a su celular o correo registrados.',
    next2: 'Si usted no cambió su imagen, la cooperativa le ayudará a elegir una nueva y a revisar su clave.',
    next3: 'Puede acercarse a un asesor de esta oficina con su documento de identidad.',
  },
  terms: {
    title: 'Términos y condiciones de uso',
    loading: 'Cargando los términos…',
    version: 'Versión {version}',
    back: 'Volver',
  },
  password: {
    title: 'Ingrese su clave',
    reminder: 'Use el teclado en pantalla. Las teclas cambian de lugar cada vez, por su seguridad.',
    submit: 'Ingresar',
    signingIn: 'Verificando su clave…',
    tryAgain: 'Intente de nuevo con el teclado en pantalla.',
    forgot: 'Olvidé mi clave',
    lockedTitle: 'Usuario bloqueado',
    lockedRecovery:
      'Si no recuerda su clave, pida una clave temporal: con ella ingresa ahora y elige una clave nueva.',
  },
}

export type SignInMessages = typeof signInEs
