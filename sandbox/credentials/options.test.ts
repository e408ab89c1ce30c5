import { describe, expect, it } from 'vitest'
import { CliUsageError, parseCliArgs, USAGE } from '../cli-args'
import { SandboxOptionsSchema } from '../options'

describe('credentials flags', () => {
  it('default to production-like values', () => {
    expect(parseCliArgs([]).credentials).toEqual({
      tempKeyTtlSeconds: 1800,
      otpTtlSeconds: 300,
      otpResendSeconds: 30,
      sendCooldownSeconds: 60,
      sendsPerDay: 5,
      questionBlockSeconds: 900,
      signInQuestionMode: 2,
      rateLimitPerId: 30,
      rateLimitPerAddress: 300,
      rateLimitWindowSeconds: 60,
    })
    expect(SandboxOptionsSchema.parse({ dataFile: 'x.db' })).toMatchObject({ tempKeyTtlSeconds: 1800 })
  })

  it('take integers in range, so tests can shorten lifetimes', () => {
    const opts = parseCliArgs(['--temp-key-ttl', '2', '--otp-cooldown', '0', '--rate-id', '3'])
    expect(opts.credentials).toMatchObject({ tempKeyTtlSeconds: 2, otpResendSeconds: 0, rateLimitPerId: 3 })
    for (const bad of [
      ['--temp-key-ttl', '0'],
      ['--otp-ttl', 'soon'],
      ['--rate-window', '-1'],
    ])
      expect(() => parseCliArgs(bad), bad.join(' ')).toThrow(CliUsageError)
  })

  it('are listed in the usage', () => {
    for (const flag of ['--temp-key-ttl', '--otp-ttl', '--otp-cooldown', '--question-block', '--rate-id'])
      expect(USAGE).toContain(flag)
  })
})
