/** The home tile's texts: shown before any credentials screen, so loaded with the app. */
export const tileEs = {
  tile: {
    title: 'Opciones de usuario',
    description: 'Clave, usuario, imagen y frase, preguntas de seguridad y servicios por correo.',
  },
}

export type CredentialsTileMessages = typeof tileEs

export const tileEn: CredentialsTileMessages = {
  tile: {
    title: 'User options',
    description: 'Password, username, image and phrase, security questions and e-mail services.',
  },
}
