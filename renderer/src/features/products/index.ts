import type { RouteLocationNormalized } from 'vue-router'
import { PRODUCT_KINDS, type ProductKind } from '@shared/api/member'
import type { KioskFeature } from '../index'
import { en, es } from './messages'
import './products.css'

const isKind = (k: unknown): k is ProductKind =>
  typeof k === 'string' && (PRODUCT_KINDS as readonly string[]).includes(k)
const param = (route: RouteLocationNormalized, name: string) => String(route.params[name] ?? '')
/** A tab or movements link with an unknown kind (never made by the app) lands on the first tab. */
const knownKind = (to: RouteLocationNormalized) =>
  isKind(to.params.kind) ? true : { name: 'products-tab', params: { kind: 'contribution' } }

/**
 * Products, statements and certificates (issue 4): the consolidated position, the product tabs with
 * movements, loan and card details, and certificates. Three home tiles, one set of messages (`myProducts`).
 * Pages are bundled with the app, not lazy chunks: a kiosk has them on disk and must not fail half-way.
 */
export const PRODUCTS_FEATURES: readonly KioskFeature[] = [
  {
    id: 'myProducts',
    messages: { es, en },
    tile: {
      routeName: 'products-position',
      titleKey: 'myProducts.tiles.position.title',
      descriptionKey: 'myProducts.tiles.position.description',
      icon: 'list',
    },
    routes: [
      {
        path: '/position',
        name: 'products-position',
        component: () => import('./pages/PositionPage.vue'),
        meta: { phase: 'session' },
      },
      {
        path: '/products/loan/:productId',
        name: 'products-loan',
        component: () => import('./pages/LoanPage.vue'),
        props: (r) => ({ productId: param(r, 'productId') }),
        meta: { phase: 'session' },
      },
      {
        path: '/products/card/:productId',
        name: 'products-card',
        component: () => import('./pages/CardPage.vue'),
        props: (r) => ({ productId: param(r, 'productId') }),
        meta: { phase: 'session' },
      },
      {
        path: '/products/:kind/:productId/movements',
        name: 'products-movements',
        component: () => import('./pages/MovementsPage.vue'),
        props: (r) => ({ kind: param(r, 'kind'), productId: param(r, 'productId') }),
        beforeEnter: knownKind,
        meta: { phase: 'session' },
      },
    ],
  },
  {
    id: 'myProductsTabs',
    tile: {
      routeName: 'products',
      titleKey: 'myProducts.tiles.products.title',
      descriptionKey: 'myProducts.tiles.products.description',
      icon: 'card',
    },
    routes: [
      {
        path: '/products',
        name: 'products',
        redirect: { name: 'products-tab', params: { kind: 'contribution' } },
        meta: { phase: 'session' },
      },
      {
        path: '/products/:kind',
        name: 'products-tab',
        component: () => import('./pages/ProductTabPage.vue'),
        props: (r) => ({ kind: param(r, 'kind') }),
        beforeEnter: knownKind,
        meta: { phase: 'session' },
      },
    ],
  },
  {
    id: 'myCertificates',
    tile: {
      routeName: 'certificates',
      titleKey: 'myProducts.tiles.certificates.title',
      descriptionKey: 'myProducts.tiles.certificates.description',
      icon: 'award',
    },
    routes: [
      {
        path: '/certificates',
        name: 'certificates',
        component: () => import('./pages/CertificatesPage.vue'),
        meta: { phase: 'session' },
      },
    ],
  },
]
