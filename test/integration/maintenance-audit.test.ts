import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import type { ServiceLogger } from '../../electron/services/logger'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { MaintenanceAuditSchema } from '../../shared/api/staff'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { startFakePrinter, type FakePrinter } from './support/fake-printer'
import { manualClock } from './helpers/manual-clock'

// Every maintenance action of main posted to the sandbox's append-only audit over real HTTP, read back
// with another IT token; and with the API gone, the action still done and the log saying so.

const IT = demoStaff('it')
const KIOSK = 'KIOSK-AUD'
const time = manualClock()
let sandbox: TestSandbox
let printer: FakePrinter
const dirs: string[] = []

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: time.sandboxClock })
  printer = await startFakePrinter()
})
afterAll(async () => {
  await printer?.close()
  await sandbox?.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function kiosk() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-aud-'))
  dirs.push(dataDir)
  const config = KioskConfigSchema.parse({
    kioskId: KIOSK,
    api: { baseUrl: sandbox.url, timeoutMs: 2000, retries: 0 },
    printer: { kind: 'tcp', url: printer.url, timeoutMs: 800 },
  })
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = []
  const at = (level: string) => (obj: object, msg: string) =>
    void lines.push({ level, obj: obj as Record<string, unknown>, msg })
  const logger: ServiceLogger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
  const services = createKioskServices({ config, emit: () => undefined, logger, clock: time.clock, dataDir })
  async function call<C extends InvokeChannel>(channel: C, payload: unknown = {}): Promise<IpcOutput<C>> {
    const answer = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    if (!answer.ok) throw Object.assign(new Error(answer.error.code), answer.error)
    return answer.data as IpcOutput<C>
  }
  const actions = () => lines.filter((l) => l.msg === 'maintenance: action')
  return { services, call, actions }
}

/** Today's rows as the sandbox answers them to another IT sign-in, oldest first. */
async function auditRows() {
  const signIn = await sandbox.http.post('/v1/staff/sessions', {
    username: IT.username,
    password: IT.password,
    terminalId: 'READER',
  })
  const token = signIn.json<{ token: string }>().token
  const res = await sandbox.http.get('/v1/staff/maintenance/audit', { token })
  expect(res.status).toBe(200)
  return MaintenanceAuditSchema.parse(res.body).entries.toReversed()
}

describe('the maintenance audit from main', () => {
  it('posts every action with the maintenance token: sign-in to sign-out', async () => {
    const k = kiosk()
    try {
      // A refused sign-in has no session to post with: it stays in the log.
      await expect(
        k.call('maintenance.signIn', { username: IT.username, password: 'Otra#2024' }),
      ).rejects.toThrow('INVALID_CREDENTIALS')
      await k.call('maintenance.signIn', { username: IT.username, password: IT.password })
      await k.call('maintenance.printerStatus')
      await k.call('maintenance.testPage', { language: 'es' })
      await k.call('maintenance.connectivity')
      await k.call('print.queue.retry')
      await k.call('print.queue.clear')
      await k.call('maintenance.journalVerify')
      await k.call('maintenance.journalExport')
      await k.call('maintenance.signOut')

      const rows = await auditRows()
      expect(rows.map((r) => [r.staffUsername, r.terminalId, r.action, r.result])).toEqual([
        [IT.username, KIOSK, 'sign-in', 'ok'],
        [IT.username, KIOSK, 'printer-status', 'ok'],
        [IT.username, KIOSK, 'test-page', 'printed'],
        [IT.username, KIOSK, 'connectivity', 'reachable'],
        [IT.username, KIOSK, 'queue-retry', '0 retried, 0 left'],
        [IT.username, KIOSK, 'queue-clear', '0 removed, 0 left'],
        [IT.username, KIOSK, 'journal-verify', 'intact, 0 entries'],
        [IT.username, KIOSK, 'journal-export', '0 entries'],
        [IT.username, KIOSK, 'sign-out', 'ok'],
      ])
      expect(new Set(rows.map((r) => r.at))).toEqual(new Set([time.sandboxClock.now().toISOString()]))
      expect(k.actions().map((l) => [l.obj.action, l.obj.audit])).toEqual([
        ['sign-in', 'no_session'],
        ...rows.map((r) => [r.action, 'delivered']),
        ['session-ended', 'no_session'],
      ])
      expect(k.services.auth.held().maintenance).toBe(false)
    } finally {
      await k.services.dispose()
    }
  })

  it('lets the action happen when the API is down, and logs that the audit was not delivered', async () => {
    const k = kiosk()
    try {
      await k.call('maintenance.signIn', { username: IT.username, password: IT.password })
      expect((await auditRows()).at(-1)).toMatchObject({ terminalId: KIOSK, action: 'sign-in' })
      await sandbox.close()
      expect(await k.call('maintenance.printerStatus')).toMatchObject({ state: 'ok' })
      expect(await k.call('maintenance.journalVerify')).toMatchObject({ intact: true })
      const last = k.actions().slice(-2)
      expect(last.map((l) => [l.level, l.obj.action, l.obj.audit, l.obj.auditError])).toEqual([
        ['warn', 'printer-status', 'not_delivered', 'API_UNREACHABLE'],
        ['warn', 'journal-verify', 'not_delivered', 'API_UNREACHABLE'],
      ])
    } finally {
      await k.services.dispose()
    }
  })
})
