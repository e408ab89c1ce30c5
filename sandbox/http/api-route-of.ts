import type { FastifyRequest } from 'fastify'
import { API_ROUTES, type ApiRouteName } from '../../shared/api/routes'

const byMethodAndPath = new Map<string, ApiRouteName>(
  (Object.keys(API_ROUTES) as ApiRouteName[]).map((name) => [
    `${API_ROUTES[name].method} ${API_ROUTES[name].path}`,
    name,
  ]),
)

/** The API_ROUTES entry a request was routed to (undefined for /openapi.json, /sandbox/*, 404s). */
export function apiRouteOf(request: FastifyRequest): ApiRouteName | undefined {
  const url = request.routeOptions.url
  return url === undefined ? undefined : byMethodAndPath.get(`${request.method} ${url}`)
}
