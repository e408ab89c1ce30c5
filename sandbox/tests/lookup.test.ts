import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LookupResponseSchema } from '../../shared/api/auth'
import { API_ROUTES } from '../../shared/api/routes'
import { maskName } from '../auth/mask'
import { DEMO_MEMBERS, demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'

const LOOKUP = API_ROUTES.lookup.path
/** Any string of masked name parts: a whole first name, then initials followed by stars. */
const MASKED_NAME = /^[A-ZÁÉÍÓÚÑÜ]+( [A-ZÁÉÍÓÚÑÜ]\*+){2,3}$/

describe('POST lookup', () => {
  let sb: TestSandbox
  beforeAll(async () => {
    sb = await startTestSandbox()
  })
  afterAll(() => sb.close())

  it('masks names: first name whole, the others as initial and stars', () => {
    expect(maskName('MARÍA FERNANDA GÓMEZ RESTREPO')).toBe('MARÍA F******* G**** R*******')
    expect(maskName('GABRIELA ÁVILA ROJAS')).toBe('GABRIELA Á**** R****')
  })

  it("shows a member's masked name, security image and phrase", async () => {
    // Members without an online user answer a decoy (credentials tests cover them).
    for (const m of DEMO_MEMBERS.co.filter((x) => x.role !== 'not-enrolled')) {
      const res = await sb.http.post(LOOKUP, { idNumber: m.idNumber })
      expect(res.status).toBe(200)
      expect(LookupResponseSchema.parse(res.body)).toEqual({
        maskedName: maskName(m.fullName),
        securityImageId: m.securityImageId,
        securityPhrase: m.securityPhrase,
      })
      expect(res.json<{ maskedName: string }>().maskedName).toMatch(MASKED_NAME)
    }
  })

  it('treats ID letters case-insensitively', async () => {
    const passport = DEMO_MEMBERS.co.find((m) => /[A-Z]/.test(m.idNumber))!
    const res = await sb.http.post(LOOKUP, { idNumber: passport.idNumber.toLowerCase() })
    expect(res.json()).toMatchObject({ securityPhrase: passport.securityPhrase })
  })

  it('answers unknown IDs with a deterministic decoy of the same shape', async () => {
    const first = await sb.http.post(LOOKUP, { idNumber: '99887766' })
    const again = await sb.http.post(LOOKUP, { idNumber: '99887766' })
    expect(first.status).toBe(200)
    expect(again.body).toEqual(first.body)
    const decoy = LookupResponseSchema.parse(first.body)
    expect(decoy.maskedName).toMatch(MASKED_NAME)
    const real = await sb.http.post(LOOKUP, { idNumber: demoMember('co', 'active').idNumber })
    expect(Object.keys(decoy).sort()).toEqual(Object.keys(real.json()).sort())
    expect(first.headers.get('content-type')).toBe(real.headers.get('content-type'))
  })

  it('gives different unknown IDs different decoys', async () => {
    const ids = ['10000001', '10000002', '10000003', '10000004', '10000005', 'X1234567']
    const answers = await Promise.all(ids.map((idNumber) => sb.http.post(LOOKUP, { idNumber })))
    const distinct = new Set(answers.map((a) => JSON.stringify(a.body)))
    expect(distinct.size).toBe(ids.length)
    for (const a of answers) expect(LookupResponseSchema.safeParse(a.body).success).toBe(true)
  })

  it('derives decoys from the server secret: another data file answers differently', async () => {
    const other = await startTestSandbox()
    try {
      const a = await sb.http.post(LOOKUP, { idNumber: '55554444' })
      const b = await other.http.post(LOOKUP, { idNumber: '55554444' })
      expect(b.body).not.toEqual(a.body)
    } finally {
      await other.close()
    }
  })
})
