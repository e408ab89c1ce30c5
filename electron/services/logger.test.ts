import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createLogger, type LogLevel } from './logger'

function capture(level: LogLevel) {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { logger: createLogger({ level, destination }), text: () => lines.join('') }
}

describe('createLogger', () => {
  it('redacts secrets at the top level and nested, whatever the key style', () => {
    const { logger, text } = capture('debug')
    logger.info(
      {
        password: 'P1',
        token: 'T1',
        authorization: 'Bearer A1',
        cookie: 'kiosk_launch=C1',
        body: { password: 'P2', newPassword: 'P3', otp: '123456' },
        res: { headers: { 'set-cookie': 'S1', authorization: 'Bearer A2' } },
        session: { token: 'T2' },
        idNumber: '52874193',
      },
      'request',
    )
    const out = text()
    for (const secret of ['P1', 'T1', 'A1', 'C1', 'P2', 'P3', '123456', 'S1', 'A2', 'T2']) {
      expect(out).not.toContain(secret)
    }
    expect(out).toContain('[redacted]')
    expect(JSON.parse(out)).toMatchObject({ msg: 'request', level: 30 })
  })

  it('is silent at level silent', () => {
    const { logger, text } = capture('silent')
    logger.error({ x: 1 }, 'nothing')
    expect(text()).toBe('')
  })

  it('honours the level', () => {
    const { logger, text } = capture('warn')
    logger.info({}, 'hidden')
    logger.warn({}, 'shown')
    expect(text()).not.toContain('hidden')
    expect(text()).toContain('shown')
  })
})
