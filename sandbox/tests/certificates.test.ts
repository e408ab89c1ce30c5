import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import {
  CertificateOptionsSchema,
  CertificateSchema,
  CertificateVerificationSchema,
  type Certificate,
} from '../../shared/api/products'
import { newCertificateCode } from '../products/certificate-code'
import { demoMember, type DemoRole } from '../seed/demo-members'
import { startTestSandbox, tempDir, type TestSandbox } from '../testing/harness'

let sb: TestSandbox
const temp = tempDir()
const dataFile = `${temp.dir}/certificates.db`

async function signIn(role: DemoRole, profile: 'co' | 'pa' = 'co') {
  const m = demoMember(profile, role)
  const res = await sb.http.post('/v1/auth/login', {
    idNumber: m.idNumber,
    password: m.password,
    kioskId: 'K',
  })
  return res.json<{ token: string }>().token
}
async function issue(token: string, body: unknown) {
  const res = await sb.http.post('/v1/members/me/certificates', body, { token })
  return { status: res.status, body: res.body }
}
const issued = (body: unknown): Certificate => CertificateSchema.parse(body)

beforeAll(async () => {
  sb = await startTestSandbox({ profile: 'co', dataFile })
})
afterAll(async () => {
  await sb.close()
  temp.remove()
})

describe('certificate codes', () => {
  it('are 80 random bits in Crockford base32, grouped by four', () => {
    expect(newCertificateCode(new Uint8Array(10))).toBe('0000-0000-0000-0000')
    expect(newCertificateCode(new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ')
    const codes = new Set(Array.from({ length: 200 }, () => newCertificateCode()))
    expect(codes.size).toBe(200)
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
  })
})

describe('certificates', () => {
  it('offers the products and the closed tax years of the member', async () => {
    const token = await signIn('active')
    const res = await sb.http.get('/v1/members/me/certificates/options', { token })
    const options = CertificateOptionsSchema.parse(res.body)
    expect(options.kinds).toEqual(['membership', 'product_balance', 'annual_tax'])
    expect(options.taxYears).toEqual([2025]) // the clock is in March 2026
    expect(options.products.length).toBe(demoMember('co', 'active').products.length)
  })

  it('issues a membership certificate that anyone can verify by its code, and nothing more', async () => {
    const token = await signIn('active')
    const { status, body } = await issue(token, { kind: 'membership' })
    expect(status).toBe(200)
    const c = issued(body)
    if (c.kind !== 'membership') throw new Error('wrong kind')
    expect(c.holder).toMatchObject({ fullName: 'MARÍA FERNANDA GÓMEZ RESTREPO', maskedIdNumber: '****4193' })
    expect(c.membership.contributions).toHaveLength(2)
    expect(c.membership.contributionsTotal.amountMinor).toBe(
      c.membership.contributions.reduce((s, x) => s + x.balance.amountMinor, 0),
    )
    expect(c.issuedAt).toBe(sb.clock.now().toISOString())

    const check = await sb.http.get(`/v1/certificates/${c.code}`) // no session: public
    expect(check.status).toBe(200)
    expect(CertificateVerificationSchema.strict().parse(check.body)).toEqual({
      valid: true,
      code: c.code,
      kind: 'membership',
      maskedName: 'MARÍA F******* G**** R*******',
      issuedAt: c.issuedAt,
      cooperativeName: 'Cooperativa de Ahorro y Crédito Los Andes',
    })
    expect(JSON.stringify(check.body)).not.toMatch(/4193|amountMinor/)
  })

  it('gives the member the same certificate again by its code, and hides it from others', async () => {
    const token = await signIn('active')
    const c = issued((await issue(token, { kind: 'membership' })).body)
    sb.clock.advance(60)
    const again = await sb.http.get(`/v1/members/me/certificates/${c.code}`, { token })
    expect(again.status).toBe(200)
    expect(issued(again.body)).toEqual(c)
    const other = await sb.http.get(`/v1/members/me/certificates/${c.code}`, {
      token: await signIn('no-loans'),
    })
    expect(other.status).toBe(404)
  })

  it('certifies the balance of one of the member’s products, never another member’s', async () => {
    const token = await signIn('active')
    const options = CertificateOptionsSchema.parse(
      (await sb.http.get('/v1/members/me/certificates/options', { token })).body,
    )
    const loan = options.products.find((p) => p.kind === 'loan')!
    const c = issued((await issue(token, { kind: 'product_balance', productId: loan.id })).body)
    if (c.kind !== 'product_balance') throw new Error('wrong kind')
    expect(c.productBalance.balance).toEqual(loan.balance)
    expect(c.productBalance.product.maskedNumber).toBe(loan.maskedNumber)
    const stranger = await issue(await signIn('no-loans'), { kind: 'product_balance', productId: loan.id })
    expect(stranger.status).toBe(404)
  })

  it('states interest earned, interest paid and tax withheld for a closed year', async () => {
    const token = await signIn('active')
    const c = issued((await issue(token, { kind: 'annual_tax', year: 2025 })).body)
    if (c.kind !== 'annual_tax') throw new Error('wrong kind')
    const t = c.annualTax
    expect(t.totals.interestEarned.amountMinor).toBeGreaterThan(0)
    expect(t.totals.interestPaid.amountMinor).toBeGreaterThan(0)
    for (const l of t.lines)
      expect(l.withheld.amountMinor).toBe(Math.floor((l.interestEarned.amountMinor * 7) / 100))
    const sum = (pick: (l: (typeof t.lines)[number]) => number) => t.lines.reduce((s, l) => s + pick(l), 0)
    expect(t.totals.withheld.amountMinor).toBe(sum((l) => l.withheld.amountMinor))
    expect(t.lines.find((l) => l.kind === 'loan')!.interestPaid.amountMinor).toBeGreaterThan(0)

    const open = await issue(token, { kind: 'annual_tax', year: 2026 })
    expect(open.status).toBe(400)
    expect(ApiErrorBodySchema.parse(open.body).error.details?.issues?.[0]?.path).toBe('year')
  })

  it('refuses malformed requests and codes', async () => {
    const token = await signIn('active')
    expect((await issue(token, { kind: 'diploma' })).status).toBe(400)
    expect((await issue(token, { kind: 'annual_tax' })).status).toBe(400)
    expect((await sb.http.get('/v1/certificates/not-a-code')).status).toBe(400)
    expect((await sb.http.get('/v1/certificates/0000-0000-0000-0000')).status).toBe(404)
    expect((await issue('x'.repeat(43), { kind: 'membership' })).status).toBe(401)
  })

  it('keeps issued certificates across a restart', async () => {
    const token = await signIn('no-loans')
    const c = issued((await issue(token, { kind: 'membership' })).body)
    await sb.close()
    sb = await startTestSandbox({ profile: 'co', dataFile })
    const check = await sb.http.get(`/v1/certificates/${c.code}`)
    expect(check.status).toBe(200)
    expect(CertificateVerificationSchema.parse(check.body).maskedName).toBe('ANDRÉS F***** R****** T*****')
  })
})
