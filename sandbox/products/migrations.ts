import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const PRODUCTS_MIGRATIONS: readonly Migration[] = [
  // v1 (global v3): products, statements and certificates.
  {
    version: 1,
    legacyVersion: 3,
    sql: `
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
  },
]
