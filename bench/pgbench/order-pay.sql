-- One script run = the statements behind POST /orders and POST /orders/:id/pay, as OrderService
-- issues them through its PostgresOrderRepository (apps/order-service/src/postgres) and the
-- PostgresOutboxStore of @seams/postgres-adapter: a transaction inserting the order and its
-- order.created outbox event; then the read of the order (outside a transaction, before the
-- charge) and a transaction with the version-checked UPDATE to paid and the order.paid event.
-- Values travel as parameters (-M extended), as with pg. Payloads have the service's shape.
\set r random(1, 9007199254740991)
\set e random(1, 9007199254740991)
BEGIN;
INSERT INTO orders (id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at) VALUES ('ord-' || :client_id || '-' || :r, 'cus-bench', 'EUR', '[{"sku":"sku-1","quantity":2,"unitPrice":600},{"sku":"sku-2","quantity":1,"unitPrice":1299}]', 2499, 'pending', 1, now(), now());
INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at) VALUES ('evt-' || :client_id || '-' || :e, 'order.created', ('{"orderId":"ord-' || :client_id || '-' || :r || '","customerId":"cus-bench","status":"pending","currency":"EUR","total":2499,"version":1}')::jsonb, now(), 'ord-' || :client_id || '-' || :r, NULL, now());
COMMIT;
SELECT id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at FROM orders WHERE id = 'ord-' || :client_id || '-' || :r;
BEGIN;
UPDATE orders SET customer_id = 'cus-bench', currency = 'EUR', lines = '[{"sku":"sku-1","quantity":2,"unitPrice":600},{"sku":"sku-2","quantity":1,"unitPrice":1299}]', total_minor = 2499, status = 'paid', updated_at = now(), version = version + 1 WHERE id = 'ord-' || :client_id || '-' || :r AND version = 1 RETURNING id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at;
INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at) VALUES ('evt-' || :client_id || '-' || :e || '-p', 'order.paid', ('{"orderId":"ord-' || :client_id || '-' || :r || '","customerId":"cus-bench","status":"paid","currency":"EUR","total":2499,"version":2,"chargeId":"ch_bench"}')::jsonb, now(), 'ord-' || :client_id || '-' || :r, NULL, now());
COMMIT;
