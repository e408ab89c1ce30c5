import { loanSimulationPdf, termDepositPdf } from '../pdf/simulation-pdfs'
import type { PrintRegistries } from './document-registry'
import { loanSimulationReceipt, termDepositReceipt } from './receipts/simulation-receipts'

/**
 * The simulators' documents: main projects the request again (the screen's code, the core's catalogue)
 * and prints or saves that, marked "Simulación — no constituye aprobación".
 */
export function registerSimulatorsDocuments({ receipts, pdfs }: PrintRegistries): void {
  receipts
    .register('loanSimulation', async ({ request }, ctx, { member, simulators }) =>
      loanSimulationReceipt(ctx, await member.summary(), await simulators.simulateLoan(request)),
    )
    .register('termDepositSimulation', async ({ request }, ctx, { member, simulators }) =>
      termDepositReceipt(ctx, await member.summary(), await simulators.simulateTermDeposit(request)),
    )
  pdfs
    .register('loanSimulation', async ({ request }, ctx, { member, simulators }) =>
      loanSimulationPdf(ctx, await member.summary(), await simulators.simulateLoan(request)),
    )
    .register('termDepositSimulation', async ({ request }, ctx, { member, simulators }) =>
      termDepositPdf(ctx, await member.summary(), await simulators.simulateTermDeposit(request)),
    )
}
