import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createKioskServices, type KioskServices } from '../../electron/app/create-kiosk-services'
import { createEventHub } from '../../electron/app/event-hub'
import { createLogger } from '../../electron/services/logger'
import { startTestSandbox, testClock, type TestSandbox } from '../../sandbox/testing/harness'
import { lastCode, payingDemos } from '../../sandbox/testing/payments'
import type { BeneficiaryDraft } from '../../shared/api/beneficiaries'
import { KioskConfigSchema } from '../../shared/config/kiosk-config'
import type { InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT, type IpcOutput } from '../../shared/ipc/contract'
import { envelopeSchema, type Envelope } from '../../shared/ipc/envelope'

/** Beneficiaries through the registry: renderer channels → BeneficiariesService → real sandbox over HTTP. */
describe('beneficiaries channels in main', () => {
  let sb: TestSandbox
  let services: KioskServices
  const [maria, carlos] = ['52874193', '80123456'].map((id) =>
    payingDemos('co').find((d) => d.idNumber === id)!,
  )
  let draft: BeneficiaryDraft

  const call = async <C extends InvokeChannel>(channel: C, payload: unknown) =>
    envelopeSchema(IPC_CONTRACT[channel].output).parse(
      await services.registry.dispatch(channel, payload),
    ) as Envelope<IpcOutput<C>>
  const data = <T>(e: Envelope<T>): T => {
    if (!e.ok) throw new Error(JSON.stringify(e.error))
    return e.data
  }

  beforeAll(async () => {
    sb = await startTestSandbox({
      clock: testClock(new Date()),
      sendCooldownSeconds: 0,
      sendsPerDay: 1000,
      sessionTtlSeconds: 3600,
    })
    const config = KioskConfigSchema.parse({
      kioskId: 'KIOSK-BEN-1',
      api: { baseUrl: sb.url, timeoutMs: 3000, retries: 0 },
    })
    services = createKioskServices({
      config,
      emit: createEventHub().emit,
      logger: createLogger({ level: 'silent' }),
      dataDir: join(sb.dir, 'kiosk'),
    })
    await services.ready
    const carlosAccount = sb.db
      .prepare(
        `SELECT p.number FROM products p JOIN members m ON m.id = p.member_id
         WHERE m.id_number = ? AND p.kind = 'savings' AND p.status = 'active' ORDER BY p.sort_order LIMIT 1`,
      )
      .get(carlos!.idNumber) as { number: string }
    draft = {
      service: 'member_transfer',
      name: 'Carlos',
      idType: 'cedula',
      idNumber: carlos!.idNumber,
      accountNumber: carlosAccount.number,
    }
  })
  afterAll(async () => {
    await services.dispose()
    await sb.close()
  })

  it('refuses every channel before a member signs in', async () => {
    const r = await call('beneficiaries.list', {})
    expect(r.ok).toBe(false)
  })

  it('adds only after a code request (step-up), then lists, renames and removes', async () => {
    expect(data(await call('auth.login', { idNumber: maria!.idNumber, password: maria!.password })))
    const early = await call('beneficiaries.add', { ...draft, challengeId: 'x'.repeat(24), code: '123456' })
    expect(early.ok ? null : early.error.code).toBe('VERIFICATION_REQUIRED')

    const challenge = data(await call('beneficiaries.authorize', draft))
    expect(challenge.authorises.destination.maskedNumber).toBe(`****${draft.accountNumber.slice(-4)}`)
    const wrong = await call('beneficiaries.add', {
      ...draft,
      challengeId: challenge.challengeId,
      code: '000000',
    })
    // The wrong code may by chance be right (1 in a million): the sandbox decides, the test reads it.
    const code = await lastCode(sb.http, maria!.idNumber)
    if (code !== '000000') expect(wrong.ok ? null : wrong.error.code).toBe('CODE_INVALID')
    const added = data(
      await call('beneficiaries.add', { ...draft, challengeId: challenge.challengeId, code }),
    )
    expect(added).toMatchObject({ name: 'Carlos', idNumber: carlos!.idNumber })
    // The step-up closes with the add: the next beneficiary needs its own code.
    const again = await call('beneficiaries.add', { ...draft, challengeId: challenge.challengeId, code })
    expect(again.ok ? null : again.error.code).toBe('VERIFICATION_REQUIRED')

    expect(data(await call('beneficiaries.list', {})).beneficiaries.map((b) => b.id)).toEqual([added.id])
    expect(data(await call('beneficiaries.edit', { id: added.id, name: 'Carlos P.' })).name).toBe('Carlos P.')
    const invalid = await call('beneficiaries.edit', { id: added.id, name: '' })
    expect(invalid.ok ? null : invalid.error.code).toBe('VALIDATION')
    expect(data(await call('beneficiaries.remove', { id: added.id }))).toEqual({ id: added.id })
    const gone = await call('beneficiaries.remove', { id: added.id })
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND')
    expect(data(await call('beneficiaries.list', {})).beneficiaries).toEqual([])
  })
})
