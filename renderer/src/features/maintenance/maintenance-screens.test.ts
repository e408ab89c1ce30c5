// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBridge } from '@/bridge'
import { createFakeBridge, fail, ok, type FakeBridge } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'
import { useMaintenanceStore } from './stores/maintenance'

let wrapper: VueWrapper | null = null

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const PROFILE = {
  username: 'dquintero',
  displayName: 'Diego Quintero',
  expiresAt: '2030-01-01T00:00:00.000Z',
}
const maintenanceAnswers = {
  'maintenance.signIn': () => ok(PROFILE),
  'maintenance.signOut': () => ok({ ok: true as const }),
  'maintenance.printerStatus': () =>
    ok({
      kind: 'tcp' as const,
      target: 'tcp://10.0.0.5:9100',
      state: 'ok' as const,
      online: true,
      coverOpen: false,
      paper: 'ok' as const,
      error: false,
      checkedAt: '2026-03-15T12:00:00.000Z',
    }),
  'maintenance.connectivity': () =>
    ok({
      api: 'https://core.example.coop',
      reachable: true,
      latencyMs: 12,
      clockOffsetMs: 1500,
      apiVersion: '1.0.0',
      failure: null,
      checkedAt: '2026-03-15T12:00:00.000Z',
    }),
  'maintenance.about': () =>
    ok({
      version: '0.1.0',
      runtime: { node: '24.0.0', electron: null, platform: 'linux-x64' },
      startedAt: '2026-03-15T12:00:00.000Z',
      config: [{ key: 'kioskId', value: 'KIOSK-TEST-7' }],
      events: [],
      log: [],
    }),
}

async function start(bridge: FakeBridge = createFakeBridge(maintenanceAnswers)) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  return app
}

const corner = () => wrapper!.find('[data-testid="maintenance-corner"]')
async function taps(n: number, gapMs: number) {
  for (let i = 0; i < n; i++) {
    await corner().trigger('pointerdown', { isPrimary: true })
    vi.advanceTimersByTime(gapMs)
  }
  await flushPromises()
}
const keydown = async (init: KeyboardEventInit) => {
  window.dispatchEvent(new KeyboardEvent('keydown', init))
  await flushPromises()
}

describe('the way into maintenance', () => {
  it('opens on five taps within three seconds, not on four, nor on five spread out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { router } = await start()
    await taps(4, 200)
    vi.advanceTimersByTime(3000)
    expect(router.currentRoute.value.name).toBe('welcome')
    await taps(5, 800)
    expect(router.currentRoute.value.name).toBe('welcome')
    await taps(5, 300)
    // The sign-in screen and its texts load on first use.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('maintenance-sign-in'))
  })

  it('opens on Ctrl+Alt+Shift+M only', async () => {
    const { router } = await start()
    await keydown({ code: 'KeyM', key: 'M', shiftKey: true })
    await keydown({ code: 'KeyM', key: 'm', ctrlKey: true, altKey: true })
    expect(router.currentRoute.value.name).toBe('welcome')
    await keydown({ code: 'KeyM', key: 'M', ctrlKey: true, altKey: true, shiftKey: true })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('maintenance-sign-in'))
  })

  it('keeps the screen closed without a maintenance sign-in', async () => {
    const { router } = await start()
    await router.push({ name: 'maintenance' })
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})

describe('the maintenance screen', () => {
  it('shows the readings, and leaves for welcome when main ends the session', async () => {
    const bridge = createFakeBridge(maintenanceAnswers)
    const { router, pinia } = await start(bridge)
    await useMaintenanceStore(pinia).signIn('dquintero', 'x')
    await router.push({ name: 'maintenance' })
    await vi.waitFor(() => expect(wrapper!.find('[data-testid="api-offset"]').exists()).toBe(true))
    expect(router.currentRoute.value.name).toBe('maintenance')
    expect(wrapper!.text()).toContain('Sesión de Diego Quintero')
    expect(wrapper!.find('[data-testid="printer-state"]').text()).toBe('En línea, lista')
    expect(wrapper!.find('[data-testid="api-offset"]').text()).toBe('1.5 s')

    bridge.emit('maintenance.ended', { reason: 'expired' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(useMaintenanceStore(pinia).active).toBe(false)
    expect(wrapper!.text()).not.toContain('Diego Quintero')
  })

  it('leaves for welcome when a call is refused for want of the session', async () => {
    const bridge = createFakeBridge({ ...maintenanceAnswers, 'maintenance.about': () => fail('FORBIDDEN') })
    const { router, pinia } = await start(bridge)
    await useMaintenanceStore(pinia).signIn('dquintero', 'x')
    await router.push({ name: 'maintenance' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('welcome'))
    expect(useMaintenanceStore(pinia).active).toBe(false)
  })

  it('verifies the journal (intact, then broken with its line and reason) and exports it, in Spanish', async () => {
    const head = 'ab12cd34ef56'.padEnd(64, '0')
    const checks = [
      { entries: 4, intact: true, broken: null, headHash: head, pending: 1 },
      { entries: 2, intact: false, broken: { line: 3, reason: 'hash' as const }, headHash: head, pending: 0 },
    ]
    const bridge = createFakeBridge({
      ...maintenanceAnswers,
      'maintenance.journalVerify': () => ok({ ...checks.shift()!, checkedAt: '2026-03-15T12:00:00.000Z' }),
      'maintenance.journalExport': () =>
        ok({ path: '/data/exports/journal-K7-20260315T120000Z.csv', entries: 2, intact: false }),
    })
    const { router, pinia } = await start(bridge)
    await useMaintenanceStore(pinia).signIn('dquintero', 'x')
    await router.push({ name: 'maintenance' })
    const $ = (id: string) => wrapper!.find(`[data-testid="${id}"]`)
    await vi.waitFor(() => expect($('journal-verify').exists()).toBe(true))
    // Nothing is claimed before IT asks.
    expect($('journal-verdict').exists()).toBe(false)

    await $('journal-verify').trigger('click')
    await flushPromises()
    expect($('journal-verdict').text()).toBe('Cadena íntegra: 4 registros verificados.')
    expect($('journal-head').text()).toBe('ab12cd34ef56')
    expect($('journal-pending').text()).toBe('1')

    await $('journal-verify').trigger('click')
    await flushPromises()
    expect($('journal-verdict').text()).toBe(
      'Cadena rota en la línea 3: el contenido no corresponde a su huella. Se verifican 2 registros anteriores.',
    )
    expect($('journal-verdict').classes()).toContain('notice--danger')

    await $('journal-export').trigger('click')
    await flushPromises()
    expect($('journal-export-result').text()).toBe(
      'Exportados solo los 2 registros anteriores a la rotura, a /data/exports/journal-K7-20260315T120000Z.csv.',
    )
    expect(bridge.callsTo('maintenance.journalExport')).toHaveLength(1)
  })

  it('says so when the export fails', async () => {
    const bridge = createFakeBridge({
      ...maintenanceAnswers,
      'maintenance.journalExport': () => fail('INTERNAL'),
    })
    const { router, pinia } = await start(bridge)
    await useMaintenanceStore(pinia).signIn('dquintero', 'x')
    await router.push({ name: 'maintenance' })
    await vi.waitFor(() => expect(wrapper!.find('[data-testid="journal-export"]').exists()).toBe(true))
    await wrapper!.find('[data-testid="journal-export"]').trigger('click')
    await flushPromises()
    expect(wrapper!.find('[data-testid="journal-export-result"]').text()).toBe(
      'No se pudo exportar el diario.',
    )
    expect(router.currentRoute.value.name).toBe('maintenance')
  })
})
