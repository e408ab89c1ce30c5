import type { Database } from './database'
import { STAFF_MIGRATION } from '../staff/migration'

/**
 * Append-only: migration i brings the schema to PRAGMA user_version i + 1. Never edit a released step;
 * add a new one. Money columns are integer minor units; times are epoch milliseconds or ISO dates.
 */
export const MIGRATIONS: readonly string[] = [
  `
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
  // v2: credentials lifecycle (temporary keys, OTPs, outbox, security questions, contract acceptance).
  `
  -- slot: credentials
  -- A member record may exist without an online user (self-enrollment creates it); a username is an
  -- alternative to the ID number at sign-in; image_pending asks for a new picture and phrase after a reset.
  ALTER TABLE members ADD COLUMN online_user INTEGER NOT NULL DEFAULT 1 CHECK (online_user IN (0, 1));
  ALTER TABLE members ADD COLUMN username TEXT;
  ALTER TABLE members ADD COLUMN image_pending INTEGER NOT NULL DEFAULT 0 CHECK (image_pending IN (0, 1));
  CREATE UNIQUE INDEX members_by_username ON members(username COLLATE NOCASE) WHERE username IS NOT NULL;

  -- Temporary keys are random and short-lived: stored as HMAC(secret, key), never in clear.
  CREATE TABLE temporary_keys (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    key_hash TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('recovery', 'enrollment')),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX temporary_keys_by_member ON temporary_keys(member_id, created_at);

  -- One row per self-enrollment; code_hash is HMAC(secret, code) of the code sent last.
  CREATE TABLE enrollments (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    sends INTEGER NOT NULL DEFAULT 1,
    last_sent_at INTEGER NOT NULL,
    closed_at INTEGER
  ) STRICT;
  CREATE INDEX enrollments_by_member ON enrollments(member_id);

  -- What the sandbox "sent" by SMS or e-mail: readable at GET /sandbox/outbox, never logged.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    id_number TEXT,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient TEXT NOT NULL,
    template TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX outbox_by_recipient ON outbox(recipient);

  -- Answers are normalised, then hashed with scrypt like passwords.
  CREATE TABLE security_answers (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    question_id TEXT NOT NULL,
    answer_hash TEXT NOT NULL,
    PRIMARY KEY (member_id, position),
    UNIQUE (member_id, question_id)
  ) STRICT;

  -- The question being asked (kept until answered right), wrong answers in a row, and the block after them.
  CREATE TABLE security_challenges (
    member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    question_id TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    blocked_until INTEGER
  ) STRICT;

  -- A right answer lets one session do one sensitive operation once, for a few minutes.
  CREATE TABLE verification_grants (
    token_hash TEXT NOT NULL REFERENCES sessions(token_hash) ON DELETE CASCADE,
    operation TEXT NOT NULL CHECK (operation IN ('password', 'username', 'securityImage', 'securityQuestions')),
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (token_hash, operation)
  ) STRICT;

  CREATE TABLE contract_acceptances (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    accepted_at INTEGER NOT NULL,
    kiosk_id TEXT,
    PRIMARY KEY (member_id, version)
  ) STRICT;

  CREATE TABLE email_services (
    member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    general_statement INTEGER NOT NULL CHECK (general_statement IN (0, 1)),
    card_statement INTEGER NOT NULL CHECK (card_statement IN (0, 1)),
    promotions INTEGER NOT NULL CHECK (promotions IN (0, 1)),
    updated_at INTEGER NOT NULL
  ) STRICT;
  `,
  // v3: products, statements and certificates.
  `
  -- slot: products
  -- Date-range statements page by (posted_on, id) inside one product.
  CREATE INDEX movements_by_product_date ON movements(product_id, posted_on, id);

  -- What a product's kind adds to it (rates, terms, card limit, insurer …): one JSON object per product,
  -- read through the zod schema of its kind (sandbox/products/terms.ts).
  CREATE TABLE product_terms (
    product_id TEXT PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    terms TEXT NOT NULL CHECK (json_valid(terms))
  ) STRICT;

  -- A loan's amortization table; status comes from paid_on and the cut-off date when read.
  CREATE TABLE loan_installments (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    due_on TEXT NOT NULL,
    principal_minor INTEGER NOT NULL,
    interest_minor INTEGER NOT NULL,
    insurance_minor INTEGER NOT NULL,
    balance_after_minor INTEGER NOT NULL,
    paid_on TEXT,
    PRIMARY KEY (product_id, number)
  ) STRICT;

  -- Who has guaranteed a loan, over time (seed 001 "Garantías").
  CREATE TABLE guarantors (
    id INTEGER PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    id_number TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('guarantor', 'co_debtor')),
    from_on TEXT NOT NULL,
    until_on TEXT
  ) STRICT;
  CREATE INDEX guarantors_by_product ON guarantors(product_id, from_on);

  -- Issued certificates exactly as handed out, so a code always shows the same document.
  CREATE TABLE certificates (
    code TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('membership', 'product_balance', 'annual_tax')),
    issued_at INTEGER NOT NULL,
    body TEXT NOT NULL CHECK (json_valid(body))
  ) STRICT;
  CREATE INDEX certificates_by_member ON certificates(member_id, issued_at);
  `,
  // v4: abuse resistance of the credential flows (issue 15).
  `
  -- slot: abuse
  -- A lock ends at locked_until (timed profiles) or, when it is NULL, only at a teller; lock_reason and
  -- locked_at are what the teller screen shows; locks counts the timed locks in a row (they grow).
  ALTER TABLE login_guard ADD COLUMN locked_until INTEGER;
  ALTER TABLE login_guard ADD COLUMN lock_reason TEXT CHECK (lock_reason IN ('wrong-passwords', 'core'));
  ALTER TABLE login_guard ADD COLUMN locks INTEGER NOT NULL DEFAULT 0;
  UPDATE login_guard SET lock_reason = 'core' WHERE locked_at IS NOT NULL;

  -- Wrong answers and messages sent per member (HMAC of the ID number, unknown IDs too), secret kind and
  -- UTC day: the one attempt budget of enrollment codes, temporary keys, security answers, operation codes.
  CREATE TABLE secret_budgets (
    subject_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    sends INTEGER NOT NULL DEFAULT 0,
    last_sent_at INTEGER,
    PRIMARY KEY (subject_key, kind, day)
  ) STRICT;
  `,
  // v5: staff sign-in (issue 10).
  STAFF_MIGRATION,
]

/** Runs every migration above the file's user_version, each in its own transaction. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length)
    throw new Error(`data file schema v${current} is newer than this sandbox (v${MIGRATIONS.length})`)
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${current + i + 1}`)
    })()
  })
  return MIGRATIONS.length
}
