// Round 17 probe, commands part 6: the same chapters on plain tables (int, bigint, text, varchar,
// numeric, bool, date, uuid), so that an engine refusing the rarer types still answers them.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: extra: ');
const P = `CREATE TABLE p (id int PRIMARY KEY, code varchar(5) UNIQUE, qty int NOT NULL DEFAULT 0, amount numeric(8,2), big bigint, ok bool, day date, ref uuid, note text)`;
const x = (name: string, steps: ProbeStep[], setup = P) => list.add(name, steps, setup);

// assignment casts on INSERT/UPDATE
const ins = (name: string, sql: string) => x(`insert ${name}`, [sql, 'SELECT * FROM p ORDER BY id']);
ins(
  'unknown numbers into each column',
  "INSERT INTO p VALUES ('1', 'ab', '3', '4.567', '9000000000', 'yes', '2024-02-29', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'n')",
);
ins('numeric into int rounds half away', 'INSERT INTO p (id, qty) VALUES (1, 2.5), (2, -2.5), (3, 0.49)');
ins('numeric into bigint rounds', 'INSERT INTO p (id, big) VALUES (1, 2.5), (2, -3.5)');
ins('float into int', 'INSERT INTO p (id, qty) VALUES (1, 2.5::float8), (2, 3.5::float8)');
ins('numeric string into int fails', "INSERT INTO p (id, qty) VALUES (1, '2.5')");
ins('text value into int fails', "INSERT INTO p (id, qty) VALUES (1, '2'::text)");
ins('bigint literal into int overflow', 'INSERT INTO p (id, qty) VALUES (1, 2147483648)');
ins('bigint expression into int', 'INSERT INTO p (id, qty) VALUES (1, 2::bigint * 3)');
ins(
  'int into numeric scale',
  'INSERT INTO p (id, amount) VALUES (1, 5), (2, 1.005), (3, -1.005), (4, 1.994)',
);
ins('numeric precision overflow', 'INSERT INTO p (id, amount) VALUES (1, 1000000)');
ins('numeric rounding overflow', 'INSERT INTO p (id, amount) VALUES (1, 999999.995)');
ins('numeric string into numeric', "INSERT INTO p (id, amount) VALUES (1, '  12.345  ')");
ins('varchar exact length', "INSERT INTO p (id, code) VALUES (1, 'abcde')");
ins('varchar too long', "INSERT INTO p (id, code) VALUES (1, 'abcdef')");
ins('varchar too long spaces', "INSERT INTO p (id, code) VALUES (1, 'abcde   ')");
ins('varchar explicit cast cuts', "INSERT INTO p (id, code) VALUES (1, 'abcdefgh'::varchar(5))");
ins('varchar cast to wider then too long', "INSERT INTO p (id, code) VALUES (1, 'abcdefgh'::varchar(8))");
ins('varchar from text value too long', "INSERT INTO p (id, code) VALUES (1, 'abcdef'::text)");
ins('varchar from int', 'INSERT INTO p (id, code) VALUES (1, 12345)');
ins('varchar from int too long', 'INSERT INTO p (id, code) VALUES (1, 123456)');
ins('varchar multibyte length', "INSERT INTO p (id, code) VALUES (1, 'ééééé')");
ins('text from int', 'INSERT INTO p (id, note) VALUES (1, 42)');
ins('text from numeric', 'INSERT INTO p (id, note) VALUES (1, 1.50)');
ins('text from bool', 'INSERT INTO p (id, note) VALUES (1, true)');
ins('text from date', "INSERT INTO p (id, note) VALUES (1, date '2024-01-02')");
ins('bool from int', 'INSERT INTO p (id, ok) VALUES (1, 1)');
ins(
  'bool from words',
  "INSERT INTO p (id, ok) VALUES (1, 'on'), (2, 'OFF'), (3, 't'), (4, 'n'), (5, ' true ')",
);
ins('bool bad word', "INSERT INTO p (id, ok) VALUES (1, 'maybe')");
ins('date from text value', "INSERT INTO p (id, day) VALUES (1, '2024-01-02'::text)");
ins('date from timestamp', "INSERT INTO p (id, day) VALUES (1, timestamp '2024-01-02 23:59')");
ins('date bad', "INSERT INTO p (id, day) VALUES (1, '2024-02-30')");
ins('uuid bad', "INSERT INTO p (id, ref) VALUES (1, 'abc')");
ins(
  'uuid from text value',
  "INSERT INTO p (id, ref) VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::text)",
);
ins('uuid upper no hyphens', "INSERT INTO p (id, ref) VALUES (1, 'A0EEBC999C0B4EF8BB6D6BB9BD380A11')");
ins('int from bool', 'INSERT INTO p (id, qty) VALUES (1, true)');
ins('multi row mixed int numeric unknown', "INSERT INTO p (id, qty) VALUES (1, 1), (2, 2.6), (3, '3')");
ins('multi row text column mixed', "INSERT INTO p (id, note) VALUES (1, 1), (2, 'b'), (3, 2.5)");
ins(
  'multi row varchar column too long later row',
  "INSERT INTO p (id, code) VALUES (1, 'a'), (2, 'bbbbbbb')",
);
ins('insert select numeric into int', 'INSERT INTO p (id, qty) SELECT 1, 7.5');
ins('insert select text into int', "INSERT INTO p (id, qty) SELECT 1, '7'::text");
ins('insert select unknown into int', "INSERT INTO p (id, qty) SELECT 1, '7'");
ins('insert select union', 'INSERT INTO p (id, qty) SELECT 1, 1 UNION ALL SELECT 2, 2.5');
ins('insert select varchar too long', "INSERT INTO p (id, code) SELECT 1, 'toolong'");
ins('insert default keyword', 'INSERT INTO p (id, qty) VALUES (1, DEFAULT)');
ins('insert null into not null default', 'INSERT INTO p (id, qty) VALUES (1, NULL)');
ins('insert too many values', 'INSERT INTO p (id) VALUES (1, 2)');
ins('insert too many columns', 'INSERT INTO p (id, qty) VALUES (1)');
ins('insert column twice', 'INSERT INTO p (id, id) VALUES (1, 2)');
ins('insert unknown column', 'INSERT INTO p (id, nope) VALUES (1, 2)');
ins('insert negative into int rounding', 'INSERT INTO p (id, qty) VALUES (1, -0.5), (2, 0.5)');
const upd = (name: string, sql: string) =>
  x(`update ${name}`, [
    "INSERT INTO p (id, qty, amount, code) VALUES (1, 10, 2.50, 'a'), (2, 3, 1.25, 'b')",
    sql,
    'SELECT id, qty, amount, code FROM p ORDER BY id',
  ]);
upd('int times numeric into int', 'UPDATE p SET qty = qty * 1.15');
upd('int divided into int', 'UPDATE p SET qty = qty / 4');
upd('numeric into int column from numeric column', 'UPDATE p SET qty = amount');
upd('int column into numeric', 'UPDATE p SET amount = qty / 3');
upd('numeric column computed scale', 'UPDATE p SET amount = amount / 3');
upd('numeric overflow', 'UPDATE p SET amount = amount * 1000000');
upd('varchar too long', "UPDATE p SET code = code || 'bcdefgh'");
upd('varchar concat int fits', 'UPDATE p SET code = code || id');
upd('text into int column', "UPDATE p SET qty = 'x'");
upd('text value into int column', "UPDATE p SET qty = '5'::text");
upd('unknown number into int', "UPDATE p SET qty = '5'");
upd('set to default', 'UPDATE p SET qty = DEFAULT WHERE id = 1');
upd('set not null to null', 'UPDATE p SET qty = NULL');
upd('unique swap', "UPDATE p SET code = CASE code WHEN 'a' THEN 'b' ELSE 'a' END");
upd('unique collision', "UPDATE p SET code = 'a'");
upd('pk collision', 'UPDATE p SET id = 1');
upd('pk shift', 'UPDATE p SET id = id + 1');
upd('returning assigned values', 'UPDATE p SET qty = 2.5, amount = 1.234 WHERE id = 1 RETURNING qty, amount');
upd('row constructor set', "UPDATE p SET (qty, code) = (7, 'z') WHERE id = 1");
upd('row constructor subquery', 'UPDATE p SET (qty, amount) = (SELECT 1, 2.5) WHERE id = 2');
upd('set column twice', 'UPDATE p SET qty = 1, qty = 2');

// unique violations: detail text per type, with params
const U = (type: string) => `CREATE TABLE u (k ${type} UNIQUE, n int)`;
const uv = (type: string, v: unknown, w: unknown = v) =>
  x(
    `unique ${type} detail`,
    [withParams('INSERT INTO u (k) VALUES ($1)', v), withParams('INSERT INTO u (k) VALUES ($1)', w)],
    U(type),
  );
uv('int', 5);
uv('bigint', '9007199254740993');
uv('text', "it's");
uv('text with comma', 'a, b');
uv('text empty', '');
uv('varchar(10)', 'abc');
uv('numeric(6,2)', '1.5', '1.50');
uv('numeric', '1.5', '1.50');
uv('bool', true);
uv('date', '2024-01-02');
uv('uuid', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11');
uv('timestamp', '2024-01-02 10:00:00', '2024-01-02T10:00:00.000');
uv('text unicode', 'é');
x(
  'unique composite detail with null',
  ['INSERT INTO u VALUES (1, 1), (1, 1)'],
  'CREATE TABLE u (k int, n int, UNIQUE (k, n))',
);
x(
  'unique composite nulls distinct',
  ['INSERT INTO u VALUES (1, NULL), (1, NULL)', 'SELECT count(*) AS c FROM u'],
  'CREATE TABLE u (k int, n int, UNIQUE (k, n))',
);
x(
  'unique named constraint',
  ['INSERT INTO u VALUES (1, 1), (1, 2)'],
  'CREATE TABLE u (k int CONSTRAINT my_key UNIQUE, n int)',
);
x(
  'unique table constraint name choice',
  ['INSERT INTO u VALUES (1, 1), (1, 1)'],
  'CREATE TABLE u (k int, n int, UNIQUE (n, k))',
);
x(
  'unique index after create',
  ['CREATE UNIQUE INDEX u_n ON u (n)', 'INSERT INTO u VALUES (1, 1), (2, 1)'],
  'CREATE TABLE u (k int, n int)',
);
x(
  'unique index on lower email',
  ["INSERT INTO u VALUES ('A@x', 1)", "INSERT INTO u VALUES ('a@X', 2)"],
  'CREATE TABLE u (k text, n int); CREATE UNIQUE INDEX u_lower ON u (lower(k))',
);
x(
  'unique violation in transaction then 25P02',
  [
    'BEGIN',
    'INSERT INTO u VALUES (1, 1)',
    'INSERT INTO u VALUES (1, 1)',
    'SELECT 1 AS x',
    'ROLLBACK',
    'SELECT count(*) AS c FROM u',
  ],
  U('int'),
);
x(
  'unique violation inside savepoint',
  [
    'BEGIN',
    'INSERT INTO u VALUES (1, 1)',
    'SAVEPOINT s',
    'INSERT INTO u VALUES (1, 2)',
    'ROLLBACK TO SAVEPOINT s',
    'INSERT INTO u VALUES (2, 2)',
    'COMMIT',
    'SELECT k, n FROM u ORDER BY k',
  ],
  U('int'),
);
x(
  'pk and unique both violated',
  ['INSERT INTO u VALUES (1, 1)', 'INSERT INTO u VALUES (1, 1)'],
  'CREATE TABLE u (k int PRIMARY KEY, n int UNIQUE)',
);
x(
  'unique and not null both violated',
  ['INSERT INTO u VALUES (1, 1)', 'INSERT INTO u VALUES (1, NULL)'],
  'CREATE TABLE u (k int UNIQUE, n int NOT NULL)',
);
x(
  'unique and check both violated',
  ['INSERT INTO u VALUES (1, 1)', 'INSERT INTO u VALUES (1, -1)'],
  'CREATE TABLE u (k int UNIQUE, n int CHECK (n > 0))',
);
x(
  'unique and fk both violated',
  [
    'CREATE TABLE c (id int PRIMARY KEY, u_id int UNIQUE REFERENCES u(k))',
    'INSERT INTO u VALUES (1, 1)',
    'INSERT INTO c VALUES (1, 1)',
    'INSERT INTO c VALUES (2, 1)',
    'INSERT INTO c VALUES (3, 9)',
  ],
  U('int'),
);

// on conflict as repositories write it
const OC =
  "CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL, hits int NOT NULL DEFAULT 0); INSERT INTO kv VALUES ('a', 1, 0)";
const oc = (name: string, steps: ProbeStep[]) => x(`upsert ${name}`, steps, OC);
oc('counter', [
  "INSERT INTO kv VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET hits = kv.hits + 1 RETURNING k, v, hits",
  "INSERT INTO kv VALUES ('b', 5) ON CONFLICT (k) DO UPDATE SET hits = kv.hits + 1 RETURNING k, v, hits",
]);
oc('excluded value', [
  "INSERT INTO kv (k, v) VALUES ('a', 9) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING v",
]);
oc('excluded default', [
  "INSERT INTO kv (k, v) VALUES ('a', 9) ON CONFLICT (k) DO UPDATE SET hits = excluded.hits + 10 RETURNING hits",
]);
oc('do nothing returning empty', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT DO NOTHING RETURNING k"]);
oc('do nothing count', ["INSERT INTO kv VALUES ('a', 2), ('b', 3) ON CONFLICT DO NOTHING"]);
oc('where skips update', [
  "INSERT INTO kv VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE kv.v > 5 RETURNING v",
  'SELECT v FROM kv',
]);
oc('where on excluded', [
  "INSERT INTO kv VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE excluded.v > kv.v RETURNING v",
]);
oc('update violates not null', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = NULL"]);
oc('twice in one statement', [
  "INSERT INTO kv VALUES ('z', 1), ('z', 2) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
]);
oc('params', [
  withParams(
    'INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = kv.v + excluded.v RETURNING v',
    'a',
    41,
  ),
]);
oc('non unique target', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT (v) DO NOTHING"]);
oc('unknown target column', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT (nope) DO NOTHING"]);
oc('no target do update', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT DO UPDATE SET v = 1"]);
oc('on constraint', [
  "INSERT INTO kv VALUES ('a', 2) ON CONFLICT ON CONSTRAINT kv_pkey DO UPDATE SET v = 3 RETURNING v",
]);
oc('on missing constraint', ["INSERT INTO kv VALUES ('a', 2) ON CONFLICT ON CONSTRAINT nope DO NOTHING"]);
oc('alias', [
  "INSERT INTO kv AS t VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = t.v + 100 RETURNING t.v",
]);
oc('update pk column conflict', [
  "INSERT INTO kv VALUES ('b', 2)",
  "INSERT INTO kv VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET k = 'b'",
]);
oc('in transaction then rollback', [
  'BEGIN',
  "INSERT INTO kv VALUES ('a', 7) ON CONFLICT (k) DO UPDATE SET v = 7",
  'ROLLBACK',
  'SELECT v FROM kv',
]);

// savepoints and transaction state with data
const S = "CREATE TABLE s (id int PRIMARY KEY, v text); INSERT INTO s VALUES (1, 'one')";
const sv = (name: string, steps: ProbeStep[]) => x(`savepoint ${name}`, steps, S);
sv('nested rollback to outer', [
  'BEGIN',
  "INSERT INTO s VALUES (2, 'a')",
  'SAVEPOINT a',
  "INSERT INTO s VALUES (3, 'b')",
  'SAVEPOINT b',
  "INSERT INTO s VALUES (4, 'c')",
  'ROLLBACK TO a',
  'SELECT id FROM s ORDER BY id',
  'COMMIT',
  'SELECT id FROM s ORDER BY id',
]);
sv('release then rollback whole', [
  'BEGIN',
  'SAVEPOINT a',
  "INSERT INTO s VALUES (2, 'a')",
  'RELEASE a',
  'ROLLBACK',
  'SELECT id FROM s ORDER BY id',
]);
sv('rollback to then release', [
  'BEGIN',
  'SAVEPOINT a',
  "UPDATE s SET v = 'x'",
  'ROLLBACK TO a',
  'RELEASE a',
  'COMMIT',
  'SELECT v FROM s',
]);
sv('error then rollback to then continue', [
  'BEGIN',
  'SAVEPOINT a',
  'SELECT 1/0 AS z',
  'ROLLBACK TO a',
  "UPDATE s SET v = 'y' RETURNING v",
  'COMMIT',
  'SELECT v FROM s',
]);
sv('error without savepoint then commit', [
  'BEGIN',
  "UPDATE s SET v = 'y'",
  'SELECT 1/0 AS z',
  'COMMIT',
  'SELECT v FROM s',
]);
sv('error then release fails', ['BEGIN', 'SAVEPOINT a', 'SELECT 1/0 AS z', 'RELEASE a', 'ROLLBACK']);
sv('rollback to after release fails', [
  'BEGIN',
  'SAVEPOINT a',
  'RELEASE a',
  'ROLLBACK TO a',
  'SELECT 1 AS x',
  'ROLLBACK',
]);
sv('savepoint named like keyword', [
  'BEGIN',
  'SAVEPOINT savepoint',
  'ROLLBACK TO SAVEPOINT savepoint',
  'COMMIT',
]);
sv('delete then rollback to', [
  'BEGIN',
  'SAVEPOINT a',
  'DELETE FROM s',
  'ROLLBACK TO a',
  'SELECT count(*) AS c FROM s',
  'COMMIT',
]);
sv('upsert in savepoint', [
  'BEGIN',
  'SAVEPOINT a',
  "INSERT INTO s VALUES (1, 'dup')",
  'ROLLBACK TO a',
  "INSERT INTO s VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET v = excluded.v",
  'COMMIT',
  'SELECT v FROM s',
]);
sv('multi statement with error rolls back all', [
  "INSERT INTO s VALUES (2, 'a'); INSERT INTO s VALUES (1, 'dup')",
  'SELECT count(*) AS c FROM s',
]);
sv('multi statement with commit inside', [
  "INSERT INTO s VALUES (2, 'a'); COMMIT; INSERT INTO s VALUES (1, 'dup')",
  'SELECT count(*) AS c FROM s',
]);
sv('multi statement begin without commit', [
  "BEGIN; INSERT INTO s VALUES (2, 'a')",
  'SELECT count(*) AS c FROM s',
  'ROLLBACK',
  'SELECT count(*) AS c FROM s',
]);
sv('multi statement savepoint', [
  "BEGIN; SAVEPOINT a; INSERT INTO s VALUES (2, 'a'); ROLLBACK TO a; COMMIT",
  'SELECT count(*) AS c FROM s',
]);
sv('read only with savepoint write', [
  'BEGIN READ ONLY',
  'SAVEPOINT a',
  "INSERT INTO s VALUES (2, 'a')",
  'ROLLBACK TO a',
  'SELECT count(*) AS c FROM s',
  'COMMIT',
]);
sv('set transaction read only after write', [
  'BEGIN',
  "INSERT INTO s VALUES (2, 'a')",
  'SET TRANSACTION READ ONLY',
  "INSERT INTO s VALUES (3, 'b')",
  'ROLLBACK',
]);
sv('read only then select for update', ['BEGIN READ ONLY', 'SELECT id FROM s FOR UPDATE', 'ROLLBACK']);
sv('read only then select for key share', ['BEGIN READ ONLY', 'SELECT id FROM s FOR KEY SHARE', 'ROLLBACK']);
sv('read only then cte select', [
  'BEGIN READ ONLY',
  'WITH c AS (SELECT id FROM s) SELECT id FROM c',
  'COMMIT',
]);
sv('read only nextval', ['CREATE SEQUENCE q', 'BEGIN READ ONLY', "SELECT nextval('q') AS n", 'ROLLBACK']);
sv('read only create temp', ['BEGIN READ ONLY', 'CREATE TEMP TABLE tt (a int)', 'ROLLBACK']);
sv('read only drop table', ['BEGIN READ ONLY', 'DROP TABLE s', 'ROLLBACK']);
sv('read only alter', ['BEGIN READ ONLY', 'ALTER TABLE s ADD COLUMN z int', 'ROLLBACK']);
sv('read only create index', ['BEGIN READ ONLY', 'CREATE INDEX s_v ON s (v)', 'ROLLBACK']);
sv('read only set', ['BEGIN READ ONLY', "SET application_name = 'ro'", 'SHOW application_name', 'COMMIT']);
sv('read only advisory', ['BEGIN READ ONLY', 'SELECT pg_try_advisory_xact_lock(1) AS l', 'COMMIT']);
sv('for update with aggregate', ['SELECT count(*) AS c FROM s FOR UPDATE']);
sv('for share with group by', ['SELECT v FROM s GROUP BY v FOR SHARE']);
sv('for update with distinct', ['SELECT DISTINCT v FROM s FOR UPDATE']);
sv('for update with union', ['SELECT id FROM s UNION SELECT id FROM s FOR UPDATE']);
sv('for update with having', ['SELECT v FROM s GROUP BY v HAVING count(*) > 0 FOR UPDATE']);
sv('for update of alias', ['SELECT x.id FROM s x FOR UPDATE OF x']);
sv('for update of unknown', ['SELECT id FROM s FOR UPDATE OF nope']);
sv('for update of table behind alias', ['SELECT x.id FROM s x FOR UPDATE OF s']);
sv('for update limit offset', ['SELECT id FROM s ORDER BY id LIMIT 1 OFFSET 0 FOR UPDATE']);
sv('for update skip locked limit', [
  'BEGIN',
  'SELECT id, v FROM s ORDER BY id LIMIT 5 FOR UPDATE SKIP LOCKED',
  'COMMIT',
]);
sv('for no key update nowait', ['SELECT id FROM s FOR NO KEY UPDATE NOWAIT']);
sv('for update in exists', [
  'SELECT id FROM s WHERE EXISTS (SELECT 1 FROM s s2 WHERE s2.id = s.id FOR UPDATE)',
]);
sv('for update on function from', ['SELECT g FROM generate_series(1, 2) g FOR UPDATE']);
sv('for update on cte reference', ['WITH c AS (SELECT id FROM s) SELECT id FROM c FOR UPDATE']);

// advisory locks on one connection
const ad = (name: string, steps: ProbeStep[]) => x(`advisory ${name}`, steps, 'SELECT 1');
ad('try lock twice then unlock thrice', [
  'SELECT pg_try_advisory_lock(10) AS a',
  'SELECT pg_try_advisory_lock(10) AS b',
  'SELECT pg_advisory_unlock(10) AS c',
  'SELECT pg_advisory_unlock(10) AS d',
  'SELECT pg_advisory_unlock(10) AS e',
]);
ad('xact lock twice in tx', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(10) AS a',
  'SELECT pg_try_advisory_xact_lock(10) AS b',
  'COMMIT',
  'SELECT pg_try_advisory_lock(10) AS c',
]);
ad('session and xact same key', [
  'BEGIN',
  'SELECT pg_advisory_lock(10) AS a',
  'SELECT pg_advisory_xact_lock(10) AS b',
  'COMMIT',
  'SELECT pg_advisory_unlock(10) AS c',
  'SELECT pg_advisory_unlock(10) AS d',
]);
ad('unlock in aborted tx', [
  'SELECT pg_advisory_lock(10) AS a',
  'BEGIN',
  'SELECT 1/0 AS z',
  'SELECT pg_advisory_unlock(10) AS b',
  'ROLLBACK',
  'SELECT pg_advisory_unlock(10) AS c',
]);
ad('lock in rolled back tx stays', [
  'BEGIN',
  'SELECT pg_try_advisory_lock(10) AS a',
  'ROLLBACK',
  'SELECT pg_advisory_unlock(10) AS b',
]);
ad('with params', [
  withParams('SELECT pg_try_advisory_lock($1) AS a', 77),
  withParams('SELECT pg_advisory_unlock($1) AS b', '77'),
]);
ad('with int4 params pair', [
  withParams('SELECT pg_try_advisory_lock($1, $2) AS a', 1, 2),
  withParams('SELECT pg_advisory_unlock($1, $2) AS b', 1, 2),
]);
ad('text param key', [withParams('SELECT pg_try_advisory_lock($1) AS a', 'abc')]);
ad('in a select list over rows', [
  'SELECT g, pg_try_advisory_lock(g) AS l FROM generate_series(1, 3) g ORDER BY g',
]);
ad('in a where over values', [
  'SELECT v FROM (VALUES (1), (2)) t(v) WHERE pg_try_advisory_lock(v) ORDER BY v',
  'SELECT pg_advisory_unlock(1) AS a, pg_advisory_unlock(2) AS b',
]);
ad('unlock shared held exclusive', [
  'SELECT pg_advisory_lock(10) AS a',
  'SELECT pg_advisory_unlock_shared(10) AS b',
]);
ad('result column names', ['SELECT pg_try_advisory_lock(1), pg_advisory_unlock(1)']);

// settings pg-mem keeps
const st = (name: string, steps: ProbeStep[]) => x(`setting ${name}`, steps, 'SELECT 1');
for (const value of [
  "'5s'",
  '5000',
  "'1500ms'",
  "'1min'",
  "'90s'",
  "'1h'",
  "'2d'",
  '0',
  "'0'",
  "'100us'",
  "'1.5s'",
  "'1.5'",
  "'1 s'",
  "'1000 ms'",
  "'60min'",
  "'3600000'",
  "'2147483647'",
  "'2147483648'",
  "'-5'",
  "'5x'",
  "''",
  'DEFAULT',
]) {
  st(`statement_timeout = ${value}`, [
    `SET statement_timeout = ${value}`,
    'SHOW statement_timeout',
    "SELECT current_setting('statement_timeout') AS v",
  ]);
}
for (const value of ["'250ms'", "'10s'", '100', "'1min'"]) {
  st(`lock_timeout = ${value}`, [`SET lock_timeout = ${value}`, 'SHOW lock_timeout']);
  st(`idle_in_transaction_session_timeout = ${value}`, [
    `SET idle_in_transaction_session_timeout = ${value}`,
    'SHOW idle_in_transaction_session_timeout',
  ]);
}
st('statement_timeout TO form', ['SET statement_timeout TO 3000', 'SHOW statement_timeout']);
st('set session keyword', ["SET SESSION statement_timeout = '2s'", 'SHOW statement_timeout']);
st('application_name long', [`SET application_name = '${'a'.repeat(70)}'`, 'SHOW application_name']);
st('application_name non ascii', ["SET application_name = 'é'", 'SHOW application_name']);
st('application_name unquoted', ['SET application_name = myapp', 'SHOW application_name']);
st('application_name list', ['SET application_name = a, b']);
st('client_min_messages', [
  'SET client_min_messages = warning',
  'SHOW client_min_messages',
  "SET client_min_messages = 'nope'",
]);
st('timezone utc names', [
  "SET TIME ZONE 'UTC'",
  'SHOW TimeZone',
  "SET timezone = 'Etc/UTC'",
  'SHOW timezone',
  "SET TimeZone TO 'GMT'",
  'SHOW TIMEZONE',
]);
st('timezone zero offset', ['SET TIME ZONE 0', 'SHOW TimeZone']);
st('search_path public', [
  'SET search_path = public',
  'SHOW search_path',
  'SET search_path TO "$user", public',
  'SHOW search_path',
]);
st('search_path spaces', ["SET search_path = 'public'", 'SHOW search_path']);
st('local in tx then rollback to savepoint', [
  'BEGIN',
  "SET statement_timeout = '1s'",
  'SAVEPOINT a',
  "SET LOCAL statement_timeout = '2s'",
  'ROLLBACK TO a',
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
st('current_setting with missing_ok false', ["SELECT current_setting('statement_timeout', false) AS v"]);
st('current_setting case insensitive', [
  "SELECT current_setting('Statement_Timeout') AS v",
  'SHOW STATEMENT_TIMEOUT',
]);
st('show transaction_read_only default', [
  'SHOW transaction_read_only',
  'BEGIN READ ONLY',
  'SHOW transaction_read_only',
  'COMMIT',
]);
st('show standard_conforming_strings', ['SHOW standard_conforming_strings']);
st('show integer_datetimes', ['SHOW integer_datetimes']);
st('show DateStyle', ['SHOW DateStyle']);
st('show server_encoding', ['SHOW server_encoding', 'SHOW client_encoding']);
st('show max_identifier_length', ['SHOW max_identifier_length']);
st('reset session authorization', ['RESET SESSION AUTHORIZATION']);
st('reset role', ['RESET ROLE']);
st('reset unknown', ['RESET nope_setting']);
st('reset custom never set', ['RESET app.never']);
st('set local custom', ['BEGIN', "SET LOCAL app.x = 'v'", 'SHOW app.x', 'COMMIT', 'SHOW app.x']);
st('set custom bad name', ["SET app = 'v'"]);
st('set custom three parts', ["SET a.b.c = 'v'", 'SHOW a.b.c']);

// ALTER TABLE forms that keep the rows
const AT =
  "CREATE TABLE t (id int PRIMARY KEY, name text, n int); INSERT INTO t VALUES (1, 'a', 1), (2, NULL, NULL)";
const at = (name: string, steps: ProbeStep[]) => x(`alter ${name}`, steps, AT);
at('add column default int', ['ALTER TABLE t ADD COLUMN c int DEFAULT 7', 'SELECT id, c FROM t ORDER BY id']);
at('add column default numeric', [
  'ALTER TABLE t ADD COLUMN c numeric(5,2) DEFAULT 1.5',
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column default text not null', [
  "ALTER TABLE t ADD COLUMN c text NOT NULL DEFAULT 'x'",
  'SELECT id, c FROM t ORDER BY id',
  'INSERT INTO t (id) VALUES (3) RETURNING c',
]);
at('add column default expression', [
  'ALTER TABLE t ADD COLUMN c int DEFAULT 2 + 3',
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column default wrong type', ["ALTER TABLE t ADD COLUMN c int DEFAULT 'x'"]);
at('add column default too long varchar', ["ALTER TABLE t ADD COLUMN c varchar(2) DEFAULT 'abc'"]);
at('add column default numeric into int', [
  'ALTER TABLE t ADD COLUMN c int DEFAULT 2.5',
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column default bool', [
  'ALTER TABLE t ADD COLUMN c bool NOT NULL DEFAULT false',
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column default date', [
  "ALTER TABLE t ADD COLUMN c date DEFAULT '2024-01-01'",
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column default now', [
  'ALTER TABLE t ADD COLUMN c timestamptz NOT NULL DEFAULT now()',
  'SELECT count(*) AS k FROM t WHERE c IS NOT NULL',
]);
at('add column jsonb default', [
  "ALTER TABLE t ADD COLUMN c jsonb NOT NULL DEFAULT '{}'",
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column text array default', [
  "ALTER TABLE t ADD COLUMN c text[] NOT NULL DEFAULT '{}'",
  'SELECT id, c FROM t ORDER BY id',
]);
at('add column uuid default random not null', [
  'ALTER TABLE t ADD COLUMN c uuid NOT NULL DEFAULT gen_random_uuid()',
  'SELECT count(DISTINCT c) AS k FROM t',
]);
at('add column in transaction then rollback', [
  'BEGIN',
  'ALTER TABLE t ADD COLUMN c int DEFAULT 1',
  'ROLLBACK',
  'SELECT * FROM t ORDER BY id',
]);
at('add column in transaction then commit', [
  'BEGIN',
  'ALTER TABLE t ADD COLUMN c int DEFAULT 1',
  'COMMIT',
  'SELECT * FROM t ORDER BY id',
]);
at('add column then error in tx', [
  'BEGIN',
  'ALTER TABLE t ADD COLUMN c int',
  'SELECT 1/0 AS z',
  'ROLLBACK',
  'SELECT * FROM t ORDER BY id',
]);
at('set default then insert', [
  'ALTER TABLE t ALTER COLUMN n SET DEFAULT 42',
  'INSERT INTO t (id) VALUES (3) RETURNING n',
]);
at('set default numeric into int', [
  'ALTER TABLE t ALTER COLUMN n SET DEFAULT 4.5',
  'INSERT INTO t (id) VALUES (3) RETURNING n',
]);
at('set default bad', ["ALTER TABLE t ALTER COLUMN n SET DEFAULT 'nope'"]);
at('drop default none', [
  'ALTER TABLE t ALTER COLUMN n DROP DEFAULT',
  'INSERT INTO t (id) VALUES (3) RETURNING n',
]);
at('drop not null pk', ['ALTER TABLE t ALTER COLUMN id DROP NOT NULL']);
at('rename table then old name', [
  'ALTER TABLE t RENAME TO t2',
  'SELECT count(*) AS k FROM t2',
  'SELECT count(*) AS k FROM t',
]);
at('rename table then insert pk conflict', [
  'ALTER TABLE t RENAME TO t2',
  "INSERT INTO t2 VALUES (1, 'x', 1)",
]);
at('add column then select star', ['ALTER TABLE t ADD COLUMN c int', 'SELECT * FROM t ORDER BY id']);
at('add column existing', ['ALTER TABLE t ADD COLUMN name int']);
at('add column if not exists existing', [
  'ALTER TABLE t ADD COLUMN IF NOT EXISTS name int',
  'SELECT name FROM t ORDER BY id',
]);
at('add column reserved system name', ['ALTER TABLE t ADD COLUMN xmin int']);
at('alter unknown column', ['ALTER TABLE t ALTER COLUMN nope SET DEFAULT 1']);
at('add unique constraint', [
  'ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name)',
  "INSERT INTO t VALUES (3, 'a', 1)",
]);
at('add unique default name', ['ALTER TABLE t ADD UNIQUE (n)', 'INSERT INTO t VALUES (3, NULL, 1)']);
at('add unique on duplicates', ["UPDATE t SET name = 'a'", 'ALTER TABLE t ADD UNIQUE (name)']);
at('add fk', [
  'CREATE TABLE c (id int PRIMARY KEY, t_id int)',
  'ALTER TABLE c ADD CONSTRAINT c_t_fk FOREIGN KEY (t_id) REFERENCES t(id)',
  'INSERT INTO c VALUES (1, 9)',
]);
at('add fk default name', [
  'CREATE TABLE c (id int PRIMARY KEY, t_id int)',
  'ALTER TABLE c ADD FOREIGN KEY (t_id) REFERENCES t(id)',
  'INSERT INTO c VALUES (1, 9)',
]);
at('add fk on violating rows', [
  'CREATE TABLE c (id int PRIMARY KEY, t_id int)',
  'INSERT INTO c VALUES (1, 9)',
  'ALTER TABLE c ADD FOREIGN KEY (t_id) REFERENCES t(id)',
]);
at('drop table referenced', [
  'CREATE TABLE c (id int PRIMARY KEY, t_id int REFERENCES t(id))',
  'DROP TABLE t',
]);
at('drop table if exists two', ['DROP TABLE IF EXISTS t, nope', 'SELECT 1 AS x']);
at('drop table missing among two', ['DROP TABLE t, nope', 'SELECT count(*) AS k FROM t']);

// SET NOT NULL and DROP CONSTRAINT as migrations run them
const NN =
  "CREATE TABLE a (id int PRIMARY KEY, name text, qty int, CONSTRAINT qty_pos CHECK (qty > 0)); INSERT INTO a VALUES (1, 'x', NULL), (2, NULL, 1), (3, NULL, NULL)";
const nn = (name: string, steps: ProbeStep[]) => x(`not null ${name}`, steps, NN);
nn('on column with nulls', ['ALTER TABLE a ALTER COLUMN name SET NOT NULL']);
nn('two columns with nulls in attnum order', [
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL, ALTER COLUMN qty SET NOT NULL',
]);
nn('two columns with nulls reverse order', [
  'ALTER TABLE a ALTER COLUMN qty SET NOT NULL, ALTER COLUMN name SET NOT NULL',
]);
nn('two columns one with nulls', [
  'UPDATE a SET qty = 1',
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL, ALTER COLUMN qty SET NOT NULL',
]);
nn('two columns none with nulls', [
  "UPDATE a SET qty = 1, name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL, ALTER COLUMN qty SET NOT NULL',
  'INSERT INTO a (id, name) VALUES (9, NULL)',
]);
nn('on pk column', ['ALTER TABLE a ALTER COLUMN id SET NOT NULL', 'INSERT INTO a (id) VALUES (NULL)']);
nn('twice', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
]);
nn('on empty table', [
  'DELETE FROM a',
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'INSERT INTO a (id) VALUES (1)',
]);
nn('unknown column', ['ALTER TABLE a ALTER COLUMN nope SET NOT NULL']);
nn('with default then set not null', [
  "ALTER TABLE a ALTER COLUMN name SET DEFAULT 'd'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
]);
nn('default set and backfill in one statement', [
  "UPDATE a SET name = coalesce(name, 'd')",
  "ALTER TABLE a ALTER COLUMN name SET DEFAULT 'd', ALTER COLUMN name SET NOT NULL",
  'INSERT INTO a (id) VALUES (9) RETURNING name',
]);
nn('then update to null', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'UPDATE a SET name = NULL WHERE id = 1',
]);
nn('then upsert null', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'INSERT INTO a (id, name) VALUES (1, NULL) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
]);
nn('in multi statement with error after', [
  "UPDATE a SET name = 'n'; ALTER TABLE a ALTER COLUMN name SET NOT NULL; SELECT 1/0",
  'INSERT INTO a (id) VALUES (9)',
]);
nn('in transaction then commit', [
  'BEGIN',
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'COMMIT',
  'INSERT INTO a (id) VALUES (9)',
]);
nn('in transaction failing', [
  'BEGIN',
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  'SELECT 1 AS x',
  'ROLLBACK',
  'INSERT INTO a (id) VALUES (9)',
]);
nn('only', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE ONLY a ALTER COLUMN name SET NOT NULL',
  'INSERT INTO a (id) VALUES (9)',
]);
nn('information_schema is_nullable', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'a' ORDER BY ordinal_position",
]);
nn('with params after', [
  "UPDATE a SET name = 'n'",
  'ALTER TABLE a ALTER COLUMN name SET NOT NULL',
  withParams('INSERT INTO a (id, name) VALUES ($1, $2)', 9, null),
]);
nn('drop check then insert', [
  'ALTER TABLE a DROP CONSTRAINT qty_pos',
  'INSERT INTO a VALUES (9, NULL, -5)',
  'SELECT count(*) AS n FROM a',
]);
nn('drop check twice', ['ALTER TABLE a DROP CONSTRAINT qty_pos', 'ALTER TABLE a DROP CONSTRAINT qty_pos']);
nn('drop check if exists twice', [
  'ALTER TABLE a DROP CONSTRAINT IF EXISTS qty_pos',
  'ALTER TABLE a DROP CONSTRAINT IF EXISTS qty_pos',
  'INSERT INTO a VALUES (9, NULL, -5)',
]);
nn('drop check cascade', [
  'ALTER TABLE a DROP CONSTRAINT qty_pos CASCADE',
  'INSERT INTO a VALUES (9, NULL, -5)',
]);
nn('drop check restrict', [
  'ALTER TABLE a DROP CONSTRAINT qty_pos RESTRICT',
  'INSERT INTO a VALUES (9, NULL, -5)',
]);
nn('drop pkey', ['ALTER TABLE a DROP CONSTRAINT a_pkey', 'INSERT INTO a VALUES (1, NULL, 1)']);
nn('drop not null pseudo constraint', ['ALTER TABLE a DROP CONSTRAINT a_id_not_null']);
nn('drop unique index name as constraint', [
  'CREATE UNIQUE INDEX a_name_u ON a (name)',
  'ALTER TABLE a DROP CONSTRAINT a_name_u',
]);
nn('drop constraint of other table', [
  'CREATE TABLE b (v int CONSTRAINT v_pos CHECK (v > 0))',
  'ALTER TABLE a DROP CONSTRAINT v_pos',
]);
nn('drop fk then orphan insert', [
  'CREATE TABLE c (id int, a_id int REFERENCES a(id))',
  'ALTER TABLE c DROP CONSTRAINT c_a_id_fkey',
  'INSERT INTO c VALUES (1, 99)',
  'DROP TABLE a',
  'SELECT count(*) AS n FROM c',
]);
nn('drop named fk', [
  'CREATE TABLE c (id int, a_id int, CONSTRAINT c_a FOREIGN KEY (a_id) REFERENCES a(id) ON DELETE CASCADE)',
  'INSERT INTO c VALUES (1, 1)',
  'ALTER TABLE c DROP CONSTRAINT c_a',
  'DELETE FROM a WHERE id = 1',
  'SELECT count(*) AS n FROM c',
]);
nn('drop fk then referenced pk', [
  'CREATE TABLE c (id int, a_id int REFERENCES a(id))',
  'ALTER TABLE c DROP CONSTRAINT c_a_id_fkey',
  'ALTER TABLE a DROP CONSTRAINT a_pkey',
]);
nn('drop check and add column together', [
  'ALTER TABLE a DROP CONSTRAINT qty_pos, ADD COLUMN z int DEFAULT 1',
  'INSERT INTO a (id, qty) VALUES (9, -1) RETURNING z',
]);
nn('drop constraint if exists on missing table', ['ALTER TABLE IF EXISTS nope DROP CONSTRAINT x']);
nn('drop column check constraint then name gone', [
  'ALTER TABLE a DROP CONSTRAINT qty_pos',
  "SELECT count(*) AS n FROM information_schema.table_constraints WHERE constraint_name = 'qty_pos'",
]);
nn('drop check then violation name of other check', [
  'ALTER TABLE a ADD COLUMN z int CHECK (z > 0)',
  'ALTER TABLE a DROP CONSTRAINT qty_pos',
  'INSERT INTO a (id, qty, z) VALUES (9, -1, -1)',
]);

export default list.cases;
