import { describe, expect, it } from 'vitest'
import { DEFAULT_SOAK_SESSIONS, PARTS, parseBenchArgs } from './args'

describe('parseBenchArgs', () => {
  it('runs every part with the default soak by default', () => {
    const a = parseBenchArgs([])
    expect([...a.only]).toEqual([...PARTS])
    expect(a.soakSessions).toBe(DEFAULT_SOAK_SESSIONS)
  })

  it('takes --only (repeated or comma-separated) and --soak-sessions', () => {
    const a = parseBenchArgs(['--only', 'soak,startup', '--soak-sessions', '2000'])
    expect([...a.only]).toEqual(['soak', 'startup'])
    expect(a.soakSessions).toBe(2000)
  })

  it('takes the transfer part and its run count', () => {
    expect(parseBenchArgs([]).transferRuns).toBe(20)
    const a = parseBenchArgs(['--only', 'transfer', '--transfer-runs', '50'])
    expect([...a.only]).toEqual(['transfer'])
    expect(a.transferRuns).toBe(50)
  })

  it('refuses unknown parts and bad counts', () => {
    expect(() => parseBenchArgs(['--only', 'nope'])).toThrow(/unknown part/)
    expect(() => parseBenchArgs(['--soak-sessions', '0'])).toThrow(/positive integer/)
    expect(() => parseBenchArgs(['--transfer-runs', 'x'])).toThrow(/positive integer/)
  })
})
