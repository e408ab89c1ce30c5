/** The home tiles' texts: shown before any simulators screen, so loaded with the app (merged under `simulators`). */
export const tilesEs = {
  tiles: {
    loan: {
      title: 'Simulador de crédito',
      description: 'Proyecte la tabla de un crédito (francés o alemán) y solicítelo.',
    },
    deposit: {
      title: 'Simulador de CDAT',
      description: 'Tasa, intereses, retención y fecha de vencimiento de un plazo fijo.',
    },
    applications: {
      title: 'Mis solicitudes',
      description: 'Sus solicitudes de crédito y de productos. Solicite sus productos.',
    },
  },
}

export type SimulatorsTileMessages = typeof tilesEs

export const tilesEn: SimulatorsTileMessages = {
  tiles: {
    loan: {
      title: 'Loan simulator',
      description: 'Project a loan’s table (French or German) and apply for it.',
    },
    deposit: {
      title: 'Term deposit simulator',
      description: 'Rate, interest, withholding and maturity date of a term deposit (CDAT).',
    },
    applications: {
      title: 'My applications',
      description: 'Your loan applications and product requests. Request a product.',
    },
  },
}
