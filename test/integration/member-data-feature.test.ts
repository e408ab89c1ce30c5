import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices } from '../../electron/app/create-kiosk-services'
import { createLogger } from '../../electron/services/logger'
import { startTestSandbox, wallClock, type TestSandbox } from '../../sandbox/testing/harness'
import { demoMember } from '../../sandbox/seed/demo-members'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'
import { decodeEscPos } from './support/escpos-decoder'
import { startFakePrinter, type FakePrinter } from './support/fake-printer'

// The member-data channels: registry → MemberDataService → the real sandbox; the receipt on a real TCP printer.
const MARIA = demoMember('co', 'active')
let sandbox: TestSandbox
let printer: FakePrinter
let services: ReturnType<typeof createKioskServices>

const call = async <C extends InvokeChannel>(channel: C, payload: unknown) =>
  envelopeSchema(IPC_CONTRACT[channel].output).parse(
    await services.registry.dispatch(channel, payload),
  ) as Envelope<IpcOutput<C>>
const data = <T>(e: Envelope<T>): T => {
  if (!e.ok) throw new Error(JSON.stringify(e.error))
  return e.data
}
async function outboxCode(recipient: string, template: string) {
  const res = await sandbox.http.get(`/sandbox/outbox?recipient=${encodeURIComponent(recipient)}&limit=5`)
  const m = res
    .json<{ messages: { template: string; text: string }[] }>()
    .messages.find((x) => x.template === template)
  return /\b(\d{6})\b/.exec(m!.text)![1]!
}

beforeAll(async () => {
  sandbox = await startTestSandbox({
    profile: 'co',
    clock: wallClock(),
    sendCooldownSeconds: 0,
    sendsPerDay: 100,
  })
  printer = await startFakePrinter()
  const config = KioskConfigSchema.parse({
    kioskId: 'KIOSK-DATA',
    cooperative: { name: 'Cooperativa de Ahorro y Crédito Los Andes', shortName: 'Coopandes' },
    api: { baseUrl: sandbox.url, timeoutMs: 5000, retries: 0 },
    printer: { kind: 'tcp', url: printer.url, columns: 48 },
  })
  services = createKioskServices({
    config,
    emit: () => {},
    logger: createLogger({ level: 'silent' }),
    dataDir: join(sandbox.dir, 'kiosk'),
  })
  await services.ready
})
afterAll(async () => {
  await services.dispose()
  await printer.close()
  await sandbox.close()
})

describe('member data in main', () => {
  it('refuses every channel before a member signs in', async () => {
    const r = await call('memberData.profile', {})
    expect(r.ok ? null : r.error.code).toBe('NOT_AUTHENTICATED')
  })

  it('changes the e-mail with both codes and shows it on the profile', async () => {
    data(await call('auth.login', { idNumber: MARIA.idNumber, password: MARIA.password }))
    expect(data(await call('memberData.profile', {})).email).toBe(MARIA.email)
    const bad = await call('memberData.startChange', { field: 'email', value: 'not-an-address' })
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION')
    const c = data(await call('memberData.startChange', { field: 'email', value: 'maria.nueva@example.org' }))
    expect(c.prove).toMatchObject({ channel: 'email', maskedDestination: 'mar*****@exa*****' })
    const result = data(
      await call('memberData.confirmChange', {
        changeId: c.changeId,
        confirmCode: await outboxCode(MARIA.phone, 'contact-change-code'),
        proveCode: await outboxCode('maria.nueva@example.org', 'contact-change-proof'),
      }),
    )
    expect(result.profile.email).toBe('maria.nueva@example.org')
    expect(data(await call('memberData.activity', {})).items.map((i) => i.kind)).toContain('contact-change')
  })

  it('requests a withdrawal once per key, prints its receipt, cancels it', async () => {
    const { options } = data(await call('memberData.withdrawals', {}))
    const permanent = options.find((o) => o.refusal === null)!
    const draft = { productId: permanent.productId, amount: { amountMinor: 20_000_00, currency: 'COP' } }
    const key = randomUUID()
    const first = data(await call('memberData.requestWithdrawal', { ...draft, idempotencyKey: key }))
    const again = data(await call('memberData.requestWithdrawal', { ...draft, idempotencyKey: key }))
    expect(again.requestNumber).toBe(first.requestNumber)
    const printed = data(
      await call('print.receipt', {
        document: { kind: 'withdrawal', requestNumber: first.requestNumber },
        language: 'es',
      }),
    )
    expect(printed).toMatchObject({ status: 'printed' })
    const text = decodeEscPos((await printer.waitForJobs(1))[0]!)
      .lines.map((l) => l.text)
      .join('\n')
    expect(text).toContain('Solicitud de retiro de aportes')
    expect(text).toContain(first.requestNumber)
    expect(text).toMatch(/Valor solicitado\s+\$\s?20\.000,00/)
    expect(text).toContain('Pendiente')
    const cancelled = data(await call('memberData.cancelWithdrawal', { requestNumber: first.requestNumber }))
    expect(cancelled.status).toBe('cancelled')
  })
})
