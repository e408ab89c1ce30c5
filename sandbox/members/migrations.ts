import type { Migration } from '../db/migration'

/**
 * The base every feature builds on: members, their products and movements, sign-in (login guard,
 * sessions) and the file's meta. Shipped as global v1, before migrations were per module.
 * Append-only, like every module's list: never edit a released step; add a new one.
 * Money columns are integer minor units; times are epoch milliseconds or ISO dates.
 */
export const MEMBERS_MIGRATIONS: readonly Migration[] = [
  // v1 (global v1): members, products, movements, login guard, sessions, meta.
  {
    version: 1,
    legacyVersion: 1,
    sql: `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

  CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    id_number TEXT NOT NULL UNIQUE,
    member_number TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    payroll_entity TEXT,
    base_salary_minor INTEGER,
    joined_on TEXT NOT NULL,
    security_image_id TEXT NOT NULL,
    security_phrase TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1))
  ) STRICT;

  CREATE TABLE products (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
      ('contribution', 'savings', 'loan', 'term_deposit', 'card', 'other_obligation', 'deduction', 'insurance')),
    name TEXT NOT NULL,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('active', 'overdue', 'closed')),
    opened_on TEXT NOT NULL,
    opening_balance_minor INTEGER NOT NULL,
    balance_minor INTEGER NOT NULL,
    monthly_payment_minor INTEGER
  ) STRICT;
  CREATE INDEX products_by_member ON products(member_id, sort_order);

  CREATE TABLE movements (
    id INTEGER PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    posted_on TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    balance_minor INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX movements_by_product ON movements(product_id, id);

  -- Keyed by HMAC(secret, idNumber), never the ID, and kept for unknown IDs too: login reveals no membership.
  CREATE TABLE login_guard (
    id_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_at INTEGER
  ) STRICT;

  -- Only the sha256 of a token is stored: a copied database file cannot be used to hijack sessions.
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kiosk_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX sessions_by_expiry ON sessions(expires_at);
  `,
  },
]
