import type {
  ApiBody,
  ApiParams,
  ApiQuery,
  ApiResponse,
  ApiRouteName,
  API_ROUTES,
} from '../../shared/api/routes'

/** What a handler receives once the route wrapper has checked the request. */
export interface RouteContext<N extends ApiRouteName> {
  /** The body, already parsed by the route's zod schema. */
  body: ApiBody<N>
  /** Path parameters and query, parsed by the route's schemas (undefined when it has none). */
  params: ApiParams<N>
  query: ApiQuery<N>
  /** The bearer token of routes with `auth: true` (present and well-formed, not yet looked up). */
  bearer: (typeof API_ROUTES)[N]['auth'] extends true ? string : undefined
  requestId: string
  /** The parsed Idempotency-Key header of routes that declare one (undefined otherwise). */
  idempotencyKey: (typeof API_ROUTES)[N] extends { idempotencyKey: unknown } ? string : undefined
  /** The key id of the device whose signature the request carried (undefined when unsigned, --dev-unsigned). */
  deviceKey: string | undefined
}

/** One handler per API route, keyed by route name: the compiler flags any route left unserved. */
export type RouteHandlers = {
  [N in ApiRouteName]: (ctx: RouteContext<N>) => ApiResponse<N> | Promise<ApiResponse<N>>
}
