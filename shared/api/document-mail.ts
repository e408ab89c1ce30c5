import type { ApiRoute } from './route'
import { z } from 'zod'

/**
 * A copy to take away (issue 16, flow 4; seeds 000 and 001: "descargar estados de cuenta"): at a shared
 * kiosk the member's document is e-mailed to the address the cooperative has on file, never written
 * to the kiosk's disk. The kiosk makes the PDF (the same one it prints); the API sends it.
 */

/** A statement of a few thousand movements stays under this (base64 grows a PDF by a third). */
export const DOCUMENT_MAIL_MAX_BYTES = 3 * 1024 * 1024
const MAX_BASE64 = Math.ceil(DOCUMENT_MAIL_MAX_BYTES / 3) * 4

export const DocumentMailRequestSchema = z
  .object({
    fileName: z.string().regex(/^[A-Za-z0-9._-]{1,80}\.pdf$/, 'a plain file name ending in .pdf'),
    /** The document's title, for the subject line (in the kiosk's language). */
    title: z.string().min(1).max(120),
    pdfBase64: z
      .string()
      .min(8)
      .max(MAX_BASE64)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
  })
  .strict()
  .meta({ id: 'DocumentMailRequest' })

export const DocumentMailResponseSchema = z
  .object({ maskedEmail: z.string().min(3), sentAt: z.iso.datetime() })
  .meta({ id: 'DocumentMailResponse' })

export type DocumentMailRequest = z.infer<typeof DocumentMailRequestSchema>
export type DocumentMailResponse = z.infer<typeof DocumentMailResponseSchema>

export const DOCUMENT_MAIL_ROUTES = {
  documentMail: {
    method: 'POST',
    path: '/v1/documents/email',
    summary: "E-mails a PDF the kiosk made (a statement, a certificate…) to the member's registered address",
    description:
      'The address is the one on file, never one typed at the kiosk; the answer shows it masked. The body ' +
      `must be a PDF (%PDF-), at most ${DOCUMENT_MAIL_MAX_BYTES} bytes before base64; larger bodies get 413.`,
    tag: 'documents',
    auth: true,
    body: DocumentMailRequestSchema,
    response: DocumentMailResponseSchema,
    errors: ['VALIDATION', 'SESSION_EXPIRED', 'CONFLICT'],
    bodyLimit: MAX_BASE64 + 4096,
  },
} as const satisfies Record<string, ApiRoute>
