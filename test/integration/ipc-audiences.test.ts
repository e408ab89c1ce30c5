import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LoginResponse } from '../../shared/api/auth'
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channels'
import { IPC_CONTRACT } from '../../shared/ipc/contract'
import type { Audience, MethodDeclaration } from '../../shared/ipc/service'
import { createIpcRegistry, type IpcHandlers } from '../../electron/ipc/registry'
import { createAuthService, type AuthService } from '../../electron/services/auth-service'
import { demoMember } from '../../sandbox/seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/harness'
import { testApiClient } from './helpers/kiosk-api'
import { manualClock } from './helpers/manual-clock'

// Every declared channel, called in every state main can be in: only its audience gets through. The
// table comes from the service declarations, so a new channel is covered the day it is declared.

type State = 'nobody' | 'member' | 'staff' | 'maintenance'
const STATES: readonly State[] = ['nobody', 'member', 'staff', 'maintenance']

/** Who a state lets through: everyone reaches `public`, each principal its own audience. */
const admits = (state: State, audience: Audience) => audience === 'public' || audience === state

const ACTIVE = demoMember('co', 'active')
const time = manualClock()
const silent = { debug() {}, info() {}, warn() {}, error() {} }
let sandbox: TestSandbox
/** A real sign-in's answer, adopted by each case's own auth service (the token stays valid). */
let signIn: LoginResponse

beforeAll(async () => {
  sandbox = await startTestSandbox({ host: '127.0.0.1', profile: 'co', clock: time.sandboxClock })
  const api = testApiClient(sandbox.url, silent)
  signIn = await api.call('login', {
    idNumber: ACTIVE.idNumber,
    password: ACTIVE.password,
    kioskId: 'KIOSK-IT',
  })
})
afterAll(() => sandbox?.close())

function inState(state: State): AuthService {
  const auth = createAuthService({
    api: testApiClient(sandbox.url, silent),
    kioskId: 'KIOSK-IT',
    emit: () => {},
    logger: silent,
    clock: time.clock,
  })
  if (state === 'member') auth.adopt(signIn)
  if (state === 'staff')
    auth.adoptStaff({
      token: 'staff-token',
      expiresAt: '2030-01-01T00:00:00.000Z',
      roles: ['teller', 'supervisor'],
    })
  if (state === 'maintenance')
    auth.holdMaintenance({
      technician: 'IT-Centro',
      token: 'it-token',
      expiresAt: '2030-01-01T00:00:00.000Z',
    })
  return auth
}

/** Handlers that only note that they were reached: what they would do is each feature's test. */
function reachable() {
  const reached: InvokeChannel[] = []
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((c) => [c, async () => void reached.push(c)]),
  ) as unknown as IpcHandlers
  return { handlers, reached }
}

const CASES = INVOKE_CHANNELS.flatMap((channel) =>
  STATES.map((state) => ({ channel, state, audience: IPC_CONTRACT[channel].audience })),
)

describe('every channel answers its audience only', () => {
  it('covers every declared channel in every state', () => {
    expect(CASES).toHaveLength(INVOKE_CHANNELS.length * STATES.length)
    expect(INVOKE_CHANNELS.length).toBeGreaterThanOrEqual(35)
    // Every audience has channels today.
    expect(new Set(CASES.map((c) => c.audience))).toEqual(
      new Set(['public', 'member', 'staff', 'maintenance']),
    )
  })

  it.each(CASES)('$channel ($audience) as $state', async ({ channel, state, audience }) => {
    const { handlers, reached } = reachable()
    const warnings: { obj: object; msg: string }[] = []
    const registry = createIpcRegistry(
      handlers,
      { warn: (obj, msg) => warnings.push({ obj, msg }), error: () => {} },
      inState(state),
    )
    const answer = await registry.dispatch(channel, {})
    if (admits(state, audience)) {
      // Through the audience check: either the handler ran (its empty answer then fails the output
      // schema) or the empty payload was refused, which is only ever checked after the audience.
      if (reached.length) expect(reached).toEqual([channel])
      // Methods that need a step-up refuse without one, also before the payload is read.
      else
        expect(answer).toMatchObject({
          ok: false,
          error: {
            code: (IPC_CONTRACT[channel] as MethodDeclaration).stepUp
              ? 'VERIFICATION_REQUIRED'
              : 'VALIDATION',
          },
        })
      return
    }
    expect(reached).toEqual([])
    expect(answer).toMatchObject({
      ok: false,
      error: { code: state === 'nobody' && audience !== 'maintenance' ? 'NOT_AUTHENTICATED' : 'FORBIDDEN' },
    })
    expect(warnings).toContainEqual({
      obj: expect.objectContaining({ channel, audience }),
      msg: 'ipc: call outside its audience refused',
    })
  })
})
