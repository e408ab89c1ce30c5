import { createReadStream, existsSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import type { EventChannel } from '../../shared/ipc/channels'
import type { Envelope } from '../../shared/ipc/envelope'
import { HTTP_BRIDGE } from '../../shared/ipc/http-bridge'
import { ipcError } from '../../shared/ipc/errors'
import { validatedEmitter, type EmitEvent, type IpcRegistry } from '../ipc/registry'
import type { ServiceLogger } from '../services/logger'
import { createEventStreams } from './event-streams'
import { createIndexPage } from './index-page'
import { createLaunchToken } from './launch-token'
import { SECURITY_HEADERS } from './security-headers'
import { resolveStaticFile } from './static-files'

export interface WebShellOptions {
  registry: IpcRegistry
  /** The built renderer (out/renderer), with index.html at its root. */
  rendererDir: string
  host?: string
  port?: number
  logger: ServiceLogger
  /** Where the services' events come from (e.g. EventHub.subscribe); they are forwarded to the page. */
  subscribe?: (listener: (event: EventChannel, payload: unknown) => void) => () => void
  heartbeatMs?: number
  /** Called before the app document is served: a fresh page (reload, new tab) never inherits a session. */
  onPageStarted?: () => Promise<void>
}

export interface WebShell {
  /** http://host:port, without the launch token. */
  url: string
  /** The one link that admits a browser, once: opens the kiosk and sets its session cookie. */
  launchUrl: string
  emit: EmitEvent
  close(): Promise<void>
}

export const IPC_BODY_LIMIT = 16 * 1024

const NOT_LAUNCHED_PAGE =
  '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Acceso no autorizado</title></head>' +
  '<body><h1>Acceso no autorizado</h1><p>El quiosco debe abrirse con su enlace de inicio.</p></body></html>\n'

const LAUNCH_SPENT_PAGE =
  '<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Enlace ya usado</title></head>' +
  '<body><h1>Enlace ya usado</h1><p>Este enlace de inicio ya abrió el quiosco y no sirve otra vez. ' +
  'Reinicie el quiosco para obtener uno nuevo.</p>' +
  '<p lang="en">This start link has already opened the kiosk and cannot be used again. ' +
  'Restart the kiosk to get a new one.</p></body></html>\n'

const hostForUrl = (host: string) => (host.includes(':') ? `[${host}]` : host)
const pathOf = (url: string) => url.split('?', 1)[0] ?? '/'

/**
 * The browser shell: serves the built renderer and carries the IPC contract over loopback HTTP
 * (POST /ipc/:channel, Server-Sent Events on /events) for a Chromium window in app mode.
 */
export async function startWebShell({
  registry,
  onPageStarted,
  rendererDir,
  host = '127.0.0.1',
  port = 0,
  logger,
  subscribe,
  heartbeatMs = 15_000,
}: WebShellOptions): Promise<WebShell> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No index.html in ${rendererDir}: run npm run build`)
  }
  const root = realpathSync(rendererDir)
  const indexPage = createIndexPage(join(root, 'index.html'), registry)
  const launch = createLaunchToken()
  const streams = createEventStreams(heartbeatMs)
  // Known once listening; no request can arrive before.
  let authority = ''
  let origin = ''

  const app = fastify({
    logger: false,
    bodyLimit: IPC_BODY_LIMIT,
    return503OnClosing: true,
    // No implicit HEAD twins (e.g. of the event stream): only the routes below exist.
    exposeHeadRoutes: false,
    // Undecodable URLs: a terse 400 like every other refusal, still with the security headers.
    frameworkErrors: (_err, _req, reply) => badRequest(reply as unknown as FastifyReply),
  })
  const jsonParser = app.getDefaultJsonParser('error', 'error')
  app.removeAllContentTypeParsers()
  // An empty body is an empty payload (no-input channels); anything else must be JSON.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body.toString()
    return text === '' ? done(null, undefined) : jsonParser(req, text, done)
  })

  const isIpc = (req: FastifyRequest) =>
    req.url.startsWith(HTTP_BRIDGE.ipcPrefix) || pathOf(req.url) === HTTP_BRIDGE.eventsPath
  const refuse = (req: FastifyRequest, reply: FastifyReply, status: 401 | 403 | 404, reason: string) => {
    logger.warn({ path: pathOf(req.url).slice(0, 128), status, reason }, 'web: request refused')
    reply.code(status).header('cache-control', 'no-store')
    if (isIpc(req)) return reply.send({ ok: false, error: ipcError('FORBIDDEN') } satisfies Envelope<never>)
    return reply.type('text/plain; charset=utf-8').send(reason)
  }

  app.addHook('onRequest', async (req, reply) => {
    // DNS-rebinding guard: a page on another name that resolves to 127.0.0.1 sends its own Host.
    if (req.headers.host?.toLowerCase() !== authority) return refuse(req, reply, 403, 'unexpected Host')
  })
  app.addHook('onSend', async (_req, reply) => {
    reply.headers(SECURITY_HEADERS)
  })

  const serveIndex = async (
    req: FastifyRequest<{ Querystring: { launch?: unknown } }>,
    reply: FastifyReply,
  ) => {
    const redemption = req.query.launch === undefined ? null : launch.redeem(req.query.launch)
    if (redemption?.kind === 'admitted') {
      // Redirect so the token leaves the address bar and the history.
      return reply
        .header('set-cookie', redemption.setCookie)
        .header('cache-control', 'no-store')
        .redirect('/', 302)
    }
    if (redemption?.kind === 'spent') {
      // Whoever read the token from the process list comes second: it admits nobody else.
      logger.warn({ path: pathOf(req.url) }, 'web: spent launch token presented again')
      return refusalPage(reply, 403, LAUNCH_SPENT_PAGE)
    }
    if (!launch.inCookieHeader(req.headers.cookie)) {
      logger.warn({ path: pathOf(req.url) }, 'web: page requested without the launch cookie')
      return refusalPage(reply, 401, NOT_LAUNCHED_PAGE)
    }
    await onPageStarted?.()
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(await indexPage.render())
  }
  app.get('/', serveIndex)
  app.get('/index.html', serveIndex)

  const requireLaunchCookie = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!launch.inCookieHeader(req.headers.cookie)) return refuse(req, reply, 401, 'launch cookie missing')
  }

  app.post<{ Params: { channel: string } }>(
    `${HTTP_BRIDGE.ipcPrefix}:channel`,
    {
      bodyLimit: IPC_BODY_LIMIT,
      // Checked before the body is read.
      onRequest: [
        requireLaunchCookie,
        async (req, reply) => {
          if (req.headers.origin !== origin) return refuse(req, reply, 403, 'unexpected Origin')
          if (req.headers[HTTP_BRIDGE.header] !== HTTP_BRIDGE.headerValue) {
            return refuse(req, reply, 403, 'bridge header missing')
          }
        },
      ],
    },
    async (req, reply) => {
      const envelope = await registry.dispatch(req.params.channel, req.body)
      return reply.header('cache-control', 'no-store').send(envelope)
    },
  )

  app.get(HTTP_BRIDGE.eventsPath, { onRequest: requireLaunchCookie }, (req, reply) => {
    reply.hijack()
    streams.open(reply.raw, (listener) => req.raw.on('close', listener))
  })

  app.get('/*', async (req, reply) => {
    const file = resolveStaticFile(root, pathOf(req.url))
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Not found')
    // Pages may show member data once scripts run; only the launched browser gets them.
    if (file.type.startsWith('text/html') && !launch.inCookieHeader(req.headers.cookie)) {
      return refusalPage(reply, 401, NOT_LAUNCHED_PAGE)
    }
    return sendFile(reply, file.path, file.type)
  })

  app.setNotFoundHandler((req, reply) =>
    isIpc(req)
      ? refuse(req, reply, 404, 'no such route')
      : reply.code(404).type('text/plain; charset=utf-8').send('Not found'),
  )
  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
    if (status === 500) logger.error({ path: pathOf(req.url), err: err.message }, 'web: request failed')
    else logger.warn({ path: pathOf(req.url), status, code: err.code }, 'web: bad request')
    reply.code(status).header('cache-control', 'no-store')
    if (isIpc(req))
      return reply.send({ ok: false, error: ipcError(status === 500 ? 'INTERNAL' : 'VALIDATION') })
    return reply.type('text/plain; charset=utf-8').send(status === 500 ? 'Internal error' : 'Bad request')
  })

  const emit = validatedEmitter((event, payload) => streams.send(event, payload))
  const unsubscribe = subscribe?.((event, payload) => {
    try {
      emit(event, payload as never)
    } catch (e) {
      logger.error(
        { event, err: e instanceof Error ? e.message : String(e) },
        'web: event outside the contract dropped',
      )
    }
  })

  try {
    await app.listen({ host, port })
  } catch (e) {
    unsubscribe?.()
    streams.closeAll()
    await app.close()
    throw e
  }
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('web shell: no TCP address')
  authority = `${hostForUrl(host)}:${address.port}`.toLowerCase()
  origin = `http://${authority}`
  logger.info({ url: origin }, 'web: listening')

  return {
    url: origin,
    launchUrl: `${origin}/?launch=${launch.value}`,
    emit,
    async close() {
      unsubscribe?.()
      // Open event streams would otherwise hold the server open.
      streams.closeAll()
      await app.close()
    },
  }
}

/** A page that keeps someone out of the kiosk: never cached, so a later start is asked afresh. */
function refusalPage(reply: FastifyReply, status: 401 | 403, html: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
}

function badRequest(reply: FastifyReply) {
  return reply.code(400).headers(SECURITY_HEADERS).type('text/plain; charset=utf-8').send('Bad request')
}

function sendFile(reply: FastifyReply, path: string, type: string) {
  reply.type(type)
  if (type.startsWith('text/html')) reply.header('cache-control', 'no-store')
  else reply.header('cache-control', 'no-cache')
  return reply.send(createReadStream(path))
}
