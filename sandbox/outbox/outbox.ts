import type { Database } from '../db/database'
import type { DeliveryChannel } from '../../shared/api/credentials'

export interface OutboxMessage {
  id: number
  channel: DeliveryChannel
  recipient: string
  idNumber: string | null
  template: string
  text: string
  createdAt: string
}

export interface OutgoingMessage {
  memberId: number
  idNumber: string
  channel: DeliveryChannel
  recipient: string
  template: string
  text: string
}

interface Row {
  id: number
  channel: DeliveryChannel
  recipient: string
  id_number: string | null
  template: string
  text: string
  created_at: number
}

/**
 * The sandbox's SMS and e-mail gateway: messages are written to a table (the only place a temporary key
 * or a code ever exists in clear) instead of being sent. Nothing here logs.
 */
export function createOutbox(db: Database, now: () => Date) {
  const insert = db.prepare(
    `INSERT INTO outbox (member_id, id_number, channel, recipient, template, text, created_at)
     VALUES (@memberId, @idNumber, @channel, @recipient, @template, @text, @createdAt)`,
  )
  const select = db.prepare<{ recipient: string | null; idNumber: string | null; limit: number }, Row>(
    `SELECT id, channel, recipient, id_number, template, text, created_at FROM outbox
     WHERE (@recipient IS NULL OR recipient = @recipient) AND (@idNumber IS NULL OR id_number = @idNumber)
     ORDER BY id DESC LIMIT @limit`,
  )
  return {
    /** Call inside the transaction that made the key or code, so both exist or neither. */
    send(m: OutgoingMessage): void {
      insert.run({ ...m, createdAt: now().getTime() })
    },
    /** Newest first. */
    list(filter: { recipient?: string; idNumber?: string; limit?: number }): OutboxMessage[] {
      return select
        .all({
          recipient: filter.recipient ?? null,
          idNumber: filter.idNumber?.toUpperCase() ?? null,
          limit: filter.limit ?? 50,
        })
        .map((r) => ({
          id: r.id,
          channel: r.channel,
          recipient: r.recipient,
          idNumber: r.id_number,
          template: r.template,
          text: r.text,
          createdAt: new Date(r.created_at).toISOString(),
        }))
    },
  }
}
export type Outbox = ReturnType<typeof createOutbox>
