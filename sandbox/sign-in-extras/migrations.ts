import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const SIGN_IN_EXTRAS_MIGRATIONS: readonly Migration[] = [
  // v1: security events a member reports at a kiosk (issue 16, flow 5: "No es mi imagen").
  {
    version: 1,
    sql: `
  -- One row per report: whose image it was, at which kiosk, when, and the reference the member was told.
  -- Reports for IDs that are no member are answered alike and not stored.
  CREATE TABLE security_events (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('image-reported')),
    kiosk_id TEXT NOT NULL,
    reference TEXT NOT NULL,
    at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX security_events_by_member ON security_events(member_id, at);
  `,
  },
]
