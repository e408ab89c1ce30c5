import { z } from 'zod'
import { LoanSimulationRequestSchema, TermDepositRequestSchema } from '../api/simulators'

/**
 * Simulations to print or save: the inputs only. Main projects them again with the member's session and
 * the cooperative's catalogue (the same code as the screen), so paper never carries renderer figures.
 */
export const LoanSimulationDocumentSchema = z
  .object({ kind: z.literal('loanSimulation'), request: LoanSimulationRequestSchema })
  .strict()
export const TermDepositSimulationDocumentSchema = z
  .object({ kind: z.literal('termDepositSimulation'), request: TermDepositRequestSchema })
  .strict()
