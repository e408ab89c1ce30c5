import type { Database } from '../db/database'
import type { DocumentMailRequest, DocumentMailResponse } from '../../shared/api/document-mail'
import { KioskError } from '../../shared/ipc/errors'
import { maskEmail } from '../credentials/masking'
import type { Outbox } from '../outbox/outbox'

export interface DocumentMailDeps {
  db: Database
  outbox: Outbox
  cooperativeName: string
  now: () => Date
}

/**
 * Sends a member's PDF to the e-mail address on file: one outbox message (sandbox's e-mail gateway) with
 * the file attached, so tests read back exactly what the member would receive.
 */
export function createDocumentMail({ db, outbox, cooperativeName, now }: DocumentMailDeps) {
  const memberOf = db.prepare<[number], { id_number: string; email: string }>(
    'SELECT id_number, email FROM members WHERE id = ?',
  )
  const lastId = db.prepare<[], { id: number }>('SELECT last_insert_rowid() AS id')
  const attach = db.prepare<[number, string, Uint8Array]>(
    `INSERT INTO outbox_attachments (outbox_id, file_name, content_type, content) VALUES (?, ?, 'application/pdf', ?)`,
  )

  return {
    send(memberId: number, req: DocumentMailRequest): DocumentMailResponse {
      const pdf = Buffer.from(req.pdfBase64, 'base64')
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new KioskError('VALIDATION', 'The attachment is not a PDF')
      const m = memberOf.get(memberId)
      if (!m?.email) throw new KioskError('CONFLICT', 'No e-mail address on file')
      db.transaction(() => {
        outbox.send({
          memberId,
          idNumber: m.id_number,
          channel: 'email',
          recipient: m.email,
          template: 'document-email',
          text: `${cooperativeName}: adjuntamos el documento que pidió en el kiosco: ${req.title} (${req.fileName}).`,
        })
        attach.run(lastId.get()!.id, req.fileName, pdf)
      })()
      return { maskedEmail: maskEmail(m.email), sentAt: now().toISOString() }
    },
  }
}
