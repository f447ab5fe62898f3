-- One script run = the statements behind POST /orders and POST /orders/:id/pay, as OrderService
-- issues them through its PostgresOrderRepository (apps/order-service/src/postgres) and the
-- PostgresOutboxStore of @seams/postgres-adapter: a transaction inserting the order and its
-- order.created outbox event; then the read of the order, the version-checked UPDATE that reserves
-- it for the payment (autocommit, before the charge: the lease cancel and other cards respect), and
-- a transaction with the version-checked UPDATE to paid (the charge recorded, the lease ended) and
-- the order.paid event. Values travel as parameters (-M extended), as with pg. Payloads have the service's shape.
\set r random(1, 9007199254740991)
\set e random(1, 9007199254740991)
BEGIN;
INSERT INTO orders (id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, payment_key, payment_fingerprint, payment_lease_until, charge_id) VALUES ('ord-' || :client_id || '-' || :r, 'cus-bench', 'EUR', '[{"sku":"sku-1","quantity":2,"unitPrice":600},{"sku":"sku-2","quantity":1,"unitPrice":1299}]', 2499, 'pending', 1, now(), now(), NULL, NULL, NULL, NULL);
INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at) VALUES ('evt-' || :client_id || '-' || :e, 'order.created', ('{"orderId":"ord-' || :client_id || '-' || :r || '","customerId":"cus-bench","status":"pending","currency":"EUR","total":2499,"version":1}')::jsonb, now(), 'ord-' || :client_id || '-' || :r, NULL, now());
COMMIT;
SELECT id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, payment_key, payment_fingerprint, payment_lease_until, charge_id FROM orders WHERE id = 'ord-' || :client_id || '-' || :r;
UPDATE orders SET customer_id = 'cus-bench', currency = 'EUR', lines = '[{"sku":"sku-1","quantity":2,"unitPrice":600},{"sku":"sku-2","quantity":1,"unitPrice":1299}]', total_minor = 2499, status = 'pending', updated_at = now(), payment_key = 'order-ord-' || :client_id || '-' || :r || '-v1', payment_fingerprint = '0e4b9e0a8a1c1f0b5d1f1b1c4d0e2a7c6f6f2d1e9b8a7c6d5e4f3a2b1c0d9e8f', payment_lease_until = now() + interval '60 seconds', charge_id = NULL, version = version + 1 WHERE id = 'ord-' || :client_id || '-' || :r AND version = 1 RETURNING id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, payment_key, payment_fingerprint, payment_lease_until, charge_id;
BEGIN;
UPDATE orders SET customer_id = 'cus-bench', currency = 'EUR', lines = '[{"sku":"sku-1","quantity":2,"unitPrice":600},{"sku":"sku-2","quantity":1,"unitPrice":1299}]', total_minor = 2499, status = 'paid', updated_at = now(), payment_key = 'order-ord-' || :client_id || '-' || :r || '-v1', payment_fingerprint = '0e4b9e0a8a1c1f0b5d1f1b1c4d0e2a7c6f6f2d1e9b8a7c6d5e4f3a2b1c0d9e8f', payment_lease_until = NULL, charge_id = 'ch_bench', version = version + 1 WHERE id = 'ord-' || :client_id || '-' || :r AND version = 2 RETURNING id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, payment_key, payment_fingerprint, payment_lease_until, charge_id;
INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at) VALUES ('evt-' || :client_id || '-' || :e || '-p', 'order.paid', ('{"orderId":"ord-' || :client_id || '-' || :r || '","customerId":"cus-bench","status":"paid","currency":"EUR","total":2499,"version":3,"chargeId":"ch_bench"}')::jsonb, now(), 'ord-' || :client_id || '-' || :r, NULL, now());
COMMIT;
