import { connect, type Socket } from 'node:net'
import { PrintError, type PrinterTransport } from './printer-transport'

export interface TcpTransportOptions {
  /** `tcp://host:port` (validated by the config schema). */
  url: string
  /** Limit for connecting and for the printer to take the job. */
  timeoutMs: number
  /**
   * After the job is flushed, how long to wait for the printer to close its side. A reset in that
   * window means the job was cut short; silence means it was taken (many printers never close first).
   */
  settleMs?: number
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

/**
 * Raw TCP to a network receipt printer (port 9100 "JetDirect" style), with node's `net` only — the
 * same wire node-thermal-printer's `tcp://` interface uses, plus what a kiosk needs to tell the member
 * the truth: a connection refused is "unreachable", a reset while sending is "interrupted".
 */
export function createTcpTransport({
  url,
  timeoutMs,
  settleMs = 300,
}: TcpTransportOptions): PrinterTransport {
  const m = /^tcp:\/\/(.+):(\d+)$/.exec(url)
  if (!m) throw new Error(`not a tcp://host:port printer URL: ${url}`)
  const host = m[1]!.replace(/^\[(.*)\]$/, '$1')
  const port = Number(m[2])
  return {
    target: url,
    send: (job) => sendJob(host, port, job, timeoutMs, settleMs),
  }
}

function sendJob(host: string, port: number, job: Buffer, timeoutMs: number, settleMs: number) {
  return new Promise<void>((resolve, reject) => {
    let connected = false
    let flushed = false
    let done = false
    let settleTimer: NodeJS.Timeout | undefined
    const socket: Socket = connect({ host, port })
    const finish = (error?: PrintError) => {
      if (done) return
      done = true
      clearTimeout(deadline)
      clearTimeout(settleTimer)
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    const deadline = setTimeout(
      () =>
        finish(
          connected
            ? new PrintError('timeout', `printer ${host}:${port} did not take the job in ${timeoutMs} ms`)
            : new PrintError('unreachable', `no connection to printer ${host}:${port} in ${timeoutMs} ms`),
        ),
      timeoutMs,
    )
    socket.on('connect', () => {
      connected = true
      socket.end(job, () => {
        flushed = true
        settleTimer = setTimeout(() => finish(), settleMs)
      })
    })
    // The printer may answer (status bytes); nobody asked, so drain and ignore.
    socket.on('data', () => {})
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (!connected && UNREACHABLE.has(e.code ?? ''))
        finish(new PrintError('unreachable', `printer ${host}:${port}: ${e.code}`))
      else
        finish(
          new PrintError('interrupted', `printer ${host}:${port} dropped the job: ${e.code ?? e.message}`),
        )
    })
    socket.on('close', (hadError) => {
      if (hadError) return // 'error' said why
      if (flushed) finish()
      else finish(new PrintError('interrupted', `printer ${host}:${port} closed before taking the whole job`))
    })
  })
}
