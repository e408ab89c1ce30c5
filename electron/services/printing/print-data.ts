import type { MemberSummary, ProductSummary } from '../../../shared/api/member'
import type { Certificate, ConsolidatedPosition, Movement, MovementsPage } from '../../../shared/api/products'
import { MAX_MOVEMENTS_PAGE } from '../../../shared/api/products'
import { KioskError } from '../../../shared/ipc/errors'
import type { StatementData } from '../pdf/statement-pdf'
import type { ApiClient } from '../api-client'
import type { AuthService } from '../auth-service'

/** What documents are made of, fetched from the API with the member's session (never from the renderer). */
/** 1,000 pages of 100: a hundred thousand movements, far beyond any statement period. */
const MAX_STATEMENT_PAGES = 1000

export interface PrintData {
  member(): Promise<MemberSummary>
  /** The product as the member summary lists it; NOT_FOUND when the member has no such product. */
  product(member: MemberSummary, productId: string): ProductSummary
  lastMovements(productId: string, last: number): Promise<MovementsPage>
  /** Every movement of a period, oldest first, paged through to the end. */
  statement(product: ProductSummary, from: string, to: string): Promise<StatementData>
  position(): Promise<ConsolidatedPosition>
  certificate(code: string): Promise<Certificate>
}

export function createPrintData({ api, auth }: { api: ApiClient; auth: AuthService }): PrintData {
  return {
    member: () => auth.withToken((token) => api.call('memberSummary', undefined, token)),

    product(member, productId) {
      const p = member.products.find((x) => x.id === productId)
      if (!p) throw new KioskError('NOT_FOUND', `no product ${productId} for this member`)
      return p
    },

    lastMovements: (productId, last) =>
      auth.withToken((token) =>
        api.call('productMovements', { params: { productId }, query: { last, order: 'desc' } }, token),
      ),

    async statement(product, from, to) {
      const movements: Movement[] = []
      let cursor: string | undefined
      let first: MovementsPage | undefined
      for (let pages = 0; ; pages++) {
        // A core that kept answering with a cursor would otherwise page forever.
        if (pages === MAX_STATEMENT_PAGES) throw new KioskError('SERVER_ERROR', 'statement: too many pages')
        const page = await auth.withToken((token) =>
          api.call(
            'productMovements',
            {
              params: { productId: product.id },
              query: { from, to, order: 'asc', limit: MAX_MOVEMENTS_PAGE, ...(cursor ? { cursor } : {}) },
            },
            token,
          ),
        )
        first ??= page
        movements.push(...page.movements)
        cursor = page.nextCursor ?? undefined
        if (!cursor) break
      }
      // Opening and closing balances describe the whole selection, on every page alike.
      return {
        product,
        from,
        to,
        openingBalance: first!.openingBalance,
        closingBalance: first!.closingBalance,
        movements,
      }
    },

    position: () => auth.withToken((token) => api.call('productsPosition', undefined, token)),

    certificate: (code) => auth.withToken((token) => api.call('certificateGet', { params: { code } }, token)),
  }
}
