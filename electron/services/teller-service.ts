import { createHash } from 'node:crypto'
import type { TellerActionRequest, TellerAudit, TellerMember } from '../../shared/api/teller'
import type { Language } from '../../shared/config/kiosk-config'
import { KioskError } from '../../shared/ipc/errors'
import type { PrintFailureReason } from '../../shared/ipc/printing-contract'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'
import type { ServiceLogger } from './logger'
import type { ReceiptDocument } from './printing/receipt-model'
import { buildSlip, type SlipContext } from './teller-slip'

export type SlipOutcome = { printed: true } | { printed: false; reason: PrintFailureReason }

export interface TellerActionOutcome {
  auditId: number
  action: TellerActionRequest['action']
  approvedBy: string | null
  sentTo: { channel: 'sms' | 'email'; maskedDestination: string } | null
  member: TellerMember
  slip: SlipOutcome | null
}

export interface TellerService {
  lookup(input: { idNumber: string }): Promise<TellerMember>
  act(input: { request: TellerActionRequest; language: Language }): Promise<TellerActionOutcome>
  printSlipAgain(): Promise<SlipOutcome>
  audit(input: { scope: 'own' | 'branch' }): Promise<TellerAudit>
  /** Forgets a slip that never printed (staff sign-out, shutdown). */
  dispose(): void
}

/** A slip that did not print, and the staff session it belongs to (a digest of its token, not the token). */
interface UnprintedSlip {
  doc: ReceiptDocument
  session: string
}

export interface TellerServiceDeps {
  api: ApiClient
  auth: AuthService
  logger: ServiceLogger
  /** Straight to the thermal printer, never through the reprint queue (it is kept on disk). */
  printSlip(doc: ReceiptDocument): Promise<SlipOutcome>
  slipContext(language: Language): SlipContext
}

/**
 * The teller's desk in main. The temporary key of a slip activation exists here only between the API's
 * answer and the printer: it is put on paper, never returned to the renderer, never logged, and a slip
 * that failed to print is kept in memory (for one staff session) so the teller can try the printer again.
 */
export function createTellerService({
  api,
  auth,
  logger,
  printSlip,
  slipContext,
}: TellerServiceDeps): TellerService {
  let unprinted: UnprintedSlip | null = null
  const sessionOf = (token: string) => createHash('sha256').update(token).digest('hex')

  /** A staff call; the staff session's local expiry then follows the API's (every staff call slides it). */
  async function staffCall<T>(fn: (token: string) => Promise<T>): Promise<T> {
    return auth.withStaffToken(async (token) => {
      const answer = await fn(token)
      auth.staffActive((await api.call('staffMe', undefined, token)).expiresAt)
      return answer
    })
  }

  /** The print under way: a second "print again" meanwhile waits for it, never prints the key twice. */
  let printing: { job: UnprintedSlip; outcome: Promise<SlipOutcome> } | null = null

  function printUnprinted(): Promise<SlipOutcome> {
    const job = unprinted
    if (!job) return Promise.reject(new KioskError('NOT_FOUND', 'No slip is waiting to be printed'))
    if (printing?.job === job) return printing.outcome
    const current = { job, outcome: printOnce(job) }
    printing = current
    void current.outcome
      .finally(() => {
        if (printing === current) printing = null
      })
      .catch(() => undefined)
    return current.outcome
  }

  async function printOnce(job: UnprintedSlip): Promise<SlipOutcome> {
    const outcome = await printSlip(job.doc)
    if (outcome.printed && unprinted === job) unprinted = null
    logger.info({ printed: outcome.printed }, 'teller: slip')
    return outcome
  }

  return {
    lookup: (input) => staffCall((token) => api.call('tellerLookup', input, token)),

    async act({ request, language }) {
      let session = ''
      const { slipKey, ...result } = await staffCall((token) => {
        session = sessionOf(token)
        return api.call('tellerAction', request, token)
      })
      if (slipKey === undefined) return { ...result, slip: null }
      unprinted = { doc: buildSlip(result.member, slipKey, slipContext(language)), session }
      return { ...result, slip: await printUnprinted() }
    },

    async printSlipAgain() {
      // The slip belongs to the staff session that made it: not to the next one signed in at this desk.
      if (unprinted && auth.held().staff === null) unprinted = null
      if (!unprinted) throw new KioskError('NOT_FOUND', 'No slip is waiting to be printed')
      const made = unprinted.session
      await staffCall(async (token) => {
        if (sessionOf(token) !== made) {
          unprinted = null
          throw new KioskError('NOT_FOUND', 'No slip is waiting to be printed')
        }
        return api.call('staffMe', undefined, token)
      })
      return printUnprinted()
    },

    audit: (input) => staffCall((token) => api.call('tellerAudit', { query: input }, token)),

    dispose() {
      unprinted = null
    },
  }
}
