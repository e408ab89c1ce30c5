import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const DOCUMENT_MAIL_MIGRATIONS: readonly Migration[] = [
  // v1: e-mailed documents (issue 16, flow 4): the file travels with its outbox message.
  {
    version: 1,
    sql: `
  CREATE TABLE outbox_attachments (
    id INTEGER PRIMARY KEY,
    outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL
  ) STRICT;
  CREATE INDEX outbox_attachments_by_message ON outbox_attachments(outbox_id);
  `,
  },
]
