import { defineGroup } from '../sql-case.js';
import { CUSTOMERS_ORDERS } from './customers-orders.js';

const T =
  "CREATE TABLE t (id int PRIMARY KEY, name text, price numeric(6, 2)); INSERT INTO t VALUES (1, 'a', 1.00), (2, 'b', 2.50);";

/** What node-pg reports beside the rows: fields, types, rowCount and command per statement, rowMode. */
export const resultMetadataCases = defineGroup('result-metadata', [
  {
    name: 'fields give each column name and type OID',
    steps: [
      "SELECT 1 AS i, 'x'::text AS t, 'x'::varchar AS v, 1.5 AS n, true AS b, '2024-01-01 00:00+00'::timestamptz AS ts, '2024-01-01'::date AS d, '{}'::jsonb AS j, ARRAY[1] AS a, gen_random_uuid() IS NOT NULL AS u",
    ],
  },
  {
    name: 'a SELECT reports its row count',
    setup: T,
    steps: ['SELECT * FROM t'],
  },
  {
    name: 'INSERT, UPDATE and DELETE report command and rowCount without RETURNING',
    setup: T,
    steps: [
      "INSERT INTO t VALUES (3, 'c', 0), (4, 'd', 0)",
      'UPDATE t SET name = upper(name)',
      'DELETE FROM t WHERE id > 2',
    ],
  },
  {
    name: 'DDL reports its command with no row count',
    steps: [
      'CREATE TABLE x (id int)',
      'ALTER TABLE x ADD COLUMN y int',
      'CREATE INDEX x_y ON x (y)',
      'DROP TABLE x',
    ],
  },
  {
    name: 'rowMode array gives rows as arrays',
    setup: T,
    steps: [{ sql: 'SELECT id, name, price FROM t ORDER BY id', rowMode: 'array' }],
  },
  {
    name: 'duplicate column names: the object keeps the last, the fields keep both',
    steps: ['SELECT 1 AS a, 2 AS a'],
  },
  {
    name: 'duplicate column names in rowMode array keep every value',
    steps: [{ sql: 'SELECT 1 AS a, 2 AS a', rowMode: 'array' }],
  },
  {
    name: 'a join selecting id from both tables keeps the last in the object',
    setup: `${T} CREATE TABLE u (id int, t_id int); INSERT INTO u VALUES (10, 1);`,
    steps: ['SELECT t.id, u.id FROM t JOIN u ON u.t_id = t.id'],
  },
  {
    name: 'unnamed columns are ?column?, functions are named after themselves',
    setup: T,
    steps: [
      'SELECT 1 + 1, count(*), max(id), coalesce(name, $$-$$), upper(name) FROM t GROUP BY name ORDER BY name LIMIT 1',
    ],
  },
  {
    name: 'a cast column is named after the cast type',
    steps: ["SELECT '1'::int, '2024-01-01'::date, CAST('x' AS text)"],
  },
  {
    name: 'quoted aliases keep case and unquoted ones fold to lower case',
    steps: ['SELECT 1 AS "CamelCase", 2 AS CamelCase, 3 AS "with space"'],
  },
  {
    name: 'an empty result still has its fields',
    setup: T,
    steps: ['SELECT id, name FROM t WHERE false'],
  },
  {
    name: 'an INSERT without RETURNING has no fields and no rows',
    setup: T,
    steps: ["INSERT INTO t VALUES (9, 'z', 0)"],
  },
  {
    name: 'a multi-statement simple query returns one result per statement',
    setup: T,
    steps: [
      "SELECT id FROM t ORDER BY id; UPDATE t SET name = 'q' WHERE id = 1; SELECT name FROM t WHERE id = 1",
    ],
  },
  {
    name: 'CREATE TABLE AS reports SELECT with the row count',
    setup: T,
    steps: ['CREATE TABLE t2 AS SELECT * FROM t', 'SELECT count(*) FROM t2'],
  },
  {
    name: 'a VALUES statement reports SELECT',
    steps: ["VALUES (1, 'a'), (2, 'b')"],
  },
  {
    name: 'SHOW returns one text column named after the setting',
    steps: ['SHOW standard_conforming_strings'],
  },
  {
    name: 'SELECT without a FROM and without columns',
    setup: T,
    steps: ['SELECT FROM t'],
  },
  {
    name: 'numeric columns keep their declared type OID in fields',
    setup: T,
    steps: [
      'SELECT price, price * 2 AS doubled, id::bigint AS big, id::smallint AS small, 1.5::float4 AS f4, 1.5::float8 AS f8 FROM t WHERE id = 1',
    ],
  },
  {
    name: 'rowMode array with a RETURNING clause',
    setup: T,
    steps: [{ sql: "INSERT INTO t VALUES (5, 'e', 1.25) RETURNING id, price", rowMode: 'array' }],
  },
  {
    name: 'an UPDATE with RETURNING reports UPDATE and the rows',
    setup: T,
    steps: ['UPDATE t SET price = price + 1 RETURNING id'],
  },
  {
    name: 'a SELECT on a view reports the view columns',
    setup: `${T} CREATE VIEW cheap AS SELECT id, name FROM t WHERE price < 2;`,
    steps: ['SELECT * FROM cheap'],
  },
  {
    name: "a new session's TimeZone and search_path are a stock server's: Etc/UTC and the default",
    // Not the lc_* settings: they follow the machine's locale (C.UTF-8 on Debian's server, C in its image).
    steps: ['SHOW TimeZone', 'SHOW search_path'],
  },
  {
    name: 'timestamptz text follows the session TimeZone, and RESET brings the default back',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT '2024-06-01 12:00:00+00'::timestamptz::text AS t",
      'RESET TimeZone',
      "SELECT '2024-06-01 12:00:00+00'::timestamptz::text AS t, current_setting('TimeZone') AS zone",
    ],
  },
  {
    name: 'a cast keeps the name of the column or function it casts; a constant or an operator takes the type name',
    setup: CUSTOMERS_ORDERS,
    steps: [
      'SELECT id::text, customer_id::bigint, (id + 1)::text, coalesce(customer_id, 0)::text, CASE WHEN true THEN 1 END::text, NULL::int, 1::int::text FROM orders WHERE id = 10',
      'SELECT count(*)::int FROM orders',
      'SELECT max(id)::text, sum(customer_id)::int8, length(status)::bigint FROM orders',
    ],
  },
  {
    name: 'max and min of a varchar column are text',
    setup: CUSTOMERS_ORDERS,
    steps: ['SELECT max(code), min(code) FROM orders'],
  },
  {
    name: 'an output column alias longer than 63 bytes is cut to 63',
    steps: ['SELECT 1 AS this_alias_is_much_longer_than_sixty_three_bytes_so_postgres_truncates_it_quietly'],
  },
  {
    name: "system statistics views have PostgreSQL 15's columns",
    setup: 'CREATE TABLE t (a int PRIMARY KEY)',
    steps: [
      'SELECT * FROM pg_stat_user_tables LIMIT 0',
      'SELECT * FROM pg_stat_user_indexes LIMIT 0',
      'SELECT * FROM pg_stat_bgwriter LIMIT 0',
      'SELECT * FROM pg_stat_database LIMIT 0',
    ],
  },
  {
    name: "catalog tables read with SELECT * have PostgreSQL 15's columns",
    steps: [
      'SELECT * FROM pg_class LIMIT 0',
      'SELECT * FROM pg_attribute LIMIT 0',
      'SELECT * FROM pg_database LIMIT 0',
      'SELECT relallfrozen FROM pg_class',
    ],
  },
  {
    name: 'EXPLAIN ANALYZE prints whole actual rows and no Buffers unless asked',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 1), (2, 2);',
    steps: [
      'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM t WHERE id = 1',
      'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT count(*) FROM t',
    ],
  },
  {
    name: 'duplicate column names object mode',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id ORDER BY o.id'],
  },
  {
    name: 'unquoted mixed case folds',
    steps: ['CREATE TABLE Foo (Bar int)', 'INSERT INTO FOO VALUES (1)', 'SELECT bar, BAR AS X FROM foo'],
  },
  {
    name: 'column alias without as',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT name n, id + 1 next FROM customers ORDER BY id LIMIT 2'],
  },
  {
    name: 'concat result type varchar',
    steps: [
      'CREATE TABLE vc (a varchar(10))',
      "INSERT INTO vc VALUES ('x')",
      "SELECT a || 'y' AS c, pg_typeof(a || 'y')::text AS t, upper(a) AS u FROM vc",
    ],
  },
  {
    name: 'array result types',
    steps: [
      "SELECT ARRAY[1,2] AS a, ARRAY['x'] AS b, ARRAY[1.5] AS c, ARRAY[true] AS d, '{}'::int[] AS e, ARRAY[NULL::int] AS f",
    ],
  },
  {
    name: 'result type 0: v',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT v AS x FROM m'],
  },
  {
    name: 'result type 3: coalesce(v, t)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT coalesce(v, t) AS x FROM m'],
  },
  {
    name: 'result type 6: CASE WHEN b THEN v ELSE w END',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT CASE WHEN b THEN v ELSE w END AS x FROM m'],
  },
  {
    name: 'result type 9: greatest(v, w)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT greatest(v, w) AS x FROM m'],
  },
  {
    name: 'result type 12: min(w)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT min(w) AS x FROM m'],
  },
  {
    name: "result type 15: v || 'x'",
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ["SELECT v || 'x' AS x FROM m"],
  },
  {
    name: 'result type 18: substr(v, 1, 2)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT substr(v, 1, 2) AS x FROM m'],
  },
  {
    name: 'result type 21: v::text',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT v::text AS x FROM m'],
  },
  {
    name: 'result type 30: abs(s)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT abs(s) AS x FROM m'],
  },
  {
    name: 'result type 33: s * 2::smallint',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT s * 2::smallint AS x FROM m'],
  },
  {
    name: 'result type 39: abs(g)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT abs(g) AS x FROM m'],
  },
  {
    name: 'result type 42: max(g)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT max(g) AS x FROM m'],
  },
  {
    name: 'result type 45: round(n)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT round(n) AS x FROM m'],
  },
  {
    name: 'result type 48: n + i',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT n + i AS x FROM m'],
  },
  {
    name: 'result type 51: coalesce(i, g)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT coalesce(i, g) AS x FROM m'],
  },
  {
    name: 'result type 54: CASE WHEN b THEN s ELSE i END',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT CASE WHEN b THEN s ELSE i END AS x FROM m'],
  },
  {
    name: 'result type 60: s % 2',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT s % 2 AS x FROM m'],
  },
  {
    name: 'result type 63: d',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT d AS x FROM m'],
  },
  {
    name: 'result type 66: d - d',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT d - d AS x FROM m'],
  },
  {
    name: 'result type 69: ts',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT ts AS x FROM m'],
  },
  {
    name: 'result type 72: u',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT u AS x FROM m'],
  },
  {
    name: "result type 75: j -> 'k'",
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ["SELECT j -> 'k' AS x FROM m"],
  },
  {
    name: 'result type 78: NOT b',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT NOT b AS x FROM m'],
  },
  {
    name: 'result type 81: v = w',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT v = w AS x FROM m'],
  },
  {
    name: "result type 84: v IN ('a', 'b')",
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ["SELECT v IN ('a', 'b') AS x FROM m"],
  },
  {
    name: 'result type 87: (SELECT max(s) FROM m)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT (SELECT max(s) FROM m) AS x FROM m'],
  },
  {
    name: 'result type 90: ARRAY[s, i]',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT ARRAY[s, i] AS x FROM m'],
  },
  {
    name: 'result type 102: md5(v)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT md5(v) AS x FROM m'],
  },
  {
    name: 'result type 105: lpad(v, 5)',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT lpad(v, 5) AS x FROM m'],
  },
  {
    name: 'result type 108: s::text',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT s::text AS x FROM m'],
  },
  {
    name: 'result type 114: g::int',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['SELECT g::int AS x FROM m'],
  },
  {
    name: 'result type cte varchar',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ['WITH c AS (SELECT v, s FROM m) SELECT * FROM c'],
  },
  {
    name: 'result type insert returning varchar',
    setup:
      "CREATE TABLE m (v varchar(10), w varchar(5), t text, s smallint, i int, g bigint, n numeric(8,2), b bool, d date, ts timestamptz, u uuid, j jsonb, arr varchar(3)[]); INSERT INTO m VALUES ('abc', 'de', 'txt', 2, 3, 4, 5.50, true, '2024-01-02', '2024-01-02 03:04:05+00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"k\":1}', '{x,y}');",
    steps: ["INSERT INTO m (v, w, s) VALUES ('q', 'r', 1) RETURNING v, w, s, arr"],
  },
  {
    name: 'Result types arithmetic (PGlite round 13)',
    steps: [
      "SELECT 1::int2 + 1::int2 AS c0, 1::int2 * 1::int4 AS c1, 1::int8 / 2 AS c2, 1.5 * 2 AS c3, 2 ^ 2 AS c4, 2.0 ^ 2 AS c5, 10 % 3 AS c6, @ -5 AS c7, |/ 16 AS c8, ||/ 27 AS c9, 5 ! AS c10, 1::float4 + 1 AS c11, 1::float4 * 1::float4 AS c12, 1::money * 2 AS c13, '1 day'::interval * 2 AS c14, now() - now() AS c15, '2024-01-01'::date - '2023-01-01'::date AS c16, '2024-01-01'::date + 1 AS c17, '2024-01-01'::date + '10:00'::time AS c18",
    ],
  },
  {
    name: 'Result types aggregates (PGlite round 13)',
    steps: [
      "SELECT sum(x::int2) AS a, sum(x::int4) AS b, sum(x::int8) AS c, sum(x::numeric) AS d, sum(x::float4) AS e, avg(x::int2) AS f, avg(x::float4) AS g, count(*) AS h, max(x::int2) AS i, stddev(x::int4) AS j, array_agg(x) AS k, string_agg(x::text, ',') AS l, json_agg(x) AS m, jsonb_agg(x) AS n, bit_and(x) AS o, every(x > 0) AS p FROM (VALUES (1), (2)) v(x)",
    ],
  },
  {
    name: 'Result types functions (PGlite round 13)',
    steps: [
      "SELECT extract(year from now()) AS c0, date_part('year', now()) AS c1, length('x') AS c2, octet_length('x') AS c3, position('a' in 'abc') AS c4, strpos('abc', 'b') AS c5, char_length('a') AS c6, ascii('a') AS c7, to_char(1, '9') AS c8, to_number('1', '9') AS c9, to_date('2024', 'YYYY') AS c10, to_timestamp(0) AS c11, age(now(), now()) AS c12, round(1.5) AS c13, round(1.5::float8) AS c14, trunc(1.5::float8) AS c15, ceil(1.5::float4) AS c16, abs(-1::int2) AS c17, sign(-1::int4) AS c18, mod(5::int2, 2::int2) AS c19, div(5, 2) AS c20, gcd(4::int8, 6) AS c21, pi() AS c22, width_bucket(1, 0, 10, 5) AS c23, array_length(ARRAY[1], 1) AS c24, cardinality(ARRAY[1]) AS c25, array_position(ARRAY[1], 1) AS c26, generate_subscripts(ARRAY[1], 1) AS c27, pg_column_size(1) AS c28",
    ],
  },
  {
    name: 'Result types json and text (PGlite round 13)',
    steps: [
      "SELECT '{}'::jsonb -> 'a' AS c0, '{}'::jsonb ->> 'a' AS c1, '{}'::json -> 'a' AS c2, '[1]'::jsonb #> '{0}' AS c3, jsonb_typeof('1') AS c4, jsonb_array_length('[]') AS c5, jsonb_path_query_first('1', '$') AS c6, jsonb_path_exists('1', '$') AS c7, to_jsonb(1) AS c8, row_to_json(row(1)) AS c9, json_build_object() AS c10, 'a'::varchar || 'b' AS c11, 'a'::char(2) || 'b' AS c12, upper('a'::varchar) AS c13, lower('A'::name) AS c14, 'a'::name || 'b' AS c15, concat(1, 2) AS c16, format('%s', 1) AS c17, md5('a') AS c18, quote_ident('a') AS c19, substring('abc' from 1 for 1) AS c20, 'x'::char(3) AS c21, 'x'::\"char\" AS c22, NULL AS c23, NULL::unknown AS c24, 'lit' AS c25, ARRAY['a'] AS c26, ARRAY[1, 2.5] AS c27, ROW(1, 'a') AS c28, (SELECT 1) AS c29, EXISTS (SELECT 1) AS c30, 1 IN (1) AS c31, CASE WHEN true THEN 'a' END AS c32, COALESCE('a', 'b') AS c33, GREATEST(1, 2::int8) AS c34, NULLIF('a', 'b') AS c35",
    ],
  },
  {
    name: 'Result types casts (PGlite round 13)',
    steps: [
      "SELECT 1::bit(3) AS c0, '1'::varbit AS c1, 'a'::bytea AS c2, '1'::oid AS c3, 'pg_class'::regclass AS c4, 'int4'::regtype AS c5, '1'::xid AS c6, '1'::xid8 AS c7, '(0,1)'::tid AS c8, '0/0'::pg_lsn AS c9, 'a'::tsvector AS c10, 'a'::tsquery AS c11, '1'::int4range AS c12, '{[1,2)}'::int4multirange AS c13, '00:00'::timetz AS c14, '12:00'::time AS c15, '1 day'::interval AS c16, '(1,2)'::point AS c17, '1.2.3.4'::inet AS c18, '<a/>'::xml AS c19, '$.a'::jsonpath AS c20, '{}'::int[] AS c21, '{}'::text[] AS c22, '{}'::jsonb[] AS c23",
    ],
  },
  {
    name: 'Result types parameters (PGlite round 13)',
    steps: [
      {
        sql: 'SELECT $1 AS a, $2::int AS b, $3::numeric + 1 AS c, $4::text[] AS d, $5::jsonb AS e, $6::timestamptz AS f, $7::bool AS g, $8::bytea AS h',
        params: ['x', '1', '1.5', ['a'], '{}', '2024-01-01T00:00:00Z', true, '\\x00'],
      },
    ],
  },
  {
    name: 'Result types set operations (PGlite round 13)',
    steps: [
      'SELECT 1 AS a UNION SELECT 2.5',
      'SELECT 1::int2 AS a UNION ALL SELECT 1::int8',
      "SELECT 'a' AS a UNION SELECT 'b'",
      'SELECT NULL AS a UNION SELECT NULL',
      "SELECT '2024-01-01'::date AS a UNION SELECT '2024-01-01'::timestamp",
    ],
  },
  {
    name: 'Result types values lists (PGlite round 13)',
    steps: [
      "SELECT * FROM (VALUES (1, 'a', NULL), (2.5, 'b', 1)) v(a, b, c)",
      'VALUES (1), (2)',
      "SELECT * FROM (VALUES ('a'::varchar(3)), ('bb')) v(x)",
    ],
  },
  {
    name: 'Result types windows (PGlite round 13)',
    steps: [
      'SELECT row_number() OVER () AS a, rank() OVER () AS b, percent_rank() OVER () AS c, ntile(2) OVER () AS d, lag(1::int2) OVER () AS e, cume_dist() OVER () AS f FROM (VALUES (1)) v(x)',
    ],
  },
  {
    name: 'Result types returning (PGlite round 13)',
    steps: [
      'CREATE TABLE rt (id serial, a int2, b varchar(5), c numeric(5,2), d timestamptz DEFAULT now(), e jsonb)',
      "INSERT INTO rt (a, b, c, e) VALUES (1, 'x', 1.5, '{}') RETURNING id, a, b, c, e, d IS NOT NULL AS has_d, a + 1 AS a1, c * 2 AS c2",
    ],
  },
  {
    name: 'Result array mode fields (PGlite round 13)',
    steps: [{ sql: 'SELECT 1 AS a, \'x\' AS a, NULL AS "?column?"', rowMode: 'array' }],
  },
  {
    name: 'Result types domain and enum (PGlite round 13)',
    steps: [
      'CREATE DOMAIN pos AS int',
      "CREATE TYPE mood AS ENUM ('a')",
      "SELECT 1::pos AS d, 'a'::mood AS m, ARRAY['a'::mood] AS ma, 1::pos + 1 AS dp",
    ],
  },
  {
    name: 'rowMode array keeps duplicate column names and every value (round 17)',
    steps: [{ sql: 'SELECT 1 AS a, 2 AS a, 3 AS b', rowMode: 'array' }, 'SELECT 1 AS a, 2 AS a'],
  },
  {
    name: 'several statements in one simple query give one result each, an error rolls back the string (round 17)',
    setup: "CREATE TABLE t (id int PRIMARY KEY, s text); INSERT INTO t VALUES (1, 'a')",
    steps: [
      "INSERT INTO t VALUES (2, 'b'); SELECT count(*) AS n FROM t",
      "INSERT INTO t VALUES (9, 'z'); SELECT 1/0 AS b",
      'SELECT count(*) AS n FROM t',
    ],
  },
  {
    name: 'rowMode array keeps the ids of a join apart (round 18)',
    setup:
      "CREATE TABLE u (id int, email text); CREATE TABLE p (id int, author_id int); INSERT INTO u VALUES (1, 'a@x'); INSERT INTO p VALUES (10, 1), (11, 1);",
    steps: [
      {
        sql: 'SELECT u.id, p.id, u.email FROM u JOIN p ON p.author_id = u.id ORDER BY p.id',
        rowMode: 'array',
      },
    ],
  },
  {
    name: 'EXPLAIN VERBOSE prints a window function as OVER (?) and no Window line in 15 (round 18)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t SELECT g, g FROM generate_series(1, 50) g; ANALYZE t;',
    steps: [
      'EXPLAIN (VERBOSE, COSTS OFF) SELECT id, sum(n) OVER w FROM t WINDOW w AS (ORDER BY id ROWS 2 PRECEDING)',
      'EXPLAIN (COSTS OFF) SELECT * FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM t) x WHERE rn <= 2',
    ],
  },
]);
