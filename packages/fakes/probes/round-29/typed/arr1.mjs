const c = (name, steps, setup) => ({ name, steps, ...(setup ? { setup } : {}) });
const T =
  "CREATE TABLE a (id serial primary key, xs int[], ts text[], m int[][]); INSERT INTO a (xs, ts, m) VALUES ('{1,2,3}', '{a,\"b c\",NULL,\"NULL\"}', '{{1,2},{3,4}}'), ('{}', '{}', NULL), (NULL, NULL, NULL), ('{3,NULL,1}', '{\"x\\\\y\",\"q\\\"t\"}', '{{5}}'), ('[0:2]={7,8,9}', '{\"\",\" sp \"}', '[-1:0][1:2]={{1,2},{3,4}}')";
export default [
  c(
    'arr: literal output',
    [
      'SELECT id, xs, ts, m FROM a ORDER BY id',
      'SELECT id, xs::text, ts::text, m::text FROM a ORDER BY id',
      "SELECT '{1,2,3}'::int[] a, '{{1,2},{3,4}}'::int[] b, '{\"a b\", \"c,d\", \"\", \"{x}\", \"NULL\", null}'::text[]::text c, ARRAY['a\\b', 'x\"y', ' '] ::text d, '{1.50, 2.0}'::numeric[]::text e, '{t,f,NULL}'::bool[]::text f",
    ],
    T,
  ),
  c(
    'arr: subscripts and slices',
    [
      'SELECT id, xs[1] a, xs[0] b, xs[-1] c, xs[2:3] d, xs[:2] e, xs[2:] f, xs[5:9] g, xs[3:2] h, m[1][2] i, m[1:1] j, m[2] k FROM a ORDER BY id',
      "SELECT (ARRAY[1,2,3])[2] a, ('[5:7]={1,2,3}'::int[])[5] b, ('[-2:0]={1,2,3}'::int[])[-1] c, ('[-2:0]={1,2,3}'::int[])[:-1]::text d, (ARRAY[[1,2],[3,4]])[1:2][2:2]::text e, (ARRAY[[1,2],[3,4]])[2:2]::text f",
    ],
    T,
  ),
  c(
    'arr: dims functions',
    [
      'SELECT id, array_length(xs, 1) a, array_length(xs, 2) b, cardinality(xs) c, array_ndims(xs) d, array_dims(xs) e, array_lower(xs, 1) f, array_upper(xs, 1) g, cardinality(m) h, array_dims(m) i, array_upper(m, 2) j, array_lower(m, 1) k FROM a ORDER BY id',
    ],
    T,
  ),
  c('arr: append prepend cat', [
    "SELECT array_append(ARRAY[1,2], 3) a, array_prepend(1, ARRAY[2,3]) b, array_cat(ARRAY[1,2], ARRAY[3,4]) c, ARRAY[1,2] || 3 d, 0 || ARRAY[1,2] e, ARRAY[1,2] || ARRAY[[3,4]] f, ARRAY[[1,2]] || ARRAY[3,4] g, array_cat(NULL, ARRAY[1]) h, array_append(NULL::int[], 1) i, '{}'::int[] || ARRAY[[1,2]] j",
    "SELECT array_append(ARRAY[1,2], 'x')",
    "SELECT ARRAY[1,2] || 'x'",
    "SELECT ARRAY[1,2] || ARRAY['a']",
    'SELECT array_cat(ARRAY[1,2], ARRAY[[3,4,5]])',
    "SELECT ARRAY[1,2] || '{3,4}' a, ARRAY['a'] || 'bc' b",
    'SELECT ARRAY[1,2] || 3.5',
  ]),
  c('arr: remove replace position', [
    "SELECT array_remove(ARRAY[1,2,3,2], 2) a, array_remove(ARRAY[1,NULL,3], NULL) b, array_replace(ARRAY[1,2,5,4], 5, 3) c, array_replace(ARRAY[1,NULL], NULL, 9) d, array_position(ARRAY['sun','mon','tue','wed','thu','fri','sat','mon'], 'mon') e, array_position(ARRAY[1,2,1], 1, 2) f, array_positions(ARRAY['A','A','B','A'], 'A') g, array_position(ARRAY[1,NULL], NULL) h, array_positions(NULL::int[], 1) i, array_position(ARRAY[1], 5) j",
    'SELECT array_remove(ARRAY[[1,2],[3,4]], 1)',
    'SELECT array_position(ARRAY[[1,2],[3,4]], 3)',
    "SELECT array_positions('[0:2]={5,6,5}'::int[], 5) a, array_position('[0:2]={5,6,5}'::int[], 6) b",
  ]),
  c(
    'arr: unnest',
    [
      "SELECT * FROM unnest(ARRAY[1,2], ARRAY['foo','bar','baz']) AS x(a,b)",
      'SELECT unnest(ARRAY[[1,2],[3,4]])',
      "SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY AS t(v, n)",
      'SELECT id, u.v, u.n FROM a, unnest(a.xs) WITH ORDINALITY u(v, n) ORDER BY id, n',
      "SELECT unnest(ARRAY[1,2]) a, unnest(ARRAY['x','y','z']) b",
      "SELECT unnest('{}'::int[])",
      'SELECT unnest(NULL::int[])',
    ],
    T,
  ),
  c(
    'arr: ANY ALL params',
    [
      { sql: 'SELECT id FROM a WHERE 1 = ANY(xs) ORDER BY id', params: [] },
      { sql: 'SELECT id FROM a WHERE id = ANY($1) ORDER BY id', params: [[1, null, 3]] },
      { sql: 'SELECT id FROM a WHERE id <> ALL($1) ORDER BY id', params: [[1, null]] },
      { sql: 'SELECT id FROM a WHERE id <> ALL($1::int[]) ORDER BY id', params: [[1, 2]] },
      { sql: 'SELECT 2 = ANY($1::int[]) a, 2 = ALL($1::int[]) b, NULL = ANY($1::int[]) c', params: [[2, 2]] },
      { sql: 'SELECT 5 > ALL($1::int[]) a, 5 > ANY($1::int[]) b', params: [[]] },
      {
        sql: 'SELECT $1::int[] AS a, $2::text[] AS b',
        params: [
          [1, 2, null],
          ['a,b', 'c"d', null, ''],
        ],
      },
    ],
    T,
  ),
  c(
    'arr: containment overlap',
    [
      "SELECT id, xs @> ARRAY[1] a, xs <@ ARRAY[1,2,3,4] b, xs && ARRAY[3,9] c, ts @> ARRAY['a'] d FROM a ORDER BY id",
      "SELECT ARRAY[1,4,3] @> ARRAY[3,1,3] a, ARRAY[2,2,7] <@ ARRAY[1,7,4,2,6] b, ARRAY[1,4,3] && ARRAY[2,1] c, ARRAY[1,NULL] @> ARRAY[NULL::int] d, '{}'::int[] <@ ARRAY[1] e, ARRAY[[1,2],[3,4]] @> ARRAY[4] f, ARRAY[1,NULL] && ARRAY[NULL::int] g",
    ],
    T,
  ),
  c(
    'arr: comparison ordering',
    [
      "SELECT ARRAY[1,2,3] = ARRAY[1,2,3] a, ARRAY[1,2,3] <> ARRAY[1,2,4] b, ARRAY[1,2,3] < ARRAY[1,2,4] c, ARRAY[1,4,3] >= ARRAY[1,4,3] d, ARRAY[1,2] < ARRAY[1,2,3] e, ARRAY[[1,2]] = ARRAY[1,2] f, '[0:1]={1,2}'::int[] = ARRAY[1,2] g, ARRAY[1,NULL] = ARRAY[1,NULL] h, ARRAY[NULL::int] < ARRAY[1] i, ARRAY[2] > ARRAY[1,5] j",
      'SELECT id, xs FROM a ORDER BY xs NULLS FIRST, id',
      'SELECT xs, count(*) FROM a GROUP BY xs ORDER BY xs',
    ],
    T,
  ),
  c('arr: multidim', [
    "SELECT ARRAY[[1,2],[3,4]] a, ARRAY[ARRAY[1,2], ARRAY[3,4]]::text b, '{{1,2},{3,4}}'::int[][] c, array_ndims(ARRAY[[[1]]]) d",
    'SELECT ARRAY[[1,2],[3]]',
    "SELECT '{{1,2},{3}}'::int[]",
    'SELECT ARRAY[[1,2],[3,4]][2][1] ',
    'SELECT (ARRAY[[1,2],[3,4]])[2][1] a, (ARRAY[[1,2],[3,4]])[3][1] b',
  ]),
  c(
    'arr: array_agg',
    [
      'SELECT array_agg(xs ORDER BY id) FROM a WHERE id IN (1, 4) AND false',
      'SELECT array_agg(x) FROM (VALUES (ARRAY[1,2]), (ARRAY[3,4])) v(x)',
      'SELECT array_agg(id ORDER BY id DESC) a, array_agg(DISTINCT array_length(xs,1)) b FROM a',
      'SELECT array_agg(x) FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(x)',
      "SELECT array_agg(t ORDER BY t) FROM unnest(ARRAY['b','a',NULL]) t",
    ],
    T,
  ),
  c('arr: input errors', [
    "SELECT '{1,2'::int[]",
    "SELECT '{1,x}'::int[]",
    "SELECT '{{1},2}'::int[]",
    "SELECT '[1:2]={1}'::int[]",
    "SELECT '1,2'::int[]",
    "SELECT '{1,2}}'::int[]",
    "SELECT '{99999999999}'::int[]",
  ]),
  c('arr: array functions misc', [
    "SELECT array_to_string(ARRAY[1, 2, 3, NULL, 5], ',', '*') a, array_to_string(ARRAY[1,NULL], ',') b, string_to_array('xx~~yy~~zz', '~~', 'yy') c, string_to_array('abc', NULL) d, string_to_array('', ',') e, array_fill(7, ARRAY[3]) f, array_fill(7, ARRAY[2], ARRAY[0])::text g, trim_array(ARRAY[1,2,3], 1) h, array_to_json(ARRAY[[1,5],[99,100]]) i",
    'SELECT array_fill(1, ARRAY[-1])',
    "SELECT array_length(ARRAY[1], 0) a, array_upper('{}'::int[], 1) b",
  ]),
  c(
    'arr: updates',
    [
      'UPDATE a SET xs[2] = 20 WHERE id = 1 RETURNING xs',
      'UPDATE a SET xs[5] = 50 WHERE id = 1 RETURNING xs::text',
      'UPDATE a SET xs[0] = 0 WHERE id = 1 RETURNING xs::text',
      'UPDATE a SET xs = array_append(xs, 4) WHERE id = 2 RETURNING xs',
      'UPDATE a SET xs = xs || NULL::int WHERE id = 3 RETURNING xs',
      'UPDATE a SET xs[1:2] = ARRAY[8,9] WHERE id = 4 RETURNING xs',
      'UPDATE a SET xs[1] = 1 WHERE id = 3 RETURNING xs',
    ],
    T,
  ),
  c(
    'arr: typed columns and params',
    [
      {
        sql: 'INSERT INTO a (xs, ts) VALUES ($1, $2) RETURNING id, xs, ts',
        params: [
          [10, 20],
          ['p', 'q r'],
        ],
      },
      { sql: 'SELECT id FROM a WHERE xs && $1::int[] ORDER BY id', params: [[3, 20]] },
      { sql: 'SELECT id FROM a WHERE xs @> $1 ORDER BY id', params: [[1]] },
      { sql: 'SELECT id FROM a WHERE $1 = ANY(ts) ORDER BY id', params: ['a'] },
      { sql: 'SELECT array_length($1::int[], 1) AS n, cardinality($1::int[]) AS c', params: [[]] },
      { sql: 'UPDATE a SET ts = array_remove(ts, $1) WHERE id = 1 RETURNING ts', params: ['a'] },
      { sql: 'SELECT * FROM unnest($1::int[], $2::text[]) AS t(n, s)', params: [[1, 2, 3], ['a']] },
    ],
    T,
  ),
  c('arr: array of other types', [
    "SELECT ARRAY[date '2024-01-02'] a, ARRAY[timestamptz '2024-01-02 00:00+00'] b, '{\"2024-01-02\"}'::date[] c, ARRAY['{\"a\":1}'::jsonb] d, ARRAY[1::int8, 2] e, ARRAY[1.5, 2] f, ARRAY[true] g, ARRAY['a'::varchar(3)] h, '{\"\\\\x01\"}'::bytea[] i, ARRAY[interval '1 day'] j, ARRAY[gen_random_uuid()] IS NOT NULL k",
  ]),
  c('arr: array constructor types', [
    "SELECT pg_typeof(ARRAY[1, 2.5]) a, pg_typeof(ARRAY['a', 'b']) b, pg_typeof(ARRAY[1::smallint, 2]) c, pg_typeof(ARRAY[NULL]) d, pg_typeof('{1}'::int[]) e",
    "SELECT ARRAY[1, 'a']",
    'SELECT ARRAY[]',
    'SELECT ARRAY[]::int[] a, ARRAY(SELECT 1 WHERE false) b',
  ]),
];
