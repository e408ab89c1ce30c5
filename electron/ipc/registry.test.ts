import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { KioskConfigSchema, toPublicConfig } from '../../shared/config/kiosk-config'
import { INVOKE_CHANNELS } from '../../shared/ipc/channels'
import { IpcErrorSchema } from '../../shared/ipc/error-schemas'
import { KioskError } from '../../shared/ipc/errors'
import {
  createIpcRegistry,
  validatedEmitter,
  type IpcHandlers,
  type IpcLogger,
  type PrincipalSource,
} from './registry'

const EXPIRES = '2030-01-01T00:00:00.000Z'
/** These tests are about the shell and the contract, not audiences: every principal is signed in. */
const SIGNED_IN: PrincipalSource = {
  held: () => ({ member: true, staff: ['teller', 'supervisor'], maintenance: true }),
}

function recordingLogger() {
  const lines: { level: string; obj: object; msg: string }[] = []
  const log: IpcLogger = {
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  }
  return { log, lines, text: () => JSON.stringify(lines) }
}

/** Channels these tests do not call (later features' ones) answer NOT_FOUND. */
const unused = Object.fromEntries(
  INVOKE_CHANNELS.map((c) => [c, async () => Promise.reject(new KioskError('NOT_FOUND'))]),
) as unknown as IpcHandlers

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    ...unused,
    'config.get': async () => toPublicConfig(KioskConfigSchema.parse({})),
    'auth.lookup': async () => ({ maskedName: 'A** B**', securityImageId: 'apple', securityPhrase: 'hola' }),
    'auth.login': async () => ({
      displayName: 'Ana',
      mustChangePassword: false,
      pendingSetup: [],
      expiresAt: EXPIRES,
      previousSignIn: null,
    }),
    'auth.logout': async () => ({ ok: true }),
    'session.keepAlive': async () => ({ expiresAt: EXPIRES }),
    'member.summary': async () => {
      throw new KioskError('NOT_AUTHENTICATED')
    },
    ...overrides,
  }
}

/** The exact failure envelope: nothing besides ok and a schema-valid IpcError. */
const FailureSchema = z.object({ ok: z.literal(false), error: IpcErrorSchema.strict() }).strict()
const failure = (env: unknown) => FailureSchema.parse(env).error

describe('createIpcRegistry', () => {
  it('dispatches a valid call and returns the handler data', async () => {
    const registry = createIpcRegistry(handlers(), recordingLogger().log, SIGNED_IN)
    expect(await registry.dispatch('auth.lookup', { idNumber: '12345678' })).toEqual({
      ok: true,
      data: { maskedName: 'A** B**', securityImageId: 'apple', securityPhrase: 'hola' },
    })
  })

  it('refuses unknown channels with FORBIDDEN and never calls a handler', async () => {
    const { log, lines } = recordingLogger()
    const registry = createIpcRegistry(handlers(), log, SIGNED_IN)
    for (const channel of [
      'shell.exec',
      '',
      'kiosk:auth.login',
      '__proto__',
      'constructor',
      null,
      42,
      { a: 1 },
    ]) {
      expect(failure(await registry.dispatch(channel, {}))).toEqual({
        code: 'FORBIDDEN',
        messageKey: 'errors.FORBIDDEN',
        retryable: false,
      })
    }
    expect(lines.every((l) => l.level === 'warn')).toBe(true)
  })

  const malformed: [string, string, unknown][] = [
    ['wrong type', 'auth.lookup', { idNumber: 12345678 }],
    ['extra key', 'auth.lookup', { idNumber: '12345678', admin: true }],
    ['missing field', 'auth.login', { idNumber: '12345678' }],
    ['huge string', 'auth.login', { idNumber: '12345678', password: 'x'.repeat(100_000) }],
    ['huge id', 'auth.lookup', { idNumber: '1'.repeat(10_000) }],
    ['null', 'auth.lookup', null],
    ['array', 'auth.lookup', ['12345678']],
    ['array for no-input channel', 'config.get', []],
    ['string', 'auth.login', 'idNumber=1&password=2'],
    ['extra key on no-input channel', 'member.summary', { token: 'abc' }],
  ]
  for (const [what, channel, payload] of malformed) {
    it(`refuses a malformed payload (${what}) with VALIDATION and issues`, async () => {
      let called = false
      const spy = async () => {
        called = true
        throw new Error('must not run')
      }
      const registry = createIpcRegistry(
        handlers({ 'auth.lookup': spy, 'auth.login': spy, 'config.get': spy, 'member.summary': spy }),
        recordingLogger().log,
        SIGNED_IN,
      )
      const error = failure(await registry.dispatch(channel, payload))
      expect(error.code).toBe('VALIDATION')
      expect(error.messageKey).toBe('errors.VALIDATION')
      expect(error.retryable).toBe(false)
      expect(error.details?.issues?.length).toBeGreaterThan(0)
      expect(error.details?.issues?.length).toBeLessThanOrEqual(10)
      for (const issue of error.details?.issues ?? []) expect(issue.message.length).toBeLessThan(500)
      expect(called).toBe(false)
    })
  }

  it('names the offending field in the issues, and logs no payload values', async () => {
    const { log, text } = recordingLogger()
    const registry = createIpcRegistry(handlers(), log, SIGNED_IN)
    const error = failure(await registry.dispatch('auth.login', { idNumber: '12345678', password: 7 }))
    expect(error.details?.issues?.map((i) => i.path)).toEqual(['password'])
    await registry.dispatch('auth.login', { idNumber: '12345678', password: 'SECRET-PASS', x: 1 })
    expect(text()).not.toContain('SECRET-PASS')
  })

  it('treats a missing payload as empty for channels without input', async () => {
    const registry = createIpcRegistry(handlers(), recordingLogger().log, SIGNED_IN)
    expect(await registry.dispatch('auth.logout', undefined)).toEqual({ ok: true, data: { ok: true } })
  })

  it('passes a KioskError through with its code, messageKey, retryable and details', async () => {
    const registry = createIpcRegistry(
      handlers({
        'auth.login': async () => {
          throw new KioskError('INVALID_CREDENTIALS', 'bad password', { attemptsLeft: 2 })
        },
        'member.summary': async () => {
          throw new KioskError('API_UNREACHABLE', 'ECONNREFUSED 10.0.0.5:443')
        },
      }),
      recordingLogger().log,
      SIGNED_IN,
    )
    expect(failure(await registry.dispatch('auth.login', { idNumber: '12345678', password: 'x' }))).toEqual({
      code: 'INVALID_CREDENTIALS',
      messageKey: 'errors.INVALID_CREDENTIALS',
      retryable: false,
      details: { attemptsLeft: 2 },
    })
    const unreachable = failure(await registry.dispatch('member.summary', {}))
    expect(unreachable).toEqual({
      code: 'API_UNREACHABLE',
      messageKey: 'errors.API_UNREACHABLE',
      retryable: true,
    })
    // The internal message (with an address) stays in main.
    expect(JSON.stringify(unreachable)).not.toContain('10.0.0.5')
  })

  it('turns a handler result outside the contract into INTERNAL, leaking nothing of it', async () => {
    const { log, lines } = recordingLogger()
    const registry = createIpcRegistry(
      handlers({
        // e.g. a service that forgot to strip the API token
        'auth.login': async () =>
          ({ displayName: 'Ana', mustChangePassword: 'no', expiresAt: EXPIRES, token: 'T0KEN' }) as never,
      }),
      log,
      SIGNED_IN,
    )
    const env = await registry.dispatch('auth.login', { idNumber: '12345678', password: 'x' })
    expect(failure(env)).toEqual({ code: 'INTERNAL', messageKey: 'errors.INTERNAL', retryable: false })
    expect(JSON.stringify(env)).not.toContain('T0KEN')
    expect(lines.at(-1)?.level).toBe('error')
  })

  it('strips unknown keys a handler adds to a valid result', async () => {
    const registry = createIpcRegistry(
      handlers({
        'auth.login': async () =>
          ({
            displayName: 'Ana',
            mustChangePassword: false,
            pendingSetup: [],
            expiresAt: EXPIRES,
            previousSignIn: null,
            token: 'T0KEN',
          }) as never,
      }),
      recordingLogger().log,
      SIGNED_IN,
    )
    const env = await registry.dispatch('auth.login', { idNumber: '12345678', password: 'x' })
    expect(env).toEqual({
      ok: true,
      data: {
        displayName: 'Ana',
        mustChangePassword: false,
        pendingSetup: [],
        expiresAt: EXPIRES,
        previousSignIn: null,
      },
    })
  })

  it('turns thrown plain errors into INTERNAL without leaking their message', async () => {
    const { log, lines } = recordingLogger()
    const registry = createIpcRegistry(
      handlers({
        'member.summary': async () => {
          throw new Error('SELECT * FROM members WHERE secret = 42')
        },
        'config.get': async () => {
          throw 'a string'
        },
      }),
      log,
      SIGNED_IN,
    )
    for (const channel of ['member.summary', 'config.get']) {
      const env = await registry.dispatch(channel, {})
      expect(failure(env)).toEqual({ code: 'INTERNAL', messageKey: 'errors.INTERNAL', retryable: false })
      expect(JSON.stringify(env)).not.toContain('SELECT')
    }
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(2)
  })

  it('never throws, whatever arrives', async () => {
    const registry = createIpcRegistry(handlers(), recordingLogger().log, SIGNED_IN)
    const odd = [undefined, Symbol('x'), () => 1, new Date(), Object.create(null), 1n]
    for (const channel of [...INVOKE_CHANNELS, 'nope']) {
      for (const payload of odd) {
        await expect(registry.dispatch(channel, payload)).resolves.toHaveProperty('ok')
      }
    }
  })
})

describe('validatedEmitter', () => {
  it('sends contract events and refuses anything else', () => {
    const sent: unknown[] = []
    const emit = validatedEmitter((event, payload) => sent.push([event, payload]))
    emit('session.ended', { reason: 'expired' })
    expect(sent).toEqual([['session.ended', { reason: 'expired' }]])
    expect(() => emit('session.ended', { reason: 'boom' } as never)).toThrow()
    expect(() => emit('session.ended', { reason: 'logout', token: 't' } as never)).toThrow()
    expect(sent).toHaveLength(1)
  })
})
