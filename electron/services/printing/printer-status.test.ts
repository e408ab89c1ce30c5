import { describe, expect, it } from 'vitest'
import { decodeStatus, dleEot, isStatusByte } from './printer-status'

// Bytes as the Epson ESC/POS reference gives them for DLE EOT 1, 2 and 4 (fixed bits 1 and 4 set).
describe('DLE EOT status bytes', () => {
  it('reads a ready printer', () => {
    expect(decodeStatus(0x12, 0x12, 0x12)).toEqual({
      online: true,
      coverOpen: false,
      paper: 'ok',
      paperStop: false,
      error: false,
    })
  })

  it('reads offline, cover open, paper near its end and out, and an error', () => {
    expect(decodeStatus(0x1a, 0x12, 0x12).online).toBe(false)
    expect(decodeStatus(0x12, 0x16, 0x12).coverOpen).toBe(true)
    expect(decodeStatus(0x12, 0x12, 0x1e).paper).toBe('near-end')
    expect(decodeStatus(0x12, 0x32, 0x7e)).toMatchObject({ paper: 'out', paperStop: true })
    // Paper out with the near-end sensor still reading paper (a printer with one sensor only).
    expect(decodeStatus(0x12, 0x12, 0x72).paper).toBe('out')
    expect(decodeStatus(0x12, 0x52, 0x12).error).toBe(true)
  })

  it('tells status bytes from anything else, and writes the query', () => {
    expect([0x12, 0x16, 0x1a, 0x1e, 0x72, 0x7e].every(isStatusByte)).toBe(true)
    expect([0x00, 0x10, 0x13, 0x92, 0xff].some(isStatusByte)).toBe(false)
    expect([...dleEot(4)]).toEqual([0x10, 0x04, 0x04])
  })
})
