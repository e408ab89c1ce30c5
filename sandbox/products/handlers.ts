import type { SessionStore } from '../auth/sessions'
import type { RouteHandlers } from '../http/route-handlers'
import type { SandboxProducts } from './index'

type ProductRouteName =
  | 'productsPosition'
  | 'productsOfKind'
  | 'productDetail'
  | 'productMovements'
  | 'cardStatement'
  | 'certificateOptions'
  | 'certificateIssue'
  | 'certificateGet'
  | 'certificateVerify'

/** The products and certificates routes; every one but verification acts for the session's member. */
export function createProductHandlers(
  sessions: SessionStore,
  products: SandboxProducts,
): Pick<RouteHandlers, ProductRouteName> {
  const member = (bearer: string) => sessions.require(bearer).memberId
  return {
    productsPosition: ({ bearer }) => products.position(member(bearer)),
    productsOfKind: ({ bearer, params }) => products.ofKind(member(bearer), params.kind),
    productDetail: ({ bearer, params }) => products.detail(member(bearer), params.productId),
    productMovements: ({ bearer, params, query }) =>
      products.movements(member(bearer), params.productId, query),
    cardStatement: ({ bearer, params, query }) =>
      products.cardStatement(member(bearer), params.productId, query.period),
    certificateOptions: ({ bearer }) => products.certificates.options(member(bearer)),
    certificateIssue: ({ bearer, body }) => products.certificates.issue(member(bearer), body),
    certificateGet: ({ bearer, params }) => products.certificates.get(member(bearer), params.code),
    certificateVerify: ({ params }) => products.certificates.verify(params.code),
  }
}
