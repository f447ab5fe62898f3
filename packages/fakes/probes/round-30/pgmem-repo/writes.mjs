// Round 30, fifth family: sequences of three to six writes a repository's unit of work sends
// (inserts with defaults and serials, upserts, soft and hard deletes through ON DELETE CASCADE /
// SET NULL, stock moves, tag links), sometimes in a transaction with a savepoint rolled back,
// then every table read back in key order with the sequences' next values. Errors are part of it.
import { rngOf, SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });

const WRITES = [
  (r) =>
    P(
      'INSERT INTO users (tenant_id, email, name, score) VALUES ($1, $2, $3, $4) RETURNING id',
      r.pick([1, 2, 3]),
      r.pick(['n1@x', 'n2@x', 'ann@acme.io']),
      r.pick(['N', null]),
      r.pick([null, 1, 100]),
    ),
  (r) =>
    P(
      'INSERT INTO users (tenant_id, email) VALUES ($1, $2) ON CONFLICT (tenant_id, email) DO UPDATE SET score = coalesce(users.score, 0) + 1 RETURNING id, score',
      r.pick([1, 2]),
      r.pick(['ann@acme.io', 'bob@acme.io', 'n3@x']),
    ),
  (r) =>
    P(
      'INSERT INTO users (tenant_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
      r.pick([1, 2]),
      r.pick(['ann@acme.io', 'n4@x']),
    ),
  (r) =>
    P(
      'UPDATE users SET deleted_at = $2 WHERE id = $1 RETURNING id',
      r.int(1, 9),
      new Date('2024-09-09T09:09:09.009Z'),
    ),
  (r) => P('DELETE FROM users WHERE id = $1 RETURNING id', r.int(1, 9)),
  (r) =>
    P('UPDATE users SET tenant_id = $2 WHERE id = $1 RETURNING tenant_id', r.int(1, 7), r.pick([1, 3, 8])),
  (r) =>
    P(
      'INSERT INTO posts (id, tenant_id, author_id, title, slug) VALUES ($1, $2, $3, $4, $5) RETURNING id, status',
      r.int(6, 9),
      r.pick([1, 2]),
      r.pick([1, 2, null, 42]),
      'T',
      r.pick(['s1', 's2', 'init', null]),
    ),
  (r) => P('DELETE FROM posts WHERE id = $1 RETURNING id', r.int(1, 8)),
  (r) =>
    P(
      'INSERT INTO post_tags VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING post_id',
      r.int(1, 8),
      r.int(1, 5),
    ),
  (r) => P('DELETE FROM tags WHERE id = $1', r.int(1, 5)),
  (r) => P('UPDATE posts SET id = $2 WHERE id = $1', r.int(1, 6), r.int(7, 9)),
  (r) =>
    P(
      'UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2 RETURNING stock',
      r.int(1, 5),
      r.pick([1, 3, 50]),
    ),
  (r) =>
    P(
      'UPDATE products SET stock = stock - $2 WHERE id = $1 RETURNING stock',
      r.int(1, 5),
      r.pick([1, 3, 50]),
    ),
  (r) =>
    P(
      'INSERT INTO products (sku, name, price) VALUES ($1, $2, $3) RETURNING id',
      r.pick(['N-1', 'A-1']),
      'n',
      r.pick(['1.999', '0', '-0.001']),
    ),
  (r) =>
    P(
      'INSERT INTO cart_items VALUES ($1, $2, $3) ON CONFLICT (cart_id, product_id) DO UPDATE SET qty = cart_items.qty + EXCLUDED.qty RETURNING qty',
      r.pick(['11111111-1111-1111-1111-111111111111', '33333333-3333-3333-3333-333333333333']),
      r.int(1, 5),
      r.pick([1, -2, 5]),
    ),
  (r) => P('DELETE FROM carts WHERE user_id IS NOT DISTINCT FROM $1 RETURNING id', r.pick([1, 2, null])),
  (r) => P('DELETE FROM products WHERE id = $1', r.int(1, 5)),
  (r) => P('UPDATE cart_items SET qty = qty - 1 WHERE product_id = $1 RETURNING cart_id, qty', r.int(1, 5)),
  (r) => P('INSERT INTO tags (name) VALUES ($1) RETURNING id', r.pick(['t1', 'sql', 'T1'])),
  (r) =>
    P(
      'INSERT INTO bookings (room_id, user_id, starts_at, ends_at) VALUES ($1, $2, $3, $4) RETURNING id',
      r.int(1, 4),
      r.pick([1, null]),
      '2024-07-01T10:00:00Z',
      r.pick(['2024-07-01T11:00:00Z', '2024-07-01T10:00:00Z']),
    ),
  (r) => P('DELETE FROM rooms WHERE id = $1', r.int(1, 3)),
  (r) =>
    P(
      'UPDATE jobs SET state = $2, attempts = attempts + 1 WHERE id = $1 RETURNING state',
      r.int(1, 7),
      r.pick(['running', 'done', 'lost']),
    ),
  (r) =>
    P(
      'INSERT INTO jobs (payload, run_at, priority) VALUES ($1, $2, $3) RETURNING id',
      r.pick([{ a: 1 }, [], null]),
      new Date('2024-01-01T00:00:00Z'),
      r.pick([1, 99999]),
    ),
  (r) =>
    P(
      'UPDATE users SET balance = balance + $2 WHERE id = $1 RETURNING balance',
      r.int(1, 7),
      r.pick(['0.005', '-1000', '9999999999.99', 0.1]),
    ),
  () => 'UPDATE users SET score = score + 1 WHERE tenant_id = 1',
  () => 'DELETE FROM audit_log WHERE actor_id IS NULL',
  () =>
    "INSERT INTO audit_log (tenant_id, action, entity, at) SELECT tenant_id, 'touch', 'user', created_at FROM users WHERE deleted_at IS NULL",
];

const READS = [
  'SELECT id, tenant_id, email, name, score, balance, deleted_at FROM users ORDER BY id',
  'SELECT id, author_id, slug, status, views FROM posts ORDER BY id',
  'SELECT post_id, tag_id FROM post_tags ORDER BY post_id, tag_id',
  'SELECT id, name FROM tags ORDER BY id',
  'SELECT id, sku, price, stock FROM products ORDER BY id',
  'SELECT cart_id, product_id, qty FROM cart_items ORDER BY cart_id, product_id',
  'SELECT id, user_id FROM carts ORDER BY id',
  'SELECT id, room_id, user_id FROM bookings ORDER BY id',
  'SELECT id, state, attempts, priority FROM jobs ORDER BY id',
  'SELECT count(*) AS audit FROM audit_log',
];

export function writes(seed, count, prefix = 'r30 writes') {
  const r = rngOf(seed);
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const steps = [];
    const tx = r.int(0, 2);
    if (tx > 0) steps.push('BEGIN');
    const n = r.int(2, 5);
    for (let k = 0; k < n; k += 1) {
      if (tx === 2 && k === 1) steps.push('SAVEPOINT sp');
      steps.push(r.pick(WRITES)(r));
    }
    if (tx === 2) steps.push(r.pick(['ROLLBACK TO SAVEPOINT sp', 'RELEASE SAVEPOINT sp']));
    if (tx > 0) steps.push(r.pick(['COMMIT', 'COMMIT', 'ROLLBACK']));
    steps.push(...READS);
    steps.push(
      "SELECT nextval('users_id_seq') AS u, nextval('tags_id_seq') AS t, nextval('products_id_seq') AS p, nextval('jobs_id_seq') AS j, nextval('bookings_id_seq') AS b",
    );
    cases.push({ name: `${prefix} #${i + 1} (seed ${seed})`, setup: SCHEMA, steps });
  }
  return cases;
}
