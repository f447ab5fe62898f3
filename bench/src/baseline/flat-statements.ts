// The order service's statements and Redis scripts, copied verbatim so the flat baseline does the
// same work on the servers: SQL from apps/order-service/src/postgres/postgres-order-repository.ts
// (with ORDER_COLUMNS of order-row.ts) and packages/postgres-adapter/src/postgres-outbox-store.ts;
// Lua from packages/redis-adapter/src/idempotency-scripts.ts. When those change, change these.

const ORDER_COLUMNS =
  'id, customer_id, currency, lines, total_minor, status, version, created_at, updated_at, ' +
  'payment_key, payment_fingerprint, payment_lease_until, charge_id';
const UPDATE_SET = `customer_id = $3, currency = $4, lines = $5, total_minor = $6, status = $7,
         updated_at = $8, payment_key = $9, payment_fingerprint = $10, payment_lease_until = $11,
         charge_id = $12, version = version + 1`;
const OUTBOX_COLUMNS = 'id, type, payload, occurred_at, correlation_id, headers, attempts';

const OUTBOX_INSERT = `INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at)`;
const CLAIMED_COLUMNS = OUTBOX_COLUMNS.split(', ')
  .map((column) => `claimed.${column}`)
  .join(', ');

export const SQL = {
  /** The order and its order.created event: one statement (`insertWithEvent`). */
  insertOrderWithEvent: `WITH created AS (INSERT INTO orders (${ORDER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id)
       ${OUTBOX_INSERT} SELECT $14::text, $15::text, $16::jsonb, $17::timestamptz, $18::text, $19::jsonb, $20::timestamptz FROM created`,
  findOrder: `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1`,
  /** The version-checked change without an event: the payment reservation (`update`). */
  updateOrder: `UPDATE orders SET ${UPDATE_SET}
       WHERE id = $1 AND version = $2 RETURNING ${ORDER_COLUMNS}`,
  /** The version-checked change and its event: one statement (`updateWithEvent`). */
  updateOrderWithEvent: `WITH saved AS (UPDATE orders SET ${UPDATE_SET}
         WHERE id = $1 AND version = $2 RETURNING ${ORDER_COLUMNS}),
       event AS (${OUTBOX_INSERT} SELECT $13::text, $14::text, $15::jsonb, $16::timestamptz, $17::text, $18::jsonb, $19::timestamptz FROM saved)
       SELECT ${ORDER_COLUMNS} FROM saved`,
  /** The last batch's mark, the pick and the lease: one statement (`claims: 'one-statement'`). */
  claim: `WITH marked AS (
           UPDATE outbox_events SET published_at = $1, locked_until = NULL
           WHERE id = ANY($4) AND published_at IS NULL
         ),
         due AS (
           SELECT id FROM outbox_events
           WHERE published_at IS NULL AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
             AND NOT (id = ANY($4))
           ORDER BY occurred_at, position LIMIT $3
           FOR UPDATE SKIP LOCKED
         ),
         claimed AS (
           UPDATE outbox_events AS claimed SET locked_until = $2 FROM due WHERE claimed.id = due.id
           RETURNING ${CLAIMED_COLUMNS}, claimed.position
         )
         SELECT ${OUTBOX_COLUMNS} FROM claimed ORDER BY occurred_at, position`,
  markPublished: `UPDATE outbox_events SET published_at = $1, locked_until = NULL
       WHERE id = ANY($2) AND published_at IS NULL`,
} as const;

/** KEYS[1] record; ARGV fingerprint, ttlMs, leaseMs. */
export const BEGIN_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local r = redis.call('HMGET', KEYS[1], 'v', 'state', 'fingerprint', 'lease_until', 'response')
if r[1] and r[1] ~= '1' then
  return redis.error_reply('SEAMS_RECORD_VERSION unsupported idempotency record version ' .. r[1])
end
if (not r[2]) or (r[2] == 'started' and tonumber(r[4]) <= now) then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'v', '1', 'state', 'started', 'fingerprint', ARGV[1], 'ttl_ms', ARGV[2],
    'lease_until', string.format('%d', now + tonumber(ARGV[3])))
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'started'}
end
if r[3] ~= ARGV[1] then return {'mismatch'} end
if r[2] == 'started' then return {'in_progress'} end
return {'completed', r[5]}
`;

/** KEYS[1] record; ARGV response JSON. */
export const COMPLETE_SCRIPT = `
local r = redis.call('HMGET', KEYS[1], 'state', 'ttl_ms')
if r[1] ~= 'started' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'completed', 'response', ARGV[1])
redis.call('HDEL', KEYS[1], 'lease_until')
redis.call('PEXPIRE', KEYS[1], r[2])
return 1
`;
