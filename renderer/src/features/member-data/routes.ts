import type { RouteRecordRaw } from 'vue-router'
import { CONTACT_FIELDS, type ContactField } from '@shared/api/member-data'

const store = async () => (await import('./stores/member-data')).useMemberDataStore()

/** The member's data screens, loaded on first use; the code screen needs a change whose codes were sent. */
export const MEMBER_DATA_ROUTES: RouteRecordRaw[] = [
  {
    path: '/my-data',
    name: 'my-data',
    component: () => import('./pages/ProfilePage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/my-data/change/:field',
    name: 'my-data-change',
    component: () => import('./pages/ContactChangePage.vue'),
    props: true,
    meta: { requires: 'member' },
    beforeEnter: (to) =>
      (CONTACT_FIELDS as readonly string[]).includes(to.params.field as ContactField)
        ? true
        : { name: 'my-data' },
  },
  {
    path: '/my-data/code',
    name: 'my-data-code',
    component: () => import('./pages/ContactCodePage.vue'),
    meta: { requires: 'member' },
    beforeEnter: async () => ((await store()).change ? true : { name: 'my-data' }),
  },
  {
    path: '/withdrawals',
    name: 'withdrawals',
    component: () => import('./pages/WithdrawalsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/activity',
    name: 'activity',
    component: () => import('./pages/ActivityPage.vue'),
    meta: { requires: 'member' },
  },
  // Teller mode: the review of contact changes, where the cooperative's policy says review.
  {
    path: '/teller/contact-changes',
    name: 'teller-contact-changes',
    component: () => import('./pages/ContactReviewPage.vue'),
    meta: { requires: 'staff', teller: true },
  },
]
