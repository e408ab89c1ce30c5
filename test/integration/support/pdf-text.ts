import { execFileSync } from 'node:child_process'

/** The text of a PDF as poppler's `pdftotext -layout` reads it (pages separated by form feeds). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

/** Page count as poppler's `pdfinfo` reports it. */
export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const m = /^Pages:\s+(\d+)$/m.exec(info)
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`)
  return Number(m[1])
}

/** Collapses runs of spaces, so table columns read as one line of words. */
export const squeeze = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ')
