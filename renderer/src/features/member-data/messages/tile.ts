/** The home tiles' texts: shown before any of the feature's screens, so loaded with the app. */
export const tileEs = {
  profileTile: {
    title: 'Mis datos personales',
    description: 'Vea sus datos y actualice su celular, correo o dirección.',
  },
  withdrawalsTile: {
    title: 'Retiro de aportes',
    description: 'Solicite el retiro de sus aportes, vea su estado o anule la solicitud.',
  },
  activityTile: {
    title: 'Mi actividad',
    description: 'Sus ingresos, cambios, solicitudes y operaciones recientes.',
  },
}
export type MemberDataTileMessages = typeof tileEs

export const tileEn: MemberDataTileMessages = {
  profileTile: {
    title: 'My personal data',
    description: 'See your data and update your mobile phone, e-mail or address.',
  },
  withdrawalsTile: {
    title: 'Contribution withdrawal',
    description: 'Ask to withdraw contributions, see the status or cancel the request.',
  },
  activityTile: {
    title: 'My activity',
    description: 'Your recent sign-ins, changes, requests and operations.',
  },
}
