import type { MaintenanceAuditAction } from '../../shared/api/staff'
import { KioskError } from '../../shared/ipc/errors'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'
import type { ServiceLogger } from './logger'

/** What main records of branch IT: the audited actions, and the session's end (log only: no token left). */
export type MaintenanceAction = MaintenanceAuditAction | 'session-ended'

export interface MaintenanceAuditDeps {
  api: ApiClient
  auth: Pick<AuthService, 'maintenanceTechnician' | 'withMaintenanceToken'>
  logger: ServiceLogger
  terminalId: string
}

/**
 * The record of one maintenance action: posted to the core's append-only maintenance audit with the
 * technician's token (the core takes who and where from it), and a structured log line that says whether
 * the audit got it. Best effort: the action has happened already and stands when the API is down. With
 * no maintenance session (a refused sign-in, the session's end) there is no token and only the log.
 */
export async function recordMaintenanceAction(
  deps: MaintenanceAuditDeps,
  action: MaintenanceAction,
  result: string,
  technician = deps.auth.maintenanceTechnician(),
): Promise<void> {
  const line = { action, result, technician, terminal: deps.terminalId }
  if (action === 'session-ended' || deps.auth.maintenanceTechnician() === null) {
    deps.logger.info({ ...line, audit: 'no_session' }, 'maintenance: action')
    return
  }
  try {
    await deps.auth.withMaintenanceToken((token) =>
      deps.api.call('staffMaintenanceAuditRecord', { action, result: result.slice(0, 120) }, token),
    )
    deps.logger.info({ ...line, audit: 'delivered' }, 'maintenance: action')
  } catch (e) {
    const code = e instanceof KioskError ? e.code : 'INTERNAL'
    deps.logger.warn({ ...line, audit: 'not_delivered', auditError: code }, 'maintenance: action')
  }
}
