import { SIMULATORS_SERVICE } from '../../../shared/ipc/services'
import { registerService } from '../../ipc/register-service'
import { createSimulatorsService } from '../../services/simulators-service'
import { defineFeature } from '../feature'

/** Loan and term-deposit simulators, loan applications and product requests (issue 11). */
export const simulatorsFeature = defineFeature(({ api, auth }) => {
  const simulators = createSimulatorsService({ api, auth })
  return {
    name: 'simulators',
    handlers: registerService(SIMULATORS_SERVICE, {
      ...simulators,
      catalogue: () => simulators.catalogue(),
      applyLoan: ({ simulation }) => simulators.applyLoan(simulation),
      applications: () => simulators.applications(),
    }),
  }
})
