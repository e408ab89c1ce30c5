import type { z } from 'zod'
import { AUTH_ROUTES } from './auth'
import { BENEFICIARY_ROUTES } from './beneficiaries'
import { BILL_ROUTES } from './bills'
import { CREDENTIALS_ROUTES } from './credentials'
import { DEFERRAL_ROUTES } from './deferrals'
import { DOCUMENT_MAIL_ROUTES } from './document-mail'
import { DEVICE_ROUTES } from './devices'
import { ENROLLMENT_ROUTES } from './credentials-enrollment'
import { SYSTEM_ROUTES } from './health'
import { MEMBER_ROUTES } from './member'
import { OBLIGATION_ROUTES } from './obligations'
import { MEMBER_DATA_ROUTES } from './member-data'
import { PAYMENT_ROUTES } from './payments'
import { PRODUCT_ROUTES } from './products'
import { PSE_ROUTES } from './pse'
import { ACH_ROUTES } from './ach'
import type { ApiRoute } from './route'
import { STAFF_ROUTES } from './staff'
import { SIGN_IN_EXTRAS_ROUTES } from './sign-in-extras'
import { SIMULATOR_ROUTES } from './simulators'
import { TELLER_ROUTES } from './teller'

export type { ApiRoute } from './route'

/**
 * The cooperative core-banking API the kiosk speaks: one table that the sandbox serves, the main
 * process calls and the OpenAPI document is generated from. Each feature defines its routes next to
 * its schemas (shared/api/<feature>.ts) and is spread in here.
 */
export const API_ROUTES = {
  ...SYSTEM_ROUTES,
  ...AUTH_ROUTES,
  ...MEMBER_ROUTES,
  ...CREDENTIALS_ROUTES,
  ...ENROLLMENT_ROUTES,
  ...PRODUCT_ROUTES,
  ...STAFF_ROUTES,
  ...PAYMENT_ROUTES,
  ...BENEFICIARY_ROUTES,
  ...PSE_ROUTES,
  ...ACH_ROUTES,
  ...OBLIGATION_ROUTES,
  ...BILL_ROUTES,
  ...SIMULATOR_ROUTES,
  ...DEFERRAL_ROUTES,
  ...TELLER_ROUTES,
  ...MEMBER_DATA_ROUTES,
  ...SIGN_IN_EXTRAS_ROUTES,
  ...DOCUMENT_MAIL_ROUTES,
  ...DEVICE_ROUTES,
} as const satisfies Record<string, ApiRoute>

export type ApiRouteName = keyof typeof API_ROUTES
type RouteOf<N extends ApiRouteName> = (typeof API_ROUTES)[N]
/** The JSON body a route takes (undefined when none). */
export type ApiBody<N extends ApiRouteName> =
  RouteOf<N> extends { body: z.ZodType } ? z.infer<RouteOf<N>['body']> : undefined
/** Parsed path parameters and query (what a sandbox handler receives; undefined when the route has none). */
export type ApiParams<N extends ApiRouteName> =
  RouteOf<N> extends { params: z.ZodType } ? z.output<RouteOf<N>['params']> : undefined
export type ApiQuery<N extends ApiRouteName> =
  RouteOf<N> extends { query: z.ZodType } ? z.output<RouteOf<N>['query']> : undefined

type HasTarget<R> = R extends { params: z.ZodType } ? true : R extends { query: z.ZodType } ? true : false
type TargetOf<R> = (R extends { params: z.ZodType } ? { params: z.input<R['params']> } : unknown) &
  (R extends { query: z.ZodType } ? { query?: z.input<R['query']> } : unknown) &
  (R extends { body: z.ZodType } ? { body: z.input<R['body']> } : unknown)
/**
 * What a caller passes: the body itself for plain routes (as before), or `{ params, query?, body? }`
 * for routes with path parameters or a query string.
 */
export type ApiRequest<N extends ApiRouteName> =
  HasTarget<RouteOf<N>> extends true ? TargetOf<RouteOf<N>> : ApiBody<N>
export type ApiResponse<N extends ApiRouteName> = z.infer<RouteOf<N>['response']>
