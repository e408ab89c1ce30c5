import { describe, expect, it } from 'vitest'
import { ipcError } from '@shared/ipc/errors'
import { en } from './en'
import { es } from './es'
import { describeError, type Translate } from './index'
import { createTranslator } from './translator'

// The translator's own `t`, narrowed to the kiosk's keys as the screens get it from useKioskI18n.
const translate = (messages: typeof es) =>
  createTranslator({ locale: 'x', messages: { x: messages } }).global.t as Translate

describe('describeError for the abuse limits (issue 15)', () => {
  it('tells a member under a timed lock when to come back, not to see a teller first', () => {
    const timed = ipcError('ACCOUNT_LOCKED', { unlockBy: 'time', retryAfterSeconds: 900 })
    expect(describeError(translate(es), timed)).toContain('bloqueado temporalmente')
    expect(describeError(translate(es), timed)).toContain('15 minutos')
    expect(describeError(translate(en), timed)).toContain('15 minutes')
    const teller = ipcError('ACCOUNT_LOCKED', { unlockBy: 'teller' })
    expect(describeError(translate(es), teller)).toContain('Acérquese a un asesor')
  })

  it('says that today’s attempts are spent and what to do', () => {
    const spent = ipcError('ATTEMPTS_EXHAUSTED', { retryAfterSeconds: 3600 })
    expect(describeError(translate(es), spent)).toContain('mañana')
    expect(describeError(translate(en), spent)).toContain('tomorrow')
  })
})
