import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { printsPage } from './prints-page'
import { startFakePrinter } from './receipt-printer'

/**
 * `tsx sandbox/virtual-printer/cli.ts`: the virtual receipt printer `npm start` runs — an ESC/POS printer on a
 * loopback TCP port (it answers status queries as a ready printer) and, on another loopback port, a page
 * that shows every receipt as it would come out of the roll. Stdout carries one JSON line
 * ({"event":"listening",...}) for scripts.
 */
const USAGE = `Usage: tsx sandbox/virtual-printer/cli.ts [options]
  --port <n>        the printer's TCP port on 127.0.0.1 (default 0: any free port)
  --page-port <n>   the prints page's HTTP port on 127.0.0.1 (default 0: any free port)
  --help            this text`

function portOf(name: string, raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) > 65_535) {
    console.error(`--${name}: not a port number: ${raw}\n\n${USAGE}`)
    process.exit(2)
  }
  return Number(raw)
}

let values
try {
  ;({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'page-port': { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  }))
} catch (e) {
  console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`)
  process.exit(2)
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}

const printer = await startFakePrinter({ port: portOf('port', values.port) })
const page = createServer((req, res) => {
  const headers = {
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  }
  const jobs = printer.jobs.map((bytes, i) => ({ bytes, at: printer.receivedAt[i]! }))
  if (req.method === 'GET' && req.url === '/') {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
    res.end(printsPage(jobs, printer.url))
  } else if (req.method === 'GET' && req.url === '/jobs') {
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json' })
    res.end(JSON.stringify(jobs.map((j) => ({ at: j.at.toISOString(), bytes: j.bytes.toString('base64') }))))
  } else {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('not found')
  }
})
await new Promise<void>((resolve) =>
  page.listen(portOf('page-port', values['page-port']), '127.0.0.1', resolve),
)
const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`

const shutdown = async () => {
  page.close()
  await printer.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
process.stdout.write(`${JSON.stringify({ event: 'listening', url: printer.url, pageUrl })}\n`)
