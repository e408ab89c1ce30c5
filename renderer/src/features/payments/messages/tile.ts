/** The home tile's texts: shown before any transfer screen, so loaded with the app. */
export const tileEs = {
  tile: {
    title: 'Transferencias',
    description: 'Entre sus cuentas, a otro asociado o a otro banco, autorizadas con un código a su celular.',
  },
  beneficiariesTile: {
    title: 'Beneficiarios',
    description: 'Inscriba, edite o elimine las personas a las que transfiere.',
  },
  obligationsTile: {
    title: 'Pagar obligaciones',
    description: 'Aportes, cuotas de préstamos y otras obligaciones, con sus ahorros.',
  },
}

export type PaymentsTileMessages = typeof tileEs

export const tileEn: PaymentsTileMessages = {
  tile: {
    title: 'Transfers',
    description:
      'Between your accounts, to another member or to another bank, authorised with a code to your phone.',
  },
  beneficiariesTile: {
    title: 'Beneficiaries',
    description: 'Add, edit or delete the people you transfer to.',
  },
  obligationsTile: {
    title: 'Pay obligations',
    description: 'Contributions, loan installments and other obligations, from your savings.',
  },
}
