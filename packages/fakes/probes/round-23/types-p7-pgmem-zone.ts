// Round 23 area C, part 7: deeper variations in the shapes pg-mem answers (jsonb, params, numeric, arrays, text).
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "tags": ["red", "blue"], "n": null}'), (2, '{"a": 2, "tags": ["green"], "price": 10}'), (3, '[1, "two", null, true]'), (4, '"scalar"'), (5, NULL)`;
// jsonb operators on varied documents
c(
  'j arrow on all docs',
  `SELECT id, doc -> 'a' a, doc ->> 'a' b, doc -> 1 c, doc ->> 1 d FROM d ORDER BY id`,
  J,
);
c('j arrow negative index', `SELECT id, doc -> -1 a, doc ->> -2 b, doc -> -10 c FROM d ORDER BY id`, J);
c(
  'j path ops on all docs',
  `SELECT id, doc #> '{b,c,0}' a, doc #>> '{tags,0}' b, doc #> '{}' c, doc #>> '{1}' d FROM d ORDER BY id`,
  J,
);
c(
  'j path ops with negative index',
  `SELECT id, doc #> '{tags,-1}' a, doc #>> '{b,c,-1,d}' b FROM d ORDER BY id`,
  J,
);
c(
  'j containment all docs',
  `SELECT id, doc @> '{"a": 1}' a, doc @> '[1]' b, doc @> '"scalar"' c, doc <@ '{"a": 2, "tags": ["green", "x"], "price": 10}' d FROM d ORDER BY id`,
  J,
);
c('j containment nested', `SELECT id FROM d WHERE doc @> '{"b": {"c": [{"d": "x"}]}}'`, J);
c('j containment empty object', `SELECT id, doc @> '{}' a, doc @> '[]' b FROM d ORDER BY id`, J);
c(
  'j exists all docs',
  `SELECT id, doc ? 'a' a, doc ? 'two' b, doc ? 'scalar' c, doc ?| '{a,zz}' d, doc ?& '{}' e FROM d ORDER BY id`,
  J,
);
c(
  'j concat all docs',
  `SELECT id, doc || '{"z": 0}' a, doc || '[9]' b, doc || 'null' c FROM d ORDER BY id`,
  J,
);
c('j delete key all docs', `SELECT id, doc - 'a' a, doc - 'two' b, doc - 0 c FROM d ORDER BY id`, J);
c('j delete index on object fails', `SELECT doc - 0 FROM d WHERE id = 1`, J);
c(
  'j delete path all docs',
  `SELECT id, doc #- '{a}' a, doc #- '{0}' b, doc #- '{b,c,1}' c FROM d WHERE id < 4 ORDER BY id`,
  J,
);
c('j delete path on scalar fails', `SELECT doc #- '{a}' FROM d WHERE id = 4`, J);
c(
  'j set variants',
  `SELECT id, jsonb_set(doc, '{tags,0}', '"X"') a, jsonb_set(doc, '{tags,-5}', '"Y"') b, jsonb_set(doc, '{new,deep}', '1') c FROM d WHERE id IN (1, 2) ORDER BY id`,
  J,
);
c(
  'j set on array root',
  `SELECT jsonb_set(doc, '{0}', '"first"') a, jsonb_set(doc, '{10}', '"end"') b, jsonb_set(doc, '{-10}', '"start"') c FROM d WHERE id = 3`,
  J,
);
c('j set on scalar fails', `SELECT jsonb_set(doc, '{a}', '1') FROM d WHERE id = 4`, J);
c('j set non-integer array index fails', `SELECT jsonb_set(doc, '{x}', '1') FROM d WHERE id = 3`, J);
c('j set empty path', `SELECT jsonb_set(doc, '{}', '1') FROM d WHERE id = 1`, J);
c('j set null path', `SELECT jsonb_set(doc, NULL, '1') IS NULL a FROM d WHERE id = 1`, J);
c(
  'j set with to_jsonb param',
  {
    sql: `UPDATE d SET doc = jsonb_set(doc, '{a}', to_jsonb($1::int)) WHERE id = 1 RETURNING doc -> 'a' AS a`,
    params: [42],
  },
  J,
);
c(
  'j set with text param to jsonb',
  {
    sql: `UPDATE d SET doc = jsonb_set(doc, ARRAY[$1], $2::jsonb) WHERE id = 1 RETURNING doc`,
    params: ['k', '"v"'],
  },
  J,
);
c(
  'j set with param path text array',
  {
    sql: `UPDATE d SET doc = jsonb_set(doc, $1, $2) WHERE id = 2 RETURNING doc`,
    params: [['tags', '0'], JSON.stringify('blue')],
  },
  J,
);
c(
  'j concat param object',
  { sql: `UPDATE d SET doc = doc || $1 WHERE id = 2 RETURNING doc`, params: [{ a: 3, extra: [1] }] },
  J,
);
c(
  'j concat param string',
  { sql: `UPDATE d SET doc = doc || $1::jsonb WHERE id = 2 RETURNING doc`, params: ['{"a": 3}'] },
  J,
);
c(
  'j contains param string',
  { sql: `SELECT id FROM d WHERE doc @> $1::jsonb ORDER BY id`, params: ['{"tags": ["red"]}'] },
  J,
);
c(
  'j arrow param key and compare',
  { sql: `SELECT id FROM d WHERE doc ->> $1 = $2 ORDER BY id`, params: ['a', '2'] },
  J,
);
c('j arrow param index', { sql: `SELECT doc -> $1::int AS v FROM d WHERE id = 3`, params: [1] }, J);
c('j exists param', { sql: `SELECT id FROM d WHERE doc ? $1 ORDER BY id`, params: ['price'] }, J);
c(
  'j exists any param array',
  { sql: `SELECT id FROM d WHERE doc ?| $1 ORDER BY id`, params: [['price', 'n']] },
  J,
);
c('j path param', { sql: `SELECT doc #>> $1 AS v FROM d WHERE id = 1`, params: [['b', 'c', '2', 'd']] }, J);
c('j typeof all docs', `SELECT id, jsonb_typeof(doc) t, jsonb_typeof(doc -> 'a') a FROM d ORDER BY id`, J);
c(
  'j array length all docs',
  `SELECT id, jsonb_array_length(doc -> 'tags') l FROM d WHERE id < 3 ORDER BY id`,
  J,
);
c('j object keys', `SELECT jsonb_object_keys(doc) k FROM d WHERE id = 2`, J);
c('j strip nulls', `SELECT jsonb_strip_nulls(doc) s FROM d WHERE id IN (1, 3) ORDER BY id`, J);
c('j equality across docs', `SELECT a.id, b.id FROM d a JOIN d b ON a.doc = b.doc AND a.id < b.id`, J);
c('j not equal null', `SELECT count(*) FROM d WHERE doc <> '{}'`, J);
c(
  'j is null vs json null',
  `SELECT id, doc -> 'n' IS NULL a, doc -> 'n' = 'null' b, doc ->> 'n' IS NULL c FROM d WHERE id = 1`,
  J,
);
c(
  'j coalesce arrow default',
  `SELECT id, coalesce(doc ->> 'price', '0')::int p FROM d WHERE id < 3 ORDER BY id`,
  J,
);
c(
  'j arrow cast numeric',
  `SELECT id, (doc -> 'price')::numeric p, (doc ->> 'price')::numeric q FROM d WHERE id = 2`,
  J,
);
c('j arrow cast bool', `SELECT (doc -> 3)::bool b, (doc ->> 3)::bool c FROM d WHERE id = 3`, J);
c('j arrow text cast int failing', `SELECT (doc ->> 1)::int FROM d WHERE id = 3`, J);
c('j count where arrow', `SELECT count(*) FILTER (WHERE doc ? 'tags') t FROM d`, J);
c(
  'j build object from columns',
  `SELECT jsonb_build_object('id', id, 'has', doc ? 'a') o FROM d WHERE id < 3 ORDER BY id`,
  J,
);
c('j agg of column', `SELECT jsonb_agg(doc -> 'a') a FROM d WHERE id < 3`, J);
c(
  'j to_jsonb of text and int',
  `SELECT to_jsonb(id) a, to_jsonb(id::text) b, to_jsonb(true) c FROM d WHERE id = 1`,
  J,
);
c(
  'j insert returning numbers',
  `INSERT INTO d VALUES (9, '{"x": 1.5, "y": -0.25, "z": 100, "big": 1e3}') RETURNING doc`,
  J,
);
c(
  'j insert returning unicode',
  `INSERT INTO d VALUES (9, '{"s": "é\\n\\t\\"q\\\\"}') RETURNING doc, doc ->> 's' s`,
  J,
);
c('j insert nested empty', `INSERT INTO d VALUES (9, '{"a": {}, "b": [], "c": [[]]}') RETURNING doc`, J);
c(
  'j update key to null',
  [
    `UPDATE d SET doc = jsonb_set(doc, '{a}', 'null') WHERE id = 1`,
    `SELECT doc -> 'a' a, doc ->> 'a' IS NULL n FROM d WHERE id = 1`,
  ],
  J,
);
c(
  'j update whole to sql null',
  [`UPDATE d SET doc = NULL WHERE id = 1`, `SELECT doc IS NULL n FROM d WHERE id = 1`],
  J,
);
c(
  'j update with json null literal',
  [`UPDATE d SET doc = 'null' WHERE id = 1`, `SELECT doc IS NULL n, jsonb_typeof(doc) t FROM d WHERE id = 1`],
  J,
);
c(
  'j param null vs json null',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc IS NULL AS n', params: [null] },
  J,
);
c(
  'j param string null',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc IS NULL AS n, jsonb_typeof(doc) t', params: ['null'] },
  J,
);
c(
  'j param array of strings',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [JSON.stringify(['a', 'b'])] },
  J,
);
c('j param JS array raw fails', { sql: 'INSERT INTO d VALUES (9, $1)', params: [['a', 'b']] }, J);
c(
  'j param JS array of numbers raw',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [[1, 2]] },
  J,
);
c('j param number zero', { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [0] }, J);
c(
  'j param big number',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [{ n: 12345678901234567000 }] },
  J,
);
c(
  'j param float',
  { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [{ n: 0.1, m: 1e-7, k: 1e21 }] },
  J,
);
c('j param negative zero', { sql: 'INSERT INTO d VALUES (9, $1) RETURNING doc', params: [{ n: -0 }] }, J);
// numeric variations
c(
  'n typmod rounding half cases',
  'INSERT INTO t VALUES (0.125), (-0.125), (0.135), (0.005), (-0.005), (99.994), (-99.995) RETURNING a',
  'CREATE TABLE t (a numeric(4,2))',
);
c(
  'n typmod text inputs',
  "INSERT INTO t VALUES ('1e1'), (' 2.5 '), ('-0'), ('+3.333') RETURNING a",
  'CREATE TABLE t (a numeric(4,2))',
);
c('n typmod invalid text', "INSERT INTO t VALUES ('1,5')", 'CREATE TABLE t (a numeric(4,2))');
c(
  'n typmod param numbers',
  { sql: 'INSERT INTO t VALUES ($1), ($2), ($3) RETURNING a', params: [1.005, -2.5, 12] },
  'CREATE TABLE t (a numeric(4,2))',
);
c(
  'n typmod param overflow',
  { sql: 'INSERT INTO t VALUES ($1)', params: [100] },
  'CREATE TABLE t (a numeric(4,2))',
);
c(
  'n typmod update from expression',
  ['UPDATE t SET a = a * 1.111', 'SELECT a FROM t'],
  'CREATE TABLE t (a numeric(4,2)); INSERT INTO t VALUES (9.99)',
);
c(
  'n typmod update overflow',
  'UPDATE t SET a = a * 100',
  'CREATE TABLE t (a numeric(4,2)); INSERT INTO t VALUES (9.99)',
);
c(
  'n unconstrained keeps digits',
  'INSERT INTO t VALUES (1.000), (0.10), (123456789.123456789) RETURNING a',
  'CREATE TABLE t (a numeric)',
);
c(
  'n unconstrained param keeps digits',
  { sql: 'INSERT INTO t VALUES ($1), ($2) RETURNING a', params: ['1.000', '0.10'] },
  'CREATE TABLE t (a numeric)',
);
c(
  'n column sum keeps scale',
  'SELECT sum(a) s, max(a) m, min(a) n FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.10), (2.005), (3)',
);
c(
  'n column avg scale',
  'SELECT avg(a) v FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1), (2), (2)',
);
c('n int avg scale', 'SELECT avg(a) v FROM t', 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (2)');
c(
  'n bigint sum type',
  'SELECT sum(a) s, pg_typeof(sum(a))::text t FROM t',
  'CREATE TABLE t (a bigint); INSERT INTO t VALUES (9223372036854775807), (1)',
);
c(
  'n int arithmetic with numeric literal',
  'SELECT a * 1.5 m, a + 0.10 p, a / 2.0 d FROM t',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (3)',
);
c(
  'n comparisons int numeric',
  'SELECT a = 3.0 e, a < 3.5 l, a IN (3.0, 4) i FROM t',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (3)',
);
c(
  'n rounding functions column',
  'SELECT round(a) r, round(a, 1) r1, ceil(a) c, floor(a) f, trunc(a, 1) t, abs(a) b, sign(a) s FROM t ORDER BY a',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (2.45), (-2.45), (2.5), (-2.5), (0)',
);
c(
  'n float rounding functions column',
  'SELECT round(a) r, ceil(a) c, floor(a) f, trunc(a) t FROM t ORDER BY a',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (2.5), (-2.5), (0.5), (-0.5), (1.5)',
);
c(
  'n mod and div column',
  'SELECT a % 3 m, mod(a, 3) n, div(a, 3) d FROM t ORDER BY a',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (7.5), (-7.5)',
);
c(
  'n power and sqrt column',
  'SELECT power(a, 2) p, sqrt(a) s FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (2)',
);
c('n sqrt negative', 'SELECT sqrt(-1::numeric)');
c('n log ln exp', 'SELECT ln(10::numeric) a, log(100::numeric) b, exp(1::numeric) c, log(2, 8) d');
c(
  'n float8 functions',
  'SELECT sqrt(2::float8) a, ln(2::float8) b, exp(1::float8) c, pi() d, power(2::float8, 0.5) e',
);
c(
  'n float8 column arithmetic output',
  'SELECT a * 3 m, a / 3 d, a + 0.2 p FROM t',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (0.1)',
);
c('n float8 param arithmetic', { sql: 'SELECT $1::float8 * 3 AS m', params: [0.1] });
c('n int param arithmetic overflow', { sql: 'SELECT $1::int * 2 AS m', params: [2000000000] });
c(
  'n int column plus param',
  { sql: 'SELECT a + $1 AS v FROM t', params: [2147483647] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c('n greatest least numeric', 'SELECT greatest(1, 2.5, 2) g, least(1.50, 2) l');
c('n numeric text cast', 'SELECT 1.50::text a, 0.1::numeric::text b, 1e3::numeric::text c, (1.0/3)::text d');
c('n numeric literal scale', 'SELECT 1.0 a, 1.00 * 1.0 b, 0.00001 c, 100.0 / 10 d');
c(
  'n division scale column',
  'SELECT a / b q FROM t',
  'CREATE TABLE t (a numeric, b numeric); INSERT INTO t VALUES (1, 3), (10, 4), (1.00, 8)',
);
c(
  'n int to numeric division',
  'SELECT a::numeric / b q FROM t',
  'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 3), (10, 4)',
);
c(
  'n count distinct numeric equal',
  'SELECT count(DISTINCT a) FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.0), (1.00), (1)',
);
c(
  'n group by numeric scale',
  'SELECT a, count(*) FROM t GROUP BY a',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.0), (1.00), (1)',
);
c(
  'n distinct numeric scale',
  'SELECT DISTINCT a FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.0), (1.00), (1)',
);
c(
  'n unique numeric scale',
  'INSERT INTO t VALUES (1.00)',
  'CREATE TABLE t (a numeric UNIQUE); INSERT INTO t VALUES (1.0)',
);
c(
  'n union numeric scale',
  'SELECT a FROM t UNION SELECT 1.000',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.0)',
);
// text variations
c(
  't varchar column concat and length',
  "SELECT a || '!' c, length(a) l, upper(a) u FROM t",
  "CREATE TABLE t (a varchar(10)); INSERT INTO t VALUES ('héllo ')",
);
c(
  't varchar param trailing spaces truncate',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a, length(a) l', params: ['abc   '] },
  'CREATE TABLE t (a varchar(3))',
);
c(
  't varchar param spaces and chars too long',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['abc  d'] },
  'CREATE TABLE t (a varchar(3))',
);
c(
  't varchar cast in select',
  'SELECT CAST(a AS varchar(2)) v FROM t',
  "CREATE TABLE t (a text); INSERT INTO t VALUES ('abcdef')",
);
c(
  't varchar update trailing spaces',
  ["UPDATE t SET a = 'xyz    '", 'SELECT a, length(a) l FROM t'],
  "CREATE TABLE t (a varchar(3)); INSERT INTO t VALUES ('a')",
);
c(
  't varchar multibyte length',
  "INSERT INTO t VALUES ('日本語') RETURNING a",
  'CREATE TABLE t (a varchar(3))',
);
c('t varchar multibyte too long', "INSERT INTO t VALUES ('日本語x')", 'CREATE TABLE t (a varchar(3))');
c(
  't varchar emoji length',
  "INSERT INTO t VALUES ('😀😀') RETURNING a, length(a) l",
  'CREATE TABLE t (a varchar(2))',
);
c(
  't text compare collation',
  'SELECT a FROM t ORDER BY a',
  "CREATE TABLE t (a text); INSERT INTO t VALUES ('b'), ('B'), ('a'), ('_a'), ('A'), ('1')",
);
c('t text compare lt', "SELECT 'a' < 'B' a, 'Z' < 'a' b, 'a' < 'b' c");
c('t text concat number formats', "SELECT 'x' || 1.0 a, 'x' || 1e3 b, 'x' || -0.5 c, 'x' || 10::bigint d");
c('t concat function types', "SELECT concat(1.50, true, NULL, '2024-01-01'::date, 'x') a");
c(
  't format function',
  "SELECT format('%s-%s', 1, NULL) a, format('%I', 'My Col') b, format('%L', 'it''s') c",
);
c('t text to numeric cast', "SELECT '1.50'::numeric a, ' 2 '::numeric b, '1e-2'::numeric c");
c('t text to numeric cast invalid', "SELECT 'abc'::numeric");
c('t text to float cast forms', "SELECT '1.5e3'::float8 a, ' .5'::float8 b, '5.'::float8 c");
c('t text to bigint overflow', "SELECT '9223372036854775808'::bigint");
c('t text to smallint overflow', "SELECT '32768'::smallint");
c('t int2 cast from float overflow', 'SELECT 32767.5::float8::int2');
c('t int cast from numeric just below', 'SELECT 2147483647.4::int a, -2147483648.4::int b');
c('t int cast from numeric just above', 'SELECT 2147483647.5::int');
// parameters more
c('p untyped param in select list with text function', {
  sql: 'SELECT concat($1, $2) AS v',
  params: [1, 'a'],
});
c(
  'p param compared to text column with number',
  { sql: 'SELECT count(*) FROM t WHERE s = $1', params: [5] },
  "CREATE TABLE t (s text); INSERT INTO t VALUES ('5')",
);
c(
  'p param to varchar column compare',
  { sql: 'SELECT count(*) FROM t WHERE s = $1', params: ['ab'] },
  "CREATE TABLE t (s varchar(5)); INSERT INTO t VALUES ('ab')",
);
c(
  'p param bigint column string compare',
  { sql: 'SELECT count(*) FROM t WHERE b = $1', params: ['9007199254740993'] },
  'CREATE TABLE t (b bigint); INSERT INTO t VALUES (9007199254740993)',
);
c(
  'p param bigint column number compare',
  { sql: 'SELECT count(*) FROM t WHERE b = $1', params: [9007199254740992] },
  'CREATE TABLE t (b bigint); INSERT INTO t VALUES (9007199254740992)',
);
c(
  'p param numeric column compare',
  { sql: 'SELECT count(*) FROM t WHERE n = $1', params: ['1.10'] },
  'CREATE TABLE t (n numeric); INSERT INTO t VALUES (1.1)',
);
c(
  'p param numeric column compare float',
  { sql: 'SELECT count(*) FROM t WHERE n = $1', params: [0.1] },
  'CREATE TABLE t (n numeric); INSERT INTO t VALUES (0.1)',
);
c(
  'p param float column compare',
  { sql: 'SELECT count(*) FROM t WHERE f = $1', params: [0.1] },
  'CREATE TABLE t (f float8); INSERT INTO t VALUES (0.1)',
);
c(
  'p param uuid column compare invalid',
  { sql: 'SELECT count(*) FROM t WHERE u = $1', params: ['123'] },
  'CREATE TABLE t (u uuid)',
);
c(
  'p param bool column compare string',
  { sql: 'SELECT count(*) FROM t WHERE b = $1', params: ['t'] },
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true)',
);
c(
  'p param date column compare string',
  { sql: 'SELECT count(*) FROM t WHERE d = $1', params: ['2024-01-02'] },
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-02')",
);
c(
  'p param date column compare Date',
  { sql: 'SELECT count(*) FROM t WHERE d = $1', params: [new Date('2024-01-02T00:00:00')] },
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-02')",
);
c(
  'p param timestamp column compare Date',
  { sql: 'SELECT count(*) FROM t WHERE ts = $1', params: [new Date('2024-01-02T10:00:00Z')] },
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-01-02 10:00:00')",
);
c(
  'p param timestamptz range',
  {
    sql: 'SELECT count(*) FROM t WHERE ts >= $1 AND ts < $2',
    params: [new Date('2024-01-01T00:00:00Z'), '2024-02-01'],
  },
  "CREATE TABLE t (ts timestamptz); INSERT INTO t VALUES ('2024-01-15 00:00+00'), ('2024-02-01 00:00+00')",
);
c(
  'p param invalid date',
  { sql: 'SELECT count(*) FROM t WHERE d = $1', params: ['2024-13-01'] },
  'CREATE TABLE t (d date)',
);
c(
  'p param invalid Date object',
  { sql: 'INSERT INTO t VALUES ($1)', params: [new Date('nope')] },
  'CREATE TABLE t (d timestamptz)',
);
c(
  'p param in returning expression',
  { sql: 'INSERT INTO t VALUES (1) RETURNING a + $1 AS v', params: [5] },
  'CREATE TABLE t (a int)',
);
c(
  'p param in on conflict set',
  {
    sql: 'INSERT INTO t VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET n = t.n + $1 RETURNING n',
    params: [5],
  },
  'CREATE TABLE t (id int PRIMARY KEY, n int); INSERT INTO t VALUES (1, 10)',
);
c(
  'p param in exists subquery',
  { sql: 'SELECT EXISTS (SELECT 1 FROM t WHERE a = $1) AS e', params: [1] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c(
  'p param in scalar subquery compare',
  { sql: 'SELECT (SELECT count(*) FROM t WHERE a > $1) AS c', params: ['0'] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c('p param in coalesce untyped both', { sql: 'SELECT coalesce($1, $2) AS v', params: [null, 'x'] });
c(
  'p param is null check typed',
  { sql: 'SELECT count(*) FROM t WHERE ($1::int IS NULL OR a = $1)', params: [null] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
);
c(
  'p param is null check untyped then typed',
  { sql: 'SELECT count(*) FROM t WHERE ($1 IS NULL OR a = $1)', params: [null] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
);
c(
  'p param is null check typed after',
  { sql: 'SELECT count(*) FROM t WHERE (a = $1 OR $1 IS NULL)', params: [2] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
);
c(
  'p param as column alias value',
  { sql: 'SELECT $1::text AS "label", a FROM t', params: ['hi'] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c(
  'p param in order by case',
  { sql: "SELECT a FROM t ORDER BY CASE WHEN $1 = 'desc' THEN -a ELSE a END", params: ['desc'] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'p param offset beyond rows',
  { sql: 'SELECT a FROM t ORDER BY a LIMIT $1 OFFSET $2', params: [10, 10] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c(
  'p param limit decimal string',
  { sql: 'SELECT a FROM t ORDER BY a LIMIT $1', params: ['1.5'] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'p param limit float',
  { sql: 'SELECT a FROM t ORDER BY a LIMIT $1', params: [1.5] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'p param offset negative',
  { sql: 'SELECT a FROM t ORDER BY a OFFSET $1', params: [-1] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c(
  'p param limit bigint',
  { sql: 'SELECT a FROM t ORDER BY a LIMIT $1', params: ['9223372036854775807'] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
);
c(
  'p literal limit numeric',
  'SELECT a FROM t ORDER BY a LIMIT 1.5',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'p literal limit string',
  "SELECT a FROM t ORDER BY a LIMIT '2'",
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
);
c(
  'p param array any with nulls',
  { sql: 'SELECT count(*) FROM t WHERE a = ANY($1)', params: [[1, null]] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
);
c(
  'p param array all not equal with nulls',
  { sql: 'SELECT count(*) FROM t WHERE a <> ALL($1)', params: [[1, null]] },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
);
c(
  'p param array any text column',
  { sql: 'SELECT s FROM t WHERE s = ANY($1) ORDER BY s', params: [['a', 'c']] },
  "CREATE TABLE t (s text); INSERT INTO t VALUES ('a'), ('b'), ('c')",
);
c(
  'p param array any uuid column',
  { sql: 'SELECT count(*) FROM t WHERE u = ANY($1)', params: [['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']] },
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'p param array any bigint column strings',
  { sql: 'SELECT count(*) FROM t WHERE b = ANY($1)', params: [['9007199254740993']] },
  'CREATE TABLE t (b bigint); INSERT INTO t VALUES (9007199254740993)',
);
c(
  'p param array any invalid element',
  { sql: 'SELECT count(*) FROM t WHERE a = ANY($1)', params: [['x']] },
  'CREATE TABLE t (a int)',
);
c(
  'p param array any nested',
  {
    sql: 'SELECT count(*) FROM t WHERE a = ANY($1)',
    params: [
      [
        [1, 2],
        [3, 4],
      ],
    ],
  },
  'CREATE TABLE t (a int); INSERT INTO t VALUES (3)',
);
c('p param array in unnest', { sql: 'SELECT x FROM unnest($1::text[]) x', params: [['b', null, 'a']] });
c(
  'p param array unnest insert',
  { sql: 'INSERT INTO t SELECT unnest($1::int[]) RETURNING a', params: [[3, 1, 2]] },
  'CREATE TABLE t (a int)',
);
c('p param array length', {
  sql: 'SELECT array_length($1::int[], 1) l, cardinality($1::int[]) c',
  params: [[]],
});
c('p param array with quotes and backslashes', {
  sql: 'SELECT $1::text[] v, ($1::text[])[2] s',
  params: [['a"b', 'c\\d', '{x}', 'NULL', ' ']],
});
c('p param array of Dates into timestamptz[]', {
  sql: 'SELECT $1::timestamptz[] v',
  params: [[new Date('2024-01-01T00:00:00Z')]],
});
c('p param array of buffers', { sql: 'SELECT $1::bytea[] v', params: [[Buffer.from('ab')]] });
c('p param array of bigint strings', { sql: 'SELECT $1::bigint[] v', params: [['9007199254740993', '-1']] });
c('p param array of numeric', { sql: 'SELECT $1::numeric[] v', params: [[1.5, '2.50']] });
c(
  'p param array into varchar[] column',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING v', params: [['ab', 'cd']] },
  'CREATE TABLE t (v varchar(2)[])',
);
c(
  'p param text array compare column',
  { sql: 'SELECT count(*) FROM t WHERE tags = $1', params: [['a', 'b']] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a,b}')",
);
c(
  'p param text array contained',
  { sql: 'SELECT count(*) FROM t WHERE tags <@ $1', params: [['a', 'b', 'c']] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a,b}'), ('{d}')",
);
c(
  'p param int array overlap',
  { sql: 'SELECT count(*) FROM t WHERE nums && $1', params: [[2, 9]] },
  "CREATE TABLE t (nums int[]); INSERT INTO t VALUES ('{1,2}'), ('{3}')",
);
c(
  'p param array append',
  { sql: 'UPDATE t SET tags = array_append(tags, $1) RETURNING tags', params: ['z'] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a}')",
);
c(
  'p param array concat',
  { sql: 'UPDATE t SET tags = tags || $1 RETURNING tags', params: [['y', 'z']] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a}')",
);
c(
  'p param array concat scalar string',
  { sql: 'UPDATE t SET tags = tags || $1::text RETURNING tags', params: ['y'] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a}')",
);
c(
  'p param array remove',
  { sql: 'UPDATE t SET tags = array_remove(tags, $1) RETURNING tags', params: ['a'] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a,b,a}')",
);
c(
  'p param array position',
  { sql: 'SELECT array_position(tags, $1) p FROM t', params: ['b'] },
  "CREATE TABLE t (tags text[]); INSERT INTO t VALUES ('{a,b,a}')",
);
export default cases;
