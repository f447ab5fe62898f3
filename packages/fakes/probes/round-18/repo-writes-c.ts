// Round 18 probe, repository writes part 3: UPDATE (FROM, optimistic locking, counters, soft
// delete), DELETE (USING, RETURNING) and RETURNING of expressions, as repositories send them.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: update delete: ');

const DOCS = `CREATE TABLE docs (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text,
  version int NOT NULL DEFAULT 1,
  views bigint NOT NULL DEFAULT 0,
  deleted_at timestamptz,
  tags text[] NOT NULL DEFAULT '{}',
  meta jsonb NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT '2024-01-01T00:00:00Z'
);
INSERT INTO docs (id, title, body, tags, meta) VALUES
  (1, 'one', 'b1', '{a}', '{"n": 1}'),
  (2, 'two', NULL, '{}', '{"n": 2, "x": {"y": true}}'),
  (3, 'three', 'b3', '{a,b}', '{}');`;
const SHOP = `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, tier text NOT NULL DEFAULT 'basic');
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), total numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'new');
INSERT INTO customers VALUES (1, 'Ann', 'gold'), (2, 'Bob', 'basic'), (3, 'Cy', 'basic');
INSERT INTO orders VALUES (10, 1, 5.00, 'new'), (11, 1, 20.50, 'paid'), (12, 2, 7.25, 'new'), (13, 3, 0, 'cancelled');`;

// ---------------------------------------------------------------- UPDATE basics
list.add(
  'update by id with parameters returning star',
  [withParams('UPDATE docs SET title = $1, body = $2 WHERE id = $3 RETURNING *', 'uno', null, 1)],
  DOCS,
);
list.add(
  'update no match gives rowCount 0 and no rows',
  [withParams('UPDATE docs SET title = $1 WHERE id = $2 RETURNING id', 'x', 99)],
  DOCS,
);
list.add(
  'update rowCount without returning',
  ['UPDATE docs SET body = upper(body) WHERE body IS NOT NULL'],
  DOCS,
);
list.add('update all rows', ['UPDATE docs SET views = views + 1', 'SELECT sum(views) AS s FROM docs'], DOCS);
list.add(
  'update returning old and new via a self-join in FROM',
  [
    withParams(
      'UPDATE docs d SET title = $1 FROM docs old WHERE d.id = old.id AND d.id = $2 RETURNING old.title AS before, d.title AS after',
      'uno',
      1,
    ),
  ],
  DOCS,
);
list.add(
  'update returning old value through a CTE',
  [
    `WITH old AS (SELECT id, title FROM docs WHERE id = 2 FOR UPDATE) UPDATE docs SET title = 'deux' FROM old WHERE docs.id = old.id RETURNING old.title AS before, docs.title AS after`,
  ],
  DOCS,
);
list.add(
  'update returning expressions of the new row',
  [
    `UPDATE docs SET views = views + 5 WHERE id = 1 RETURNING id, views, views * 2 AS twice, pg_typeof(views)::text AS t, title || '!' AS shout`,
  ],
  DOCS,
);
list.add(
  'update set column to default',
  [`UPDATE docs SET version = DEFAULT, tags = DEFAULT WHERE id = 3 RETURNING version, tags`],
  DOCS,
);
list.add(
  'update multiple columns with row syntax',
  [withParams('UPDATE docs SET (title, body) = ($1, $2) WHERE id = $3 RETURNING title, body', 'T', 'B', 2)],
  DOCS,
);
list.add(
  'update row syntax with a sub-select',
  [
    `UPDATE docs SET (title, views) = (SELECT 'max', max(views) + 1 FROM docs) WHERE id = 1 RETURNING title, views`,
  ],
  DOCS,
);
list.add(
  'update row syntax with a single column needs ROW',
  [`UPDATE docs SET (title) = ROW('x') WHERE id = 1 RETURNING title`],
  DOCS,
);
list.add(
  'update set a column twice is 42601',
  [`UPDATE docs SET title = 'a', title = 'b' WHERE id = 1`],
  DOCS,
);
list.add('update set a missing column is 42703', [`UPDATE docs SET nope = 1 WHERE id = 1`], DOCS);
list.add(
  'update set qualified by table name is 42703',
  [`UPDATE docs SET docs.title = 'x' WHERE id = 1`],
  DOCS,
);
list.add(
  'update with table alias',
  [`UPDATE docs AS d SET title = d.title || '?' WHERE d.id = 2 RETURNING d.title`],
  DOCS,
);
list.add(
  'update not null violation',
  [withParams('UPDATE docs SET title = $1 WHERE id = $2', null, 1)],
  DOCS,
);
list.add('update primary key to an existing one is 23505', [`UPDATE docs SET id = 2 WHERE id = 1`], DOCS);
list.add(
  'update primary keys shifting all rows by one',
  [`UPDATE docs SET id = id + 1`, 'SELECT id FROM docs ORDER BY id'],
  DOCS,
);
list.add(
  'update where in list of parameters',
  [withParams('UPDATE docs SET views = 9 WHERE id IN ($1, $2) RETURNING id', 1, 3)],
  DOCS,
);
list.add(
  'update where id = any of an array parameter',
  [withParams('UPDATE docs SET views = 7 WHERE id = ANY($1) RETURNING id', [2, 3])],
  DOCS,
);
list.add(
  'update where id = any of an int array cast',
  [withParams('UPDATE docs SET views = 7 WHERE id = ANY($1::int[]) RETURNING id', ['1', '2'])],
  DOCS,
);
list.add(
  'update where any of an empty array matches nothing',
  [withParams('UPDATE docs SET views = 7 WHERE id = ANY($1::int[])', [])],
  DOCS,
);
list.add(
  'update with a subquery in where',
  [`UPDATE docs SET views = 1 WHERE id = (SELECT max(id) FROM docs) RETURNING id`],
  DOCS,
);
list.add(
  'update with a scalar subquery returning two rows is 21000',
  [`UPDATE docs SET views = (SELECT id FROM docs) WHERE id = 1`],
  DOCS,
);
list.add(
  'update with a text parameter into int column',
  [withParams('UPDATE docs SET views = $1 WHERE id = 1 RETURNING views', '12345678901234')],
  DOCS,
);
list.add(
  'update bigint overflow is 22003',
  [
    `UPDATE docs SET views = 9223372036854775807 WHERE id = 1`,
    `UPDATE docs SET views = views + 1 WHERE id = 1`,
  ],
  DOCS,
);
list.add(
  'update int overflow of version is 22003',
  [`UPDATE docs SET version = 2147483647 WHERE id = 1`, `UPDATE docs SET version = version + 1 WHERE id = 1`],
  DOCS,
);
list.add('update with order by is a syntax error', [`UPDATE docs SET views = 1 ORDER BY id`], DOCS);
list.add('update with limit is a syntax error', [`UPDATE docs SET views = 1 LIMIT 1`], DOCS);
list.add(
  'update limited through a ctid subquery',
  [`UPDATE docs SET views = 100 WHERE ctid IN (SELECT ctid FROM docs ORDER BY id LIMIT 2) RETURNING id`],
  DOCS,
);
list.add(
  'update limited through an id subquery with for update skip locked',
  [
    `UPDATE docs SET views = 100 WHERE id IN (SELECT id FROM docs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id`,
  ],
  DOCS,
);
list.add(
  'update where current of a cursor',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT * FROM docs WHERE id = 2 FOR UPDATE',
    'FETCH 1 FROM c',
    `UPDATE docs SET title = 'cur' WHERE CURRENT OF c RETURNING id, title`,
    'COMMIT',
  ],
  DOCS,
);

// ---------------------------------------------------------------- optimistic locking
list.add(
  'optimistic update with the right version bumps it',
  [
    withParams(
      'UPDATE docs SET title = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
      'new',
      1,
      1,
    ),
  ],
  DOCS,
);
list.add(
  'optimistic update with a stale version changes nothing',
  [
    withParams(
      'UPDATE docs SET title = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
      'new',
      1,
      0,
    ),
    'SELECT title, version FROM docs WHERE id = 1',
  ],
  DOCS,
);
list.add(
  'optimistic update twice with the same version second fails',
  [
    withParams('UPDATE docs SET version = version + 1 WHERE id = $1 AND version = $2', 1, 1),
    withParams('UPDATE docs SET version = version + 1 WHERE id = $1 AND version = $2', 1, 1),
  ],
  DOCS,
);
list.add(
  'optimistic update with a version given as string',
  [
    withParams(
      'UPDATE docs SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version',
      '1',
      '1',
    ),
  ],
  DOCS,
);
list.add(
  'optimistic update by updated_at timestamp parameter',
  [
    withParams(
      'UPDATE docs SET title = $1, updated_at = now() WHERE id = $2 AND updated_at = $3 RETURNING id',
      'x',
      1,
      new Date('2024-01-01T00:00:00Z'),
    ),
  ],
  DOCS,
);
list.add(
  'optimistic update by xmin',
  [
    `SELECT xmin::text <> '' AS has FROM docs WHERE id = 1`,
    `UPDATE docs SET title = 'x' WHERE id = 1 AND xmin = xmin RETURNING id`,
  ],
  DOCS,
);

// ---------------------------------------------------------------- counters and jsonb/array updates
list.add(
  'counter increment returning the new value',
  [withParams('UPDATE docs SET views = views + $1 WHERE id = $2 RETURNING views', 3, 2)],
  DOCS,
);
list.add(
  'counter decrement guarded against going below zero',
  [
    'UPDATE docs SET views = 1 WHERE id = 1',
    'UPDATE docs SET views = views - 1 WHERE id = 1 AND views > 0 RETURNING views',
    'UPDATE docs SET views = views - 1 WHERE id = 1 AND views > 0 RETURNING views',
  ],
  DOCS,
);
list.add(
  'counter increment with bigint string parameter',
  [withParams('UPDATE docs SET views = views + $1 WHERE id = 1 RETURNING views', '9007199254740993')],
  DOCS,
);
list.add(
  'counter increment with a bigint js value',
  [withParams('UPDATE docs SET views = views + $1 WHERE id = 1 RETURNING views', 9007199254740993n)],
  DOCS,
);
list.add(
  'jsonb_set on update',
  [withParams(`UPDATE docs SET meta = jsonb_set(meta, '{n}', $1::jsonb) WHERE id = 1 RETURNING meta`, '5')],
  DOCS,
);
list.add(
  'jsonb_set creating a nested path',
  [`UPDATE docs SET meta = jsonb_set(meta, '{x,z}', '"new"', true) WHERE id = 2 RETURNING meta`],
  DOCS,
);
list.add(
  'jsonb concatenation with an object parameter',
  [withParams('UPDATE docs SET meta = meta || $1 WHERE id = 2 RETURNING meta', { n: 3, added: [1] })],
  DOCS,
);
list.add('jsonb remove a key', [`UPDATE docs SET meta = meta - 'x' WHERE id = 2 RETURNING meta`], DOCS);
list.add('jsonb remove a path', [`UPDATE docs SET meta = meta #- '{x,y}' WHERE id = 2 RETURNING meta`], DOCS);
list.add(
  'jsonb increment a numeric field',
  [
    `UPDATE docs SET meta = jsonb_set(meta, '{n}', to_jsonb((meta->>'n')::int + 1)) WHERE id = 1 RETURNING meta->'n' AS n`,
  ],
  DOCS,
);
list.add(
  'jsonb subscript assignment',
  [`UPDATE docs SET meta['n'] = '10' WHERE id = 1 RETURNING meta`],
  DOCS,
);
list.add(
  'jsonb subscript assignment of a nested path',
  [`UPDATE docs SET meta['x']['y'] = 'false' WHERE id = 2 RETURNING meta`],
  DOCS,
);
list.add(
  'array append on update',
  [withParams('UPDATE docs SET tags = array_append(tags, $1) WHERE id = 1 RETURNING tags', 'z')],
  DOCS,
);
list.add(
  'array concatenation with an array parameter',
  [withParams('UPDATE docs SET tags = tags || $1::text[] WHERE id = 3 RETURNING tags', ['c', 'd'])],
  DOCS,
);
list.add(
  'array remove on update',
  [`UPDATE docs SET tags = array_remove(tags, 'a') RETURNING id, tags`],
  DOCS,
);
list.add(
  'array element assignment',
  [`UPDATE docs SET tags[2] = 'second' WHERE id = 1 RETURNING tags`],
  DOCS,
);
list.add(
  'array element assignment beyond the end pads with null',
  [`UPDATE docs SET tags[4] = 'd' WHERE id = 1 RETURNING tags`],
  DOCS,
);
list.add(
  'array contains in where',
  [`UPDATE docs SET views = 42 WHERE tags @> ARRAY['a'] RETURNING id`],
  DOCS,
);

// ---------------------------------------------------------------- soft delete
list.add(
  'soft delete sets deleted_at and returns it',
  [
    withParams(
      'UPDATE docs SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id, deleted_at IS NOT NULL AS gone',
      1,
    ),
  ],
  DOCS,
);
list.add(
  'soft delete twice second is a no-op',
  [
    'UPDATE docs SET deleted_at = now() WHERE id = 1 AND deleted_at IS NULL',
    'UPDATE docs SET deleted_at = now() WHERE id = 1 AND deleted_at IS NULL',
  ],
  DOCS,
);
list.add(
  'soft delete with a Date parameter',
  [
    'SET TIME ZONE UTC',
    withParams(
      'UPDATE docs SET deleted_at = $1 WHERE id = $2 RETURNING deleted_at',
      new Date('2024-03-10T12:00:00.123Z'),
      2,
    ),
  ],
  DOCS,
);
list.add(
  'restore a soft deleted row',
  [
    `UPDATE docs SET deleted_at = '2024-01-01' WHERE id = 3`,
    'UPDATE docs SET deleted_at = NULL WHERE id = 3 AND deleted_at IS NOT NULL RETURNING id',
    'SELECT count(*) AS live FROM docs WHERE deleted_at IS NULL',
  ],
  DOCS,
);
list.add(
  'purge soft deleted rows older than a cutoff',
  [
    `UPDATE docs SET deleted_at = '2024-01-01' WHERE id IN (1, 2)`,
    `UPDATE docs SET deleted_at = '2024-06-01' WHERE id = 3`,
    withParams('DELETE FROM docs WHERE deleted_at < $1 RETURNING id', '2024-03-01T00:00:00Z'),
  ],
  DOCS,
);

// ---------------------------------------------------------------- UPDATE ... FROM
list.add(
  'update from another table',
  [
    `UPDATE orders o SET status = 'vip' FROM customers c WHERE c.id = o.customer_id AND c.tier = 'gold' RETURNING o.id, o.status, c.name`,
  ],
  SHOP,
);
list.add(
  'update from values list of parameters',
  [
    withParams(
      'UPDATE orders AS o SET status = v.status FROM (VALUES ($1::int, $2::text), ($3::int, $4::text)) AS v(id, status) WHERE v.id = o.id RETURNING o.id, o.status',
      10,
      'paid',
      12,
      'shipped',
    ),
  ],
  SHOP,
);
list.add(
  'update from values without casts infers types from the comparison',
  [
    `UPDATE orders AS o SET total = v.total FROM (VALUES (10, 1.5), (12, 2.25)) AS v(id, total) WHERE v.id = o.id RETURNING o.id, o.total`,
  ],
  SHOP,
);
list.add(
  'update from values with text parameters and no casts is 42883',
  [
    withParams(
      'UPDATE orders AS o SET status = v.status FROM (VALUES ($1, $2)) AS v(id, status) WHERE v.id = o.id',
      10,
      'x',
    ),
  ],
  SHOP,
);
list.add(
  'update from unnest arrays',
  [
    withParams(
      'UPDATE orders o SET total = u.total FROM unnest($1::int[], $2::numeric[]) AS u(id, total) WHERE o.id = u.id RETURNING o.id, o.total',
      [10, 11],
      ['1.10', '2.20'],
    ),
  ],
  SHOP,
);
list.add(
  'update from jsonb_to_recordset',
  [
    withParams(
      'UPDATE orders o SET status = x.status FROM jsonb_to_recordset($1::jsonb) AS x(id int, status text) WHERE o.id = x.id RETURNING o.id, o.status',
      JSON.stringify([{ id: 13, status: 'refunded' }]),
    ),
  ],
  SHOP,
);
list.add(
  'update from an aggregate subquery',
  [
    'ALTER TABLE customers ADD COLUMN spent numeric(10,2) NOT NULL DEFAULT 0',
    'UPDATE customers c SET spent = s.total FROM (SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id) s WHERE s.customer_id = c.id RETURNING c.id, c.spent',
  ],
  SHOP,
);
list.add(
  'update from with several matches picks one row and updates once',
  [
    `UPDATE customers c SET tier = o.status FROM orders o WHERE o.customer_id = c.id AND c.id = 2 RETURNING c.id, c.tier`,
  ],
  SHOP,
);
list.add(
  'update from referencing the target table in FROM again is 42712',
  [`UPDATE orders SET status = 'x' FROM orders WHERE orders.id = 10`],
  SHOP,
);
list.add(
  'update from a CTE',
  [
    `WITH paid AS (SELECT id FROM orders WHERE status = 'paid') UPDATE orders SET status = 'archived' FROM paid WHERE orders.id = paid.id RETURNING orders.id`,
  ],
  SHOP,
);
list.add(
  'update from with a join inside FROM',
  [
    `UPDATE orders o SET status = 'flag' FROM customers c JOIN orders o2 ON o2.customer_id = c.id WHERE o.id = o2.id AND c.name = 'Bob' RETURNING o.id`,
  ],
  SHOP,
);
list.add(
  'update foreign key to a missing parent is 23503',
  [`UPDATE orders SET customer_id = 99 WHERE id = 10`],
  SHOP,
);
list.add(
  'update returning a correlated subquery',
  [
    `UPDATE customers c SET tier = 'gold' WHERE id = 2 RETURNING id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS orders`,
  ],
  SHOP,
);
list.add(
  'update with exists predicate',
  [
    `UPDATE customers c SET tier = 'buyer' WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'new') RETURNING id`,
  ],
  SHOP,
);

// ---------------------------------------------------------------- DELETE
list.add('delete by id returning star', [withParams('DELETE FROM docs WHERE id = $1 RETURNING *', 2)], DOCS);
list.add('delete no match rowCount 0', [withParams('DELETE FROM docs WHERE id = $1', 42)], DOCS);
list.add('delete all rows rowCount', ['DELETE FROM docs'], DOCS);
list.add(
  'delete returning expressions',
  [`DELETE FROM docs WHERE id > 1 RETURNING id * 10 AS x, coalesce(body, '-') AS b`],
  DOCS,
);
list.add(
  'delete using another table',
  [
    `DELETE FROM orders o USING customers c WHERE c.id = o.customer_id AND c.name = 'Ann' RETURNING o.id, c.name`,
  ],
  SHOP,
);
list.add(
  'delete using values list',
  [
    withParams(
      'DELETE FROM orders o USING (VALUES ($1::int), ($2::int)) AS v(id) WHERE o.id = v.id RETURNING o.id',
      10,
      13,
    ),
  ],
  SHOP,
);
list.add(
  'delete using unnest array',
  [withParams('DELETE FROM orders o USING unnest($1::int[]) AS u(id) WHERE o.id = u.id', [11, 12])],
  SHOP,
);
list.add(
  'delete where id = any array parameter',
  [withParams('DELETE FROM orders WHERE id = ANY($1::int[]) RETURNING id', [10, 12, 99])],
  SHOP,
);
list.add('delete with a table alias', [`DELETE FROM orders AS o WHERE o.total = 0 RETURNING o.id`], SHOP);
list.add('delete of a referenced parent is 23503', [`DELETE FROM customers WHERE id = 1`], SHOP);
list.add(
  'delete in a CTE then insert into an archive',
  [
    'CREATE TABLE orders_archive (LIKE orders)',
    `WITH gone AS (DELETE FROM orders WHERE status = 'cancelled' RETURNING *) INSERT INTO orders_archive SELECT * FROM gone RETURNING id`,
    'SELECT count(*) AS left_ FROM orders',
  ],
  SHOP,
);
list.add(
  'delete limited through a ctid subquery',
  [`DELETE FROM orders WHERE ctid = ANY(ARRAY(SELECT ctid FROM orders ORDER BY id LIMIT 2)) RETURNING id`],
  SHOP,
);
list.add('delete with a limit is a syntax error', [`DELETE FROM orders LIMIT 1`], SHOP);
list.add(
  'delete using with no join condition deletes all matching',
  [`DELETE FROM orders USING customers WHERE customers.id = 3 RETURNING orders.id`],
  SHOP,
);
list.add('delete from only', [`DELETE FROM ONLY orders WHERE id = 10 RETURNING id`], SHOP);
list.add(
  'delete with not exists',
  [
    `DELETE FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) RETURNING id`,
  ],
  SHOP,
);
list.add('delete where a missing column is 42703', [`DELETE FROM orders WHERE nope = 1`], SHOP);
list.add(
  'delete using the same table twice is 42712',
  [`DELETE FROM orders USING orders WHERE orders.id = 1`],
  SHOP,
);
list.add('truncate then insert restarts nothing without restart identity', [
  'CREATE TABLE s (id serial, v int)',
  'INSERT INTO s (v) VALUES (1), (2)',
  'TRUNCATE s',
  'INSERT INTO s (v) VALUES (3) RETURNING id',
]);
list.add('truncate restart identity resets the serial', [
  'CREATE TABLE s (id serial, v int)',
  'INSERT INTO s (v) VALUES (1), (2)',
  'TRUNCATE s RESTART IDENTITY',
  'INSERT INTO s (v) VALUES (3) RETURNING id',
]);
list.add('truncate a referenced table is 0A000', [`TRUNCATE customers`], SHOP);
list.add(
  'truncate cascade empties children',
  [`TRUNCATE customers CASCADE`, 'SELECT count(*) AS n FROM orders'],
  SHOP,
);

// ---------------------------------------------------------------- result metadata of writes
list.add(
  'update returning zero rows still describes fields',
  [{ sql: 'UPDATE docs SET views = 1 WHERE false RETURNING id, title, views', params: [] }],
  DOCS,
);
list.add(
  'delete returning zero rows still describes fields',
  [{ sql: 'DELETE FROM docs WHERE false RETURNING *', params: [] }],
  DOCS,
);
list.add(
  'insert returning zero rows from select still describes fields',
  [{ sql: 'INSERT INTO docs (id, title) SELECT 1, $1 WHERE false RETURNING id, version', params: ['x'] }],
  DOCS,
);
list.add(
  'update returning in array row mode',
  [{ sql: 'UPDATE docs SET views = 3 WHERE id <= 2 RETURNING id, views', params: [], rowMode: 'array' }],
  DOCS,
);
list.add(
  'delete of all rows in a multi-statement simple query reports each',
  [
    `DELETE FROM orders WHERE id = 10; DELETE FROM orders WHERE id = 11 RETURNING id; UPDATE orders SET total = 1`,
  ],
  SHOP,
);

export default list.cases;
