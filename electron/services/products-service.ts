import type { ProductKind } from '../../shared/api/member'
import {
  MAX_MOVEMENTS_PAGE,
  type CardStatement,
  type Certificate,
  type CertificateOptions,
  type CertificateRequest,
  type ConsolidatedPosition,
  type Movement,
  type MovementsPage,
  type ProductDetail,
  type ProductsOfKind,
} from '../../shared/api/products'
import { KioskError } from '../../shared/ipc/errors'
import type { MovementsRequest } from '../../shared/ipc/products-contract'
import type { ApiClient } from './api-client'
import type { AuthService } from './auth-service'

/** A whole statement period: the figures of the selection and every movement, oldest first. */
export type Statement = Omit<MovementsPage, 'movements' | 'nextCursor'> & { movements: Movement[] }

/** The member's products, statements and certificates, read from the cooperative's API with the session. */
export interface ProductsService {
  position(): Promise<ConsolidatedPosition>
  ofKind(kind: ProductKind): Promise<ProductsOfKind>
  detail(productId: string): Promise<ProductDetail>
  movements(request: MovementsRequest): Promise<MovementsPage>
  /** Every movement of a date range, following the pages (for a printed or PDF statement). */
  statement(productId: string, from: string, to: string): Promise<Statement>
  cardStatement(productId: string, period?: string): Promise<CardStatement>
  certificateOptions(): Promise<CertificateOptions>
  issueCertificate(request: CertificateRequest): Promise<Certificate>
  /** A certificate issued before in this session (same code), e.g. to print what the screen shows. */
  certificate(code: string): Promise<Certificate>
}

/** Guard for statement(): a range with more pages than this is refused rather than looping for ever. */
const MAX_STATEMENT_PAGES = 1000

export function createProductsService({ api, auth }: { api: ApiClient; auth: AuthService }): ProductsService {
  const withToken = auth.withToken.bind(auth)
  const movements = (request: MovementsRequest) => {
    const { productId, ...query } = request
    return withToken((token) => api.call('productMovements', { params: { productId }, query }, token))
  }
  return {
    position: () => withToken((token) => api.call('productsPosition', undefined, token)),
    ofKind: (kind) => withToken((token) => api.call('productsOfKind', { params: { kind } }, token)),
    detail: (productId) => withToken((token) => api.call('productDetail', { params: { productId } }, token)),
    movements,
    async statement(productId, from, to) {
      const first = await movements({ productId, from, to, order: 'asc', limit: MAX_MOVEMENTS_PAGE })
      const all = [...first.movements]
      let cursor = first.nextCursor
      for (let pages = 1; cursor; pages++) {
        if (pages >= MAX_STATEMENT_PAGES)
          throw new KioskError('VALIDATION', 'statement too long: choose a shorter period')
        const next = await movements({ productId, from, to, order: 'asc', limit: MAX_MOVEMENTS_PAGE, cursor })
        all.push(...next.movements)
        cursor = next.nextCursor
      }
      const { movements: _m, nextCursor: _c, ...figures } = first
      return { ...figures, movements: all }
    },
    cardStatement: (productId, period) =>
      withToken((token) =>
        api.call('cardStatement', { params: { productId }, query: period ? { period } : {} }, token),
      ),
    certificateOptions: () => withToken((token) => api.call('certificateOptions', undefined, token)),
    issueCertificate: (request) => withToken((token) => api.call('certificateIssue', request, token)),
    certificate: (code) => withToken((token) => api.call('certificateGet', { params: { code } }, token)),
  }
}
