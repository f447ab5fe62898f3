// Round 20 probe, utility: session state across statements and connections (PostgreSQL 15 docs
// SHOW ALL, SET SESSION AUTHORIZATION / SET ROLE, RESET ALL against prepared statements, cursors
// and LISTEN, DISCARD ALL in and out of transactions, two connections' independent state).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: session: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 3) g`;

add('show all count', [`SELECT count(*) > 300 AS many FROM pg_settings`]);
add('show all has search_path row', [
  `SELECT name, setting FROM pg_settings WHERE name IN ('search_path', 'bytea_output', 'DateStyle') ORDER BY name`,
]);
add('show all columns', ['SELECT 1 AS v FROM (SELECT 1) s WHERE false']);
add('session_authorization after set default', [
  'SET SESSION AUTHORIZATION DEFAULT',
  'SHOW session_authorization',
  'SELECT session_user::text AS s, current_user::text AS c',
]);
add('session_authorization after reset', ['RESET session_authorization', 'SHOW session_authorization']);
add('session authorization spelled', ['SHOW SESSION AUTHORIZATION']);
add('session_authorization after reset all', [
  'RESET ALL',
  `SELECT current_setting('session_authorization') AS v`,
]);
add('session_authorization after discard all', ['DISCARD ALL', 'SHOW session_authorization']);
add('session_authorization in transaction', ['BEGIN', 'SHOW session_authorization', 'COMMIT']);
add('session_authorization in function', [`SELECT upper(current_setting('session_authorization')) AS v`]);
add('session_authorization missing ok', [`SELECT current_setting('session_authorization', true) AS v`]);
add('role default none', [`SELECT current_setting('role') AS v`]);
add('set role none', ['SET ROLE NONE', 'SHOW role']);
add('set role missing', ['SET ROLE r20_utility_nobody']);
add('set session authorization missing', ['SET SESSION AUTHORIZATION r20_utility_nobody']);
add('set role in rolled back transaction', ['BEGIN', 'SET ROLE postgres', 'ROLLBACK', 'SHOW role']);
add('set role postgres', [
  'SET ROLE postgres',
  'SHOW role',
  'SELECT current_user::text AS u',
  'RESET ROLE',
  'SHOW role',
]);
add('set local role', ['BEGIN', 'SET LOCAL ROLE postgres', 'SHOW role', 'COMMIT', 'SHOW role']);
add('set session authorization postgres', [
  'SET SESSION AUTHORIZATION postgres',
  'SHOW session_authorization',
  'RESET SESSION AUTHORIZATION',
  'SHOW session_authorization',
]);
add('set session authorization quoted', [
  `SET SESSION AUTHORIZATION 'postgres'`,
  'SELECT session_user::text AS v',
]);
add('second session settings independent', [
  `SET application_name = 'one'`,
  two(`SET application_name = 'two'`),
  'SHOW application_name',
  two('SHOW application_name'),
]);
add('second session custom independent', [
  `SET myapp.who = 'one'`,
  two(`SELECT current_setting('myapp.who', true) AS v`),
  two(`SET myapp.who = 'two'`),
  'SHOW myapp.who',
]);
add(
  'second session search_path independent',
  [
    'CREATE SCHEMA s2',
    'CREATE TABLE s2.t (z int)',
    'SET search_path = s2',
    'SELECT * FROM t',
    two('SELECT count(*)::int AS n FROM t'),
  ],
  T,
);
add('second session prepared independent', [
  'PREPARE p AS SELECT 1 AS a',
  two('PREPARE p AS SELECT 2 AS a'),
  'EXECUTE p',
  two('EXECUTE p'),
]);
add('second session listen independent', [
  'LISTEN one',
  two('LISTEN two'),
  'SELECT c FROM pg_listening_channels() c',
  two('SELECT c FROM pg_listening_channels() c'),
]);
add('second session temp table independent', [
  'CREATE TEMP TABLE x (a int)',
  two('CREATE TEMP TABLE x (b text)'),
  'INSERT INTO x VALUES (1)',
  two(`INSERT INTO x VALUES ('b')`),
  'SELECT * FROM x',
  two('SELECT * FROM x'),
]);
add(
  'second session sequence currval independent',
  [`SELECT nextval('s') AS a`, two(`SELECT currval('s') AS b`)],
  'CREATE SEQUENCE s',
);
add('second session sees committed table', [
  'CREATE TABLE n (a int)',
  `INSERT INTO n VALUES (1)`,
  two('SELECT a FROM n'),
]);
add('second session held cursor independent', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS a',
  'COMMIT',
  two('SELECT count(*)::int AS n FROM pg_cursors'),
  'CLOSE c',
]);
add('reset all keeps prepared', ['PREPARE p AS SELECT 1 AS a', 'RESET ALL', 'EXECUTE p']);
add('reset all keeps listen', ['LISTEN ch', 'RESET ALL', 'SELECT c FROM pg_listening_channels() c']);
add('reset all keeps temp table', [
  'CREATE TEMP TABLE x (a int)',
  'RESET ALL',
  'SELECT count(*)::int AS n FROM x',
]);
add('reset all in transaction rolled back', [
  `SET bytea_output = escape`,
  'BEGIN',
  'RESET ALL',
  'SHOW bytea_output',
  'ROLLBACK',
  'SHOW bytea_output',
]);
add('discard all keeps tables', ['DISCARD ALL', 'SELECT count(*)::int AS n FROM t'], T);
add('discard all resets role', ['SET ROLE postgres', 'DISCARD ALL', 'SHOW role']);
add('discard all search_path', ['SET search_path = pg_catalog', 'DISCARD ALL', 'SHOW search_path']);
add('discard all then prepare same name', [
  'PREPARE p AS SELECT 1 AS a',
  'DISCARD ALL',
  'PREPARE p AS SELECT 2 AS a',
  'EXECUTE p',
]);
add('discard all in aborted transaction', ['BEGIN', 'SELECT 1/0', 'DISCARD ALL', 'ROLLBACK']);
add(
  'discard sequences in transaction',
  ['BEGIN', `SELECT nextval('s') AS a`, 'DISCARD SEQUENCES', `SELECT currval('s') AS b`, 'ROLLBACK'],
  'CREATE SEQUENCE s',
);
add('discard temp drops on commit drop table', [
  'BEGIN',
  'CREATE TEMP TABLE x (a int) ON COMMIT DROP',
  'DISCARD TEMP',
  'COMMIT',
]);
add('set then show in one simple query', [`SET bytea_output = escape; SHOW bytea_output`]);
add('set local then show in one simple query', [
  `SET LOCAL bytea_output = escape; SHOW bytea_output`,
  'SHOW bytea_output',
]);
add('begin set commit in one simple query', [
  `BEGIN; SET LOCAL bytea_output = escape; SHOW bytea_output; COMMIT`,
  'SHOW bytea_output',
]);
add('error in simple query rolls back set', [`SET bytea_output = escape; SELECT 1/0`, 'SHOW bytea_output']);
add('error in simple query after prepare', [`PREPARE p AS SELECT 1 AS a; SELECT 1/0`, 'EXECUTE p']);
add('error in simple query after listen', [
  `LISTEN ch; SELECT 1/0`,
  'SELECT count(*)::int AS n FROM pg_listening_channels()',
]);
add(
  'declare and fetch in one simple query',
  [`BEGIN; DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id; FETCH 2 c; COMMIT`],
  T,
);
add(
  'declare outside transaction in multi statement query',
  [`DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id; FETCH 2 c`],
  T,
);
add('extended protocol declare outside transaction', [withParams('DECLARE c CURSOR FOR SELECT 1')]);
add(
  'extended protocol fetch in transaction',
  [
    'BEGIN',
    withParams('DECLARE c CURSOR FOR SELECT id FROM t WHERE id >= $1 ORDER BY id', 2),
    withParams('FETCH ALL c'),
    'COMMIT',
  ],
  T,
);
add('extended protocol listen', [withParams('LISTEN ch'), 'SELECT c FROM pg_listening_channels() c']);
add('extended protocol discard all', [withParams('DISCARD ALL')]);
add('extended protocol begin commit', [
  withParams('BEGIN'),
  withParams('SELECT 1 AS a'),
  withParams('COMMIT'),
]);
add('extended protocol do', [withParams(`DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '22012'; END $$`)]);
add('extended protocol set local', [
  'BEGIN',
  withParams('SET LOCAL bytea_output = escape'),
  'SHOW bytea_output',
  'COMMIT',
]);
add('extended protocol show', [withParams('SHOW bytea_output')]);
add('extended protocol session_authorization', [withParams('SHOW session_authorization')]);
add('extended protocol current_setting', [
  withParams(`SELECT current_setting($1) AS v`, 'session_authorization'),
]);
add('transaction_read_only in read only transaction', [
  'BEGIN READ ONLY',
  'SHOW transaction_read_only',
  'COMMIT',
  'SHOW transaction_read_only',
]);
add('transaction_isolation set outside transaction no effect', [
  `SET transaction_isolation = 'serializable'`,
  'BEGIN',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('set transaction_read_only off in read only subtransaction', [
  'BEGIN READ ONLY',
  'SAVEPOINT s',
  'SET transaction_read_only = off',
  'ROLLBACK',
]);
add('set transaction_isolation in subtransaction', [
  'BEGIN',
  'SAVEPOINT s',
  `SET transaction_isolation = 'serializable'`,
  'ROLLBACK',
]);
add('statement_timeout cancels', [`SET statement_timeout = '50ms'`, 'SELECT pg_sleep(1)']);
add('statement_timeout local cancels', [
  'BEGIN',
  `SET LOCAL statement_timeout = '50ms'`,
  'SELECT pg_sleep(1)',
  'ROLLBACK',
]);
add('statement_timeout zero no cancel', ['SET statement_timeout = 0', 'SELECT pg_sleep(0.01)::text AS v']);

// ---------------------------------------------------------------- one connection's reset, the other's state
add(
  'other session close all keeps held cursor',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    two('CLOSE ALL'),
    'FETCH c',
    'CLOSE c',
  ],
  T,
);
add(
  'other session discard all keeps held cursor',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    two('DISCARD ALL'),
    'FETCH c',
    'CLOSE c',
  ],
  T,
);
add('other session deallocate all keeps prepared', [
  'PREPARE p AS SELECT 1 AS a',
  two('DEALLOCATE ALL'),
  'EXECUTE p',
]);
add('other session discard all keeps prepared', [
  'PREPARE p AS SELECT 1 AS a',
  two('DISCARD ALL'),
  'EXECUTE p',
]);
add('other session discard plans keeps prepared', [
  'PREPARE p AS SELECT 1 AS a',
  two('DISCARD PLANS'),
  'EXECUTE p',
]);
add('other session unlisten all keeps listen', [
  'LISTEN ch',
  two('UNLISTEN *'),
  'SELECT c FROM pg_listening_channels() c',
]);
add('other session discard all keeps listen', [
  'LISTEN ch',
  two('DISCARD ALL'),
  'SELECT c FROM pg_listening_channels() c',
]);
add('other session reset all keeps settings', [
  `SET bytea_output = escape`,
  two('RESET ALL'),
  'SHOW bytea_output',
]);
add('other session discard all keeps settings', [
  `SET bytea_output = escape`,
  `SET myapp.x = 'v'`,
  two('DISCARD ALL'),
  'SHOW bytea_output',
  `SELECT current_setting('myapp.x', true) AS v`,
]);
add('other session discard temp keeps temp table', [
  'CREATE TEMP TABLE x (a int)',
  two('DISCARD TEMP'),
  'SELECT count(*)::int AS n FROM x',
]);
add('other session discard all keeps temp table', [
  'CREATE TEMP TABLE x (a int)',
  two('DISCARD ALL'),
  'SELECT count(*)::int AS n FROM x',
]);
add(
  'other session discard sequences keeps currval',
  [`SELECT nextval('s') AS a`, two('DISCARD SEQUENCES'), `SELECT currval('s') AS b`],
  'CREATE SEQUENCE s',
);
add('other session statement_timeout not applied', [
  `SET statement_timeout = '50ms'`,
  two('SELECT pg_sleep(0.2)::text AS v'),
]);
add('other session set role not applied', ['SET ROLE postgres', two('SHOW role')]);
add('other session session authorization not applied', [
  'SET SESSION AUTHORIZATION postgres',
  two('SHOW session_authorization'),
  'SHOW session_authorization',
]);
add('other session deallocate named', ['PREPARE p AS SELECT 1 AS a', two('DEALLOCATE p'), 'EXECUTE p']);
add('other session close named', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS a',
  'COMMIT',
  two('CLOSE c'),
  'FETCH c',
]);
add('other session unlisten named', [
  'LISTEN ch',
  two('UNLISTEN ch'),
  'SELECT c FROM pg_listening_channels() c',
]);
add('other session set_config custom', [
  `SELECT set_config('myapp.x', 'one', false) AS a`,
  two(`SELECT set_config('myapp.x', 'two', false) AS b`),
  `SELECT current_setting('myapp.x') AS c`,
]);
add('other session prepare same name allowed', [
  'PREPARE p AS SELECT 1 AS a',
  two('PREPARE p AS SELECT 2 AS a'),
  two('EXECUTE p'),
  'EXECUTE p',
]);
add('other session listen same channel', [
  'LISTEN ch',
  two('LISTEN ch'),
  two('UNLISTEN ch'),
  'SELECT c FROM pg_listening_channels() c',
]);

// ---------------------------------------------------------------- session_authorization spellings
add('session_authorization show with semicolon', ['SHOW session_authorization;']);
add('session_authorization show in multi statement', [
  'SELECT 1 AS a; SHOW session_authorization; SELECT 2 AS b',
]);
add('session_authorization show upper case', ['SHOW SESSION_AUTHORIZATION']);
add('session_authorization show quoted', ['SHOW "session_authorization"']);
add('session_authorization show quoted mixed case', ['SHOW "Session_Authorization"']);
add('datestyle show quoted mixed case', ['SHOW "DateStyle"']);
add('session_authorization current_setting upper', [`SELECT current_setting('SESSION_AUTHORIZATION') AS v`]);
add('session_authorization after set role', [
  'SET ROLE postgres',
  'SHOW session_authorization',
  'RESET ROLE',
]);
add('session_authorization show in aborted transaction', [
  'BEGIN',
  'SELECT 1/0',
  'SHOW session_authorization',
  'ROLLBACK',
]);
add('session_authorization in pg_settings', [
  `SELECT count(*)::int AS n FROM pg_settings WHERE name = 'session_authorization'`,
]);
add('server_version still answered', [`SELECT current_setting('server_version_num')::int / 10000 AS major`]);
add('lc_collate still answered', [
  `SELECT current_setting('lc_collate') = current_setting('lc_ctype') AS same`,
]);

export default list.cases;
