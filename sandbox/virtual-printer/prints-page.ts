import { decodeEscPos, type DecodedLine } from './escpos-decoder'

/** One job the virtual receipt printer received. */
export interface PrintedJob {
  at: Date
  bytes: Buffer
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function lineHtml(l: DecodedLine): string {
  const cls = [`al-${l.align}`, l.bold ? 'b' : '', l.height > 1 || l.width > 1 ? 'big' : ''].filter(Boolean)
  return `<div class="${cls.join(' ')}">${escape(l.text) || '&nbsp;'}</div>`
}

/** A job as it would come out of the roll: its lines with alignment and emphasis, its QR as its text. */
function jobHtml(job: PrintedJob, n: number): string {
  let body: string
  try {
    const receipt = decodeEscPos(job.bytes)
    body =
      receipt.lines.map(lineHtml).join('') +
      receipt.qr.map((q) => `<div class="qr al-center">[QR] ${escape(q)}</div>`).join('') +
      (receipt.cuts ? '<div class="cut">✂ - - - - - - - - - - - - - - - -</div>' : '')
  } catch (e) {
    // A job the reader does not understand is shown as such, never hidden: it is a finding.
    body = `<div class="bad">No se pudo leer el trabajo (${escape(e instanceof Error ? e.message : String(e))}); ${job.bytes.length} bytes.</div>`
  }
  const time = job.at.toISOString().replace('T', ' ').slice(0, 19)
  return `<article class="job" data-testid="print-job"><h2>#${n} · ${time} UTC</h2><div class="roll">${body}</div></article>`
}

/**
 * The page of the virtual printers: every receipt printed in this run, newest first, reloaded every
 * two seconds. Plain HTML with no script: it needs none.
 */
export function printsPage(jobs: readonly PrintedJob[], printerUrl: string): string {
  const list = jobs.length
    ? jobs
        .map((j, i) => jobHtml(j, i + 1))
        .reverse()
        .join('\n')
    : '<p data-testid="no-prints">Todavía no se ha impreso nada. / Nothing printed yet.</p>'
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<title>Impresora virtual de recibos</title>
<style>
body{font-family:system-ui,sans-serif;background:#eef1ef;color:#121c17;margin:2rem}
h1{font-size:1.5rem}.job{margin:1.5rem 0}.job h2{font-size:1rem;color:#46554d}
.roll{font-family:'DejaVu Sans Mono',monospace;background:#fff;width:42ch;padding:1rem 1.25rem;box-shadow:0 2px 8px rgb(0 0 0/.15);white-space:pre}
.al-center{text-align:center}.al-right{text-align:right}.b{font-weight:700}.big{font-size:1.6em}
.qr{color:#164f86;white-space:normal;word-break:break-all}.cut{color:#8a9a91}.bad{color:#a3191f;white-space:normal}
</style></head><body>
<h1>Impresora virtual de recibos · Virtual receipt printer</h1>
<p>${escape(printerUrl)} · ${jobs.length} ${jobs.length === 1 ? 'trabajo / job' : 'trabajos / jobs'}</p>
${list}
</body></html>
`
}
