import { z } from 'zod'
import { LanguageSchema } from '../../config/kiosk-config'
import {
  JobId,
  PdfRequestSchema,
  PdfResultSchema,
  PrintCapabilitiesSchema,
  PrintFailureReasonSchema,
  PrintOutcomeSchema,
  QueuedJobSchema,
  ReceiptRequestSchema,
} from '../printing-contract'
import { defineService } from '../service'
import { NoInput } from './no-input'

const JobSelection = z.object({ jobId: JobId.optional() }).strict()

/**
 * Receipts, PDFs and the reprint queue. Main fetches each document's data itself with the member's
 * session; the queue belongs to branch IT (maintenance), never to whoever reaches the bridge.
 */
export const PRINT_SERVICE = defineService({
  name: 'print',
  methods: {
    // What this kiosk can print: no personal data, and every screen that offers a print button asks.
    capabilities: { audience: 'public', input: NoInput, output: PrintCapabilitiesSchema },
    receipt: {
      audience: 'member',
      input: z.object({ document: ReceiptRequestSchema, language: LanguageSchema }).strict(),
      output: PrintOutcomeSchema,
    },
    pdf: {
      audience: 'member',
      input: z
        .object({
          document: PdfRequestSchema,
          // `email`: to the member's address on file, nothing left on the kiosk (issue 16, flow 4).
          action: z.enum(['print', 'email']),
          language: LanguageSchema,
        })
        .strict(),
      output: PdfResultSchema,
    },
    /** Saving to the PC's disk is for staff only (a teller's station): a shared kiosk keeps no member file. */
    pdfSave: {
      audience: 'staff',
      input: z.object({ document: PdfRequestSchema, language: LanguageSchema }).strict(),
      output: PdfResultSchema,
    },
    'queue.list': {
      audience: 'maintenance',
      input: NoInput,
      output: z.object({ jobs: z.array(QueuedJobSchema) }).strict(),
    },
    /** Retries one job (`jobId`) or every job, oldest first; what still fails stays queued. */
    'queue.retry': {
      audience: 'maintenance',
      input: JobSelection,
      output: z.object({ results: z.array(PrintOutcomeSchema), remaining: z.number().int().min(0) }).strict(),
    },
    /** Drops one job (`jobId`) or every job. */
    'queue.clear': {
      audience: 'maintenance',
      input: JobSelection,
      output: z.object({ removed: z.number().int().min(0), remaining: z.number().int().min(0) }).strict(),
    },
  },
  events: {
    /** Progress of a receipt, pushed while main prints it. */
    status: z
      .object({
        jobId: JobId,
        stage: z.enum(['printing', 'printed', 'queued']),
        reason: PrintFailureReasonSchema.optional(),
      })
      .strict(),
  },
})
