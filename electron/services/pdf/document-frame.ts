import type { Content, StyleDictionary, DocumentDefinition, TableCell } from './pdf-definition'
import { fill } from '../printing/document-format'
import { labelsFor, type MemberHeader, type PrintContext } from '../printing/print-context'
import type { PageFooter } from './pdf-renderer'

/** A document ready for renderPdf: its definition, its page footer and a file name stem. */
export interface PdfDocument {
  definition: Omit<DocumentDefinition, 'footer'>
  footer: PageFooter
  /** Without extension, safe for a file name, e.g. "estado-de-cuenta-2026-11-20". */
  fileStem: string
}

const STYLES: StyleDictionary = {
  cooperative: { fontSize: 15, bold: true },
  title: { fontSize: 13, bold: true, margin: [0, 6, 0, 2] },
  meta: { fontSize: 9, color: '#444444' },
  label: { bold: true },
  tableHeader: { bold: true, fillColor: '#e8eef4' },
  total: { bold: true },
  small: { fontSize: 8, color: '#444444' },
  code: { fontSize: 13, bold: true, characterSpacing: 1 },
}

/** A cell aligned right on one line: amounts, dates and other figures. */
export function rightCell(text: string, style?: string): TableCell {
  return { text, alignment: 'right', style, noWrap: true }
}

/** A table heading; aligned right over a column of figures. */
export function headerCell(text: string, alignRight = false): TableCell {
  return { text, style: 'tableHeader', ...(alignRight ? { alignment: 'right' as const } : {}) }
}

/** A two-column key/value table without lines (member, product, period…). */
export function facts(rows: [string, string][]): Content {
  return {
    layout: 'noBorders',
    margin: [0, 4, 0, 4],
    table: {
      widths: ['auto', '*'],
      body: rows.map(([k, v]) => [
        { text: k, style: 'label' },
        { text: v, noWrap: false },
      ]),
    },
  }
}

export function memberFacts(ctx: PrintContext, m: MemberHeader): [string, string][] {
  const l = labelsFor(ctx)
  return [
    [l.member.holder, m.fullName],
    [l.member.idNumber, m.maskedIdNumber],
    [l.member.memberNumber, m.memberNumber],
  ]
}

/**
 * The frame every PDF shares: the cooperative, branch, kiosk and time on top; "Página N de M" and the
 * document's title in every page's footer.
 */
export function framedDocument(
  ctx: PrintContext,
  title: string,
  body: Content[],
  fileStem: string,
): PdfDocument {
  const l = labelsFor(ctx)
  const top: Content[] = [
    { text: ctx.cooperative.name, style: 'cooperative' },
    {
      text: `${l.paper.header.branch}: ${ctx.branch.name} · ${l.paper.header.kiosk}: ${ctx.kioskId} · ${ctx.format.dateTime(ctx.printedAt)}`,
      style: 'meta',
    },
    { text: title, style: 'title' },
  ]
  return {
    definition: {
      pageSize: 'LETTER',
      pageMargins: [40, 40, 40, 50],
      info: {
        title,
        author: ctx.cooperative.name,
        creator: 'Cooperativa Kiosk',
        producer: 'Cooperativa Kiosk',
      },
      defaultStyle: { font: 'Roboto', fontSize: 9 },
      styles: STYLES,
      content: [...top, ...body],
    },
    footer: (page, pages) => ({
      margin: [40, 16, 40, 0],
      columns: [
        { text: `${ctx.cooperative.shortName} · ${title}`, style: 'small' },
        { text: fill(l.movements.page, { page, pages }), style: 'small', alignment: 'right' },
      ],
    }),
    fileStem,
  }
}

/** A file-name-safe stem: ASCII letters, digits and dashes. */
export function slug(...parts: string[]): string {
  return parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
}
