import type { PrintFailureReason } from '../../../shared/ipc/printing-contract'

/** Delivers a finished job (ESC/POS bytes, or a PDF) to a printer. One call per job. */
export interface PrinterTransport {
  /** For logs: where jobs go ("tcp://10.0.0.5:9100", "lp -d Caja1"). */
  readonly target: string
  /** Resolves once the printer (or the OS print system) has taken the whole job; rejects with PrintError. */
  send(job: Buffer): Promise<void>
}

/** A job that did not reach the printer, with the reason the member and staff are told. */
export class PrintError extends Error {
  readonly reason: PrintFailureReason
  constructor(reason: PrintFailureReason, message: string) {
    super(message)
    this.name = 'PrintError'
    this.reason = reason
  }
}

/** Any failure as a PrintError; unknown errors count as "interrupted" (the job may be half printed). */
export function toPrintError(e: unknown): PrintError {
  if (e instanceof PrintError) return e
  return new PrintError('interrupted', e instanceof Error ? e.message : String(e))
}
