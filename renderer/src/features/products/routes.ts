import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import { PRODUCT_KINDS, type ProductKind } from '@shared/api/product-choices'

const isKind = (k: unknown): k is ProductKind =>
  typeof k === 'string' && (PRODUCT_KINDS as readonly string[]).includes(k)
const param = (route: RouteLocationNormalized, name: string) => String(route.params[name] ?? '')
/** A tab or movements link with an unknown kind (never made by the app) lands on the first tab. */
const knownKind = (to: RouteLocationNormalized) =>
  isKind(to.params.kind) ? true : { name: 'products-tab', params: { kind: 'contribution' } }

/** Signed-in screens, each loaded on first use (with the feature's messages). */
export const PRODUCTS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/position',
    name: 'products-position',
    component: () => import('./pages/PositionPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/products/loan/:productId',
    name: 'products-loan',
    component: () => import('./pages/LoanPage.vue'),
    props: (r) => ({ productId: param(r, 'productId') }),
    meta: { requires: 'member' },
  },
  {
    path: '/products/card/:productId',
    name: 'products-card',
    component: () => import('./pages/CardPage.vue'),
    props: (r) => ({ productId: param(r, 'productId') }),
    meta: { requires: 'member' },
  },
  {
    path: '/products/:kind/:productId/movements',
    name: 'products-movements',
    component: () => import('./pages/MovementsPage.vue'),
    props: (r) => ({ kind: param(r, 'kind'), productId: param(r, 'productId') }),
    beforeEnter: knownKind,
    meta: { requires: 'member' },
  },
  {
    path: '/products',
    name: 'products',
    redirect: { name: 'products-tab', params: { kind: 'contribution' } },
    meta: { requires: 'member' },
  },
  {
    path: '/products/:kind',
    name: 'products-tab',
    component: () => import('./pages/ProductTabPage.vue'),
    props: (r) => ({ kind: param(r, 'kind') }),
    beforeEnter: knownKind,
    meta: { requires: 'member' },
  },
  {
    path: '/certificates',
    name: 'certificates',
    component: () => import('./pages/CertificatesPage.vue'),
    meta: { requires: 'member' },
  },
]
