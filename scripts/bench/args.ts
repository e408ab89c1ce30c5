// `npm run bench -- [--only <part>] [--soak-sessions <n>] [--startup-runs <n>] [--transfer-runs <n>]`.
import { parseArgs } from 'node:util'

// startup: initial JS, shell launches, key latency, kiosk vs bare app; printing: receipts and PDFs;
// transfer: "Confirmar" → receipt printed; bills: a bill payment from "Confirmar pago" to the receipt printed.
export const PARTS = ['startup', 'printing', 'sandbox', 'soak', 'transfer', 'bills'] as const
export type Part = (typeof PARTS)[number]

export interface BenchArgs {
  only: ReadonlySet<Part>
  soakSessions: number
  startupRuns: number
  transferRuns: number
}

/** Sessions of a plain `npm run bench`: a few minutes; the 2,000 take `--soak-sessions 2000`. */
export const DEFAULT_SOAK_SESSIONS = 200

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new Error(`--${name} needs a positive integer, got "${raw}"`)
  return Number(raw)
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      only: { type: 'string', multiple: true },
      'soak-sessions': { type: 'string' },
      'startup-runs': { type: 'string' },
      'transfer-runs': { type: 'string' },
    },
  })
  const only = (values.only ?? []).flatMap((v) => v.split(','))
  for (const p of only)
    if (!(PARTS as readonly string[]).includes(p))
      throw new Error(`--only: unknown part "${p}" (one of ${PARTS.join(', ')})`)
  return {
    only: new Set((only.length ? only : PARTS) as Part[]),
    soakSessions: count('soak-sessions', values['soak-sessions'], DEFAULT_SOAK_SESSIONS),
    startupRuns: count('startup-runs', values['startup-runs'], 15),
    transferRuns: count('transfer-runs', values['transfer-runs'], 20),
  }
}
