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
]);
