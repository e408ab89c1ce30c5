import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const TELLER_MIGRATIONS: readonly Migration[] = [
  // v1: teller mode (issue 10).
  {
    version: 1,
    sql: `
  -- slot: teller
  -- Every teller action, allowed or refused, as it happened: who (staff username and terminal), on whom,
  -- what, why (a reason from the fixed list), the identity checklist confirmed, the supervisor who
  -- approved it (four eyes) and the result ('ok' or the refusal's error code). Append-only: the triggers
  -- below refuse any UPDATE or DELETE, and the members it names cannot be deleted under it.
  CREATE TABLE teller_audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    staff_username TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    id_number TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('activate', 'unlock', 'resetQuestions', 'resetImage', 'resendContract')),
    reason TEXT NOT NULL,
    checklist TEXT NOT NULL CHECK (json_valid(checklist)),
    delivery TEXT CHECK (delivery IN ('sms', 'email', 'slip')),
    approved_by TEXT,
    result TEXT NOT NULL
  ) STRICT;
  CREATE INDEX teller_audit_by_time ON teller_audit(at);
  CREATE INDEX teller_audit_by_member ON teller_audit(member_id, at);
  CREATE TRIGGER teller_audit_no_update BEFORE UPDATE ON teller_audit
    BEGIN SELECT RAISE(ABORT, 'teller_audit is append-only'); END;
  CREATE TRIGGER teller_audit_no_delete BEFORE DELETE ON teller_audit
    BEGIN SELECT RAISE(ABORT, 'teller_audit is append-only'); END;

  -- Temporary keys handed over on a sealed slip at the desk: like temporary_keys (HMAC of the key, never
  -- the key), which only knows SMS and e-mail; the credentials module consults both tables at sign-in.
  CREATE TABLE teller_slip_keys (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    audit_id INTEGER NOT NULL REFERENCES teller_audit(id),
    key_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX teller_slip_keys_by_member ON teller_slip_keys(member_id, created_at);
`,
  },
]
