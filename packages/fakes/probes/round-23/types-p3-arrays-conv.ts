// Round 23 area C, part 3: arrays, composites, ranges, domains, type conversion, parameters.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const A =
  "CREATE TABLE a (id int PRIMARY KEY, tags text[], nums int[]); INSERT INTO a VALUES (1, '{red,blue}', '{1,2,3}'), (2, '{green}', '{}'), (3, NULL, '{4,NULL,6}'), (4, '{\"with space\",\"q\\\"uote\",NULL}', '{7}')";

// ---- arrays
c('array literal output', 'SELECT id, tags, nums FROM a ORDER BY id', A);
c('array literal text output', 'SELECT id, tags::text t, nums::text n FROM a ORDER BY id', A);
c(
  'ARRAY constructor typing',
  "SELECT ARRAY[1, 2.5] a, pg_typeof(ARRAY[1, 2.5])::text t, ARRAY['a', 'b'] b, pg_typeof(ARRAY['a', 'b'])::text u",
);
c('ARRAY mixing int and text fails', "SELECT ARRAY[1, 'x'::text]");
c('ARRAY of unknown literals is text', "SELECT pg_typeof(ARRAY['1', '2'])::text t");
c('empty ARRAY needs type', 'SELECT ARRAY[]');
c(
  'empty typed ARRAY',
  'SELECT ARRAY[]::int[] a, cardinality(ARRAY[]::int[]) c, array_length(ARRAY[]::int[], 1) l',
);
c(
  'multidimensional array',
  "SELECT ARRAY[[1, 2], [3, 4]] a, (ARRAY[[1, 2], [3, 4]])[2][1] b, array_dims(ARRAY[[1, 2], [3, 4]]) d, '{{1,2},{3,4}}'::int[] e",
);
c('multidimensional ragged fails', 'SELECT ARRAY[[1, 2], [3]]');
c('multidimensional literal ragged fails', "SELECT '{{1,2},{3}}'::int[]");
c('array slicing', 'SELECT nums[1:2] s, nums[2:] t, nums[:1] u, nums[5:9] v FROM a WHERE id = 1', A);
c('array out of range subscript is null', 'SELECT nums[0] a, nums[10] b, nums[-1] c FROM a WHERE id = 1', A);
c('array subscript on multidim slice', 'SELECT (ARRAY[[1,2],[3,4]])[1:2][2] a, (ARRAY[[1,2],[3,4]])[1] b');
c(
  'array with custom lower bound',
  "SELECT '[0:2]={a,b,c}'::text[] a, ('[0:2]={a,b,c}'::text[])[0] b, array_lower('[0:2]={a,b,c}'::text[], 1) l",
);
c(
  'array_length vs cardinality',
  'SELECT id, array_length(nums, 1) l, cardinality(nums) c, array_upper(nums, 1) u, array_ndims(nums) n FROM a ORDER BY id',
  A,
);
c(
  'array_position and positions',
  "SELECT array_position(ARRAY['a', 'b', 'a'], 'a') a, array_position(ARRAY['a', 'b', 'a'], 'a', 2) b, array_positions(ARRAY[1, 2, 1, NULL], 1) c, array_position(ARRAY[1, NULL], NULL) d",
);
c(
  'array_remove replace',
  'SELECT array_remove(ARRAY[1, 2, 1, NULL], 1) a, array_remove(ARRAY[1, NULL], NULL) b, array_replace(ARRAY[1, 2, 1], 1, 9) c',
);
c(
  'array_append prepend cat',
  'SELECT array_append(ARRAY[1, 2], 3) a, array_prepend(0, ARRAY[1]) b, array_cat(ARRAY[1], ARRAY[2, 3]) c, ARRAY[1] || 2 d, 0 || ARRAY[1] e, ARRAY[1] || ARRAY[[2]] f',
);
c(
  'array_append on null',
  'SELECT array_append(NULL::int[], 1) a, NULL::int[] || 1 b, array_cat(NULL, ARRAY[1]) c',
);
c('array concat dimension mismatch', 'SELECT ARRAY[[1, 2]] || ARRAY[[[3]]]');
c('unnest single', 'SELECT unnest(nums) v FROM a WHERE id = 3', A);
c('unnest several arrays', "SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['a', 'b']) AS u(n, s)");
c('unnest with ordinality', "SELECT * FROM unnest(ARRAY['x', 'y']) WITH ORDINALITY AS u(v, i)");
c('unnest multidim flattens', 'SELECT unnest(ARRAY[[1, 2], [3, 4]]) v');
c('unnest in select with two srfs', "SELECT unnest(ARRAY[1, 2]) a, unnest(ARRAY['x', 'y', 'z']) b");
c('any with array', 'SELECT id FROM a WHERE 2 = ANY(nums) OR 7 = ANY(nums) ORDER BY id', A);
c(
  'any with null element',
  'SELECT 5 = ANY(ARRAY[1, NULL]) a, 1 = ANY(ARRAY[1, NULL]) b, 5 <> ALL(ARRAY[1, NULL]) c, 5 > ALL(ARRAY[]::int[]) d, 5 = ANY(NULL::int[]) e',
);
c('all with array', 'SELECT id FROM a WHERE 0 < ALL(nums) ORDER BY id', A);
c('array containment and overlap', "SELECT id FROM a WHERE tags && ARRAY['red', 'green'] ORDER BY id", A);
c(
  'array contains',
  'SELECT ARRAY[1, 2, 3] @> ARRAY[3, 1] a, ARRAY[1] <@ ARRAY[1, 2] b, ARRAY[1, NULL] @> ARRAY[NULL]::int[] c, ARRAY[1, 1] @> ARRAY[1] d',
);
c('array contains type mismatch', "SELECT ARRAY[1] @> ARRAY['1']");
c('array comparison and ordering', 'SELECT nums FROM a ORDER BY nums NULLS FIRST', A);
c(
  'array equality',
  "SELECT ARRAY[1, 2] = ARRAY[1, 2] a, ARRAY[1, 2] < ARRAY[1, 3] b, ARRAY[1, 2] < ARRAY[1, 2, 0] c, ARRAY[1, NULL] = ARRAY[1, NULL] d, '{1,2}'::int[] = ARRAY[1, 2] e",
);
c(
  'array_to_string with null',
  "SELECT array_to_string(ARRAY['a', NULL, 'c'], ',') a, array_to_string(ARRAY['a', NULL, 'c'], ',', '*') b, array_to_string(ARRAY[1, 2], '-') c",
);
c(
  'string_to_array',
  "SELECT string_to_array('a,b,,c', ',') a, string_to_array('a,b,,c', ',', '') b, string_to_array('abc', NULL) c, string_to_array('', ',') d",
);
c('array_agg', 'SELECT array_agg(id ORDER BY id DESC) a, array_agg(tags[1] ORDER BY id) b FROM a', A);
c('array_agg of arrays', 'SELECT array_agg(x) FROM (VALUES (ARRAY[1, 2]), (ARRAY[3, 4])) v(x)');
c('array_agg of arrays ragged fails', 'SELECT array_agg(x) FROM (VALUES (ARRAY[1, 2]), (ARRAY[3])) v(x)');
c(
  'array literal quoting output',
  "SELECT ARRAY['a b', 'c,d', 'NULL', '', 'e\"f', 'g\\\\h'] a, ARRAY['a b', 'NULL', '']::text a2",
);
c('array literal null spelling', 'SELECT \'{NULL, "NULL", null}\'::text[] a');
c('array literal malformed', "SELECT '{1,2'::int[]");
c('array literal bad element', "SELECT '{1,x}'::int[]");
c(
  'int array param',
  { sql: 'SELECT $1::int[] a, id FROM a WHERE id = ANY($1) ORDER BY id', params: [[1, 3]] },
  A,
);
c(
  'text array param with nulls',
  {
    sql: 'INSERT INTO a VALUES (9, $1, $2) RETURNING tags, nums',
    params: [
      ['x', null, 'y z', 'q"u', ''],
      [1, null],
    ],
  },
  A,
);
c('nested array param', {
  sql: 'SELECT $1::int[] a, array_dims($1::int[]) d',
  params: [
    [
      [1, 2],
      [3, 4],
    ],
  ],
});
c('empty array param', { sql: 'SELECT id FROM a WHERE id = ANY($1::int[])', params: [[]] }, A);
c(
  'array param untyped any',
  { sql: 'SELECT id FROM a WHERE id = ANY($1) ORDER BY id', params: [['1', '2']] },
  A,
);
c(
  'array param into text[] column',
  { sql: 'UPDATE a SET tags = $1 WHERE id = 2 RETURNING tags', params: [['a', 'b']] },
  A,
);
c('array param in IN list fails', { sql: 'SELECT id FROM a WHERE id IN ($1)', params: [[1, 2]] }, A);
c('array contains param', { sql: 'SELECT id FROM a WHERE tags @> $1 ORDER BY id', params: [['red']] }, A);
c('array param of dates', { sql: 'SELECT $1::date[] d', params: [[new Date('2024-01-02T00:00:00Z'), null]] });
c('array param of booleans', { sql: 'SELECT $1::bool[] b', params: [[true, false, null]] });
c('array param of json objects', { sql: 'SELECT $1::jsonb[] j', params: [[{ a: 1 }, null]] });
c(
  'array assign element',
  [
    'UPDATE a SET nums[2] = 99 WHERE id = 1',
    'UPDATE a SET nums[5] = 5 WHERE id = 1',
    'SELECT nums FROM a WHERE id = 1',
  ],
  A,
);
c(
  'array assign slice',
  ['UPDATE a SET nums[1:2] = ARRAY[8, 9] WHERE id = 1', 'SELECT nums FROM a WHERE id = 1'],
  A,
);
c(
  'array assign into null',
  ["UPDATE a SET tags[1] = 'x' WHERE id = 3", 'SELECT tags FROM a WHERE id = 3'],
  A,
);
c(
  'array_fill and generate_subscripts',
  "SELECT array_fill(7, ARRAY[3]) a, array_fill('x'::text, ARRAY[2, 2]) b, (SELECT array_agg(s) FROM generate_subscripts(ARRAY['a', 'b'], 1) s) c",
);
c('array of enum and uuid', "SELECT ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid] u");
c(
  'array_upper of multidim',
  'SELECT array_upper(ARRAY[[1,2,3],[4,5,6]], 2) u, array_length(ARRAY[[1,2,3],[4,5,6]], 1) l, cardinality(ARRAY[[1,2,3],[4,5,6]]) c',
);
c('trim_array', 'SELECT trim_array(ARRAY[1, 2, 3], 2) a');
c('array text[] vs varchar[] column', "INSERT INTO t VALUES ('{abcdef}')", 'CREATE TABLE t (v varchar(3)[])');
c(
  'array distinct and group by',
  'SELECT nums, count(*) FROM (VALUES (ARRAY[1]), (ARRAY[1]), (ARRAY[2])) v(nums) GROUP BY nums ORDER BY nums',
);
c('array subscripts on function result', "SELECT (string_to_array('a,b,c', ','))[2] v");
c('array of text to int cast', "SELECT ARRAY['1', '2']::int[] a, '{1,2}'::text[]::int[] b");
// ---- composite
c('row constructor output', "SELECT ROW(1, 'a', NULL) r, (1, 'b') s");
c('composite type column', [
  'CREATE TYPE addr AS (street text, zip int)',
  'CREATE TABLE c (id int, a addr)',
  "INSERT INTO c VALUES (1, ROW('Main St', 12345)), (2, '(\"Elm, 2\",)')",
  'SELECT id, a, (a).street, (a).zip FROM c ORDER BY id',
]);
c('composite field update', [
  'CREATE TYPE addr AS (street text, zip int)',
  'CREATE TABLE c (id int, a addr)',
  "INSERT INTO c VALUES (1, ROW('Main', 1))",
  'UPDATE c SET a.zip = 99',
  'SELECT (a).zip FROM c',
]);
c(
  'row comparison',
  'SELECT (1, 2) < (1, 3) a, (1, NULL) = (1, NULL) b, (1, 2) IS DISTINCT FROM (1, NULL) c, ROW(1, 2) = ROW(1, 2) d',
);
c('row comparison arity mismatch', 'SELECT (1, 2) = (1, 2, 3)');
c(
  'row comparison in where keyset',
  'SELECT id FROM t WHERE (a, id) > (1, 2) ORDER BY a, id',
  'CREATE TABLE t (id int, a int); INSERT INTO t VALUES (1, 1), (2, 1), (3, 1), (4, 2)',
);
c('row_to_json of row constructor', "SELECT row_to_json(ROW(1, 'x')) a, to_jsonb(ROW(1, 'x')) b");
c(
  'table row as composite',
  'SELECT t FROM t ORDER BY id',
  "CREATE TABLE t (id int, name text); INSERT INTO t VALUES (1, 'a b'), (2, NULL)",
);
c('composite star expansion', "CREATE TYPE pair AS (x int, y text); SELECT (ROW(1, 'a')::pair).*");
c(
  'composite literal cast',
  "CREATE TYPE pair AS (x int, y text); SELECT '(5,hello)'::pair AS p, ('(5,hello)'::pair).y AS y",
);
c('composite bad literal', "CREATE TYPE pair AS (x int, y text); SELECT '(x,hello)'::pair");
c(
  'composite is null',
  'SELECT ROW(NULL, NULL) IS NULL a, ROW(1, NULL) IS NULL b, ROW(1, NULL) IS NOT NULL c',
);
// ---- ranges
c(
  'int4range canonical',
  "SELECT int4range(1, 5) a, int4range(1, 5, '[]') b, '(1,5]'::int4range c, int4range(5, 5) d, '[3,3]'::int4range e",
);
c('numrange not canonical', "SELECT numrange(1.5, 2.5, '(]') a, '[1.0,2)'::numrange b");
c(
  'daterange canonical',
  "SELECT daterange('2024-01-01', '2024-01-31', '[]') a, '(2024-01-01,2024-01-05)'::daterange b",
);
c(
  'tsrange output',
  "SELECT tsrange('2024-01-01 10:00', '2024-01-01 12:00') a, tstzrange('2024-01-01 10:00+00', NULL) b",
);
c(
  'range empty and infinite bounds',
  "SELECT 'empty'::int4range a, '(,)'::int4range b, int4range(NULL, 5) c, isempty('empty'::int4range) d, lower_inf(int4range(NULL, 5)) e",
);
c(
  'range lower upper',
  "SELECT lower(int4range(1, 5, '(]')) l, upper(int4range(1, 5, '(]')) u, lower('empty'::int4range) e, lower_inc('[1,5)'::int4range) li, upper_inc(numrange(1, 2, '[]')) ui",
);
c('range invalid bounds', 'SELECT int4range(5, 1)');
c('range invalid literal', "SELECT '[1,2'::int4range");
c(
  'range operators',
  'SELECT int4range(1, 10) @> 5 a, int4range(1, 10) @> int4range(2, 3) b, int4range(1, 5) && int4range(5, 8) c, int4range(1, 5) -|- int4range(5, 8) d, 3 <@ int4range(1, 3) e',
);
c(
  'range set operators',
  'SELECT int4range(1, 10) * int4range(5, 15) a, int4range(1, 5) + int4range(5, 8) b, int4range(1, 10) - int4range(5, 15) c, int4range(1, 3) * int4range(5, 8) d',
);
c('range union not contiguous fails', 'SELECT int4range(1, 3) + int4range(5, 8)');
c('range difference splitting fails', 'SELECT int4range(1, 10) - int4range(4, 5)');
c(
  'range ordering and strictly left',
  "SELECT int4range(1, 3) << int4range(5, 6) a, int4range(1, 3) &< int4range(2, 4) b, r FROM (VALUES (int4range(2, 3)), ('empty'), (int4range(1, 9)), (int4range(NULL, 1))) v(r) ORDER BY r",
);
c(
  'range column and containment query',
  "SELECT id FROM r WHERE during @> '2024-01-05'::date ORDER BY id",
  "CREATE TABLE r (id int, during daterange); INSERT INTO r VALUES (1, '[2024-01-01,2024-01-10)'), (2, '[2024-01-06,2024-01-20)'), (3, NULL)",
);
c('range param', { sql: 'SELECT $1::int4range @> $2::int a, $1::int4range t', params: ['[1,5]', 3] });
c(
  'multirange literal',
  "SELECT '{[1,3), [5,8)}'::int4multirange a, '{[1,3), [2,8)}'::int4multirange b, '{}'::int4multirange c",
);
c(
  'multirange functions',
  "SELECT int4multirange(int4range(1, 3), int4range(5, 8)) a, range_merge('{[1,3), [5,8)}'::int4multirange) m, multirange(int4range(1, 2)) s",
);
c(
  'multirange operators',
  "SELECT '{[1,3), [5,8)}'::int4multirange @> 6 a, '{[1,3)}'::int4multirange + '{[3,5)}'::int4multirange b, int4range(1, 10)::int4multirange - '{[4,5)}'::int4multirange c",
);
c(
  'range_agg',
  'SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (int4range(8, 9))) v(r)',
);
c('exclude constraint overlapping', [
  'CREATE EXTENSION IF NOT EXISTS btree_gist',
  'CREATE TABLE bk (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))',
  "INSERT INTO bk VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
  "INSERT INTO bk VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')",
]);
c('exclude constraint range only', [
  'CREATE TABLE bk (during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO bk VALUES ('[1,5)'), ('[5,9)')",
  "INSERT INTO bk VALUES ('[3,6)')",
]);
c(
  'daterange with infinity',
  "SELECT daterange('2024-01-01', 'infinity') a, upper_inf(daterange('2024-01-01', NULL)) b",
);
// ---- domains
c('domain check violation', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'CREATE TABLE t (n posint)',
  'INSERT INTO t VALUES (0)',
]);
c('domain not null', [
  'CREATE DOMAIN nn AS text NOT NULL',
  'CREATE TABLE t (n nn)',
  'INSERT INTO t VALUES (NULL)',
]);
c('domain not null with default missing', [
  'CREATE DOMAIN nn AS text NOT NULL',
  'CREATE TABLE t (id int, n nn)',
  'INSERT INTO t (id) VALUES (1)',
]);
c('cast to domain checks', ['CREATE DOMAIN posint AS int CHECK (VALUE > 0)', 'SELECT (-1)::posint']);
c('cast to domain ok and type', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'SELECT 5::posint v, pg_typeof(5::posint)::text t',
]);
c('domain named constraint', [
  "CREATE DOMAIN email AS text CONSTRAINT email_at CHECK (VALUE LIKE '%@%')",
  'CREATE TABLE t (e email)',
  "INSERT INTO t VALUES ('nope')",
]);
c('domain over varchar length', [
  'CREATE DOMAIN code AS varchar(3)',
  'CREATE TABLE t (c code)',
  "INSERT INTO t VALUES ('abcd')",
]);
c('domain arithmetic result type', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'CREATE TABLE t (n posint)',
  'INSERT INTO t VALUES (5)',
  'SELECT n - 10 AS v, pg_typeof(n - 10)::text AS t FROM t',
]);
c('domain update violation', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'CREATE TABLE t (n posint)',
  'INSERT INTO t VALUES (5)',
  'UPDATE t SET n = n - 10',
]);
c(
  'domain param violation',
  { sql: 'INSERT INTO t VALUES ($1)', params: [-3] },
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0); CREATE TABLE t (n posint)',
);
c('domain alter add constraint', [
  'CREATE DOMAIN posint AS int',
  'CREATE TABLE t (n posint)',
  'INSERT INTO t VALUES (-1)',
  'ALTER DOMAIN posint ADD CONSTRAINT pos CHECK (VALUE > 0)',
]);
c('domain default', [
  "CREATE DOMAIN st AS text DEFAULT 'new'",
  'CREATE TABLE t (id int, s st)',
  'INSERT INTO t (id) VALUES (1) RETURNING s',
]);
c('domain array', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'SELECT ARRAY[1, 2]::posint[] a',
  'SELECT ARRAY[1, -2]::posint[]',
]);
// ---- type conversion chapter 10
c('unknown literal resolves to text in concat', "SELECT 'a' || 'b' a, pg_typeof('a' || 'b')::text t");
c('unknown literal in select list is text', "SELECT pg_typeof('x')::text t");
c('operator with unknown and int', "SELECT 1 + '2' a, pg_typeof(1 + '2')::text t");
c('operator with unknown invalid int', "SELECT 1 + 'x'");
c(
  'function overload unknown literal',
  "SELECT length('abc') a, abs('-5') b, round('2.5') c, pg_typeof(abs('-5'))::text t",
);
c('function not unique', "SELECT abs('-5'::unknown)");
c('function does not exist with hint', 'SELECT lower(5)');
c('operator does not exist', "SELECT 'a'::text + 1");
c('union type resolution', 'SELECT 1 AS v UNION SELECT 2.5 ORDER BY v');
c('union int and text fails', "SELECT 1 UNION SELECT 'a'::text");
c('union unknown and int', "SELECT 1 UNION SELECT '2' ORDER BY 1");
c('union unknown invalid int', "SELECT 1 UNION SELECT 'x'");
c(
  'union of unknowns is text',
  "SELECT pg_typeof(v)::text FROM (SELECT 'a' AS v UNION ALL SELECT 'b') s LIMIT 1",
);
c(
  'union three way resolution',
  'SELECT pg_typeof(v)::text t FROM (SELECT NULL AS v UNION ALL SELECT 1 UNION ALL SELECT 2.5) s LIMIT 1',
);
c(
  'case type resolution',
  'SELECT CASE WHEN true THEN 1 ELSE 2.5 END a, pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)::text t',
);
c('case int and text fails', "SELECT CASE WHEN true THEN 1 ELSE 'x'::text END");
c('case int and unknown', "SELECT CASE WHEN false THEN 1 ELSE '7' END a");
c('coalesce type resolution', 'SELECT coalesce(NULL, 1, 2.5) a, pg_typeof(coalesce(1, 2::int8))::text t');
c('coalesce mismatched fails', "SELECT coalesce(1, 'x'::text)");
c('values type resolution', 'SELECT pg_typeof(v)::text FROM (VALUES (1), (2.5), (NULL)) t(v) LIMIT 1');
c('values mismatched fails', "SELECT * FROM (VALUES (1), ('a'::text)) t(v)");
c(
  'greatest least resolution',
  "SELECT greatest(1, 2.5, NULL) g, least('b', 'a') l, pg_typeof(greatest(1, 2::int8))::text t",
);
c('in list type resolution', "SELECT 1 IN (1.0, 2) a, '1' IN (1, 2) b");
c('in list mismatched fails', "SELECT 1 IN ('a'::text)");
c('nullif resolution', "SELECT nullif(1, 1.0) a, nullif('a', 'b') b");
c(
  'insert numeric into int assignment cast',
  'INSERT INTO t VALUES (2.5), (3.5) RETURNING n',
  'CREATE TABLE t (n int)',
);
c(
  'insert text expression into int fails 42804',
  "INSERT INTO t VALUES ('5'::text)",
  'CREATE TABLE t (n int)',
);
c('insert unknown literal into int 22P02', "INSERT INTO t VALUES ('x')", 'CREATE TABLE t (n int)');
c('insert int into text column', 'INSERT INTO t VALUES (5) RETURNING s', 'CREATE TABLE t (s text)');
c('insert bool into int fails', 'INSERT INTO t VALUES (true)', 'CREATE TABLE t (n int)');
c('insert int into bool fails', 'INSERT INTO t VALUES (1)', 'CREATE TABLE t (b boolean)');
c(
  'update text column into int',
  'UPDATE t SET n = s',
  "CREATE TABLE t (n int, s text); INSERT INTO t VALUES (1, '2')",
);
c('insert select with assignment', 'INSERT INTO t SELECT 1.7::float8 RETURNING n', 'CREATE TABLE t (n int)');
c('insert select text into int fails', "INSERT INTO t SELECT 'x'::varchar", 'CREATE TABLE t (n int)');
c(
  'insert float into numeric column',
  'INSERT INTO t VALUES (0.1::float8), (1e20::float4) RETURNING n',
  'CREATE TABLE t (n numeric)',
);
c(
  'insert timestamp into date column',
  "INSERT INTO t VALUES (timestamp '2024-01-02 23:59') RETURNING d",
  'CREATE TABLE t (d date)',
);
c(
  'insert date into text via function',
  "INSERT INTO t VALUES (date '2024-01-02') RETURNING s",
  'CREATE TABLE t (s text)',
);
c(
  'colon cast vs CAST vs prefix',
  "SELECT '5'::int a, CAST('5' AS int) b, int '5' c, int4 '6' d, date '2024-01-01' e, interval '1 day' f",
);
c('function style cast', "SELECT int4('5') a, text(5) b, float8(1) c, numeric('1.5') d");
c('cast precedence with minus', 'SELECT -1::text a, (-1)::text b');
c('cast chain', "SELECT '1.5'::numeric::int::text::int a");
c('cast int to text implicit in function', 'SELECT length(12345::text) a, substr(12345::text, 2) b');
c('implicit cast int to text in function fails', 'SELECT length(12345)');
c(
  'result type oids of literals',
  "SELECT 1 a, 1.5 b, 'x' c, true d, NULL e, 1e3 f, 3000000000 g, ARRAY[1] h, '{}'::jsonb i",
);
c(
  'result type oids of casts',
  "SELECT 1::int2 a, 1::oid b, 'x'::name c, 'x'::varchar(3) d, 'x'::char(2) e, now()::timestamp f, now() g, 1::money h, 'x'::bytea i",
);
c('result type of untyped null column', 'SELECT NULL AS n, pg_typeof(NULL)::text t');
c(
  'regclass and regtype casts',
  "SELECT 't'::regclass::text a, 'int4'::regtype::text b, 'integer'::regtype::oid c",
  'CREATE TABLE t (n int)',
);
c('regclass invalid', "SELECT 'nope'::regclass");
c('integer to oid and text', "SELECT 23::regtype::text a, 'pg_catalog.text'::regtype b");
c('text to json cast', `SELECT '{"a":1}'::text::jsonb a, to_json('x'::text) b, 'x'::text::json c`);
c('text to json invalid', `SELECT 'x'::text::json`);
// ---- parameters
c('param number string bool null', {
  sql: 'SELECT $1::int a, $2::text b, $3::bool c, $4::int d',
  params: [5, 'hi', true, null],
});
c('param untyped select', { sql: 'SELECT $1 AS v, pg_typeof($1)::text t', params: ['x'] });
c('param untyped number arrives as text', { sql: 'SELECT $1 AS v', params: [42] });
c('param cannot infer', { sql: 'SELECT $1 IS NULL AS v', params: [null] });
c('param cannot infer in concat both', { sql: 'SELECT $1 || $2 AS v', params: ['a', 'b'] });
c(
  'param inferred from column',
  { sql: 'SELECT id FROM t WHERE n = $1', params: ['5'] },
  'CREATE TABLE t (id int, n int); INSERT INTO t VALUES (1, 5)',
);
c(
  'param invalid for inferred int',
  { sql: 'SELECT id FROM t WHERE n = $1', params: ['abc'] },
  'CREATE TABLE t (id int, n int)',
);
c(
  'param float for int column',
  { sql: 'SELECT id FROM t WHERE n = $1', params: [5.5] },
  'CREATE TABLE t (id int, n int)',
);
c('param inconsistent types', { sql: 'SELECT $1::int AS a, $1::text AS b', params: ['5'] });
c(
  'param used as int and text via context',
  { sql: 'SELECT id FROM t WHERE n = $1 AND s = $1', params: ['5'] },
  "CREATE TABLE t (id int, n int, s text); INSERT INTO t VALUES (1, 5, '5')",
);
c('param in limit offset', {
  sql: 'SELECT g FROM generate_series(1, 10) g ORDER BY g LIMIT $1 OFFSET $2',
  params: [3, 2],
});
c('param limit as string', {
  sql: 'SELECT g FROM generate_series(1, 10) g ORDER BY g LIMIT $1',
  params: ['2'],
});
c('param limit negative', { sql: 'SELECT g FROM generate_series(1, 10) g LIMIT $1', params: [-1] });
c('param limit null is all', {
  sql: 'SELECT count(*) FROM (SELECT g FROM generate_series(1, 10) g LIMIT $1) s',
  params: [null],
});
c(
  'param in IN list',
  { sql: 'SELECT id FROM t WHERE id IN ($1, $2, $3) ORDER BY id', params: [1, '2', null] },
  'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'param any array',
  { sql: 'SELECT id FROM t WHERE id = ANY($1::int[]) ORDER BY id', params: [[1, 3]] },
  'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'param not all',
  { sql: 'SELECT id FROM t WHERE id <> ALL($1) ORDER BY id', params: [[1, 3]] },
  'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'param Date into date column',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING d', params: [new Date('2024-06-15T12:00:00Z')] },
  'CREATE TABLE t (d date)',
);
c('param Buffer untyped', {
  sql: 'SELECT $1::bytea AS b, length($1::bytea) AS l',
  params: [Buffer.from('hi')],
});
c(
  'param object into json column',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j', params: [{ b: 1, a: [1, { c: null }] }] },
  'CREATE TABLE t (j json)',
);
c(
  'param object into text column',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING s', params: [{ a: 1 }] },
  'CREATE TABLE t (s text)',
);
c('param bigint string arithmetic', { sql: 'SELECT $1::int8 * 2 AS v', params: ['4611686018427387904'] });
c('param numeric string precision', { sql: 'SELECT $1::numeric + $2::numeric AS v', params: ['0.1', '0.2'] });
c('param in arithmetic infers int', { sql: 'SELECT $1 + 1 AS v, pg_typeof($1 + 1)::text t', params: ['4'] });
c('param in arithmetic with decimal string fails', { sql: 'SELECT $1 + 1 AS v', params: ['4.5'] });
c('param compared with numeric literal', { sql: 'SELECT $1 > 1.5 AS v', params: ['2'] });
c('param in function infers', { sql: 'SELECT length($1) AS l, upper($1) u', params: ['abc'] });
c(
  'param in coalesce with column',
  { sql: 'SELECT coalesce(n, $1) AS v FROM t', params: ['7'] },
  'CREATE TABLE t (n int); INSERT INTO t VALUES (NULL)',
);
c(
  'param in case branch',
  { sql: 'SELECT CASE WHEN n > 0 THEN $1 ELSE 0 END AS v FROM t', params: ['7'] },
  'CREATE TABLE t (n int); INSERT INTO t VALUES (1)',
);
c(
  'param in update set',
  { sql: 'UPDATE t SET n = $1, s = $2 RETURNING n, s', params: ['9', 10] },
  "CREATE TABLE t (n int, s text); INSERT INTO t VALUES (1, 'a')",
);
c(
  'param in insert select',
  { sql: 'INSERT INTO t SELECT $1, $2 RETURNING *', params: ['9', 10] },
  'CREATE TABLE t (n int, s text)',
);
c('param in values of cte', {
  sql: 'WITH v(x) AS (VALUES ($1::int), ($2::int)) SELECT sum(x) s FROM v',
  params: [1, 2],
});
c('param extra parameter count mismatch', { sql: 'SELECT $1::int AS v', params: [1, 2] });
c('param missing', { sql: 'SELECT $2::int AS v', params: [1] });
c(
  'param like pattern',
  { sql: 'SELECT s FROM t WHERE s LIKE $1 ORDER BY s', params: ['a%'] },
  "CREATE TABLE t (s text); INSERT INTO t VALUES ('ab'), ('ba'), ('ac')",
);
c(
  'param ilike with concat',
  { sql: "SELECT s FROM t WHERE s ILIKE '%' || $1 || '%' ORDER BY s", params: ['B'] },
  "CREATE TABLE t (s text); INSERT INTO t VALUES ('ab'), ('ba'), ('cc')",
);
c(
  'param timestamptz compare',
  { sql: 'SELECT id FROM t WHERE at > $1 ORDER BY id', params: [new Date('2024-01-01T00:00:00Z')] },
  "CREATE TABLE t (id int, at timestamptz); INSERT INTO t VALUES (1, '2023-12-31'), (2, '2024-06-01')",
);
c(
  'param jsonb containment object',
  { sql: 'SELECT id FROM t WHERE j @> $1 ORDER BY id', params: [{ a: 1 }] },
  `CREATE TABLE t (id int, j jsonb); INSERT INTO t VALUES (1, '{"a":1,"b":2}'), (2, '{"a":2}')`,
);
c('param boolean into text', { sql: 'SELECT $1::text AS v', params: [false] });
c('param Date untyped', { sql: 'SELECT $1 AS v', params: [new Date('2024-01-01T00:00:00Z')] });
c(
  'param number into numeric column',
  { sql: 'INSERT INTO t VALUES ($1), ($2) RETURNING n', params: [0.1, 1e21] },
  'CREATE TABLE t (n numeric)',
);
c('param nested arrays text', {
  sql: 'SELECT $1::text[] v',
  params: [
    [
      ['a', 'b'],
      ['c', null],
    ],
  ],
});
c('param sum of typed and untyped', { sql: 'SELECT $1::int + $2 AS v', params: [1, '2'] });
c('param in between', {
  sql: 'SELECT g FROM generate_series(1, 5) g WHERE g BETWEEN $1 AND $2 ORDER BY g',
  params: [2, '4'],
});
c('param ordering by param fails silently?', {
  sql: 'SELECT g FROM generate_series(1, 3) g ORDER BY $1',
  params: [1],
});
c('param in interval multiplication', { sql: "SELECT interval '1 day' * $1 AS v", params: [3] });
c('param in date plus int', { sql: "SELECT date '2024-01-01' + $1 AS v", params: [3] });
c('param in make_interval', { sql: 'SELECT make_interval(days => $1) AS v', params: [2] });
export default cases;
