import type { z } from 'zod'
import type { ErrorCode } from '../ipc/errors'

/** One endpoint of the cooperative API: the sandbox serves it, main calls it, OpenAPI documents it. */
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
