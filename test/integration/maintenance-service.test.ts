import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import type { ServiceLogger } from '../../electron/services/logger'
import type { Clock } from '../../electron/services/session-timer'
import { demoMember } from '../../sandbox/seed/demo-members'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema, type KioskConfigInput } from '../../shared/config/kiosk-config'
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { freePort, startFakePrinter, type FakePrinter } from './support/fake-printer'
import { manualClock } from './helpers/manual-clock'

// Branch IT at the kiosk, end to end in main: registry → maintenance service → API client → sandbox
// (real HTTP, real SQLite) and a real TCP socket playing the receipt printer, status bytes included.

const IT = demoStaff('it')
const TELLER = demoStaff('teller')
const SUPERVISOR = demoStaff('supervisor')
const ACTIVE = demoMember('co', 'active')
/** The kiosk's clock runs 90 s behind the API's: the offset the screen must show. */
const KIOSK_BEHIND_MS = 90_000

const time = manualClock()
let sandbox: TestSandbox
let printer: FakePrinter

beforeAll(async () => {
  sandbox = await startTestSandbox({ profile: 'co', clock: time.sandboxClock })
  printer = await startFakePrinter()
})
afterAll(async () => {
  await printer?.close()
  await sandbox?.close()
})

function recordingLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = []
  const at =
    (level: string) =>
    (obj: object, msg: string): void =>
      void lines.push({ level, obj: obj as Record<string, unknown>, msg })
  const logger: ServiceLogger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
  return { logger, lines }
}

function kiosk(
  printerConfig: KioskConfigInput['printer'] = { kind: 'tcp', url: printer.url, timeoutMs: 800 },
) {
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-MNT',
    api: { baseUrl: sandbox.url, timeoutMs: 3000, retries: 0 },
    printer: printerConfig,
  })
  const events: [EventChannel, unknown][] = []
  const { logger, lines } = recordingLogger()
  const clock: Clock = { now: () => time.clock.now() - KIOSK_BEHIND_MS, schedule: time.clock.schedule }
  const services = createKioskServices({
    config,
    emit: (e, p) => void events.push([e, p]),
    logger,
    clock,
  })
  const dispatch = (channel: InvokeChannel, payload: unknown = {}) =>
    services.registry.dispatch(channel, payload)
  /** The data of a successful call (throws with the envelope otherwise). */
  async function call<C extends InvokeChannel>(channel: C, payload: unknown = {}): Promise<IpcOutput<C>> {
    const answer = envelopeSchema(IPC_CONTRACT[channel].output).parse(await dispatch(channel, payload))
    if (!answer.ok) throw Object.assign(new Error(answer.error.code), answer.error)
    return answer.data as IpcOutput<C>
  }
  const actions = () => lines.filter((l) => l.msg === 'maintenance: action').map((l) => l.obj)
  return { services, dispatch, call, events, lines, actions }
}

const signInIt = (k: ReturnType<typeof kiosk>) =>
  k.call('maintenance.signIn', { username: IT.username, password: IT.password })

describe('the maintenance principal', () => {
  it('opens the maintenance channels for the IT technician only, ends the member first, and signs out', async () => {
    const k = kiosk()
    try {
      // Nobody signed in: the maintenance channels and the reprint queue answer FORBIDDEN.
      for (const channel of ['maintenance.me', 'maintenance.printerStatus', 'print.queue.list'] as const)
        expect(await k.dispatch(channel)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

      // A member at the kiosk: still FORBIDDEN.
      await k.call('auth.login', { idNumber: ACTIVE.idNumber, password: ACTIVE.password })
      expect(await k.dispatch('maintenance.about')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await k.dispatch('print.queue.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

      // Tellers and supervisors are staff, not branch IT.
      for (const who of [TELLER, SUPERVISOR])
        expect(
          await k.dispatch('maintenance.signIn', { username: who.username, password: who.password }),
        ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(k.services.auth.held().maintenance).toBe(false)
      expect(
        await k.dispatch('maintenance.signIn', { username: IT.username, password: 'Otra#2024' }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })

      const profile = await signInIt(k)
      expect(profile).toMatchObject({ username: IT.username, displayName: IT.displayName })
      expect(JSON.stringify(profile)).not.toMatch(/token/i)
      // The member's session ended before the technician's began, and the member's screens were told.
      expect(k.services.auth.held()).toEqual({ member: false, staff: null, maintenance: true })
      expect(k.events).toContainEqual(['session.ended', { reason: 'logout' }])

      expect(await k.call('maintenance.me')).toMatchObject({ username: IT.username })
      expect(await k.call('print.queue.list')).toEqual({ jobs: [] })
      expect(await k.call('print.queue.retry')).toEqual({ results: [], remaining: 0 })
      expect(await k.call('print.queue.clear')).toEqual({ removed: 0, remaining: 0 })
      // Maintenance is not staff (teller mode) and not a member.
      expect(await k.dispatch('staff.me')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await k.dispatch('member.summary')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

      expect(await k.call('maintenance.signOut')).toEqual({ ok: true })
      expect(k.services.auth.held().maintenance).toBe(false)
      expect(k.events).toContainEqual(['maintenance.ended', { reason: 'logout' }])
      expect(await k.dispatch('print.queue.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

      // Every step is on record, without a secret: at the core's audit once there is a session to post
      // it with, in the log in any case.
      expect(k.actions()).toEqual([
        expect.objectContaining({
          action: 'sign-in',
          result: 'FORBIDDEN',
          technician: TELLER.username,
          audit: 'no_session',
        }),
        expect.objectContaining({
          action: 'sign-in',
          result: 'FORBIDDEN',
          technician: SUPERVISOR.username,
          audit: 'no_session',
        }),
        expect.objectContaining({
          action: 'sign-in',
          result: 'INVALID_CREDENTIALS',
          technician: IT.username,
          audit: 'no_session',
        }),
        {
          action: 'sign-in',
          result: 'ok',
          technician: IT.username,
          terminal: 'KIOSK-MNT',
          audit: 'delivered',
        },
        expect.objectContaining({
          action: 'queue-retry',
          result: '0 retried, 0 left',
          technician: IT.username,
          audit: 'delivered',
        }),
        expect.objectContaining({
          action: 'queue-clear',
          result: '0 removed, 0 left',
          technician: IT.username,
          audit: 'delivered',
        }),
        expect.objectContaining({
          action: 'sign-out',
          result: 'ok',
          technician: IT.username,
          audit: 'delivered',
        }),
        expect.objectContaining({
          action: 'session-ended',
          result: 'logout',
          technician: IT.username,
          audit: 'no_session',
        }),
      ])
      const logged = JSON.stringify(k.lines)
      for (const secret of [IT.password, TELLER.password, 'Otra#2024']) expect(logged).not.toContain(secret)
    } finally {
      await k.services.dispose()
    }
  })

  it('idles out as a staff session does: activity moves the expiry, silence ends it', async () => {
    const k = kiosk()
    try {
      await signInIt(k)
      time.advance(500_000)
      expect(await k.call('maintenance.me')).toMatchObject({ username: IT.username })
      // Past the first 600 s: the call above moved the expiry on, here and at the API.
      time.advance(500_000)
      expect(k.services.auth.held().maintenance).toBe(true)
      await k.call('maintenance.printerStatus')
      // The local timer reads the API's expiry on the kiosk's clock, which runs behind here.
      time.advance(601_000 + KIOSK_BEHIND_MS)
      expect(k.services.auth.held().maintenance).toBe(false)
      expect(k.events).toContainEqual(['maintenance.ended', { reason: 'expired' }])
      expect(await k.dispatch('maintenance.me')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    } finally {
      await k.services.dispose()
    }
  })

  it('ends with every other principal when a fresh page starts', async () => {
    const k = kiosk()
    try {
      await signInIt(k)
      await k.services.onRendererStarted()
      expect(k.services.auth.held().maintenance).toBe(false)
      expect(await k.dispatch('maintenance.about')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    } finally {
      await k.services.dispose()
    }
  })
})

describe('the printer over DLE EOT', () => {
  const cases = [
    [{}, { state: 'ok', online: true, coverOpen: false, paper: 'ok' }],
    [{ paper: 'near-end' }, { state: 'attention', online: true, coverOpen: false, paper: 'near_end' }],
    [{ paper: 'out' }, { state: 'offline', paper: 'out' }],
    [{ coverOpen: true }, { state: 'offline', coverOpen: true, paper: 'ok' }],
    [{ online: false }, { state: 'offline', online: false }],
    ['silent', { state: 'no_answer', online: null, paper: null }],
  ] as const

  it.each(cases)('status %j reads as %j', async (status, expected) => {
    printer.setStatus(status)
    const k = kiosk()
    try {
      await signInIt(k)
      expect(await k.call('maintenance.printerStatus')).toMatchObject({
        kind: 'tcp',
        target: printer.url,
        ...expected,
      })
      expect(k.actions()).toContainEqual(
        expect.objectContaining({ action: 'printer-status', result: expected.state }),
      )
    } finally {
      printer.setStatus({})
      await k.services.dispose()
    }
  })

  it('reports a printer nobody answers for as unreachable, and no printer as not configured', async () => {
    const gone = kiosk({ kind: 'tcp', url: `tcp://127.0.0.1:${await freePort()}`, timeoutMs: 800 })
    const none = kiosk({ kind: 'none' })
    try {
      await signInIt(gone)
      expect(await gone.call('maintenance.printerStatus')).toMatchObject({ state: 'unreachable' })
      expect(await gone.call('maintenance.testPage', { language: 'es' })).toEqual({
        status: 'failed',
        reason: 'unreachable',
      })
      await signInIt(none)
      expect(await none.call('maintenance.printerStatus')).toMatchObject({
        state: 'not_configured',
        target: null,
      })
      expect(await none.call('maintenance.testPage', { language: 'en' })).toEqual({
        status: 'failed',
        reason: 'not_configured',
      })
    } finally {
      await gone.services.dispose()
      await none.services.dispose()
    }
  })

  it('prints a test page in the chosen language, read back from the socket', async () => {
    const k = kiosk()
    try {
      await signInIt(k)
      const before = printer.jobs.length
      expect(await k.call('maintenance.testPage', { language: 'es' })).toEqual({ status: 'printed' })
      expect(await k.call('maintenance.testPage', { language: 'en' })).toEqual({ status: 'printed' })
      const [es, en] = (await printer.waitForJobs(before + 2)).slice(before)
      const text = (job: Buffer) => decodeEscPos(job).lines.map((l) => l.text)
      expect(text(es!)).toContain('Página de prueba')
      expect(text(es!).join(' ')).toContain('ñ Ñ á é í ó ú ü É ¿ ¡')
      expect(text(en!)).toContain('Test page')
      expect(decodeEscPos(es!).cuts).toBe(1)
      for (const line of text(es!)) expect(line.length).toBeLessThanOrEqual(42)
      expect(k.actions().filter((a) => a.action === 'test-page')).toEqual([
        expect.objectContaining({ result: 'printed' }),
        expect.objectContaining({ result: 'printed' }),
      ])
    } finally {
      await k.services.dispose()
    }
  })
})

describe('connectivity, version and configuration', () => {
  it('measures the API and the clock offset, and shows the configuration without secrets', async () => {
    const k = kiosk()
    try {
      await signInIt(k)
      const c = await k.call('maintenance.connectivity')
      expect(c).toMatchObject({
        api: new URL(sandbox.url).origin,
        reachable: true,
        clockOffsetMs: KIOSK_BEHIND_MS,
        failure: null,
      })
      expect(c.latencyMs).toBeGreaterThanOrEqual(0)

      const about = await k.call('maintenance.about')
      expect(about.version).toMatch(/^\d+\.\d+\.\d+/)
      expect(about.runtime.node).toBe(process.versions.node)
      expect(about.config).toContainEqual({ key: 'kioskId', value: 'KIOSK-MNT' })
      expect(about.config).toContainEqual({ key: 'printer.url', value: printer.url })
      expect(about.events.map((e) => e.kind)).toContain('started')
      // The recent log shows what happened, the sign-in included, and no token or password.
      expect(about.log.map((l) => l.msg)).toContain('maintenance: action')
      expect(JSON.stringify(about)).not.toMatch(/token|password|Soporte#2024/i)

      await sandbox.close()
      const down = await k.call('maintenance.connectivity')
      expect(down).toMatchObject({ reachable: false, latencyMs: null, failure: 'API_UNREACHABLE' })
      // The screen keeps working while the API is down: that is when IT needs it.
      expect(await k.call('maintenance.printerStatus')).toMatchObject({ state: 'ok' })
    } finally {
      await k.services.dispose()
    }
  })
})
