import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. Money in integer minor units, times in epoch ms. */
export const BILLS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
  -- Registered services (seed 002 "Registro de Servicio"): a company's contract and the account it is paid from.
  CREATE TABLE bill_services (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    biller_id TEXT NOT NULL,
    contract_number TEXT NOT NULL,
    debit_product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    UNIQUE (member_id, biller_id, contract_number)
  ) STRICT;

  -- Other banks' cards the member pays (seed 002 "Tarjetas Otros Bancos"); the full number stays here only.
  CREATE TABLE bill_other_cards (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    bank_id TEXT NOT NULL,
    card_number TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (member_id, bank_id, card_number)
  ) STRICT;

  -- Automatic payments: on day_of_month every month the amount due is paid from origin.
  CREATE TABLE bill_schedules (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES bill_services(id) ON DELETE CASCADE,
    origin_product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    day_of_month INTEGER NOT NULL CHECK (day_of_month BETWEEN 1 AND 28),
    next_run_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'cancelled')),
    created_at INTEGER NOT NULL
  ) STRICT;

  -- One row per applied payment (bill, top-up, card); period is the month a bill's payment settles.
  CREATE TABLE bill_operations (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL CHECK (kind IN ('bill', 'topup', 'card_own', 'card_other')),
    origin_product_id TEXT NOT NULL REFERENCES products(id),
    target_id TEXT NOT NULL,
    period TEXT,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    fee_minor INTEGER NOT NULL CHECK (fee_minor >= 0),
    automatic INTEGER NOT NULL CHECK (automatic IN (0, 1)),
    receipt_number TEXT NOT NULL UNIQUE,
    verification_code TEXT NOT NULL UNIQUE,
    posted_at INTEGER NOT NULL,
    receipt TEXT NOT NULL CHECK (json_valid(receipt))
  ) STRICT;
  CREATE INDEX bill_operations_by_member ON bill_operations(member_id, posted_at);

  -- Double entry as ledger_postings, for this module's operations.
  CREATE TABLE bill_postings (
    id INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES bill_operations(id),
    account TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    movement_id INTEGER REFERENCES movements(id)
  ) STRICT;

  -- Scheduled runs that moved nothing (no funds, nothing due): the history shows them as failed.
  CREATE TABLE bill_failed_runs (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    schedule_id TEXT NOT NULL REFERENCES bill_schedules(id) ON DELETE CASCADE,
    amount_minor INTEGER NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL
  ) STRICT;

  -- Idempotency-Key records of bill and card payments (as idempotency_keys for transfers).
  CREATE TABLE bill_idempotency_keys (
    member_id INTEGER NOT NULL REFERENCES members(id),
    key TEXT NOT NULL,
    route TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
    operation_id INTEGER REFERENCES bill_operations(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, key),
    CHECK ((state = 'done') = (operation_id IS NOT NULL))
  ) STRICT;
  CREATE INDEX bill_idempotency_keys_by_key ON bill_idempotency_keys(key);

  -- Operation codes of registrations and schedules: the same columns as payment_challenges.
  CREATE TABLE bill_challenges (
    id TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('bill')),
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
  `,
  },
]
