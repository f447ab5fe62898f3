// Round 20 probe, utility: PostgreSQL 15 docs SQL commands SET, RESET, SHOW, DISCARD and the
// configuration functions current_setting / set_config (9.27.1): common settings, invalid values
// (22023), unknown settings (42704), custom dotted settings, SET LOCAL and savepoints, settings in
// an aborted transaction (25P02).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: settings: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });

// ---------------------------------------------------------------- SHOW of common settings, defaults
for (const name of [
  'search_path',
  'statement_timeout',
  'DateStyle',
  'IntervalStyle',
  'client_min_messages',
  'extra_float_digits',
  'bytea_output',
  'standard_conforming_strings',
  'lock_timeout',
  'idle_in_transaction_session_timeout',
  'transaction_isolation',
  'transaction_read_only',
  'default_transaction_isolation',
  'default_transaction_read_only',
  'client_encoding',
  'server_encoding',
  'integer_datetimes',
  'max_identifier_length',
  'escape_string_warning',
  'xmloption',
  'check_function_bodies',
  'row_security',
  'default_with_oids',
  'transform_null_equals',
  'array_nulls',
  'backslash_quote',
  'session_replication_role',
  'synchronous_commit',
  'enable_seqscan',
  'work_mem',
  'jit',
  'block_size',
  'default_table_access_method',
  'plpgsql.variable_conflict',
]) {
  add(`show ${name}`, [`SHOW ${name}`]);
  add(`current_setting ${name}`, [`SELECT current_setting('${name}') AS v`]);
}
add('show session_authorization fresh', ['SHOW session_authorization']);
add('current_setting session_authorization fresh', ["SELECT current_setting('session_authorization') AS v"]);
add('show session_authorization second session', [two('SHOW session_authorization')]);
add('show role fresh', ['SHOW role']);
add('show is_superuser', ['SHOW is_superuser']);
add('show unknown', ['SHOW no_such_setting']);
add('show unknown dotted', ['SHOW myapp.nothing']);
add('show all count positive', ['SELECT 1 AS v']);
add('show column name', ['SHOW search_path', 'SHOW bytea_output']);
add('show case insensitive', ['SHOW DATESTYLE', 'SHOW datestyle']);
add('show quoted name', ['SHOW "search_path"']);
add('show time zone form', ["SET TIME ZONE 'UTC'", 'SHOW TIME ZONE']);
add('show transaction isolation level form', ['SHOW TRANSACTION ISOLATION LEVEL']);
add('show in aborted transaction', ['BEGIN', 'SELECT 1/0', 'SHOW search_path', 'ROLLBACK']);
add('show on extended protocol', [withParams('SHOW search_path')]);

// ---------------------------------------------------------------- SET / RESET
add('set search_path', ['SET search_path TO pg_catalog, public', 'SHOW search_path']);
add('set search_path equals', ['SET search_path = public', 'SHOW search_path']);
add('set search_path quoted schema', [`SET search_path TO "My Schema", public`, 'SHOW search_path']);
add('set search_path empty string', [`SET search_path = ''`, 'SHOW search_path']);
add('set search_path string list', [`SET search_path = 'a, b'`, 'SHOW search_path']);
add('set search_path missing schema allowed', [
  'SET search_path = nope',
  'SHOW search_path',
  'SELECT current_schema() AS v',
]);
add('set search_path affects current_schemas', [
  'SET search_path = pg_catalog',
  'SELECT current_schemas(false)::text AS v',
]);
add('set search_path default', [
  'SET search_path = public',
  'SET search_path TO DEFAULT',
  'SHOW search_path',
]);
add('reset search_path', ['SET search_path = pg_catalog', 'RESET search_path', 'SHOW search_path']);
add('set command tag', ['SET statement_timeout = 0']);
add('reset command tag', ['RESET statement_timeout']);
add('set statement_timeout ms', ['SET statement_timeout = 1500', 'SHOW statement_timeout']);
add('set statement_timeout units', [`SET statement_timeout = '2s'`, 'SHOW statement_timeout']);
add('set statement_timeout minutes', [`SET statement_timeout = '90min'`, 'SHOW statement_timeout']);
add('set statement_timeout invalid unit', [`SET statement_timeout = '5 parsecs'`]);
add('set statement_timeout negative', ['SET statement_timeout = -1']);
add('set statement_timeout text', [`SET statement_timeout = 'abc'`]);
add('set statement_timeout fraction rounds', [`SET statement_timeout = '1.5s'`, 'SHOW statement_timeout']);
add('set lock_timeout', [`SET lock_timeout = '3s'`, 'SHOW lock_timeout']);
add('set timezone', [`SET TimeZone = 'Europe/Paris'`, 'SHOW TimeZone']);
add('set time zone local', [`SET TIME ZONE 'America/New_York'`, 'SET TIME ZONE LOCAL', 'SELECT 1 AS v']);
add('set time zone interval', [`SET TIME ZONE INTERVAL '+02:00' HOUR TO MINUTE`, 'SHOW TimeZone']);
add('set time zone number', ['SET TIME ZONE 5', 'SHOW TimeZone']);
add('set timezone invalid', [`SET TimeZone = 'Mars/Olympus'`]);
add('set datestyle', [`SET DateStyle = 'SQL, DMY'`, 'SHOW DateStyle']);
add('set datestyle partial', [`SET DateStyle = 'German'`, 'SHOW DateStyle']);
add('set datestyle invalid', [`SET DateStyle = 'Klingon'`]);
add('set datestyle conflicting', [`SET DateStyle = 'ISO, SQL'`]);
add('set intervalstyle', [
  `SET IntervalStyle = 'postgres_verbose'`,
  'SHOW IntervalStyle',
  `SELECT interval '1 day 2 hours' AS v`,
]);
add('set intervalstyle invalid', [`SET IntervalStyle = 'nope'`]);
add('set application_name', [`SET application_name = 'my app'`, 'SHOW application_name']);
add('set application_name in pg_stat_activity', [
  `SET application_name = 'r20app'`,
  'SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()',
]);
add('set client_min_messages', ['SET client_min_messages = warning', 'SHOW client_min_messages']);
add('set client_min_messages invalid', ['SET client_min_messages = loud']);
add('set extra_float_digits', [
  'SET extra_float_digits = 0',
  'SHOW extra_float_digits',
  'SELECT 0.1::float8 AS v',
]);
add('set extra_float_digits too large', ['SET extra_float_digits = 4']);
add('set extra_float_digits too small', ['SET extra_float_digits = -16']);
add('set bytea_output escape', ['SET bytea_output = escape', `SELECT '\\x41ff'::bytea::text AS v`]);
add('set bytea_output invalid', ['SET bytea_output = base64']);
add('set standard_conforming_strings off', [
  'SET standard_conforming_strings = off',
  'SHOW standard_conforming_strings',
]);
add('set standard_conforming_strings bool forms', [
  'SET standard_conforming_strings = on',
  `SET standard_conforming_strings = 'true'`,
  'SHOW standard_conforming_strings',
]);
add('set boolean invalid', ['SET enable_seqscan = maybe']);
add('set boolean numeric', ['SET enable_seqscan = 0', 'SHOW enable_seqscan']);
add('set boolean prefix', ['SET enable_seqscan = of', 'SET enable_seqscan = of', 'SHOW enable_seqscan']);
add('set work_mem units', [`SET work_mem = '64MB'`, 'SHOW work_mem']);
add('set work_mem kb number', ['SET work_mem = 1024', 'SHOW work_mem']);
add('set work_mem too small', ['SET work_mem = 10']);
add('set unknown setting', ['SET no_such_setting = 1']);
add('reset unknown setting', ['RESET no_such_setting']);
add('set internal setting', ['SET server_version = 1']);
add('set postmaster setting', ['SET max_connections = 10']);
add('set sighup setting', ['SET log_min_duration_statement = 5']);
add('set multiple values to scalar', ['SET statement_timeout = 1, 2']);
add('set transaction_isolation outside transaction', [
  `SET transaction_isolation = 'serializable'`,
  'SHOW transaction_isolation',
]);
add('set default_transaction_isolation', [
  `SET default_transaction_isolation = 'repeatable read'`,
  'BEGIN',
  'SHOW transaction_isolation',
  'COMMIT',
]);
add('set default_transaction_read_only', [
  'SET default_transaction_read_only = on',
  'BEGIN',
  'SHOW transaction_read_only',
  'COMMIT',
  'CREATE TABLE x (a int)',
]);
add('reset all', [
  `SET search_path = pg_catalog`,
  `SET statement_timeout = '5s'`,
  'RESET ALL',
  'SHOW search_path',
  'SHOW statement_timeout',
]);
add('reset all command tag', ['RESET ALL']);
add('set session keyword', ['SET SESSION statement_timeout = 100', 'SHOW statement_timeout']);
add('set from current', ['SET statement_timeout FROM CURRENT']);
add('set not shared between sessions', [`SET search_path = pg_catalog`, two('SHOW search_path')]);
add('set on extended protocol', [withParams('SET statement_timeout = 250'), 'SHOW statement_timeout']);
add('set value as parameter rejected', [withParams('SET statement_timeout = $1', '250')]);
add('set in aborted transaction', [
  'BEGIN',
  'SELECT 1/0',
  'SET statement_timeout = 5',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('reset in aborted transaction', ['BEGIN', 'SELECT 1/0', 'RESET ALL', 'ROLLBACK']);

// ---------------------------------------------------------------- transactions and SET LOCAL
add('set in rolled back transaction reverts', [
  'BEGIN',
  'SET statement_timeout = 111',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('set in committed transaction stays', [
  'BEGIN',
  'SET statement_timeout = 111',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local reverts at commit', [
  'BEGIN',
  'SET LOCAL statement_timeout = 222',
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local outside transaction', ['SET LOCAL statement_timeout = 222', 'SHOW statement_timeout']);
add('set local over session set', [
  'SET statement_timeout = 100',
  'BEGIN',
  'SET LOCAL statement_timeout = 200',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set after set local in transaction', [
  'BEGIN',
  'SET LOCAL statement_timeout = 200',
  'SET statement_timeout = 300',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local after set in transaction', [
  'BEGIN',
  'SET statement_timeout = 300',
  'SET LOCAL statement_timeout = 200',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set in rolled back savepoint reverts', [
  'BEGIN',
  'SET statement_timeout = 100',
  'SAVEPOINT s',
  'SET statement_timeout = 200',
  'ROLLBACK TO s',
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local in released savepoint', [
  'BEGIN',
  'SAVEPOINT s',
  'SET LOCAL statement_timeout = 200',
  'RELEASE s',
  'SHOW statement_timeout',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local in rolled back savepoint', [
  'BEGIN',
  'SET LOCAL statement_timeout = 100',
  'SAVEPOINT s',
  'SET LOCAL statement_timeout = 200',
  'ROLLBACK TO s',
  'SHOW statement_timeout',
  'COMMIT',
]);
add('set in savepoint then rollback whole', [
  'BEGIN',
  'SAVEPOINT s',
  'SET statement_timeout = 200',
  'RELEASE s',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('reset in transaction rolled back', [
  'SET statement_timeout = 100',
  'BEGIN',
  'RESET statement_timeout',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('reset all in transaction committed', [
  'SET statement_timeout = 100',
  'BEGIN',
  'RESET ALL',
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set local search_path', [
  'BEGIN',
  'SET LOCAL search_path = pg_catalog',
  'SELECT current_schema() AS v',
  'COMMIT',
  'SELECT current_schema() AS v',
]);
add('set custom in rolled back transaction', [
  'BEGIN',
  `SET myapp.x = 'a'`,
  'ROLLBACK',
  `SELECT current_setting('myapp.x', true) AS v`,
]);

// ---------------------------------------------------------------- custom settings
add('custom set and show', [`SET myapp.x = 'hello'`, 'SHOW myapp.x']);
add('custom current_setting', [`SET myapp.x = 'hello'`, `SELECT current_setting('myapp.x') AS v`]);
add('custom unset current_setting', [`SELECT current_setting('myapp.unset') AS v`]);
add('custom unset missing ok', [`SELECT current_setting('myapp.unset', true) AS v`]);
add('custom unset missing not ok false', [`SELECT current_setting('myapp.unset', false) AS v`]);
add('unknown missing ok', [`SELECT current_setting('no_such', true) AS v`]);
add('unknown missing ok false', [`SELECT current_setting('no_such', false) AS v`]);
add('custom number value', ['SET myapp.n = 42', 'SHOW myapp.n']);
add('custom list value', [`SET myapp.l = a, b, c`, 'SHOW myapp.l']);
add('custom after reset is empty', [
  `SET myapp.x = 'v'`,
  'RESET myapp.x',
  `SELECT current_setting('myapp.x', true) AS v`,
]);
add('custom after reset all', [
  `SET myapp.x = 'v'`,
  'RESET ALL',
  `SELECT current_setting('myapp.x', true) AS v`,
]);
add('custom local after commit', [
  'BEGIN',
  `SET LOCAL myapp.x = 'v'`,
  'COMMIT',
  `SELECT current_setting('myapp.x', true) AS v`,
]);
add('custom local after commit show', ['BEGIN', `SET LOCAL myapp.x = 'v'`, 'COMMIT', 'SHOW myapp.x']);
add('custom two dots', [`SET a.b.c = 'v'`, 'SHOW a.b.c']);
add('custom quoted', [
  `SET "MyApp".x = 'v'`,
  `SELECT current_setting('MyApp.x') AS v`,
  `SELECT current_setting('myapp.x', true) AS w`,
]);
add('custom case folding', [`SET MyApp.X = 'v'`, `SELECT current_setting('myapp.x') AS v`]);
add('custom no dot rejected', [`SET myappx = 'v'`]);
add('custom reserved prefix plpgsql', [`SET plpgsql.nope = 1`]);
add('custom not shared', [`SET myapp.x = 'v'`, two(`SELECT current_setting('myapp.x', true) AS v`)]);
add('custom in pg_settings', [
  `SET myapp.x = 'v'`,
  `SELECT name, setting, vartype, context FROM pg_settings WHERE name = 'myapp.x'`,
]);

// ---------------------------------------------------------------- set_config / current_setting
add('set_config returns value', [
  `SELECT set_config('statement_timeout', '750', false) AS v`,
  'SHOW statement_timeout',
]);
add('set_config normalizes', [`SELECT set_config('statement_timeout', '2s', false) AS v`]);
add('set_config local in transaction', [
  'BEGIN',
  `SELECT set_config('statement_timeout', '750', true) AS v`,
  'COMMIT',
  'SHOW statement_timeout',
]);
add('set_config local outside transaction', [
  `SELECT set_config('statement_timeout', '750', true) AS v`,
  'SHOW statement_timeout',
]);
add('set_config custom', [
  `SELECT set_config('myapp.x', 'val', false) AS v`,
  `SELECT current_setting('myapp.x') AS w`,
]);
add('set_config custom local in transaction', [
  'BEGIN',
  `SELECT set_config('myapp.x', 'val', true) AS v`,
  `SELECT current_setting('myapp.x') AS w`,
  'COMMIT',
  `SELECT current_setting('myapp.x', true) AS z`,
]);
add('set_config unknown', [`SELECT set_config('no_such', 'v', false) AS v`]);
add('set_config invalid value', [`SELECT set_config('bytea_output', 'nope', false) AS v`]);
add('set_config null value', [
  `SELECT set_config('statement_timeout', NULL, false) AS v`,
  'SHOW statement_timeout',
]);
add('set_config null name', [`SELECT set_config(NULL, '1', false) AS v`]);
add('set_config with parameters', [
  withParams(`SELECT set_config($1, $2, false) AS v`, 'application_name', 'p'),
  'SHOW application_name',
]);
add('set_config search_path', [
  `SELECT set_config('search_path', 'pg_catalog, public', false) AS v`,
  'SELECT current_schemas(false)::text AS s',
]);
add('set_config in rolled back transaction', [
  'BEGIN',
  `SELECT set_config('myapp.x', 'v', false) AS v`,
  'ROLLBACK',
  `SELECT current_setting('myapp.x', true) AS w`,
]);
add('current_setting null', ['SELECT current_setting(NULL) AS v']);
add('current_setting case insensitive', [`SELECT current_setting('DATESTYLE') AS v`]);
add('current_setting in where', [
  `SELECT count(*)::int AS n FROM (VALUES (1)) v(a) WHERE current_setting('bytea_output') = 'hex'`,
]);
add('current_setting param', [withParams('SELECT current_setting($1) AS v', 'bytea_output')]);
add('current_setting type', [`SELECT pg_typeof(current_setting('work_mem'))::text AS v`]);
add('set_config type', [`SELECT pg_typeof(set_config('myapp.x', 'v', false))::text AS v`]);
add('pg_settings statement_timeout row', [
  `SET statement_timeout = '3s'`,
  `SELECT name, setting, unit, source FROM pg_settings WHERE name = 'statement_timeout'`,
]);
add('pg_settings search_path reset_val', [
  `SET search_path = pg_catalog`,
  `SELECT setting, reset_val FROM pg_settings WHERE name = 'search_path'`,
]);
add('pg_settings update sets', [
  `UPDATE pg_settings SET setting = '4s' WHERE name = 'statement_timeout'`,
  'SHOW statement_timeout',
]);

// ---------------------------------------------------------------- DISCARD
add('discard all', [
  `SET statement_timeout = 100`,
  `PREPARE p AS SELECT 1`,
  'DISCARD ALL',
  'SHOW statement_timeout',
  'SELECT count(*)::int AS n FROM pg_prepared_statements',
]);
add('discard all command tag', ['DISCARD ALL']);
add('discard all in transaction', ['BEGIN', 'DISCARD ALL', 'ROLLBACK']);
add('discard all drops temp tables', ['CREATE TEMP TABLE tt (a int)', 'DISCARD ALL', 'SELECT * FROM tt']);
add('discard all closes cursors', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
  'COMMIT',
  'DISCARD ALL',
  'SELECT count(*)::int AS n FROM pg_cursors',
]);
add('discard all unlistens', [
  'LISTEN ch',
  'DISCARD ALL',
  'SELECT count(*)::int AS n FROM pg_listening_channels()',
]);
add('discard all custom setting', [
  `SET myapp.x = 'v'`,
  'DISCARD ALL',
  `SELECT current_setting('myapp.x', true) AS v`,
]);
add('discard all releases advisory locks', [
  'SELECT pg_advisory_lock(5)',
  'DISCARD ALL',
  two('SELECT pg_try_advisory_lock(5) AS v'),
]);
add('discard plans', ['PREPARE p AS SELECT 1 AS a', 'DISCARD PLANS', 'EXECUTE p']);
add('discard plans tag', ['DISCARD PLANS']);
add('discard sequences', [
  'CREATE SEQUENCE s',
  `SELECT nextval('s') AS v`,
  'DISCARD SEQUENCES',
  `SELECT currval('s') AS v`,
]);
add('discard sequences lastval', [
  'CREATE SEQUENCE s',
  `SELECT nextval('s') AS v`,
  'DISCARD SEQUENCES',
  'SELECT lastval() AS v',
]);
add('discard temp', ['CREATE TEMP TABLE tt (a int)', 'DISCARD TEMP', 'SELECT * FROM tt']);
add('discard temporary', [
  'CREATE TEMP TABLE tt (a int)',
  'DISCARD TEMPORARY',
  `SELECT count(*)::int AS n FROM pg_class WHERE relname = 'tt'`,
]);
add('discard temp in transaction', [
  'BEGIN',
  'CREATE TEMP TABLE tt (a int)',
  'DISCARD TEMP',
  'COMMIT',
  'SELECT * FROM tt',
]);
add('discard invalid', ['DISCARD EVERYTHING']);
add('discard temp keeps settings', [`SET statement_timeout = 100`, 'DISCARD TEMP', 'SHOW statement_timeout']);

export default list.cases;
