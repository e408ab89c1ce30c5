import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { signProvisioningFile } from '../../../electron/services/device/provisioning-signature'
import type { ProvisioningPayload } from '../../../shared/device/provisioning-file'
import { expectAccessible } from '../support/axe'
import { enterId, signIn } from '../support/kiosk-actions'
import { expect, test, type KioskStack } from '../support/stack'

const maria = demoMember('co', 'active')

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as Record<string, string>
}

/** A provisioning file for `kioskId` on the stack's USB stick, signed by the key the shell trusts. */
async function putOnUsb(stack: KioskStack, kioskId: string, tamper = false) {
  const branch = { id: 'BR-07', name: 'Sucursal Norte' }
  const enrollment = await post(`${stack.sandboxUrl}/sandbox/devices/enrollment-tokens`, {
    kioskId,
    branchId: branch.id,
  })
  const payload: ProvisioningPayload = {
    kioskId,
    branch,
    profile: 'co',
    api: { baseUrl: stack.sandboxUrl },
    printer: { kind: 'none' },
    updateChannel: 'stable',
    enrollment: { token: enrollment.token!, expiresAt: enrollment.expiresAt! },
    issuedAt: new Date().toISOString(),
  }
  const file = signProvisioningFile(payload, stack.provisioningKey)
  if (tamper)
    file.payload = Buffer.from(JSON.stringify({ ...payload, kioskId: 'KIOSK-666' })).toString('base64url')
  mkdirSync(stack.usbDir, { recursive: true })
  writeFileSync(join(stack.usbDir, `${kioskId}.provisioning.json`), JSON.stringify(file))
}

test.describe('a provisioned kiosk signs every request', () => {
  test.use({ deviceMode: 'signed' })

  test('signs in and out against the enforcing sandbox; revoked, it is "Quiosco fuera de servicio"', async ({
    kiosk: page,
    stack,
  }) => {
    // No --dev-unsigned anywhere: the sandbox refuses what the kiosk did not sign.
    expect((await fetch(`${stack.sandboxUrl}/health`)).status).toBe(401)
    await signIn(page, maria)
    await expect(page.getByTestId('member-full-name')).toBeVisible()
    await page.getByTestId('secure-exit').click()
    await page.getByRole('button', { name: 'Volver al inicio' }).click()
    await expect(page.getByTestId('start')).toBeVisible()

    expect(await post(`${stack.sandboxUrl}/sandbox/devices/revoke`, { kioskId: 'KIOSK-001' })).toEqual({
      revoked: 1,
    })
    await enterId(page, maria.idNumber)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiosco fuera de servicio')
    await expect(page.getByText('Acérquese a un asesor de la oficina.')).toBeVisible()
    await expect(page.getByTestId('start')).toHaveCount(0)
    await expectAccessible(page, 'out of service')
  })
})

test.describe('an unprovisioned kiosk', () => {
  test.use({ deviceMode: 'unprovisioned' })

  test('shows "Quiosco sin configurar" and nothing else; IT provisions it from the USB stick, then it serves', async ({
    kiosk: page,
    stack,
  }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiosco sin configurar')
    await expect(page.getByTestId('start')).toHaveCount(0)
    await expectAccessible(page, 'not set up')

    await page.getByTestId('device-search').click()
    await expect(page.getByText('No se encontró ningún archivo .provisioning.json')).toBeVisible()

    await putOnUsb(stack, 'KIOSK-001')
    await page.getByTestId('device-search').click()
    await page.getByRole('button', { name: 'Aplicar KIOSK-001.provisioning.json' }).click()
    await expect(page.getByTestId('device-applied')).toHaveText(
      /Quiosco KIOSK-001 aprovisionado para Sucursal Norte\./,
    )
    await expectAccessible(page, 'provisioned')
    await page.getByTestId('device-continue').click()

    // The new key signs the member's whole journey.
    await signIn(page, maria)
    await expect(page.getByTestId('member-full-name')).toBeVisible()
    const devices = (await (await fetch(`${stack.sandboxUrl}/sandbox/devices`)).json()) as {
      devices: { kioskId: string; status: string }[]
    }
    expect(devices.devices).toEqual([expect.objectContaining({ kioskId: 'KIOSK-001', status: 'active' })])
  })
})

test.describe('in English', () => {
  test.use({ deviceMode: 'unprovisioned', kioskConfig: { language: 'en' } })

  test('"Kiosk not set up"; a tampered file is refused and says why', async ({ kiosk: page, stack }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiosk not set up')
    await putOnUsb(stack, 'KIOSK-001', true)
    await page.getByTestId('device-search').click()
    await page.getByRole('button', { name: 'Apply KIOSK-001.provisioning.json' }).click()
    await expect(page.getByTestId('device-refused')).toContainText(
      'The file was changed after it was signed.',
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiosk not set up')
    await expectAccessible(page, 'not set up (en)')
  })
})
