-- A representative service schema (5 tables, keys, indexes, a jsonb column): what a template holds.
CREATE TABLE accounts (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE ledger_entries (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  kind text NOT NULL CHECK (kind IN ('credit', 'debit', 'hold', 'release')),
  amount_cents bigint NOT NULL,
  details jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id, created_at);
CREATE TABLE entry_audit (id bigserial PRIMARY KEY, entry_id uuid NOT NULL REFERENCES ledger_entries (id), note text NOT NULL);
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  available_at timestamptz NOT NULL,
  claimed_until timestamptz
);
CREATE INDEX outbox_due ON outbox_events (available_at) WHERE claimed_until IS NULL;
CREATE TABLE idempotency_keys (key text PRIMARY KEY, response jsonb, expires_at timestamptz NOT NULL);
