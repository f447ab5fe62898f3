-- Orders. Lines live in a jsonb column: they are a value of the order, always read and written
-- with it and never queried alone, so one row keeps a save atomic and the version check simple.
-- Money is integer minor units in bigint (int8): no floats, and no 2^31 ceiling on totals.
-- The payment an order holds (see OrderPayment): while payment_lease_until is set the order is
-- reserved for the charge with idempotency key payment_key, and cancel or another card waits.
-- A paid order keeps the key, the token's fingerprint (never the token) and the provider's charge.
CREATE TABLE orders (
  id text PRIMARY KEY,
  customer_id text NOT NULL,
  currency text NOT NULL,
  lines jsonb NOT NULL,
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'payment_failed', 'cancelled')),
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  payment_key text,
  payment_fingerprint text,
  payment_lease_until timestamptz,
  charge_id text,
  CONSTRAINT orders_payment_check CHECK (
    (payment_key IS NULL) = (payment_fingerprint IS NULL)
    AND (payment_lease_until IS NULL OR payment_key IS NOT NULL)
    AND (charge_id IS NULL OR status = 'paid')
  )
);

-- listByStatus: oldest first, ties broken by id.
CREATE INDEX orders_status_created_at_id_idx ON orders (status, created_at, id);

-- Recovery looks for reservations whose lease ran out; only reserved rows are indexed.
CREATE INDEX orders_payment_lease_until_idx ON orders (payment_lease_until)
  WHERE payment_lease_until IS NOT NULL;
