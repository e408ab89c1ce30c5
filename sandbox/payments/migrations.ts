import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. Money in integer minor units, times in epoch ms. */
export const PAYMENTS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
  -- The cooperative's own accounts of the double-entry ledger: ACH clearing and fee income. Member
  -- accounts are the savings products (products.balance_minor stays the one balance the screens read).
  CREATE TABLE payment_internal_accounts (
    id TEXT PRIMARY KEY CHECK (id IN ('clearing', 'fee_income')),
    name TEXT NOT NULL,
    balance_minor INTEGER NOT NULL DEFAULT 0 CHECK (balance_minor >= 0)
  ) STRICT;
  INSERT INTO payment_internal_accounts (id, name) VALUES
    ('clearing', 'Compensación ACH'), ('fee_income', 'Ingresos por comisiones');

  -- A savings account never goes below zero, whatever code path updates it.
  CREATE TRIGGER savings_never_negative BEFORE UPDATE OF balance_minor ON products
    WHEN NEW.kind = 'savings' AND NEW.balance_minor < 0 AND NEW.balance_minor < OLD.balance_minor
  BEGIN
    SELECT RAISE(ABORT, 'negative savings balance');
  END;

  -- The invariant's constant: money in member savings plus internal accounts when the ledger started.
  CREATE TABLE payment_baseline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    total_minor INTEGER NOT NULL,
    taken_at INTEGER NOT NULL
  ) STRICT;

  -- One row per applied money operation.
  CREATE TABLE payment_operations (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL CHECK (kind IN ('own', 'member')),
    origin_product_id TEXT NOT NULL REFERENCES products(id),
    destination_product_id TEXT NOT NULL REFERENCES products(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    fee_minor INTEGER NOT NULL CHECK (fee_minor >= 0),
    currency TEXT NOT NULL,
    reference TEXT NOT NULL,
    receipt_number TEXT NOT NULL UNIQUE,
    verification_code TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL,
    posted_at INTEGER NOT NULL,
    day TEXT NOT NULL,
    receipt TEXT NOT NULL CHECK (json_valid(receipt)),
    CHECK (origin_product_id <> destination_product_id),
    UNIQUE (member_id, idempotency_key)
  ) STRICT;
  CREATE INDEX payment_operations_by_member_day ON payment_operations(member_id, day);

  -- Double entry: each operation's postings sum to zero (checked when written and by the invariant).
  -- account is a product id or an internal account id.
  CREATE TABLE ledger_postings (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES payment_operations(id),
    account TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    movement_id INTEGER REFERENCES movements(id)
  ) STRICT;
  CREATE INDEX ledger_postings_by_operation ON ledger_postings(operation_id);

  -- Idempotency-Key records (IETF draft), per member: in flight while applying, then the stored answer.
  CREATE TABLE idempotency_keys (
    member_id INTEGER NOT NULL REFERENCES members(id),
    key TEXT NOT NULL,
    route TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
    operation_id INTEGER REFERENCES payment_operations(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, key),
    CHECK ((state = 'done') = (operation_id IS NOT NULL))
  ) STRICT;
  CREATE INDEX idempotency_keys_by_key ON idempotency_keys(key);

  -- Operation codes (SCA with dynamic linking): the digest binds the code to the operation's fingerprint.
  CREATE TABLE payment_challenges (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    authorises TEXT NOT NULL CHECK (json_valid(authorises)),
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sends INTEGER NOT NULL DEFAULT 1 CHECK (sends >= 1),
    last_sent_at INTEGER NOT NULL,
    closed_at INTEGER
  ) STRICT;
  CREATE INDEX payment_challenges_by_member ON payment_challenges(member_id, created_at);
  `,
  },
  {
    version: 2,
    sql: `
  -- Beneficiaries (seed 002): another member's account the member sends money to, added with a code.
  CREATE TABLE beneficiaries (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    service TEXT NOT NULL CHECK (service IN ('member_transfer')),
    name TEXT NOT NULL,
    id_type TEXT NOT NULL CHECK (id_type IN ('cedula')),
    id_number TEXT NOT NULL,
    account_number TEXT NOT NULL,
    destination_product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (member_id, destination_product_id)
  ) STRICT;
  CREATE INDEX beneficiaries_by_member ON beneficiaries(member_id, name);

  -- What a code is for: a transfer's code is unknown to the beneficiary routes and the other way round.
  ALTER TABLE payment_challenges ADD COLUMN purpose TEXT NOT NULL DEFAULT 'transfer'
    CHECK (purpose IN ('transfer', 'beneficiary'));
  `,
  },
]
