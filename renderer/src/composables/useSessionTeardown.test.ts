// @vitest-environment happy-dom
import { createPinia, defineStore, setActivePinia } from 'pinia'
import { ref } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { createSecretBuffer } from '@/keyboard/secret-buffer'
import { createAppRouter } from '@/router'
import { useConfigStore } from '@/stores/config'
import { useLoginStore } from '@/features/sign-in'
import { useMemberStore } from '@/stores/member'
import { resetMemberStores } from '@/stores/reset'
import { useSessionStore } from '@/stores/session'
import { createFakeBridge, fail, ok, TEST_MEMBER, type FakeBridge } from '@/testing/fake-bridge'
import { createSessionTeardown } from './useSessionTeardown'

let bridge: FakeBridge

async function signedIn() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory(), pinia)
  const resetLanguage = vi.fn()
  const teardown = createSessionTeardown({ router, pinia, resetLanguage })
  await useConfigStore().load()
  const login = useLoginStore()
  await login.lookup('10772277')
  login.confirmImage()
  await login.login('Secreta1')
  await useMemberStore().load()
  await router.push({ name: 'home' })
  return { pinia, router, teardown, resetLanguage }
}

beforeEach(() => {
  bridge = createFakeBridge()
  setBridge(bridge)
})
afterEach(() => {
  setBridge(null)
  sessionStorage.clear()
  localStorage.clear()
})

describe('session teardown', () => {
  it('signs out, empties every member store, secrets and web storage, and shows goodbye', async () => {
    const { pinia, router, teardown } = await signedIn()
    expect(router.currentRoute.value.name).toBe('home')
    expect(JSON.stringify(pinia.state.value)).toContain(TEST_MEMBER.fullName)
    const secret = createSecretBuffer(8)
    secret.append('x')
    sessionStorage.setItem('k', 'v')
    localStorage.setItem('k', 'v')

    await teardown.endSession('timeout')

    expect(bridge.callsTo('auth.logout')).toHaveLength(1)
    expect(useSessionStore().active).toBe(false)
    expect(useMemberStore().summary).toBeNull()
    expect(useLoginStore().identity).toBeNull()
    expect(JSON.stringify(pinia.state.value)).not.toContain(TEST_MEMBER.fullName)
    expect(JSON.stringify(pinia.state.value)).not.toContain('Valeria')
    expect(secret.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    expect(localStorage.length).toBe(0)
    expect(router.currentRoute.value.name).toBe('goodbye')
    expect(router.currentRoute.value.query.reason).toBe('timeout')
    // The kiosk's own configuration is not member data: it stays for the next member.
    expect(useConfigStore().config?.kioskId).toBe('KIOSK-TEST-7')
  })

  it('ignores a failing logout and still clears everything', async () => {
    const { router, teardown } = await signedIn()
    bridge.handlers['auth.logout'] = () => fail('API_UNREACHABLE')
    await teardown.endSession('logout')
    expect(useSessionStore().active).toBe(false)
    expect(router.currentRoute.value.name).toBe('goodbye')
  })

  it('runs once when timeout, exit and session.ended race', async () => {
    const { teardown } = await signedIn()
    await Promise.all([
      teardown.endSession('timeout'),
      teardown.endSession('logout'),
      teardown.endSession('revoked'),
    ])
    expect(bridge.callsTo('auth.logout')).toHaveLength(1)
  })

  it('drops a member summary that arrives after the teardown', async () => {
    const { teardown } = await signedIn()
    let release: (v: unknown) => void = () => undefined
    bridge.handlers['member.summary'] = () => new Promise((r) => (release = r)).then(() => ok(TEST_MEMBER))
    const member = useMemberStore()
    const loading = member.load()
    await teardown.endSession('timeout')
    release(undefined)
    await loading
    expect(member.summary).toBeNull()
    expect(member.status).toBe('idle')
  })

  it('closes a sign-in that succeeds after the member walked away', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createAppRouter(createMemoryHistory(), pinia)
    const teardown = createSessionTeardown({ router, pinia, resetLanguage: vi.fn() })
    await useConfigStore().load()
    const login = useLoginStore()
    await login.lookup('10772277')
    login.confirmImage()
    let release: (v: unknown) => void = () => undefined
    const answer = bridge.handlers['auth.login']
    bridge.handlers['auth.login'] = (input) => new Promise((r) => (release = r)).then(() => answer(input))
    const signingIn = login.login('Secreta1')
    await teardown.abandonSignIn('timeout')
    release(undefined)
    expect(await signingIn).toBe(false)
    expect(useSessionStore().active).toBe(false)
    expect(bridge.callsTo('auth.logout')).toHaveLength(1)
  })

  it('before sign-in, forgets what was typed and returns to welcome with a notice', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const router = createAppRouter(createMemoryHistory(), pinia)
    const resetLanguage = vi.fn()
    const teardown = createSessionTeardown({ router, pinia, resetLanguage })
    await useConfigStore().load()
    await useLoginStore().lookup('10772277')
    await router.push({ name: 'security' })

    await teardown.abandonSignIn('not-my-image')
    expect(useLoginStore().identity).toBeNull()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(router.currentRoute.value.query.notice).toBe('not-my-image')
    expect(resetLanguage).not.toHaveBeenCalled()

    await teardown.abandonSignIn('timeout')
    expect(resetLanguage).toHaveBeenCalledTimes(1)
  })

  it('resets stores added later by features, and disposes one that forgot reset()', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const useStatements = defineStore('statements', () => {
      const rows = ref(['movement of Valeria'])
      return { rows, reset: () => (rows.value = []) }
    })
    const useCareless = defineStore('careless', () => ({ secret: ref('Valeria') }))
    useStatements()
    useCareless()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    resetMemberStores(pinia)
    expect(useStatements().rows).toEqual([])
    expect(JSON.stringify(pinia.state.value)).not.toContain('Valeria')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('careless'))
    error.mockRestore()
  })
})
