import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import type { Content, DocumentDefinition, PdfMake } from './pdf-definition'

const require = createRequire(import.meta.url)
// Loaded untyped on purpose: see pdf-definition.ts.
const pdfmake = require('pdfmake') as PdfMake

/** pdfmake's bundled Roboto (has every Spanish letter); its folder is the only local path pdfmake may read. */
const ROBOTO = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> }
const FONT_DIR = dirname(ROBOTO.Roboto.normal!)

let configured = false
function configure(): void {
  if (configured) return
  pdfmake.addFonts(ROBOTO)
  // Documents are built from API data: no image or font may be fetched from a URL, and no file read
  // except the fonts (blocking every local path would block the fonts too).
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR))
  configured = true
}

export type PageFooter = (page: number, pages: number) => Content

export interface RenderedPdf {
  buffer: Buffer
  pages: number
}

/**
 * Renders a document definition to PDF bytes in the main process. `footer` gets page N of M; the page
 * count is read from the last call, so callers learn how many pages came out without parsing the PDF.
 */
export async function renderPdf(
  doc: Omit<DocumentDefinition, 'footer'>,
  footer: PageFooter,
): Promise<RenderedPdf> {
  configure()
  let pages = 0
  const definition: DocumentDefinition = {
    ...doc,
    footer: (current, count) => {
      pages = Math.max(pages, count)
      return footer(current, count)
    },
  }
  const buffer = Buffer.from(await pdfmake.createPdf(definition).getBuffer())
  return { buffer, pages }
}
