// Round 21 probe (h119), violations part 8: when two written values are the same key. A unique
// index and a foreign key compare with the type's btree equality (PostgreSQL 15 docs 5.4.3, 8.1,
// 8.3, 8.5, 8.14): numerics of other scales, -0 and 0, padded char, zoned timestamps, uuid case,
// json key order; and CHECK arithmetic at the edge of the integer range.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: keys: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

const PAIRS: readonly (readonly [string, string, string, string])[] = [
  ['numeric scales', 'numeric', '1.5', '1.50'],
  ['numeric zero scales', 'numeric', '0', '0.000'],
  ['numeric(6,2) rounding', 'numeric(6,2)', '1.004', '1.001'],
  ['float8 minus zero', 'float8', "'-0'", '0'],
  ['float4 rounding', 'real', '0.1', '0.10000000149'],
  ['char padded', 'char(4)', "'a'", "'a  '"],
  ['varchar trailing space', 'varchar(4)', "'a'", "'a '"],
  ['text trailing space', 'text', "'a'", "'a '"],
  ['text case', 'text', "'a'", "'A'"],
  ['timestamptz zones', 'timestamptz', "'2024-01-01 00:00+00'", "'2024-01-01 02:00+02'"],
  ['timestamp precision', 'timestamp(0)', "'2024-01-01 00:00:00.4'", "'2024-01-01 00:00:00'"],
  ['time precision', 'time(1)', "'10:00:00.04'", "'10:00:00'"],
  ['uuid case', 'uuid', "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'"],
  ['interval day hours', 'interval', "'1 day'", "'24 hours'"],
  ['interval month days', 'interval', "'1 mon'", "'30 days'"],
  ['jsonb key order', 'jsonb', `'{"a":1,"b":2}'`, `'{"b":2,"a":1}'`],
  ['jsonb number forms', 'jsonb', "'1.0'", "'1'"],
  ['bigint and int literal', 'bigint', '1', "'1'"],
  ['boolean spellings', 'boolean', "'yes'", "'t'"],
  ['date forms', 'date', "'2024-01-02'", "'Jan 2 2024'"],
  ['int array', 'int[]', "'{1,2}'", "'{1, 2}'"],
  ['bytea forms', 'bytea', "'\\x41'", "'A'"],
];
for (const [label, type, a, b] of PAIRS) {
  add(`unique ${label}`, [
    `CREATE TABLE u (v ${type} UNIQUE)`,
    `INSERT INTO u VALUES (${a})`,
    `INSERT INTO u VALUES (${b})`,
    'SELECT count(*)::int AS n FROM u',
  ]);
  add(`fk ${label}`, [
    `CREATE TABLE p (v ${type} PRIMARY KEY)`,
    `CREATE TABLE c (v ${type} REFERENCES p)`,
    `INSERT INTO p VALUES (${a})`,
    `INSERT INTO c VALUES (${b})`,
    'SELECT count(*)::int AS n FROM c',
  ]);
  add(`upsert ${label}`, [
    `CREATE TABLE u (v ${type} PRIMARY KEY, n int)`,
    `INSERT INTO u VALUES (${a}, 1)`,
    `INSERT INTO u VALUES (${b}, 2) ON CONFLICT (v) DO UPDATE SET n = u.n + 10 RETURNING n`,
    'SELECT count(*)::int AS n FROM u',
  ]);
}
add('check multiplication overflow', [
  'CREATE TABLE k (a int CHECK (a * 1000000 > 0))',
  'INSERT INTO k VALUES (3000)',
]);
add('check addition overflow', [
  'CREATE TABLE k (a int CHECK (a + 1 > a))',
  'INSERT INTO k VALUES (2147483647)',
]);
add('check smallint column arithmetic', [
  'CREATE TABLE k (a smallint CHECK (a + a > 0))',
  'INSERT INTO k VALUES (20000)',
]);
add('check bigint arithmetic ok', [
  'CREATE TABLE k (a bigint CHECK (a * 1000000 > 0))',
  'INSERT INTO k VALUES (3000) RETURNING a',
]);
add('check numeric comparison', ['CREATE TABLE k (a numeric CHECK (a <> 1))', 'INSERT INTO k VALUES (1.00)']);
add('check float comparison', [
  'CREATE TABLE k (a float8 CHECK (a < 0.3))',
  'INSERT INTO k VALUES (0.1 + 0.2)',
]);
add('check text comparison collation', [
  "CREATE TABLE k (a text CHECK (a < 'b'))",
  "INSERT INTO k VALUES ('B')",
  "INSERT INTO k VALUES ('c')",
]);
add('check date comparison with text', [
  "CREATE TABLE k (d date CHECK (d > '2024-01-01'))",
  "INSERT INTO k VALUES ('2024-01-01')",
]);
add('check length of char', [
  'CREATE TABLE k (c char(5) CHECK (length(c) >= 3))',
  "INSERT INTO k VALUES ('ab')",
]);
add('check boolean column null', [
  'CREATE TABLE k (b boolean CHECK (b))',
  'INSERT INTO k VALUES (NULL) RETURNING b',
  'INSERT INTO k VALUES (false)',
]);
add('check coalesce', [
  'CREATE TABLE k (a int, b int, CHECK (coalesce(a, b) IS NOT NULL))',
  'INSERT INTO k VALUES (NULL, NULL)',
]);
add('check not between', [
  'CREATE TABLE k (a int CHECK (a NOT BETWEEN 5 AND 10))',
  'INSERT INTO k VALUES (7)',
]);
add('check like', ["CREATE TABLE k (a text CHECK (a LIKE 'x%'))", "INSERT INTO k VALUES ('X1')"]);
add('check ilike', [
  "CREATE TABLE k (a text CHECK (a ILIKE 'x%'))",
  "INSERT INTO k VALUES ('X1') RETURNING a",
]);
add('check case expression', [
  "CREATE TABLE k (kind text, n int, CHECK (CASE WHEN kind = 'a' THEN n > 0 ELSE true END))",
  "INSERT INTO k VALUES ('a', 0)",
]);
add('check upper', ['CREATE TABLE k (a text CHECK (a = upper(a)))', "INSERT INTO k VALUES ('aB')"]);
add('check abs', ['CREATE TABLE k (a int CHECK (abs(a) < 5))', 'INSERT INTO k VALUES (-7)']);

export default list.cases;
