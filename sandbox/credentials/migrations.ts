import type { Migration } from '../db/migration'

/** Append-only: never edit a released step; add a new one. */
export const CREDENTIALS_MIGRATIONS: readonly Migration[] = [
  // v1 (global v2): credentials lifecycle (temporary keys, OTPs, outbox, security questions, contract acceptance).
  {
    version: 1,
    legacyVersion: 2,
    sql: `
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
  },
  // v2 (global v4): abuse resistance of the credential flows (issue 15).
  {
    version: 2,
    legacyVersion: 4,
    sql: `
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
  },
]
