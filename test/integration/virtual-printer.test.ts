import { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildProcess } from 'node:child_process'
import { encodeReceipt } from '../../electron/services/printing/escpos-encoder'
import { layoutReceipt } from '../../electron/services/printing/receipt-model'
import { miniStatementReceipt } from '../../electron/services/printing/receipts/mini-statement-receipt'
import { CONTEXT, manyMovements, MEMBER, movementsPage, SAVINGS } from '../support/print-fixtures'
import { startService, stop } from '../../scripts/lib/run.mjs'

/** The virtual receipt printer as `npm start` runs it: its own process, a real socket, its page. */
let child: ChildProcess
let info: { url: string; pageUrl: string }
beforeAll(async () => {
  const s = await startService(process.execPath, ['--import', 'tsx', 'sandbox/virtual-printer/cli.ts'], {
    name: 'virtual printer',
  })
  child = s.child
  info = { url: s.info.url, pageUrl: String(s.info.pageUrl) }
})
afterAll(() => stop(child))

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

function send(bytes: Uint8Array): Promise<void> {
  const [host, port] = info.url.replace('tcp://', '').split(':') as [string, string]
  return new Promise((resolve, reject) => {
    const socket = new Socket()
    socket.once('error', reject)
    socket.connect(Number(port), host, () => socket.end(bytes, () => resolve()))
  })
}

describe('the virtual receipt printer', () => {
  it('says nothing printed yet, then shows a receipt as its text, newest first', async () => {
    const empty = await (await fetch(info.pageUrl)).text()
    expect(empty).toContain('Todavía no se ha impreso nada')
    const context = CONTEXT()
    const movements = movementsPage(1_000_000_00, manyMovements(5), 'desc')
    const receipt = layoutReceipt(miniStatementReceipt(context, MEMBER, SAVINGS, movements), {
      columns: 42,
      codePage: 'PC850',
    })
    await send(encodeReceipt(receipt, { columns: 42, codePage: 'PC850' }))
    let page = ''
    for (let i = 0; i < 50 && !page.includes('data-testid="print-job"'); i++) {
      page = await (await fetch(info.pageUrl)).text()
      if (!page.includes('data-testid="print-job"')) await new Promise((r) => setTimeout(r, 50))
    }
    expect(page).toContain('1 trabajo / job')
    // The text a member would read on the paper, accents through the printer's code page included.
    const lines = receipt.map((l) => ('text' in l ? l.text : '')).filter((t) => t.trim().length > 0)
    expect(lines.length).toBeGreaterThan(5)
    for (const text of lines.slice(0, 5)) expect(page).toContain(escapeHtml(text.trim()))
    const res = await fetch(info.pageUrl)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    const jobs = (await (await fetch(new URL('/jobs', info.pageUrl))).json()) as { bytes: string }[]
    expect(jobs).toHaveLength(1)
    expect((await fetch(new URL('/nope', info.pageUrl))).status).toBe(404)
  })
})
