// Round 23 area C, part 4: variations around the shapes pg-mem answers itself.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const JT = `CREATE TABLE t (id int, j json, b jsonb); INSERT INTO t VALUES (1, '{"a":1}', '{"a":1}'), (2, '{"a":1}', '{"a": 1}'), (3, '[1]', '[1]')`;
// json comparisons
c('json group by with rows', 'SELECT j, count(*) FROM t GROUP BY j', JT);
c('json group by empty table', 'SELECT j, count(*) FROM t GROUP BY j', 'CREATE TABLE t (j json)');
c('json distinct', 'SELECT DISTINCT j FROM t', JT);
c('json distinct empty', 'SELECT DISTINCT j FROM t', 'CREATE TABLE t (j json)');
c('json order by', 'SELECT id FROM t ORDER BY j', JT);
c('json order by empty', 'SELECT j FROM t ORDER BY j', 'CREATE TABLE t (j json)');
c('json union', 'SELECT j FROM t UNION SELECT j FROM t', JT);
c('json union all ok', 'SELECT j FROM t UNION ALL SELECT j FROM t', JT);
c('json equality in where', `SELECT id FROM t WHERE j = '{"a":1}'`, JT);
c('json equality empty', `SELECT j FROM t WHERE j = '{"a":1}'::json`, 'CREATE TABLE t (j json)');
c('json in list', `SELECT id FROM t WHERE j IN ('[1]')`, JT);
c('json count distinct', 'SELECT count(DISTINCT j) FROM t', JT);
c('json min', 'SELECT min(j) FROM t', JT);
c('json primary key', 'CREATE TABLE u (j json PRIMARY KEY)');
c('json unique', 'CREATE TABLE u (j json UNIQUE)');
c('json index btree', 'CREATE INDEX ON t (j)', JT);
c('json distinct on', 'SELECT DISTINCT ON (j) id FROM t', JT);
c('json partition by', 'SELECT id, count(*) OVER (PARTITION BY j) FROM t', JT);
c('json array_agg distinct', 'SELECT array_agg(DISTINCT j) FROM t', JT);
c('json not equal', `SELECT id FROM t WHERE j <> '[1]'`, JT);
c('json is distinct from', `SELECT id FROM t WHERE j IS DISTINCT FROM '[1]'`, JT);
c('json group by cast text ok', 'SELECT j::text AS k, count(*) FROM t GROUP BY j::text ORDER BY k', JT);
c('jsonb group by with rows', 'SELECT b, count(*) FROM t GROUP BY b ORDER BY b', JT);
c('jsonb distinct', 'SELECT DISTINCT b FROM t ORDER BY b', JT);
c('json intersect', 'SELECT j FROM t INTERSECT SELECT j FROM t', JT);
c('json except', 'SELECT j FROM t EXCEPT SELECT j FROM t', JT);
c('json join on equality', 'SELECT 1 FROM t x JOIN t y ON x.j = y.j', JT);
c('json group by position', 'SELECT j, count(*) FROM t GROUP BY 1', JT);
c('json max', 'SELECT max(j) FROM t', 'CREATE TABLE t (j json)');
c('point group by', 'SELECT p, count(*) FROM t GROUP BY p', 'CREATE TABLE t (p point)');
c('xml group by', 'SELECT x, count(*) FROM t GROUP BY x', 'CREATE TABLE t (x xml)');
c('json in values distinct', `SELECT DISTINCT v FROM (VALUES ('{}'::json)) s(v)`);
c('json literal group by', `SELECT '{}'::json AS v GROUP BY 1`);
// integers and casts around shapes pg-mem answers
c(
  'int2 column overflow update',
  ['INSERT INTO t VALUES (1)', 'UPDATE t SET a = a + 40000'],
  'CREATE TABLE t (a int2)',
);
c(
  'int2 column sum type',
  'SELECT sum(a) s, pg_typeof(sum(a))::text t FROM t',
  'CREATE TABLE t (a int2); INSERT INTO t VALUES (32767), (32767)',
);
c('int2 times int2 overflow', 'SELECT a * a FROM t', 'CREATE TABLE t (a int2); INSERT INTO t VALUES (300)');
c(
  'int4 column times int4 overflow',
  'SELECT a * a FROM t',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (100000)',
);
c('int4 unary minus min', 'SELECT -a FROM t', 'CREATE TABLE t (a int); INSERT INTO t VALUES (-2147483648)');
c(
  'int8 column overflow',
  'SELECT a + 1 FROM t',
  'CREATE TABLE t (a bigint); INSERT INTO t VALUES (9223372036854775807)',
);
c(
  'int8 column times',
  'SELECT a * 2 FROM t',
  'CREATE TABLE t (a bigint); INSERT INTO t VALUES (5000000000000000000)',
);
c(
  'int column insert float param',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: [2.5] },
  'CREATE TABLE t (a int)',
);
c(
  'int column insert float literal',
  'INSERT INTO t VALUES (2.5), (-2.5), (0.5) RETURNING a',
  'CREATE TABLE t (a int)',
);
c('int2 column insert numeric', 'INSERT INTO t VALUES (1.5) RETURNING a', 'CREATE TABLE t (a int2)');
c(
  'bigint column insert numeric',
  'INSERT INTO t VALUES (1.5), (9.5e3) RETURNING a',
  'CREATE TABLE t (a bigint)',
);
c('int column insert exponent literal', 'INSERT INTO t VALUES (1e3) RETURNING a', 'CREATE TABLE t (a int)');
c('int column insert big numeric overflow', 'INSERT INTO t VALUES (1e10)', 'CREATE TABLE t (a int)');
c('int column insert string with decimal', "INSERT INTO t VALUES ('2.5')", 'CREATE TABLE t (a int)');
c('int column insert empty string', "INSERT INTO t VALUES ('')", 'CREATE TABLE t (a int)');
c('int column insert string spaces', "INSERT INTO t VALUES (' 12 ') RETURNING a", 'CREATE TABLE t (a int)');
c('int param empty string', { sql: 'INSERT INTO t VALUES ($1)', params: [''] }, 'CREATE TABLE t (a int)');
c('int param with exponent', { sql: 'INSERT INTO t VALUES ($1)', params: [1e21] }, 'CREATE TABLE t (a int)');
c(
  'bigint param number beyond safe',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: [2 ** 60] },
  'CREATE TABLE t (a bigint)',
);
c('int param NaN', { sql: 'INSERT INTO t VALUES ($1)', params: [Number.NaN] }, 'CREATE TABLE t (a int)');
c(
  'numeric param NaN',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: [Number.NaN] },
  'CREATE TABLE t (a numeric)',
);
c(
  'float param Infinity',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: [Number.POSITIVE_INFINITY] },
  'CREATE TABLE t (a float8)',
);
c('int param boolean', { sql: 'INSERT INTO t VALUES ($1)', params: [true] }, 'CREATE TABLE t (a int)');
c(
  'bool param number',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b', params: [1] },
  'CREATE TABLE t (b bool)',
);
c('bool param number 2', { sql: 'INSERT INTO t VALUES ($1)', params: [2] }, 'CREATE TABLE t (b bool)');
c(
  'text param number',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING s', params: [1.5] },
  'CREATE TABLE t (s text)',
);
c(
  'varchar param number too long',
  { sql: 'INSERT INTO t VALUES ($1)', params: [123456] },
  'CREATE TABLE t (s varchar(3))',
);
c(
  'char param padded',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING s', params: ['ab'] },
  'CREATE TABLE t (s char(4))',
);
c(
  'numeric(5,2) param rounding',
  { sql: 'INSERT INTO t VALUES ($1), ($2) RETURNING a', params: ['1.005', 2.675] },
  'CREATE TABLE t (a numeric(5,2))',
);
c(
  'numeric(5,2) param overflow',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['999.999'] },
  'CREATE TABLE t (a numeric(5,2))',
);
c(
  'numeric column arithmetic scale',
  'SELECT a * 3 m, a / 3 d, a + 0.001 s FROM t',
  'CREATE TABLE t (a numeric(5,2)); INSERT INTO t VALUES (1.10)',
);
c(
  'numeric column sum avg',
  'SELECT sum(a) s, avg(a) v FROM t',
  'CREATE TABLE t (a numeric(5,2)); INSERT INTO t VALUES (1.10), (2.25), (3)',
);
c(
  'numeric column round',
  'SELECT round(a, 1) r, round(a) z, trunc(a) t FROM t',
  'CREATE TABLE t (a numeric(5,2)); INSERT INTO t VALUES (2.45), (-2.45), (2.50)',
);
c(
  'numeric comparison with float',
  'SELECT a = 0.1::float8 e, a < 0.1::float4 l FROM t',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (0.1)',
);
c(
  'float4 column values',
  'SELECT a, a * 2 d, a::float8 w FROM t',
  'CREATE TABLE t (a real); INSERT INTO t VALUES (0.1), (1.5), (16777217)',
);
c(
  'float8 column values',
  'SELECT a, a::numeric n, a::text s FROM t',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (0.1), (1e21), (1e-7), (123.456)',
);
c(
  'float8 column to int',
  'SELECT a::int i, a::bigint b, round(a) r FROM t',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (0.5), (1.5), (2.5), (-0.5)',
);
c(
  'int division column',
  'SELECT a / b q, a % b r, a::numeric / b n FROM t',
  'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (7, 2), (-7, 2)',
);
c(
  'int division by zero column',
  'SELECT a / b FROM t',
  'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (7, 0)',
);
c(
  'numeric column into int column',
  ['INSERT INTO u SELECT a FROM t', 'SELECT b FROM u'],
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (2.5), (3.5); CREATE TABLE u (b int)',
);
c(
  'float column into int column',
  ['INSERT INTO u SELECT a FROM t', 'SELECT b FROM u'],
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (2.5), (3.5); CREATE TABLE u (b int)',
);
c(
  'bigint column into int column overflow',
  'INSERT INTO u SELECT a FROM t',
  'CREATE TABLE t (a bigint); INSERT INTO t VALUES (3000000000); CREATE TABLE u (b int)',
);
c(
  'text column into varchar column too long',
  'INSERT INTO u SELECT a FROM t',
  "CREATE TABLE t (a text); INSERT INTO t VALUES ('abcdef'); CREATE TABLE u (b varchar(3))",
);
c(
  'int column into text column',
  'INSERT INTO u SELECT a FROM t RETURNING b',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (5); CREATE TABLE u (b text)',
);
c(
  'int column into numeric(3,1) overflow',
  'INSERT INTO u SELECT a FROM t',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (500); CREATE TABLE u (b numeric(3,1))',
);
c(
  'update numeric column rounding',
  ['UPDATE t SET a = a / 3', 'SELECT a FROM t'],
  'CREATE TABLE t (a numeric(6,2)); INSERT INTO t VALUES (10)',
);
c(
  'update int column from numeric expr',
  ['UPDATE t SET a = a * 1.5', 'SELECT a FROM t ORDER BY a'],
  'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (3), (5)',
);
c(
  'default numeric typmod rounding',
  'INSERT INTO t DEFAULT VALUES RETURNING a',
  'CREATE TABLE t (a numeric(4,1) DEFAULT 1.25)',
);
c('default varchar too long', 'INSERT INTO t DEFAULT VALUES', "CREATE TABLE t (a varchar(2) DEFAULT 'abc')");
c(
  'upsert varchar too long',
  "INSERT INTO t VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET s = 'abcdef'",
  "CREATE TABLE t (id int PRIMARY KEY, s varchar(3)); INSERT INTO t VALUES (1, 'x')",
);
c(
  'upsert numeric rounding',
  'INSERT INTO t VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = 2.567 RETURNING n',
  'CREATE TABLE t (id int PRIMARY KEY, n numeric(4,2)); INSERT INTO t VALUES (1, 0)',
);
c(
  'char column comparisons',
  "SELECT a = 'ab' e, a = 'ab   ' f, a < 'ab ' l, length(a) n, a || '|' c FROM t",
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column where with text param',
  { sql: 'SELECT count(*) FROM t WHERE a = $1', params: ['ab'] },
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column where with text param trailing',
  { sql: 'SELECT count(*) FROM t WHERE a = $1::text', params: ['ab'] },
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column unique trailing',
  "INSERT INTO t VALUES ('ab  ')",
  "CREATE TABLE t (a char(4) UNIQUE); INSERT INTO t VALUES ('ab')",
);
c(
  'varchar column unique trailing',
  "INSERT INTO t VALUES ('ab  ') RETURNING a",
  "CREATE TABLE t (a varchar(4) UNIQUE); INSERT INTO t VALUES ('ab')",
);
c(
  'char column group by',
  'SELECT a, count(*) FROM t GROUP BY a',
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab'), ('ab '), ('b')",
);
c(
  'char column join text',
  'SELECT count(*) FROM t JOIN u ON t.a = u.b',
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab'); CREATE TABLE u (b text); INSERT INTO u VALUES ('ab')",
);
c(
  'char column like',
  "SELECT a LIKE 'ab%' l, a LIKE '%b' r FROM t",
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column in list',
  "SELECT a IN ('ab', 'cd') i FROM t",
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column concat varchar',
  'SELECT a || b c FROM t',
  "CREATE TABLE t (a char(4), b varchar(4)); INSERT INTO t VALUES ('ab', 'cd ')",
);
c(
  'char column octet_length',
  'SELECT octet_length(a) o, char_length(a) c FROM t',
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column pg_typeof',
  "SELECT pg_typeof(a)::text t, pg_typeof(a || 'x')::text u FROM t",
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);
c(
  'char column param insert long spaces',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['ab     '] },
  'CREATE TABLE t (a char(4))',
);
c(
  'char column param insert too long',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['abcde'] },
  'CREATE TABLE t (a char(4))',
);
c(
  'varchar column compare trailing',
  "SELECT a = 'ab' e FROM t",
  "CREATE TABLE t (a varchar(4)); INSERT INTO t VALUES ('ab ')",
);
c(
  'varchar insert spaces exactly at limit',
  "INSERT INTO t VALUES ('abc  '), ('ab') RETURNING a, length(a)",
  'CREATE TABLE t (a varchar(3))',
);
c('varchar cast from int too long', 'SELECT 12345::varchar(3) v');
c('varchar cast param too long', { sql: 'SELECT $1::varchar(3) v', params: ['abcdef'] });
c(
  'text concat int column',
  "SELECT 'id-' || a v, a || '' w FROM t",
  'CREATE TABLE t (a int); INSERT INTO t VALUES (5)',
);
c('text concat numeric and float', "SELECT 'v' || 1.50 a, 'v' || 0.1::float8 b, 'v' || 1e20::float8 c");
c(
  'text concat date and timestamp column',
  "SELECT 'd' || d a, 't' || ts b FROM t",
  "CREATE TABLE t (d date, ts timestamp); INSERT INTO t VALUES ('2024-01-02', '2024-01-02 03:04:05.5')",
);
c(
  'text concat bool column',
  "SELECT 'b' || b a FROM t",
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true)',
);
c(
  'text concat uuid and json',
  "SELECT 'u' || u a, 'j' || j b FROM t",
  `CREATE TABLE t (u uuid, j jsonb); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b":1, "a":2}')`,
);
c('text concat array', "SELECT 'a' || ARRAY[1,2]");
c('text concat text array', "SELECT 'a' || ARRAY['b'] v");
// dates and times around accepted shapes
c(
  'date column comparisons',
  "SELECT d = '2024-01-02' e, d < '2024-01-03 10:00' l, d + 1 n, d - 1 p FROM t",
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-02')",
);
c(
  'date column interval add',
  "SELECT d + interval '1 month' a, d - interval '1 hour' b FROM t",
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-31')",
);
c(
  'date column to timestamp',
  'SELECT d::timestamp a, d::timestamptz b FROM t',
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-31')",
);
c(
  'date insert from timestamp string',
  "INSERT INTO t VALUES ('2024-01-02 23:59:59') RETURNING d",
  'CREATE TABLE t (d date)',
);
c(
  'date insert from timestamptz string',
  "INSERT INTO t VALUES ('2024-01-02T23:59:59+05:00') RETURNING d",
  'CREATE TABLE t (d date)',
);
c(
  'date param string with time',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING d', params: ['2024-01-02T10:00:00Z'] },
  'CREATE TABLE t (d date)',
);
c(
  'date param Date local midnight',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING d, d::text AS s', params: [new Date(2024, 0, 2)] },
  'CREATE TABLE t (d date)',
);
c(
  'timestamp column insert with zone string',
  "INSERT INTO t VALUES ('2024-01-02 10:00:00+05') RETURNING ts, ts::text s",
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamp column insert T Z',
  "INSERT INTO t VALUES ('2024-01-02T10:00:00.123Z') RETURNING ts::text s",
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamptz column insert no zone',
  "INSERT INTO t VALUES ('2024-01-02 10:00:00') RETURNING ts, ts::text s",
  'CREATE TABLE t (ts timestamptz)',
);
c(
  'timestamptz column set time zone insert',
  ["SET TIME ZONE 'Asia/Tokyo'", "INSERT INTO t VALUES ('2024-01-02 10:00:00') RETURNING ts, ts::text s"],
  'CREATE TABLE t (ts timestamptz)',
);
c(
  'timestamptz column set time zone select',
  [
    "SET TIME ZONE 'America/New_York'",
    'SELECT ts, ts::text s, ts::date d, ts::timestamp w, extract(hour FROM ts) h FROM t',
  ],
  "CREATE TABLE t (ts timestamptz); INSERT INTO t VALUES ('2024-01-02 03:00:00+00')",
);
c(
  'timestamp column to timestamptz under zone',
  ["SET TIME ZONE 'America/New_York'", 'SELECT ts::timestamptz a, ts::timestamptz::text b FROM t'],
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-01-02 03:00:00')",
);
c('timestamptz param Date under zone', [
  "SET TIME ZONE 'Asia/Kolkata'",
  {
    sql: 'SELECT $1::timestamptz::text s, $1::timestamptz::date d',
    params: [new Date('2024-01-01T20:00:00Z')],
  },
]);
c(
  'timestamp param Date under zone',
  [
    "SET TIME ZONE 'Asia/Kolkata'",
    { sql: 'INSERT INTO t VALUES ($1) RETURNING ts::text', params: [new Date('2024-01-01T20:00:00Z')] },
  ],
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamp precision column',
  "INSERT INTO t VALUES ('2024-01-02 10:00:00.123456') RETURNING ts::text s",
  'CREATE TABLE t (ts timestamp(0))',
);
c(
  'timestamptz precision column',
  "INSERT INTO t VALUES ('2024-01-02 10:00:00.5+00') RETURNING ts::text s",
  'CREATE TABLE t (ts timestamptz(0))',
);
c(
  'timestamp microseconds round trip',
  "INSERT INTO t VALUES ('2024-01-02 10:00:00.123456') RETURNING ts, ts::text s",
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamp param string microseconds',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING ts::text s', params: ['2024-01-02 10:00:00.1234567'] },
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamp comparisons with date literal',
  "SELECT count(*) FROM t WHERE ts >= '2024-01-02' AND ts < '2024-01-03'",
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-01-02 23:59:59.999999'), ('2024-01-03')",
);
c(
  'timestamp minus timestamp columns',
  'SELECT b - a d, extract(epoch FROM b - a) e FROM t',
  "CREATE TABLE t (a timestamp, b timestamp); INSERT INTO t VALUES ('2024-01-01', '2024-03-02 12:00')",
);
c(
  'date minus date columns',
  'SELECT b - a d, pg_typeof(b - a)::text t FROM t',
  "CREATE TABLE t (a date, b date); INSERT INTO t VALUES ('2024-01-01', '2024-03-02')",
);
c(
  'timestamp plus interval column',
  'SELECT a + i r FROM t',
  "CREATE TABLE t (a timestamp, i interval); INSERT INTO t VALUES ('2024-01-31', '1 month 1 day')",
);
c(
  'interval column output',
  'SELECT i, i::text s FROM t ORDER BY i',
  "CREATE TABLE t (i interval); INSERT INTO t VALUES ('1 day'), ('25 hours'), ('1 month'), ('-1 day'), ('PT90M'), ('0')",
);
c(
  'interval column comparisons',
  "SELECT count(*) FROM t WHERE i > interval '1 day'",
  "CREATE TABLE t (i interval); INSERT INTO t VALUES ('1 day'), ('25 hours'), ('1 month'), ('-1 day')",
);
c(
  'interval sum avg',
  'SELECT sum(i) s, avg(i) a FROM t',
  "CREATE TABLE t (i interval); INSERT INTO t VALUES ('1 day'), ('25 hours'), ('1 month')",
);
c(
  'interval param',
  { sql: 'INSERT INTO t VALUES ($1), ($2) RETURNING i', params: ['1 day 2 hours', 'P1M'] },
  'CREATE TABLE t (i interval)',
);
c('interval invalid', "SELECT '1 fortnight'::interval");
c(
  'interval extract parts',
  "SELECT extract(day FROM interval '40 days 3 hours') d, extract(month FROM interval '14 months') m, extract(hour FROM interval '27 hours') h",
);
c(
  'date_part on timestamp column',
  "SELECT date_part('dow', ts) dw, date_part('doy', ts) dy, date_part('week', ts) w, date_part('quarter', ts) q, extract(isodow FROM ts) i FROM t",
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-12-29 10:00')",
);
c(
  'date_trunc week and quarter',
  "SELECT date_trunc('week', ts) w, date_trunc('quarter', ts) q, date_trunc('hour', ts) h FROM t",
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-12-29 10:30')",
);
c(
  'date_trunc timestamptz column under zone',
  [
    "SET TIME ZONE 'America/Los_Angeles'",
    "SELECT date_trunc('day', ts)::text d, date_trunc('month', ts)::text m FROM t",
  ],
  "CREATE TABLE t (ts timestamptz); INSERT INTO t VALUES ('2024-03-01 05:00:00+00')",
);
c(
  'time column values',
  "SELECT t, t::text s, t + interval '90 minutes' p, t - time '01:00' d FROM x",
  "CREATE TABLE x (t time); INSERT INTO x VALUES ('23:30'), ('00:15:30.5')",
);
c(
  'time column insert with zone',
  "INSERT INTO x VALUES ('10:00:00+05') RETURNING t",
  'CREATE TABLE x (t time)',
);
c('time column invalid', "INSERT INTO x VALUES ('10:61')", 'CREATE TABLE x (t time)');
c(
  'timestamp special in column',
  "INSERT INTO t VALUES ('infinity'), ('-infinity'), ('epoch') RETURNING ts, ts::text s",
  'CREATE TABLE t (ts timestamp)',
);
c(
  'timestamptz special in column',
  "INSERT INTO t VALUES ('infinity'), ('epoch') RETURNING ts, ts::text s",
  'CREATE TABLE t (ts timestamptz)',
);
c(
  'date special in column',
  "INSERT INTO t VALUES ('infinity'), ('epoch') RETURNING d, d::text s",
  'CREATE TABLE t (d date)',
);
c(
  'date BC in column',
  "INSERT INTO t VALUES ('0001-01-01 BC'), ('2000-01-01') RETURNING d::text s",
  'CREATE TABLE t (d date)',
);
c(
  'date ordering with infinity',
  'SELECT d FROM t ORDER BY d',
  "CREATE TABLE t (d date); INSERT INTO t VALUES ('2024-01-01'), ('infinity'), ('-infinity')",
);
c('now and current_timestamp equal in txn', [
  'BEGIN',
  'SELECT now() = current_timestamp e, now() = transaction_timestamp() f',
  'COMMIT',
]);
c('current_date type and value', 'SELECT current_date = now()::date e, pg_typeof(current_date)::text t');
c(
  'timestamp with time zone keyword',
  "SELECT pg_typeof('2024-01-01'::timestamp with time zone)::text a, pg_typeof('2024-01-01'::timestamp without time zone)::text b",
);
c(
  'to_char on timestamp column',
  "SELECT to_char(ts, 'YYYY-MM-DD HH24:MI:SS.MS') a, to_char(ts, 'Dy Mon DD') b FROM t",
  "CREATE TABLE t (ts timestamp); INSERT INTO t VALUES ('2024-03-05 14:15:16.789')",
);
c(
  'to_char numbers',
  "SELECT to_char(1234.5, '9,999.99') a, to_char(0.5, '0.00') b, to_char(-12, '999') c, to_char(1234, 'FM9999') d",
);
// uuid and bool and enum around accepted shapes
c(
  'uuid column where text param upper',
  { sql: 'SELECT count(*) FROM t WHERE u = $1', params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'] },
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'uuid column in list',
  "SELECT count(*) FROM t WHERE u IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}')",
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'uuid column like',
  "SELECT u::text LIKE 'a0ee%' l FROM t",
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'uuid column group by',
  'SELECT u, count(*) FROM t GROUP BY u',
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')",
);
c(
  'uuid unique conflict across spelling',
  "INSERT INTO t VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')",
  "CREATE TABLE t (u uuid UNIQUE); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'uuid order by column',
  'SELECT u FROM t ORDER BY u DESC',
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('00000000-0000-0000-0000-000000000002'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('10000000-0000-0000-0000-000000000000')",
);
c('uuid max fails', 'SELECT max(u) FROM t', 'CREATE TABLE t (u uuid)');
c(
  'uuid array param',
  {
    sql: 'SELECT count(*) FROM t WHERE u = ANY($1::uuid[])',
    params: [['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11']],
  },
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
c(
  'uuid braces in column insert',
  "INSERT INTO t VALUES ('{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}') RETURNING u",
  'CREATE TABLE t (u uuid)',
);
c(
  'uuid hyphens every four',
  "INSERT INTO t VALUES ('a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11') RETURNING u",
  'CREATE TABLE t (u uuid)',
);
c(
  'uuid invalid in column',
  "INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g')",
  'CREATE TABLE t (u uuid)',
);
c(
  'bool column insert strings',
  "INSERT INTO t VALUES ('yes'), ('0'), ('OFF'), ('t') RETURNING b",
  'CREATE TABLE t (b bool)',
);
c('bool column insert invalid', "INSERT INTO t VALUES ('2')", 'CREATE TABLE t (b bool)');
c(
  'bool column order desc',
  'SELECT b FROM t ORDER BY b DESC',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (NULL), (false)',
);
c(
  'bool column compare',
  'SELECT b > false g, b::int i, b::text s FROM t ORDER BY b',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (false)',
);
c(
  'bool column count filter',
  'SELECT count(*) FILTER (WHERE b) t, count(*) FILTER (WHERE NOT b) f FROM t',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (NULL), (false)',
);
c(
  'bool param string variations',
  { sql: 'INSERT INTO t VALUES ($1), ($2), ($3) RETURNING b', params: ['TRUE', 'off', '1'] },
  'CREATE TABLE t (b bool)',
);
c(
  'bool param invalid string',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['nah'] },
  'CREATE TABLE t (b bool)',
);
c(
  'enum column comparisons with literal',
  "SELECT name FROM p WHERE m >= 'ok' ORDER BY m, name",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok')",
);
c(
  'enum column in list',
  "SELECT name FROM p WHERE m IN ('ok', 'happy') ORDER BY name",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok')",
);
c(
  'enum column in list invalid',
  "SELECT name FROM p WHERE m IN ('ok', 'zzz')",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood)",
);
c(
  'enum column order desc',
  'SELECT m FROM p ORDER BY m DESC',
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok')",
);
c(
  'enum column group by',
  'SELECT m, count(*) FROM p GROUP BY m ORDER BY m',
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'happy')",
);
c(
  'enum column like fails',
  "SELECT name FROM p WHERE m LIKE 'h%'",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood)",
);
c(
  'enum column concat',
  "SELECT m || '!' s FROM p",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy')",
);
c(
  'enum column update invalid',
  "UPDATE p SET m = 'bad'",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy')",
);
c(
  'enum column param compare gt',
  { sql: 'SELECT name FROM p WHERE m > $1 ORDER BY name', params: ['sad'] },
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok')",
);
c(
  'enum column result type oid',
  'SELECT m, pg_typeof(m)::text t FROM p',
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy')",
);
c(
  'enum column min max',
  'SELECT min(m) a, max(m) b FROM p',
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok')",
);
c(
  'enum array column contains',
  "SELECT count(*) FROM q WHERE ms @> '{sad}'",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE q (ms mood[]); INSERT INTO q VALUES ('{sad,happy}'), ('{ok}')",
);
c(
  'enum array column invalid',
  "INSERT INTO q VALUES ('{sad,bad}')",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE q (ms mood[])",
);
c(
  'enum default',
  "INSERT INTO p (name) VALUES ('x') RETURNING m",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood DEFAULT 'ok')",
);
c(
  'enum check constraint',
  "INSERT INTO p VALUES ('x', 'sad')",
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood CHECK (m <> 'sad'))",
);
// arrays around accepted shapes
c(
  'array column any with text param',
  { sql: 'SELECT count(*) FROM a WHERE $1 = ANY(tags)', params: ['red'] },
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{red,blue}'), ('{green}'), (NULL)",
);
c(
  'array column overlap param',
  { sql: 'SELECT count(*) FROM a WHERE tags && $1', params: [['red', 'green']] },
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{red,blue}'), ('{green}'), (NULL)",
);
c(
  'array column contained by',
  "SELECT count(*) FROM a WHERE tags <@ '{red,blue,x}'",
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{red,blue}'), ('{green}'), ('{}')",
);
c(
  'array column with nulls contains',
  "SELECT count(*) FROM a WHERE tags @> '{x}'",
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{x,NULL}'), ('{NULL}')",
);
c(
  'array column equality',
  "SELECT count(*) FROM a WHERE tags = '{red,blue}'",
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{red,blue}'), ('{blue,red}')",
);
c(
  'array column int overlap text fails',
  "SELECT count(*) FROM a WHERE nums && ARRAY['1']::text[]",
  'CREATE TABLE a (nums int[])',
);
c('array column insert invalid literal', "INSERT INTO a VALUES ('{1,2')", 'CREATE TABLE a (nums int[])');
c('array column insert ragged', "INSERT INTO a VALUES ('{{1},{2,3}}')", 'CREATE TABLE a (nums int[])');
c(
  'array column insert int overflow element',
  "INSERT INTO a VALUES ('{1,3000000000}')",
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert ARRAY numeric',
  'INSERT INTO a VALUES (ARRAY[1.5, 2.5]) RETURNING nums',
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert text ARRAY fails',
  "INSERT INTO a VALUES (ARRAY['1'::text])",
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert param of strings',
  { sql: 'INSERT INTO a VALUES ($1) RETURNING nums', params: [['1', '2']] },
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert param with decimal',
  { sql: 'INSERT INTO a VALUES ($1)', params: [[1.5]] },
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert param nested',
  {
    sql: 'INSERT INTO a VALUES ($1) RETURNING nums',
    params: [
      [
        [1, 2],
        [3, 4],
      ],
    ],
  },
  'CREATE TABLE a (nums int[])',
);
c(
  'array column insert param ragged',
  { sql: 'INSERT INTO a VALUES ($1)', params: [[[1, 2], [3]]] },
  'CREATE TABLE a (nums int[])',
);
c(
  'array column varchar elements too long param',
  { sql: 'INSERT INTO a VALUES ($1)', params: [['abcd']] },
  'CREATE TABLE a (v varchar(3)[])',
);
c(
  'array column numeric typmod elements',
  "INSERT INTO a VALUES ('{1.005, 2.5}') RETURNING v",
  'CREATE TABLE a (v numeric(4,2)[])',
);
c(
  'array column length functions',
  'SELECT array_length(nums, 1) l, cardinality(nums) c FROM a',
  "CREATE TABLE a (nums int[]); INSERT INTO a VALUES ('{}'), ('{1,2}'), (NULL), ('{{1,2},{3,4}}')",
);
c(
  'array column subscript',
  'SELECT nums[1] f, nums[2] s FROM a',
  "CREATE TABLE a (nums int[]); INSERT INTO a VALUES ('{}'), ('{1,2}'), (NULL)",
);
c(
  'array column order by',
  'SELECT nums FROM a ORDER BY nums',
  "CREATE TABLE a (nums int[]); INSERT INTO a VALUES ('{2}'), ('{1,2}'), ('{1}'), ('{}'), ('{1,NULL}')",
);
c(
  'array column group by',
  'SELECT nums, count(*) FROM a GROUP BY nums',
  "CREATE TABLE a (nums int[]); INSERT INTO a VALUES ('{2}'), ('{2}'), ('{1}')",
);
c(
  'array column distinct',
  'SELECT DISTINCT nums FROM a',
  "CREATE TABLE a (nums int[]); INSERT INTO a VALUES ('{2}'), ('{2}'), ('{1}'), (NULL)",
);
c(
  'array column text output quoting',
  'SELECT tags, tags::text s FROM a',
  `CREATE TABLE a (tags text[]); INSERT INTO a VALUES (ARRAY['a b', 'NULL', '', 'c"d', 'e\\f', '{x}', 'y,z', NULL])`,
);
c(
  'array column unique',
  "INSERT INTO a VALUES ('{1,2}')",
  "CREATE TABLE a (nums int[] UNIQUE); INSERT INTO a VALUES ('{1,2}')",
);
c(
  'array column append update',
  ["UPDATE a SET tags = array_append(tags, 'z')", "UPDATE a SET tags = tags || '{w}'", 'SELECT tags FROM a'],
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{x}'), (NULL)",
);
c(
  'array column remove update',
  ["UPDATE a SET tags = array_remove(tags, 'x')", 'SELECT tags FROM a'],
  "CREATE TABLE a (tags text[]); INSERT INTO a VALUES ('{x,y,x}')",
);
c(
  'array date column',
  'SELECT ds, ds[1] f FROM a',
  "CREATE TABLE a (ds date[]); INSERT INTO a VALUES ('{2024-01-02,NULL}')",
);
c(
  'array timestamptz column',
  'SELECT ts FROM a',
  'CREATE TABLE a (ts timestamptz[]); INSERT INTO a VALUES (\'{"2024-01-02 10:00:00+00"}\')',
);
c(
  'array bool column',
  'SELECT bs, bs::text s FROM a',
  "CREATE TABLE a (bs bool[]); INSERT INTO a VALUES ('{t,false,NULL}')",
);
c(
  'array uuid column',
  'SELECT us FROM a',
  "CREATE TABLE a (us uuid[]); INSERT INTO a VALUES ('{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}')",
);
c(
  'array jsonb column',
  'SELECT js FROM a',
  `CREATE TABLE a (js jsonb[]); INSERT INTO a VALUES (ARRAY['{"b":1,"a":2}'::jsonb])`,
);
c(
  'array float column',
  'SELECT fs, fs::text s FROM a',
  "CREATE TABLE a (fs float8[]); INSERT INTO a VALUES ('{0.1,1e21,NaN,-Infinity}')",
);
c(
  'array numeric column',
  'SELECT ns FROM a',
  "CREATE TABLE a (ns numeric[]); INSERT INTO a VALUES ('{1.50,NaN,2e3}')",
);
c(
  'array bigint column',
  'SELECT ns FROM a',
  "CREATE TABLE a (ns bigint[]); INSERT INTO a VALUES ('{9007199254740993}')",
);
c(
  'array bytea column',
  'SELECT bs FROM a',
  "CREATE TABLE a (bs bytea[]); INSERT INTO a VALUES (ARRAY['\\x01'::bytea])",
);
// jsonb around accepted shapes
c('jsonb column arrow chains', `SELECT b -> 'a' x, b ->> 'a' y, b -> 0 z FROM t ORDER BY id`, JT);
c('jsonb column concat', `SELECT b || '{"z": 1}' x FROM t ORDER BY id`, JT);
c('jsonb column set', `SELECT jsonb_set(b, '{a}', '5') x FROM t ORDER BY id`, JT);
c(
  'jsonb column numbers',
  `SELECT b FROM t`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('1.0'), ('1e2'), ('-0'), ('0.000001'), ('1E+2'), ('12345678901234567890.5')`,
);
c(
  'jsonb column numbers text',
  `SELECT b::text FROM t`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('1.0'), ('1e2'), ('-0'), ('0.000001'), ('1E+2'), ('12345678901234567890.5')`,
);
c(
  'jsonb column key order',
  `SELECT b::text FROM t`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"bb":1,"a":2,"c":{"zz":1,"y":2}}')`,
);
c(
  'jsonb column duplicate keys',
  `SELECT b FROM t`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"a":1,"a":2}')`,
);
c(
  'json column exact text',
  `SELECT j, j::text s FROM t`,
  `CREATE TABLE t (j json); INSERT INTO t VALUES ('{"a" : 1,  "a":2}')`,
);
c(
  'jsonb param string scalar',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b', params: ['"hello"'] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param plain string fails',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['hello'] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param number',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b', params: [1.5] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param boolean',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b', params: [true] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param Date',
  { sql: 'INSERT INTO t VALUES ($1)', params: [new Date('2024-01-01T00:00:00Z')] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param array of objects',
  { sql: 'INSERT INTO t VALUES ($1)', params: [[{ a: 1 }]] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param object nested date',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b', params: [{ at: new Date('2024-01-01T00:00:00Z') }] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param with unicode',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING b, b::text s', params: [{ s: 'é\u00e9 \u2028 "q"' }] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'jsonb param with nul char',
  { sql: 'INSERT INTO t VALUES ($1)', params: [{ s: 'a\u0000b' }] },
  'CREATE TABLE t (b jsonb)',
);
c(
  'json param with nul char',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j::text', params: [{ s: 'a\u0000b' }] },
  'CREATE TABLE t (j json)',
);
c('jsonb column invalid insert', `INSERT INTO t VALUES ('{"a":}')`, 'CREATE TABLE t (b jsonb)');
c(
  'jsonb arrow missing on null column',
  `SELECT b -> 'x' v FROM t`,
  'CREATE TABLE t (b jsonb); INSERT INTO t VALUES (NULL)',
);
c(
  'jsonb containment on column with arrays',
  `SELECT count(*) FROM t WHERE b @> '{"t": ["x"]}'`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"t": ["x", "y"]}'), ('{"t": "x"}'), ('{"t": [["x"]]}')`,
);
c(
  'jsonb equality on column',
  `SELECT count(*) FROM t WHERE b = '{"a": 1.0}'`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"a": 1}'), ('{"a": 1.00}')`,
);
c(
  'jsonb arrow text compare number',
  `SELECT count(*) FROM t WHERE b ->> 'a' = '1'`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"a": 1}'), ('{"a": 1.0}'), ('{"a": "1"}')`,
);
c(
  'jsonb arrow text of float',
  `SELECT b ->> 'a' v FROM t`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"a": 1.10}'), ('{"a": 1e3}'), ('{"a": true}'), ('{"a": null}'), ('{"a": [1, "x"]}')`,
);
c(
  'jsonb order by arrow',
  `SELECT b -> 'a' v FROM t ORDER BY b -> 'a'`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"a": 2}'), ('{"a": "x"}'), ('{"a": null}'), ('{"a": true}'), ('{}')`,
);
c(
  'jsonb order by whole',
  `SELECT b FROM t ORDER BY b`,
  `CREATE TABLE t (b jsonb); INSERT INTO t VALUES ('{"b": 1}'), ('{"a": 1, "c": 1}'), ('{"a": 2}'), ('[1, 2]'), ('[3]'), ('"z"'), ('10')`,
);
export default cases;
