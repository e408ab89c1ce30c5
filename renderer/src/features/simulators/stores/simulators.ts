import { defineStore } from 'pinia'
import { reactive, shallowRef } from 'vue'
import type {
  AmortizationSystem,
  LoanApplication,
  LoanSimulation,
  LoanSimulationRequest,
  ProductRequest,
  ProductRequestBody,
  TermDepositRequest,
  TermDepositSimulation,
} from '@shared/api/simulators'
import { serviceClient } from '@/bridge'
import { useRemote } from '@/composables/useRemote'

/** What the member typed on the loan simulator, kept while they go to confirm and come back. */
export interface LoanForm {
  lineId: string
  /** Whole currency units as typed on the keypad. */
  amount: string
  term: string
  system: AmortizationSystem
}

/**
 * The cooperative's simulator catalogue, the last projections, the application just filed and the
 * member's applications. Member-scoped: `reset()` empties it at the end of the visit.
 */
export const useSimulatorsStore = defineStore('simulators', () => {
  const client = serviceClient('simulators')
  const catalogue = useRemote(() => client.catalogue({}))
  const applications = useRemote(() => client.applications({}))
  const loanForm = reactive<LoanForm>({ lineId: '', amount: '', term: '', system: 'french' })
  /** The projected table on screen: what "Solicitar" files, unchanged. */
  const loan = shallowRef<LoanSimulation | null>(null)
  const filed = shallowRef<LoanApplication | null>(null)
  const deposit = shallowRef<TermDepositSimulation | null>(null)

  function ensureCatalogue(): void {
    if (catalogue.status.value === 'idle' || catalogue.status.value === 'error') void catalogue.run()
  }

  async function projectLoan(request: LoanSimulationRequest): Promise<void> {
    loan.value = null
    loan.value = await client.simulateLoan(request)
  }

  async function projectDeposit(request: TermDepositRequest): Promise<void> {
    deposit.value = null
    deposit.value = await client.simulateTermDeposit(request)
  }

  /** Files the simulation on screen; the core re-computes it and refuses any difference (CONFLICT). */
  async function applyLoan(simulation: LoanSimulation): Promise<LoanApplication> {
    const application = await client.applyLoan({ simulation })
    filed.value = application
    loan.value = null
    applications.clear()
    return application
  }

  async function requestProduct(body: ProductRequestBody): Promise<ProductRequest> {
    const request = await client.requestProduct(body)
    applications.clear()
    return request
  }

  function reset(): void {
    catalogue.clear()
    applications.clear()
    Object.assign(loanForm, { lineId: '', amount: '', term: '', system: 'french' })
    loan.value = null
    filed.value = null
    deposit.value = null
  }

  return {
    catalogue,
    applications,
    loanForm,
    loan,
    filed,
    deposit,
    ensureCatalogue,
    projectLoan,
    projectDeposit,
    applyLoan,
    requestProduct,
    reset,
  }
})
