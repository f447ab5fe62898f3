// Round 19 probe, sysfuncs: docs 9.26 session and privilege functions as another role sees them
// (SET ROLE / SET SESSION AUTHORIZATION to a predefined role, so nothing is created cluster-wide),
// and per-session answers across two connections: backend pids, sequences, settings, temp schemas.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: roles: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = 'CREATE TABLE t (a int, b text); INSERT INTO t VALUES (1, $$x$$);';

// ---------------------------------------------------------------- current_user / session_user / current_role
add('set role changes current_user', [
  'SET ROLE pg_monitor',
  'SELECT current_user AS cu, session_user AS su, current_role AS cr, user AS u',
  'RESET ROLE',
  'SELECT current_user AS cu2',
]);
add('set role none', ['SET ROLE pg_monitor', 'SET ROLE NONE', 'SELECT current_user AS cu']);
add('set local role in tx', [
  'BEGIN',
  'SET LOCAL ROLE pg_monitor',
  'SELECT current_user AS a',
  'COMMIT',
  'SELECT current_user AS b',
]);
add('set role rolled back', ['BEGIN', 'SET ROLE pg_monitor', 'ROLLBACK', 'SELECT current_user AS b']);
add('set role missing error', ['SET ROLE nosuchrole_h103']);
add('set session authorization', [
  'SET SESSION AUTHORIZATION pg_monitor',
  'SELECT current_user AS cu, session_user AS su',
  'RESET SESSION AUTHORIZATION',
  'SELECT current_user AS cu2, session_user AS su2',
]);
add('set session authorization default', [
  'SET SESSION AUTHORIZATION pg_monitor',
  'SET SESSION AUTHORIZATION DEFAULT',
  'SELECT session_user AS su',
]);
add('show role', ['SET ROLE pg_monitor', 'SHOW role', 'RESET ROLE', 'SHOW role']);
add('show session_authorization', ['SHOW session_authorization']);
add('current_setting role', [
  'SET ROLE pg_monitor',
  `SELECT current_setting('role') AS r, current_setting('is_superuser') AS s`,
]);
add('set role other session unaffected', ['SET ROLE pg_monitor', two('SELECT current_user AS cu')]);

// ---------------------------------------------------------------- privileges as another role
add(
  'has_table_privilege as monitor',
  [
    'SET ROLE pg_monitor',
    `SELECT has_table_privilege('t', 'SELECT') AS s, has_table_privilege('t', 'INSERT') AS i`,
  ],
  T,
);
add(
  'has_table_privilege for role name',
  [
    `SELECT has_table_privilege('pg_monitor', 't', 'SELECT') AS s, has_table_privilege('pg_read_all_data', 't', 'SELECT') AS r, has_table_privilege('pg_write_all_data', 't', 'UPDATE') AS w`,
  ],
  T,
);
add('has_table_privilege public role', [`SELECT has_table_privilege('public', 't', 'SELECT') AS s`], T);
add(
  'has_table_privilege after grant public',
  [
    'GRANT SELECT ON t TO PUBLIC',
    `SELECT has_table_privilege('pg_monitor', 't', 'SELECT') AS s, has_table_privilege('pg_monitor', 't', 'SELECT WITH GRANT OPTION') AS g`,
  ],
  T,
);
add(
  'has_table_privilege after grant role',
  [
    'GRANT INSERT, UPDATE (b) ON t TO pg_monitor',
    `SELECT has_table_privilege('pg_monitor', 't', 'INSERT') AS i, has_table_privilege('pg_monitor', 't', 'UPDATE') AS u, has_column_privilege('pg_monitor', 't', 'b', 'UPDATE') AS cb, has_column_privilege('pg_monitor', 't', 'a', 'UPDATE') AS ca, has_any_column_privilege('pg_monitor', 't', 'UPDATE') AS anyu`,
  ],
  T,
);
add(
  'has_table_privilege with grant option granted',
  [
    'GRANT SELECT ON t TO pg_monitor WITH GRANT OPTION',
    `SELECT has_table_privilege('pg_monitor', 't', 'SELECT WITH GRANT OPTION') AS g`,
  ],
  T,
);
add(
  'has_table_privilege after revoke',
  [
    'GRANT SELECT ON t TO pg_monitor',
    'REVOKE SELECT ON t FROM pg_monitor',
    `SELECT has_table_privilege('pg_monitor', 't', 'SELECT') AS s`,
  ],
  T,
);
add('select as monitor denied', ['SET ROLE pg_monitor', 'SELECT * FROM t'], T);
add('select as read_all_data', ['SET ROLE pg_read_all_data', 'SELECT * FROM t'], T);
add('insert as read_all_data denied', ['SET ROLE pg_read_all_data', 'INSERT INTO t VALUES (2, $$y$$)'], T);
add('has_schema_privilege as monitor', [
  `SELECT has_schema_privilege('pg_monitor', 'public', 'CREATE') AS c, has_schema_privilege('pg_monitor', 'public', 'USAGE') AS u`,
]);
add(
  'has_function_privilege as monitor',
  [`SELECT has_function_privilege('pg_monitor', 'f(int)', 'EXECUTE') AS e`],
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
);
add(
  'has_function_privilege revoked public',
  [
    'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
    `SELECT has_function_privilege('pg_monitor', 'f(int)', 'EXECUTE') AS e`,
  ],
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
);
add(
  'has_sequence_privilege as monitor',
  [
    `SELECT has_sequence_privilege('pg_monitor', 's', 'USAGE') AS u, has_sequence_privilege('pg_monitor', 's', 'SELECT') AS s`,
  ],
  'CREATE SEQUENCE s;',
);
add('nextval as monitor denied', ['SET ROLE pg_monitor', `SELECT nextval('s') AS v`], 'CREATE SEQUENCE s;');
add(
  'currval as read_all_data',
  [`SELECT nextval('s') AS a`, 'SET ROLE pg_read_all_data', `SELECT currval('s') AS v`],
  'CREATE SEQUENCE s;',
);
add('setval as monitor denied', ['SET ROLE pg_monitor', `SELECT setval('s', 5) AS v`], 'CREATE SEQUENCE s;');
add(
  'nextval granted usage',
  ['GRANT USAGE ON SEQUENCE s TO pg_monitor', 'SET ROLE pg_monitor', `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s;',
);
add('pg_has_role member', [
  `SELECT pg_has_role('pg_monitor', 'pg_read_all_stats', 'MEMBER') AS m, pg_has_role('pg_monitor', 'pg_read_all_stats', 'USAGE') AS u, pg_has_role('pg_read_all_stats', 'pg_monitor', 'MEMBER') AS r`,
]);
add('pg_has_role set option', [
  `SELECT pg_has_role('pg_monitor', 'pg_read_all_settings', 'MEMBER WITH ADMIN OPTION') AS a`,
]);
add('has_database_privilege as monitor', [
  `SELECT has_database_privilege('pg_monitor', current_database(), 'CONNECT') AS c, has_database_privilege('pg_monitor', current_database(), 'CREATE') AS cr, has_database_privilege('pg_monitor', current_database(), 'TEMP') AS tp`,
]);
add('has_type_privilege public', [`SELECT has_type_privilege('pg_monitor', 'int4', 'USAGE') AS u`]);
add('has_language_privilege', [
  `SELECT has_language_privilege('pg_monitor', 'plpgsql', 'USAGE') AS u, has_language_privilege('pg_monitor', 'c', 'USAGE') AS c`,
]);
add('current_setting superuser only as monitor', [
  'SET ROLE pg_monitor',
  `SELECT current_setting('data_directory') IS NOT NULL AS v`,
]);
add('current_setting superuser only as plain', [
  'SET ROLE pg_database_owner',
  `SELECT current_setting('data_directory') AS v`,
]);
add('set_config superuser setting as monitor', [
  'SET ROLE pg_monitor',
  `SELECT set_config('log_statement', 'all', false) AS v`,
]);
add('pg_advisory_lock as monitor', ['SET ROLE pg_monitor', 'SELECT pg_try_advisory_lock(1) AS v']);
add('comment as monitor denied', ['SET ROLE pg_monitor', `COMMENT ON TABLE t IS 'x'`], T);
add('pg_read_file as monitor denied', ['SET ROLE pg_monitor', `SELECT pg_read_file('PG_VERSION') AS v`]);
add('pg_reload_conf as monitor denied', ['SET ROLE pg_monitor', 'SELECT pg_reload_conf() AS v']);
add('pg_cancel_backend as monitor other', ['SET ROLE pg_monitor', 'SELECT pg_cancel_backend(0) AS v']);
add(
  'row_security_active as monitor',
  ['SET ROLE pg_read_all_data', `SELECT row_security_active('t') AS v`],
  `${T} ALTER TABLE t ENABLE ROW LEVEL SECURITY;`,
);

// ---------------------------------------------------------------- per-session answers
add('backend pids differ', [
  'CREATE TABLE pids (p int)',
  'INSERT INTO pids VALUES (pg_backend_pid())',
  two('SELECT p = pg_backend_pid() AS same FROM pids'),
]);
add('backend pid stable', [
  'CREATE TABLE pids (p int)',
  'INSERT INTO pids VALUES (pg_backend_pid())',
  'SELECT p = pg_backend_pid() AS same FROM pids',
]);
add('pg_stat_activity own row', [`SELECT count(*) AS c FROM pg_stat_activity WHERE pid = pg_backend_pid()`]);
add('pg_stat_activity other session row', [
  'CREATE TABLE pids (p int)',
  two('INSERT INTO pids VALUES (pg_backend_pid())'),
  `SELECT count(*) AS c FROM pg_stat_activity a JOIN pids ON a.pid = pids.p`,
]);
add('temp schema per session', [
  'CREATE TEMP TABLE tt (a int)',
  two(
    `SELECT count(*) AS c FROM pg_tables WHERE tablename = 'tt' AND schemaname = (SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema())`,
  ),
]);
add('temp table other session invisible', ['CREATE TEMP TABLE tt (a int)', two('SELECT * FROM tt')]);
add('current_schemas temp', [
  'CREATE TEMP TABLE tt (a int)',
  `SELECT (current_schemas(true))[1] LIKE 'pg_temp_%' AS v, current_schemas(false) AS f`,
]);
add('pg_is_other_temp_schema', [
  'CREATE TEMP TABLE tt (a int)',
  'CREATE TABLE ns (n oid)',
  'INSERT INTO ns SELECT pg_my_temp_schema()',
  two('SELECT pg_is_other_temp_schema(n) AS o FROM ns'),
  'SELECT pg_is_other_temp_schema(n) AS mine FROM ns',
]);
add('txid differs between sessions', [
  'CREATE TABLE x (id xid8)',
  'INSERT INTO x VALUES (pg_current_xact_id())',
  two('SELECT id = pg_current_xact_id() AS same, id < pg_current_xact_id() AS older FROM x'),
]);
add('lastval per session', [`SELECT nextval('s') AS a`, two('SELECT lastval() AS b')], 'CREATE SEQUENCE s;');
add(
  'currval per session after other nextval',
  [
    `SELECT nextval('s') AS a`,
    two(`SELECT nextval('s') AS b`),
    `SELECT currval('s') AS c`,
    two(`SELECT currval('s') AS d`),
  ],
  'CREATE SEQUENCE s;',
);
add('set_config session scoped', [
  `SELECT set_config('my.v', 'one', false) AS a`,
  two(`SELECT set_config('my.v', 'two', false) AS b`),
  `SELECT current_setting('my.v') AS c`,
  two(`SELECT current_setting('my.v') AS d`),
]);
add('SET timezone per session', [`SET TimeZone = 'Asia/Tokyo'`, two('SHOW TimeZone'), 'SHOW TimeZone']);
add('search_path per session', [
  'CREATE SCHEMA s1',
  'SET search_path = s1',
  two('SELECT current_schema() AS c'),
  'SELECT current_schema() AS d',
]);
add('advisory xact lock visible to other in pg_locks', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(55) AS a',
  two(`SELECT count(*) AS c FROM pg_locks WHERE locktype = 'advisory' AND objid = 55`),
  'COMMIT',
  two(`SELECT count(*) AS c FROM pg_locks WHERE locktype = 'advisory' AND objid = 55`),
]);
add('pg_blocking_pids other holder', [
  two('SELECT pg_advisory_lock(56) AS a'),
  'SELECT cardinality(pg_blocking_pids(pg_backend_pid())) AS c',
]);
add('listen per session', ['LISTEN ch1', two('SELECT count(*) AS c FROM pg_listening_channels()')]);
add('prepared statement per session', ['PREPARE p1 AS SELECT 1 AS x', two('EXECUTE p1')]);
add('pg_prepared_statements per session', [
  'PREPARE p1 AS SELECT 1 AS x',
  two('SELECT count(*) AS c FROM pg_prepared_statements'),
]);

export default list.cases;
