import type {
  LoanApplication,
  LoanSimulation,
  LoanSimulationRequest,
  MyApplications,
  ProductRequest,
  ProductRequestBody,
  SimulatorCatalogue,
  TermDepositRequest,
  TermDepositSimulation,
} from '../../shared/api/simulators'
import { simulateLoan } from '../../shared/finance/loan-simulation'
import { simulateTermDeposit } from '../../shared/finance/term-deposit'
import { KioskError } from '../../shared/ipc/errors'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

/**
 * Simulations computed here in main with shared/finance — the code the core re-computes applications
 * with — from the cooperative's catalogue (lines, rate table, withholding, today). The renderer gets the
 * projected table, never the arithmetic (decimal.js stays out of its bundle).
 */
export interface SimulatorsService {
  catalogue(): Promise<SimulatorCatalogue>
  simulateLoan(request: LoanSimulationRequest): Promise<LoanSimulation>
  simulateTermDeposit(request: TermDepositRequest): Promise<TermDepositSimulation>
  applyLoan(simulation: LoanSimulation): Promise<LoanApplication>
  requestProduct(body: ProductRequestBody): Promise<ProductRequest>
  applications(): Promise<MyApplications>
}

export function createSimulatorsService({
  api,
  auth,
}: {
  api: ApiClient
  auth: AuthService
}): SimulatorsService {
  const catalogue = () => auth.withToken((token) => api.call('simulatorCatalogue', undefined, token))
  return {
    catalogue,
    async simulateLoan(request) {
      const c = await catalogue()
      const line = c.loanLines.find((l) => l.id === request.lineId)
      if (!line) throw new KioskError('NOT_FOUND', `no loan line ${request.lineId}`)
      return simulateLoan(line, request, c.today, c.currency)
    },
    async simulateTermDeposit(request) {
      const c = await catalogue()
      return simulateTermDeposit(c.termDeposit, request, c.today, c.currency)
    },
    applyLoan: (simulation) =>
      auth.withToken((token) => api.call('loanApplicationFile', { simulation }, token)),
    requestProduct: (body) => auth.withToken((token) => api.call('productRequestFile', body, token)),
    applications: () => auth.withToken((token) => api.call('myApplications', undefined, token)),
  }
}
