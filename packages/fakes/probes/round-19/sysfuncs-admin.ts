// Round 19 probe, sysfuncs: PostgreSQL 15 docs 9.27 (advisory lock functions, pg_sleep and other
// admin functions), 9.28 (suppress_redundant_updates_trigger) and the uuid type with
// gen_random_uuid (8.12 / 9.14). No step waits on the other session: only try_ variants there.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: admin: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const LOCKS = `SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() ORDER BY objid, mode`;

// ---------------------------------------------------------------- advisory locks, session level
add('lock and unlock', ['SELECT pg_advisory_lock(1) AS a', 'SELECT pg_advisory_unlock(1) AS b']);
add('lock returns void type', ['SELECT pg_typeof(pg_advisory_lock(1)) AS a']);
add('unlock not held warning false', ['SELECT pg_advisory_unlock(42) AS v']);
add('unlock twice', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_unlock(1) AS b',
  'SELECT pg_advisory_unlock(1) AS c',
]);
add('lock reentrant needs two unlocks', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_lock(1) AS b',
  'SELECT pg_advisory_unlock(1) AS c',
  'SELECT pg_advisory_unlock(1) AS d',
  'SELECT pg_advisory_unlock(1) AS e',
]);
add('lock two int keys', ['SELECT pg_advisory_lock(1, 2) AS a', 'SELECT pg_advisory_unlock(1, 2) AS b']);
add('two int key differs from bigint', [
  'SELECT pg_advisory_lock(1, 2) AS a',
  'SELECT pg_advisory_unlock(1) AS b',
  'SELECT pg_advisory_unlock(1, 2) AS c',
]);
add('bigint key', [
  'SELECT pg_advisory_lock(9223372036854775807) AS a',
  'SELECT pg_advisory_unlock(9223372036854775807) AS b',
]);
add('negative key', ['SELECT pg_advisory_lock(-1) AS a', 'SELECT pg_advisory_unlock(-1) AS b']);
add('null key', ['SELECT pg_advisory_lock(NULL) AS a']);
add('try lock free', ['SELECT pg_try_advisory_lock(5) AS a']);
add('try lock reentrant', ['SELECT pg_try_advisory_lock(5) AS a', 'SELECT pg_try_advisory_lock(5) AS b']);
add('try lock held by other session', [
  'SELECT pg_advisory_lock(7) AS a',
  two('SELECT pg_try_advisory_lock(7) AS b'),
]);
add('try lock released other session', [
  'SELECT pg_advisory_lock(7) AS a',
  'SELECT pg_advisory_unlock(7) AS b',
  two('SELECT pg_try_advisory_lock(7) AS c'),
]);
add('unlock other sessions lock warning', [
  'SELECT pg_advisory_lock(7) AS a',
  two('SELECT pg_advisory_unlock(7) AS b'),
]);
add('try two keys other session', [
  'SELECT pg_advisory_lock(1, 1) AS a',
  two('SELECT pg_try_advisory_lock(1, 1) AS b'),
  two('SELECT pg_try_advisory_lock(1, 2) AS c'),
]);
add('unlock_all', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_lock(2) AS b',
  'SELECT pg_advisory_unlock_all() AS c',
  'SELECT pg_advisory_unlock(1) AS d',
]);
add('unlock_all releases for other', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_unlock_all() AS c',
  two('SELECT pg_try_advisory_lock(1) AS d'),
]);
add('unlock_all type', ['SELECT pg_typeof(pg_advisory_unlock_all()) AS v']);
add('session lock survives rollback', [
  'BEGIN',
  'SELECT pg_advisory_lock(3) AS a',
  'ROLLBACK',
  two('SELECT pg_try_advisory_lock(3) AS b'),
]);
add('session lock survives commit', [
  'BEGIN',
  'SELECT pg_advisory_lock(3) AS a',
  'COMMIT',
  'SELECT pg_advisory_unlock(3) AS b',
]);
add('pg_locks advisory row', ['SELECT pg_advisory_lock(12) AS a', LOCKS]);
add('pg_locks advisory two keys row', ['SELECT pg_advisory_lock(3, 4) AS a', LOCKS]);
add('pg_locks advisory shared row', ['SELECT pg_advisory_lock_shared(12) AS a', LOCKS]);
add('pg_locks advisory bigint split', ['SELECT pg_advisory_lock(4294967297) AS a', LOCKS]);
add('pg_locks after unlock empty', [
  'SELECT pg_advisory_lock(12) AS a',
  'SELECT pg_advisory_unlock(12) AS b',
  LOCKS,
]);
add('pg_locks reentrant one row', [
  'SELECT pg_advisory_lock(12) AS a',
  'SELECT pg_advisory_lock(12) AS b',
  LOCKS,
]);
add('lock params', [
  withParams('SELECT pg_advisory_lock($1) AS a', 99),
  withParams('SELECT pg_advisory_unlock($1) AS b', 99),
]);
add('lock params int pair', [withParams('SELECT pg_try_advisory_lock($1, $2) AS a', 1, 2)]);
add('lock hashtext key', [
  `SELECT pg_advisory_lock(hashtext('job')) AS a`,
  `SELECT pg_advisory_unlock(hashtext('job')) AS b`,
]);
add('lock int overflow pair error', ['SELECT pg_advisory_lock(1, 3000000000) AS a']);
add('lock text key error', [`SELECT pg_advisory_lock('abc') AS a`]);
add('lock numeric key', ['SELECT pg_advisory_lock(1.5) AS a']);

// ---------------------------------------------------------------- shared
add('shared and unlock shared', [
  'SELECT pg_advisory_lock_shared(1) AS a',
  'SELECT pg_advisory_unlock_shared(1) AS b',
]);
add('shared unlock with exclusive unlock warning', [
  'SELECT pg_advisory_lock_shared(1) AS a',
  'SELECT pg_advisory_unlock(1) AS b',
]);
add('exclusive unlock with shared unlock warning', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_unlock_shared(1) AS b',
]);
add('shared unlock not held', ['SELECT pg_advisory_unlock_shared(1) AS b']);
add('shared compatible with shared', [
  'SELECT pg_advisory_lock_shared(8) AS a',
  two('SELECT pg_try_advisory_lock_shared(8) AS b'),
]);
add('shared blocks exclusive', [
  'SELECT pg_advisory_lock_shared(8) AS a',
  two('SELECT pg_try_advisory_lock(8) AS b'),
]);
add('exclusive blocks shared', [
  'SELECT pg_advisory_lock(8) AS a',
  two('SELECT pg_try_advisory_lock_shared(8) AS b'),
]);
add('own exclusive then shared', [
  'SELECT pg_advisory_lock(8) AS a',
  'SELECT pg_try_advisory_lock_shared(8) AS b',
  LOCKS,
]);
add('shared two keys', [
  'SELECT pg_advisory_lock_shared(1, 2) AS a',
  'SELECT pg_advisory_unlock_shared(1, 2) AS b',
]);
add('try shared two keys', ['SELECT pg_try_advisory_lock_shared(1, 2) AS a']);

// ---------------------------------------------------------------- transaction level
add('xact lock in transaction', ['BEGIN', 'SELECT pg_advisory_xact_lock(1) AS a', LOCKS, 'COMMIT', LOCKS]);
add('xact lock released at commit for other', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1) AS a',
  two('SELECT pg_try_advisory_lock(1) AS b'),
  'COMMIT',
  two('SELECT pg_try_advisory_lock(1) AS c'),
]);
add('xact lock released at rollback', ['BEGIN', 'SELECT pg_advisory_xact_lock(1) AS a', 'ROLLBACK', LOCKS]);
add('xact lock autocommit', ['SELECT pg_advisory_xact_lock(1) AS a', LOCKS]);
add('xact lock cannot unlock warning', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1) AS a',
  'SELECT pg_advisory_unlock(1) AS b',
  'COMMIT',
]);
add('try xact lock', ['BEGIN', 'SELECT pg_try_advisory_xact_lock(1) AS a', 'COMMIT']);
add('try xact lock blocked', [
  'SELECT pg_advisory_lock(1) AS a',
  two('BEGIN'),
  two('SELECT pg_try_advisory_xact_lock(1) AS b'),
  two('COMMIT'),
]);
add('xact shared', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock_shared(1) AS a',
  'SELECT pg_try_advisory_xact_lock_shared(1) AS b',
  LOCKS,
  'COMMIT',
]);
add('xact lock two keys', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1, 2) AS a',
  'SELECT pg_try_advisory_xact_lock(1, 2) AS b',
  'COMMIT',
]);
add('xact and session same key', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1) AS a',
  'SELECT pg_advisory_lock(1) AS b',
  'COMMIT',
  LOCKS,
  'SELECT pg_advisory_unlock(1) AS c',
]);
add('session lock then xact', [
  'SELECT pg_advisory_lock(1) AS a',
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1) AS b',
  'ROLLBACK',
  LOCKS,
]);
add('xact lock savepoint rollback', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT pg_advisory_xact_lock(1) AS a',
  'ROLLBACK TO SAVEPOINT s',
  LOCKS,
  'COMMIT',
]);
add('session lock savepoint rollback kept', [
  'BEGIN',
  'SAVEPOINT s',
  'SELECT pg_advisory_lock(1) AS a',
  'ROLLBACK TO SAVEPOINT s',
  LOCKS,
  'COMMIT',
]);
add('xact lock type void', ['SELECT pg_typeof(pg_advisory_xact_lock(1)) AS a']);
add('unlock_all keeps xact', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(1) AS a',
  'SELECT pg_advisory_lock(2) AS b',
  'SELECT pg_advisory_unlock_all() AS c',
  LOCKS,
  'COMMIT',
]);
add(
  'try lock in where',
  ['SELECT id FROM jobs WHERE pg_try_advisory_xact_lock(id) ORDER BY id'],
  'CREATE TABLE jobs (id int); INSERT INTO jobs VALUES (1), (2), (3);',
);
add('lock in aborted transaction error', [
  'BEGIN',
  'SELECT 1/0 AS x',
  'SELECT pg_advisory_lock(1) AS a',
  'ROLLBACK',
]);

// ---------------------------------------------------------------- pg_sleep and friends
q('pg_sleep zero', 'pg_sleep(0)');
q('pg_sleep type', 'pg_typeof(pg_sleep(0))');
q('pg_sleep small', 'pg_sleep(0.01)');
q('pg_sleep negative', 'pg_sleep(-1)');
q('pg_sleep null', 'pg_sleep(NULL)');
q('pg_sleep_for zero', `pg_sleep_for('0 seconds')`);
q('pg_sleep_for interval', `pg_sleep_for(interval '10 milliseconds')`);
q('pg_sleep_until past', `pg_sleep_until(now() - interval '1 day')`);
q('pg_sleep text error', `pg_sleep('abc')`);
q('pg_sleep in rows', 'count(pg_sleep(0)) FROM generate_series(1, 3)');
q('pg_cancel_backend self type', 'pg_typeof(pg_cancel_backend(0))');
q('pg_cancel_backend invalid pid warning', 'pg_cancel_backend(0)');
q('pg_terminate_backend invalid pid warning', 'pg_terminate_backend(0)');
q('pg_reload_conf', 'pg_reload_conf()');
q('pg_current_wal_lsn type', 'pg_typeof(pg_current_wal_lsn())');
q('pg_notification_queue_usage', 'pg_notification_queue_usage()');
q('pg_stat_get_backend_pid type', 'pg_typeof(pg_backend_pid())');
q('clock_timestamp moves', 'clock_timestamp() >= now()');
q('pg_client_encoding', 'pg_client_encoding()');

// ---------------------------------------------------------------- suppress_redundant_updates_trigger
const SUP = `CREATE TABLE t (id int PRIMARY KEY, v text, n int); INSERT INTO t VALUES (1, 'a', 1), (2, 'b', NULL); CREATE TRIGGER z_min_update BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`;
add('suppress same value zero rows', [`UPDATE t SET v = 'a' WHERE id = 1`], SUP);
add(
  'suppress changed value one row',
  [`UPDATE t SET v = 'z' WHERE id = 1`, 'SELECT * FROM t ORDER BY id'],
  SUP,
);
add('suppress mixed', [`UPDATE t SET v = 'a'`, 'SELECT * FROM t ORDER BY id'], SUP);
add('suppress null to null', ['UPDATE t SET n = NULL WHERE id = 2'], SUP);
add('suppress null to value', ['UPDATE t SET n = 5 WHERE id = 2'], SUP);
add('suppress returning', [`UPDATE t SET v = v RETURNING id`], SUP);
add(
  'suppress xmin unchanged',
  [
    'SELECT xmin::text = (SELECT xmin::text FROM t WHERE id = 1) AS same FROM t WHERE id = 1',
    `UPDATE t SET v = 'a' WHERE id = 1`,
  ],
  SUP,
);
add(
  'suppress with later trigger not fired',
  [`UPDATE t SET v = 'a' WHERE id = 1`, 'SELECT count(*) AS n FROM log'],
  `${SUP} CREATE TABLE log (x int); CREATE FUNCTION logit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (1); RETURN NEW; END $$; CREATE TRIGGER zz_log BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION logit();`,
);
add(
  'suppress after trigger not fired',
  [`UPDATE t SET v = 'a' WHERE id = 1`, `UPDATE t SET v = 'q' WHERE id = 1`, 'SELECT count(*) AS n FROM log'],
  `${SUP} CREATE TABLE log (x int); CREATE FUNCTION logit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (1); RETURN NEW; END $$; CREATE TRIGGER log_after AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION logit();`,
);
add(
  'suppress as after trigger error',
  [`UPDATE t SET v = 'a' WHERE id = 1`],
  `CREATE TABLE t (id int, v text); INSERT INTO t VALUES (1, 'a'); CREATE TRIGGER x AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add(
  'suppress on insert error',
  [`INSERT INTO t VALUES (1, 'a')`],
  `CREATE TABLE t (id int, v text); CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add(
  'suppress statement level error',
  [`UPDATE t SET v = 'a'`],
  `CREATE TABLE t (id int, v text); INSERT INTO t VALUES (1, 'a'); CREATE TRIGGER x BEFORE UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add('suppress called directly error', ['SELECT suppress_redundant_updates_trigger() AS v']);
add(
  'suppress jsonb same',
  [`UPDATE j SET d = '{"b":2, "a":1}' WHERE id = 1`],
  `CREATE TABLE j (id int, d jsonb); INSERT INTO j VALUES (1, '{"a":1,"b":2}'); CREATE TRIGGER x BEFORE UPDATE ON j FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add(
  'suppress numeric scale differs',
  ['UPDATE j SET d = 1.00 WHERE id = 1'],
  `CREATE TABLE j (id int, d numeric); INSERT INTO j VALUES (1, 1.0); CREATE TRIGGER x BEFORE UPDATE ON j FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add(
  'suppress upsert do update same',
  [`INSERT INTO t VALUES (1, 'a', 1) ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v`],
  SUP,
);
add(
  'pg_trigger_depth inside trigger',
  [`INSERT INTO t VALUES (1)`, 'SELECT d FROM log'],
  `CREATE TABLE t (a int); CREATE TABLE log (d int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (pg_trigger_depth()); RETURN NEW; END $$; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();`,
);

// ---------------------------------------------------------------- uuid
q(
  'gen_random_uuid shape',
  `gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`,
);
q('gen_random_uuid type', 'pg_typeof(gen_random_uuid())');
q('gen_random_uuid distinct', 'gen_random_uuid() <> gen_random_uuid()');
q('gen_random_uuid volatile rows', 'count(DISTINCT gen_random_uuid()) FROM generate_series(1, 5)');
q('gen_random_uuid length', 'length(gen_random_uuid()::text)');
q('uuid standard', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid uppercase', `'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid`);
q('uuid braces', `'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid`);
q('uuid no hyphens', `'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid`);
q('uuid odd hyphens', `'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid`);
q('uuid braces odd hyphens', `'{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid`);
q('uuid too short error', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid`);
q('uuid too long error', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111'::uuid`);
q('uuid bad char error', `'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid leading hyphen error', `'-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid double hyphen error', `'a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid trailing hyphen error', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-'::uuid`);
q('uuid unbalanced brace error', `'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid spaces error', `' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid trailing space error', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 '::uuid`);
q('uuid empty error', `''::uuid`);
q('uuid nil', `'00000000-0000-0000-0000-000000000000'::uuid`);
q('uuid max', `'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid`);
q(
  'uuid equality forms',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = '{A0EEBC999C0B4EF8BB6D6BB9BD380A11}'::uuid`,
);
q(
  'uuid ordering',
  `ARRAY(SELECT u FROM (VALUES ('b0000000-0000-0000-0000-000000000000'::uuid), ('a0000000-0000-0000-0000-000000000000'::uuid), ('0fffffff-ffff-ffff-ffff-ffffffffffff'::uuid)) v(u) ORDER BY u)`,
);
q(
  'uuid less than',
  `'00000000-0000-0000-0000-000000000001'::uuid < '00000000-0000-0000-0000-000000000002'::uuid`,
);
q('uuid to text', `'{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid::text`);
q('uuid to bytea error', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::bytea`);
q('uuid from text column', `t::uuid FROM (VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')) v(t)`);
q('uuid from int error', `1::uuid`);
q('uuid null', 'NULL::uuid');
q(
  'uuid in array',
  `ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{00000000000000000000000000000000}']::uuid[]`,
);
q('uuid max aggregate error', `max(u) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)) v(u)`);
q(
  'uuid min via order',
  `u FROM (VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)) v(u) ORDER BY u LIMIT 1`,
);
q('uuid like text', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text LIKE 'a0ee%'`);
q(
  'uuid hash distinct',
  `count(DISTINCT u) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid)) v(u)`,
);
q('uuid_generate_v4 missing error', 'uuid_generate_v4()');
q('md5 uuid cast', `md5('x')::uuid`);
add(
  'uuid column default',
  [
    'INSERT INTO t (v) VALUES (1) RETURNING length(id::text) AS l',
    `SELECT count(*) AS n FROM t WHERE id IS NOT NULL`,
  ],
  'CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), v int);',
);
add(
  'uuid column input forms',
  [
    `INSERT INTO t VALUES ('{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'), ('a0eebc999c0b4ef8bb6d6bb9bd380a12')`,
    'SELECT id FROM t ORDER BY id',
  ],
  'CREATE TABLE t (id uuid);',
);
add(
  'uuid column duplicate forms error',
  [`INSERT INTO t VALUES ('{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'), ('a0eebc999c0b4ef8bb6d6bb9bd380a11')`],
  'CREATE TABLE t (id uuid PRIMARY KEY);',
);
add('uuid column bad input error', [`INSERT INTO t VALUES ('nope')`], 'CREATE TABLE t (id uuid);');
add('uuid param', [withParams('SELECT $1::uuid AS v', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')]);
add('uuid param braces', [withParams('SELECT $1::uuid AS v', '{a0eebc999c0b4ef8bb6d6bb9bd380a11}')]);
add('uuid param bad error', [withParams('SELECT $1::uuid AS v', 'xyz')]);
add(
  'uuid param compare column',
  [withParams('SELECT count(*) AS n FROM t WHERE id = $1', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')],
  `CREATE TABLE t (id uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');`,
);
add(
  'uuid column text compare',
  [`SELECT count(*) AS n FROM t WHERE id = 'A0EEBC999C0B4EF8BB6D6BB9BD380A11'`],
  `CREATE TABLE t (id uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');`,
);
add(
  'uuid column bad compare error',
  [`SELECT count(*) AS n FROM t WHERE id = 'zzz'`],
  `CREATE TABLE t (id uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');`,
);

export default list.cases;
