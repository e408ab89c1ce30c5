import type { FeatureTile, KioskFeature } from '../kiosk-feature'
import type { ProductsKey } from './messages'
import { tilesEn, tilesEs } from './messages/tiles'
import { PRODUCTS_ROUTES } from './routes'
import './products.css'

export { default as ProductGroup } from './components/ProductGroup.vue'
export { useProductGroups } from './composables/useProductGroups'
/** Other features drop its cached balances after they move money. */
export { useProductsStore } from './stores/products'

/**
 * Products, statements and certificates (issue 4): the consolidated position, the product tabs with
 * movements, loan and card details, and certificates. Three home tiles, one set of messages (`myProducts`).
 */
export const productsFeature: KioskFeature = {
  id: 'myProducts',
  routes: PRODUCTS_ROUTES,
  loadScreenHelp: () => import('./messages/screen-help').then((m) => m.PRODUCTS_SCREEN_HELP),
  tiles: [
    {
      routeName: 'products-position',
      titleKey: 'myProducts.tiles.position.title',
      descriptionKey: 'myProducts.tiles.position.description',
      icon: 'list',
    },
    {
      routeName: 'products',
      titleKey: 'myProducts.tiles.products.title',
      descriptionKey: 'myProducts.tiles.products.description',
      icon: 'card',
    },
    {
      routeName: 'certificates',
      titleKey: 'myProducts.tiles.certificates.title',
      descriptionKey: 'myProducts.tiles.certificates.description',
      icon: 'award',
    },
  ] satisfies FeatureTile<ProductsKey>[],
  messages: { es: tilesEs, en: tilesEn },
  loadMessages: async () => {
    const [{ es }, { en }] = await Promise.all([import('./messages/es'), import('./messages/en')])
    return { es, en }
  },
}
// Generic pieces other features' screens reuse (figures, wide tables, one-of-many buttons).
export { default as FactList, type Fact } from './components/FactList.vue'
export { default as ScrollTable, type Column } from './components/ScrollTable.vue'
export { default as ToggleGroup } from './components/ToggleGroup.vue'
