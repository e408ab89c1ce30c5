import { describe, expect, it } from 'vitest'
import { buildOpenApi, openApiPath } from './openapi'
import { pathParamNames, type ApiRoute } from './route'
import { API_ROUTES } from './routes'

type Operation = {
  operationId: string
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]
}
const doc = buildOpenApi('test') as { paths: Record<string, Record<string, Operation>> }
const operation = (name: keyof typeof API_ROUTES): Operation => {
  const route: ApiRoute = API_ROUTES[name]
  return doc.paths[openApiPath(route.path)]![route.method.toLowerCase()]!
}

describe('route path parameters and queries', () => {
  it('declares a params schema for exactly the :segments of every path', () => {
    for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][])
      expect(Object.keys(route.params?.shape ?? {}).sort(), name).toEqual(pathParamNames(route.path).sort())
  })

  it('writes OpenAPI paths with {name} templates, never :name', () => {
    expect(openApiPath('/v1/products/:productId/movements')).toBe('/v1/products/{productId}/movements')
    for (const path of Object.keys(doc.paths)) expect(path).not.toContain(':')
    expect(doc.paths['/v1/products/{productId}']).toBeDefined()
  })

  it('documents path parameters as required, with their schema', () => {
    const [p] = operation('productDetail').parameters!
    expect(p).toMatchObject({ name: 'productId', in: 'path', required: true, schema: { type: 'string' } })
    const [kind] = operation('productsOfKind').parameters!
    expect(kind?.schema.enum).toContain('term_deposit')
  })

  it('documents query fields as optional query parameters with defaults and choices', () => {
    const params = operation('productMovements').parameters!
    expect(params.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:productId',
      'query:last',
      'query:from',
      'query:to',
      'query:order',
      'query:cursor',
      'query:limit',
    ])
    const by = Object.fromEntries(params.map((p) => [p.name, p]))
    expect(by.last).toMatchObject({ required: false, schema: { type: 'integer', enum: [10, 20, 30] } })
    expect(by.limit).toMatchObject({ required: false, schema: { maximum: 100, default: 50 } })
    expect(by.from?.schema.format).toBe('date')
    expect(by.order?.schema).toMatchObject({ enum: ['asc', 'desc'], default: 'desc' })
  })

  it('leaves routes without params or query as they were', () => {
    expect(operation('memberSummary').parameters).toBeUndefined()
    expect(operation('login').parameters).toBeUndefined()
  })

  it('marks only the public verification route of certificates as free of a session', () => {
    const verify = doc.paths['/v1/certificates/{code}']!.get as Operation & { security?: unknown }
    expect(verify.security).toBeUndefined()
    expect(verify.parameters?.[0]).toMatchObject({ name: 'code', in: 'path', required: true })
  })
})
