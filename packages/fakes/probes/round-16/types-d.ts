// Round 16 probe, part D: PostgreSQL 15 docs 8.17/9.20 (range and multirange types), 8.18 (domains),
// 8.19 (object identifier types), 8.20 (pg_lsn), and casts between types. Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 8.17 ranges: input, canonical forms
list.select('t16 rng int4range default bounds', `int4range(1, 5)::text`);
list.select('t16 rng int4range to node', `int4range(1, 5)`);
list.select('t16 rng int4range inclusive canonical', `int4range(1, 5, '[]')::text`);
list.select('t16 rng int4range exclusive lower canonical', `'(1,5]'::int4range::text`);
list.select('t16 rng int4range both exclusive', `int4range(1, 5, '()')::text`);
list.select('t16 rng int4range empty by bounds', `'[1,1)'::int4range::text`);
list.select('t16 rng int4range empty after canonical', `'(1,2)'::int4range::text`);
list.select('t16 rng empty literal', `'empty'::int4range::text`);
list.select('t16 rng empty literal case', `'EMPTY'::int4range::text`);
list.select('t16 rng lower greater than upper errors', `int4range(5, 1)`);
list.select('t16 rng lower greater literal errors', `'[5,1)'::int4range`);
list.select('t16 rng invalid flags', `int4range(1, 5, '[x')`);
list.select('t16 rng malformed literal', `'[1,2'::int4range`);
list.select('t16 rng bad bound', `'[a,b)'::int4range`);
list.select('t16 rng input whitespace', `' [ 1 , 5 ) '::int4range::text`);
list.select(
  't16 rng unbounded',
  `ARRAY[int4range(NULL, 5)::text, int4range(1, NULL)::text, int4range(NULL, NULL)::text, '[,]'::int4range::text]`,
);
list.select('t16 rng unbounded inclusive flag dropped', `int4range(NULL, 5, '[]')::text`);
list.select('t16 rng int4range canonical overflow', `'[1,2147483647]'::int4range`);
list.select('t16 rng int8range output to node', `int8range(1, 10, '[]')`);
list.select('t16 rng numrange keeps bounds', `numrange(1.5, 2.5, '[]')::text`);
list.select('t16 rng numrange scale kept', `numrange(1.50, 2.0)::text`);
list.select('t16 rng numrange empty same bounds', `numrange(1.0, 1.0, '[]')::text`);
list.select('t16 rng numrange empty exclusive same', `numrange(1.0, 1.0, '[)')::text`);
list.select('t16 rng daterange canonical', `daterange('2020-01-01', '2020-01-05', '[]')::text`);
list.select('t16 rng daterange exclusive lower', `'(2020-01-01,2020-01-05]'::daterange::text`);
list.select('t16 rng daterange infinity', `'[2020-01-01,infinity)'::daterange::text`);
list.select('t16 rng daterange infinity is not unbounded', `upper_inf('[2020-01-01,infinity)'::daterange)`);
list.select('t16 rng tsrange no canonical', `tsrange('2020-01-01 10:00', '2020-01-01 11:00', '[]')::text`);
list.select('t16 rng tsrange quoting output', `tsrange('2020-01-01', '2020-01-02')::text`);
list.select('t16 rng quoted bounds input', `'["1","5")'::int4range::text`);
list.select('t16 rng numrange exponent input', `'[1e2,1e3)'::numrange::text`);
list.select(
  't16 rng lower upper',
  `ARRAY[lower(int4range(1, 5)), upper(int4range(1, 5)), upper(int4range(1, 5, '[]'))]`,
);
list.select('t16 rng lower of empty', `lower('empty'::int4range) IS NULL`);
list.select('t16 rng lower of unbounded', `lower(int4range(NULL, 5)) IS NULL`);
list.select(
  't16 rng inc inf flags',
  `ARRAY[lower_inc(numrange(1.1, 2.2)), upper_inc(numrange(1.1, 2.2)), lower_inf('(,)'::daterange), upper_inf('[1,)'::int4range)]`,
);
list.select(
  't16 rng flags of empty',
  `ARRAY[isempty('empty'::int4range), lower_inc('empty'::int4range), lower_inf('empty'::int4range)]`,
);
list.select('t16 rng isempty', `ARRAY[isempty(numrange(1, 5)), isempty(numrange(1, 1))]`);
list.select('t16 rng equality after canonical', `'[1,3]'::int4range = '[1,4)'::int4range`);
list.select('t16 rng numrange not canonical equality', `'[1,3]'::numrange = '[1,4)'::numrange`);
list.select('t16 rng empty equals empty', `'empty'::int4range = int4range(3, 3)`);
list.select(
  't16 rng ordering',
  `ARRAY['empty'::int4range < int4range(1, 2), int4range(1, 2) < int4range(1, 3), int4range(NULL, 2) < int4range(1, 2), int4range(1, NULL) > int4range(1, 100)]`,
);
list.add(
  't16 rng order by column',
  [
    `INSERT INTO t VALUES ('[5,7)'), ('empty'), ('[1,10)'), ('(,3)'), ('[1,2)'), ('[1,)')`,
    `SELECT r::text AS v FROM t ORDER BY r`,
  ],
  `CREATE TABLE t (r int4range)`,
);

// ---------------------------------------------------------------- 9.20 range operators
list.select('t16 rng contains element', `int4range(2, 4) @> 3`);
list.select('t16 rng contains upper exclusive', `int4range(2, 4) @> 4`);
list.select('t16 rng contains range', `int4range(2, 4) @> int4range(2, 3)`);
list.select('t16 rng contains empty', `int4range(2, 4) @> 'empty'::int4range`);
list.select('t16 rng element contained', `42 <@ int4range(1, 7)`);
list.select('t16 rng numrange contains numeric', `numrange(1.0, 2.0) @> 1.5`);
list.select(
  't16 rng tsrange contains timestamp',
  `tsrange('2020-01-01', '2020-02-01') @> '2020-01-15 10:00'::timestamp`,
);
list.select(
  't16 rng daterange contains date literal',
  `daterange('2020-01-01', '2020-02-01') @> '2020-01-31'::date`,
);
list.select(
  't16 rng overlaps',
  `ARRAY[int8range(3, 7) && int8range(4, 12), int4range(1, 2) && int4range(2, 3), '[1,2]'::int4range && '[2,3]'::int4range]`,
);
list.select(
  't16 rng strictly left right',
  `ARRAY[int8range(1, 10) << int8range(100, 110), int8range(50, 60) >> int8range(20, 30)]`,
);
list.select(
  't16 rng does not extend',
  `ARRAY[int8range(1, 20) &< int8range(18, 20), int8range(7, 20) &> int8range(5, 10)]`,
);
list.select(
  't16 rng adjacent',
  `ARRAY[numrange(1.1, 2.2) -|- numrange(2.2, 3.3), int4range(1, 2, '[]') -|- int4range(3, 4)]`,
);
list.select('t16 rng union', `(numrange(5, 15) + numrange(10, 20))::text`);
list.select('t16 rng union adjacent', `(int4range(1, 3) + int4range(3, 5))::text`);
list.select('t16 rng union disjoint errors', `numrange(1, 2) + numrange(3, 4)`);
list.select('t16 rng intersection', `(int8range(5, 15) * int8range(10, 20))::text`);
list.select('t16 rng intersection empty', `(int4range(1, 2) * int4range(5, 6))::text`);
list.select('t16 rng difference', `(int8range(5, 15) - int8range(10, 20))::text`);
list.select('t16 rng difference split errors', `int4range(1, 10) - int4range(4, 6)`);
list.select('t16 rng difference to empty', `(int4range(1, 5) - int4range(0, 10))::text`);
list.select('t16 rng range_merge', `range_merge('[0,1)'::numrange, '[2,3)'::numrange)::text`);
list.select('t16 rng union with empty', `(int4range(1, 3) + 'empty'::int4range)::text`);
list.select('t16 rng mismatched types errors', `int4range(1, 2) && numrange(1, 2)`);
list.select('t16 rng int4 contains bigint element', `int4range(1, 5) @> 3::bigint`);
list.add(
  't16 rng column contains query',
  [
    `INSERT INTO t VALUES (1, '[1,5)'), (2, '[5,10)'), (3, 'empty')`,
    `SELECT id AS v FROM t WHERE r @> 5 ORDER BY id`,
  ],
  `CREATE TABLE t (id int, r int4range)`,
);
list.add(
  't16 rng column overlaps param',
  [
    `INSERT INTO t VALUES (1, '[2020-01-01,2020-02-01)'), (2, '[2020-03-01,2020-04-01)')`,
    {
      sql: `SELECT id AS v FROM t WHERE r && $1::daterange ORDER BY id`,
      params: ['[2020-01-15,2020-03-02)'],
    },
  ],
  `CREATE TABLE t (id int, r daterange)`,
);
list.add(
  't16 rng column insert param canonical',
  [{ sql: `INSERT INTO t VALUES (1, $1) RETURNING r::text AS v`, params: ['[1,3]'] }],
  `CREATE TABLE t (id int, r int4range)`,
);
list.add(
  't16 rng exclusion constraint',
  [
    `INSERT INTO booking VALUES (1, '[2020-01-01 10:00,2020-01-01 11:00)')`,
    `INSERT INTO booking VALUES (2, '[2020-01-01 11:00,2020-01-01 12:00)')`,
    `INSERT INTO booking VALUES (3, '[2020-01-01 10:30,2020-01-01 10:45)')`,
  ],
  `CREATE TABLE booking (id int, during tsrange, EXCLUDE USING gist (during WITH &&))`,
);
list.add(
  't16 rng unique range column',
  [`INSERT INTO t VALUES ('[1,3]')`, `INSERT INTO t VALUES ('[1,4)')`],
  `CREATE TABLE t (r int4range UNIQUE)`,
);
list.add(
  't16 rng custom range type',
  [`SELECT floatrange(1.5, 2.5)::text AS a, floatrange(1, 2) @> 1.75::float8 AS b`],
  `CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi)`,
);
list.add(
  't16 rng custom range multirange name',
  [`SELECT floatmultirange(floatrange(1, 2), floatrange(3, 4))::text AS v`],
  `CREATE TYPE floatrange AS RANGE (subtype = float8)`,
);
list.add('t16 rng range_agg', [
  `SELECT range_agg(r)::text AS v FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (int4range(7, 9))) t(r)`,
]);
list.add('t16 rng range_agg empty input', [
  `SELECT range_agg(r) IS NULL AS v FROM (VALUES (int4range(1, 3))) t(r) WHERE false`,
]);
list.add('t16 rng range_agg with empty ranges', [
  `SELECT range_agg(r)::text AS v FROM (VALUES ('empty'::int4range), ('empty')) t(r)`,
]);
list.add('t16 rng range_intersect_agg', [
  `SELECT range_intersect_agg(r)::text AS v FROM (VALUES (int4range(1, 10)), (int4range(5, 20)), (int4range(3, 8))) t(r)`,
]);
list.add(
  't16 rng range_agg grouped',
  [
    `INSERT INTO t VALUES ('a', '[1,3)'), ('a', '[3,5)'), ('b', '[1,2)'), ('b', '[4,6)')`,
    `SELECT k AS k, range_agg(r)::text AS v FROM t GROUP BY k ORDER BY k`,
  ],
  `CREATE TABLE t (k text, r int4range)`,
);

// ---------------------------------------------------------------- multiranges (PG14+)
list.select('t16 mr literal normalizes', `'{[1,3), [2,5)}'::int4multirange::text`);
list.select('t16 mr literal sorts and merges adjacent', `'{[7,9), [1,3), [3,4)}'::int4multirange::text`);
list.select('t16 mr empty literal', `'{}'::int4multirange::text`);
list.select('t16 mr literal with empty range', `'{empty, [1,2)}'::int4multirange::text`);
list.select('t16 mr malformed', `'{[1,2)'::int4multirange`);
list.select('t16 mr constructor', `int4multirange(int4range(1, 2), int4range(5, 6))::text`);
list.select('t16 mr constructor no args', `int4multirange()::text`);
list.select('t16 mr from range', `multirange(int4range(1, 3))::text`);
list.select('t16 mr to node', `'{[1,3), [5,6)}'::int4multirange`);
list.select('t16 mr nummultirange', `'{[1.5,2.5], (3,4)}'::nummultirange::text`);
list.select('t16 mr datemultirange canonical', `'{[2020-01-01,2020-01-03]}'::datemultirange::text`);
list.select(
  't16 mr lower upper',
  `ARRAY[lower('{[1,3), [5,8)}'::int4multirange), upper('{[1,3), [5,8)}'::int4multirange)]`,
);
list.select('t16 mr isempty', `ARRAY[isempty('{}'::int4multirange), isempty('{[1,2)}'::int4multirange)]`);
list.select(
  't16 mr flags',
  `ARRAY[lower_inc('{[1,3)}'::nummultirange), upper_inc('{[1,3]}'::nummultirange), lower_inf('{(,3)}'::nummultirange), upper_inf('{[1,)}'::nummultirange)]`,
);
list.select('t16 mr range_merge', `range_merge('{[1,2), [5,6)}'::int4multirange)::text`);
list.select(
  't16 mr contains element',
  `ARRAY['{[1,3), [5,8)}'::int4multirange @> 6, '{[1,3), [5,8)}'::int4multirange @> 4]`,
);
list.select('t16 mr contains range', `'{[1,3), [5,8)}'::int4multirange @> int4range(5, 7)`);
list.select('t16 mr contains multirange', `'{[1,10)}'::int4multirange @> '{[2,3), [5,6)}'::int4multirange`);
list.select('t16 mr range contained by multirange', `int4range(2, 3) <@ '{[1,4)}'::int4multirange`);
list.select('t16 mr overlaps range', `'{[1,3), [5,8)}'::int4multirange && int4range(3, 5)`);
list.select('t16 mr union', `('{[1,3)}'::int4multirange + '{[5,8)}'::int4multirange)::text`);
list.select('t16 mr union merging', `('{[1,5)}'::int4multirange + '{[3,8)}'::int4multirange)::text`);
list.select('t16 mr intersection', `('{[1,5), [7,10)}'::int4multirange * '{[3,8)}'::int4multirange)::text`);
list.select('t16 mr difference splits', `('{[1,10)}'::int4multirange - '{[4,6)}'::int4multirange)::text`);
list.select('t16 mr difference with range errors', `'{[1,10)}'::int4multirange - int4range(4, 6)`);
list.select('t16 mr adjacent', `'{[1,3)}'::int4multirange -|- '{[3,5)}'::int4multirange`);
list.select('t16 mr left of', `'{[1,3)}'::int4multirange << '{[5,6)}'::int4multirange`);
list.select('t16 mr equality', `'{[1,3), [3,5)}'::int4multirange = '{[1,5)}'::int4multirange`);
list.select('t16 mr comparison', `'{[1,3)}'::int4multirange < '{[1,3), [5,6)}'::int4multirange`);
list.add('t16 mr unnest', [
  `SELECT r::text AS v FROM unnest('{[1,3), [5,8), [10,11)}'::int4multirange) AS r ORDER BY r`,
]);
list.add('t16 mr range_agg multiranges', [
  `SELECT range_agg(m)::text AS v FROM (VALUES ('{[1,3)}'::int4multirange), ('{[2,4), [8,9)}')) t(m)`,
]);
list.add('t16 mr range_intersect_agg multiranges', [
  `SELECT range_intersect_agg(m)::text AS v FROM (VALUES ('{[1,5), [7,9)}'::int4multirange), ('{[3,8)}')) t(m)`,
]);
list.add(
  't16 mr column',
  [`INSERT INTO t VALUES ('{[1,3), [2,5)}')`, `SELECT m::text AS v, m @> 4 AS c FROM t`],
  `CREATE TABLE t (m int4multirange)`,
);
list.select('t16 mr cast range to multirange', `int4range(1, 3)::int4multirange::text`);

// ---------------------------------------------------------------- 8.18 domains
const posint = `CREATE DOMAIN posint AS integer CHECK (VALUE > 0)`;
list.add('t16 dom cast valid', [`SELECT 5::posint AS v`], posint);
list.add('t16 dom cast violates check', [`SELECT (-1)::posint AS v`], posint);
list.add('t16 dom cast null passes check', [`SELECT NULL::posint IS NULL AS v`], posint);
list.add(
  't16 dom insert violates check',
  [`INSERT INTO t VALUES (0)`],
  `${posint}; CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom insert param violates check',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: [-5] }],
  `${posint}; CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom update violates check',
  [`INSERT INTO t VALUES (1)`, `UPDATE t SET n = n - 1`],
  `${posint}; CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom arithmetic result is base type',
  [`SELECT pg_typeof(1::posint + 1)::text AS a, (1::posint - 5) AS b`],
  posint,
);
list.add('t16 dom pg_typeof', [`SELECT pg_typeof(1::posint)::text AS v`], posint);
list.add(
  't16 dom named constraint',
  [`INSERT INTO t VALUES (0)`],
  `CREATE DOMAIN posint AS integer CONSTRAINT must_be_positive CHECK (VALUE > 0); CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom not null insert',
  [`INSERT INTO t VALUES (NULL)`],
  `CREATE DOMAIN nn AS text NOT NULL; CREATE TABLE t (x nn)`,
);
list.add('t16 dom not null cast of null', [`SELECT NULL::nn AS v`], `CREATE DOMAIN nn AS text NOT NULL`);
list.add(
  't16 dom not null column omitted',
  [`INSERT INTO t (id) VALUES (1)`],
  `CREATE DOMAIN nn AS text NOT NULL; CREATE TABLE t (id int, x nn)`,
);
list.add(
  't16 dom default value',
  [`INSERT INTO t (id) VALUES (1)`, `SELECT x AS v FROM t`],
  `CREATE DOMAIN d AS integer DEFAULT 42; CREATE TABLE t (id int, x d)`,
);
list.add(
  't16 dom column default overrides domain default',
  [`INSERT INTO t (id) VALUES (1)`, `SELECT x AS v FROM t`],
  `CREATE DOMAIN d AS integer DEFAULT 42; CREATE TABLE t (id int, x d DEFAULT 7)`,
);
list.add(
  't16 dom email regex',
  [`INSERT INTO t VALUES ('a@b.c')`, `INSERT INTO t VALUES ('nope')`],
  `CREATE DOMAIN email AS text CHECK (VALUE ~ '^[^@]+@[^@]+$'); CREATE TABLE t (e email)`,
);
list.add(
  't16 dom over varchar length',
  [`INSERT INTO t VALUES ('abcdef')`],
  `CREATE DOMAIN code AS varchar(5); CREATE TABLE t (c code)`,
);
list.add(
  't16 dom over varchar explicit cast',
  [`SELECT 'abcdef'::code AS v`],
  `CREATE DOMAIN code AS varchar(5)`,
);
list.add(
  't16 dom over numeric rounds',
  [`SELECT 1.005::price AS v`],
  `CREATE DOMAIN price AS numeric(10,2) CHECK (VALUE >= 0)`,
);
list.add(
  't16 dom check after rounding',
  [`SELECT (-0.001)::price AS v`],
  `CREATE DOMAIN price AS numeric(10,2) CHECK (VALUE >= 0)`,
);
list.add(
  't16 dom multiple constraints',
  [`SELECT 150::pct AS v`],
  `CREATE DOMAIN pct AS int CONSTRAINT lo CHECK (VALUE >= 0) CONSTRAINT hi CHECK (VALUE <= 100)`,
);
list.add(
  't16 dom check with null comparison',
  [`SELECT NULL::d IS NULL AS v`],
  `CREATE DOMAIN d AS int CHECK (VALUE IS NOT NULL)`,
);
list.add(
  't16 dom alter add constraint violates existing',
  [`ALTER DOMAIN posint2 ADD CONSTRAINT small CHECK (VALUE < 10)`],
  `CREATE DOMAIN posint2 AS int; CREATE TABLE t (n posint2); INSERT INTO t VALUES (50)`,
);
list.add(
  't16 dom alter add constraint not valid',
  [`ALTER DOMAIN posint2 ADD CONSTRAINT small CHECK (VALUE < 10) NOT VALID`, `INSERT INTO t VALUES (20)`],
  `CREATE DOMAIN posint2 AS int; CREATE TABLE t (n posint2); INSERT INTO t VALUES (50)`,
);
list.add(
  't16 dom alter set not null with nulls',
  [`ALTER DOMAIN d SET NOT NULL`],
  `CREATE DOMAIN d AS int; CREATE TABLE t (n d); INSERT INTO t VALUES (NULL)`,
);
list.add(
  't16 dom alter drop constraint',
  [`ALTER DOMAIN posint DROP CONSTRAINT posint_check`, `SELECT (-1)::posint AS v`],
  posint,
);
list.add(
  't16 dom alter set default',
  [`ALTER DOMAIN d SET DEFAULT 9`, `INSERT INTO t (id) VALUES (1)`, `SELECT n AS v FROM t`],
  `CREATE DOMAIN d AS int; CREATE TABLE t (id int, n d)`,
);
list.add(
  't16 dom over array',
  [`SELECT '{1,2,3}'::small_list::text AS a`, `SELECT '{1,2,3,4}'::small_list AS b`],
  `CREATE DOMAIN small_list AS int[] CHECK (cardinality(VALUE) <= 3)`,
);
list.add(
  't16 dom over array element access',
  [`SELECT ('{1,2,3}'::small_list)[2] AS v`],
  `CREATE DOMAIN small_list AS int[]`,
);
list.add(
  't16 dom over enum',
  [`SELECT 'b'::good_letter AS a`, `SELECT 'c'::good_letter AS b`],
  `CREATE TYPE letter AS ENUM ('a', 'b', 'c'); CREATE DOMAIN good_letter AS letter CHECK (VALUE <> 'c')`,
);
list.add(
  't16 dom over domain',
  [`SELECT 50::small_pos AS a`, `SELECT 0::small_pos AS b`],
  `${posint}; CREATE DOMAIN small_pos AS posint CHECK (VALUE < 100)`,
);
list.add('t16 dom compare with base', [`SELECT 5::posint = 5 AS a, 5::posint < 6::posint AS b`], posint);
list.add('t16 dom drop in use', [`DROP DOMAIN posint`], `${posint}; CREATE TABLE t (n posint)`);
list.add(
  't16 dom drop cascade',
  [
    `DROP DOMAIN posint CASCADE`,
    `SELECT count(*) AS v FROM information_schema.columns WHERE table_name = 't'`,
  ],
  `${posint}; CREATE TABLE t (id int, n posint)`,
);
list.add(
  't16 dom information_schema',
  [
    `SELECT data_type AS dt, domain_name AS dn FROM information_schema.columns WHERE table_name = 't' AND column_name = 'n'`,
  ],
  `${posint}; CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom in function argument',
  [
    `CREATE FUNCTION f(x posint) RETURNS int LANGUAGE sql AS 'SELECT x * 2'`,
    `SELECT f(3) AS a`,
    `SELECT f(-3) AS b`,
  ],
  posint,
);
list.add(
  't16 dom returned from function violates',
  [`CREATE FUNCTION g() RETURNS posint LANGUAGE sql AS 'SELECT -1'`, `SELECT g() AS v`],
  posint,
);
list.add(
  't16 dom in composite',
  [
    `CREATE TYPE pair AS (a posint, b posint)`,
    `SELECT ROW(1, 2)::pair::text AS a`,
    `SELECT ROW(1, -2)::pair AS b`,
  ],
  posint,
);
list.add(
  't16 dom in array of domain',
  [`SELECT ARRAY[1, 2]::posint[] AS a`, `SELECT ARRAY[1, -2]::posint[] AS b`],
  posint,
);
list.add(
  't16 dom insert select violates',
  [`INSERT INTO t SELECT x FROM generate_series(-1, 1) x`],
  `${posint}; CREATE TABLE t (n posint)`,
);
list.add(
  't16 dom copy of text check',
  [`SELECT 'ABC'::upper_code AS a`, `SELECT 'abc'::upper_code AS b`],
  `CREATE DOMAIN upper_code AS text CHECK (VALUE = upper(VALUE))`,
);
list.add(
  't16 dom constraint names in catalog',
  [`SELECT conname AS c FROM pg_constraint WHERE contypid = 'pct'::regtype ORDER BY conname`],
  `CREATE DOMAIN pct AS int CHECK (VALUE >= 0) CHECK (VALUE <= 100)`,
);

// ---------------------------------------------------------------- 8.19 object identifier types
list.select('t16 oid regclass catalog', `'pg_class'::regclass::text`);
list.select('t16 oid regclass qualified catalog', `'pg_catalog.pg_class'::regclass::text`);
list.select('t16 oid regclass missing', `'no_such_table'::regclass`);
list.select('t16 oid regclass invalid name syntax', `'a.b.c.d'::regclass`);
list.add(
  't16 oid regclass user table',
  [`SELECT 't'::regclass::text AS a, 'public.t'::regclass::text AS b, 'T'::regclass::text AS c`],
  `CREATE TABLE t (id int)`,
);
list.add(
  't16 oid regclass quoted name',
  [`SELECT '"My Table"'::regclass::text AS v`],
  `CREATE TABLE "My Table" (id int)`,
);
list.add(
  't16 oid regclass case sensitive quoted missing',
  [`SELECT '"T"'::regclass AS v`],
  `CREATE TABLE t (id int)`,
);
list.add(
  't16 oid regclass other schema',
  [`SELECT 's.t'::regclass::text AS v`],
  `CREATE SCHEMA s; CREATE TABLE s.t (id int)`,
);
list.add(
  't16 oid regclass matches pg_class',
  [`SELECT 't'::regclass = (SELECT oid FROM pg_class WHERE relname = 't') AS v`],
  `CREATE TABLE t (id int)`,
);
list.add(
  't16 oid regclass in catalog query',
  [
    `SELECT attname AS a FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
  ],
  `CREATE TABLE t (id int, name text)`,
);
list.add(
  't16 oid regclass of index and sequence',
  [`SELECT 't_pkey'::regclass::text AS a, 't_id_seq'::regclass::text AS b`],
  `CREATE TABLE t (id serial PRIMARY KEY)`,
);
list.add(
  't16 oid regclass param',
  [{ sql: `SELECT $1::regclass::text AS v`, params: ['t'] }],
  `CREATE TABLE t (id int)`,
);
list.add(
  't16 oid nextval regclass',
  [`SELECT nextval('t_id_seq'::regclass) AS v`],
  `CREATE TABLE t (id serial)`,
);
list.select('t16 oid to_regclass missing', `to_regclass('no_such_table') IS NULL`);
list.select('t16 oid to_regclass found', `to_regclass('pg_class')::text`);
list.select(
  't16 oid regtype names',
  `ARRAY['int4'::regtype::text, 'integer'::regtype::text, 'int'::regtype::text, 'float8'::regtype::text, 'varchar'::regtype::text, 'timestamptz'::regtype::text, 'bool'::regtype::text]`,
);
list.select('t16 oid regtype with typmod drops it', `'varchar(10)'::regtype::text`);
list.select(
  't16 oid regtype array',
  `ARRAY['int[]'::regtype::text, '_text'::regtype::text, 'character varying[]'::regtype::text]`,
);
list.select('t16 oid regtype missing', `'no_such_type'::regtype`);
list.select(
  't16 oid to_regtype',
  `ARRAY[to_regtype('int')::text, coalesce(to_regtype('no_such_type')::text, 'null')]`,
);
list.select('t16 oid to_regtype syntax error (PG16 returns null)', `to_regtype('int4 int4')`);
list.select('t16 oid to_regtypemod missing in PG15', `to_regtypemod('varchar(10)')`);
list.add(
  't16 oid regtype of user types',
  [`SELECT 'mood'::regtype::text AS a, 'posint'::regtype::text AS b, 'mood[]'::regtype::text AS c`],
  `CREATE TYPE mood AS ENUM ('a'); CREATE DOMAIN posint AS int`,
);
list.select('t16 oid regproc', `'now'::regproc::text`);
list.select('t16 oid regproc ambiguous', `'abs'::regproc`);
list.select('t16 oid regproc missing', `'no_such_function'::regproc`);
list.select('t16 oid regprocedure', `'abs(int)'::regprocedure::text`);
list.select('t16 oid regprocedure with arg names', `'substring(text, int, int)'::regprocedure::text`);
list.select('t16 oid regoper ambiguous', `'+'::regoper`);
list.select('t16 oid regoperator', `'+(int,int)'::regoperator::text`);
list.select('t16 oid regoperator unary', `'-(NONE,int)'::regoperator::text`);
list.select('t16 oid regnamespace', `'pg_catalog'::regnamespace::text`);
list.select('t16 oid regnamespace missing', `'no_such_schema'::regnamespace`);
list.select('t16 oid regrole', `'postgres'::regrole::text`);
list.select('t16 oid regcollation', `'"C"'::regcollation::text`);
list.select('t16 oid regconfig', `'english'::regconfig::text`);
list.select('t16 oid oid type wraps negative', `(-1)::oid::text`);
list.select('t16 oid oid type out of range', `'4294967296'::oid`);
list.select('t16 oid zero regclass prints dash', `0::regclass::text`);
list.select('t16 oid unknown number regclass prints number', `999999::regclass::text`);
list.select(
  't16 oid pg_typeof names',
  `ARRAY[pg_typeof(1)::text, pg_typeof(1.5)::text, pg_typeof('a')::text, pg_typeof('a'::varchar(3))::text, pg_typeof(ARRAY[1])::text, pg_typeof(1e3)::text, pg_typeof(NULL)::text]`,
);
list.select(
  't16 oid format_type',
  `ARRAY[format_type('varchar'::regtype, 14), format_type('numeric'::regtype, 655366), format_type('int4'::regtype, NULL), format_type('bpchar'::regtype, -1), format_type('timestamptz'::regtype, 3)]`,
);
list.select('t16 oid pg_typeof regtype compare', `pg_typeof(1) = 'integer'::regtype`);
list.add(
  't16 oid regclass column in table',
  [`INSERT INTO audit VALUES ('t')`, `SELECT rel::text AS v FROM audit`],
  `CREATE TABLE t (id int); CREATE TABLE audit (rel regclass)`,
);
list.add(
  't16 oid regclass after rename',
  [`ALTER TABLE t RENAME TO t2`, `SELECT rel::text AS v FROM audit`],
  `CREATE TABLE t (id int); CREATE TABLE audit (rel regclass); INSERT INTO audit VALUES ('t')`,
);
list.add(
  't16 oid regclass search_path qualification',
  [
    `SET search_path = public`,
    `SELECT 's.t'::regclass::text AS a`,
    `SET search_path = s, public`,
    `SELECT 's.t'::regclass::text AS b`,
  ],
  `CREATE SCHEMA s; CREATE TABLE s.t (id int)`,
);

// ---------------------------------------------------------------- 8.20 pg_lsn
list.select('t16 lsn input output', `'16/B374D848'::pg_lsn::text`);
list.select('t16 lsn lowercase input uppercase output', `'16/b374d848'::pg_lsn::text`);
list.select('t16 lsn to node', `'0/1'::pg_lsn`);
list.select('t16 lsn invalid', `'G/0'::pg_lsn`);
list.select('t16 lsn missing slash', `'16B374D848'::pg_lsn`);
list.select('t16 lsn difference', `'16/B374D848'::pg_lsn - '16/B374D840'::pg_lsn`);
list.select('t16 lsn difference negative', `'0/10'::pg_lsn - '0/20'::pg_lsn`);
list.select('t16 lsn plus bytes', `('16/B374D848'::pg_lsn + 16)::text`);
list.select('t16 lsn minus bytes', `('0/20'::pg_lsn - 16)::text`);
list.select('t16 lsn plus overflow', `'FFFFFFFF/FFFFFFFF'::pg_lsn + 1`);
list.select('t16 lsn minus below zero', `'0/10'::pg_lsn - 32`);
list.select('t16 lsn comparison', `ARRAY['0/10'::pg_lsn < '1/0'::pg_lsn, '0/A'::pg_lsn = '0/a'::pg_lsn]`);
list.select('t16 lsn pg_wal_lsn_diff', `pg_wal_lsn_diff('1/0', '0/0')`);
list.add('t16 lsn aggregate and order', [
  `SELECT max(l)::text AS mx, min(l)::text AS mn FROM (VALUES ('0/10'::pg_lsn), ('1/0'), ('0/FF')) t(l)`,
]);
list.add('t16 lsn order by', [
  `SELECT l::text AS v FROM (VALUES ('0/10'::pg_lsn), ('1/0'), ('0/FF')) t(l) ORDER BY l`,
]);

// ---------------------------------------------------------------- casts and type resolution
list.add(
  't16 cast insert numeric into int column rounds',
  [`INSERT INTO t VALUES (1.5), (2.5), (-1.5), ('7')`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert float into int column rounds even',
  [`INSERT INTO t VALUES (2.5::float8), (3.5::float8)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert text typed into int column',
  [`INSERT INTO t VALUES ('1'::text)`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert decimal string into int column',
  [`INSERT INTO t VALUES ('1.5')`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert decimal param into int column',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['1.5'] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert number param into int column',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: [42] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert int into text column',
  [`INSERT INTO t VALUES (42)`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16 cast insert int into varchar column',
  [`INSERT INTO t VALUES (12345)`],
  `CREATE TABLE t (s varchar(3))`,
);
list.add(
  't16 cast insert bool into text column',
  [`INSERT INTO t VALUES (true)`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16 cast insert int into numeric(4,2) column overflow',
  [`INSERT INTO t VALUES (100)`],
  `CREATE TABLE t (x numeric(4,2))`,
);
list.add(
  't16 cast insert bigint into int column overflow',
  [`INSERT INTO t VALUES (3000000000)`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast insert text into date column',
  [`INSERT INTO t VALUES ('2024-02-30')`],
  `CREATE TABLE t (d date)`,
);
list.add(
  't16 cast insert int into date column',
  [`INSERT INTO t VALUES (20240101)`],
  `CREATE TABLE t (d date)`,
);
list.add(
  't16 cast insert timestamp into date column',
  [`INSERT INTO t VALUES ('2024-01-02 23:59'::timestamp)`, `SELECT d::text AS v FROM t`],
  `CREATE TABLE t (d date)`,
);
list.add(
  't16 cast int column compared with numeric',
  [`INSERT INTO t VALUES (1), (2)`, `SELECT n AS v FROM t WHERE n = 1.0 OR n > 1.5 ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast int column compared with decimal string',
  [`INSERT INTO t VALUES (1)`, `SELECT n AS v FROM t WHERE n = '1.0'`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16 cast text column compared with int',
  [`INSERT INTO t VALUES ('1')`, `SELECT s AS v FROM t WHERE s = 1`],
  `CREATE TABLE t (s text)`,
);
list.select('t16 cast int equals text errors', `1 = '1'::text`);
list.select('t16 cast int plus unknown literal', `1 + '2'`);
list.select('t16 cast int plus decimal literal errors', `1 + '2.5'`);
list.select('t16 cast text concat int', `'a' || 1 || 2.50`);
list.select('t16 cast int concat int errors', `1 || 2`);
list.select('t16 cast case branches int and unknown', `CASE WHEN true THEN 1 ELSE '2' END`);
list.select('t16 cast case branches int and bad unknown', `CASE WHEN false THEN 1 ELSE 'a' END`);
list.select('t16 cast case branches int and text errors', `CASE WHEN true THEN 1 ELSE 'a'::text END`);
list.select('t16 cast case branches int and numeric', `pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)::text`);
list.select('t16 cast case all unknown is text', `pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END)::text`);
list.select('t16 cast coalesce int and unknown', `coalesce(NULL, 1, '2')`);
list.select('t16 cast coalesce unknown first', `pg_typeof(coalesce('1', 2))::text`);
list.select('t16 cast coalesce int and bad string', `coalesce(1, 'x')`);
list.select('t16 cast coalesce int and text errors', `coalesce(1, 'x'::text)`);
list.select('t16 cast greatest mixed', `greatest(1, 2.5, '3')`);
list.select('t16 cast greatest text and int errors', `greatest('a'::text, 1)`);
list.add('t16 cast union int and numeric', [
  `SELECT x AS v, pg_typeof(x)::text AS t FROM (SELECT 1 AS x UNION ALL SELECT 2.5) u ORDER BY x`,
]);
list.add('t16 cast union int and unknown', [
  `SELECT x AS v FROM (SELECT 1 AS x UNION ALL SELECT '2') u ORDER BY x`,
]);
list.add('t16 cast union int and bad unknown', [`SELECT x AS v FROM (SELECT 1 AS x UNION ALL SELECT 'a') u`]);
list.add('t16 cast union int and text errors', [`SELECT 1 AS v UNION SELECT 'a'::text`]);
list.add('t16 cast union unknown unknown is text', [
  `SELECT pg_typeof(x)::text AS v FROM (SELECT 'a' AS x UNION SELECT 'b') u LIMIT 1`,
]);
list.add('t16 cast values type resolution', [
  `SELECT x AS v, pg_typeof(x)::text AS t FROM (VALUES (1), (2.5), (NULL)) t(x) ORDER BY x`,
]);
list.add('t16 cast values int and text errors', [`SELECT x AS v FROM (VALUES (1), ('a'::text)) t(x)`]);
list.add('t16 cast in list mixed', [`SELECT 1 IN (1.0, 2) AS a, '1' IN (1, 2) AS b`]);
list.add('t16 cast in list bad string', [`SELECT 1 IN ('a', 2) AS v`]);
list.select('t16 cast text to int', `'42'::text::int`);
list.select('t16 cast varchar to int', `'42'::varchar::int`);
list.select('t16 cast char to int errors', `'4'::char(1)::int`);
list.select('t16 cast int to char', `42::char(1)`);
list.select('t16 cast int to varchar(1) truncates', `42::varchar(1)`);
list.select('t16 cast numeric to text keeps scale', `1.50::text`);
list.select('t16 cast float to text', `(1.0::float8)::text`);
list.select('t16 cast int to numeric scale', `5::numeric(5,2)::text`);
list.select('t16 cast bigint to int overflow', `3000000000::bigint::int`);
list.select('t16 cast int8 to int2 overflow', `40000::int8::int2`);
list.select('t16 cast numeric string to int fails', `'1e3'::numeric::int`);
list.select('t16 cast json to int missing', `'1'::json::int`);
list.select('t16 cast jsonb to int', `'1'::jsonb::int`);
list.select('t16 cast jsonb string to int errors', `'"1"'::jsonb::int`);
list.select('t16 cast jsonb float to int rounds', `'2.5'::jsonb::int`);
list.select('t16 cast jsonb to numeric', `'1.50'::jsonb::numeric`);
list.select('t16 cast jsonb to bool', `'true'::jsonb::bool`);
list.select('t16 cast jsonb null to int', `'null'::jsonb::int`);
list.select('t16 cast jsonb object to text', `'{"b":1,"a":2}'::jsonb::text`);
list.select('t16 cast int to jsonb', `to_jsonb(1.50)::text`);
list.select('t16 cast text to json validates', `'{bad'::json`);
list.select('t16 cast date to int missing', `'2024-01-01'::date::int`);
list.select('t16 cast int to interval missing', `5::interval`);
list.select('t16 cast text literal to interval', `'5'::interval::text`);
list.select('t16 cast int times interval', `(3 * interval '1 day')::text`);
list.select('t16 cast money to int missing', `'1.00'::money::int`);
list.select(
  't16 cast uuid to text to uuid',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text::uuid::text`,
);
list.select('t16 cast regclass to text to regclass', `'pg_class'::regclass::oid::regclass::text`);
list.select('t16 cast bool to int via text errors', `true::text::int`);
list.select('t16 cast record to text', `(SELECT t::text FROM (VALUES (1, 'a')) t(a, b))`);
list.select('t16 cast array to text and back', `'{1,2}'::int[]::text::int[]::text`);
list.select('t16 cast int array to numeric array', `ARRAY[1,2]::numeric[]::text`);
list.select('t16 cast text array to int array', `ARRAY['1','2']::int[]::text`);
list.select('t16 cast text array to int array bad', `ARRAY['1','x']::int[]`);
list.select('t16 cast float array to int array rounds', `ARRAY[1.5, 2.5]::float8[]::int[]::text`);
list.select('t16 cast int array to text array', `ARRAY[1, NULL]::text[]::text`);
list.select('t16 cast array to scalar errors', `ARRAY[1]::int`);
list.select('t16 cast function syntax', `ARRAY[int4('42'), float8(1)::int, int8(7)::int]`);
list.select('t16 cast function text(int)', `text(42)`);
list.select('t16 cast typename literal syntax', `ARRAY[int '42', numeric '1.5'::int, float8 '2.5'::int]`);
list.select('t16 cast typename literal date', `(date '2024-01-02')::text`);
list.select('t16 cast typename literal bad', `int 'x'`);
list.select('t16 cast double colon precedence', `-1::text`);
list.select('t16 cast double colon precedence minus', `(- '1'::int)`);
list.select('t16 cast unknown literal type', `pg_typeof('abc')::text`);
list.select('t16 cast unknown in concat with unknown', `pg_typeof('a' || 'b')::text`);
list.select(
  't16 cast numeric literal forms',
  `ARRAY[pg_typeof(1.0)::text, pg_typeof(.5)::text, pg_typeof(5.)::text, pg_typeof(1e3)::text, pg_typeof(1E-3)::text]`,
);
list.select(
  't16 cast integer literal forms',
  `ARRAY[pg_typeof(2147483647)::text, pg_typeof(2147483648)::text, pg_typeof(-2147483648)::text]`,
);
list.params('t16 cast param untyped in arithmetic', `SELECT $1 + 1 AS v`, ['41']);
list.params('t16 cast param untyped in concat', `SELECT $1 || 'x' AS v`, ['a']);
list.params('t16 cast param untyped alone is text', `SELECT pg_typeof($1)::text AS v`, ['1']);
list.params('t16 cast param untyped decimal in int arithmetic', `SELECT $1 + 1 AS v`, ['1.5']);
list.params('t16 cast param untyped compared to numeric', `SELECT $1 > 1.5 AS v`, ['2']);
list.params('t16 cast param untyped bool', `SELECT NOT $1 AS v`, ['t']);
list.params('t16 cast param in CASE', `SELECT CASE WHEN $1 THEN 'y' ELSE 'n' END AS v`, [true]);
list.params('t16 cast param coalesce with int', `SELECT coalesce($1, 0) + 1 AS v`, [null]);

export default list.cases;
