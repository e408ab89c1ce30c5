import { createServer, type AddressInfo, type Socket } from 'node:net'

/** What the fake printer answers to ESC/POS `DLE EOT n` (real-time status); `silent` never answers. */
export type FakePrinterStatus =
  { online?: boolean; coverOpen?: boolean; paper?: 'ok' | 'near-end' | 'out'; error?: boolean } | 'silent'

/** The status bytes an Epson printer sends for `DLE EOT n` (fixed bits 1 and 4 set). */
export function statusByte(n: number, status: Exclude<FakePrinterStatus, 'silent'>): number {
  const paper = status.paper ?? 'ok'
  switch (n) {
    case 1:
      return 0x12 | (status.online === false ? 0x08 : 0)
    case 2:
      return 0x12 | (status.coverOpen ? 0x04 : 0) | (paper === 'out' ? 0x20 : 0) | (status.error ? 0x40 : 0)
    case 4:
      return 0x12 | (paper === 'ok' ? 0 : 0x0c) | (paper === 'out' ? 0x60 : 0)
    default:
      return 0x12
  }
}

/**
 * A real TCP server on loopback that plays a network receipt printer — the tests' printer, and the
 * virtual one `npm start` runs (cli.ts) (raw port 9100 style): it keeps
 * what each connection sends as one job, and answers `DLE EOT n` status queries as the printer would
 * (`status`, changeable with `setStatus`). A connection that only asked for status is not a job.
 * `resetAfterFirstChunk` plays a printer that drops the connection halfway (paper out, power cut).
 */
export interface FakePrinter {
  url: string
  port: number
  jobs: Buffer[]
  /** When each job arrived, in the same order. */
  receivedAt: Date[]
  /** How many `DLE EOT` queries arrived (answered or not). */
  statusQueries: number
  setStatus(status: FakePrinterStatus): void
  /** Resolves once `n` jobs have arrived. */
  waitForJobs(n: number, timeoutMs?: number): Promise<Buffer[]>
  close(): Promise<void>
}

export async function startFakePrinter(
  opts: { port?: number; resetAfterFirstChunk?: boolean; status?: FakePrinterStatus } = {},
): Promise<FakePrinter> {
  const jobs: Buffer[] = []
  const receivedAt: Date[] = []
  let status: FakePrinterStatus = opts.status ?? {}
  let statusQueries = 0
  const sockets = new Set<Socket>()
  const waiters: (() => void)[] = []
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    const chunks: Buffer[] = []
    let received = Buffer.alloc(0)
    let scanned = 0
    let queryBytes = 0
    socket.on('data', (chunk) => {
      if (opts.resetAfterFirstChunk) {
        socket.resetAndDestroy()
        return
      }
      chunks.push(chunk)
      // DLE EOT n may arrive split across chunks: scan the whole stream from where the last scan stopped.
      received = Buffer.concat([received, chunk])
      for (; scanned + 2 < received.length; scanned++) {
        if (received[scanned] !== 0x10 || received[scanned + 1] !== 0x04) continue
        statusQueries++
        queryBytes += 3
        if (status !== 'silent') socket.write(Buffer.from([statusByte(received[scanned + 2]!, status)]))
        scanned += 2
      }
    })
    socket.on('end', () => {
      const job = Buffer.concat(chunks)
      if (queryBytes === 0 || job.length > queryBytes) {
        jobs.push(job)
        receivedAt.push(new Date())
      }
      socket.end()
      for (const w of waiters.splice(0)) w()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `tcp://127.0.0.1:${port}`,
    port,
    jobs,
    receivedAt,
    get statusQueries() {
      return statusQueries
    },
    setStatus(next) {
      status = next
    },
    async waitForJobs(n, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs
      while (jobs.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} print jobs, got ${jobs.length}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
      return jobs.slice(0, n)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** A loopback port that was free a moment ago: nothing listens there until a test starts a printer on it. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
