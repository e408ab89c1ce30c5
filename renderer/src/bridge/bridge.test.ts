// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { createPinia } from 'pinia'
import { bootConfigElement } from '@shared/ipc/boot-config'
import { useConfigStore } from '@/stores/config'
import { createFakeBridge, TEST_CONFIG } from '@/testing/fake-bridge'
import { createHttpBridge } from './http-transport'
import { call, getBridge, IpcFailure, onIpcFailure, setBridge, toIpcError } from './index'

afterEach(() => {
  setBridge(null)
  delete window.kiosk
  document.head.innerHTML = ''
})

describe('bridge', () => {
  it('prefers the Electron preload (window.kiosk) and otherwise speaks HTTP', async () => {
    const preload = createFakeBridge()
    window.kiosk = preload
    expect(getBridge()).toBe(preload)
    expect(await call('config.get', {})).toEqual(TEST_CONFIG)
    setBridge(null)
    delete window.kiosk
    expect(getBridge()).not.toBe(preload)
  })

  it('returns data, or throws an IpcFailure that listeners also hear about', async () => {
    setBridge(createFakeBridge({ 'auth.login': () => ({ ok: false, error: toIpcError(undefined) }) }))
    const heard: string[] = []
    const off = onIpcFailure((e, channel) => heard.push(`${channel}:${e.code}`))
    const failure = await call('auth.login', { idNumber: '1234', password: 'x' }).catch((e: unknown) => e)
    off()
    expect(failure).toBeInstanceOf(IpcFailure)
    expect((failure as IpcFailure).code).toBe('INTERNAL')
    expect(heard).toEqual(['auth.login:INTERNAL'])
  })

  // Schemas are checked in main (registry.test.ts: results outside the contract become INTERNAL);
  // the renderer, without zod, still refuses what is not an envelope at all.
  it('refuses answers that are not envelopes', async () => {
    setBridge(createFakeBridge({ 'config.get': () => ({ kioskId: 42 }) as never }))
    await expect(call('config.get', {})).rejects.toMatchObject({ code: 'INTERNAL' })
  })

  it('turns a transport that throws into a retryable API_UNREACHABLE', async () => {
    setBridge({
      invoke: () => Promise.reject(new Error('ipc channel closed')),
      on: () => () => undefined,
    })
    const failure = await call('config.get', {}).catch(toIpcError)
    expect(failure).toMatchObject({
      code: 'API_UNREACHABLE',
      retryable: true,
      messageKey: 'errors.API_UNREACHABLE',
    })
  })

  it('HTTP: takes the configuration the shell wrote into the page, and the config store starts with it', async () => {
    expect(createHttpBridge().bootConfig).toBeUndefined()
    document.head.innerHTML = bootConfigElement(TEST_CONFIG)
    const http = createHttpBridge({ baseUrl: 'http://127.0.0.1:9' })
    expect(http.bootConfig).toEqual(TEST_CONFIG)
    setBridge(http)
    const store = useConfigStore(createPinia())
    // Already there: no call goes out (port 9 would refuse it), and load() has nothing to do.
    expect(store.config).toEqual(TEST_CONFIG)
    await store.load()
    expect(store.error).toBeNull()
  })

  it('HTTP: a shell that cannot be reached is API_UNREACHABLE, retryable', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused for real.
    const http = createHttpBridge({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 5000 })
    const answer = await http.invoke('config.get', {})
    expect(answer).toEqual({
      ok: false,
      error: { code: 'API_UNREACHABLE', messageKey: 'errors.API_UNREACHABLE', retryable: true },
    })
  })
})
