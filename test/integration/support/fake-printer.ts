import { createServer, type AddressInfo, type Socket } from 'node:net'

/**
 * A real TCP server on loopback that plays a network receipt printer (raw port 9100 style): it keeps
 * what each connection sends as one job. `resetAfterFirstChunk` plays a printer that drops the
 * connection halfway (paper out, power cut).
 */
export interface FakePrinter {
  url: string
  port: number
  jobs: Buffer[]
  /** Resolves once `n` jobs have arrived. */
  waitForJobs(n: number, timeoutMs?: number): Promise<Buffer[]>
  close(): Promise<void>
}

export async function startFakePrinter(
  opts: { port?: number; resetAfterFirstChunk?: boolean } = {},
): Promise<FakePrinter> {
  const jobs: Buffer[] = []
  const sockets = new Set<Socket>()
  const waiters: (() => void)[] = []
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => {
      if (opts.resetAfterFirstChunk) {
        socket.resetAndDestroy()
        return
      }
      chunks.push(chunk)
    })
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks))
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
