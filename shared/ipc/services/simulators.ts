import { z } from 'zod'
import {
  LoanApplicationSchema,
  LoanSimulationRequestSchema,
  LoanSimulationSchema,
  MyApplicationsSchema,
  ProductRequestBodySchema,
  ProductRequestSchema,
  SimulatorCatalogueSchema,
  TermDepositRequestSchema,
  TermDepositSimulationSchema,
} from '../../api/simulators'
import { defineService } from '../service'
import { NoInput } from './no-input'

/**
 * Loan and term-deposit simulators (computed in main with shared/finance, the code the core checks
 * with), loan applications from a simulation, product requests and "Mis solicitudes".
 */
export const SIMULATORS_SERVICE = defineService({
  name: 'simulators',
  methods: {
    catalogue: { audience: 'member', input: NoInput, output: SimulatorCatalogueSchema },
    simulateLoan: { audience: 'member', input: LoanSimulationRequestSchema, output: LoanSimulationSchema },
    simulateTermDeposit: {
      audience: 'member',
      input: TermDepositRequestSchema,
      output: TermDepositSimulationSchema,
    },
    /** Files the simulation the member saw; the core re-computes it and refuses any difference. */
    applyLoan: {
      audience: 'member',
      input: z.object({ simulation: LoanSimulationSchema }).strict(),
      output: LoanApplicationSchema,
    },
    requestProduct: { audience: 'member', input: ProductRequestBodySchema, output: ProductRequestSchema },
    applications: { audience: 'member', input: NoInput, output: MyApplicationsSchema },
  },
})
