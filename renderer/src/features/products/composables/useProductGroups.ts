import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { PRODUCT_KINDS, type ProductKind } from '@shared/api/product-choices'
import type { ProductSummary } from '@shared/api/member'
import { sumMoney, type CurrencyCode, type Money } from '@shared/money/money'

export interface ProductGroup {
  kind: ProductKind
  products: ProductSummary[]
  /** One total per currency present (usually one); never adds different currencies together. */
  totals: Money[]
}

/** Products by kind, in the tab order of seeds 000 and 004; every kind appears, empty or not. */
export function groupProducts(products: readonly ProductSummary[]): ProductGroup[] {
  return PRODUCT_KINDS.map((kind) => {
    const mine = products.filter((p) => p.kind === kind)
    const currencies = [...new Set(mine.map((p) => p.balance.currency))] as CurrencyCode[]
    const totals = currencies.map((c) =>
      sumMoney(
        mine.filter((p) => p.balance.currency === c).map((p) => p.balance),
        c,
      ),
    )
    return { kind, products: mine, totals }
  })
}

export function useProductGroups(products: MaybeRefOrGetter<readonly ProductSummary[] | undefined>) {
  return computed(() => groupProducts(toValue(products) ?? []))
}
