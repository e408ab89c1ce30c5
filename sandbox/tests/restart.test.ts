import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/routes'
import { createSandbox } from '../server'
import { demoMember } from '../seed/demo-members'
import { SandboxConfigError } from '../options'
import { startTestSandbox, tempDir, testClock } from '../testing/harness'

describe('state across restarts on the same data file', () => {
  const temp = tempDir()
  const dataFile = join(temp.dir, 'nested', 'folder', 'sandbox.db')
  const clock = testClock()
  afterAll(() => temp.remove())

  it('seeds once, then reuses the file: lockout counters survive a restart', async () => {
    const m = demoMember('co', 'temporary-password')
    const body = { idNumber: m.idNumber, password: 'Wrong111', kioskId: 'K' }

    const first = await startTestSandbox({ dataFile, clock })
    expect(first.seeded).toBe(true)
    expect((await first.http.post(API_ROUTES.login.path, body)).json()).toMatchObject({
      error: { details: { attemptsLeft: 2 } },
    })
    expect((await first.http.post(API_ROUTES.login.path, body)).json()).toMatchObject({
      error: { details: { attemptsLeft: 1 } },
    })
    await first.close()

    const second = await startTestSandbox({ dataFile, clock })
    expect(second.seeded).toBe(false)
    const third = await second.http.post(API_ROUTES.login.path, body)
    expect(third.status).toBe(423)
    await second.close()

    const reset = await startTestSandbox({ dataFile, clock, reset: true })
    expect(reset.seeded).toBe(true)
    expect((await reset.http.post(API_ROUTES.login.path, body)).status).toBe(401)
    await reset.close()
  })

  it('keeps the stored profile and refuses a different one without --reset', async () => {
    const kept = await createSandbox({ dataFile, logLevel: 'silent', now: clock.now })
    expect(kept.profile.id).toBe('co')
    await kept.app.close()
    await expect(createSandbox({ dataFile, profile: 'pa', logLevel: 'silent' })).rejects.toThrow(
      SandboxConfigError,
    )
  })
})
