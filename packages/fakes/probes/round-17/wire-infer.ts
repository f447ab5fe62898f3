// Round 17 probe, wire part B: parameter type inference (PostgreSQL 15 docs 55.2.3 Extended Query,
// PREPARE, chapter 10 type conversion): $n in comparisons with columns of each type, in LIMIT and
// OFFSET, in arithmetic, in function calls, unknown types (42P18, 42804, 42725, 22P02), one parameter
// used in two contexts, too few or too many parameters (08P01). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 wire infer: ');

const table = `CREATE TABLE t (i int, b bigint, s text, u uuid, ts timestamptz, j jsonb, n numeric, f float8, ok boolean, d date);
INSERT INTO t VALUES
 (1, 10, 'a', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-01-01 00:00:00+00', '{"k": 1}', 1.5, 0.5, true, '2024-01-01'),
 (2, 20, 'b', 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '2024-06-01 12:00:00+00', '{"k": 2}', 2.5, 1.5, false, '2024-06-01'),
 (3, 30, 'c', NULL, NULL, NULL, NULL, NULL, NULL, NULL)`;
const p = (name: string, sql: string, params: unknown[]) => list.params(name, sql, params, table);

const comparisons: [string, unknown[]][] = [
  ['i', [2, '2', '2.0', 'x', 2.5, '', null, 2n, ' 2 ']],
  ['b', ['20', 20, '9223372036854775808', 20n, '2e1']],
  ['s', ['b', 2, true, null, ['b']]],
  ['u', ['b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'B0EEBC999C0B4EF8BB6D6BB9BD380A12', 'nope', '']],
  [
    'ts',
    [
      '2024-06-01 12:00:00+00',
      '2024-06-01T14:00:00+02:00',
      new Date(Date.UTC(2024, 5, 1, 12)),
      '2024-06-01',
      'garbage',
    ],
  ],
  ['j', [{ k: 2 }, '{"k":2}', '{"k": 2.0}', 'not json']],
  ['n', ['2.5', 2.5, '2.50', 'NaN']],
  ['f', [1.5, '1.5', '1.50000000000000001']],
  ['ok', [true, 'true', 't', 'f', 'maybe', 1]],
  ['d', ['2024-06-01', new Date(Date.UTC(2024, 5, 1)), '06/01/2024', '2024-13-01']],
];
for (const [column, params] of comparisons) {
  params.forEach((value, index) => {
    p(`${column} = $1 #${index + 1}`, `SELECT i AS v FROM t WHERE ${column} = $1 ORDER BY i`, [value]);
  });
  p(`${column} IN ($1, $2)`, `SELECT i AS v FROM t WHERE ${column} IN ($1, $2) ORDER BY i`, [
    params[0],
    null,
  ]);
  p(
    `${column} IS NOT DISTINCT FROM $1 null`,
    `SELECT i AS v FROM t WHERE ${column} IS NOT DISTINCT FROM $1 ORDER BY i`,
    [null],
  );
}

p('i > $1', 'SELECT i AS v FROM t WHERE i > $1 ORDER BY i', [1]);
p('$1 < i', 'SELECT i AS v FROM t WHERE $1 < i ORDER BY i', ['1']);
p('i BETWEEN $1 AND $2', 'SELECT i AS v FROM t WHERE i BETWEEN $1 AND $2 ORDER BY i', [1, '2']);
p('ts range', 'SELECT i AS v FROM t WHERE ts >= $1 AND ts < $2 ORDER BY i', [
  '2024-01-01',
  new Date(Date.UTC(2024, 5, 1, 12)),
]);
p('s LIKE $1', 'SELECT i AS v FROM t WHERE s LIKE $1 ORDER BY i', ['%b%']);
p('s ILIKE $1 escape', `SELECT i AS v FROM t WHERE s ILIKE $1 ORDER BY i`, ['B']);
p('j ->> $1', 'SELECT i AS v, j ->> $1 AS k FROM t ORDER BY i', ['k']);
p('j @> $1', 'SELECT i AS v FROM t WHERE j @> $1 ORDER BY i', [{ k: 1 }]);
p('j ? $1', 'SELECT i AS v FROM t WHERE j ? $1 ORDER BY i', ['k']);
p('u = ANY($1)', 'SELECT i AS v FROM t WHERE u = ANY($1) ORDER BY i', [
  ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'],
]);
p('i = ANY($1) strings', 'SELECT i AS v FROM t WHERE i = ANY($1) ORDER BY i', [['1', '3']]);
p('i = ANY($1) bad element', 'SELECT i AS v FROM t WHERE i = ANY($1) ORDER BY i', [['1', 'x']]);
p('i = ANY($1) not array', 'SELECT i AS v FROM t WHERE i = ANY($1) ORDER BY i', ['1']);
p('s = ANY($1::text[])', 'SELECT i AS v FROM t WHERE s = ANY($1::text[]) ORDER BY i', [['a', 'c']]);

// LIMIT and OFFSET: bigint parameters.
p('LIMIT $1', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', [2]);
p('LIMIT $1 string', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', ['2']);
p('LIMIT $1 null', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', [null]);
p('LIMIT $1 negative', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', [-1]);
p('LIMIT $1 fraction', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', [1.5]);
p('LIMIT $1 fraction string', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', ['1.5']);
p('OFFSET $1', 'SELECT i AS v FROM t ORDER BY i OFFSET $1', [1]);
p('OFFSET $1 negative', 'SELECT i AS v FROM t ORDER BY i OFFSET $1', [-1]);
p('LIMIT $1 OFFSET $2', 'SELECT i AS v FROM t ORDER BY i LIMIT $1 OFFSET $2', [1, 1]);
p('FETCH FIRST $1 ROWS ONLY', 'SELECT i AS v FROM t ORDER BY i FETCH FIRST $1 ROWS ONLY', [2]);
p('LIMIT $1 big', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', ['9223372036854775807']);

// Arithmetic and functions: the operand's type, or unknown resolved as text.
const arithmetic: [string, string, unknown[]][] = [
  ['$1 + 1', 'SELECT $1 + 1 AS v', [2]],
  ['$1 + 1 string', 'SELECT $1 + 1 AS v', ['2']],
  ['$1 + 1 fraction', 'SELECT $1 + 1 AS v', ['2.5']],
  ['$1 + 1.5', 'SELECT $1 + 1.5 AS v', ['2']],
  ['$1 + $2', 'SELECT $1 + $2 AS v', [1, 2]],
  ['$1::int + $2', 'SELECT $1::int + $2 AS v', [1, '2']],
  ['$1 || $2', 'SELECT $1 || $2 AS v', ['a', 'b']],
  ['$1 || 1', 'SELECT $1 || 1 AS v', ['a']],
  ['i * $1', 'SELECT i * $1 AS v FROM t ORDER BY i', [2]],
  ['f * $1', 'SELECT f * $1 AS v FROM t ORDER BY i', ['2']],
  ['n / $1', 'SELECT n / $1 AS v FROM t ORDER BY i', [3]],
  ['i / $1 zero', 'SELECT i / $1 AS v FROM t ORDER BY i', [0]],
  ['ts + $1 interval', 'SELECT ts + $1 AS v FROM t ORDER BY i', ['1 day']],
  ['d + $1', 'SELECT d + $1 AS v FROM t ORDER BY i', [1]],
  ['d - $1', 'SELECT d - $1 AS v FROM t ORDER BY i', ['2024-01-01']],
  ['-$1', 'SELECT -$1 AS v', [5]],
  ['abs($1)', 'SELECT abs($1) AS v', [-5]],
  ['round($1, 2)', 'SELECT round($1, 2) AS v', ['1.005']],
  ['length($1)', 'SELECT length($1) AS v', ['abc']],
  ['upper($1)', 'SELECT upper($1) AS v', ['abc']],
  ['coalesce($1, 5)', 'SELECT coalesce($1, 5) AS v', [null]],
  ['coalesce($1, s)', 'SELECT coalesce($1, s) AS v FROM t ORDER BY i', [null]],
  ['coalesce($1, $2)', 'SELECT coalesce($1, $2) AS v', [null, 'x']],
  ['nullif($1, $2)', 'SELECT nullif($1, $2) AS v', ['a', 'a']],
  ['greatest($1, 3)', 'SELECT greatest($1, 3) AS v', ['10']],
  ['CASE WHEN $1 THEN', 'SELECT CASE WHEN $1 THEN 1 ELSE 2 END AS v', [true]],
  ['CASE WHEN $1 string', 'SELECT CASE WHEN $1 THEN 1 ELSE 2 END AS v', ['yes']],
  ['CASE result $1', 'SELECT CASE WHEN true THEN $1 ELSE 2 END AS v', ['7']],
  ['$1 IS NULL', 'SELECT $1 IS NULL AS v', [null]],
  ['$1 IS NULL with value', 'SELECT $1 IS NULL AS v', ['x']],
  ['NOT $1', 'SELECT NOT $1 AS v', [false]],
  ['$1 AND true', 'SELECT $1 AND true AS v', ['t']],
  ['array[$1, $2]', 'SELECT ARRAY[$1, $2] AS v', ['a', 'b']],
  ['array[$1::int, $2]', 'SELECT ARRAY[$1::int, $2] AS v', [1, '2']],
  ['$1 = $1', 'SELECT $1 = $1 AS v', ['a']],
  ['$1 in VALUES', 'SELECT x AS v FROM (VALUES ($1), ($2)) s(x) ORDER BY x', ['b', 'a']],
  ['$1 in VALUES mixed', 'SELECT x AS v FROM (VALUES ($1), (2)) s(x) ORDER BY x', ['1']],
  ['$1 in UNION', 'SELECT $1 AS v UNION ALL SELECT 2 ORDER BY v', ['1']],
  ['$1 in UNION text first', 'SELECT $1 AS v UNION ALL SELECT $2 ORDER BY v', ['b', 'a']],
  ['$1 IN subquery', 'SELECT i AS v FROM t WHERE i IN (SELECT $1::int) ORDER BY i', [1]],
  ['EXISTS with $1', 'SELECT EXISTS (SELECT 1 FROM t WHERE s = $1) AS v', ['a']],
  ['count filter $1', 'SELECT count(*) FILTER (WHERE i > $1) AS v FROM t', [1]],
  ['sum($1)', 'SELECT sum($1::int) AS v FROM t', [2]],
  ['$1::regclass', 'SELECT $1::regclass::text AS v', ['t']],
  ['to_timestamp($1)', `SELECT to_timestamp($1) AS v`, [1700000000]],
  ['make_interval', 'SELECT make_interval(days => $1) AS v', [3]],
  ['generate_series($1, $2)', 'SELECT g AS v FROM generate_series($1::int, $2::int) g ORDER BY g', [1, 3]],
  ['date_trunc($1, ts)', 'SELECT date_trunc($1, ts) AS v FROM t ORDER BY i', ['month']],
  ['extract from $1', `SELECT extract(year FROM $1::date) AS v`, ['2024-05-05']],
  ['format($1, $2)', 'SELECT format($1, $2) AS v', ['<%s>', 'x']],
  ['concat($1, $2)', 'SELECT concat($1, $2) AS v', [1, 'x']],
  ['jsonb_build_object($1, $2)', 'SELECT jsonb_build_object($1::text, $2::int) AS v', ['a', 1]],
  ['jsonb_build_object untyped', 'SELECT jsonb_build_object($1, $2) AS v', ['a', 1]],
  ['json_build_array untyped', 'SELECT json_build_array($1, $2) AS v', ['a', 1]],
  ['to_jsonb($1)', 'SELECT to_jsonb($1) AS v', ['x']],
  ['to_jsonb($1::text)', 'SELECT to_jsonb($1::text) AS v', ['x']],
  ['row($1, $2)', 'SELECT ROW($1, $2)::text AS v', ['a', 'b']],
];
for (const [name, sql, params] of arithmetic) p(name, sql, params);

// Parameters whose type comes from a set operation, a row, a subquery or an overloaded function.
const more: [string, string, unknown[]][] = [
  ['INSERT SELECT $1 into int', 'INSERT INTO t (i) SELECT $1', ['5']],
  ['INSERT SELECT $1 into jsonb', 'INSERT INTO t (i, j) SELECT 8, $1', ['{}']],
  [
    'INSERT multi-row VALUES',
    'INSERT INTO t (i, s) VALUES ($1, $2), ($3, $4) RETURNING i AS a, s AS b',
    ['7', 1, 8, 'x'],
  ],
  [
    'INSERT ON CONFLICT SET $2',
    "INSERT INTO t (i, s) VALUES ($1, 'q') ON CONFLICT DO NOTHING RETURNING i AS v",
    [1],
  ],
  ['UPDATE SET $1 + 1', 'UPDATE t SET i = $1 + 1 WHERE i = 3 RETURNING i AS v', ['5']],
  ['row comparison', 'SELECT i AS v FROM t WHERE (i, s) = ($1, $2) ORDER BY i', ['2', 'b']],
  ['IN unnest', 'SELECT i AS v FROM t WHERE i IN (SELECT unnest($1::int[])) ORDER BY i', [[1, 3]]],
  ['UNION with int column', 'SELECT i AS v FROM t UNION SELECT $1 ORDER BY v', ['9']],
  ['UNION of two params', 'SELECT $1 AS v UNION SELECT $2 ORDER BY v', ['b', 'a']],
  [
    'VALUES mixed rows',
    'SELECT a AS x, b AS y FROM (VALUES ($1, 1), ($2, 2)) v(a, b) ORDER BY b',
    ['p', 'q'],
  ],
  ['CASE $1 WHEN', `SELECT CASE $1 WHEN 1 THEN 'a' ELSE 'b' END AS v`, ['1']],
  ['$1 BETWEEN', 'SELECT $1 BETWEEN 1 AND 10 AS v', ['5']],
  ['date + $1', `SELECT '2024-01-01'::date + $1 AS v`, [3]],
  ['now() - $1 unknown', `SELECT (timestamptz '2024-01-02 00:00+00' - $1) AS v`, ['1 day']],
  [
    'ts > literal - $1::interval',
    `SELECT i AS v FROM t WHERE ts > timestamptz '2024-06-02 00:00+00' - $1::interval ORDER BY i`,
    ['2 days'],
  ],
  ['jsonb_set path and value', `SELECT jsonb_set(j, $1, $2) AS v FROM t WHERE i = 1`, [['k'], '5']],
  [
    'jsonb_set with object value',
    `SELECT jsonb_set(j, $1, $2) AS v FROM t WHERE i = 1`,
    ['{k}', { deep: 1 }],
  ],
  ['$1::text::jsonb', 'SELECT $1::text::jsonb AS v', ['[1]']],
  ['regex $1', `SELECT $1 ~ '^a' AS v`, ['abc']],
  ['ORDER BY CASE $1', `SELECT i AS v FROM t ORDER BY CASE WHEN $1 = 'desc' THEN -i ELSE i END`, ['desc']],
  ['LIMIT empty string', 'SELECT i AS v FROM t ORDER BY i LIMIT $1', ['']],
  ['date_trunc with Date', `SELECT date_trunc('day', $1) AS v`, [new Date(Date.UTC(2024, 0, 15, 23, 30))]],
  ['date_trunc with string', `SELECT date_trunc('day', $1)::text AS v`, ['2024-01-15 23:30:00+05']],
  ['extract epoch from $1', 'SELECT extract(epoch FROM $1) AS v', ['2024-01-15 00:00:00+00']],
  ['to_char($1) ambiguous', `SELECT to_char($1, 'YYYY') AS v`, ['2024-01-15']],
  ['age($1)', `SELECT age($1, timestamp '2024-01-01') AS v`, ['2024-03-15']],
  ['$1 AT TIME ZONE', `SELECT ($1 AT TIME ZONE 'UTC')::text AS v`, ['2024-01-15 12:00+02']],
  ['json_populate_record', `SELECT (json_populate_record(NULL::t, $1)).s AS v`, [{ s: 'x', i: 4 }]],
  [
    'jsonb_to_recordset',
    'SELECT a AS x, b AS y FROM jsonb_to_recordset($1) AS r(a int, b text) ORDER BY a',
    [
      JSON.stringify([
        { a: 2, b: 'y' },
        { a: 1, b: 'x' },
      ]),
    ],
  ],
  ['CTE with $1', 'WITH x AS (SELECT $1::int AS v) SELECT v AS v FROM x', ['4']],
  ['subquery $1 compared', 'SELECT i AS v FROM t WHERE i = (SELECT $1) ORDER BY i', ['1']],
  ['array_position', 'SELECT array_position($1::text[], $2) AS v', [['a', 'b'], 'b']],
  ['string_to_array($1)', `SELECT string_to_array($1, ',') AS v`, ['a,b,,c']],
  ['$1 IS TRUE', 'SELECT $1 IS TRUE AS v', ['t']],
  ['$1::int[] from string literal', 'SELECT $1::int[] AS v', ['{1,2,NULL}']],
  ['$1::int[] bad literal', 'SELECT $1::int[] AS v', ['{1,2']],
  ['numeric param precision', 'SELECT $1::numeric * 3 AS v', ['0.1']],
  ['float param precision', 'SELECT $1::float8 * 3 AS v', [0.1]],
  ['int8 param from unsafe number', 'SELECT $1::int8 AS v', [Number.MAX_SAFE_INTEGER + 2]],
];
for (const [name, sql, params] of more) p(name, sql, params);

// One parameter in two contexts.
p('$1 as int and text', 'SELECT $1::int AS a, $1::text AS b', ['5']);
p('$1 compared with int then text', 'SELECT i AS v FROM t WHERE i = $1 OR s = $1 ORDER BY i', ['1']);
p('$1 compared with text then int', 'SELECT i AS v FROM t WHERE s = $1 OR i = $1 ORDER BY i', ['a']);
p('$1 int then || text', "SELECT $1 + 1 AS a, $1 || 'x' AS b", [1]);
p('$1 in WHERE and SELECT', 'SELECT $1 AS a, i AS b FROM t WHERE i = $1 ORDER BY i', [2]);
p('$2 without $1', 'SELECT $2::int AS v', [null, 5]);
p('$2 without $1 untyped', 'SELECT $2 AS v', ['x', 'y']);

// Parameter count mismatches and undeterminable types.
p('too few parameters', 'SELECT $1::int AS a, $2::int AS b', [1]);
p('too many parameters', 'SELECT $1::int AS v', [1, 2]);
p('parameters for a statement without any', 'SELECT 1 AS v', [1]);
p('no parameters for $1', 'SELECT $1::int AS v', []);
p('$0', 'SELECT $0 AS v', [1]);
p('$1 untyped null', 'SELECT $1 AS v', [null]);
p('$1 IS NULL untyped', 'SELECT $1 IS NULL AS v', [null]);
p('$1 = $2 untyped', 'SELECT $1 = $2 AS v', ['a', 'a']);
p('$1 + $2 untyped strings', 'SELECT $1 + $2 AS v', ['1', '2']);
p('array_length($1, 1)', 'SELECT array_length($1, 1) AS v', [[1, 2]]);
p('unnest($1)', 'SELECT x AS v FROM unnest($1) x', [[1, 2]]);
p('$1 in ORDER BY', 'SELECT i AS v FROM t ORDER BY $1, i', [1]);
p('$1 as GROUP BY', 'SELECT count(*) AS v FROM t GROUP BY $1', ['x']);
p('$1 as table name fails', 'SELECT * FROM $1', ['t']);
p('$1 in SET', `SET TimeZone = $1`, ['UTC']);
p('$1 in DDL default', 'CREATE TABLE u (x int DEFAULT $1)', [1]);
p('set_config with $1', `SELECT set_config('application_name', $1, false) AS v`, ['probe']);
p('int overflow from $1', 'SELECT $1::int AS v', [3000000000]);
p('22P02 for int', 'SELECT i AS v FROM t WHERE i = $1', ['abc']);
p('22P02 for uuid', 'SELECT i AS v FROM t WHERE u = $1', ['abc']);
p('22P02 for bool', 'SELECT i AS v FROM t WHERE ok = $1', ['abc']);
p('22007 for date', 'SELECT i AS v FROM t WHERE d = $1', ['abc']);
p('22008 for date range', 'SELECT i AS v FROM t WHERE d = $1', ['2024-02-30']);
p('42804 CASE mix', "SELECT CASE WHEN $1 THEN 1 ELSE 'a'::text END AS v", [true]);
p('42883 operator', 'SELECT i AS v FROM t WHERE i = $1::uuid', ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']);
p('42725 ambiguous', 'SELECT $1 || $2 AS v', [1, 2]);
p('insert $1 into int', 'INSERT INTO t (i) VALUES ($1) RETURNING i AS v', ['7']);
p('insert $1 into jsonb object', 'INSERT INTO t (i, j) VALUES (9, $1) RETURNING j AS v', [
  { nested: { deep: [1, 2] } },
]);
p('insert $1 into jsonb array needs stringify', 'INSERT INTO t (i, j) VALUES (9, $1) RETURNING j AS v', [
  [1, 2],
]);
p('insert $1 stringified array', 'INSERT INTO t (i, j) VALUES (9, $1) RETURNING j AS v', [
  JSON.stringify([1, 2]),
]);
p('update SET $1', 'UPDATE t SET s = $1 WHERE i = $2 RETURNING s AS v', ['z', 1]);
p('update SET jsonb merge', 'UPDATE t SET j = j || $1 WHERE i = 1 RETURNING j AS v', [{ extra: true }]);
p('delete with $1 returning', 'DELETE FROM t WHERE i = $1 RETURNING i AS v', [3]);
p('upsert with $1', 'INSERT INTO t (i, s) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING i AS v', [4, 'd']);

export default list.cases;
