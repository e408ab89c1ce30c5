import { z } from 'zod'
import { CodePageSchema } from './code-pages'
import { ReceiptColumnsSchema } from './receipt-model'

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
