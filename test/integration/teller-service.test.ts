import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { demoMember } from '../../sandbox/seed/demo-members'
import { demoStaff } from '../../sandbox/staff/demo-staff'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT } from '../../shared/ipc/contract'
import { envelopeSchema } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from './support/fake-printer'

// Main's teller desk end to end: registry → teller service → API client → sandbox, and the sealed slip on
// a real TCP socket. The key must be on paper and nowhere else main can put it.

const TELLER = demoStaff('teller')
const SUPERVISOR = demoStaff('supervisor')
const CHECKED = { idDocumentSeen: true, photoMatches: true, signatureMatches: true } as const
const sink = () => {
  const s = {
    text: '',
    stream: new Writable({ write: (c: Buffer, _e, done) => void ((s.text += c.toString()), done()) }),
  }
  return s
}

let sandbox: TestSandbox
const sandboxLogs = sink()
const dirs: string[] = []
beforeAll(async () => {
  sandbox = await startTestSandbox({
    profile: 'pa',
    clock: wallClock(),
    logLevel: 'trace',
    logDestination: sandboxLogs.stream,
  })
})
afterAll(async () => {
  await sandbox?.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function desk(printerUrl: string, api: TestSandbox = sandbox) {
  const logs = sink()
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-teller-'))
  dirs.push(dataDir)
  const config = KioskConfigSchema.parse({
    kioskId: 'CAJA-03',
    api: { baseUrl: api.url, timeoutMs: 3000, retries: 1 },
    printer: { kind: 'tcp', url: printerUrl, timeoutMs: 1000 },
    locale: 'es-PA',
    currency: 'USD',
  })
  const logger = createLogger({ level: 'trace', destination: logs.stream })
  const services: KioskServices = createKioskServices({ config, emit: () => {}, logger, dataDir })
  const answers: string[] = []
  const call = async (channel: InvokeChannel, payload: unknown = {}) => {
    const envelope = envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    )
    answers.push(JSON.stringify(envelope))
    return envelope as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } }
  }
  const everythingButPaper = () =>
    [
      answers.join('\n'),
      logs.text,
      sandboxLogs.text,
      // Every file main wrote, in every folder (the payments journal keeps one of its own).
      ...readdirSync(dataDir, { recursive: true, withFileTypes: true })
        .filter((f) => f.isFile())
        .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8')),
    ].join('\n')
  return { services, call, everythingButPaper }
}

/** The key: the double-height line right after "Su clave temporal" on the decoded slip. */
function keyOnSlip(job: Buffer): string {
  const lines = decodeEscPos(job).lines
  const at = lines.findIndex((l) => l.text.trim() === 'Su clave temporal')
  expect(at).toBeGreaterThan(0)
  const key = lines[at + 1]!
  expect(key.height).toBeGreaterThan(1)
  return key.text.trim()
}

const activate = (idNumber: string, approval?: { username: string; password: string }) => ({
  request: {
    action: 'activate',
    idNumber,
    reason: 'no-registered-phone-access',
    delivery: 'slip',
    checklist: CHECKED,
    ...(approval ? { approval } : {}),
  },
  language: 'es',
})

describe('the sealed slip through main', () => {
  let printer: FakePrinter
  beforeAll(async () => {
    printer = await startFakePrinter()
  })
  afterAll(() => printer.close())

  it('prints the key once on the TCP printer; answers, logs and files never hold it; the key signs in', async () => {
    const member = demoMember('pa', 'not-enrolled')
    const { services, call, everythingButPaper } = desk(printer.url)
    expect((await call('staff.signIn', { username: TELLER.username, password: TELLER.password })).ok).toBe(
      true,
    )
    expect((await call('teller.lookup', { idNumber: member.idNumber })).data).toMatchObject({
      access: { status: 'not-enrolled' },
    })

    const refused = await call('teller.act', activate(member.idNumber))
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    const done = await call(
      'teller.act',
      activate(member.idNumber, { username: SUPERVISOR.username, password: SUPERVISOR.password }),
    )
    expect(done).toMatchObject({
      ok: true,
      data: { approvedBy: 'rmendoza', slip: { printed: true }, sentTo: null },
    })
    const [job] = await printer.waitForJobs(1)
    const key = keyOnSlip(job!)
    expect(key).toMatch(/^[A-Za-z0-9]{8,}$/)
    const text = decodeEscPos(job!)
      .lines.map((l) => l.text)
      .join('\n')
    expect(text).toContain(member.fullName)
    expect(text).not.toContain(member.idNumber)

    expect(everythingButPaper()).not.toContain(key)
    expect(JSON.stringify(done)).not.toMatch(/slipKey/)

    const login = await sandbox.http.post('/v1/auth/login', {
      idNumber: member.idNumber,
      password: key,
      kioskId: 'K-1',
    })
    expect(login.status).toBe(200)
    expect(login.json()).toMatchObject({ mustChangePassword: true })

    expect(await call('teller.printSlipAgain')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await services.dispose()
  })
})

describe('a slip the printer did not take', () => {
  let co: TestSandbox
  beforeAll(async () => {
    co = await startTestSandbox({ profile: 'co', clock: wallClock() })
  })
  afterAll(() => co.close())

  it('is kept in memory only, printed on the next try once the printer is back, then forgotten', async () => {
    const member = demoMember('co', 'not-enrolled')
    const down = await startFakePrinter()
    const port = down.port
    await down.close()
    const { services, call, everythingButPaper } = desk(`tcp://127.0.0.1:${port}`, co)
    await call('staff.signIn', { username: TELLER.username, password: TELLER.password })
    const done = await call(
      'teller.act',
      activate(member.idNumber, { username: SUPERVISOR.username, password: SUPERVISOR.password }),
    )
    expect(done).toMatchObject({ ok: true, data: { slip: { printed: false, reason: 'unreachable' } } })

    const printer = await startFakePrinter({ port })
    try {
      expect(await call('teller.printSlipAgain')).toEqual({ ok: true, data: { printed: true } })
      const [job] = await printer.waitForJobs(1)
      const key = keyOnSlip(job!)
      expect(everythingButPaper()).not.toContain(key)
      expect(await call('teller.printSlipAgain')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      const login = await co.http.post('/v1/auth/login', {
        idNumber: member.idNumber,
        password: key,
        kioskId: 'K-2',
      })
      expect(login.status).toBe(200)
    } finally {
      await printer.close()
      await services.dispose()
    }
  })
  it('prints once when "print again" is pressed twice at the same time', async () => {
    const fresh = await startTestSandbox({ profile: 'co', clock: wallClock() })
    const member = demoMember('co', 'not-enrolled')
    const down = await startFakePrinter()
    const port = down.port
    await down.close()
    const { services, call } = desk(`tcp://127.0.0.1:${port}`, fresh)
    await call('staff.signIn', { username: TELLER.username, password: TELLER.password })
    await call(
      'teller.act',
      activate(member.idNumber, { username: SUPERVISOR.username, password: SUPERVISOR.password }),
    )
    const printer = await startFakePrinter({ port })
    try {
      const both = await Promise.all([call('teller.printSlipAgain'), call('teller.printSlipAgain')])
      const answers = both.map((b) => (b.ok ? 'printed' : b.error?.code)).sort()
      // Either both saw the one print, or the second found nothing left to print: never two slips.
      expect([
        ['printed', 'printed'],
        ['NOT_FOUND', 'printed'],
      ]).toContainEqual(answers)
      await printer.waitForJobs(1)
      await new Promise((r) => setTimeout(r, 300))
      expect(printer.jobs).toHaveLength(1)
    } finally {
      await printer.close()
      await services.dispose()
      await fresh.close()
    }
  })

  it('belongs to the staff session that made it: after sign-out and a new sign-in it is gone', async () => {
    // A sandbox of its own: the one member without an online user is activated above.
    const fresh = await startTestSandbox({ profile: 'co', clock: wallClock() })
    const member = demoMember('co', 'not-enrolled')
    const down = await startFakePrinter()
    const port = down.port
    await down.close()
    const { services, call } = desk(`tcp://127.0.0.1:${port}`, fresh)
    await call('staff.signIn', { username: TELLER.username, password: TELLER.password })
    const done = await call(
      'teller.act',
      activate(member.idNumber, { username: SUPERVISOR.username, password: SUPERVISOR.password }),
    )
    expect(done).toMatchObject({ ok: true, data: { slip: { printed: false } } })
    await call('staff.signOut')
    await call('staff.signIn', { username: TELLER.username, password: TELLER.password })
    const printer = await startFakePrinter({ port })
    try {
      expect(await call('teller.printSlipAgain')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(printer.jobs).toEqual([])
    } finally {
      await printer.close()
      await services.dispose()
      await fresh.close()
    }
  })
})
