import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/routes'
import { demoMember } from '../seed/demo-members'
import { signInDemo, startTestSandbox, type TestSandbox } from '../testing/harness'

const PATH = API_ROUTES.documentMail.path
const maria = demoMember('co', 'active')
const pdf = Buffer.from('%PDF-1.7\n% a tiny stand-in\n').toString('base64')

describe('POST documents/email', () => {
  let sb: TestSandbox
  let token: string
  beforeAll(async () => {
    sb = await startTestSandbox()
    token = await signInDemo(sb.http, 'co', 'active')
  })
  afterAll(() => sb.close())

  it("mails the PDF to the member's address on file, masked in the answer, with the attachment kept", async () => {
    const body = { fileName: 'estado-de-cuenta.pdf', title: 'Estado de cuenta', pdfBase64: pdf }
    const res = await sb.http.post(PATH, body, { token })
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ maskedEmail: 'mar*****@exa*****' })
    const list = await sb.http.get(`/sandbox/outbox/attachments?idNumber=${maria.idNumber}`)
    const [a] = list.json<{ attachments: { fileName: string; contentBase64: string }[] }>().attachments
    expect(a).toMatchObject({ fileName: 'estado-de-cuenta.pdf', contentBase64: pdf })
    const [message] = (await sb.http.get(`/sandbox/outbox?idNumber=${maria.idNumber}`)).json<{
      messages: { template: string; channel: string; text: string }[]
    }>().messages
    expect(message).toMatchObject({ template: 'document-email', channel: 'email' })
    expect(message!.text).toContain('Estado de cuenta')
  })

  it('refuses what is not a PDF, a path as a file name, and a caller without a session', async () => {
    const notPdf = Buffer.from('<html></html>').toString('base64')
    const bad = await sb.http.post(PATH, { fileName: 'x.pdf', title: 'X', pdfBase64: notPdf }, { token })
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('VALIDATION')
    const path = await sb.http.post(PATH, { fileName: '../x.pdf', title: 'X', pdfBase64: pdf }, { token })
    expect(path.status).toBe(400)
    const anonymous = await sb.http.post(PATH, { fileName: 'x.pdf', title: 'X', pdfBase64: pdf })
    expect(anonymous.status).toBe(401)
  })

  it('takes a body larger than the API-wide 16 KiB limit on this route only', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 32)]).toString('base64')
    const res = await sb.http.post(PATH, { fileName: 'big.pdf', title: 'Big', pdfBase64: big }, { token })
    expect(res.status).toBe(200)
    // The same body anywhere else is refused before any handler.
    const elsewhere = await sb.http.post(API_ROUTES.lookup.path, { idNumber: maria.idNumber, pad: big })
    expect(elsewhere.status).toBeGreaterThanOrEqual(400)
    expect(elsewhere.json<{ error: { message: string } }>().error.message).toMatch(/large|limit/i)
  })
})
