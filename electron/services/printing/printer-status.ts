import { connect } from 'node:net'
import { PrintError } from './printer-transport'

/** What an Epson-compatible printer reports about itself over ESC/POS `DLE EOT n` (real-time status). */
export interface PrinterStatusReading {
  online: boolean
  coverOpen: boolean
  paper: 'ok' | 'near-end' | 'out'
  /** Printing stopped because the paper ran out (n=2, bit 5). */
  paperStop: boolean
  /** The printer says an error occurred (n=2, bit 6: cutter jam, head overheated…). */
  error: boolean
}

/** `DLE EOT n`: 1 printer status, 2 offline cause, 4 roll paper sensor. */
export const DLE_EOT = { printer: 1, offline: 2, paper: 4 } as const
export const dleEot = (n: number): Buffer => Buffer.from([0x10, 0x04, n])

/** Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not an answer. */
export const isStatusByte = (b: number): boolean => (b & 0x93) === 0x12

/** Decodes the three status bytes (Epson ESC/POS reference, DLE EOT). */
export function decodeStatus(printer: number, offline: number, paper: number): PrinterStatusReading {
  const nearEnd = (paper & 0x0c) === 0x0c
  const out = (paper & 0x60) === 0x60
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offline & 0x04) !== 0,
    paper: out ? 'out' : nearEnd ? 'near-end' : 'ok',
    paperStop: (offline & 0x20) !== 0,
    error: (offline & 0x40) !== 0,
  }
}

export interface StatusQueryOptions {
  /** `tcp://host:port` (validated by the config schema). */
  url: string
  /** For connecting and for all three answers together: a printer that stays silent is "timeout". */
  timeoutMs: number
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * Asks a network printer for its status: one connection, the three `DLE EOT` queries one after the
 * other (each answered by one byte before the next is sent, as the printer processes them in real time).
 * Rejects with PrintError: `unreachable` (no connection), `timeout` (connected, no answer; many cheap
 * clones never answer on the network port), `interrupted` (dropped, or bytes that are no status).
 */
export function readTcpPrinterStatus({ url, timeoutMs }: StatusQueryOptions): Promise<PrinterStatusReading> {
  const m = /^tcp:\/\/(.+):(\d+)$/.exec(url)
  if (!m) return Promise.reject(new Error(`not a tcp://host:port printer URL: ${url}`))
  const host = m[1]!.replace(/^\[(.*)\]$/, '$1')
  const port = Number(m[2])
  const queries = [DLE_EOT.printer, DLE_EOT.offline, DLE_EOT.paper]
  return new Promise((resolve, reject) => {
    const answers: number[] = []
    let connected = false
    let done = false
    const socket = connect({ host, port })
    const finish = (error: PrintError | null) => {
      if (done) return
      done = true
      clearTimeout(deadline)
      socket.destroy()
      if (error) reject(error)
      else resolve(decodeStatus(answers[0]!, answers[1]!, answers[2]!))
    }
    const deadline = setTimeout(
      () =>
        finish(
          connected
            ? new PrintError('timeout', `printer ${host}:${port} did not answer DLE EOT in ${timeoutMs} ms`)
            : new PrintError('unreachable', `no connection to printer ${host}:${port} in ${timeoutMs} ms`),
        ),
      timeoutMs,
    )
    socket.on('connect', () => {
      connected = true
      socket.write(dleEot(queries[0]!))
    })
    socket.on('data', (chunk) => {
      for (const b of chunk) {
        if (!isStatusByte(b)) {
          finish(new PrintError('interrupted', `printer ${host}:${port} answered 0x${b.toString(16)}`))
          return
        }
        answers.push(b)
        if (answers.length === queries.length) {
          socket.end()
          finish(null)
          return
        }
        socket.write(dleEot(queries[answers.length]!))
      }
    })
    socket.on('error', (e: NodeJS.ErrnoException) =>
      finish(
        !connected && UNREACHABLE.has(e.code ?? '')
          ? new PrintError('unreachable', `printer ${host}:${port}: ${e.code}`)
          : new PrintError('interrupted', `printer ${host}:${port}: ${e.code ?? e.message}`),
      ),
    )
    socket.on('close', () =>
      finish(new PrintError('interrupted', `printer ${host}:${port} closed before answering`)),
    )
  })
}
