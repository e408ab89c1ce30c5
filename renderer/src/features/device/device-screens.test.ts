// @vitest-environment happy-dom
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeviceState } from '@shared/ipc/services/device'
import { call, setBridge } from '@/bridge'
import { createFakeBridge, fail, ok } from '@/testing/fake-bridge'
import { mountApp } from '@/testing/mount-app'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  setBridge(null)
  document.body.innerHTML = ''
})

function bridgeIn(state: DeviceState) {
  const bridge = createFakeBridge({
    'device.status': () => ok({ state, kioskId: 'KIOSK-014' }),
    'device.findProvisioningFiles': () => ok({ files: [{ id: 'f1', name: 'KIOSK-014.provisioning.json' }] }),
  })
  return bridge
}
async function start(bridge: ReturnType<typeof createFakeBridge>) {
  const app = await mountApp(bridge)
  wrapper = app.wrapper
  return app
}
const testid = (id: string) => wrapper!.find(`[data-testid="${id}"]`)

describe('device screens', () => {
  it('an unprovisioned kiosk shows "Quiosco sin configurar" and nothing else, whatever is asked', async () => {
    const { router } = await start(bridgeIn('unprovisioned'))
    expect(wrapper!.find('h1').text()).toBe('Quiosco sin configurar')
    expect(router.currentRoute.value.name).toBe('device-status')
    await router.push({ name: 'home' })
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('device-status')
    expect(wrapper!.text()).not.toContain('Toque para comenzar')
  })

  it('a revoked kiosk shows "Quiosco fuera de servicio"', async () => {
    await start(bridgeIn('revoked'))
    expect(wrapper!.find('h1').text()).toBe('Quiosco fuera de servicio')
  })

  it('branch IT finds the file on the USB stick and applies it; a refusal says why', async () => {
    const bridge = bridgeIn('unprovisioned')
    bridge.handlers['device.applyProvisioningFile'] = () =>
      ok({ ok: false as const, reason: 'tampered' as const })
    await start(bridge)
    await testid('device-search').trigger('click')
    await flushPromises()
    expect(testid('device-apply').text()).toBe('Aplicar KIOSK-014.provisioning.json')
    await testid('device-apply').trigger('click')
    await flushPromises()
    expect(testid('device-refused').text()).toContain('El archivo fue modificado después de firmado.')
    expect(bridge.callsTo('device.applyProvisioningFile')).toEqual([{ id: 'f1' }])

    bridge.handlers['device.applyProvisioningFile'] = () =>
      ok({ ok: true as const, kioskId: 'KIOSK-014', branchName: 'Sucursal Norte' })
    bridge.handlers['device.status'] = () => ok({ state: 'active' as const, kioskId: 'KIOSK-014' })
    await testid('device-apply').trigger('click')
    await flushPromises()
    expect(testid('device-applied').text()).toContain('Quiosco KIOSK-014 aprovisionado para Sucursal Norte.')
    await testid('device-continue').trigger('click')
    await flushPromises()
    expect(wrapper!.find('[data-testid="device-applied"]').exists()).toBe(false)
    expect(wrapper!.text()).not.toContain('Quiosco sin configurar')
  })

  it('an active kiosk never shows the device screen', async () => {
    const { router } = await start(bridgeIn('active'))
    await router.push('/device')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})

describe('a key revoked while the kiosk serves', () => {
  it('shows "Quiosco fuera de servicio" as soon as a call is refused with DEVICE_REVOKED', async () => {
    const bridge = bridgeIn('active')
    const { router } = await start(bridge)
    expect(router.currentRoute.value.name).toBe('welcome')
    bridge.handlers['device.status'] = () => ok({ state: 'revoked' as const, kioskId: 'KIOSK-014' })
    bridge.handlers['auth.lookup'] = () => fail('DEVICE_REVOKED')
    await expect(call('auth.lookup', { idNumber: '52874193' })).rejects.toThrow()
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('device-status')
    expect(wrapper!.find('h1').text()).toBe('Quiosco fuera de servicio')
  })
})
