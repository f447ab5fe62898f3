-- A representative service schema (5 tables, keys, indexes, a jsonb column): what a template holds.
CREATE TABLE customers (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE orders (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers (id),
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
  total_cents bigint NOT NULL,
  lines jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer ON orders (customer_id, created_at);
CREATE TABLE order_events (id bigserial PRIMARY KEY, order_id uuid NOT NULL REFERENCES orders (id), kind text NOT NULL);
CREATE TABLE outbox_events (
  id uuid PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  available_at timestamptz NOT NULL,
  claimed_until timestamptz
);
CREATE INDEX outbox_due ON outbox_events (available_at) WHERE claimed_until IS NULL;
CREATE TABLE idempotency_keys (key text PRIMARY KEY, response jsonb, expires_at timestamptz NOT NULL);
