-- The payment an order holds (see OrderPayment): while payment_lease_until is set the order is
-- reserved for the charge with idempotency key payment_key, and cancel or another card waits.
-- A paid order keeps the key, the token's fingerprint (never the token) and the provider's charge.
ALTER TABLE orders
  ADD COLUMN payment_key text,
  ADD COLUMN payment_fingerprint text,
  ADD COLUMN payment_lease_until timestamptz,
  ADD COLUMN charge_id text;

ALTER TABLE orders ADD CONSTRAINT orders_payment_check CHECK (
  (payment_key IS NULL) = (payment_fingerprint IS NULL)
  AND (payment_lease_until IS NULL OR payment_key IS NOT NULL)
  AND (charge_id IS NULL OR status = 'paid')
);

-- Recovery looks for reservations whose lease ran out; only reserved rows are indexed.
CREATE INDEX orders_payment_lease_until_idx ON orders (payment_lease_until)
  WHERE payment_lease_until IS NOT NULL;
