import { z } from 'zod'
import { CertificateCodeSchema, ProductIdSchema } from '../api/products-certificates'
import { ObligationReceiptNumberSchema } from '../api/obligations'
import { BillReceiptNumberSchema } from '../api/bills'
import { ReceiptNumberSchema } from '../api/payments'
import { PsePaymentIdSchema } from '../api/pse'
import { WithdrawalNumberSchema } from '../api/member-data'
import { LAST_N_CHOICES } from '../api/products-movements'
import { ReceiptColumnsSchema } from '../printing/printer-config'
import { LoanSimulationDocumentSchema, TermDepositSimulationDocumentSchema } from './simulators-print'

const IsoDate = z.iso.date()
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/** What to print on the receipt printer. Main fetches the data itself with the member's session. */
export const ReceiptRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('miniStatement'),
      productId: ProductIdSchema,
      last: z
        .number()
        .int()
        .refine((n) => (LAST_N_CHOICES as readonly number[]).includes(n), 'last: 10, 20 or 30')
        .default(10),
    })
    .strict(),
  z.object({ kind: z.literal('position') }).strict(),
  /** A certificate already issued (and shown): paper and screen carry the same verification code. */
  z.object({ kind: z.literal('certificate'), code: CertificateCodeSchema }).strict(),
  /** A completed transfer's receipt (printed after it, and reprinted on request). */
  z.object({ kind: z.literal('transfer'), receiptNumber: ReceiptNumberSchema }).strict(),
  /** An approved PSE payment's receipt. */
  z.object({ kind: z.literal('pse'), paymentId: PsePaymentIdSchema }).strict(),
  /** A completed payment of obligations' receipt (printed after it, and reprinted on request). */
  z.object({ kind: z.literal('obligation'), receiptNumber: ObligationReceiptNumberSchema }).strict(),
  /** A completed bill, top-up or card payment's receipt. */
  z.object({ kind: z.literal('bill'), receiptNumber: BillReceiptNumberSchema }).strict(),
  /** A contribution withdrawal request (issue 16), printed after it and reprinted from the activity. */
  z.object({ kind: z.literal('withdrawal'), requestNumber: WithdrawalNumberSchema }).strict(),
  ...[LoanSimulationDocumentSchema, TermDepositSimulationDocumentSchema],
])
export type ReceiptRequest = z.infer<typeof ReceiptRequestSchema>

/** What to render as a PDF. */
export const PdfRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('statement'), productId: ProductIdSchema, from: IsoDate, to: IsoDate })
    .strict()
    .refine((r) => r.from <= r.to, { message: 'from is after to', path: ['from'] }),
  z.object({ kind: z.literal('position') }).strict(),
  z.object({ kind: z.literal('certificate'), code: CertificateCodeSchema }).strict(),
  ...[LoanSimulationDocumentSchema, TermDepositSimulationDocumentSchema],
])
export type PdfRequest = z.infer<typeof PdfRequestSchema>

/**
 * Why a receipt did not print. `unreachable`: no connection; `timeout`: no answer in time;
 * `interrupted`: the printer dropped the job halfway; `rejected`: the OS print system refused it;
 * `not_configured`: this kiosk has no receipt printer.
 */
export const PrintFailureReasonSchema = z.enum([
  'unreachable',
  'timeout',
  'interrupted',
  'rejected',
  'not_configured',
])
export type PrintFailureReason = z.infer<typeof PrintFailureReasonSchema>

/** A receipt either printed, or waits in the reprint queue for staff. */
export const PrintOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ jobId: JobId, status: z.literal('printed') }).strict(),
  z.object({ jobId: JobId, status: z.literal('queued'), reason: PrintFailureReasonSchema }).strict(),
])
export type PrintOutcome = z.infer<typeof PrintOutcomeSchema>

export const PdfResultSchema = z
  .object({
    action: z.enum(['save', 'print', 'email']),
    fileName: z.string(),
    /** Where it was e-mailed, masked (action `email`). */
    sentTo: z.string().optional(),
    /** Where the file was saved (action `save`). */
    path: z.string().nullable(),
    sizeBytes: z.number().int().min(0),
    pages: z.number().int().min(1),
  })
  .strict()
export type PdfResult = z.infer<typeof PdfResultSchema>

export const PrintCapabilitiesSchema = z
  .object({
    receipt: z.object({ available: z.boolean(), columns: ReceiptColumnsSchema.nullable() }).strict(),
    // email: the API can e-mail the member's PDF (absent: an older main, no such button).
    pdf: z.object({ save: z.boolean(), print: z.boolean(), email: z.boolean().optional() }).strict(),
  })
  .strict()
export type PrintCapabilities = z.infer<typeof PrintCapabilitiesSchema>

/** A job in the reprint queue, as staff see it (no amounts, no ID numbers). */
export const QueuedJobSchema = z
  .object({
    id: JobId,
    title: z.string(),
    createdAt: z.iso.datetime(),
    attempts: z.number().int().min(1),
    lastAttemptAt: z.iso.datetime(),
    lastError: PrintFailureReasonSchema,
  })
  .strict()
export type QueuedJob = z.infer<typeof QueuedJobSchema>
