import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const SIMULATORS_MIGRATIONS: readonly Migration[] = [
  // v1: loan applications and product requests (issue 11).
  {
    version: 1,
    sql: `
  -- slot: simulators
  -- A loan application keeps the simulation it was filed from (JSON, as re-computed by the core) and the
  -- requirements evaluated then. number is SC-<year>-<id>; status moves filed → in_review → approved|denied.
  CREATE TABLE loan_applications (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    number TEXT NOT NULL UNIQUE,
    filed_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('filed', 'in_review', 'approved', 'denied')),
    simulation TEXT NOT NULL CHECK (json_valid(simulation)),
    requirements TEXT NOT NULL CHECK (json_valid(requirements))
  ) STRICT;
  CREATE INDEX loan_applications_by_member ON loan_applications(member_id, id);

  -- "Solicita tus productos": a short request a branch officer calls back about. number is SP-<year>-<id>.
  CREATE TABLE product_requests (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    number TEXT NOT NULL UNIQUE,
    filed_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('filed', 'in_review', 'approved', 'denied')),
    kind TEXT NOT NULL CHECK (kind IN ('savings', 'term_deposit', 'card', 'loan')),
    amount_minor INTEGER,
    contact TEXT NOT NULL CHECK (contact IN ('phone', 'email', 'branch'))
  ) STRICT;
  CREATE INDEX product_requests_by_member ON product_requests(member_id, id);
`,
  },
]
