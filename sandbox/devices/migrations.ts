import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const DEVICES_MIGRATIONS: readonly Migration[] = [
  // v1: device identity (issue 12 items 1 and 2).
  {
    version: 1,
    sql: `
  -- One-time enrollment tokens of provisioning files, kept as sha-256 digests, bound to a kiosk and branch.
  CREATE TABLE device_enrollment_tokens (
    token_digest TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  ) STRICT;

  -- Every key a kiosk enrolled. One active key per kiosk: re-provisioning replaces it, IT may revoke it.
  CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    branch_id TEXT NOT NULL,
    key_id TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'replaced')),
    enrolled_at INTEGER NOT NULL,
    ended_at INTEGER
  ) STRICT;
  CREATE UNIQUE INDEX devices_one_active ON devices(kiosk_id) WHERE status = 'active';
`,
  },
]
