import { z } from 'zod'
import { ERROR_CODES, type ErrorCode } from '../ipc/errors'
import { ApiErrorBodySchema } from './errors'
import { API_ROUTES, type ApiRoute } from './routes'

const componentRef = (id: string) => `#/components/schemas/${id}`

function refTo(schema: z.ZodType): { $ref: string } {
  const id = z.globalRegistry.get(schema)?.id
  if (!id) throw new Error('every API body and response schema needs .meta({ id }) to appear in OpenAPI')
  return { $ref: componentRef(id) }
}

/** Component schemas reachable from the given roots (the registry also holds IPC-only schemas). */
function reachableComponents(all: Record<string, Record<string, unknown>>, roots: string[]) {
  const out: Record<string, unknown> = {}
  const queue = [...roots]
  while (queue.length) {
    const id = queue.pop()!
    if (id in out || !all[id]) continue
    const { $schema: _s, $id: _i, ...schema } = all[id]
    out[id] = schema
    for (const m of JSON.stringify(schema).matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+)/g))
      queue.push(m[1]!)
  }
  return out
}

/** A JSON Schema for one parameter, inlined (parameters are plain strings, numbers and enums). */
function parameterSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, id: _id, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return rest
}

/** OpenAPI parameters for a route's path segments and query fields. */
function parametersOf(route: ApiRoute): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const [name, field] of Object.entries(route.params?.shape ?? {}) as [string, z.ZodType][])
    out.push({ name, in: 'path', required: true, schema: parameterSchema(field) })
  if (route.idempotencyKey)
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: parameterSchema(route.idempotencyKey),
    })
  for (const [name, field] of Object.entries(route.query?.shape ?? {}) as [string, z.ZodType][]) {
    const description = field.description ?? z.globalRegistry.get(field)?.description
    out.push({
      name,
      in: 'query',
      required: !field.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: parameterSchema(field),
    })
  }
  return out
}

/** A query schema's own description (its cross-field rules), for the operation description. */
const queryRules = (query: z.ZodType): string =>
  z.globalRegistry.get(query)?.description ?? 'See the query parameters.'

/** The route's own rules and, for queries, their cross-field rules: one operation description. */
function descriptionOf(route: ApiRoute): { description?: string } {
  const parts = [route.description, route.query ? queryRules(route.query) : undefined].filter(Boolean)
  return parts.length ? { description: parts.join('\n\n') } : {}
}

/** `/v1/products/:productId` → `/v1/products/{productId}`. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}')

/**
 * Every signed-in route can answer an expired session, and (until the member finishes a pending
 * setup step: new password, security image…) SETUP_REQUIRED: the sandbox enforces both in one hook,
 * so they are documented here once rather than repeated in each route table.
 */
const SIGNED_IN_ERRORS: readonly ErrorCode[] = ['SESSION_EXPIRED', 'SETUP_REQUIRED']

/** Every route but enrollment needs the device signature (shared/api/devices.ts): one hook, documented once. */
const DEVICE_SIGNED_ERRORS: readonly ErrorCode[] = ['DEVICE_UNAUTHORIZED', 'DEVICE_REVOKED']
const isDeviceSigned = (route: ApiRoute) => route.path !== '/v1/devices/enroll'

function documentedErrors(route: ApiRoute): ErrorCode[] {
  return [
    ...new Set([
      ...route.errors,
      ...(route.auth ? SIGNED_IN_ERRORS : []),
      ...(isDeviceSigned(route) ? DEVICE_SIGNED_ERRORS : []),
    ]),
  ]
}

/** Builds the OpenAPI 3.1 document (JSON Schema 2020-12, which zod emits) from the route table. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  const roots = new Set<string>()
  const json = (schema: z.ZodType) => {
    const ref = refTo(schema)
    roots.add(ref.$ref.split('/').pop()!)
    return { 'application/json': { schema: ref } }
  }
  for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][]) {
    const responses: Record<string, { description: string; content: unknown }> = {
      '200': { description: 'OK', content: json(route.response) },
    }
    for (const code of documentedErrors(route)) {
      const status = String(ERROR_CODES[code].httpStatus)
      const prev = responses[status]
      responses[status] = {
        description: prev ? `${prev.description}, ${code}` : code,
        content: json(ApiErrorBodySchema),
      }
    }
    const path = openApiPath(route.path)
    const parameters = parametersOf(route)
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        operationId: name,
        summary: route.summary,
        ...descriptionOf(route),
        tags: [route.tag],
        // The document's default is the device signature alone; enrollment needs none.
        ...(route.auth ? { security: [{ session: [], deviceSignature: [] }] } : {}),
        ...(isDeviceSigned(route) ? {} : { security: [] }),
        ...(parameters.length ? { parameters } : {}),
        ...(route.body ? { requestBody: { required: true, content: json(route.body) } } : {}),
        responses,
      },
    }
  }
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: componentRef }) as {
    schemas: Record<string, Record<string, unknown>>
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cooperativa Kiosk — cooperative core API',
      version,
      description:
        'The contract between the kiosk and a cooperative core-banking system. Money is integer minor units plus an ISO 4217 currency. Every error has the ApiError body.',
    },
    security: [{ deviceSignature: [] }],
    components: {
      securitySchemes: {
        session: { type: 'http', scheme: 'bearer', description: 'Opaque session token from login' },
        deviceSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'Signature',
          description:
            'HTTP Message Signature (RFC 9421) of the kiosk device key enrolled at /v1/devices/enroll: Signature-Input `kiosk=("@method" "@path" "date" "content-digest");created=…;keyid="dev-…";alg="ed25519"`, with Date and Content-Digest (RFC 9530, sha-256) headers; created and Date within 300 s.',
        },
      },
      schemas: reachableComponents(all.schemas, [...roots]),
    },
    paths,
  }
}
