import type { RouteRecordRaw } from 'vue-router'
import { SENSITIVE_OPERATIONS } from '@shared/credentials/security-questions'
import { useEnrollmentStore } from './stores/enrollment'
import { useRecoveryStore } from './stores/recovery'

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
    meta: { phase: 'prelogin' },
    beforeEnter: () => (useRecoveryStore().idNumber ? true : { name: 'id' }),
  },
  {
    path: '/enroll',
    name: 'enroll',
    component: () => import('./pages/EnrollPage.vue'),
    meta: { phase: 'prelogin' },
  },
  {
    path: '/enroll/code',
    name: 'enroll-code',
    component: () => import('./pages/EnrollCodePage.vue'),
    meta: { phase: 'prelogin' },
    beforeEnter: () => (useEnrollmentStore().challenge ? true : { name: 'enroll' }),
  },
  {
    path: '/setup/password',
    name: 'setup-password',
    component: () => import('./pages/SetupPasswordPage.vue'),
    meta: { phase: 'session', setupStep: 'password' },
  },
  {
    path: '/setup/image',
    name: 'setup-image',
    component: () => import('./pages/SetupImagePage.vue'),
    meta: { phase: 'session', setupStep: 'securityImage' },
  },
  {
    path: '/setup/questions',
    name: 'setup-questions',
    component: () => import('./pages/SetupQuestionsPage.vue'),
    meta: { phase: 'session', setupStep: 'securityQuestions' },
  },
  {
    path: '/setup/contract',
    name: 'setup-contract',
    component: () => import('./pages/SetupContractPage.vue'),
    meta: { phase: 'session', setupStep: 'contract' },
  },
  {
    path: '/options',
    name: 'options',
    component: () => import('./pages/OptionsPage.vue'),
    meta: { phase: 'session' },
  },
  {
    path: `/options/verify/:operation(${SENSITIVE_OPERATIONS.join('|')})`,
    name: 'options-verify',
    component: () => import('./pages/VerifyQuestionPage.vue'),
    props: true,
    meta: { phase: 'session' },
  },
  {
    path: '/options/password',
    name: 'options-password',
    component: () => import('./pages/ChangePasswordPage.vue'),
    meta: { phase: 'session' },
  },
  {
    path: '/options/username',
    name: 'options-username',
    component: () => import('./pages/ChangeUsernamePage.vue'),
    meta: { phase: 'session' },
  },
  {
    path: '/options/image',
    name: 'options-image',
    component: () => import('./pages/ChangeImagePage.vue'),
    meta: { phase: 'session' },
  },
  {
    path: '/options/questions',
    name: 'options-questions',
    component: () => import('./pages/ChangeQuestionsPage.vue'),
    meta: { phase: 'session' },
  },
  {
    path: '/options/email-services',
    name: 'options-email',
    component: () => import('./pages/EmailServicesPage.vue'),
    meta: { phase: 'session' },
  },
]
