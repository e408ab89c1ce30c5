import type { z } from 'zod'
import {
  LoginRequestSchema,
  LoginResponseSchema,
  LookupRequestSchema,
  LookupResponseSchema,
  OkSchema,
  SessionStatusSchema,
} from './auth'
import type { ErrorCode } from '../ipc/errors'
import { HealthResponseSchema } from './health'
import { MemberSummarySchema } from './member'

export interface ApiRoute {
  method: 'GET' | 'POST'
  path: string
  summary: string
  tag: string
  /** Bearer session token required. */
  auth: boolean
  body?: z.ZodType
  response: z.ZodType
  errors: readonly ErrorCode[]
}

/**
 * The cooperative core-banking API the kiosk speaks: one table that the sandbox serves, the main
 * process calls and the OpenAPI document is generated from.
 */
export const API_ROUTES = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Liveness and cooperative identity',
    tag: 'system',
    auth: false,
    response: HealthResponseSchema,
    errors: [],
  },
  lookup: {
    method: 'POST',
    path: '/v1/auth/lookup',
    summary: 'Step 1 of login: masked name, security image and phrase for an ID number (decoy if unknown)',
    tag: 'auth',
    auth: false,
    body: LookupRequestSchema,
    response: LookupResponseSchema,
    errors: ['VALIDATION', 'RATE_LIMITED'],
  },
  login: {
    method: 'POST',
    path: '/v1/auth/login',
    summary: 'Step 2 of login: password; returns an opaque session token',
    tag: 'auth',
    auth: false,
    body: LoginRequestSchema,
    response: LoginResponseSchema,
    errors: ['VALIDATION', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'RATE_LIMITED'],
  },
  logout: {
    method: 'POST',
    path: '/v1/auth/logout',
    summary: 'Ends the session; idempotent',
    tag: 'auth',
    auth: true,
    response: OkSchema,
    errors: ['SESSION_EXPIRED'],
  },
  keepAlive: {
    method: 'POST',
    path: '/v1/session/keepalive',
    summary: 'Extends the session',
    tag: 'auth',
    auth: true,
    response: SessionStatusSchema,
    errors: ['SESSION_EXPIRED'],
  },
  memberSummary: {
    method: 'GET',
    path: '/v1/members/me/summary',
    summary: 'Member header and products with balances',
    tag: 'members',
    auth: true,
    response: MemberSummarySchema,
    errors: ['SESSION_EXPIRED'],
  },
} as const satisfies Record<string, ApiRoute>

export type ApiRouteName = keyof typeof API_ROUTES
type RouteOf<N extends ApiRouteName> = (typeof API_ROUTES)[N]
export type ApiRequest<N extends ApiRouteName> =
  RouteOf<N> extends { body: z.ZodType } ? z.infer<RouteOf<N>['body']> : undefined
export type ApiResponse<N extends ApiRouteName> = z.infer<RouteOf<N>['response']>
