import type { FastifyInstance, FastifyRequest } from 'fastify'

/** The exact body text of JSON requests: the device signature's Content-Digest is over these bytes. */
const rawBodies = new WeakMap<FastifyRequest, string>()
export const rawBodyOf = (request: FastifyRequest): string | undefined => rawBodies.get(request)

/**
 * Fastify's JSON parser (with its prototype-poisoning guards), except that an empty body parses to
 * undefined: clients may send `Content-Type: application/json` on body-less POSTs such as logout.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    rawBodies.set(request, text)
    if (text.trim() === '') done(null, undefined)
    else parseJson(request, text, done)
  })
}
