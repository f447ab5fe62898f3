// Round 21 probe, extending: PostgreSQL 15 docs 38.12 "User-Defined Aggregates" and CREATE
// AGGREGATE: state and final functions, initcond, strict transition functions, moving-aggregate
// mode under window frames, polymorphic and variadic aggregates, ordered-set and hypothetical-set
// aggregates, combine functions, pg_aggregate rows, and the errors of bad definitions.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: aggregates: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const AVG = `CREATE FUNCTION fs(state numeric[], x numeric) RETURNS numeric[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY[state[1] + x, state[2] + 1] $$;
CREATE FUNCTION ff(state numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END $$;
CREATE AGGREGATE myavg (numeric) (sfunc = fs, stype = numeric[], finalfunc = ff, initcond = '{0,0}');`;
add(
  'average aggregate',
  ['SELECT myavg(x) AS v, pg_typeof(myavg(x))::text AS t FROM (VALUES (1), (2), (6)) s(x)'],
  AVG,
);
add('average aggregate empty', ['SELECT myavg(x) AS v FROM (VALUES (1)) s(x) WHERE false'], AVG);
add('average aggregate with int arg', ['SELECT myavg(x::int) AS v FROM (VALUES (1), (2)) s(x)'], AVG);
add('average aggregate with text arg is 42883', ["SELECT myavg('a'::text) AS v"], AVG);
add(
  'average aggregate grouped',
  ['SELECT g, myavg(x) AS v FROM (VALUES (1, 1), (1, 3), (2, 5)) s(g, x) GROUP BY g ORDER BY g'],
  AVG,
);
add('average aggregate DISTINCT', ['SELECT myavg(DISTINCT x) AS v FROM (VALUES (1), (1), (4)) s(x)'], AVG);
add(
  'average aggregate FILTER',
  ['SELECT myavg(x) FILTER (WHERE x > 1) AS v FROM (VALUES (1), (2), (4)) s(x)'],
  AVG,
);
add(
  'average aggregate ORDER BY in call',
  ['SELECT myavg(x ORDER BY x DESC) AS v FROM (VALUES (1), (2), (4)) s(x)'],
  AVG,
);
add(
  'average aggregate as window running',
  ['SELECT x, myavg(x) OVER (ORDER BY x) AS v FROM (VALUES (1), (2), (6)) s(x) ORDER BY x'],
  AVG,
);
add(
  'average aggregate catalog',
  [
    "SELECT aggkind, aggnumdirectargs, aggtransfn::text AS sf, aggfinalfn::text AS ff, aggtranstype::regtype::text AS st, agginitval, aggfinalmodify, aggmtransfn::text AS msf FROM pg_aggregate WHERE aggfnoid = 'myavg'::regproc",
    "SELECT prokind, proisstrict, prorettype::regtype::text AS rt, pg_get_function_arguments(oid) AS a FROM pg_proc WHERE proname = 'myavg'",
  ],
  AVG,
);
add('aggregate called without parens is error', ['SELECT myavg FROM (VALUES (1)) s(x)'], AVG);
add('aggregate in WHERE is 42803', ['SELECT 1 FROM (VALUES (1)) s(x) WHERE myavg(x) > 0'], AVG);
add('nested aggregate is 42803', ['SELECT myavg(myavg(x)) FROM (VALUES (1)) s(x)'], AVG);
add('aggregate with star is error', ['SELECT myavg(*) FROM (VALUES (1)) s(x)'], AVG);
add(
  'aggregate WITHIN GROUP on normal aggregate is error',
  ['SELECT myavg(x) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) s(x)'],
  AVG,
);
add(
  'drop aggregate',
  ['DROP AGGREGATE myavg(numeric)', "SELECT count(*) AS c FROM pg_proc WHERE proname = 'myavg'"],
  AVG,
);
add('drop state function used by aggregate is 2BP01', ['DROP FUNCTION fs(numeric[], numeric)'], AVG);
add(
  'drop state function cascade',
  [
    'DROP FUNCTION fs(numeric[], numeric) CASCADE',
    "SELECT count(*) AS c FROM pg_proc WHERE proname = 'myavg'",
  ],
  AVG,
);
add('drop aggregate wrong args is 42883', ['DROP AGGREGATE myavg(int)'], AVG);
add('drop aggregate if exists', ['DROP AGGREGATE IF EXISTS nope(int)']);
add('create or replace aggregate', [
  AVG.trim(),
  "CREATE OR REPLACE AGGREGATE myavg (numeric) (sfunc = fs, stype = numeric[], finalfunc = ff, initcond = '{10,1}')",
  'SELECT myavg(x) AS v FROM (VALUES (2)) s(x)',
]);
add('create or replace aggregate changing kind is error', [
  AVG.trim(),
  'CREATE OR REPLACE FUNCTION myavg(numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT 1.0 $$',
]);
add('alter aggregate rename', [
  AVG.trim(),
  'ALTER AGGREGATE myavg(numeric) RENAME TO avg2',
  'SELECT avg2(x) AS v FROM (VALUES (4)) s(x)',
]);

// strict transition without initcond takes first non-null
const MAX = `CREATE FUNCTION bigger(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1 > $2 THEN $1 ELSE $2 END $$;
CREATE AGGREGATE mymax (int) (sfunc = bigger, stype = int);`;
add(
  'strict sfunc no initcond',
  ['SELECT mymax(x) AS v FROM (VALUES (NULL), (3), (NULL), (9), (2)) s(x)'],
  MAX,
);
add('strict sfunc all null', ['SELECT mymax(x) AS v FROM (VALUES (NULL::int), (NULL)) s(x)'], MAX);
add('strict sfunc empty', ['SELECT mymax(x) AS v FROM (VALUES (1)) s(x) WHERE false'], MAX);
add(
  'strict sfunc window',
  ['SELECT x, mymax(x) OVER (ORDER BY o) AS v FROM (VALUES (1, 5), (2, NULL), (3, 8)) s(o, x) ORDER BY o'],
  MAX,
);
add('strict sfunc mismatched stype needs initcond', [
  'CREATE FUNCTION cnt(int8, int) RETURNS int8 LANGUAGE sql STRICT AS $$ SELECT $1 + 1 $$',
  'CREATE AGGREGATE mycount (int) (sfunc = cnt, stype = int8)',
]);
add('non-strict sfunc sees nulls', [
  'CREATE FUNCTION cntall(int8, int) RETURNS int8 LANGUAGE sql AS $$ SELECT $1 + 1 $$',
  "CREATE AGGREGATE mycount (int) (sfunc = cntall, stype = int8, initcond = '0')",
  'SELECT mycount(x) AS v FROM (VALUES (1), (NULL), (NULL)) s(x)',
]);
add('zero-argument aggregate with star', [
  'CREATE FUNCTION inc(int8) RETURNS int8 LANGUAGE sql AS $$ SELECT $1 + 1 $$',
  "CREATE AGGREGATE mycount (*) (sfunc = inc, stype = int8, initcond = '0')",
  'SELECT mycount(*) AS v FROM generate_series(1, 4)',
  "SELECT pg_get_function_arguments('mycount'::regproc) AS a",
]);
add('two-argument aggregate', [
  'CREATE FUNCTION dot(numeric, numeric, numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT $1 + $2 * $3 $$',
  "CREATE AGGREGATE dotp (numeric, numeric) (sfunc = dot, stype = numeric, initcond = '0')",
  'SELECT dotp(a, b) AS v FROM (VALUES (1, 2), (3, 4)) s(a, b)',
]);
add('aggregate initcond invalid for stype', [
  'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  "CREATE AGGREGATE bad (int) (sfunc = add2, stype = int, initcond = 'x')",
]);
add('aggregate sfunc wrong return type', [
  'CREATE FUNCTION add2(int, int) RETURNS int8 LANGUAGE sql AS $$ SELECT ($1 + $2)::int8 $$',
  'CREATE AGGREGATE bad (int) (sfunc = add2, stype = int)',
]);
add('aggregate finalfunc wrong argument', [
  'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  'CREATE FUNCTION fin(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE AGGREGATE bad (int) (sfunc = add2, stype = int, finalfunc = fin)',
]);
add('aggregate missing sfunc', ['CREATE AGGREGATE bad (int) (stype = int)']);
add('aggregate stype internal needs sspace no check', [
  'CREATE AGGREGATE bad (int) (sfunc = int4pl, stype = internal)',
]);
add('aggregate with builtin sfunc', [
  "CREATE AGGREGATE s2 (int) (sfunc = int4pl, stype = int, initcond = '100')",
  'SELECT s2(x) AS v FROM generate_series(1, 3) x',
]);
add('aggregate with builtin sfunc and finalfunc', [
  "CREATE AGGREGATE cat (text) (sfunc = textcat, stype = text, initcond = '')",
  "SELECT cat(x ORDER BY x DESC) AS v FROM (VALUES ('a'), ('b'), ('c')) s(x)",
]);
add('aggregate SORTOP catalog', [
  'CREATE AGGREGATE mymax2 (int) (sfunc = int4larger, stype = int, sortop = >)',
  "SELECT aggsortop::regoperator::text AS v FROM pg_aggregate WHERE aggfnoid = 'mymax2'::regproc",
  'SELECT mymax2(x) AS m FROM generate_series(1, 5) x',
]);
add('aggregate PARALLEL and combinefunc catalog', [
  'CREATE AGGREGATE psum (int8) (sfunc = int8pl, stype = int8, combinefunc = int8pl, parallel = safe)',
  "SELECT aggcombinefn::text AS c, p.proparallel FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid WHERE aggfnoid = 'psum'::regproc",
  'SELECT psum(x) AS v FROM generate_series(1::int8, 10) x',
]);
add('aggregate combinefunc wrong signature', [
  'CREATE AGGREGATE psum (int8) (sfunc = int8pl, stype = int8, combinefunc = int4pl)',
]);
add('aggregate finalfunc_modify catalog', [
  'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  "CREATE AGGREGATE a1 (int) (sfunc = add2, stype = int, initcond = '0', finalfunc_modify = read_write)",
  "SELECT aggfinalmodify FROM pg_aggregate WHERE aggfnoid = 'a1'::regproc",
]);

// moving aggregate
const MOV = `CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION sub2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 - $2 $$;
CREATE AGGREGATE msum (int) (sfunc = add2, stype = int, msfunc = add2, minvfunc = sub2, mstype = int);`;
add(
  'moving aggregate sliding frame',
  [
    'SELECT x, msum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS v FROM generate_series(1, 5) x ORDER BY x',
  ],
  MOV,
);
add(
  'moving aggregate frame with nulls',
  [
    'SELECT o, msum(x) OVER (ORDER BY o ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS v FROM (VALUES (1, 1), (2, NULL), (3, 3), (4, NULL), (5, NULL)) s(o, x) ORDER BY o',
  ],
  MOV,
);
add(
  'moving aggregate following frame',
  [
    'SELECT x, msum(x) OVER (ORDER BY x ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) AS v FROM generate_series(1, 5) x ORDER BY x',
  ],
  MOV,
);
add('moving aggregate plain', ['SELECT msum(x) AS v FROM generate_series(1, 5) x'], MOV);
add(
  'moving aggregate catalog',
  [
    "SELECT aggmtransfn::text AS m, aggminvtransfn::text AS i, aggmtranstype::regtype::text AS t FROM pg_aggregate WHERE aggfnoid = 'msum'::regproc",
  ],
  MOV,
);
add('moving aggregate minvfunc without msfunc', [
  MOV.split('\n').slice(0, 2).join('\n'),
  'CREATE AGGREGATE bad (int) (sfunc = add2, stype = int, minvfunc = sub2)',
]);
add('moving aggregate strictness mismatch', [
  'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + $2 $$',
  'CREATE FUNCTION sub2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT $1 - $2 $$',
  'CREATE AGGREGATE bad (int) (sfunc = add2, stype = int, msfunc = add2, minvfunc = sub2, mstype = int)',
]);
add('inverse returning null forces restart', [
  'CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + $2 $$',
  'CREATE FUNCTION subnull(int, int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT NULL::int $$',
  'CREATE AGGREGATE rsum (int) (sfunc = add2, stype = int, msfunc = add2, minvfunc = subnull, mstype = int)',
  'SELECT x, rsum(x) OVER (ORDER BY x ROWS 1 PRECEDING) AS v FROM generate_series(1, 4) x ORDER BY x',
]);

// polymorphic aggregates
const PAG = `CREATE AGGREGATE array_accum (anycompatible) (sfunc = array_append, stype = anycompatiblearray, initcond = '{}');`;
add(
  'polymorphic aggregate ints',
  ['SELECT array_accum(x) AS v, pg_typeof(array_accum(x))::text AS t FROM generate_series(1, 3) x'],
  PAG,
);
add('polymorphic aggregate text', ["SELECT array_accum(x) AS v FROM (VALUES ('a'::text), ('b')) s(x)"], PAG);
add('polymorphic aggregate unknown literal', ["SELECT array_accum('a') AS v"], PAG);
add('polymorphic aggregate of arrays is error', ['SELECT array_accum(ARRAY[1]) AS v'], PAG);
add('polymorphic aggregate anyelement docs', [
  "CREATE AGGREGATE array_accum2 (anynonarray) (sfunc = array_append, stype = anyarray, initcond = '{}')",
  "SELECT attrelid::regclass::text AS r, array_accum2(attname) AS v FROM pg_attribute WHERE attnum > 0 AND attrelid = 'pg_tablespace'::regclass GROUP BY attrelid",
]);
add('polymorphic aggregate anyarray stype with non-polymorphic input is error', [
  "CREATE AGGREGATE bad (int) (sfunc = array_append, stype = anyarray, initcond = '{}')",
]);
add('polymorphic aggregate with finalfunc_extra', [
  "CREATE FUNCTION fpoly(internal, anyelement) RETURNS anyarray LANGUAGE internal AS 'array_agg_finalfn'",
]);
add('variadic aggregate', [
  'CREATE FUNCTION sumall(int, VARIADIC int[]) RETURNS int LANGUAGE sql AS $$ SELECT $1 + (SELECT sum(v)::int FROM unnest($2) v) $$',
  "CREATE AGGREGATE vsum (VARIADIC int[]) (sfunc = sumall, stype = int, initcond = '0')",
  'SELECT vsum(a, b) AS v, vsum(a) AS w FROM (VALUES (1, 2), (3, 4)) s(a, b)',
]);

// ordered-set and hypothetical-set
const OSA = `CREATE FUNCTION osf(int[], int) RETURNS int[] LANGUAGE sql AS $$ SELECT $1 || $2 $$;
CREATE FUNCTION osfin(int[], int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1[$2] $$;
CREATE AGGREGATE nth (int ORDER BY int) (sfunc = osf, stype = int[], finalfunc = osfin, finalfunc_extra, initcond = '{}');`;
add(
  'ordered-set aggregate',
  ['SELECT nth(2) WITHIN GROUP (ORDER BY x) AS v FROM (VALUES (9), (3), (5)) s(x)'],
  OSA,
);
add(
  'ordered-set aggregate DESC',
  ['SELECT nth(1) WITHIN GROUP (ORDER BY x DESC) AS v FROM (VALUES (9), (3), (5)) s(x)'],
  OSA,
);
add(
  'ordered-set aggregate without WITHIN GROUP is error',
  ['SELECT nth(x) AS v FROM (VALUES (9)) s(x)'],
  OSA,
);
add(
  'ordered-set aggregate as window is error',
  ['SELECT nth(1) WITHIN GROUP (ORDER BY x) OVER () AS v FROM (VALUES (9)) s(x)'],
  OSA,
);
add(
  'ordered-set aggregate catalog',
  [
    "SELECT aggkind, aggnumdirectargs, aggfinalextra FROM pg_aggregate WHERE aggfnoid = 'nth'::regproc",
    "SELECT pg_get_function_arguments('nth'::regproc) AS a",
  ],
  OSA,
);
add('hypothetical-set aggregate', [
  'CREATE FUNCTION hsf(int8, VARIADIC "any") RETURNS int8 LANGUAGE internal AS \'int8inc_any\'',
]);
add('hypothetical rank builtin', [
  'SELECT rank(3) WITHIN GROUP (ORDER BY x) AS r, percent_rank(3) WITHIN GROUP (ORDER BY x) AS p, cume_dist(3) WITHIN GROUP (ORDER BY x) AS c FROM (VALUES (1), (2), (4)) s(x)',
]);
add('hypothetical rank type mismatch', [
  "SELECT rank('a'::text) WITHIN GROUP (ORDER BY x) AS r FROM (VALUES (1)) s(x)",
]);
add('hypothetical rank unknown direct arg', [
  "SELECT rank('2') WITHIN GROUP (ORDER BY x) AS r FROM (VALUES (1), (3)) s(x)",
]);
add('percentile_disc type follows sort', [
  'SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) AS v, pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY x))::text AS t FROM (VALUES (1::int2), (5)) s(x)',
]);
add('percentile_cont of int is float8', [
  'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS v, pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY x))::text AS t FROM (VALUES (1), (4)) s(x)',
]);
add('percentile_cont of text is error', [
  "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS v FROM (VALUES ('a')) s(x)",
]);
add('mode of unknown', [
  "SELECT mode() WITHIN GROUP (ORDER BY x) AS v, pg_typeof(mode() WITHIN GROUP (ORDER BY x))::text AS t FROM (VALUES ('a'), ('b'), ('b')) s(x)",
]);
add('builtin aggregate type of sum int2', [
  'SELECT pg_typeof(sum(1::int2))::text AS a, pg_typeof(sum(1))::text AS b, pg_typeof(sum(1::int8))::text AS c, pg_typeof(sum(1::float4))::text AS d, pg_typeof(avg(1))::text AS e, pg_typeof(avg(1::float4))::text AS f',
]);
add('builtin aggregate sum of unknown is 42725', ["SELECT sum('1') AS v"]);
add('builtin aggregate max of unknown', ["SELECT max('1') AS v, pg_typeof(max('1'))::text AS t"]);
add('builtin aggregate string_agg of int is 42883', ["SELECT string_agg(1, ',') AS v"]);
add('builtin aggregate avg of text is 42883', ["SELECT avg('a'::text) AS v"]);

export default list.cases;
