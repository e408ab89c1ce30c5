import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const STAFF_MIGRATIONS: readonly Migration[] = [
  // v1: staff sign-in (issue 10).
  {
    version: 1,
    sql: `
  -- slot: staff
  -- The sandbox's own staff directory, used when no LDAP directory is configured. roles is a JSON array
  -- of teller/supervisor/it; disabled accounts stay (their actions are audited) but cannot sign in.
  CREATE TABLE staff_users (
    username TEXT PRIMARY KEY COLLATE NOCASE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL CHECK (json_valid(roles)),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
  ) STRICT;

  -- Apart from member sessions: a token of one kind is never found in the other's table. The name and
  -- roles are those the directory answered at sign-in; expires_at slides with every staff request.
  CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    roles TEXT NOT NULL CHECK (json_valid(roles)),
    terminal_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX staff_sessions_by_expiry ON staff_sessions(expires_at);
`,
  },
  // v2: the maintenance screen's audit (issue 10).
  {
    version: 2,
    sql: `
  -- slot: staff
  -- Every action branch IT takes on a kiosk's maintenance screen, as the kiosk reported it: who and at
  -- which terminal (from the staff session, never from the request), what, and how it ended.
  -- Append-only, like teller_audit: the triggers refuse any UPDATE or DELETE.
  CREATE TABLE maintenance_audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    staff_username TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    action TEXT NOT NULL,
    result TEXT NOT NULL
  ) STRICT;
  CREATE INDEX maintenance_audit_by_time ON maintenance_audit(at);
  CREATE TRIGGER maintenance_audit_no_update BEFORE UPDATE ON maintenance_audit
    BEGIN SELECT RAISE(ABORT, 'maintenance_audit is append-only'); END;
  CREATE TRIGGER maintenance_audit_no_delete BEFORE DELETE ON maintenance_audit
    BEGIN SELECT RAISE(ABORT, 'maintenance_audit is append-only'); END;
`,
  },
]
