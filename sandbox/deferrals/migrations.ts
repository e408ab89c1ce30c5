import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const DEFERRALS_MIGRATIONS: readonly Migration[] = [
  // v1: card deferrals (issue 11, seed 002).
  {
    version: 1,
    sql: `
  -- slot: deferrals
  -- A confirmed deferral keeps the simulation the core re-computed (JSON). number is DF-<year>-<id>; the
  -- Idempotency-Key is the kiosk's, unique per member, with the digest of the body it came with.
  CREATE TABLE card_deferrals (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    number TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL,
    body_digest TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('purchases', 'revolving')),
    total_minor INTEGER NOT NULL CHECK (total_minor > 0),
    simulation TEXT NOT NULL CHECK (json_valid(simulation)),
    UNIQUE (member_id, idempotency_key)
  ) STRICT;
  CREATE INDEX card_deferrals_by_product ON card_deferrals(product_id, id);

  -- Its installments, billed on the card from the month after the deferral.
  CREATE TABLE card_deferral_installments (
    deferral_id INTEGER NOT NULL REFERENCES card_deferrals(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    due_on TEXT NOT NULL,
    principal_minor INTEGER NOT NULL CHECK (principal_minor >= 0),
    interest_minor INTEGER NOT NULL CHECK (interest_minor >= 0),
    PRIMARY KEY (deferral_id, number)
  ) STRICT;

  -- A purchase is deferred once: the primary key refuses a second deferral of the same movement. A
  -- revolving-balance deferral covers the purchases then still deferrable too.
  CREATE TABLE card_deferred_purchases (
    movement_id INTEGER PRIMARY KEY REFERENCES movements(id) ON DELETE CASCADE,
    deferral_id INTEGER NOT NULL REFERENCES card_deferrals(id) ON DELETE CASCADE
  ) STRICT;
`,
  },
]
