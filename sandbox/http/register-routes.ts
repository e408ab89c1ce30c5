import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import { API_ROUTES, type ApiRoute, type ApiRouteName } from '../../shared/api/routes'
import { KioskError } from '../../shared/ipc/errors'
import type { RouteHandlers } from './route-handlers'
import { bearerToken } from './bearer'
import { deviceKeyOf } from './device-key'

type AnyHandler = (ctx: {
  body: unknown
  params: unknown
  query: unknown
  bearer: string | undefined
  requestId: string
  idempotencyKey: string | undefined
  deviceKey: string | undefined
}) => unknown

const issuesOf = (e: z.ZodError) =>
  e.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))

/** Parses one part of the request with its schema; a mismatch is a 400 VALIDATION naming the part. */
function parsePart(schema: z.ZodType | undefined, value: unknown, part: string): unknown {
  if (!schema) return undefined
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new KioskError('VALIDATION', `Request ${part} does not match the schema`, {
      issues: issuesOf(parsed.error),
    })
  return parsed.data
}

/**
 * Serves every entry of API_ROUTES from the handler map: method and path come only from the table.
 * Each request is checked (bearer token, path, query and body schemas) before its handler runs, and each result is
 * checked against the response schema, so the sandbox cannot drift from the contract unnoticed.
 */
export function registerApiRoutes(app: FastifyInstance, handlers: RouteHandlers): void {
  for (const name of Object.keys(API_ROUTES) as ApiRouteName[]) {
    const route: ApiRoute = API_ROUTES[name]
    const handler = handlers[name] as AnyHandler
    app.route({
      method: route.method,
      url: route.path,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: async (request) => {
        const bearer = route.auth ? bearerToken(request.headers.authorization) : undefined
        const params = parsePart(route.params, request.params, 'path')
        const query = parsePart(route.query, request.query, 'query')
        const body = parsePart(route.body, request.body, 'body')
        const idempotencyKey = parsePart(
          route.idempotencyKey,
          request.headers['idempotency-key'],
          'header',
        ) as string | undefined
        const result = route.response.safeParse(
          await handler({
            body,
            params,
            query,
            bearer,
            requestId: request.id,
            idempotencyKey,
            deviceKey: deviceKeyOf(request),
          }),
        )
        if (!result.success) {
          request.log.error({ route: name, issues: issuesOf(result.error) }, 'response outside the contract')
          throw new KioskError('INTERNAL', 'Internal error')
        }
        return result.data
      },
    })
  }
}
