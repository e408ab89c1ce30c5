import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. Money in integer minor units, times in epoch ms. */
export const PSE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
  -- PSE gateway payments (seeds 000, 003): a top-up of a member's savings paid from another bank.
  CREATE TABLE pse_payments (
    id INTEGER PRIMARY KEY,
    payment_id TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES members(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    status TEXT NOT NULL
      CHECK (status IN ('created', 'pending', 'approved', 'rejected', 'expired', 'cancelled')),
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    checkout_url TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    pay_before INTEGER NOT NULL,
    decided_at INTEGER,
    receipt TEXT CHECK (receipt IS NULL OR json_valid(receipt)),
    verification_code TEXT UNIQUE,
    UNIQUE (member_id, idempotency_key),
    CHECK ((status = 'approved') = (receipt IS NOT NULL))
  ) STRICT;
  CREATE INDEX pse_payments_by_key ON pse_payments(idempotency_key);

  -- The ledger legs of approved payments (the ledger's own postings belong to transfers).
  CREATE TABLE pse_postings (
    id INTEGER PRIMARY KEY,
    payment_row INTEGER NOT NULL REFERENCES pse_payments(id),
    account TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    movement_id INTEGER REFERENCES movements(id)
  ) STRICT;
  CREATE INDEX pse_postings_by_payment ON pse_postings(payment_row);
  `,
  },
]
