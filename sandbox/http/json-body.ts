import type { FastifyInstance } from 'fastify'

/**
 * Fastify's JSON parser (with its prototype-poisoning guards), except that an empty body parses to
 * undefined: clients may send `Content-Type: application/json` on body-less POSTs such as logout.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8')
    if (text.trim() === '') done(null, undefined)
    else parseJson(request, text, done)
  })
}
