// Round 20 probe, utility: PostgreSQL 15 docs SQL commands PREPARE, EXECUTE, DEALLOCATE and the
// pg_prepared_statements view (54.16); LISTEN, NOTIFY, UNLISTEN, pg_notify and
// pg_listening_channels (9.26). The probe records no asynchronous notification, so the NOTIFY
// cases look at command tags, errors and the listening channels only.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: prepare: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g`;
const PS =
  'SELECT name, statement, parameter_types::text AS types, from_sql FROM pg_prepared_statements ORDER BY name';
const CH = 'SELECT c FROM pg_listening_channels() AS c ORDER BY c';

// ---------------------------------------------------------------- PREPARE / EXECUTE
add('prepare command tag', ['PREPARE p AS SELECT 1 AS a']);
add('prepare and execute', ['PREPARE p AS SELECT 1 AS a', 'EXECUTE p']);
add('prepare typed parameter', ['PREPARE p(int) AS SELECT $1 + 1 AS a', 'EXECUTE p(41)']);
add('prepare two typed parameters', ['PREPARE p(int, text) AS SELECT $1 AS a, $2 AS b', "EXECUTE p(1, 'x')"]);
add(
  'prepare untyped parameter inferred',
  ['PREPARE p AS SELECT id, v FROM t WHERE id = $1', 'EXECUTE p(3)'],
  T,
);
add('prepare untyped parameter unknown text', ['PREPARE p AS SELECT $1 AS a', "EXECUTE p('hello')"]);
add('prepare untyped parameter types listed', ['PREPARE p AS SELECT $1 AS a', PS]);
add('prepare inferred types listed', ['PREPARE p AS SELECT id FROM t WHERE id = $1 AND v = $2', PS], T);
add('prepare typed types listed', ['PREPARE p(bigint, numeric, text[]) AS SELECT $1, $2, $3', PS]);
add('prepare parameter cast in body', ['PREPARE p AS SELECT $1::date AS d', PS, "EXECUTE p('2024-01-02')"]);
add('prepare fewer declared than used', [
  'PREPARE p(int) AS SELECT $1 AS a, $2 AS b',
  PS,
  "EXECUTE p(1, 'x')",
]);
add('prepare gap in parameters', ['PREPARE p AS SELECT $2::int AS b', PS]);
add('prepare gap in parameters execute', ['PREPARE p AS SELECT $2::int AS b', 'EXECUTE p(1, 2)']);
add(
  'prepare insert',
  [
    'PREPARE p(int, text) AS INSERT INTO t VALUES ($1, $2)',
    "EXECUTE p(6, 'six')",
    'SELECT id, v FROM t WHERE id = 6',
  ],
  T,
);
add(
  'prepare insert returning',
  ['PREPARE p(int, text) AS INSERT INTO t VALUES ($1, $2) RETURNING id, v', "EXECUTE p(7, 'seven')"],
  T,
);
add('prepare update tag', ['PREPARE p(text) AS UPDATE t SET v = $1 WHERE id <= 2', "EXECUTE p('u')"], T);
add('prepare delete tag', ['PREPARE p(int) AS DELETE FROM t WHERE id > $1', 'EXECUTE p(3)'], T);
add('prepare values', ['PREPARE p AS VALUES (1, 2), (3, 4)', 'EXECUTE p']);
add('prepare utility rejected', ['PREPARE p AS CREATE TABLE x (a int)']);
add('prepare begin rejected', ['PREPARE p AS BEGIN']);
add('prepare duplicate name', ['PREPARE p AS SELECT 1', 'PREPARE p AS SELECT 2']);
add('prepare duplicate different case', ['PREPARE p AS SELECT 1', 'PREPARE P AS SELECT 2']);
add('prepare quoted name distinct', [
  'PREPARE p AS SELECT 1 AS a',
  'PREPARE "P" AS SELECT 2 AS a',
  'EXECUTE "P"',
  'EXECUTE p',
]);
add('prepare on missing table', ['PREPARE p AS SELECT * FROM nope']);
add('prepare bad type', ['PREPARE p(nosuchtype) AS SELECT $1']);
add('prepare syntax error body', ['PREPARE p AS SELEC 1']);
add('prepare parameter type conflict', ["PREPARE p AS SELECT $1 + 1 AS a, $1 || 'x' AS b"]);
add('execute missing', ['EXECUTE nope']);
add('execute too few parameters', ['PREPARE p(int, int) AS SELECT $1 + $2 AS a', 'EXECUTE p(1)']);
add('execute too many parameters', ['PREPARE p(int) AS SELECT $1 AS a', 'EXECUTE p(1, 2)']);
add('execute parameters to parameterless', ['PREPARE p AS SELECT 1 AS a', 'EXECUTE p(1)']);
add('execute no parameters to parameterized', ['PREPARE p(int) AS SELECT $1 AS a', 'EXECUTE p']);
add('execute wrong type', ['PREPARE p(int) AS SELECT $1 AS a', "EXECUTE p('abc')"]);
add('execute coerces numeric to int', ['PREPARE p(int) AS SELECT $1 AS a', 'EXECUTE p(2.6)']);
add('execute with expression argument', ['PREPARE p(int) AS SELECT $1 AS a', 'EXECUTE p(2 * 21)']);
add('execute with null argument', [
  'PREPARE p(int) AS SELECT $1 AS a, $1 IS NULL AS isnull',
  'EXECUTE p(NULL)',
]);
add('execute subquery argument rejected', ['PREPARE p(int) AS SELECT $1 AS a', 'EXECUTE p((SELECT 1))']);
add('execute twice same result', ['PREPARE p(int) AS SELECT $1 * 2 AS a', 'EXECUTE p(1)', 'EXECUTE p(2)']);
add(
  'execute sees later data',
  [
    'PREPARE p AS SELECT count(*)::int AS n FROM t',
    'EXECUTE p',
    "INSERT INTO t VALUES (9, 'x')",
    'EXECUTE p',
  ],
  T,
);
add(
  'execute after table altered',
  [
    'PREPARE p AS SELECT * FROM t ORDER BY id LIMIT 1',
    'ALTER TABLE t ADD COLUMN w int DEFAULT 7',
    'EXECUTE p',
  ],
  T,
);
add('execute after table dropped', ['PREPARE p AS SELECT * FROM t', 'DROP TABLE t', 'EXECUTE p'], T);
add('execute on extended protocol', ['PREPARE p(int) AS SELECT $1 AS a', withParams('EXECUTE p(5)')]);
add('execute with bind parameter', ['PREPARE p(int) AS SELECT $1 AS a', withParams('EXECUTE p($1)', 5)]);
add('prepare via extended protocol', [withParams('PREPARE p(int) AS SELECT $1 AS a'), 'EXECUTE p(3)']);
add('prepared statement not shared between sessions', ['PREPARE p AS SELECT 1 AS a', two('EXECUTE p')]);
add('prepared statement survives rollback', ['BEGIN', 'PREPARE p AS SELECT 1 AS a', 'ROLLBACK', 'EXECUTE p']);
add('prepared statement in aborted transaction', [
  'BEGIN',
  'SELECT 1/0',
  'PREPARE p AS SELECT 1 AS a',
  'ROLLBACK',
  'EXECUTE p',
]);
add('execute in aborted transaction', [
  'PREPARE p AS SELECT 1 AS a',
  'BEGIN',
  'SELECT 1/0',
  'EXECUTE p',
  'ROLLBACK',
]);
add('execute error inside transaction aborts', [
  'PREPARE p(int) AS SELECT 10 / $1 AS a',
  'BEGIN',
  'EXECUTE p(0)',
  'SELECT 1',
  'ROLLBACK',
]);
add('execute create table as', [
  'PREPARE p(int) AS SELECT g FROM generate_series(1, $1) g',
  'CREATE TABLE x AS EXECUTE p(3)',
  'SELECT g FROM x ORDER BY g',
]);
add('execute create table as tag', ['PREPARE p AS SELECT 1 AS a', 'CREATE TABLE x AS EXECUTE p']);

// ---------------------------------------------------------------- DEALLOCATE / pg_prepared_statements
add('deallocate', ['PREPARE p AS SELECT 1', 'DEALLOCATE p', 'EXECUTE p']);
add('deallocate prepare keyword', ['PREPARE p AS SELECT 1', 'DEALLOCATE PREPARE p', PS]);
add('deallocate missing', ['DEALLOCATE nope']);
add('deallocate all', ['PREPARE p AS SELECT 1', 'PREPARE q AS SELECT 2', 'DEALLOCATE ALL', PS]);
add('deallocate prepare all', ['PREPARE p AS SELECT 1', 'DEALLOCATE PREPARE ALL', PS]);
add('deallocate all with none', ['DEALLOCATE ALL']);
add('deallocate then re-prepare', [
  'PREPARE p AS SELECT 1 AS a',
  'DEALLOCATE p',
  'PREPARE p AS SELECT 2 AS a',
  'EXECUTE p',
]);
add('deallocate in transaction survives rollback', [
  'PREPARE p AS SELECT 1 AS a',
  'BEGIN',
  'DEALLOCATE p',
  'ROLLBACK',
  'EXECUTE p',
]);
add('pg_prepared_statements empty', [PS]);
add('pg_prepared_statements lists sql prepares', [
  'PREPARE b AS SELECT 2',
  'PREPARE a(int) AS SELECT $1',
  PS,
]);
add('pg_prepared_statements statement text', [
  'PREPARE  p  AS   SELECT 1 AS a',
  'SELECT statement FROM pg_prepared_statements',
]);
add('pg_prepared_statements result types', [
  "PREPARE p AS SELECT 1 AS a, 'x'::text AS b",
  'SELECT name, result_types::text AS r FROM pg_prepared_statements',
]);
add(
  'pg_prepared_statements result types of insert',
  [
    "PREPARE p AS INSERT INTO t VALUES (9, 'x')",
    'SELECT name, result_types::text AS r FROM pg_prepared_statements',
  ],
  T,
);
add('pg_prepared_statements not shared', ['PREPARE p AS SELECT 1', two(PS)]);
add('pg_prepared_statements extended protocol unnamed not listed', [
  withParams('SELECT $1::int AS a', 1),
  PS,
]);
add('extended query after deallocate all', [
  withParams('SELECT $1::int AS a', 1),
  'DEALLOCATE ALL',
  withParams('SELECT $1::int AS a', 2),
]);
add('extended query after discard all', [
  withParams('SELECT $1::int AS a', 1),
  'DISCARD ALL',
  withParams('SELECT $1::int AS a', 2),
]);
add('extended query after discard plans', [
  withParams('SELECT $1::int AS a', 1),
  'DISCARD PLANS',
  withParams('SELECT $1::int AS a', 2),
]);
add('extended query after deallocate all in transaction', [
  'BEGIN',
  withParams('SELECT $1::int AS a', 1),
  'DEALLOCATE ALL',
  withParams('SELECT $1::int AS a', 2),
  'COMMIT',
]);
add('extended query from second session after deallocate all', [
  withParams('SELECT $1::int AS a', 1),
  'DEALLOCATE ALL',
  { sql: 'SELECT $1::int AS a', params: [3], client: 'second' },
]);
add('sql prepare then extended same text', ['PREPARE p AS SELECT 1 AS a', withParams('SELECT 1 AS a'), PS]);
add('pg_prepared_statements count', [
  'PREPARE p AS SELECT 1',
  'PREPARE q AS SELECT 1',
  'SELECT count(*)::int AS n FROM pg_prepared_statements',
]);
add('pg_prepared_statements column types', [
  "SELECT pg_typeof(parameter_types)::text AS p, pg_typeof(from_sql)::text AS f FROM pg_prepared_statements UNION ALL SELECT 'a', 'b' ORDER BY 1",
]);

// ---------------------------------------------------------------- LISTEN / NOTIFY / UNLISTEN
add('listen command tag', ['LISTEN ch']);
add('listen listed', ['LISTEN ch', 'LISTEN other', CH]);
add('listen twice listed once', ['LISTEN ch', 'LISTEN ch', CH]);
add('listen quoted channel', ['LISTEN "Mixed Case"', CH]);
add('listen case folded channel', ['LISTEN MyChan', CH]);
add('listening channels empty', [CH]);
add('unlisten', ['LISTEN ch', 'LISTEN other', 'UNLISTEN ch', CH]);
add('unlisten star', ['LISTEN ch', 'LISTEN other', 'UNLISTEN *', CH]);
add('unlisten not listening', ['UNLISTEN nope']);
add('unlisten star none', ['UNLISTEN *']);
add('listen in rolled back transaction', ['BEGIN', 'LISTEN ch', CH, 'ROLLBACK', CH]);
add('listen in committed transaction', ['BEGIN', 'LISTEN ch', 'COMMIT', CH]);
add('unlisten in rolled back transaction', ['LISTEN ch', 'BEGIN', 'UNLISTEN ch', 'ROLLBACK', CH]);
add('listen in rolled back savepoint', ['BEGIN', 'SAVEPOINT s', 'LISTEN ch', 'ROLLBACK TO s', 'COMMIT', CH]);
add('listen not shared between sessions', ['LISTEN ch', two(CH)]);
add('notify command tag', ['NOTIFY ch']);
add('notify with payload', ["NOTIFY ch, 'hello'"]);
add('notify empty payload', ["NOTIFY ch, ''"]);
add('notify payload too long', [`NOTIFY ch, '${'x'.repeat(8000)}'`]);
add('notify payload at limit', [`NOTIFY ch, '${'x'.repeat(7999)}'`]);
add('notify in transaction', ['BEGIN', "NOTIFY ch, 'a'", 'COMMIT']);
add('notify in aborted transaction', ['BEGIN', 'SELECT 1/0', "NOTIFY ch, 'a'", 'ROLLBACK']);
add('notify payload parameter rejected', [withParams('NOTIFY ch, $1', 'x')]);
add('notify quoted channel', ['NOTIFY "Mixed Case"']);
add('pg_notify', ["SELECT pg_notify('ch', 'payload') AS v"]);
add('pg_notify null payload', ["SELECT pg_notify('ch', NULL) AS v"]);
add('pg_notify empty channel', ["SELECT pg_notify('', 'x') AS v"]);
add('pg_notify null channel', ["SELECT pg_notify(NULL, 'x') AS v"]);
add('pg_notify long channel', [`SELECT pg_notify('${'c'.repeat(64)}', 'x') AS v`]);
add('pg_notify payload too long', [`SELECT pg_notify('ch', repeat('x', 8000)) AS v`]);
add('pg_notify payload at limit', [`SELECT pg_notify('ch', repeat('x', 7999)) AS v`]);
add('pg_notify with parameters', [withParams('SELECT pg_notify($1, $2) AS v', 'ch', 'p')]);
add('pg_notify type', ["SELECT pg_typeof(pg_notify('ch', 'x'))::text AS v"]);
add('listen channel long name truncated', [
  `LISTEN ${'c'.repeat(70)}`,
  'SELECT length(c) AS n FROM pg_listening_channels() AS c',
]);
add('pg_notification_queue_usage', ['SELECT pg_notification_queue_usage() AS v']);

export default list.cases;
