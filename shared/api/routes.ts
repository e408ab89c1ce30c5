import type { z } from 'zod'
import { AUTH_ROUTES } from './auth'
import { SYSTEM_ROUTES } from './health'
import { MEMBER_ROUTES } from './member'
import type { ApiRoute } from './route'

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
} as const satisfies Record<string, ApiRoute>

export type ApiRouteName = keyof typeof API_ROUTES
type RouteOf<N extends ApiRouteName> = (typeof API_ROUTES)[N]
export type ApiRequest<N extends ApiRouteName> =
  RouteOf<N> extends { body: z.ZodType } ? z.infer<RouteOf<N>['body']> : undefined
export type ApiResponse<N extends ApiRouteName> = z.infer<RouteOf<N>['response']>
