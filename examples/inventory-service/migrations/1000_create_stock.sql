-- Stock per SKU: units on hand and units held by reservations. The checks are the last line of
-- defence; the repository's conditional UPDATE is what keeps concurrent reservations from overselling.
CREATE TABLE stock_levels (
  sku text PRIMARY KEY,
  on_hand integer NOT NULL CHECK (on_hand >= 0),
  reserved integer NOT NULL CHECK (reserved >= 0),
  CHECK (reserved <= on_hand)
);

-- One row per reservation; a released one stays, so releasing twice is recognisable and harmless.
CREATE TABLE stock_reservations (
  id text PRIMARY KEY,
  order_id text NOT NULL,
  sku text NOT NULL REFERENCES stock_levels (sku),
  quantity integer NOT NULL CHECK (quantity > 0),
  status text NOT NULL CHECK (status IN ('held', 'released')),
  reserved_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- listExpired: held reservations by expiry, ties by id.
CREATE INDEX stock_reservations_status_expires_at_id_idx ON stock_reservations (status, expires_at, id);
