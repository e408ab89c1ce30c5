import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LoginResponseSchema } from '../../shared/api/auth'
import { ApiErrorBodySchema } from '../../shared/api/errors'
import { HealthResponseSchema } from '../../shared/api/health'
import { buildOpenApi } from '../../shared/api/openapi'
import { API_ROUTES, type ApiRoute } from '../../shared/api/routes'
import { demoMember } from '../seed/demo-members'
import { startTestSandbox, type TestSandbox } from '../testing/harness'
import { packageVersion } from '../version'

const repoFile = (p: string) => new URL(`../../${p}`, import.meta.url)

describe('the API contract', () => {
  let sb: TestSandbox
  let token: string
  beforeAll(async () => {
    sb = await startTestSandbox({ profile: 'pa' })
    const m = demoMember('pa', 'active')
    const res = await sb.http.post(API_ROUTES.login.path, {
      idNumber: m.idNumber,
      password: m.password,
      kioskId: 'K',
    })
    token = LoginResponseSchema.parse(res.body).token
  })
  afterAll(() => sb.close())

  it('serves every API_ROUTES entry (no 404)', async () => {
    for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][]) {
      const body = route.body ? {} : undefined
      const res =
        route.method === 'GET'
          ? await sb.http.get(route.path, { token })
          : route.method === 'PUT'
            ? await sb.http.put(route.path, body, { token })
            : route.method === 'DELETE'
              ? await sb.http.delete(route.path, { token })
              : await sb.http.post(route.path, body, { token })
      expect(res.status, name).not.toBe(404)
      if (res.status >= 400) expect(ApiErrorBodySchema.parse(res.body).error.code, name).not.toBe('NOT_FOUND')
    }
  })

  it('reports the cooperative of the stored profile on /health', async () => {
    const health = HealthResponseSchema.parse((await sb.http.get(API_ROUTES.health.path)).body)
    expect(health.cooperative).toMatchObject({ currency: 'USD', locale: 'es-PA' })
    expect(health.version).toBe(packageVersion())
    expect(health.time).toBe(sb.clock.now().toISOString())
  })

  const malformed: [string, { body?: unknown; raw?: string; headers?: Record<string, string> }][] = [
    ['not JSON', { raw: '{"idNumber": ' }],
    ['empty body', { raw: '' }],
    ['wrong type', { body: { idNumber: 12345678 } }],
    ['unknown field', { body: { idNumber: '12345678', extra: true } }],
    ['ID with spaces', { body: { idNumber: '12 345 678' } }],
    [
      'wrong content type',
      { raw: 'idNumber=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    ],
  ]
  it.each(malformed)('answers a malformed lookup (%s) with 400 VALIDATION', async (_label, req) => {
    const res = await sb.http.post(API_ROUTES.lookup.path, req.body, req)
    expect(res.status).toBe(400)
    const { error } = ApiErrorBodySchema.parse(res.body)
    expect(error.code).toBe('VALIDATION')
    expect(error.requestId).toBe(res.headers.get('x-request-id'))
  })

  it('lists zod issues for schema failures and never echoes a password', async () => {
    const res = await sb.http.post(API_ROUTES.login.path, {
      idNumber: 'x',
      password: 'Secret#99',
      kioskId: '',
    })
    const { error } = ApiErrorBodySchema.parse(res.body)
    expect(error.details?.issues?.map((i) => i.path).sort()).toEqual(['idNumber', 'kioskId'])
    expect(JSON.stringify(res.body)).not.toContain('Secret#99')
    const raw = await sb.http.post(API_ROUTES.login.path, undefined, { raw: '{"password": Secret#99}' })
    expect(raw.status).toBe(400)
    expect(JSON.stringify(raw.body)).not.toContain('Secret#99')
  })

  it('answers unknown routes with 404 NOT_FOUND in the ApiError shape', async () => {
    const res = await sb.http.get('/v1/nope')
    expect(res.status).toBe(404)
    expect(ApiErrorBodySchema.parse(res.body).error.code).toBe('NOT_FOUND')
  })

  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const ok = await sb.http.get(API_ROUTES.health.path, { headers: { 'x-request-id': 'kiosk-abc-123' } })
    expect(ok.headers.get('x-request-id')).toBe('kiosk-abc-123')
    const bad = await sb.http.get('/v1/nope', { headers: { 'x-request-id': 'bad id\twith spaces' } })
    const id = bad.headers.get('x-request-id')!
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(ApiErrorBodySchema.parse(bad.body).error.requestId).toBe(id)
  })

  it('serves /openapi.json equal to buildOpenApi(version)', async () => {
    const res = await sb.http.get('/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body).toEqual(buildOpenApi(packageVersion()))
  })

  it('has a committed docs/openapi.json equal to a fresh generation (run `npm run openapi`)', () => {
    const committed = readFileSync(repoFile('docs/openapi.json'), 'utf8')
    expect(committed).toBe(`${JSON.stringify(buildOpenApi(packageVersion()), null, 2)}\n`)
  })
})
