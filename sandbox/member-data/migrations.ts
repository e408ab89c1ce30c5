import type { Migration } from '../db/migration'

/** Append-only, like every module's list: never edit a released step; add a new one. */
export const MEMBER_DATA_MIGRATIONS: readonly Migration[] = [
  // v1: issue 16 — the member's address, contact changes, contribution withdrawals and their audit.
  {
    version: 1,
    sql: `
  -- The members table knows phone and e-mail; the postal address lives here (one row per member).
  CREATE TABLE member_addresses (
    member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    city TEXT NOT NULL
  ) STRICT;

  -- A change of mobile, e-mail or address. Codes are stored as HMAC(secret, change, role, value, code):
  -- the one to the current destination confirms, the one to the new destination proves it.
  CREATE TABLE contact_changes (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('mobile', 'email', 'address')),
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    confirm_channel TEXT NOT NULL CHECK (confirm_channel IN ('sms', 'email')),
    confirm_recipient TEXT NOT NULL,
    confirm_hash TEXT NOT NULL,
    prove_hash TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('awaiting_codes', 'pending_review', 'applied', 'rejected', 'expired')),
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    decided_by TEXT
  ) STRICT;
  CREATE INDEX contact_changes_by_member ON contact_changes(member_id, created_at);

  CREATE TABLE contribution_withdrawals (
    id INTEGER PRIMARY KEY,
    request_number TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    product_id TEXT NOT NULL REFERENCES products(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'cancelled', 'approved', 'paid')),
    idempotency_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    UNIQUE (member_id, idempotency_key)
  ) STRICT;
  CREATE INDEX contribution_withdrawals_by_member ON contribution_withdrawals(member_id, created_at);

  -- Every change of the member's data and every withdrawal step, as it happened. Append-only.
  CREATE TABLE member_data_audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    actor TEXT NOT NULL
  ) STRICT;
  CREATE INDEX member_data_audit_by_member ON member_data_audit(member_id, at);
  CREATE TRIGGER member_data_audit_no_update BEFORE UPDATE ON member_data_audit
    BEGIN SELECT RAISE(ABORT, 'member_data_audit is append-only'); END;
  CREATE TRIGGER member_data_audit_no_delete BEFORE DELETE ON member_data_audit
    BEGIN SELECT RAISE(ABORT, 'member_data_audit is append-only'); END;
  `,
  },
]
