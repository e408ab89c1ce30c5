import { z } from 'zod'
import type { CodePage, ReceiptColumns } from '../../../shared/printing/printer-config'
import { toPrintable } from '../../../shared/printing/code-pages'
import { labelValueLines, truncate, twoColumns, wrapClamped, wrapText } from './text-layout'

/**
 * What a receipt says, independent of the paper width: builders produce it, layout turns it into lines
 * for 42 or 48 columns, and the reprint queue stores it (so a job reprints on whatever printer is
 * configured when it is retried).
 */
const Text = z.string().max(2000)
export const ReceiptBlockSchema = z.discriminatedUnion('type', [
  /** Centred, bold, double height: the cooperative's name, the receipt's title. */
  z.object({ type: z.literal('heading'), text: Text }).strict(),
  z
    .object({
      type: z.literal('text'),
      text: Text,
      align: z.enum(['left', 'center']).default('left'),
      bold: z.boolean().default(false),
      /** Long text is wrapped; past this many lines it is cut with "...". */
      maxLines: z.number().int().min(1).max(50).default(20),
    })
    .strict(),
  /** A label with its value right-aligned (amounts, dates). */
  z.object({ type: z.literal('pair'), label: Text, value: Text, bold: z.boolean().default(false) }).strict(),
  /** Two right-aligned values sharing a line: amount and running balance. */
  z.object({ type: z.literal('columns'), left: Text, right: Text }).strict(),
  z.object({ type: z.literal('rule'), char: z.enum(['-', '=']).default('-') }).strict(),
  z
    .object({
      type: z.literal('qr'),
      // Printers take QR data as bytes: ASCII keeps the stored length and the printed symbol the same.
      data: z
        .string()
        .min(1)
        .max(400)
        .regex(/^[\x20-\x7e]+$/, 'QR data must be printable ASCII'),
    })
    .strict(),
  z.object({ type: z.literal('feed'), lines: z.number().int().min(1).max(10).default(1) }).strict(),
])
export type ReceiptBlock = z.input<typeof ReceiptBlockSchema>

export const ReceiptDocumentSchema = z
  .object({
    /** Shown in the reprint queue, e.g. "Extracto - Ahorros ****4821". */
    title: z.string().min(1).max(120),
    blocks: z.array(ReceiptBlockSchema).min(1).max(5000),
  })
  .strict()
export type ReceiptDocument = z.input<typeof ReceiptDocumentSchema>

/** One printed line, at most `columns` characters, or a QR symbol. */
export type ReceiptLine =
  | { kind: 'text'; text: string; align: 'left' | 'center'; bold: boolean; doubleHeight: boolean }
  | { kind: 'qr'; data: string }

export interface LayoutOptions {
  columns: ReceiptColumns
  codePage: CodePage
}

/** Lays a receipt out for the paper: every text line fits `columns`, in characters the table has. */
export function layoutReceipt(doc: ReceiptDocument, { columns, codePage }: LayoutOptions): ReceiptLine[] {
  const parsed = ReceiptDocumentSchema.parse(doc)
  const p = (s: string) => toPrintable(s, codePage).trim()
  const line = (text: string, extra: Partial<Extract<ReceiptLine, { kind: 'text' }>> = {}): ReceiptLine => ({
    kind: 'text',
    text,
    align: 'left',
    bold: false,
    doubleHeight: false,
    ...extra,
  })
  const out: ReceiptLine[] = []
  for (const b of parsed.blocks) {
    switch (b.type) {
      case 'heading':
        // Double height only: double width would halve the columns.
        for (const t of wrapText(p(b.text), columns))
          out.push(line(t, { align: 'center', bold: true, doubleHeight: true }))
        break
      case 'text':
        for (const t of wrapClamped(p(b.text), columns, b.maxLines))
          out.push(line(t, { align: b.align, bold: b.bold }))
        break
      case 'pair':
        for (const t of labelValueLines(p(b.label), p(b.value), columns)) out.push(line(t, { bold: b.bold }))
        break
      case 'columns':
        out.push(line(twoColumns(p(b.left), p(b.right), columns)))
        break
      case 'rule':
        out.push(line(b.char.repeat(columns)))
        break
      case 'qr':
        out.push({ kind: 'qr', data: b.data })
        break
      case 'feed':
        for (let i = 0; i < b.lines; i++) out.push(line(''))
        break
    }
  }
  return out.map((l) => (l.kind === 'text' ? { ...l, text: truncate(l.text, columns) } : l))
}
