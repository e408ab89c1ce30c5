import { createServer, type AddressInfo, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTcpPrinterStatus } from '../../electron/services/printing/printer-status'
import { freePort, startFakePrinter, type FakePrinter } from './support/fake-printer'

// DLE EOT over a real loopback socket: the fake printer answers each query with its status byte.

let printer: FakePrinter
beforeAll(async () => {
  printer = await startFakePrinter()
})
afterAll(() => printer?.close())

const read = (url = printer.url, timeoutMs = 1000) => readTcpPrinterStatus({ url, timeoutMs })

describe('readTcpPrinterStatus', () => {
  it('asks the three statuses on one connection, and that connection is no print job', async () => {
    const queries = printer.statusQueries
    printer.setStatus({ paper: 'near-end' })
    expect(await read()).toEqual({
      online: true,
      coverOpen: false,
      paper: 'near-end',
      paperStop: false,
      error: false,
    })
    printer.setStatus({ paper: 'out', coverOpen: true })
    expect(await read()).toMatchObject({ coverOpen: true, paper: 'out', paperStop: true })
    expect(printer.statusQueries - queries).toBe(6)
    expect(printer.jobs).toEqual([])
    printer.setStatus({})
  })

  it('times out on a printer that never answers, and says unreachable when nothing listens', async () => {
    printer.setStatus('silent')
    await expect(read(printer.url, 600)).rejects.toMatchObject({ reason: 'timeout' })
    printer.setStatus({})
    await expect(read(`tcp://127.0.0.1:${await freePort()}`)).rejects.toMatchObject({ reason: 'unreachable' })
  })

  it.each([
    ['answers bytes that are no status', (socket: Socket) => socket.write(Buffer.from([0xff]))],
    ['hangs up without answering', (socket: Socket) => socket.end()],
  ])('refuses a printer that %s', async (_what, answer) => {
    const server = createServer((socket) => {
      socket.on('error', () => {})
      socket.once('data', () => answer(socket))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`
      await expect(read(url)).rejects.toMatchObject({ reason: 'interrupted' })
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
