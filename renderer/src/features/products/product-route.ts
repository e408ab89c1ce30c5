import type { RouteLocationRaw } from 'vue-router'
import type { ProductKind } from '@shared/api/product-choices'

/**
 * The screen of one product, wherever a product is shown as tappable: a loan's or a card's own page, and
 * for the accounts (aportes, savings, CDAT) their movements.
 */
export function productRoute(product: { id: string; kind: ProductKind }): RouteLocationRaw {
  if (product.kind === 'loan') return { name: 'products-loan', params: { productId: product.id } }
  if (product.kind === 'card') return { name: 'products-card', params: { productId: product.id } }
  return { name: 'products-movements', params: { kind: product.kind, productId: product.id } }
}
