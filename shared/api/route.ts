import type { z } from 'zod'
import type { ErrorCode } from '../ipc/errors'

/** One endpoint of the cooperative API: the sandbox serves it, main calls it, OpenAPI documents it. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Fastify style: `/v1/products/:productId` (OpenAPI shows `{productId}`). */
  path: string
  summary: string
  /** The rules a core must keep beyond the schemas: limits, their error codes and why they hold. */
  description?: string
  tag: string
  /** Bearer session token required. */
  auth: boolean
  /** Whose token it takes: members' by default; 'staff' routes refuse member tokens (sandbox/staff). */
  principal?: 'staff'
  /** The `:name` segments of `path`, one key each (values arrive as strings). */
  params?: z.ZodObject
  /** Query string fields (values arrive as strings: numbers use z.coerce). */
  query?: z.ZodObject
  body?: z.ZodType
  /** Money operations: the `Idempotency-Key` header's schema (required; see shared/api/payments.ts). */
  idempotencyKey?: z.ZodType
  response: z.ZodType
  errors: readonly ErrorCode[]
  /** Routes that carry a document (a base64 PDF): the largest body taken, bytes (others: the API's 16 KiB). */
  bodyLimit?: number
}

/** The `:name` segments of a route path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)
}
