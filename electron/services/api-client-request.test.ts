import { describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/routes'
import { KioskError } from '../../shared/ipc/errors'
import { buildRequest } from './api-client'

const fails = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(KioskError)
    return e as KioskError
  }
  throw new Error('expected a KioskError')
}

describe('api client: building a request from the route table', () => {
  it('keeps plain routes as before: the path as is and the checked body', () => {
    expect(buildRequest('lookup', API_ROUTES.lookup, { idNumber: '12345678' })).toEqual({
      url: '/v1/auth/lookup',
      body: { idNumber: '12345678' },
    })
    expect(buildRequest('memberSummary', API_ROUTES.memberSummary, undefined)).toEqual({
      url: '/v1/members/me/summary',
      body: undefined,
    })
  })

  it('fills :params into the path', () => {
    const { url } = buildRequest('productDetail', API_ROUTES.productDetail, {
      params: { productId: 'prd_000000000042' },
    })
    expect(url).toBe('/v1/products/prd_000000000042')
  })

  it('encodes the query string with defaults applied, and leaves out absent fields', () => {
    const { url } = buildRequest('productMovements', API_ROUTES.productMovements, {
      params: { productId: 'p1' },
      query: { from: '2025-03-01', to: '2025-03-31', limit: 20 },
    })
    expect(url).toBe('/v1/products/p1/movements?from=2025-03-01&to=2025-03-31&order=desc&limit=20')
    const last = buildRequest('productMovements', API_ROUTES.productMovements, {
      params: { productId: 'p1' },
      query: { last: 30 },
    })
    expect(last.url).toBe('/v1/products/p1/movements?last=30&order=desc&limit=50')
  })

  it('refuses params and queries outside the contract before anything is sent', () => {
    const slash = fails(() =>
      buildRequest('productDetail', API_ROUTES.productDetail, { params: { productId: '../admin' } }),
    )
    expect(slash.code).toBe('VALIDATION')
    expect(slash.details?.issues?.[0]?.path).toBe('productId')
    const missing = fails(() => buildRequest('productDetail', API_ROUTES.productDetail, { params: {} }))
    expect(missing.code).toBe('VALIDATION')
    const big = fails(() =>
      buildRequest('productMovements', API_ROUTES.productMovements, {
        params: { productId: 'p1' },
        query: { limit: 500 },
      }),
    )
    expect(big.details?.issues?.[0]?.path).toBe('limit')
    const lonely = fails(() =>
      buildRequest('productMovements', API_ROUTES.productMovements, {
        params: { productId: 'p1' },
        query: { from: '2025-01-01' },
      }),
    )
    expect(lonely.details?.issues?.[0]?.path).toBe('to')
  })

  it('takes the body itself for a POST route without params or query', () => {
    const { url, body } = buildRequest('certificateIssue', API_ROUTES.certificateIssue, {
      kind: 'annual_tax',
      year: 2025,
    })
    expect(url).toBe('/v1/members/me/certificates')
    expect(body).toEqual({ kind: 'annual_tax', year: 2025 })
  })
})
