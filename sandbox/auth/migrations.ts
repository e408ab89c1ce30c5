import type { Migration } from '../db/migration'

/** Append-only, like every module's list: never edit a released step; add a new one. */
export const AUTH_MIGRATIONS: readonly Migration[] = [
  // v1: each member's latest sign-in, for "Última conexión" (issue 13). Sessions are swept a day after
  // they expire, so they cannot tell a member who comes back next month when they were last here.
  {
    version: 1,
    sql: `
  CREATE TABLE last_sign_ins (
    member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    kiosk_id TEXT NOT NULL
  ) STRICT;
  -- A file from before this step starts from the sessions it still keeps (SQLite takes the max row's kiosk).
  INSERT INTO last_sign_ins (member_id, at, kiosk_id)
    SELECT member_id, max(created_at), kiosk_id FROM sessions GROUP BY member_id;
  `,
  },
]
