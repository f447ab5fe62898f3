// Round 19 probe: aggregates and window functions as the catalogs show them, user-defined aggregates
// (CREATE AGGREGATE, 38.12), interval aggregates and newer-version constructs PostgreSQL 15 lacks.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates more: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- catalogs
q('pg_aggregate row count', `SELECT count(*) AS c FROM pg_aggregate`);
q('pg_aggregate kinds', `SELECT aggkind, count(*) AS c FROM pg_aggregate GROUP BY aggkind ORDER BY 1`);
q(
  'ordered-set and hypothetical aggregates listed',
  `SELECT aggfnoid::regprocedure::text AS f, aggkind, aggnumdirectargs FROM pg_aggregate WHERE aggkind <> 'n' ORDER BY 1`,
);
q(
  'array_agg catalog row',
  `SELECT aggtransfn::text AS t, aggfinalfn::text AS f, aggcombinefn::text AS c, aggserialfn::text AS s, aggdeserialfn::text AS d, aggtranstype::regtype::text AS tt FROM pg_aggregate WHERE aggfnoid = 'array_agg(anynonarray)'::regprocedure`,
);
q(
  'array_agg of arrays catalog row',
  `SELECT aggtransfn::text AS t, aggcombinefn::text AS c, aggserialfn::text AS s FROM pg_aggregate WHERE aggfnoid = 'array_agg(anyarray)'::regprocedure`,
);
q(
  'string_agg catalog row',
  `SELECT aggtransfn::text AS t, aggfinalfn::text AS f, aggcombinefn::text AS c, aggserialfn::text AS s, aggdeserialfn::text AS d FROM pg_aggregate WHERE aggfnoid = 'string_agg(text,text)'::regprocedure`,
);
q(
  'string_agg bytea catalog row',
  `SELECT aggtransfn::text AS t, aggcombinefn::text AS c FROM pg_aggregate WHERE aggfnoid = 'string_agg(bytea,bytea)'::regprocedure`,
);
q(
  'sum interval catalog row',
  `SELECT aggtransfn::text AS t, aggfinalfn::text AS f, aggcombinefn::text AS c, aggmtransfn::text AS m, aggminvtransfn::text AS mi, aggtranstype::regtype::text AS tt, agginitval FROM pg_aggregate WHERE aggfnoid = 'sum(interval)'::regprocedure`,
);
q(
  'avg interval catalog row',
  `SELECT aggtransfn::text AS t, aggfinalfn::text AS f, aggcombinefn::text AS c, aggserialfn::text AS s, aggtranstype::regtype::text AS tt, agginitval FROM pg_aggregate WHERE aggfnoid = 'avg(interval)'::regprocedure`,
);
q(
  'count catalog rows',
  `SELECT aggfnoid::regprocedure::text AS f, aggtransfn::text AS t, agginitval FROM pg_aggregate WHERE aggfnoid::regproc::text = 'count' ORDER BY 1`,
);
q(
  'json_agg catalog rows',
  `SELECT aggfnoid::regprocedure::text AS f, aggtransfn::text AS t, aggfinalfn::text AS ff FROM pg_aggregate WHERE aggfnoid::regproc::text LIKE 'json%agg%' ORDER BY 1`,
);
q(
  'aggregate functions in pg_proc by name',
  `SELECT proname, count(*) AS c FROM pg_proc WHERE prokind = 'a' AND pronamespace = 'pg_catalog'::regnamespace GROUP BY proname ORDER BY 1`,
);
q('window functions in pg_proc', `SELECT proname, pronargs FROM pg_proc WHERE prokind = 'w' ORDER BY 1, 2`);
q(
  'window functions support functions',
  `SELECT proname, prosupport::text AS s FROM pg_proc WHERE prokind = 'w' ORDER BY 1, 2`,
);
q(
  'aggregate pg_proc flags',
  `SELECT proname, proisstrict, provolatile, proparallel FROM pg_proc WHERE proname IN ('array_agg', 'string_agg', 'json_agg', 'jsonb_agg', 'sum', 'percentile_cont') ORDER BY 1, 2, 3`,
);
q('any_value in pg_proc', `SELECT count(*) AS c FROM pg_proc WHERE proname = 'any_value'`);
q('to_regproc any_value', `SELECT to_regproc('any_value') IS NULL AS missing`);
q('regproc any_value is 42883', `SELECT 'any_value'::regproc AS p`);
q(
  'json_agg_strict in pg_proc',
  `SELECT count(*) AS c FROM pg_proc WHERE proname LIKE '%agg_strict' OR proname LIKE '%agg_unique%'`,
);
q(
  'generate_series overloads',
  `SELECT oid::regprocedure::text AS f FROM pg_proc WHERE proname = 'generate_series' ORDER BY 1`,
);
q(
  'unnest overloads',
  `SELECT oid::regprocedure::text AS f, proretset FROM pg_proc WHERE proname = 'unnest' ORDER BY 1`,
);
q(
  'range_agg overloads',
  `SELECT oid::regprocedure::text AS f FROM pg_proc WHERE proname IN ('range_agg', 'range_intersect_agg') ORDER BY 1`,
);
q(
  'pg_get_function_arguments of ordered-set aggregate',
  `SELECT pg_get_function_arguments('percentile_cont(float8,float8)'::regprocedure) AS a, pg_get_function_identity_arguments('percentile_cont(float8,float8)'::regprocedure) AS i`,
);
q(
  'pg_get_function_arguments of hypothetical',
  `SELECT pg_get_function_arguments(oid) AS a FROM pg_proc WHERE proname = 'rank' AND prokind = 'a'`,
);
q('pg_get_functiondef of aggregate is 42809', `SELECT pg_get_functiondef('sum(int4)'::regprocedure) AS d`);
q('pg_get_function_result of window', `SELECT pg_get_function_result('ntile(int4)'::regprocedure) AS r`);
q('regprocedure of array_agg', `SELECT 'array_agg(anyarray)'::regprocedure::oid::int AS o`);
q(
  'information_schema routines of aggregates',
  `SELECT routine_name, routine_type, data_type FROM information_schema.routines WHERE routine_name IN ('string_agg', 'bit_xor') ORDER BY 1, 3`,
);
q(
  'pg_aggregate of any_value is empty',
  `SELECT count(*) AS c FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid WHERE p.proname IN ('any_value', 'json_agg_strict', 'jsonb_agg_strict', 'json_object_agg_unique', 'json_object_agg_strict')`,
);

// ---------------------------------------------------------------- user-defined aggregates
const AGG = `CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE mysum (int) (sfunc = add2, stype = int, initcond = '0');`;
q('user aggregate', `SELECT mysum(x) AS s FROM (VALUES (1), (2), (NULL)) v(x)`, AGG);
q(
  'user aggregate with non-strict sfunc gets NULL',
  `SELECT mysum(x) AS s FROM (VALUES (1), (NULL)) v(x)`,
  AGG,
);
q(
  'user aggregate empty input gives initcond',
  `SELECT mysum(x) AS s FROM (VALUES (1)) v(x) WHERE false`,
  AGG,
);
q(
  'user aggregate as window',
  `SELECT x, mysum(x) OVER (ORDER BY x) AS s FROM (VALUES (1), (2), (3)) v(x) ORDER BY x`,
  AGG,
);
q(
  'user aggregate catalog row',
  `SELECT aggtransfn::text AS t, agginitval, aggkind FROM pg_aggregate WHERE aggfnoid = 'mysum'::regproc`,
  AGG,
);
q(
  'user aggregate with strict sfunc and no initcond takes first',
  `CREATE FUNCTION bigger(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'SELECT greatest($1, $2)'; CREATE AGGREGATE mymax (int) (sfunc = bigger, stype = int); SELECT mymax(x) AS m FROM (VALUES (NULL::int), (3), (7), (2)) v(x)`,
);
q(
  'user aggregate with finalfunc',
  `CREATE FUNCTION fin(int) RETURNS text LANGUAGE sql AS 'SELECT ''total '' || $1'; CREATE AGGREGATE tot (int) (sfunc = add2, stype = int, finalfunc = fin, initcond = '0'); SELECT tot(x) AS t FROM (VALUES (4), (5)) v(x)`,
  AGG,
);
q('user aggregate in pg_proc prokind', `SELECT prokind FROM pg_proc WHERE proname = 'mysum'`, AGG);
q('user aggregate with bad sfunc is 42883', `CREATE AGGREGATE bad (int) (sfunc = nope, stype = int)`);
q('user aggregate without stype is 42P13', `CREATE AGGREGATE bad (int) (sfunc = add2)`, AGG);
q(
  'user aggregate unknown attribute is 42601',
  `CREATE AGGREGATE bad (int) (sfunc = add2, stype = int, wat = 1)`,
  AGG,
);
q('user aggregate duplicate is 42723', `CREATE AGGREGATE mysum (int) (sfunc = add2, stype = int)`, AGG);
q(
  'drop aggregate',
  `DROP AGGREGATE mysum(int); SELECT count(*) AS c FROM pg_proc WHERE proname = 'mysum'`,
  AGG,
);
q('drop aggregate wrong kind is 42809', `DROP FUNCTION mysum(int)`, AGG);
q('drop function via drop aggregate is 42809', `DROP AGGREGATE add2(int, int)`, AGG);
q('drop aggregate missing is 42883', `DROP AGGREGATE nope(int)`);
q('drop aggregate if exists missing', `DROP AGGREGATE IF EXISTS nope(int)`);
q(
  'user aggregate old syntax',
  `CREATE AGGREGATE oldsum (basetype = int, sfunc = add2, stype = int, initcond = '0'); SELECT oldsum(x) AS s FROM (VALUES (3), (4)) v(x)`,
  AGG,
);
q(
  'user aggregate with ORDER BY in call',
  `SELECT mysum(x ORDER BY x DESC) AS s FROM (VALUES (3), (4)) v(x)`,
  AGG,
);
q('user aggregate with DISTINCT', `SELECT mysum(DISTINCT x) AS s FROM (VALUES (3), (3), (4)) v(x)`, AGG);
q(
  'user aggregate with FILTER',
  `SELECT mysum(x) FILTER (WHERE x > 3) AS s FROM (VALUES (3), (4), (5)) v(x)`,
  AGG,
);
q(
  'user aggregate array state',
  `CREATE AGGREGATE collect (anyelement) (sfunc = array_append, stype = anyarray, initcond = '{}'); SELECT collect(x) AS c FROM (VALUES (1), (2)) v(x)`,
);
q(
  'user aggregate polymorphic text',
  `CREATE AGGREGATE collect (anyelement) (sfunc = array_append, stype = anyarray, initcond = '{}'); SELECT collect(x) AS c FROM (VALUES ('a'), ('b')) v(x)`,
);
q(
  'user ordered-set aggregate',
  `CREATE FUNCTION osf(int[], int) RETURNS int[] LANGUAGE sql AS 'SELECT $1 || $2'; CREATE FUNCTION osfin(int[], int) RETURNS int LANGUAGE sql AS 'SELECT $1[$2]'; CREATE AGGREGATE nth (int ORDER BY int) (sfunc = osf, stype = int[], finalfunc = osfin, finalfunc_extra, initcond = '{}'); SELECT nth(2) WITHIN GROUP (ORDER BY x DESC) AS n FROM (VALUES (1), (5), (3)) v(x)`,
);
q(
  'create or replace aggregate',
  `CREATE OR REPLACE AGGREGATE mysum (int) (sfunc = add2, stype = int, initcond = '100'); SELECT mysum(x) AS s FROM (VALUES (1)) v(x)`,
  AGG,
);
q(
  'alter aggregate rename',
  `ALTER AGGREGATE mysum(int) RENAME TO mysum2; SELECT mysum2(x) AS s FROM (VALUES (1)) v(x)`,
  AGG,
);
q(
  'user aggregate moving mode',
  `CREATE FUNCTION sub2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2'; CREATE AGGREGATE msum (int) (sfunc = add2, stype = int, initcond = '0', msfunc = add2, minvfunc = sub2, mstype = int, minitcond = '0'); SELECT x, msum(x) OVER (ORDER BY x ROWS 1 PRECEDING) AS s FROM (VALUES (1), (2), (3)) v(x) ORDER BY x`,
  AGG,
);
q('user aggregate calling as plain function is 42809', `SELECT mysum(1, 2) AS s`, AGG);

// ---------------------------------------------------------------- intervals and other edge values
q(
  'sum interval overflow is 22008',
  `SELECT sum(x) AS s FROM (VALUES (interval '178000000 years'), (interval '178000000 years')) v(x)`,
);
q(
  'avg interval months and days',
  `SELECT avg(x) AS a FROM (VALUES (interval '1 month'), (interval '1 day'), (interval '1 hour')) v(x)`,
);
q(
  'avg interval odd',
  `SELECT avg(x) AS a FROM (VALUES (interval '1 month 1 day'), (interval '2 months 3 days 1 second'), (interval '-7 hours')) v(x)`,
);
q(
  'avg interval sliding window',
  `SELECT i, avg(x) OVER (ORDER BY i ROWS 1 PRECEDING) AS a, sum(x) OVER (ORDER BY i ROWS 1 PRECEDING) AS s FROM (VALUES (1, interval '1 day'), (2, interval '3 hours'), (3, interval '1 month')) v(i, x) ORDER BY i`,
);
q(
  'sum interval microseconds',
  `SELECT sum(x) AS s FROM (VALUES (interval '0.000001 s'), (interval '0.000002 s')) v(x)`,
);
q('infinity interval input is 22007', `SELECT sum(x) AS s FROM (VALUES ('infinity'::interval)) v(x)`);
q(
  'max interval of equal spans',
  `SELECT max(x) AS m, min(x) AS n FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '720 hours')) v(x)`,
);
q(
  'count distinct intervals 30 days equals month',
  `SELECT count(DISTINCT x) AS c FROM (VALUES (interval '1 month'), (interval '30 days')) v(x)`,
);
q(
  'array_agg distinct intervals',
  `SELECT array_agg(DISTINCT x) AS a FROM (VALUES (interval '1 month'), (interval '30 days')) v(x)`,
);
q('sum numeric large scale', `SELECT sum(x) AS s FROM (VALUES (0.1::numeric(40,30)), (0.2)) v(x)`);
q(
  'avg numeric large values',
  `SELECT avg(x) AS a FROM (VALUES (99999999999999999999999999999::numeric), (1)) v(x)`,
);
q('avg int8 exact', `SELECT avg(x) AS a FROM (VALUES (1::int8), (2), (2)) v(x)`);
q('avg int2', `SELECT avg(x) AS a FROM (VALUES (1::int2), (2)) v(x)`);
q(
  'sum of int8 min values',
  `SELECT sum(x) AS s FROM (VALUES (-9223372036854775808::int8), (-9223372036854775808::int8)) v(x)`,
);
q(
  'sum float8 overflow gives infinity or error',
  `SELECT sum(x) AS s FROM (VALUES (1e308::float8), (1e308)) v(x)`,
);
q('avg float8 overflow', `SELECT avg(x) AS s FROM (VALUES (1e308::float8), (1e308)) v(x)`);
q('sum real overflow', `SELECT sum(x) AS s FROM (VALUES (3e38::real), (3e38::real)) v(x)`);
q(
  'sum money overflow is 22003',
  `SELECT sum(x) AS s FROM (VALUES ('90000000000000000'::money), ('90000000000000000'::money)) v(x)`,
);
q('avg money is 42883', `SELECT avg(x) AS s FROM (VALUES ('1'::money)) v(x)`);
q(
  'variance of float8 tiny differences',
  `SELECT variance(x) AS v FROM (VALUES (1.0000001::float8), (1.0000002), (1.0000003)) v(x)`,
);
q(
  'stddev_samp numeric many digits',
  `SELECT stddev_samp(x) AS v FROM (VALUES (1.123456789012345678901234567890::numeric), (2), (3.5)) v(x)`,
);
q(
  'var_pop numeric int8 input',
  `SELECT var_pop(x) AS v, var_samp(x) AS s FROM (VALUES (9223372036854775807::int8), (-9223372036854775807::int8)) v(x)`,
);

// ---------------------------------------------------------------- newer-version syntax PostgreSQL 15 lacks
q('JSON_TABLE new in 17', `SELECT * FROM JSON_TABLE('[1,2]'::jsonb, '$[*]' COLUMNS (x int PATH '$')) AS jt`);
q(
  'json_arrayagg with null on null',
  `SELECT JSON_ARRAYAGG(x NULL ON NULL) AS a FROM (VALUES (1), (NULL)) v(x)`,
);
q(
  'json_objectagg with unique keys',
  `SELECT JSON_OBJECTAGG(k VALUE x WITH UNIQUE KEYS) AS a FROM (VALUES ('a', 1)) v(k, x)`,
);
q('json_arrayagg returning', `SELECT JSON_ARRAYAGG(x RETURNING jsonb) AS a FROM (VALUES (1)) v(x)`);
q(
  'generate_series timestamptz four args',
  `SELECT count(*) AS c FROM generate_series(timestamptz '2024-03-30 00:00+00', timestamptz '2024-04-01 00:00+00', interval '1 day', 'Europe/Amsterdam')`,
);
q('array_sample new in 16', `SELECT cardinality(array_sample(ARRAY[1,2,3], 2)) AS c`);
q('array_shuffle new in 16', `SELECT cardinality(array_shuffle(ARRAY[1,2,3])) AS c`);
q('random with range new in 17', `SELECT random(1, 1) AS r`);
q(
  'unnest of jsonb via jsonb_array_elements',
  `SELECT * FROM jsonb_array_elements('[1,"a",null]') WITH ORDINALITY`,
);
q(
  'json_populate_recordset as SRF',
  `SELECT * FROM json_populate_recordset(NULL::pair, '[{"n":1,"s":"a"},{"n":2}]')`,
  `CREATE TYPE pair AS (n int, s text);`,
);
q('regexp_matches as SRF', `SELECT * FROM regexp_matches('a1b22c333', '\\d+', 'g') WITH ORDINALITY`);
q('regexp_split_to_table', `SELECT * FROM regexp_split_to_table('a,b,,c', ',')`);
q('string_to_table', `SELECT * FROM string_to_table('a|b||c', '|', '')`);
q('jsonb_each in select', `SELECT jsonb_each('{"a":1}') AS e`);
q('pg_options_to_table', `SELECT * FROM pg_options_to_table(ARRAY['a=1','b=2'])`);
q('unnest tsvector', `SELECT * FROM unnest('a:1 b:2,3'::tsvector)`);
q(
  'generate_series with no FROM in subquery',
  `SELECT (SELECT array_agg(g) FROM generate_series(1, 3) g) AS a`,
);
list.add('generate_series interval step parameter', [
  withParams(
    'SELECT count(*) AS c FROM generate_series($1::timestamp, $2::timestamp, $3::interval)',
    '2024-01-01',
    '2024-01-02',
    '6 hours',
  ),
]);

export default list.cases;
