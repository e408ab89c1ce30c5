import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Database } from '../db/database'
import { KioskError } from '../../shared/ipc/errors'

const QuerySchema = z.object({ idNumber: z.string().regex(/^[0-9A-Za-z]{4,20}$/) }).strict()

/**
 * `GET /sandbox/outbox/attachments?idNumber=…`: the files e-mailed to a member, newest first, base64.
 * Sandbox only, like the outbox itself (not in API_ROUTES, so not in the contract).
 */
export function registerAttachmentsRoute(app: FastifyInstance, db: Database): void {
  const select = db.prepare<
    [string],
    { outbox_id: number; file_name: string; content_type: string; content: Uint8Array; created_at: number }
  >(
    `SELECT a.outbox_id, a.file_name, a.content_type, a.content, o.created_at FROM outbox_attachments a
     JOIN outbox o ON o.id = a.outbox_id WHERE o.id_number = ? ORDER BY a.id DESC`,
  )
  app.get('/sandbox/outbox/attachments', async (request) => {
    const query = QuerySchema.safeParse(request.query)
    if (!query.success) throw new KioskError('VALIDATION', 'Attachments filter: idNumber')
    return {
      attachments: select.all(query.data.idNumber.toUpperCase()).map((a) => ({
        outboxId: a.outbox_id,
        fileName: a.file_name,
        contentType: a.content_type,
        createdAt: new Date(a.created_at).toISOString(),
        contentBase64: Buffer.from(a.content).toString('base64'),
      })),
    }
  })
}
