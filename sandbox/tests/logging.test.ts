import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema } from '../../shared/api/auth'
import { API_ROUTES } from '../../shared/api/routes'
import { demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

describe('logging', () => {
  let sb: TestSandbox
  let logs = ''
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logs += chunk.toString()
        done()
      },
    })
    sb = await startTestSandbox({ logLevel: 'trace', logDestination: sink })
  })
  afterAll(() => sb.close())

  it('logs requests with their id but never passwords or tokens', async () => {
    const m = demoMember('co', 'active')
    const res = await sb.http.post(
      API_ROUTES.login.path,
      { idNumber: m.idNumber, password: m.password, kioskId: 'K' },
      { headers: { 'x-request-id': 'log-test-0001' } },
    )
    const { token } = LoginResponseSchema.parse(res.body)
    await sb.http.get(API_ROUTES.memberSummary.path, { token })
    await sb.http.post(API_ROUTES.login.path, undefined, { raw: `{"password": ${m.password}` })
    // Redaction also covers objects a handler might log by mistake.
    sb.app.log.info({ password: m.password, token, body: { password: m.password } }, 'careless')

    expect(logs).toContain('log-test-0001')
    expect(logs).toContain('[redacted]')
    expect(logs).not.toContain(m.password)
    expect(logs).not.toContain(token)
  })
})
