import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. Money in integer minor units. */
export const OBLIGATIONS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
  -- One row per applied payment of obligations; its ledger operation is the payment_operations row
  -- (postings, idempotency key and the shared by-key lookup hang on it).
  CREATE TABLE obligation_payments (
    operation_id INTEGER PRIMARY KEY REFERENCES payment_operations(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    receipt_number TEXT NOT NULL UNIQUE,
    receipt TEXT NOT NULL CHECK (json_valid(receipt))
  ) STRICT;

  -- What each obligation received: aportes already paid this month count against the next due amount.
  CREATE TABLE obligation_payment_lines (
    operation_id INTEGER NOT NULL REFERENCES obligation_payments(operation_id),
    product_id TEXT NOT NULL REFERENCES products(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    posted_on TEXT NOT NULL,
    PRIMARY KEY (operation_id, product_id)
  ) STRICT;
  CREATE INDEX obligation_payment_lines_by_product ON obligation_payment_lines(product_id, posted_on);
  `,
  },
]
