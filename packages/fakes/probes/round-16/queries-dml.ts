// Round 16 probe: PostgreSQL 15 docs chapter 6 (INSERT/UPDATE/DELETE, RETURNING, ON CONFLICT) and
// chapter 5 (constraints, generated columns, defaults, system columns). Every output column aliased.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 6.1 INSERT
const PR = `CREATE TABLE products (product_no int PRIMARY KEY, name text, price numeric DEFAULT 9.99);`;
const i = (name: string, steps: ProbeStep[]) => list.add(`ch6 insert: ${name}`, steps, PR);
i('insert values all columns', [`INSERT INTO products VALUES (1, 'Cheese', 9.99)`, `SELECT * FROM products`]);
i('insert named columns', [
  `INSERT INTO products (name, price, product_no) VALUES ('Cheese', 9.99, 1)`,
  `SELECT * FROM products`,
]);
i('insert omitted column default', [
  `INSERT INTO products (product_no, name) VALUES (1, 'Cheese')`,
  `SELECT * FROM products`,
]);
i('insert fewer values left to right', [
  `INSERT INTO products VALUES (1, 'Cheese')`,
  `SELECT * FROM products`,
]);
i('insert explicit default', [
  `INSERT INTO products (product_no, name, price) VALUES (1, 'Cheese', DEFAULT)`,
  `SELECT * FROM products`,
]);
i('insert default values', [
  `CREATE TABLE dv (id serial, note text DEFAULT 'n/a', at int)`,
  `INSERT INTO dv DEFAULT VALUES`,
  `INSERT INTO dv DEFAULT VALUES RETURNING *`,
]);
i('insert default values on table requiring pk', [`INSERT INTO products DEFAULT VALUES`]);
i('insert multiple rows', [
  `INSERT INTO products (product_no, name, price) VALUES (1, 'Cheese', 9.99), (2, 'Bread', 1.99), (3, 'Milk', 2.99)`,
  `SELECT * FROM products ORDER BY product_no`,
]);
i('insert multiple rows with default', [
  `INSERT INTO products VALUES (1, 'a', DEFAULT), (2, 'b', 5)`,
  `SELECT * FROM products ORDER BY product_no`,
]);
i('insert select', [
  `INSERT INTO products (product_no, name) SELECT g, 'p' || g FROM generate_series(1, 3) g`,
  `SELECT * FROM products ORDER BY product_no`,
]);
i('insert select order by limit', [
  `INSERT INTO products (product_no, name) SELECT g, 'p' FROM generate_series(1, 10) g ORDER BY g DESC LIMIT 2`,
  `SELECT product_no FROM products ORDER BY 1`,
]);
i('insert too many values error', [`INSERT INTO products VALUES (1, 'a', 1, 2)`]);
i('insert too many target columns error', [`INSERT INTO products (product_no, name, price) VALUES (1, 'a')`]);
i('insert unknown column error', [`INSERT INTO products (product_no, nope) VALUES (1, 'a')`]);
i('insert duplicate target column error', [`INSERT INTO products (product_no, product_no) VALUES (1, 2)`]);
i('insert returning star', [`INSERT INTO products (product_no, name) VALUES (1, 'a') RETURNING *`]);
i('insert returning expressions', [
  `INSERT INTO products VALUES (1, 'a', 2) RETURNING product_no AS id, price * 2 AS dbl, upper(name) AS up`,
]);
i('insert multiple returning', [
  `INSERT INTO products VALUES (1, 'a', 2), (2, 'b', 3) RETURNING product_no, price`,
]);
i('insert rowcount without returning', [`INSERT INTO products VALUES (1, 'a', 2), (2, 'b', 3)`]);
i('insert select zero rows', [`INSERT INTO products SELECT 1, 'x', 1 WHERE false`]);
i('insert numeric into int rounds', [
  `INSERT INTO products VALUES (1.5, 'a')`,
  `SELECT product_no FROM products`,
]);
i('insert text literal into int', [
  `INSERT INTO products VALUES ('7', 'a')`,
  `SELECT product_no FROM products`,
]);
i('insert text expression into int error', [`INSERT INTO products VALUES ('7'::text, 'a')`]);
i('insert int into text column', [`INSERT INTO products VALUES (1, 42)`, `SELECT name FROM products`]);
i('insert numeric rounding to column scale', [
  `CREATE TABLE m (v numeric(5, 2))`,
  `INSERT INTO m VALUES (1.005), (2.344) RETURNING v`,
]);
i('insert numeric overflow error', [`CREATE TABLE m (v numeric(3, 1))`, `INSERT INTO m VALUES (100)`]);
i('insert varchar too long error', [`CREATE TABLE m (v varchar(3))`, `INSERT INTO m VALUES ('abcd')`]);
i('insert varchar trailing spaces truncated', [
  `CREATE TABLE m (v varchar(3))`,
  `INSERT INTO m VALUES ('ab   ') RETURNING v, length(v) AS l`,
]);
i('insert explicit cast varchar truncates', [
  `CREATE TABLE m (v varchar(3))`,
  `INSERT INTO m VALUES ('abcdef'::varchar(3)) RETURNING v`,
]);
i('insert char pads', [
  `CREATE TABLE m (v char(4))`,
  `INSERT INTO m VALUES ('ab') RETURNING v, octet_length(v) AS l`,
]);
i('insert int overflow error', [`CREATE TABLE m (v int)`, `INSERT INTO m VALUES (2147483648)`]);
i('insert smallint overflow error', [`CREATE TABLE m (v smallint)`, `INSERT INTO m VALUES (40000)`]);
i('insert params', [
  withParams(
    'INSERT INTO products (product_no, name, price) VALUES ($1, $2, $3) RETURNING *',
    1,
    'Cheese',
    '9.99',
  ),
]);
i('insert params numbers', [
  withParams(
    'INSERT INTO products (product_no, name, price) VALUES ($1, $2, $3) RETURNING *',
    2,
    'Bread',
    1.5,
  ),
]);
i('insert params null', [
  withParams('INSERT INTO products (product_no, name, price) VALUES ($1, $2, $3) RETURNING *', 3, null, null),
]);
i('insert param int text bad', [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2)', 'x', 'a'),
]);
i('insert param float for int', [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2)', 1.7, 'a'),
]);
i('insert param boolean into text', [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2) RETURNING name', 1, true),
]);
i('insert param object into text', [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2) RETURNING name', 1, { a: 1 }),
]);
i('insert param array into text', [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2) RETURNING name', 1, ['a', 'b']),
]);
i('insert param wrong count', [withParams('INSERT INTO products (product_no, name) VALUES ($1, $2)', 1)]);
i('insert param reused', [
  withParams('INSERT INTO products (product_no, name, price) VALUES ($1, $1::text, $1) RETURNING *', 5),
]);
i('insert into generated always identity', [
  `CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY, v text)`,
  `INSERT INTO idt (v) VALUES ('a'), ('b') RETURNING id, v`,
  `INSERT INTO idt (id, v) VALUES (10, 'c')`,
]);
i('insert overriding system value', [
  `CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY, v text)`,
  `INSERT INTO idt (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'c') RETURNING id`,
  `INSERT INTO idt (v) VALUES ('d') RETURNING id`,
]);
i('insert by default identity explicit', [
  `CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)`,
  `INSERT INTO idt (id, v) VALUES (1, 'x')`,
  `INSERT INTO idt (v) VALUES ('y') RETURNING id`,
]);
i('insert overriding user value', [
  `CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY, v text)`,
  `INSERT INTO idt (id, v) OVERRIDING USER VALUE VALUES (99, 'x') RETURNING id`,
]);
i('insert identity default keyword', [
  `CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY, v text)`,
  `INSERT INTO idt (id, v) VALUES (DEFAULT, 'x') RETURNING id`,
]);
i('identity start and increment', [
  `CREATE TABLE idt (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text)`,
  `INSERT INTO idt (v) VALUES ('a'), ('b'), ('c') RETURNING id`,
]);
i('serial sequence gap after failed insert', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text NOT NULL)`,
  `INSERT INTO se (v) VALUES ('a')`,
  `INSERT INTO se (v) VALUES (NULL)`,
  `INSERT INTO se (v) VALUES ('b') RETURNING id`,
]);
i('serial gap after rollback', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text)`,
  `BEGIN`,
  `INSERT INTO se (v) VALUES ('a')`,
  `ROLLBACK`,
  `INSERT INTO se (v) VALUES ('b') RETURNING id`,
]);
i('serial explicit value does not advance', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text)`,
  `INSERT INTO se (id, v) VALUES (1, 'a')`,
  `INSERT INTO se (v) VALUES ('b')`,
]);
i('currval lastval after insert', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text)`,
  `INSERT INTO se (v) VALUES ('a'), ('b')`,
  `SELECT currval('se_id_seq') AS c, lastval() AS l`,
]);
i('currval before nextval error', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text)`,
  `SELECT currval('se_id_seq') AS c`,
]);
i('pg_get_serial_sequence', [
  `CREATE TABLE se (id serial PRIMARY KEY, v text)`,
  `SELECT pg_get_serial_sequence('se', 'id') AS s`,
]);
i('insert select from same table', [
  `INSERT INTO products VALUES (1, 'a', 1)`,
  `INSERT INTO products SELECT product_no + 1, name, price FROM products RETURNING product_no`,
]);
i('insert with cte', [
  `WITH src AS (SELECT 1 AS n UNION ALL SELECT 2) INSERT INTO products (product_no, name) SELECT n, 'x' FROM src RETURNING product_no`,
]);
i('insert table alias in returning', [`INSERT INTO products AS p VALUES (1, 'a', 1) RETURNING p.name AS nm`]);
i('insert returning table name when aliased error', [
  `INSERT INTO products AS p VALUES (1, 'a', 1) RETURNING products.name`,
]);

// ---------------------------------------------------------------- 6.2 UPDATE
const UP = `CREATE TABLE products (product_no int PRIMARY KEY, name text, price numeric);
INSERT INTO products VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE price_changes (product_no int, new_price numeric);
INSERT INTO price_changes VALUES (1, 11), (3, 33), (3, 34), (9, 99);
CREATE TABLE accounts (id int PRIMARY KEY, name text, balance int, sales_person int);
INSERT INTO accounts VALUES (1, 'Acme', 100, 10), (2, 'Globex', 50, 11);
CREATE TABLE employees (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO employees VALUES (10, 'Ann', 'Lee'), (11, 'Bob', 'Ray');`;
const u = (name: string, steps: ProbeStep[]) => list.add(`ch6 update: ${name}`, steps, UP);
u('update where', [
  `UPDATE products SET price = 10 WHERE price = 20`,
  `SELECT product_no, price FROM products ORDER BY 1`,
]);
u('update all rows rowcount', [`UPDATE products SET price = price * 1.10`]);
u('update returning', [
  `UPDATE products SET price = price * 1.10 WHERE price <= 20 RETURNING name, price AS new_price`,
]);
u('update returning old value via subquery impossible', [
  `UPDATE products SET price = price + 1 WHERE product_no = 1 RETURNING price`,
]);
u('update multiple columns', [
  `UPDATE products SET name = upper(name), price = price - 1 WHERE product_no = 2 RETURNING *`,
]);
u('update uses old values on right', [
  `UPDATE products SET price = product_no, product_no = product_no + 10 WHERE product_no = 1 RETURNING product_no, price`,
]);
u('update row constructor set', [
  `UPDATE products SET (name, price) = ('z', 0) WHERE product_no = 3 RETURNING *`,
]);
u('update row subquery set', [
  `UPDATE products p SET (name, price) = (SELECT 'from-sub', new_price FROM price_changes c WHERE c.product_no = p.product_no ORDER BY new_price DESC LIMIT 1) RETURNING *`,
]);
u('update row subquery multiple rows error', [
  `UPDATE products p SET (name, price) = (SELECT 'x', new_price FROM price_changes c WHERE c.product_no = p.product_no)`,
]);
u('update set row with row keyword', [
  `UPDATE products SET (name, price) = ROW('r', 1) WHERE product_no = 1 RETURNING *`,
]);
u('update single column row syntax', [
  `UPDATE products SET (price) = ROW(5) WHERE product_no = 1 RETURNING price`,
]);
u('update no match rowcount 0', [`UPDATE products SET price = 0 WHERE product_no = 99`]);
u('update set default', [`UPDATE products SET price = DEFAULT WHERE product_no = 1 RETURNING price`]);
u('update from', [
  `UPDATE products p SET price = c.new_price FROM price_changes c WHERE c.product_no = p.product_no AND c.product_no = 1 RETURNING p.product_no, p.price`,
]);
u('update from multiple matches uses one', [
  `UPDATE products p SET price = c.new_price FROM price_changes c WHERE c.product_no = p.product_no RETURNING p.product_no`,
]);
u('update from with join', [
  `UPDATE accounts SET name = e.first_name || ' ' || e.last_name FROM employees e WHERE e.id = accounts.sales_person RETURNING accounts.id, accounts.name`,
]);
u('update from returning from-table columns', [
  `UPDATE products p SET price = c.new_price FROM price_changes c WHERE c.product_no = p.product_no AND p.product_no = 1 RETURNING c.new_price AS np, p.name`,
]);
u('update target alias qualifies set column error', [`UPDATE products p SET p.price = 1`]);
u('update correlated subquery', [
  `UPDATE products SET price = (SELECT max(new_price) FROM price_changes c WHERE c.product_no = products.product_no) RETURNING product_no, price`,
]);
u('update with cte', [
  `WITH c AS (SELECT product_no FROM price_changes WHERE new_price > 50) UPDATE products SET price = 0 WHERE product_no IN (SELECT product_no FROM c) RETURNING product_no`,
]);
u('update primary key swap', [
  `UPDATE products SET product_no = product_no + 1`,
  `SELECT product_no, name FROM products ORDER BY 1`,
]);
u('update primary key swap duplicate', [`UPDATE products SET product_no = 3 WHERE product_no = 1`]);
u('update params', [
  withParams('UPDATE products SET price = $1 WHERE product_no = $2 RETURNING price', '12.50', 2),
]);
u('update param arithmetic untyped', [
  withParams('UPDATE products SET price = price + $1 WHERE product_no = $2 RETURNING price', 5, 1),
]);
u('update coalesce param partial update', [
  withParams(
    'UPDATE products SET name = coalesce($1, name), price = coalesce($2, price) WHERE product_no = $3 RETURNING name, price',
    null,
    99,
    3,
  ),
]);
u('update unknown column error', [`UPDATE products SET nope = 1`]);
u('update set column twice error', [`UPDATE products SET price = 1, price = 2`]);
u('update where current of without cursor', [`UPDATE products SET price = 1 WHERE CURRENT OF c`]);
u('update returning star from join', [
  `UPDATE accounts a SET balance = balance + 1 FROM employees e WHERE e.id = a.sales_person AND a.id = 1 RETURNING *`,
]);
u('update xmax idiom', [
  `UPDATE products SET price = 1 WHERE product_no = 1 RETURNING (xmax <> 0) AS updated`,
]);

// ---------------------------------------------------------------- 6.3 DELETE
const de = (name: string, steps: ProbeStep[]) => list.add(`ch6 delete: ${name}`, steps, UP);
de('delete where', [`DELETE FROM products WHERE price = 10`, `SELECT product_no FROM products ORDER BY 1`]);
de('delete all', [`DELETE FROM products`]);
de('delete returning', [`DELETE FROM products WHERE price > 15 RETURNING *`]);
de('delete returning expression', [
  `DELETE FROM products WHERE product_no = 1 RETURNING name || '!' AS gone`,
]);
de('delete using', [
  `DELETE FROM products p USING price_changes c WHERE c.product_no = p.product_no RETURNING p.product_no`,
]);
de('delete using returning joined columns', [
  `DELETE FROM products p USING price_changes c WHERE c.product_no = p.product_no AND c.new_price = 11 RETURNING p.name, c.new_price AS np`,
]);
de('delete using duplicates count once', [
  `DELETE FROM products p USING price_changes c WHERE c.product_no = p.product_no`,
]);
de('delete with subquery', [
  `DELETE FROM products WHERE product_no IN (SELECT product_no FROM price_changes WHERE new_price < 30)`,
]);
de('delete with not exists', [
  `DELETE FROM products p WHERE NOT EXISTS (SELECT 1 FROM price_changes c WHERE c.product_no = p.product_no) RETURNING product_no`,
]);
de('delete no match', [`DELETE FROM products WHERE false`]);
de('delete params', [
  withParams('DELETE FROM products WHERE product_no = ANY($1::int[]) RETURNING product_no', [1, 3]),
]);
de('delete param untyped any', [
  withParams('DELETE FROM products WHERE product_no = ANY($1) RETURNING product_no', [2]),
]);
de('delete limit not supported', [`DELETE FROM products LIMIT 1`]);
de('delete with ctid limit idiom', [
  `DELETE FROM products WHERE ctid IN (SELECT ctid FROM products ORDER BY product_no LIMIT 2) RETURNING product_no`,
]);
de('delete alias used with table name error', [`DELETE FROM products p WHERE products.product_no = 1`]);
de('truncate then count', [`TRUNCATE products`, `SELECT count(*) AS c FROM products`]);
de('delete returning in transaction rolled back', [
  `BEGIN`,
  `DELETE FROM products RETURNING product_no`,
  `ROLLBACK`,
  `SELECT count(*) AS c FROM products`,
]);

// ---------------------------------------------------------------- INSERT ... ON CONFLICT
const OC = `CREATE TABLE distributors (did int PRIMARY KEY, dname text, is_active boolean DEFAULT true, hits int DEFAULT 0,
  email text, CONSTRAINT distributors_email_key UNIQUE (email));
INSERT INTO distributors (did, dname, email) VALUES (5, 'Gizmo', 'g@x'), (6, 'Acme', 'a@x');
CREATE UNIQUE INDEX active_name ON distributors (dname) WHERE is_active;`;
const oc = (name: string, steps: ProbeStep[]) => list.add(`ch6 upsert: ${name}`, steps, OC);
oc('do update excluded', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'Gizmo Transglobal'), (7, 'Redline GmbH') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname RETURNING did, dname`,
]);
oc('do nothing', [
  `INSERT INTO distributors (did, dname) VALUES (7, 'Redline') ON CONFLICT (did) DO NOTHING`,
  `INSERT INTO distributors (did, dname) VALUES (7, 'Other') ON CONFLICT (did) DO NOTHING`,
  `SELECT did, dname FROM distributors ORDER BY did`,
]);
oc('do nothing returning only inserted', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x'), (8, 'y') ON CONFLICT DO NOTHING RETURNING did`,
]);
oc('do nothing without target any constraint', [
  `INSERT INTO distributors (did, dname, email) VALUES (9, 'z', 'g@x') ON CONFLICT DO NOTHING`,
]);
oc('do update without target error', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x') ON CONFLICT DO UPDATE SET dname = 'y'`,
]);
oc('do update with where', [
  `INSERT INTO distributors AS d (did, dname) VALUES (5, 'New') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname || ' (formerly ' || d.dname || ')' WHERE d.dname <> 'Gizmo' RETURNING did`,
  `SELECT dname FROM distributors WHERE did = 5`,
]);
oc('do update where true', [
  `INSERT INTO distributors AS d (did, dname) VALUES (5, 'New') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname || ' (formerly ' || d.dname || ')' WHERE d.dname = 'Gizmo' RETURNING did, dname`,
]);
oc('on constraint', [
  `INSERT INTO distributors (did, dname, email) VALUES (9, 'x', 'a@x') ON CONFLICT ON CONSTRAINT distributors_email_key DO UPDATE SET hits = distributors.hits + 1 RETURNING did, hits`,
]);
oc('on constraint pkey', [
  `INSERT INTO distributors (did, dname) VALUES (6, 'x') ON CONFLICT ON CONSTRAINT distributors_pkey DO NOTHING RETURNING did`,
]);
oc('on constraint missing error', [
  `INSERT INTO distributors (did) VALUES (1) ON CONFLICT ON CONSTRAINT nope DO NOTHING`,
]);
oc('target without index error', [
  `INSERT INTO distributors (did, dname) VALUES (9, 'x') ON CONFLICT (hits) DO NOTHING`,
]);
oc('partial index inference', [
  `INSERT INTO distributors (did, dname) VALUES (10, 'Gizmo') ON CONFLICT (dname) WHERE is_active DO NOTHING RETURNING did`,
]);
oc('partial index without predicate error', [
  `INSERT INTO distributors (did, dname) VALUES (10, 'Gizmo') ON CONFLICT (dname) DO NOTHING`,
]);
oc('other constraint still errors', [
  `INSERT INTO distributors (did, dname, email) VALUES (10, 'n', 'g@x') ON CONFLICT (did) DO UPDATE SET hits = 1`,
]);
oc('affect row twice error', [
  `INSERT INTO distributors (did, dname) VALUES (7, 'a'), (7, 'b') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname`,
]);
oc('affect row twice do nothing ok', [
  `INSERT INTO distributors (did, dname) VALUES (7, 'a'), (7, 'b') ON CONFLICT (did) DO NOTHING RETURNING dname`,
]);
oc('excluded gets default', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x') ON CONFLICT (did) DO UPDATE SET hits = EXCLUDED.hits + 100, is_active = EXCLUDED.is_active RETURNING hits, is_active`,
]);
oc('counter upsert', [
  `CREATE TABLE counters (k text PRIMARY KEY, n int NOT NULL)`,
  `INSERT INTO counters VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + 1 RETURNING n`,
  `INSERT INTO counters VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + 1 RETURNING n`,
]);
oc('unqualified column in set ambiguous', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x') ON CONFLICT (did) DO UPDATE SET hits = hits + 1 RETURNING hits`,
]);
oc('xmax inserted idiom', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x'), (20, 'y') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname RETURNING did, (xmax = 0) AS inserted`,
]);
oc('upsert params', [
  withParams(
    'INSERT INTO distributors (did, dname) VALUES ($1, $2) ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname RETURNING did, dname',
    6,
    'Acme 2',
  ),
]);
oc('upsert params set from param', [
  withParams(
    'INSERT INTO distributors (did, dname, hits) VALUES ($1, $2, $3) ON CONFLICT (did) DO UPDATE SET hits = distributors.hits + $3 RETURNING hits',
    5,
    'g',
    4,
  ),
]);
oc('upsert composite target', [
  `CREATE TABLE kv (a int, b int, v text, PRIMARY KEY (a, b))`,
  `INSERT INTO kv VALUES (1, 1, 'x')`,
  `INSERT INTO kv VALUES (1, 1, 'y') ON CONFLICT (b, a) DO UPDATE SET v = EXCLUDED.v RETURNING *`,
]);
oc('upsert target subset of composite error', [
  `CREATE TABLE kv (a int, b int, v text, PRIMARY KEY (a, b))`,
  `INSERT INTO kv VALUES (1, 1, 'y') ON CONFLICT (a) DO NOTHING`,
]);
oc('upsert expression index', [
  `CREATE TABLE users (id int, email text)`,
  `CREATE UNIQUE INDEX users_lower_email ON users (lower(email))`,
  `INSERT INTO users VALUES (1, 'A@x')`,
  `INSERT INTO users VALUES (2, 'a@X') ON CONFLICT (lower(email)) DO UPDATE SET id = EXCLUDED.id RETURNING id, email`,
]);
oc('upsert set pk conflicting with other row', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x') ON CONFLICT (did) DO UPDATE SET did = 6`,
]);
oc('upsert with insert select', [
  `INSERT INTO distributors (did, dname) SELECT g, 'gen' || g FROM generate_series(4, 7) g ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname RETURNING did, dname`,
]);
oc('upsert with select order by affects twice error', [
  `INSERT INTO distributors (did, dname) SELECT 5, 'a' FROM generate_series(1, 2) ON CONFLICT (did) DO UPDATE SET dname = 'b'`,
]);
oc('upsert null email never conflicts', [
  `INSERT INTO distributors (did, dname, email) VALUES (30, 'n1', NULL), (31, 'n2', NULL) ON CONFLICT (email) DO NOTHING RETURNING did`,
]);
oc('upsert do update where excluded', [
  `INSERT INTO distributors (did, dname, hits) VALUES (5, 'x', 50), (6, 'y', 0) ON CONFLICT (did) DO UPDATE SET hits = EXCLUDED.hits WHERE EXCLUDED.hits > distributors.hits RETURNING did, hits`,
]);
oc('upsert returning excluded error', [
  `INSERT INTO distributors (did, dname) VALUES (5, 'x') ON CONFLICT (did) DO UPDATE SET dname = 'y' RETURNING excluded.dname`,
]);
oc('upsert on conflict with deferrable unique error', [
  `CREATE TABLE dd (k int UNIQUE DEFERRABLE)`,
  `INSERT INTO dd VALUES (1) ON CONFLICT (k) DO NOTHING`,
]);
oc('merge basic PG15', [
  `MERGE INTO distributors d USING (VALUES (5, 'M5'), (40, 'M40')) v(did, dname) ON d.did = v.did WHEN MATCHED THEN UPDATE SET dname = v.dname WHEN NOT MATCHED THEN INSERT (did, dname) VALUES (v.did, v.dname)`,
  `SELECT did, dname FROM distributors ORDER BY did`,
]);
oc('merge returning is PG17', [
  `MERGE INTO distributors d USING (VALUES (5, 'M5')) v(did, dname) ON d.did = v.did WHEN MATCHED THEN UPDATE SET dname = v.dname RETURNING d.did`,
]);
oc('merge not matched by source is PG17', [
  `MERGE INTO distributors d USING (VALUES (5, 'M5')) v(did, dname) ON d.did = v.did WHEN NOT MATCHED BY SOURCE THEN DELETE`,
]);
oc('merge delete and do nothing', [
  `MERGE INTO distributors d USING (VALUES (5), (6), (7)) v(did) ON d.did = v.did WHEN MATCHED AND d.did = 5 THEN DELETE WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN DO NOTHING`,
  `SELECT did FROM distributors ORDER BY did`,
]);
oc('merge matched twice error', [
  `MERGE INTO distributors d USING (VALUES (5), (5)) v(did) ON d.did = v.did WHEN MATCHED THEN UPDATE SET hits = d.hits + 1`,
]);

// ---------------------------------------------------------------- 5.4 constraints
const cs = (name: string, setup: string, steps: ProbeStep[]) =>
  list.add(`ch5 constraint: ${name}`, steps, setup);
const CK = `CREATE TABLE products (product_no int, name text, price numeric CHECK (price > 0),
  discounted_price numeric CONSTRAINT positive_discount CHECK (discounted_price > 0),
  CHECK (price > discounted_price));`;
cs('check violation column constraint', CK, [`INSERT INTO products VALUES (1, 'a', -1, NULL)`]);
cs('check violation named', CK, [`INSERT INTO products VALUES (1, 'a', 10, -1)`]);
cs('check violation table constraint', CK, [`INSERT INTO products VALUES (1, 'a', 10, 20)`]);
cs('check passes with null', CK, [
  `INSERT INTO products VALUES (1, 'a', NULL, NULL)`,
  `SELECT count(*) AS c FROM products`,
]);
cs('check constraint names', CK, [
  `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'products'::regclass ORDER BY conname`,
]);
cs('check on update violation', `${CK}INSERT INTO products VALUES (1, 'a', 10, 5);`, [
  `UPDATE products SET discounted_price = 11`,
]);
cs('check violation with params', CK, [
  withParams('INSERT INTO products VALUES ($1, $2, $3, $4)', 1, 'a', '0', null),
]);
cs(
  'check referencing other columns multi',
  `CREATE TABLE r (lo int, hi int, CONSTRAINT lo_le_hi CHECK (lo <= hi));`,
  [`INSERT INTO r VALUES (1, 2), (3, 2)`],
);
cs('check with function', `CREATE TABLE r (email text CHECK (email LIKE '%@%'));`, [
  `INSERT INTO r VALUES ('nope')`,
]);
cs('check not valid then validate', `CREATE TABLE r (v int); INSERT INTO r VALUES (-1);`, [
  `ALTER TABLE r ADD CONSTRAINT v_pos CHECK (v > 0) NOT VALID`,
  `INSERT INTO r VALUES (-2)`,
  `ALTER TABLE r VALIDATE CONSTRAINT v_pos`,
]);
cs('add check constraint fails on existing rows', `CREATE TABLE r (v int); INSERT INTO r VALUES (-1);`, [
  `ALTER TABLE r ADD CONSTRAINT v_pos CHECK (v > 0)`,
]);
cs('check default name with column', `CREATE TABLE r (qty int CHECK (qty >= 0));`, [
  `INSERT INTO r VALUES (-5)`,
]);
cs('check default name table level two columns', `CREATE TABLE r (a int, b int, CHECK (a < b));`, [
  `INSERT INTO r VALUES (2, 1)`,
]);
const NN = `CREATE TABLE products (product_no int NOT NULL, name text NOT NULL, price numeric NOT NULL CHECK (price > 0));`;
cs('not null violation', NN, [`INSERT INTO products VALUES (1, NULL, 1)`]);
cs('not null violation omitted column', NN, [`INSERT INTO products (product_no, price) VALUES (1, 1)`]);
cs('not null violation on update', `${NN}INSERT INTO products VALUES (1, 'a', 1);`, [
  `UPDATE products SET price = NULL`,
]);
cs('not null checked before check', NN, [`INSERT INTO products VALUES (1, 'a', NULL)`]);
cs('not null violation params', NN, [withParams('INSERT INTO products VALUES ($1, $2, $3)', 1, null, 2)]);
cs('not null violation multi row detail', NN, [`INSERT INTO products VALUES (1, 'a', 1), (2, NULL, 2)`]);
cs('add not null fails on existing nulls', `CREATE TABLE r (v int); INSERT INTO r VALUES (NULL);`, [
  `ALTER TABLE r ALTER COLUMN v SET NOT NULL`,
]);
cs('not null constraint rows in pg_constraint', `CREATE TABLE r (v int NOT NULL, w int CHECK (w > 0));`, [
  `SELECT count(*) AS c FROM pg_constraint WHERE conrelid = 'r'::regclass`,
]);
cs('not null via attnotnull', `CREATE TABLE r (v int NOT NULL, w int);`, [
  `SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 'r'::regclass AND attnum > 0 ORDER BY attnum`,
]);
const UQ = `CREATE TABLE products (product_no int UNIQUE, name text, price numeric);
CREATE TABLE example (a int, b int, c int, UNIQUE (a, c));
CREATE TABLE named (product_no int CONSTRAINT must_be_different UNIQUE);`;
cs('unique violation', `${UQ}INSERT INTO products VALUES (1, 'a', 1);`, [
  `INSERT INTO products VALUES (1, 'b', 2)`,
]);
cs('unique violation named', `${UQ}INSERT INTO named VALUES (1);`, [`INSERT INTO named VALUES (1)`]);
cs('unique nulls distinct by default', UQ, [
  `INSERT INTO products VALUES (NULL, 'a', 1), (NULL, 'b', 2)`,
  `SELECT count(*) AS c FROM products`,
]);
cs('unique composite violation detail', `${UQ}INSERT INTO example VALUES (1, 2, 3);`, [
  `INSERT INTO example VALUES (1, 9, 3)`,
]);
cs('unique composite with null ok', `${UQ}INSERT INTO example VALUES (1, 2, NULL);`, [
  `INSERT INTO example VALUES (1, 9, NULL)`,
  `SELECT count(*) AS c FROM example`,
]);
cs('unique nulls not distinct PG15', `CREATE TABLE p (v int UNIQUE NULLS NOT DISTINCT);`, [
  `INSERT INTO p VALUES (NULL)`,
  `INSERT INTO p VALUES (NULL)`,
]);
cs(
  'unique nulls not distinct composite',
  `CREATE TABLE p (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b));`,
  [`INSERT INTO p VALUES (1, NULL)`, `INSERT INTO p VALUES (1, NULL)`],
);
cs(
  'unique nulls not distinct index',
  `CREATE TABLE p (a int); CREATE UNIQUE INDEX p_a ON p (a) NULLS NOT DISTINCT;`,
  [`INSERT INTO p VALUES (NULL), (NULL)`],
);
cs('unique nulls not distinct upsert', `CREATE TABLE p (a int UNIQUE NULLS NOT DISTINCT, n int);`, [
  `INSERT INTO p VALUES (NULL, 1)`,
  `INSERT INTO p VALUES (NULL, 1) ON CONFLICT (a) DO UPDATE SET n = p.n + 1 RETURNING n`,
]);
cs('unique nulls distinct explicit', `CREATE TABLE p (v int UNIQUE NULLS DISTINCT);`, [
  `INSERT INTO p VALUES (NULL), (NULL)`,
]);
cs('unique violation text detail', `CREATE TABLE u (email text UNIQUE);INSERT INTO u VALUES ('a@b.c');`, [
  withParams('INSERT INTO u VALUES ($1)', 'a@b.c'),
]);
cs(
  'unique violation on update',
  `CREATE TABLE u (id int PRIMARY KEY, email text UNIQUE);INSERT INTO u VALUES (1, 'a'), (2, 'b');`,
  [`UPDATE u SET email = 'a' WHERE id = 2`],
);
cs('unique violation within one statement', `CREATE TABLE u (email text UNIQUE);`, [
  `INSERT INTO u VALUES ('x'), ('x')`,
]);
cs(
  'unique index violation name',
  `CREATE TABLE u (email text); CREATE UNIQUE INDEX u_email_lower ON u (lower(email)); INSERT INTO u VALUES ('A');`,
  [`INSERT INTO u VALUES ('a')`],
);
cs(
  'unique partial index',
  `CREATE TABLE u (email text, deleted boolean DEFAULT false); CREATE UNIQUE INDEX u_live ON u (email) WHERE NOT deleted; INSERT INTO u VALUES ('a', true);`,
  [`INSERT INTO u VALUES ('a')`, `INSERT INTO u VALUES ('a')`],
);
cs(
  'unique violation in transaction then aborted',
  `CREATE TABLE u (email text UNIQUE); INSERT INTO u VALUES ('x');`,
  [`BEGIN`, `INSERT INTO u VALUES ('x')`, `SELECT 1 AS one`, `ROLLBACK`],
);
cs(
  'unique violation with savepoint recovery',
  `CREATE TABLE u (email text UNIQUE); INSERT INTO u VALUES ('x');`,
  [
    `BEGIN`,
    `SAVEPOINT s`,
    `INSERT INTO u VALUES ('x')`,
    `ROLLBACK TO SAVEPOINT s`,
    `INSERT INTO u VALUES ('y')`,
    `COMMIT`,
    `SELECT email FROM u ORDER BY email`,
  ],
);
cs(
  'unique constraint default name',
  `CREATE TABLE u (a int, b int, UNIQUE (a, b)); INSERT INTO u VALUES (1, 1);`,
  [`INSERT INTO u VALUES (1, 1)`],
);
cs(
  'unique long name truncation',
  `CREATE TABLE a_really_quite_long_table_name_for_testing (a_really_quite_long_column_name_here int UNIQUE); INSERT INTO a_really_quite_long_table_name_for_testing VALUES (1);`,
  [`INSERT INTO a_really_quite_long_table_name_for_testing VALUES (1)`],
);
const PK = `CREATE TABLE products (product_no int PRIMARY KEY, name text);
CREATE TABLE example (a int, b int, c int, PRIMARY KEY (a, c));
INSERT INTO products VALUES (1, 'a');`;
cs('pk violation', PK, [`INSERT INTO products VALUES (1, 'b')`]);
cs('pk null violation', PK, [`INSERT INTO products VALUES (NULL, 'b')`]);
cs('pk composite null violation', PK, [`INSERT INTO example VALUES (1, 2, NULL)`]);
cs('pk composite violation', `${PK}INSERT INTO example VALUES (1, 2, 3);`, [
  `INSERT INTO example VALUES (1, 5, 3)`,
]);
cs('two primary keys error', `CREATE TABLE x (a int);`, [
  `CREATE TABLE y (a int PRIMARY KEY, b int PRIMARY KEY)`,
]);
cs('pk implies not null attnotnull', PK, [
  `SELECT attnotnull AS nn FROM pg_attribute WHERE attrelid = 'products'::regclass AND attname = 'product_no'`,
]);
cs('pk violation params', PK, [
  withParams('INSERT INTO products (product_no, name) VALUES ($1, $2)', '1', 'x'),
]);
cs(
  'pk violation bigint detail',
  `CREATE TABLE b (id bigint PRIMARY KEY); INSERT INTO b VALUES (9007199254740993);`,
  [`INSERT INTO b VALUES (9007199254740993)`],
);
cs(
  'pk uuid violation detail',
  `CREATE TABLE b (id uuid PRIMARY KEY); INSERT INTO b VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11');`,
  [`INSERT INTO b VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`],
);
cs('pk text detail with quotes', `CREATE TABLE b (id text PRIMARY KEY); INSERT INTO b VALUES ('it''s');`, [
  `INSERT INTO b VALUES ('it''s')`,
]);
cs(
  'pk composite detail',
  `CREATE TABLE b (a int, t text, PRIMARY KEY (a, t)); INSERT INTO b VALUES (1, 'x y');`,
  [`INSERT INTO b VALUES (1, 'x y')`],
);
cs(
  'pk timestamp detail',
  `CREATE TABLE b (at timestamptz PRIMARY KEY); INSERT INTO b VALUES ('2024-01-01 00:00:00+00');`,
  [`INSERT INTO b VALUES ('2024-01-01 00:00:00+00')`],
);

// foreign keys
const FK = `CREATE TABLE products (product_no int PRIMARY KEY, name text, price numeric);
CREATE TABLE orders (order_id int PRIMARY KEY, shipping_address text);
CREATE TABLE order_items (
  product_no int REFERENCES products ON DELETE RESTRICT,
  order_id int REFERENCES orders ON DELETE CASCADE,
  quantity int,
  PRIMARY KEY (product_no, order_id));
INSERT INTO products VALUES (1, 'a', 1), (2, 'b', 2);
INSERT INTO orders VALUES (10, 'x'), (11, 'y');
INSERT INTO order_items VALUES (1, 10, 5), (2, 10, 1), (1, 11, 2);`;
const fk = (name: string, steps: ProbeStep[], extra = '') => list.add(`ch5 fk: ${name}`, steps, FK + extra);
fk('insert missing parent', [`INSERT INTO order_items VALUES (3, 10, 1)`]);
fk('insert missing parent params', [withParams('INSERT INTO order_items VALUES ($1, $2, $3)', 1, 99, 1)]);
fk('insert null fk allowed', [
  `CREATE TABLE notes (product_no int REFERENCES products, t text)`,
  `INSERT INTO notes VALUES (NULL, 'x')`,
  `SELECT count(*) AS c FROM notes`,
]);
fk('delete restricted parent', [`DELETE FROM products WHERE product_no = 1`]);
fk('delete cascade', [
  `DELETE FROM orders WHERE order_id = 10`,
  `SELECT product_no, order_id FROM order_items ORDER BY 1, 2`,
]);
fk('delete cascade returning parent only', [`DELETE FROM orders WHERE order_id = 11 RETURNING order_id`]);
fk('update referenced key no action error', [`UPDATE products SET product_no = 5 WHERE product_no = 2`]);
fk('update unreferenced key ok', [
  `INSERT INTO products VALUES (3, 'c', 3)`,
  `UPDATE products SET product_no = 4 WHERE product_no = 3`,
  `SELECT product_no FROM products ORDER BY 1`,
]);
fk('update child to missing parent', [`UPDATE order_items SET product_no = 9 WHERE order_id = 11`]);
fk('truncate referenced table error', [`TRUNCATE products`]);
fk('truncate cascade', [`TRUNCATE orders CASCADE`, `SELECT count(*) AS c FROM order_items`]);
fk('drop referenced table error', [`DROP TABLE orders`]);
fk('constraint names', [
  `SELECT conname, contype FROM pg_constraint WHERE conrelid = 'order_items'::regclass ORDER BY conname`,
]);
fk('fk to non unique column error', [`CREATE TABLE bad (n text REFERENCES products (name))`]);
fk('fk type mismatch error', [`CREATE TABLE bad (p text REFERENCES products)`]);
fk('fk int to bigint allowed', [
  `CREATE TABLE ok (p bigint REFERENCES products)`,
  `INSERT INTO ok VALUES (1)`,
  `INSERT INTO ok VALUES (7)`,
]);
const FKA = `CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
INSERT INTO parent VALUES (1, 'a'), (2, 'b');`;
const fa = (name: string, child: string, steps: ProbeStep[]) =>
  list.add(`ch5 fk action: ${name}`, steps, `${FKA}\n${child}`);
fa(
  'on delete set null',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE SET NULL); INSERT INTO child VALUES (1, 1), (2, 2);`,
  [`DELETE FROM parent WHERE id = 1`, `SELECT id, pid FROM child ORDER BY id`],
);
fa(
  'on delete set default',
  `CREATE TABLE child (id int PRIMARY KEY, pid int DEFAULT 2 REFERENCES parent ON DELETE SET DEFAULT); INSERT INTO child VALUES (1, 1);`,
  [`DELETE FROM parent WHERE id = 1`, `SELECT id, pid FROM child ORDER BY id`],
);
fa(
  'on delete set default missing default parent',
  `CREATE TABLE child (id int PRIMARY KEY, pid int DEFAULT 99 REFERENCES parent ON DELETE SET DEFAULT); INSERT INTO child VALUES (1, 1);`,
  [`DELETE FROM parent WHERE id = 1`],
);
fa(
  'on delete set null column list PG15',
  `CREATE TABLE tenants (tenant_id int PRIMARY KEY);
INSERT INTO tenants VALUES (1);
CREATE TABLE users (tenant_id int REFERENCES tenants ON DELETE CASCADE, user_id int NOT NULL, PRIMARY KEY (tenant_id, user_id));
INSERT INTO users VALUES (1, 10), (1, 11);
CREATE TABLE posts (tenant_id int REFERENCES tenants ON DELETE CASCADE, post_id int NOT NULL, author_id int,
  PRIMARY KEY (tenant_id, post_id), FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));
INSERT INTO posts VALUES (1, 100, 10), (1, 101, 11);`,
  [
    `DELETE FROM users WHERE user_id = 10`,
    `SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id`,
  ],
);
fa(
  'on delete set default column list PG15',
  `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b)); INSERT INTO p2 VALUES (1, 1), (1, 0);
CREATE TABLE c2 (a int, b int DEFAULT 0, FOREIGN KEY (a, b) REFERENCES p2 ON DELETE SET DEFAULT (b)); INSERT INTO c2 VALUES (1, 1);`,
  [`DELETE FROM p2 WHERE b = 1`, `SELECT a, b FROM c2`],
);
fa('on update set null column list not allowed', `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b));`, [
  `CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES p2 ON UPDATE SET NULL (b))`,
]);
fa('set null column list not in fk error', `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b));`, [
  `CREATE TABLE c2 (a int, b int, z int, FOREIGN KEY (a, b) REFERENCES p2 ON DELETE SET NULL (z))`,
]);
fa(
  'on update cascade',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON UPDATE CASCADE); INSERT INTO child VALUES (1, 1);`,
  [`UPDATE parent SET id = 5 WHERE id = 1`, `SELECT id, pid FROM child`],
);
fa(
  'on update set null',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON UPDATE SET NULL); INSERT INTO child VALUES (1, 1);`,
  [`UPDATE parent SET id = 5 WHERE id = 1`, `SELECT id, pid FROM child`],
);
fa(
  'on update cascade via unique column',
  `CREATE TABLE child (id int PRIMARY KEY, pcode text REFERENCES parent (code) ON UPDATE CASCADE ON DELETE CASCADE); INSERT INTO child VALUES (1, 'a');`,
  [
    `UPDATE parent SET code = 'z' WHERE id = 1`,
    `SELECT pcode FROM child`,
    `DELETE FROM parent WHERE code = 'z'`,
    `SELECT count(*) AS c FROM child`,
  ],
);
fa(
  'on delete restrict vs no action detail',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE RESTRICT); INSERT INTO child VALUES (1, 1);`,
  [`DELETE FROM parent WHERE id = 1`],
);
fa(
  'on delete no action detail',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent); INSERT INTO child VALUES (1, 1);`,
  [`DELETE FROM parent WHERE id = 1`],
);
fa(
  'cascade chain three levels',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE CASCADE); INSERT INTO child VALUES (1, 1), (2, 2);
CREATE TABLE grandchild (id int PRIMARY KEY, cid int REFERENCES child ON DELETE CASCADE); INSERT INTO grandchild VALUES (1, 1), (2, 2);`,
  [`DELETE FROM parent WHERE id = 1`, `SELECT id FROM grandchild ORDER BY id`],
);
fa(
  'cascade then restrict in chain',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE CASCADE); INSERT INTO child VALUES (1, 1);
CREATE TABLE grandchild (id int PRIMARY KEY, cid int REFERENCES child ON DELETE RESTRICT); INSERT INTO grandchild VALUES (1, 1);`,
  [`DELETE FROM parent WHERE id = 1`],
);
fa(
  'self referencing cascade',
  `CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node ON DELETE CASCADE); INSERT INTO node VALUES (1, NULL), (2, 1), (3, 2), (4, NULL);`,
  [`DELETE FROM node WHERE id = 1`, `SELECT id FROM node ORDER BY id`],
);
fa(
  'self reference insert same statement',
  `CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node);`,
  [`INSERT INTO node VALUES (2, 1), (1, NULL)`, `SELECT count(*) AS c FROM node`],
);
fa(
  'match simple partial null skips check',
  `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES p2);`,
  [`INSERT INTO c2 VALUES (1, NULL)`, `SELECT count(*) AS c FROM c2`],
);
fa(
  'match full partial null error',
  `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES p2 MATCH FULL);`,
  [`INSERT INTO c2 VALUES (1, NULL)`],
);
fa(
  'composite fk detail',
  `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE c2 (a int, b int, CONSTRAINT c2_ab FOREIGN KEY (a, b) REFERENCES p2);`,
  [`INSERT INTO c2 VALUES (1, 2)`],
);
fa(
  'add fk fails on existing rows',
  `CREATE TABLE child (id int, pid int); INSERT INTO child VALUES (1, 9);`,
  [`ALTER TABLE child ADD CONSTRAINT child_pid_fk FOREIGN KEY (pid) REFERENCES parent`],
);
fa(
  'add fk not valid then validate',
  `CREATE TABLE child (id int, pid int); INSERT INTO child VALUES (1, 9);`,
  [
    `ALTER TABLE child ADD CONSTRAINT child_pid_fk FOREIGN KEY (pid) REFERENCES parent NOT VALID`,
    `INSERT INTO child VALUES (2, 8)`,
    `ALTER TABLE child VALIDATE CONSTRAINT child_pid_fk`,
  ],
);
fa(
  'deferrable initially deferred fk',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);`,
  [
    `BEGIN`,
    `INSERT INTO child VALUES (1, 7)`,
    `INSERT INTO parent VALUES (7, 'g')`,
    `COMMIT`,
    `SELECT pid FROM child`,
  ],
);
fa(
  'deferred fk fails at commit',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent DEFERRABLE INITIALLY DEFERRED);`,
  [
    `BEGIN`,
    `INSERT INTO child VALUES (1, 7)`,
    `SELECT count(*) AS c FROM child`,
    `COMMIT`,
    `SELECT count(*) AS c FROM child`,
  ],
);
fa(
  'deferrable initially immediate fails at once',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent DEFERRABLE);`,
  [`BEGIN`, `INSERT INTO child VALUES (1, 7)`, `ROLLBACK`],
);
fa(
  'set constraints all deferred',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent DEFERRABLE);`,
  [
    `BEGIN`,
    `SET CONSTRAINTS ALL DEFERRED`,
    `INSERT INTO child VALUES (1, 7)`,
    `INSERT INTO parent VALUES (7, 'g')`,
    `COMMIT`,
    `SELECT pid FROM child`,
  ],
);
fa(
  'set constraints immediate checks now',
  `CREATE TABLE child (id int PRIMARY KEY, pid int CONSTRAINT child_pid_fk REFERENCES parent DEFERRABLE INITIALLY DEFERRED);`,
  [`BEGIN`, `INSERT INTO child VALUES (1, 7)`, `SET CONSTRAINTS child_pid_fk IMMEDIATE`, `ROLLBACK`],
);
fa(
  'set constraints on non deferrable error',
  `CREATE TABLE child (id int PRIMARY KEY, pid int CONSTRAINT child_pid_fk REFERENCES parent);`,
  [`BEGIN`, `SET CONSTRAINTS child_pid_fk DEFERRED`, `ROLLBACK`],
);
fa(
  'set constraints outside transaction warning only',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent DEFERRABLE);`,
  [`SET CONSTRAINTS ALL DEFERRED`, `INSERT INTO child VALUES (1, 7)`],
);
fa(
  'deferred unique swap',
  `CREATE TABLE pos (id int PRIMARY KEY, rank int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO pos VALUES (1, 1), (2, 2);`,
  [
    `BEGIN`,
    `UPDATE pos SET rank = 2 WHERE id = 1`,
    `UPDATE pos SET rank = 1 WHERE id = 2`,
    `COMMIT`,
    `SELECT id, rank FROM pos ORDER BY id`,
  ],
);
fa(
  'non deferred unique swap single statement',
  `CREATE TABLE pos (id int PRIMARY KEY, rank int UNIQUE); INSERT INTO pos VALUES (1, 1), (2, 2);`,
  [`UPDATE pos SET rank = 3 - rank`],
);
fa(
  'deferrable immediate unique swap single statement',
  `CREATE TABLE pos (id int PRIMARY KEY, rank int UNIQUE DEFERRABLE); INSERT INTO pos VALUES (1, 1), (2, 2);`,
  [`UPDATE pos SET rank = 3 - rank`, `SELECT id, rank FROM pos ORDER BY id`],
);
fa(
  'deferred unique fails at commit',
  `CREATE TABLE pos (id int PRIMARY KEY, rank int CONSTRAINT pos_rank_key UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO pos VALUES (1, 1);`,
  [`BEGIN`, `INSERT INTO pos VALUES (2, 1)`, `COMMIT`],
);
fa(
  'deferred pk increment',
  `CREATE TABLE seqs (n int PRIMARY KEY DEFERRABLE INITIALLY IMMEDIATE); INSERT INTO seqs VALUES (1), (2), (3);`,
  [`UPDATE seqs SET n = n + 1`, `SELECT n FROM seqs ORDER BY n`],
);
fa('check constraint not deferrable error', `CREATE TABLE z (v int);`, [
  `ALTER TABLE z ADD CONSTRAINT z_pos CHECK (v > 0) DEFERRABLE`,
]);
fa(
  'fk on delete cascade row count',
  `CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE CASCADE); INSERT INTO child VALUES (1, 1), (2, 1), (3, 2);`,
  [`DELETE FROM parent WHERE id = 1`],
);

// exclusion constraints
const EX = `CREATE TABLE booking (room int, during tsrange, EXCLUDE USING gist (during WITH &&));
INSERT INTO booking VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)');`;
cs('exclude overlap violation', EX, [
  `INSERT INTO booking VALUES (2, '[2024-01-01 11:00, 2024-01-01 13:00)')`,
]);
cs('exclude adjacent ok', EX, [
  `INSERT INTO booking VALUES (2, '[2024-01-01 12:00, 2024-01-01 13:00)')`,
  `SELECT count(*) AS c FROM booking`,
]);
cs(
  'exclude with equality btree',
  `CREATE TABLE ex (k int, v int, EXCLUDE USING btree (k WITH =)); INSERT INTO ex VALUES (1, 1);`,
  [`INSERT INTO ex VALUES (1, 2)`],
);
cs(
  'exclude named',
  `CREATE TABLE circ (c circle, CONSTRAINT no_overlap EXCLUDE USING gist (c WITH &&)); INSERT INTO circ VALUES ('<(0,0),5>');`,
  [`INSERT INTO circ VALUES ('<(1,1),5>')`],
);
cs(
  'exclude with where',
  `CREATE TABLE ex (r int4range, active boolean, EXCLUDE USING gist (r WITH &&) WHERE (active)); INSERT INTO ex VALUES ('[1,10)', false);`,
  [`INSERT INTO ex VALUES ('[5,15)', true)`, `INSERT INTO ex VALUES ('[6,7)', true)`],
);
cs('exclude upsert do nothing', EX, [
  `INSERT INTO booking VALUES (3, '[2024-01-01 11:00, 2024-01-01 11:30)') ON CONFLICT DO NOTHING`,
  `SELECT count(*) AS c FROM booking`,
]);
cs('exclude upsert do update error', EX, [
  `INSERT INTO booking VALUES (3, '[2024-01-01 11:00, 2024-01-01 11:30)') ON CONFLICT (during) DO UPDATE SET room = 0`,
]);
cs('exclude int without btree_gist error', `CREATE TABLE x (a int);`, [
  `CREATE TABLE ex2 (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))`,
]);

// ---------------------------------------------------------------- 5.3 generated columns, 5.2 defaults
const GEN = `CREATE TABLE people (id int PRIMARY KEY, height_cm numeric, height_in numeric GENERATED ALWAYS AS (height_cm / 2.54) STORED);
INSERT INTO people (id, height_cm) VALUES (1, 254);`;
const ge = (name: string, steps: ProbeStep[], setup = GEN) =>
  list.add(`ch5 generated: ${name}`, steps, setup);
ge('stored value', [`SELECT id, height_cm, height_in FROM people`]);
ge('insert explicit value error', [`INSERT INTO people (id, height_cm, height_in) VALUES (2, 100, 1)`]);
ge('insert default keyword ok', [
  `INSERT INTO people (id, height_cm, height_in) VALUES (2, 127, DEFAULT) RETURNING height_in`,
]);
ge('update recomputes', [`UPDATE people SET height_cm = 25.4 RETURNING height_in`]);
ge('update generated error', [`UPDATE people SET height_in = 1`]);
ge('update generated to default ok', [`UPDATE people SET height_in = DEFAULT RETURNING height_in`]);
ge('generated null input', [`INSERT INTO people (id) VALUES (3) RETURNING height_in`]);
ge(
  'generated referencing generated error',
  [
    `CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (b * 2) STORED)`,
  ],
  `CREATE TABLE x (a int);`,
);
ge(
  'generated with volatile function error',
  [`CREATE TABLE g2 (a int, b float8 GENERATED ALWAYS AS (random()) STORED)`],
  `CREATE TABLE x (a int);`,
);
ge(
  'generated virtual not in PG15',
  [`CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)`],
  `CREATE TABLE x (a int);`,
);
ge(
  'generated without stored PG15 error',
  [`CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2))`],
  `CREATE TABLE x (a int);`,
);
ge(
  'generated check constraint',
  [`INSERT INTO g2 VALUES (-5)`],
  `CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) STORED CHECK (b > 0));`,
);
ge(
  'generated not null',
  [`INSERT INTO g2 VALUES (NULL)`],
  `CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) STORED NOT NULL);`,
);
ge(
  'generated text concat',
  [`INSERT INTO g2 (first, last) VALUES ('Ada', 'Lovelace') RETURNING full_name`],
  `CREATE TABLE g2 (first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);`,
);
ge(
  'generated in unique',
  [`INSERT INTO g2 (a) VALUES (1)`, `INSERT INTO g2 (a) VALUES (1)`],
  `CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) STORED UNIQUE);`,
);
ge('generated insert select star error', [`INSERT INTO people SELECT 5, 10, 20`]);
ge('generated upsert excluded', [
  `INSERT INTO people (id, height_cm) VALUES (1, 2.54) ON CONFLICT (id) DO UPDATE SET height_cm = EXCLUDED.height_cm RETURNING height_in`,
]);
ge(
  'generated copy of pk column error',
  [`CREATE TABLE g2 (a int PRIMARY KEY GENERATED ALWAYS AS (1) STORED)`],
  `CREATE TABLE x (a int);`,
);
ge(
  'generated column with default error',
  [`CREATE TABLE g2 (a int, b int DEFAULT 1 GENERATED ALWAYS AS (a) STORED)`],
  `CREATE TABLE x (a int);`,
);
ge('generated attgenerated', [
  `SELECT attname, attgenerated FROM pg_attribute WHERE attrelid = 'people'::regclass AND attnum > 0 ORDER BY attnum`,
]);
ge('information_schema is_generated', [
  `SELECT column_name::text AS c, is_generated::text AS g, generation_expression::text AS e FROM information_schema.columns WHERE table_name = 'people' ORDER BY ordinal_position`,
]);
const DF = `CREATE TABLE d (id serial PRIMARY KEY, qty int DEFAULT 1, label text DEFAULT 'n/a' || '!', created date DEFAULT '2024-01-01', flag boolean DEFAULT false, tags text[] DEFAULT '{}', meta jsonb DEFAULT '{"v":1}');`;
const df = (name: string, steps: ProbeStep[]) => list.add(`ch5 default: ${name}`, steps, DF);
df('all defaults', [`INSERT INTO d DEFAULT VALUES RETURNING *`]);
df('explicit null overrides default', [
  `INSERT INTO d (qty, label) VALUES (NULL, NULL) RETURNING qty, label`,
]);
df('default keyword mixed', [
  `INSERT INTO d (qty, label) VALUES (DEFAULT, 'x'), (5, DEFAULT) RETURNING id, qty, label`,
]);
df('default in update', [`INSERT INTO d (qty) VALUES (9)`, `UPDATE d SET qty = DEFAULT RETURNING qty`]);
df('default in expression error', [`INSERT INTO d (qty) VALUES (DEFAULT + 1)`]);
df('column_default info schema', [
  `SELECT column_name::text AS c, column_default::text AS d FROM information_schema.columns WHERE table_name = 'd' ORDER BY ordinal_position`,
]);
df('alter default applies to new rows', [
  `INSERT INTO d DEFAULT VALUES`,
  `ALTER TABLE d ALTER COLUMN qty SET DEFAULT 7`,
  `INSERT INTO d DEFAULT VALUES`,
  `SELECT id, qty FROM d ORDER BY id`,
]);
df('add column with default fills existing', [
  `INSERT INTO d DEFAULT VALUES`,
  `ALTER TABLE d ADD COLUMN extra int DEFAULT 42`,
  `SELECT extra FROM d`,
]);
df('drop default gives null', [
  `ALTER TABLE d ALTER COLUMN qty DROP DEFAULT`,
  `INSERT INTO d DEFAULT VALUES RETURNING qty`,
]);
df('default violating check', [
  `CREATE TABLE dc (v int DEFAULT -1 CHECK (v > 0))`,
  `INSERT INTO dc DEFAULT VALUES`,
]);
df('default wrong type error', [`CREATE TABLE dc (v int DEFAULT 'abc')`]);
df('default referencing column error', [`CREATE TABLE dc (a int, b int DEFAULT a)`]);
df('default with nextval', [
  `CREATE SEQUENCE s START 100`,
  `CREATE TABLE dn (id bigint DEFAULT nextval('s'), v text)`,
  `INSERT INTO dn (v) VALUES ('a'), ('b') RETURNING id, v`,
]);
df('insert params with default keyword mix', [
  withParams('INSERT INTO d (qty, label) VALUES ($1, DEFAULT) RETURNING qty, label', 3),
]);

// ---------------------------------------------------------------- 5.5 system columns
const SC = `CREATE TABLE sc (id int PRIMARY KEY, v text);
INSERT INTO sc VALUES (1, 'a'), (2, 'b'), (3, 'c');`;
const sy = (name: string, steps: ProbeStep[]) => list.add(`ch5 system: ${name}`, steps, SC);
sy('ctid of fresh rows', [`SELECT id, ctid::text AS c FROM sc ORDER BY id`]);
sy('ctid after update moves', [
  `UPDATE sc SET v = 'z' WHERE id = 1`,
  `SELECT id, ctid::text AS c FROM sc ORDER BY id`,
]);
sy('ctid returned by insert', [`INSERT INTO sc VALUES (4, 'd') RETURNING ctid::text AS c`]);
sy('ctid lookup', [`SELECT id FROM sc WHERE ctid = '(0,2)'`]);
sy('ctid type', [`SELECT pg_typeof(ctid)::text AS t FROM sc LIMIT 1`]);
sy('tableoid regclass', [`SELECT tableoid::regclass::text AS t FROM sc WHERE id = 1`]);
sy('xmin equals current xact in same transaction', [
  `BEGIN`,
  `INSERT INTO sc VALUES (4, 'd')`,
  `SELECT (xmin::text = pg_current_xact_id()::text) AS mine FROM sc WHERE id = 4`,
  `SELECT (xmin::text = pg_current_xact_id()::text) AS mine FROM sc WHERE id = 1`,
  `COMMIT`,
]);
sy('xmax zero for live rows', [`SELECT id, xmax::text AS x FROM sc ORDER BY id`]);
sy('xmin xmax types', [
  `SELECT pg_typeof(xmin)::text AS a, pg_typeof(xmax)::text AS b, pg_typeof(cmin)::text AS c FROM sc LIMIT 1`,
]);
sy('cmin in transaction', [
  `BEGIN`,
  `INSERT INTO sc VALUES (4, 'd')`,
  `INSERT INTO sc VALUES (5, 'e')`,
  `SELECT id, cmin::text AS c FROM sc WHERE id > 3 ORDER BY id`,
  `COMMIT`,
]);
sy('system column not in star', [`SELECT * FROM sc WHERE id = 1`]);
sy('column named ctid error', [`CREATE TABLE bad (ctid int)`]);
sy('column named xmin error', [`CREATE TABLE bad (xmin int)`]);
sy('xmin compare with xid param', [`SELECT count(*) AS c FROM sc WHERE xmin::text::bigint > 0`]);
sy('xmax after delete in same transaction via returning', [
  `BEGIN`,
  `DELETE FROM sc WHERE id = 1 RETURNING id, (xmax::text = pg_current_xact_id()::text) AS mine`,
  `ROLLBACK`,
]);
sy('xmax after select for update', [
  `BEGIN`,
  `SELECT id FROM sc WHERE id = 1 FOR UPDATE`,
  `SELECT (xmax::text = pg_current_xact_id()::text) AS locked FROM sc WHERE id = 1`,
  `COMMIT`,
]);
sy('optimistic locking with xmin', [
  `BEGIN`,
  `UPDATE sc SET v = 'x' WHERE id = 1`,
  `SELECT (xmin::text = pg_current_xact_id()::text) AS same FROM sc WHERE id = 1`,
  `COMMIT`,
]);
sy('ctid after delete and insert reuses no slot', [
  `DELETE FROM sc WHERE id = 2`,
  `INSERT INTO sc VALUES (9, 'x')`,
  `SELECT id, ctid::text AS c FROM sc ORDER BY id`,
]);
sy('oid column absent PG12+', [`SELECT oid FROM sc`]);

// ---------------------------------------------------------------- misc error SQLSTATEs apps see
const ER = `CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL);`;
const er = (name: string, steps: ProbeStep[]) => list.add(`ch5 error: ${name}`, steps, ER);
er('undefined table', [`SELECT 1 AS one FROM missing_table`]);
er('undefined column', [`SELECT nope FROM t`]);
er('undefined column qualified', [`SELECT t.nope FROM t`]);
er('undefined function', [`SELECT nope_fn(1) AS v`]);
er('division by zero', [`SELECT 1 / 0 AS v`]);
er('insert into missing column', [`INSERT INTO t (id, w) VALUES (1, 'a')`]);
er('duplicate table', [`CREATE TABLE t (x int)`]);
er('create table if not exists notice', [`CREATE TABLE IF NOT EXISTS t (x int)`]);
er('drop missing table', [`DROP TABLE nope`]);
er('syntax error', [`SELEC 1`]);
er('transaction aborted 25P02', [`BEGIN`, `SELECT 1 / 0 AS v`, `SELECT 1 AS one`, `ROLLBACK`]);
er('commit after error is rollback', [
  `BEGIN`,
  `INSERT INTO t VALUES (1, 'a')`,
  `SELECT 1 / 0 AS v`,
  `COMMIT`,
  `SELECT count(*) AS c FROM t`,
]);
er('invalid text representation', [`SELECT 'abc'::int AS v`]);
er('numeric out of range', [`SELECT 2147483647 + 1 AS v`]);
er('string data right truncation', [`SELECT 'abcd'::char(2) AS v, CAST('abcd' AS varchar(2)) AS w`]);
er('not null detail failing row', [`INSERT INTO t VALUES (1, NULL)`]);
er('not null detail failing row params', [withParams('INSERT INTO t (id, v) VALUES ($1, $2)', 5, null)]);
er('unique after not null', [`INSERT INTO t VALUES (1, 'a')`, `INSERT INTO t VALUES (1, 'b')`]);
er('ambiguous function', [`SELECT 1 AS one WHERE 'a' = 1`]);
er('grouping error', [`SELECT id, count(*) AS c FROM t`]);
er('cardinality violation', [`INSERT INTO t VALUES (1, 'a'), (2, 'b')`, `SELECT (SELECT id FROM t) AS v`]);
er('read only transaction', [`BEGIN READ ONLY`, `INSERT INTO t VALUES (1, 'a')`, `ROLLBACK`]);
er('savepoint missing', [`BEGIN`, `ROLLBACK TO SAVEPOINT nope`, `ROLLBACK`]);
er('lock not available nowait second client', [`SELECT 1 AS one`]);

export default list.cases;
