import type { FastifyError, FastifyInstance } from 'fastify'
import type { ApiErrorBody } from '../../shared/api/errors'
import { ERROR_CODES, KioskError, type ErrorCode, type ErrorDetails } from '../../shared/ipc/errors'

export function apiErrorBody(
  code: ErrorCode,
  message: string,
  requestId: string,
  details?: ErrorDetails,
): ApiErrorBody {
  return { error: { code, message, requestId, ...(details ? { details } : {}) } }
}

/** Fastify's own client errors (bad JSON, wrong content type, too large) become VALIDATION. */
function clientErrorMessage(err: FastifyError): string {
  if (err.statusCode === 415) return 'Unsupported content type: send application/json'
  if (err.statusCode === 413) return 'Request body too large'
  // Not err.message: JSON parse errors quote the body, which may hold a password.
  return 'Malformed request'
}

/** Every failure answers the ApiError body with the HTTP status that ERROR_CODES assigns to its code. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let code: ErrorCode
    let message: string
    let details: ErrorDetails | undefined
    if (err instanceof KioskError) {
      ;({ code, message, details } = err)
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      code = 'VALIDATION'
      message = clientErrorMessage(err)
      request.log.warn({ fastifyCode: err.code, statusCode: err.statusCode }, 'client error')
    } else {
      code = 'INTERNAL'
      message = 'Internal error'
      request.log.error({ err }, 'unhandled error')
    }
    void reply.status(ERROR_CODES[code].httpStatus).send(apiErrorBody(code, message, request.id, details))
  })
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(apiErrorBody('NOT_FOUND', 'No such route', request.id))
  })
}
