import type { RouteRecordRaw } from 'vue-router'
import { SENSITIVE_OPERATIONS } from '@shared/credentials/security-questions'
import { useSessionStore } from '@/stores/session'
import { useLoginStore } from '@/features/sign-in'

// The stores come with the screens' chunks, not the app's first download (issue 8: a light start).
const recovery = async () => (await import('./stores/recovery')).useRecoveryStore()
const enrollment = async () => (await import('./stores/enrollment')).useEnrollmentStore()

/**
 * Screens load on first use (like the products feature's), so the sign-in journey stays small.
 * Before sign-in: forgotten password and self-enrollment. Signed in: the setup steps (each names the step
 * it completes, so the router's guard can send a member to the first one left) and user options.
 */
export const CREDENTIALS_ROUTES: RouteRecordRaw[] = [
  {
    path: '/recover',
    name: 'recover',
    component: () => import('./pages/RecoveryPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: async () => ((await recovery()).idNumber ? true : { name: 'id' }),
  },
  {
    path: '/sign-in-question',
    name: 'sign-in-question',
    component: () => import('./pages/SignInQuestionPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: () => (useLoginStore().question ? true : { name: 'id' }),
  },
  {
    path: '/enroll',
    name: 'enroll',
    component: () => import('./pages/EnrollPage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
  },
  {
    path: '/enroll/code',
    name: 'enroll-code',
    component: () => import('./pages/EnrollCodePage.vue'),
    meta: { requires: 'public', phase: 'prelogin' },
    beforeEnter: async () => ((await enrollment()).challenge ? true : { name: 'enroll' }),
  },
  {
    path: '/setup/password',
    name: 'setup-password',
    component: () => import('./pages/SetupPasswordPage.vue'),
    meta: { requires: 'member', setupStep: 'password' },
  },
  {
    path: '/setup/image',
    name: 'setup-image',
    component: () => import('./pages/SetupImagePage.vue'),
    meta: { requires: 'member', setupStep: 'securityImage' },
  },
  {
    path: '/setup/questions',
    name: 'setup-questions',
    component: () => import('./pages/SetupQuestionsPage.vue'),
    meta: { requires: 'member', setupStep: 'securityQuestions' },
  },
  {
    path: '/setup/contract',
    name: 'setup-contract',
    component: () => import('./pages/SetupContractPage.vue'),
    meta: { requires: 'member', setupStep: 'contract' },
  },
  {
    path: '/setup/done',
    name: 'setup-done',
    component: () => import('./pages/SetupDonePage.vue'),
    // Only right after the last step: a member who did none goes home.
    meta: { requires: 'member' },
    beforeEnter: () => (useSessionStore().setupDone.length > 0 ? true : { name: 'home' }),
  },
  {
    path: '/options',
    name: 'options',
    component: () => import('./pages/OptionsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: `/options/verify/:operation(${SENSITIVE_OPERATIONS.join('|')})`,
    name: 'options-verify',
    component: () => import('./pages/VerifyQuestionPage.vue'),
    props: true,
    meta: { requires: 'member' },
  },
  {
    path: '/options/password',
    name: 'options-password',
    component: () => import('./pages/ChangePasswordPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/options/username',
    name: 'options-username',
    component: () => import('./pages/ChangeUsernamePage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/options/image',
    name: 'options-image',
    component: () => import('./pages/ChangeImagePage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/options/questions',
    name: 'options-questions',
    component: () => import('./pages/ChangeQuestionsPage.vue'),
    meta: { requires: 'member' },
  },
  {
    path: '/options/email-services',
    name: 'options-email',
    component: () => import('./pages/EmailServicesPage.vue'),
    meta: { requires: 'member' },
  },
]
