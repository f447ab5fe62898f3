// Round 27 probe (helper types27): hand-picked typmod round trips, NaN ordering and parameter comparisons from chapters 8 and 10.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('manual: ');
list.add(
  'numeric(5,2) round trip',
  [
    "INSERT INTO n VALUES (1, '1.005'), (2, '-1.005'), (3, '999.994')",
    "INSERT INTO n VALUES (4, '999.995')",
    withParams('INSERT INTO n VALUES (5, $1) RETURNING v', '12.345'),
    withParams('INSERT INTO n VALUES (6, $1)', '1000'),
    'SELECT id, v FROM n ORDER BY id',
  ],
  'CREATE TABLE n (id int, v numeric(5,2));',
);
list.add(
  'numeric NaN and infinity ordering and aggregates',
  [
    "INSERT INTO n VALUES (1, 'NaN'), (2, 'Infinity'), (3, '-Infinity'), (4, '1.5'), (5, NULL)",
    'SELECT id FROM n ORDER BY v NULLS FIRST, id',
    'SELECT id FROM n ORDER BY v DESC, id',
    'SELECT min(v), max(v) FROM n',
    'SELECT sum(v) FROM n WHERE id IN (2, 4)',
    "SELECT count(*) FROM n WHERE v = 'NaN'",
  ],
  'CREATE TABLE n (id int, v numeric);',
);
list.add(
  'float8 NaN, -0 and infinity',
  [
    "INSERT INTO f VALUES (1, 'NaN'), (2, '-0'), (3, '0'), (4, 'Infinity'), (5, '-Infinity'), (6, NULL), (7, '1.5')",
    'SELECT id FROM f ORDER BY v, id',
    'SELECT id FROM f ORDER BY v DESC NULLS LAST, id',
    'SELECT count(DISTINCT v) AS d FROM f',
    'SELECT a.id, b.id FROM f a JOIN f b ON a.v = b.v AND a.id < b.id ORDER BY 1, 2',
    'SELECT max(v), min(v) FROM f',
  ],
  'CREATE TABLE f (id int, v float8);',
);
list.add(
  'char(3) comparisons and parameters',
  [
    "INSERT INTO c VALUES (1, 'a'), (2, 'a  '), (3, 'ab'), (4, 'abc')",
    withParams('SELECT id FROM c WHERE v = $1 ORDER BY id', 'a'),
    withParams('SELECT id FROM c WHERE v = $1 ORDER BY id', 'a '),
    withParams('SELECT id FROM c WHERE v = $1::text ORDER BY id', 'a'),
    "SELECT id, length(v), octet_length(v), v || 'x' AS cat FROM c ORDER BY id",
    "INSERT INTO c VALUES (5, 'abcd')",
    "INSERT INTO c VALUES (6, 'abc   ')",
    withParams('INSERT INTO c VALUES (7, $1)', 'abcd'),
    "SELECT 'abcd'::char(3) AS t, 'abcd'::varchar(3) AS v",
  ],
  'CREATE TABLE c (id int, v char(3));',
);
list.add(
  'timestamp(0) and time(2) rounding',
  [
    "INSERT INTO t VALUES (1, '2024-01-31 23:59:59.5', '12:00:00.125'), (2, '1999-12-31 23:59:59.4999', '23:59:59.999')",
    withParams('INSERT INTO t VALUES (3, $1, $2)', '2000-01-01 00:00:00.5', '10:00:00.005'),
    'SELECT id, ts::text, tm::text FROM t ORDER BY id',
  ],
  'CREATE TABLE t (id int, ts timestamp(0), tm time(2));',
);
list.add('interval typmods', [
  "SELECT '1 year 2 months 3 days 04:05:06.789'::interval year to month AS a",
  "SELECT '1 day 04:05:06.789'::interval day to second(1) AS b",
  "SELECT '1 day 04:05:06.789'::interval hour AS c",
  "SELECT '04:05:06.789'::interval(0)::text AS d",
]);
list.add(
  'unknown-typed params compared with typed columns',
  [
    "INSERT INTO p VALUES (1, 5, '2024-01-01', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
    withParams('SELECT id FROM p WHERE i = $1', '5'),
    withParams('SELECT id FROM p WHERE i = $1', '5.0'),
    withParams('SELECT id FROM p WHERE d = $1', '2024-01-01 00:00'),
    withParams('SELECT id FROM p WHERE b = $1', 'yes'),
    withParams('SELECT id FROM p WHERE u = $1', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'),
    withParams('SELECT $1 = i AS eq FROM p', ' 5 '),
    withParams('SELECT $1::numeric(4,1) AS v', '12.35'),
    withParams('SELECT $1::varchar(2) AS v', 'abc'),
  ],
  'CREATE TABLE p (id int, i int, d date, b boolean, u uuid);',
);
list.add('boolean input spellings', [
  "SELECT 'yes'::boolean, 'OFF'::boolean, ' t '::boolean, '1'::boolean",
  "SELECT 'of'::boolean",
  "SELECT 'o'::boolean",
]);
list.add(
  'varchar(3) insert and explicit cast',
  [
    "INSERT INTO v VALUES ('abc  ')",
    "INSERT INTO v VALUES ('abcd')",
    "INSERT INTO v VALUES ('abcd'::varchar(3))",
    "INSERT INTO v VALUES ('abcd'::text)",
    'SELECT x, length(x) FROM v ORDER BY x',
  ],
  'CREATE TABLE v (x varchar(3));',
);
list.add(
  'avg and sum result types',
  [
    'INSERT INTO a VALUES (1, 1, 1.5, 1), (2, 2, 2.25, 2), (3, NULL, NULL, NULL)',
    'SELECT sum(i) AS si, avg(i) AS ai, sum(n) AS sn, avg(n) AS an, sum(f) AS sf, avg(f) AS af FROM a',
    'SELECT pg_typeof(sum(i))::text, pg_typeof(avg(i))::text, pg_typeof(sum(s))::text FROM a',
  ],
  'CREATE TABLE a (s smallint, i int, n numeric, f float8);',
);
export default list.cases;
