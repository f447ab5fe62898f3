const q = (name: string, ...steps: string[]) => ({ name, steps });
const S = `CREATE TABLE s (id int PRIMARY KEY, grp text, amt int, price numeric(8,2), flag bool, tag text, ts timestamp);
INSERT INTO s VALUES
 (1, 'a', 10, 1.50, true, 'x', '2024-01-01 10:00'),
 (2, 'a', 20, 2.25, false, 'y', '2024-01-02 11:00'),
 (3, 'a', NULL, NULL, NULL, 'x', NULL),
 (4, 'b', 5, 10.00, true, NULL, '2024-02-01 00:00'),
 (5, 'b', 5, 0.10, true, 'z', '2024-02-02 00:00'),
 (6, 'c', NULL, NULL, false, NULL, NULL);`;
const t = (name: string, ...steps: string[]) => ({ name, setup: S, steps });
export default [
  t(
    'string_agg order by',
    "SELECT grp, string_agg(tag, ',' ORDER BY id DESC) AS s FROM s GROUP BY grp ORDER BY grp",
  ),
  t('string_agg distinct', "SELECT string_agg(DISTINCT tag, ',' ORDER BY tag) AS s FROM s"),
  t('string_agg distinct order mismatch errors', "SELECT string_agg(DISTINCT tag, ',' ORDER BY id) FROM s"),
  t(
    'array_agg order by nulls',
    'SELECT array_agg(amt ORDER BY amt NULLS FIRST) AS a, array_agg(amt ORDER BY amt DESC) AS b, array_agg(DISTINCT amt) AS c FROM s',
  ),
  t('array_agg of NULL only group', 'SELECT grp, array_agg(amt) AS a FROM s GROUP BY grp ORDER BY grp'),
  t(
    'filter clause',
    "SELECT count(*) FILTER (WHERE flag) AS a, sum(amt) FILTER (WHERE grp = 'a') AS b, array_agg(id) FILTER (WHERE tag IS NULL) AS c, count(*) FILTER (WHERE false) AS d FROM s",
  ),
  t(
    'avg sum typing int',
    'SELECT sum(amt) AS s, avg(amt) AS a, pg_typeof(sum(amt))::text AS st, pg_typeof(avg(amt))::text AS at, pg_typeof(sum(amt::bigint))::text AS sbt, pg_typeof(sum(amt::smallint))::text AS sst, pg_typeof(avg(amt::float8))::text AS aft, pg_typeof(sum(price))::text AS spt FROM s',
  ),
  t(
    'avg numeric scale',
    'SELECT avg(price) AS a, avg(amt) AS b, sum(price) AS c, avg(price)::numeric(10,2) AS d FROM s',
  ),
  t(
    'sum of real',
    'SELECT sum(price::real) AS a, pg_typeof(sum(price::real))::text AS b, avg(price::real) AS c FROM s',
  ),
  t(
    'count distinct',
    'SELECT count(DISTINCT grp) AS a, count(DISTINCT amt) AS b, count(amt) AS c, count(*) AS d, count(DISTINCT (grp, amt)) AS e FROM s',
  ),
  t(
    'bool aggs',
    'SELECT grp, bool_and(flag) AS a, bool_or(flag) AS o, every(flag) AS e FROM s GROUP BY grp ORDER BY grp',
  ),
  q(
    'bit_and bit_or bit_xor',
    'SELECT bit_and(x) AS a, bit_or(x) AS b, bit_xor(x) AS c FROM (VALUES (12), (10), (NULL)) v(x)',
  ),
  t(
    'min max text arrays',
    'SELECT min(tag) AS a, max(tag) AS b, min(ARRAY[amt, id]) AS c, max(ARRAY[grp]) AS d, min(ts) AS e, max(flag::int) AS f FROM s',
  ),
  q('min max bool errors', 'SELECT max(x) FROM (VALUES (true), (false)) v(x)'),
  t(
    'percentile',
    'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amt) AS a, percentile_disc(0.5) WITHIN GROUP (ORDER BY amt) AS b, percentile_cont(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY amt) AS c, mode() WITHIN GROUP (ORDER BY grp) AS d FROM s',
  ),
  t(
    'percentile typing',
    'SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY amt))::text AS a, pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY amt))::text AS b, percentile_cont(0.5) WITHIN GROUP (ORDER BY ts) AS c FROM s',
  ),
  t('percentile out of range', 'SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amt) FROM s'),
  t(
    'percentile per group',
    'SELECT grp, percentile_disc(0.5) WITHIN GROUP (ORDER BY price DESC) AS p FROM s GROUP BY grp ORDER BY grp',
  ),
  t(
    'json_agg',
    'SELECT json_agg(amt ORDER BY id) AS a, jsonb_agg(tag ORDER BY id) AS b, json_agg(s ORDER BY id) FILTER (WHERE id < 3) AS c FROM s',
  ),
  t(
    'json_object_agg',
    'SELECT json_object_agg(id, amt ORDER BY id) AS a, jsonb_object_agg(id, tag) AS b FROM s WHERE id < 4',
  ),
  t('json_object_agg null key errors', 'SELECT json_object_agg(tag, id) FROM s'),
  t(
    'jsonb_agg of row',
    "SELECT jsonb_agg(jsonb_build_object('id', id, 'p', price) ORDER BY id) AS a FROM s WHERE grp = 'b'",
  ),
  t(
    'stddev variance',
    'SELECT stddev(amt) AS a, stddev_pop(amt) AS b, variance(amt) AS c, var_pop(amt) AS d, stddev_samp(price) AS e, var_samp(amt::float8) AS f FROM s',
  ),
  q(
    'stddev single row',
    'SELECT stddev(x) AS a, stddev_pop(x) AS b, variance(x) AS c FROM (VALUES (5)) v(x)',
  ),
  q(
    'corr regr',
    'SELECT corr(y, x) AS a, covar_pop(y, x) AS b, covar_samp(y, x) AS c, regr_slope(y, x) AS d, regr_intercept(y, x) AS e, regr_count(y, x) AS f, regr_r2(y, x) AS g, regr_avgx(y, x) AS h, regr_avgy(y, x) AS i, regr_sxx(y, x) AS j, regr_syy(y, x) AS k, regr_sxy(y, x) AS l FROM (VALUES (1, 2), (2, 4), (3, 7), (NULL, 1)) v(x, y)',
  ),
  q(
    'aggregates over empty input',
    "SELECT count(*) AS a, count(x) AS b, sum(x) AS c, avg(x) AS d, min(x) AS e, max(x) AS f, array_agg(x) AS g, string_agg(x::text, ',') AS h, bool_and(x > 0) AS i, json_agg(x) AS j, stddev(x) AS k, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS l FROM (SELECT 1 AS x WHERE false) e",
  ),
  q('empty input group by no rows', 'SELECT count(*) FROM (SELECT 1 AS x WHERE false) e GROUP BY x'),
  q(
    'sum bigint overflow to numeric',
    'SELECT sum(x) AS s, pg_typeof(sum(x))::text AS t FROM (VALUES (9223372036854775807::bigint), (1::bigint)) v(x)',
  ),
  q('sum int4 large', 'SELECT sum(x) AS s FROM (VALUES (2147483647), (2147483647)) v(x)'),
  q(
    'avg of interval',
    "SELECT avg(x) AS a, sum(x) AS b FROM (VALUES (interval '1 hour'), (interval '3 hours')) v(x)",
  ),
  q('count star vs count col typing', 'SELECT pg_typeof(count(*))::text AS a FROM (VALUES (1)) v(x)'),
  t(
    'aggregate in having',
    'SELECT grp, count(*) AS n FROM s GROUP BY grp HAVING count(*) > 1 AND sum(amt) IS NOT NULL ORDER BY grp',
  ),
  t(
    'aggregate order by in array_agg with expressions',
    'SELECT array_agg(id ORDER BY coalesce(amt, 0) DESC, id) AS a FROM s',
  ),
  t('string_agg with non text errors', "SELECT string_agg(id, ',') FROM s"),
  q(
    'string_agg bytea',
    "SELECT string_agg(x, '\\x2c'::bytea) AS a FROM (VALUES ('\\x61'::bytea), ('\\x62'::bytea)) v(x)",
  ),
  q('array_agg of arrays', 'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (ARRAY[3,4])) v(x)'),
  q(
    'array_agg of arrays mismatched errors',
    'SELECT array_agg(x) FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(x)',
  ),
  q('nested aggregate errors', 'SELECT sum(count(*)) FROM (VALUES (1)) v(x)'),
  q('aggregate in where errors', 'SELECT 1 FROM (VALUES (1)) v(x) WHERE sum(x) > 0'),
  t('ungrouped column errors', 'SELECT grp, amt FROM s GROUP BY grp'),
  t('grouped by primary key allows columns', 'SELECT id, grp, count(*) AS n FROM s GROUP BY id ORDER BY id'),
  q('any_value not in 15', 'SELECT any_value(x) FROM (VALUES (1)) v(x)'),
  t('json_agg empty group', 'SELECT json_agg(id) AS a, jsonb_agg(id) IS NULL AS b FROM s WHERE false'),
  t('xmlagg skipped; bool_or empty', 'SELECT bool_or(flag) AS a FROM s WHERE id > 100'),
  t(
    'max over text collation',
    "SELECT max(x) AS a, min(x) AS b FROM (VALUES ('apple'), ('Banana'), ('cherry')) v(x)",
  ),
  // subquery expressions
  t(
    'exists correlated',
    'SELECT grp FROM (SELECT DISTINCT grp FROM s) g WHERE EXISTS (SELECT 1 FROM s WHERE s.grp = g.grp AND flag) ORDER BY grp',
  ),
  t('not exists', 'SELECT id FROM s o WHERE NOT EXISTS (SELECT 1 FROM s i WHERE i.amt > o.amt) ORDER BY id'),
  q(
    'in with nulls',
    'SELECT 1 IN (1, NULL) AS a, 2 IN (1, NULL) AS b, 2 NOT IN (1, NULL) AS c, NULL IN (1) AS d, 1 NOT IN (2, 3) AS e',
  ),
  t(
    'not in subquery with null',
    "SELECT id FROM s WHERE amt NOT IN (SELECT amt FROM s WHERE grp = 'c') ORDER BY id",
  ),
  t(
    'not in subquery without null',
    "SELECT id FROM s WHERE amt NOT IN (SELECT amt FROM s WHERE grp = 'b') ORDER BY id",
  ),
  t('in subquery', "SELECT id FROM s WHERE amt IN (SELECT amt FROM s WHERE grp = 'b') ORDER BY id"),
  t('not in empty subquery', 'SELECT count(*) AS n FROM s WHERE amt NOT IN (SELECT amt FROM s WHERE false)'),
  q(
    'any all with nulls and empty',
    "SELECT 1 = ANY (ARRAY[1, NULL]) AS a, 2 = ANY (ARRAY[1, NULL]) AS b, 2 <> ALL (ARRAY[1, NULL]) AS c, 1 = ANY ('{}'::int[]) AS d, 1 = ALL ('{}'::int[]) AS e, NULL = ANY ('{}'::int[]) AS f, 1 = SOME (ARRAY[2, 1]) AS g, 3 > ALL (ARRAY[1, 2]) AS h",
  ),
  t('any subquery', "SELECT id FROM s WHERE amt > ANY (SELECT amt FROM s WHERE grp = 'b') ORDER BY id"),
  t(
    'all subquery with null',
    "SELECT id FROM s WHERE amt > ALL (SELECT amt FROM s WHERE grp = 'a') ORDER BY id",
  ),
  t('all empty subquery', 'SELECT count(*) AS n FROM s WHERE amt > ALL (SELECT amt FROM s WHERE false)'),
  q('any with null array', 'SELECT 1 = ANY (NULL::int[]) AS a, 1 = ALL (NULL::int[]) AS b'),
  q('any with parameter array', { sql: 'SELECT 2 = ANY ($1::int[]) AS a', params: [[1, 2, 3]] } as never),
  q(
    'row comparison',
    'SELECT (1, 2) < (1, 3) AS a, (1, 2) < (2, 1) AS b, (1, NULL) < (2, 1) AS c, (1, NULL) < (1, 2) AS d, (1, 2) = (1, 2) AS e, (1, NULL) = (1, 2) AS f, (1, NULL) <> (2, NULL) AS g, (1, 2, 3) >= (1, 2, 3) AS h',
  ),
  q('row comparison length mismatch', 'SELECT (1, 2) < (1, 2, 3)'),
  q(
    'row is distinct from',
    'SELECT (1, NULL) IS DISTINCT FROM (1, NULL) AS a, (1, 2) IS DISTINCT FROM (1, 3) AS b, ROW(NULL, NULL) IS NOT DISTINCT FROM ROW(NULL, NULL) AS c',
  ),
  t('row comparison keyset pagination', "SELECT id FROM s WHERE (grp, id) > ('a', 2) ORDER BY grp, id"),
  t(
    'row in subquery',
    'SELECT id FROM s WHERE (grp, amt) IN (SELECT grp, max(amt) FROM s GROUP BY grp) ORDER BY id',
  ),
  t(
    'row constructor equality with subquery',
    "SELECT id FROM s WHERE (grp, amt) = (SELECT 'b', 5) ORDER BY id",
  ),
  t('scalar subquery more than one row', 'SELECT (SELECT id FROM s)'),
  t('scalar subquery more than one column', 'SELECT (SELECT id, grp FROM s LIMIT 1)'),
  t('scalar subquery no row is null', 'SELECT (SELECT id FROM s WHERE false) AS a'),
  t(
    'scalar subquery correlated multiple rows',
    'SELECT id, (SELECT o.id FROM s o WHERE o.grp = s.grp) AS x FROM s',
  ),
  t(
    'array subquery',
    "SELECT ARRAY(SELECT id FROM s WHERE grp = 'a' ORDER BY id DESC) AS a, ARRAY(SELECT id FROM s WHERE false) AS b",
  ),
  t(
    'in list with subquery and values',
    'SELECT id FROM s WHERE id IN (1, (SELECT max(id) FROM s)) ORDER BY id',
  ),
  t('exists with limit 0', 'SELECT EXISTS (SELECT 1 FROM s LIMIT 0) AS a, EXISTS (SELECT NULL) AS b'),
  q(
    'any with text list cast',
    "SELECT 'a' = ANY ('{a,b}') AS a, 'a' = ANY (string_to_array('a,b', ',')) AS b",
  ),
  q('any non array errors', 'SELECT 1 = ANY (1)'),
  q('in list mixed types', "SELECT 1 IN (1.0, 2) AS a, '1' IN (1, 2) AS b"),
  q('in list incompatible', "SELECT 1 IN ('a', 2)"),
  // SRFs
  q('generate_series int', 'SELECT * FROM generate_series(1, 5, 2) g'),
  q('generate_series negative step', 'SELECT * FROM generate_series(5, 1, -2) g'),
  q('generate_series empty', 'SELECT count(*) AS n FROM generate_series(5, 1) g'),
  q('generate_series step zero errors', 'SELECT * FROM generate_series(1, 5, 0)'),
  q('generate_series numeric', 'SELECT g, pg_typeof(g)::text AS t FROM generate_series(1.0, 2.0, 0.3) g'),
  q('generate_series numeric nan errors', "SELECT * FROM generate_series(1.0, 'NaN'::numeric)"),
  q('generate_series bigint typing', 'SELECT pg_typeof(g)::text AS t FROM generate_series(1::bigint, 1) g'),
  q('generate_series null arg', 'SELECT count(*) AS n FROM generate_series(1, NULL::int) g'),
  q(
    'generate_series with ordinality',
    'SELECT * FROM generate_series(10, 30, 10) WITH ORDINALITY AS t(v, n)',
  ),
  q(
    'generate_subscripts',
    "SELECT generate_subscripts(ARRAY['a','b','c'], 1) AS s",
    'SELECT * FROM generate_subscripts(ARRAY[[1,2],[3,4]], 2) s',
    'SELECT * FROM generate_subscripts(ARRAY[1,2,3], 1, true) s',
  ),
  q('generate_subscripts bounds', "SELECT * FROM generate_subscripts('[2:4]={a,b,c}'::text[], 1) s"),
  q('unnest with ordinality', "SELECT * FROM unnest(ARRAY['x','y','z']) WITH ORDINALITY AS t(v, n)"),
  q('unnest multi arg', "SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS t(n, s)"),
  q('unnest multidim', 'SELECT * FROM unnest(ARRAY[[1,2],[3,4]]) AS u'),
  q(
    'unnest null and empty',
    'SELECT count(*) AS n FROM unnest(NULL::int[]) u',
    "SELECT count(*) AS n FROM unnest('{}'::int[]) u",
  ),
  q('srf lockstep select list', 'SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b'),
  q('srf lockstep unnest', "SELECT unnest(ARRAY[1,2]) AS a, unnest(ARRAY['x','y','z']) AS b"),
  q(
    'srf in select with table',
    'CREATE TABLE r (id int, tags text[])',
    "INSERT INTO r VALUES (1, '{a,b}'), (2, '{}'), (3, NULL), (4, '{c}')",
    'SELECT id, unnest(tags) AS tag FROM r ORDER BY id, tag',
  ),
  q('srf nested in expression', 'SELECT generate_series(1, 3) * 10 AS a'),
  q('srf in case errors', 'SELECT CASE WHEN true THEN generate_series(1, 2) END'),
  q('srf in coalesce errors', 'SELECT coalesce(generate_series(1, 2), 0)'),
  q('srf in where errors', 'SELECT 1 WHERE generate_series(1, 2) > 1'),
  q('srf in aggregate errors', 'SELECT sum(generate_series(1, 3))'),
  q('srf with aggregate in select', 'SELECT generate_series(1, max(x)) AS g FROM (VALUES (2), (3)) v(x)'),
  q('srf nested srf', 'SELECT generate_series(1, generate_series(1, 3)) AS g'),
  q('rows from', "SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a','b'])) AS t(a, b)"),
  q(
    'lateral srf',
    'CREATE TABLE r2 (id int, n int)',
    'INSERT INTO r2 VALUES (1, 2), (2, 0), (3, 1)',
    'SELECT r2.id, g FROM r2, LATERAL generate_series(1, r2.n) g ORDER BY r2.id, g',
  ),
  q(
    'lateral srf left join',
    'CREATE TABLE r3 (id int, n int)',
    'INSERT INTO r3 VALUES (1, 2), (2, 0)',
    'SELECT r3.id, g FROM r3 LEFT JOIN LATERAL generate_series(1, r3.n) g ON true ORDER BY r3.id, g',
  ),
  q('srf order by srf value', 'SELECT generate_series(1, 3) AS g ORDER BY g DESC'),
  q('srf with limit', 'SELECT generate_series(1, 100) AS g LIMIT 3'),
  q('srf distinct', 'SELECT DISTINCT unnest(ARRAY[1,1,2]) AS u ORDER BY u'),
  q(
    'generate_series int overflow bound',
    'SELECT count(*) AS n FROM generate_series(2147483645, 2147483647) g',
  ),
  q('generate_series float step', 'SELECT * FROM generate_series(1, 2, 0.5) g'),
  q('unnest of text cast', "SELECT unnest('{1,2}'::int[]) + 1 AS a"),
  q(
    'json array elements srf',
    "SELECT jsonb_array_elements('[1,2]'::jsonb) AS e, generate_series(1, 3) AS g",
  ),
  q(
    'srf with group by',
    'SELECT unnest(ARRAY[1,2]) AS u, count(*) AS n FROM (VALUES (1), (2)) v(x) GROUP BY u ORDER BY u',
  ),
  q('generate_series date errors', "SELECT * FROM generate_series(date '2024-01-01', date '2024-01-03', 1)"),
  q(
    'array functions basics',
    "SELECT array_length(ARRAY[1,2,3], 1) AS a, cardinality(ARRAY[[1,2],[3,4]]) AS b, array_position(ARRAY['a','b'], 'b') AS c, array_positions(ARRAY[1,2,1], 1) AS d, array_remove(ARRAY[1,2,1], 1) AS e, array_replace(ARRAY[1,2,1], 1, 9) AS f, array_cat(ARRAY[1], ARRAY[2,3]) AS g, array_append(ARRAY[1], 2) AS h, array_prepend(0, ARRAY[1]) AS i, array_dims(ARRAY[[1],[2]]) AS j, array_upper(ARRAY[1,2], 1) AS k, array_lower('[3:4]={1,2}'::int[], 1) AS l",
  ),
  q(
    'array operators',
    'SELECT ARRAY[1,2] @> ARRAY[1] AS a, ARRAY[1] <@ ARRAY[1,2] AS b, ARRAY[1,2] && ARRAY[2,3] AS c, ARRAY[1,2] || 3 AS d, ARRAY[1,2] = ARRAY[1,2] AS e, ARRAY[1,2] < ARRAY[1,3] AS f, ARRAY[1,NULL] = ARRAY[1,NULL] AS g',
  ),
  q(
    'array_length empty',
    "SELECT array_length('{}'::int[], 1) AS a, cardinality('{}'::int[]) AS b, array_ndims('{}'::int[]) AS c",
  ),
];
