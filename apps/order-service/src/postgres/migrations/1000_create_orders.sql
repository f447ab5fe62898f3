-- Orders. Lines live in a jsonb column: they are a value of the order, always read and written
-- with it and never queried alone, so one row keeps a save atomic and the version check simple.
-- Money is integer minor units in bigint (int8): no floats, and no 2^31 ceiling on totals.
CREATE TABLE orders (
  id text PRIMARY KEY,
  customer_id text NOT NULL,
  currency text NOT NULL,
  lines jsonb NOT NULL,
  total_minor bigint NOT NULL CHECK (total_minor >= 0),
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'payment_failed', 'cancelled')),
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- listByStatus: oldest first, ties broken by id.
CREATE INDEX orders_status_created_at_id_idx ON orders (status, created_at, id);
