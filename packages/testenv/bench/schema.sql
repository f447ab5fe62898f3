-- A representative service schema (5 tables, keys, indexes, a jsonb column): what a template holds.
CREATE TABLE customers (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE invoices (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers (id),
  status text NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'void')),
  total_cents bigint NOT NULL,
  lines jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX invoices_customer ON invoices (customer_id, created_at);
CREATE TABLE invoice_events (id bigserial PRIMARY KEY, invoice_id uuid NOT NULL REFERENCES invoices (id), kind text NOT NULL);
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  available_at timestamptz NOT NULL,
  claimed_until timestamptz
);
CREATE INDEX outbox_due ON outbox_events (available_at) WHERE claimed_until IS NULL;
CREATE TABLE idempotency_keys (key text PRIMARY KEY, response jsonb, expires_at timestamptz NOT NULL);
