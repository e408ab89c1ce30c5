import { defineStore } from 'pinia'
import { PRODUCT_KINDS, type ProductKind } from '@shared/api/product-choices'
import type { ProductDetail, ProductsOfKind } from '@shared/api/products'
import { call } from '@/bridge'
import { useRemote, type Remote } from '@/composables/useRemote'

/**
 * The member's consolidated position and product tabs, kept while they move between screens (a tab
 * opened twice is not fetched twice). Member-scoped: `reset()` empties it at the end of the visit.
 */
export const useProductsStore = defineStore('products', () => {
  const position = useRemote(() => call('products.position', {}))
  const tabs = Object.fromEntries(
    PRODUCT_KINDS.map((kind) => [kind, useRemote(() => call('products.ofKind', { kind }))]),
  ) as Record<ProductKind, Remote<ProductsOfKind>>

  /** Loads a tab unless it is loaded or loading. */
  function ensureTab(kind: ProductKind): void {
    const tab = tabs[kind]
    if (tab.status.value === 'idle' || tab.status.value === 'error') void tab.run()
  }
  function ensurePosition(): void {
    if (position.status.value === 'idle' || position.status.value === 'error') void position.run()
  }

  /** A product's detail: from its loaded tab when there, else asked for. */
  async function detail(productId: string): Promise<ProductDetail> {
    for (const kind of PRODUCT_KINDS) {
      const found = tabs[kind].data.value?.products.find((p) => p.id === productId)
      if (found) return found
    }
    return call('products.detail', { productId })
  }

  function reset(): void {
    position.clear()
    for (const kind of PRODUCT_KINDS) tabs[kind].clear()
  }

  return { position, tabs, ensureTab, ensurePosition, detail, reset }
})
