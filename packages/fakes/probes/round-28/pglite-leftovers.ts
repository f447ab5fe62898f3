// Round 28 probe (helper r28-pglite): the PGlite leftovers of rounds 25-27, measured again and
// widened: 42P22 over expressions, which literal's error 15 raises first (select list, FROM, WHERE,
// ORDER BY: 15 casts an unknown literal while it parses, clause by clause), array text shaped as a
// JSON object, expression arguments of inlined stand-ins in a WHERE, and zone arguments in bodies.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r28 leftovers: ');

const TWO = `CREATE TABLE t (a text COLLATE "C", b text COLLATE "POSIX", c text, d text COLLATE "und-x-icu", n int);
  INSERT INTO t VALUES ('Abc', 'abc', 'ABC', 'aBc', 2), ('straße', 'STRASSE', 'Straße', 'strasse', 1), (NULL, 'É', 'e', 'E', NULL)`;

// 1. 42P22: a function needing a collation over an expression whose operands' collations conflict.
const COLLATE: readonly (readonly [string, string])[] = [
  ['substring from a column', 'substring(a from b)'],
  ['substring from, d', 'substring(a from d)'],
  ['substring from an integer column', 'substring(a from n)'],
  ['substring from a literal', "substring(a from 'b')"],
  ['lower of COALESCE', 'lower(COALESCE(a, b))'],
  ['lower of COALESCE, null first', 'lower(COALESCE(NULL, a, b))'],
  ['upper of CASE', 'upper(CASE WHEN a IS NULL THEN b ELSE a END)'],
  ['initcap of NULLIF', 'initcap(NULLIF(a, b))'],
  ['lower of GREATEST', 'lower(GREATEST(a, b))'],
  ['lower of COALESCE with a literal', "lower(COALESCE(a, 'x'))"],
  ['lower of COALESCE of one collation', 'lower(COALESCE(a, a))'],
  ['lower of COALESCE with COLLATE', 'lower(COALESCE(a, b) COLLATE "C")'],
  ['ILIKE ANY array of a column', 'a ILIKE ANY (ARRAY[b])'],
  ['ILIKE ALL array of two columns', 'a ILIKE ALL (ARRAY[b, d])'],
  ['regex ANY array', 'a ~ ANY (ARRAY[b])'],
  ['regex ANY array of one collation', "a ~ ANY (ARRAY[a, 'x'])"],
  ['NOT ILIKE ANY array', 'a NOT ILIKE ANY (ARRAY[b])'],
  ['~* ALL array', 'b ~* ALL (ARRAY[d])'],
  ['ILIKE of COALESCE operands', 'COALESCE(a, b) ILIKE c'],
  ['regex of a CASE operand', "(CASE WHEN n > 1 THEN a ELSE b END) ~ 'a'"],
  ['regexp_replace over COALESCE', "regexp_replace(COALESCE(a, b), 'a', 'z')"],
  ['lower of a subquery column', 'lower((SELECT COALESCE(a, b)))'],
  ['lower of concat of three', "lower(a || '-' || b)"],
  ['upper of an array element', 'upper((ARRAY[a, b])[1])'],
];
for (const [name, expr] of COLLATE) {
  list.add(`42P22: ${name}`, [`SELECT ${expr} AS v FROM t ORDER BY ctid`], TWO);
}
list.add(
  '42P22: lower of COALESCE in WHERE',
  ["SELECT count(*) FROM t WHERE lower(COALESCE(a, b)) = 'abc'"],
  TWO,
);
list.add(
  '42P22: substring from in a view',
  ['CREATE VIEW v AS SELECT substring(a from b) AS s FROM t', 'SELECT * FROM v'],
  TWO,
);
list.add(
  '42P22: ILIKE ANY on an empty table',
  ['DELETE FROM t', 'SELECT a ILIKE ANY (ARRAY[b]) FROM t'],
  TWO,
);

// 2. Two literals both refused, or one refused only by 15: which error 15 reports.
const LITERALS: readonly (readonly [string, string])[] = [
  ['bad date before 0x1F', "'2023-02-29'::date, '0x1F'::int"],
  ['0x1F before bad date', "'0x1F'::int, '2023-02-29'::date"],
  ['1_000 numeric before bad timestamp', "'1_000'::numeric, '2023-13-01'::timestamp"],
  ['bad timestamp before 1_000 numeric', "'2023-13-01'::timestamp, '1_000'::numeric"],
  ['0o17 bigint before bad uuid', "'0o17'::bigint, 'zz'::uuid"],
  ['bad uuid before 0o17 bigint', "'zz'::uuid, '0o17'::bigint"],
  ['bad bool before 0b101', "'maybe'::boolean, '0b101'::int2"],
  ['0b101 before bad bool', "'0b101'::int2, 'maybe'::boolean"],
  ['bad interval before 1_0', "'1 fortnight'::interval, '1_0'::int"],
  ['infinity interval before bad int', "'infinity'::interval, 'x'::int"],
  ['bad int before infinity interval', "'x'::int, 'infinity'::interval"],
  ['bad jsonb before 0x10', "'{'::jsonb, '0x10'::int"],
  ['0x10 before bad jsonb', "'0x10'::int, '{'::jsonb"],
  ['bad numeric before 1_000 numeric', "'1.2.3'::numeric, '1_000'::numeric"],
  ['1_000 numeric before bad numeric', "'1_000'::numeric, '1.2.3'::numeric"],
  ['bad inet before 0x1F in an expression', "'300.1.1.1'::inet, 1 + '0x1F'::int"],
  ['0x1F in an expression before bad inet', "1 + '0x1F'::int, '300.1.1.1'::inet"],
  ['function argument order', "length('x'::text) + '0x1F'::int + extract(day from '2023-02-30'::date)"],
];
for (const [name, exprs] of LITERALS) list.add(`literal order: ${name}`, [`SELECT ${exprs}`]);

// 3. Clause order: FROM, then the select list, then WHERE, HAVING, ORDER BY, GROUP BY.
const CLAUSES: readonly (readonly [string, string])[] = [
  ['FROM subquery before select list', "SELECT '0x1F'::int FROM (SELECT '2023-02-29'::date) s"],
  ['select list before FROM? (15: FROM first)', "SELECT '2023-02-29'::date FROM (SELECT '0x1F'::int) s"],
  ['FROM function before select list', "SELECT '2023-02-29'::date FROM generate_series(1, '1_000'::int) g"],
  ['FROM VALUES before select list', "SELECT '2023-02-29'::date FROM (VALUES ('0x1F'::int)) v(x)"],
  [
    'JOIN ON before select list',
    "SELECT '2023-02-29'::date FROM (SELECT 1 x) a JOIN (SELECT 1 y) b ON x = '0x1F'::int",
  ],
  ['select list before WHERE', "SELECT '0x1F'::int WHERE '2023-02-29'::date IS NULL"],
  ['WHERE after select list', "SELECT '2023-02-29'::date WHERE 1 = '0x1F'::int"],
  ['WHERE before ORDER BY', "SELECT 1 AS x WHERE 1 = '0x1F'::int ORDER BY '2023-02-29'::date"],
  ['ORDER BY after WHERE', "SELECT 1 AS x WHERE '2023-02-29'::date IS NULL ORDER BY '0x1F'::int"],
  ['HAVING before ORDER BY', "SELECT 1 AS x HAVING count(*) = '0x1F'::int ORDER BY '2023-02-29'::date"],
  ['ORDER BY before GROUP BY', "SELECT 1 AS x GROUP BY '2023-02-29'::date ORDER BY '0x1F'::int"],
  ['GROUP BY after ORDER BY', "SELECT 1 AS x GROUP BY '0x1F'::int ORDER BY '2023-02-29'::date"],
  ['LIMIT after WHERE', "SELECT 1 WHERE '2023-02-29'::date IS NULL LIMIT '0x1F'::int"],
  ['CTE before main', "WITH c AS (SELECT '2023-02-29'::date) SELECT '0x1F'::int FROM c"],
  ['CTE before main, reversed', "WITH c AS (SELECT '0x1F'::int) SELECT '2023-02-29'::date FROM c"],
  ['UNION left before right', "SELECT '0x1F'::int UNION ALL SELECT '2023-02-29'::date::text::int"],
  [
    'INSERT VALUES before RETURNING',
    "CREATE TEMP TABLE x (i int, d date); INSERT INTO x VALUES ('0x1F', '2023-02-28') RETURNING '2023-02-29'::date",
  ],
  [
    'UPDATE SET before WHERE',
    "CREATE TEMP TABLE x (i int, d date); UPDATE x SET d = '2023-02-29' WHERE i = '0x1F'",
  ],
  [
    'UPDATE WHERE after SET',
    "CREATE TEMP TABLE x (i int, d date); UPDATE x SET i = '0x1F' WHERE d = '2023-02-29'",
  ],
  [
    'DELETE USING before WHERE',
    "CREATE TEMP TABLE x (i int, d date); DELETE FROM x USING (SELECT '0x1F'::int) s WHERE d = '2023-02-29'",
  ],
  ['scalar subquery in select list before later literal', "SELECT (SELECT '0x1F'::int), '2023-02-29'::date"],
  ['lateral FROM item', "SELECT 1 FROM (SELECT '2023-02-29'::date) a, LATERAL (SELECT '0x1F'::int) b"],
  ['FROM items in order', "SELECT 1 FROM (SELECT '0x1F'::int) a, (SELECT '2023-02-29'::date) b"],
];
for (const [name, sql] of CLAUSES) list.add(`clause order: ${name}`, [sql]);

// 4. Array text shaped as JSON: 15 checks the braces before any element.
const ARRAYS: readonly (readonly [string, string])[] = [
  ['object into text[]', `'{"a":1}'::text[]`],
  ['object into int[]', `'{"a":1}'::int[]`],
  ['object with spaces into text[]', `'{ "a" : "b" }'::text[]`],
  ['nested object into text[]', `'{"a":{"b":1}}'::text[]`],
  ['object of two keys into text[]', `'{"a":1,"b":2}'::text[]`],
  ['object then junk', `'{"a":1} x'::text[]`],
  ['json array into text[]', `'["a","b"]'::text[]`],
  ['quoted elements are fine', `'{"a","b"}'::text[]`],
  ['quoted element with colon', `'{"a:1"}'::text[]`],
  ['colon after quoted element', `'{"a":"b"}'::text[]`],
  ['jsonb object text into jsonb[]', `'{"a":1}'::jsonb[]`],
  ['cast from jsonb text', `('{"a":1}'::jsonb)::text::text[]`],
];
for (const [name, expr] of ARRAYS) list.select(`array text: ${name}`, expr);
list.add('array text: insert object into text[] column', [
  'CREATE TEMP TABLE x (a text[])',
  `INSERT INTO x VALUES ('{"k":"v"}')`,
  'SELECT a FROM x',
]);
list.params('array text: parameter object into text[]', 'SELECT $1::text[] AS v', ['{"k":"v"}']);
list.params('array text: parameter object into int[]', 'SELECT $1::int[] AS v', ['{"k":1}']);

// 5. A guard's cost: an expression argument of an inlined wrapper.
const GUARD = `CREATE TABLE g (id int PRIMARY KEY, tx text, j jsonb);
INSERT INTO g VALUES (1, '12', '{"a": 1}'), (2, 'abc', '[1]'), (3, NULL, NULL), (4, '7.5', '"s"')`;
const GUARDS: readonly string[] = [
  `(j::text ~ '^\\s*$') AND (tx::jsonb)::boolean`,
  `lower(tx) ~ '^[0-9.]+$' AND tx::numeric > 5`,
  `lower(tx || '') ~ '^[0-9]+$' AND tx::int > 5`,
  `upper(j ->> 'a') = '1' AND tx::int > 5`,
  `(tx || 'x') ILIKE '1%' AND tx::int > 5`,
  `lower(j::text) LIKE '{%' AND tx::int > 5`,
  `initcap(tx) ~ '^[0-9]' AND tx::int > 5`,
];
for (const [index, cond] of GUARDS.entries())
  list.add(`guard cost ${index}: ${cond}`, [`SELECT id FROM g WHERE ${cond} ORDER BY id`], GUARD);

// 6. Zone arguments inside function bodies (15 reads IST as the abbreviation set's +02).
const ZONES = `SET TIME ZONE 'Asia/Kolkata';
CREATE FUNCTION zsql(ts timestamptz) RETURNS timestamp LANGUAGE sql AS $$ SELECT ts AT TIME ZONE 'IST' $$;
CREATE FUNCTION zsqlarg(ts timestamptz, z text) RETURNS timestamp LANGUAGE sql AS $$ SELECT ts AT TIME ZONE z $$;
CREATE FUNCTION zstd(ts timestamptz) RETURNS timestamp LANGUAGE sql BEGIN ATOMIC SELECT timezone('IST', ts); END;
CREATE FUNCTION zpl(ts timestamptz) RETURNS timestamp LANGUAGE plpgsql AS $$ BEGIN RETURN ts AT TIME ZONE 'IST'; END $$;
CREATE FUNCTION zplarg(ts timestamptz, z text) RETURNS timestamp LANGUAGE plpgsql AS $$ BEGIN RETURN timezone(z, ts); END $$;
CREATE FUNCTION zpltrunc(ts timestamptz) RETURNS timestamptz LANGUAGE plpgsql AS $$ BEGIN RETURN date_trunc('day', ts, 'IST'); END $$;
CREATE FUNCTION zdyn(ts timestamptz) RETURNS timestamp LANGUAGE plpgsql AS $$ DECLARE r timestamp; BEGIN EXECUTE 'SELECT $1 AT TIME ZONE ''IST''' INTO r USING ts; RETURN r; END $$;`;
const ZONE_CALLS: readonly string[] = [
  "zsql('2024-01-01 00:00:00+00')::text",
  "zsqlarg('2024-01-01 00:00:00+00', 'IST')::text",
  "zstd('2024-01-01 00:00:00+00')::text",
  "zpl('2024-01-01 00:00:00+00')::text",
  "zplarg('2024-01-01 00:00:00+00', 'IST')::text",
  "zplarg('2024-01-01 00:00:00+00', 'PMT')::text",
  "zpltrunc('2024-01-01 20:00:00+00')::text",
  "zdyn('2024-01-01 00:00:00+00')::text",
];
for (const call of ZONE_CALLS) list.add(`zone in body: ${call}`, [`SELECT ${call} AS v`], ZONES);
list.add(
  'zone in body: DO block',
  [
    `DO $$ BEGIN RAISE NOTICE '%', ('2024-01-01 00:00:00+00'::timestamptz AT TIME ZONE 'IST'); END $$`,
    `CREATE TEMP TABLE o AS SELECT 1; DO $$ BEGIN CREATE TEMP TABLE o2 AS SELECT ('2024-01-01 00:00:00+00'::timestamptz AT TIME ZONE 'IST')::text AS v; END $$`,
    'SELECT v FROM o2',
  ],
  "SET TIME ZONE 'Asia/Kolkata'",
);
list.add(
  'zone in body: trigger',
  ["INSERT INTO ev (at) VALUES ('2024-01-01 00:00:00+00')", 'SELECT local::text FROM ev'],
  `SET TIME ZONE 'Asia/Kolkata';
  CREATE TABLE ev (at timestamptz, local timestamp);
  CREATE FUNCTION evf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.local := NEW.at AT TIME ZONE 'IST'; RETURN NEW; END $$;
  CREATE TRIGGER evt BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION evf();`,
);
list.add(
  'zone in body: generated column expression',
  ["INSERT INTO gz (at) VALUES ('2024-01-01 00:00:00+00')", 'SELECT at::text FROM gz'],
  `SET TIME ZONE 'Asia/Kolkata'; CREATE TABLE gz (at timestamptz DEFAULT ('2024-01-01 00:00:00'::timestamp AT TIME ZONE 'IST'));`,
);
list.add(
  'zone in body: column default',
  ['INSERT INTO dz DEFAULT VALUES', 'SELECT at::text FROM dz'],
  `SET TIME ZONE 'Asia/Kolkata'; CREATE TABLE dz (at timestamptz DEFAULT ('2024-01-01 00:00:00'::timestamp AT TIME ZONE 'IST'));`,
);
list.add(
  'zone in body: view',
  ['SELECT v::text FROM vz'],
  `SET TIME ZONE 'Asia/Kolkata'; CREATE VIEW vz AS SELECT '2024-01-01 00:00:00+00'::timestamptz AT TIME ZONE 'IST' AS v;`,
);

export default list.cases;
