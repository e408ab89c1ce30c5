import { z } from 'zod'

/**
 * The character tables a receipt can be printed in. Spanish needs ñ Ñ á é í ó ú ü ¿ ¡ (and É Á … for
 * names in capitals): all three tables have them. PC850 is the default because every Epson-compatible
 * printer, including the inexpensive clones kiosks ship with, selects it with the same `ESC t 2`; PC858
 * (`ESC t 19`) only adds € and WPC1252 (`ESC t 16`) is missing from many clones.
 */
export const CODE_PAGE_IDS = ['PC850', 'PC858', 'WPC1252'] as const
export const CodePageSchema = z.enum(CODE_PAGE_IDS)
export type CodePage = z.infer<typeof CodePageSchema>

/** Paper widths in characters of font A (80 mm paper). */
export const RECEIPT_COLUMNS = [42, 48] as const
export const ReceiptColumnsSchema = z.union([z.literal(42), z.literal(48)])
export type ReceiptColumns = z.infer<typeof ReceiptColumnsSchema>

/** `tcp://host:port` of a network receipt printer (raw port, usually 9100). */
export const TcpPrinterUrlSchema = z
  .string()
  .regex(
    /^tcp:\/\/(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$/,
    'expected tcp://host:port, e.g. tcp://192.168.1.50:9100',
  )
  .refine((u) => {
    const port = /:(\d+)$/.exec(u)?.[1]
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65_535)
  }, 'port must be 1-65535')

/**
 * A printer name as the operating system knows it (CUPS queue, Windows printer). It is passed to `lp -d`
 * as one argument, never through a shell; a leading dash would read as an option, so it is refused.
 */
export const SystemPrinterNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9 ._@()-]{0,126}$/, 'letters, digits, spaces and . _ @ ( ) -')

const receiptSettings = {
  /** Characters per line in font A: 42 on 80 mm paper with most Epson clones, 48 on TM-T88/T20. */
  columns: ReceiptColumnsSchema.default(42),
  codePage: CodePageSchema.default('PC850'),
  /** Connect and send time limit; past it the job goes to the reprint queue. */
  timeoutMs: z.number().int().min(500).max(60_000).default(5000),
}

export const PrinterConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('tcp'), url: TcpPrinterUrlSchema, ...receiptSettings }).strict(),
  /** A printer installed in the OS, fed raw ESC/POS (`lp -d NAME -o raw`). */
  z.object({ kind: z.literal('system'), name: SystemPrinterNameSchema, ...receiptSettings }).strict(),
])
export type PrinterConfig = z.infer<typeof PrinterConfigSchema>

export const PdfConfigSchema = z
  .object({
    /** Folder for saved PDFs; relative paths are under the kiosk's data folder (default `documents`). */
    saveDir: z.string().min(1).max(400).default('documents'),
    /** System printer for documents (A4/letter); without one the kiosk only saves PDFs. */
    printer: SystemPrinterNameSchema.optional(),
  })
  .strict()
export type PdfConfig = z.infer<typeof PdfConfigSchema>
