import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. Money in integer minor units, times in epoch ms. */
export const ACH_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
  -- Transfers to another bank (seeds 002, 004): the money sits in clearing until the clearing run.
  CREATE TABLE ach_transfers (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id),
    origin_product_id TEXT NOT NULL REFERENCES products(id),
    bank_code TEXT NOT NULL,
    account_type TEXT NOT NULL CHECK (account_type IN ('savings', 'checking')),
    account_number TEXT NOT NULL,
    holder_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    fee_minor INTEGER NOT NULL CHECK (fee_minor >= 0),
    currency TEXT NOT NULL,
    reference TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'settled', 'rejected')),
    receipt_number TEXT NOT NULL UNIQUE,
    verification_code TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL,
    posted_at INTEGER NOT NULL,
    day TEXT NOT NULL,
    decided_at INTEGER,
    receipt TEXT NOT NULL CHECK (json_valid(receipt)),
    UNIQUE (member_id, idempotency_key)
  ) STRICT;
  CREATE INDEX ach_transfers_by_status ON ach_transfers(status, id);
  CREATE INDEX ach_transfers_by_member_day ON ach_transfers(member_id, day);

  -- Idempotency-Key records of ACH sends, as the transfers' (in flight while applying).
  CREATE TABLE ach_keys (
    member_id INTEGER NOT NULL REFERENCES members(id),
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
    transfer_id INTEGER REFERENCES ach_transfers(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, key),
    CHECK ((state = 'done') = (transfer_id IS NOT NULL))
  ) STRICT;
  CREATE INDEX ach_keys_by_key ON ach_keys(key);

  -- The ledger legs of ACH sends, settlements and refunds.
  CREATE TABLE ach_postings (
    id INTEGER PRIMARY KEY,
    transfer_id INTEGER NOT NULL REFERENCES ach_transfers(id),
    account TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0),
    movement_id INTEGER REFERENCES movements(id)
  ) STRICT;
  CREATE INDEX ach_postings_by_transfer ON ach_postings(transfer_id);
  `,
  },
]
