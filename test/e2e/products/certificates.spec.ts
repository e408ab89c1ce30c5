import type { ProductsOfKind } from '../../../shared/api/products'
import { CertificateVerificationSchema } from '../../../shared/api/products'
import { expect, test } from '../support/stack'
import { ipc, openTile, signInAs } from './helpers'

/** Checks a code the way a third party would: the sandbox's public verification endpoint, no session. */
async function verify(sandboxUrl: string, code: string) {
  const res = await fetch(`${sandboxUrl}/v1/certificates/${code}`)
  return { status: res.status, body: (await res.json()) as unknown }
}

test('each certificate is issued with a verification code that the cooperative confirms', async ({
  kiosk: page,
  stack,
}) => {
  await signInAs(page, 'active')
  const [savings] = (await ipc<ProductsOfKind>(page, 'products.ofKind', { kind: 'savings' })).products
  await openTile(page, /Certificados/)

  const issued: { kind: string; code: string }[] = []
  const issue = async (kind: string, choose?: () => Promise<void>) => {
    await page.getByTestId(`certificate-kind-${kind}`).click()
    await choose?.()
    await page.getByTestId('certificate-issue').click()
    const code = (await page.getByTestId('certificate-code').textContent())!.trim()
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    issued.push({ kind, code })
    await page.getByTestId('certificate-another').click()
  }

  await issue('membership')
  await issue('product_balance', async () => {
    await page.getByTestId(`certificate-product-${savings!.id}`).click()
  })
  await issue('annual_tax', async () => {
    // The most recent closed year is chosen already; the button shows it pressed.
    await expect(page.locator('[data-testid^="certificate-year-"][aria-pressed="true"]')).toHaveCount(1)
  })

  expect(new Set(issued.map((i) => i.code)).size).toBe(3)
  for (const { kind, code } of issued) {
    const { status, body } = await verify(stack.sandboxUrl, code)
    expect(status).toBe(200)
    expect(CertificateVerificationSchema.parse(body)).toMatchObject({
      valid: true,
      code,
      kind,
      maskedName: 'MARÍA F******* G**** R*******',
    })
  }
  expect((await verify(stack.sandboxUrl, '0000-0000-0000-0000')).status).toBe(404)
})

test('the annual tax certificate shows interest and withholding; the product balance one its product', async ({
  kiosk: page,
}) => {
  await signInAs(page, 'active')
  await openTile(page, /Certificados/)
  await page.getByTestId('certificate-kind-annual_tax').click()
  await page.getByTestId('certificate-issue').click()
  const certificate = page.getByTestId('certificate')
  await expect(certificate).toContainText('Tributario anual')
  await expect(certificate).toContainText('Retención en la fuente')
  await expect(page.getByTestId('tax-withheld')).not.toHaveText('$ 0,00')

  await page.getByTestId('certificate-another').click()
  await page.getByTestId('certificate-kind-product_balance').click()
  await expect(page.getByTestId('certificate-issue')).toBeDisabled()
  const loan = page
    .locator('[data-testid^="certificate-product-"]')
    .filter({ hasText: 'Crédito de libre inversión' })
  await loan.click()
  await page.getByTestId('certificate-issue').click()
  await expect(page.getByTestId('certificate')).toContainText('Crédito de libre inversión')
  await expect(page.getByTestId('certificate-code')).toBeVisible()
})
