// Round 20 probe, privileges part 1: PostgreSQL 15 docs 5.7 Privileges, GRANT, REVOKE, 9.26 access
// privilege inquiry functions (has_*_privilege, acldefault, aclexplode, makeaclitem) and the
// aclitem text of relacl / attacl / proacl / typacl / nspacl, with the 42501 and 0LP01 errors.
// Roles are cluster-wide: each case's roles are r20_priv_g<n>_<x>, dropped before (setup) and after.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r20 privileges: grants: ');
const T = `CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);`;
let caseNumber = 0;

/** A case as superuser only (no role made). */
const su = (name: string, steps: ProbeStep[], setup = T) => list.add(name, steps, setup);

/**
 * A case with its own roles: R_A, R_B, R_C in the text name them. The setup drops any left by a
 * crashed run, makes them (NOLOGIN), lets them use schema public, and the steps end dropping them.
 */
const rc = (name: string, roleCount: number, steps: string[], setup = T) => {
  caseNumber += 1;
  const names = ['A', 'B', 'C'].slice(0, roleCount).map((x) => `r20_priv_g${caseNumber}_${x.toLowerCase()}`);
  const put = (text: string) =>
    text.replace(/\bR_([ABC])\b/g, (_, x: string) => names['ABC'.indexOf(x)] ?? x);
  const made = names.map(
    (n) => `DROP ROLE IF EXISTS ${n}; CREATE ROLE ${n}; GRANT USAGE ON SCHEMA public TO ${n};`,
  );
  list.add(
    name,
    [
      ...steps.map(put),
      'ROLLBACK',
      'RESET SESSION AUTHORIZATION',
      'RESET ROLE',
      // One role at a time: DROP OWNED BY a, b fails on 15 (XX000) where a's default privileges name b.
      ...names.map((n) => `DROP OWNED BY ${n} CASCADE`),
      `DROP ROLE ${names.join(', ')}`,
    ],
    `${made.join(' ')} ${put(setup)}`,
  );
};
const acl = (rel = 't') => `SELECT relacl::text AS acl FROM pg_class WHERE relname = '${rel}'`;

// ---------------------------------------------------------------- aclitem text as the superuser sees it
su('new table has null relacl', [acl()]);
su('schema public acl in the scratch database', [
  "SELECT nspacl::text AS acl, nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'public'",
]);
su('grant select to public', ['GRANT SELECT ON t TO PUBLIC', acl()]);
su('grant all to public', ['GRANT ALL ON t TO PUBLIC', acl()]);
su('grant all privileges spelled out', ['GRANT ALL PRIVILEGES ON TABLE t TO PUBLIC', acl()]);
su('grant several to public', ['GRANT SELECT, INSERT, UPDATE ON t TO PUBLIC', acl()]);
su('grant delete truncate references trigger', [
  'GRANT DELETE, TRUNCATE, REFERENCES, TRIGGER ON t TO PUBLIC',
  acl(),
]);
su('revoke from owner', ['REVOKE ALL ON t FROM postgres', acl()]);
su('revoke one from owner', ['REVOKE DELETE ON t FROM postgres', acl()]);
su('revoke from public when nothing granted', ['REVOKE SELECT ON t FROM PUBLIC', acl()]);
su('grant then revoke from public', [
  'GRANT SELECT, UPDATE ON t TO PUBLIC',
  'REVOKE UPDATE ON t FROM PUBLIC',
  acl(),
]);
su('grant then revoke all from public leaves owner', [
  'GRANT SELECT ON t TO PUBLIC',
  'REVOKE ALL ON t FROM PUBLIC',
  acl(),
]);
su('grant option to public refused', ['GRANT SELECT ON t TO PUBLIC WITH GRANT OPTION']);
su('grant to unknown role', ['GRANT SELECT ON t TO r20_priv_nobody_here']);
su('revoke from unknown role', ['REVOKE SELECT ON t FROM r20_priv_nobody_here']);
su('grant on unknown table', ['GRANT SELECT ON nosuch TO PUBLIC']);
su('grant usage on table refused', ['GRANT USAGE ON t TO PUBLIC']);
su('grant execute on table refused', ['GRANT EXECUTE ON t TO PUBLIC']);
su('grant unknown privilege word', ['GRANT FLY ON t TO PUBLIC']);
su('grant maintain is not a 15 privilege', ['GRANT MAINTAIN ON t TO PUBLIC']);
su('grant to current_user', ['GRANT SELECT ON t TO CURRENT_USER', acl()]);
su('grant to session_user', ['GRANT SELECT ON t TO SESSION_USER', acl()]);
su('grant to current_role', ['GRANT SELECT ON t TO CURRENT_ROLE', acl()]);
su('grant to postgres with grant option', ['GRANT SELECT ON t TO postgres WITH GRANT OPTION', acl()]);
su('grant on view', ['CREATE VIEW v AS SELECT a FROM t', 'GRANT SELECT ON v TO PUBLIC', acl('v')]);
su('grant on several tables', [
  'CREATE TABLE u (x int)',
  'GRANT SELECT ON t, u TO PUBLIC',
  "SELECT relname, relacl::text FROM pg_class WHERE relname IN ('t', 'u') ORDER BY 1",
]);
su('grant on all tables in schema', [
  'CREATE TABLE u (x int)',
  'CREATE SEQUENCE s',
  'CREATE VIEW v AS SELECT 1 AS one',
  'GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC',
  "SELECT relname, relkind, relacl::text FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
]);
su('grant on all sequences in schema', [
  'CREATE SEQUENCE s',
  'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC',
  "SELECT relname, relacl::text FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
]);
su('grant on all tables in unknown schema', ['GRANT SELECT ON ALL TABLES IN SCHEMA nosuch TO PUBLIC']);
su('column grant attacl', [
  'GRANT SELECT (a, b) ON t TO PUBLIC',
  "SELECT attname, attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
  acl(),
]);
su('column grant update', [
  'GRANT UPDATE (c) ON t TO PUBLIC',
  "SELECT attname, attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);
su('column grant of unknown column', ['GRANT SELECT (zz) ON t TO PUBLIC']);
su('column grant of delete refused', ['GRANT DELETE (a) ON t TO PUBLIC']);
su('column grant all', [
  'GRANT ALL (a) ON t TO PUBLIC',
  "SELECT attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
su('column revoke', [
  'GRANT SELECT (a, b) ON t TO PUBLIC',
  'REVOKE SELECT (a) ON t FROM PUBLIC',
  "SELECT attname, attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);
su('table revoke also revokes column privileges', [
  'GRANT SELECT (a) ON t TO PUBLIC',
  'REVOKE SELECT ON t FROM PUBLIC',
  "SELECT attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
su('sequence grants', ['CREATE SEQUENCE s', 'GRANT USAGE, SELECT, UPDATE ON SEQUENCE s TO PUBLIC', acl('s')]);
su('sequence grant insert refused', ['CREATE SEQUENCE s', 'GRANT INSERT ON SEQUENCE s TO PUBLIC']);
su('sequence grant via table form', ['CREATE SEQUENCE s', 'GRANT SELECT ON TABLE s TO PUBLIC', acl('s')]);
su('sequence grant all', ['CREATE SEQUENCE s', 'GRANT ALL ON SEQUENCE s TO PUBLIC', acl('s')]);
su('sequence keyword on a table', ['GRANT SELECT ON SEQUENCE t TO PUBLIC']);
su('table all on sequence via table keyword warns', [
  'CREATE SEQUENCE s',
  'GRANT INSERT ON TABLE s TO PUBLIC',
  acl('s'),
]);
su('schema grants', [
  'CREATE SCHEMA sc',
  'GRANT USAGE ON SCHEMA sc TO PUBLIC',
  "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'sc'",
]);
su('schema grant create', [
  'CREATE SCHEMA sc',
  'GRANT CREATE ON SCHEMA sc TO PUBLIC',
  "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'sc'",
]);
su('schema grant all', [
  'CREATE SCHEMA sc',
  'GRANT ALL ON SCHEMA sc TO PUBLIC',
  "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'sc'",
]);
su('schema grant select refused', ['CREATE SCHEMA sc', 'GRANT SELECT ON SCHEMA sc TO PUBLIC']);
su('schema grant unknown schema', ['GRANT USAGE ON SCHEMA nosuch TO PUBLIC']);
su('function default acl null', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'f'",
]);
su('function revoke execute from public', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'f'",
]);
su('function grant execute', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT EXECUTE ON FUNCTION f TO PUBLIC',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'f'",
]);
su('function grant all', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT ALL ON FUNCTION f(int) TO PUBLIC',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'f'",
]);
su('function grant select refused', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT SELECT ON FUNCTION f(int) TO PUBLIC',
]);
su('function grant wrong signature', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT EXECUTE ON FUNCTION f(text) TO PUBLIC',
]);
su('function grant ambiguous name', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT EXECUTE ON FUNCTION f TO PUBLIC',
]);
su('procedure grant', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE ALL ON PROCEDURE p() FROM PUBLIC',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'p'",
]);
su('procedure named as function', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'GRANT EXECUTE ON FUNCTION p() TO PUBLIC',
]);
su('routine grant', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE ALL ON ROUTINE p FROM PUBLIC',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'p'",
]);
su('all functions in schema', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC',
  "SELECT proname, proacl::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1",
]);
su('all procedures in schema', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE ALL ON ALL PROCEDURES IN SCHEMA public FROM PUBLIC',
  "SELECT proname, proacl::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1",
]);
su('all routines in schema', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE ALL ON ALL ROUTINES IN SCHEMA public FROM PUBLIC',
  "SELECT proname, proacl::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1",
]);
su('type grant on domain', [
  'CREATE DOMAIN d AS int',
  'REVOKE USAGE ON TYPE d FROM PUBLIC',
  "SELECT typacl::text FROM pg_type WHERE typname = 'd'",
]);
su('domain keyword grant', [
  'CREATE DOMAIN d AS int',
  'REVOKE ALL ON DOMAIN d FROM PUBLIC',
  "SELECT typacl::text FROM pg_type WHERE typname = 'd'",
]);
su('type grant on enum', [
  "CREATE TYPE e AS ENUM ('a')",
  'GRANT USAGE ON TYPE e TO PUBLIC',
  "SELECT typacl::text FROM pg_type WHERE typname = 'e'",
]);
su('type grant on array type refused', ["CREATE TYPE e AS ENUM ('a')", 'GRANT USAGE ON TYPE e[] TO PUBLIC']);
su('domain keyword on enum refused', ["CREATE TYPE e AS ENUM ('a')", 'GRANT USAGE ON DOMAIN e TO PUBLIC']);
su('type grant select refused', ['CREATE DOMAIN d AS int', 'GRANT SELECT ON TYPE d TO PUBLIC']);
su('language grant', [
  'GRANT USAGE ON LANGUAGE sql TO PUBLIC',
  "SELECT lanacl::text FROM pg_language WHERE lanname = 'sql'",
]);
su('untrusted language grant refused', ['GRANT USAGE ON LANGUAGE c TO PUBLIC']);
su('grant on large objects unknown', ['GRANT SELECT ON LARGE OBJECT 123456 TO PUBLIC']);
su('grant on tablespace unknown', ['GRANT CREATE ON TABLESPACE nosuch TO PUBLIC']);
su('grant on unknown database', ['GRANT CONNECT ON DATABASE nosuch_db_r20 TO PUBLIC']);
su('grant on foreign data wrapper unknown', ['GRANT USAGE ON FOREIGN DATA WRAPPER nosuch TO PUBLIC']);
su('grant on foreign server unknown', ['GRANT USAGE ON FOREIGN SERVER nosuch TO PUBLIC']);
su('grant on temp table', ['CREATE TEMP TABLE tt (a int)', 'GRANT SELECT ON tt TO PUBLIC', acl('tt')]);
su('grant on partitioned table', [
  'CREATE TABLE pt (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'GRANT SELECT ON pt TO PUBLIC',
  "SELECT relname, relacl::text FROM pg_class WHERE relname IN ('pt', 'pt1') ORDER BY 1",
]);
su('grant on materialized view', [
  'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a',
  'GRANT SELECT ON mv TO PUBLIC',
  acl('mv'),
]);
su('grant select on serial owned sequence untouched', [
  'CREATE TABLE s1 (id serial, v int)',
  'GRANT ALL ON s1 TO PUBLIC',
  "SELECT relname, relacl::text FROM pg_class WHERE relname LIKE 's1%' ORDER BY 1",
]);
su('quoted role name in aclitem', [
  'GRANT SELECT ON t TO PUBLIC',
  'SELECT relacl[2]::text AS acl FROM pg_class WHERE relname = $$t$$',
]);
su('grant in a rolled back transaction', ['BEGIN', 'GRANT SELECT ON t TO PUBLIC', 'ROLLBACK', acl()]);

// ---------------------------------------------------------------- acldefault / aclexplode / makeaclitem / aclitem
for (const [kind, label] of [
  ['r', 'relation'],
  ['s', 'sequence'],
  ['f', 'function'],
  ['l', 'language'],
  ['L', 'large object'],
  ['n', 'schema'],
  ['t', 'tablespace'],
  ['T', 'type'],
  ['d', 'database'],
  ['F', 'foreign data wrapper'],
  ['S', 'foreign server'],
] as const) {
  su(`acldefault of ${label}`, [`SELECT acldefault('${kind}', 'postgres'::regrole)::text AS v`], '');
}
su('acldefault of unknown kind', ["SELECT acldefault('x', 'postgres'::regrole) AS v"], '');
su('acldefault of parameter kind', ["SELECT acldefault('p', 'postgres'::regrole)::text AS v"], '');
su(
  'aclexplode of table default',
  [
    "SELECT grantor::regrole::text AS grantor, grantee::regrole::text AS grantee, privilege_type, is_grantable FROM aclexplode(acldefault('r', 'postgres'::regrole)) ORDER BY privilege_type",
  ],
  '',
);
su(
  'aclexplode of function default has public',
  [
    "SELECT grantee, privilege_type, is_grantable FROM aclexplode(acldefault('f', 'postgres'::regrole)) WHERE grantee = 0",
  ],
  '',
);
su('aclexplode of relacl after grant', [
  'GRANT SELECT, UPDATE ON t TO PUBLIC',
  'GRANT INSERT ON t TO postgres WITH GRANT OPTION',
  "SELECT CASE grantee WHEN 0 THEN 'PUBLIC' ELSE grantee::regrole::text END AS grantee, privilege_type, is_grantable FROM pg_class, aclexplode(relacl) WHERE relname = 't' ORDER BY 1, 2",
]);
su('aclexplode of empty array', ["SELECT count(*) FROM aclexplode('{}'::aclitem[])"], '');
su('aclexplode of null', ['SELECT count(*) FROM aclexplode(NULL)'], '');
su('aclexplode of relacl null gives nothing', [
  "SELECT count(*) FROM pg_class, aclexplode(relacl) WHERE relname = 't'",
]);
su(
  'makeaclitem',
  ["SELECT makeaclitem('postgres'::regrole, 'postgres'::regrole, 'SELECT, INSERT', true)::text AS v"],
  '',
);
su(
  'makeaclitem public grantee',
  ["SELECT makeaclitem(0, 'postgres'::regrole, 'SELECT', false)::text AS v"],
  '',
);
su(
  'makeaclitem lowercase and spaces',
  ["SELECT makeaclitem(0, 'postgres'::regrole, ' select , update ', false)::text AS v"],
  '',
);
su('makeaclitem bad privilege', ["SELECT makeaclitem(0, 'postgres'::regrole, 'FLY', false) AS v"], '');
su(
  'makeaclitem single privilege list of 15',
  ["SELECT makeaclitem(0, 'postgres'::regrole, 'USAGE', false)::text AS v"],
  '',
);
su('aclitem input', ["SELECT '=r/postgres'::aclitem::text AS v"], '');
su('aclitem input with grant option', ["SELECT 'postgres=r*w/postgres'::aclitem::text AS v"], '');
su('aclitem input unknown role', ["SELECT 'r20_priv_nobody=r/postgres'::aclitem AS v"], '');
su('aclitem input bad letter', ["SELECT '=q/postgres'::aclitem AS v"], '');
su('aclitem input missing grantor', ["SELECT '=r'::aclitem::text AS v"], '');
su('aclitem input maintain letter', ["SELECT 'postgres=m/postgres'::aclitem::text AS v"], '');
su('aclitem all letters', ["SELECT 'postgres=arwdDxtXUCTc/postgres'::aclitem::text AS v"], '');
su('aclitem equality', ["SELECT '=r/postgres'::aclitem = '=r/postgres'::aclitem AS v"], '');
su(
  'aclcontains',
  ["SELECT aclcontains('{=r/postgres,postgres=arwdDxt/postgres}'::aclitem[], '=r/postgres'::aclitem) AS v"],
  '',
);
su('aclitem array text', ["SELECT '{=r/postgres,postgres=arwdDxt/postgres}'::aclitem[]::text AS v"], '');
su('aclitem ordering refused', ["SELECT '=r/postgres'::aclitem < '=w/postgres'::aclitem AS v"], '');

// ---------------------------------------------------------------- has_*_privilege as the superuser
su('has_table_privilege simple', [
  "SELECT has_table_privilege('t', 'SELECT') AS s, has_table_privilege('t', 'TRUNCATE') AS tr",
]);
su('has_table_privilege lowercase list', ["SELECT has_table_privilege('t', ' select , insert ') AS v"]);
su('has_table_privilege with grant option', [
  "SELECT has_table_privilege('t', 'SELECT WITH GRANT OPTION') AS v",
]);
su('has_table_privilege unknown privilege', ["SELECT has_table_privilege('t', 'FLY') AS v"]);
su('has_table_privilege usage refused', ["SELECT has_table_privilege('t', 'USAGE') AS v"]);
su('has_table_privilege maintain refused', ["SELECT has_table_privilege('t', 'MAINTAIN') AS v"]);
su('has_table_privilege empty privilege', ["SELECT has_table_privilege('t', '') AS v"]);
su('has_table_privilege unknown table', ["SELECT has_table_privilege('nosuch', 'SELECT') AS v"]);
su('has_table_privilege unknown oid is null', ['SELECT has_table_privilege(1::oid, $$SELECT$$) AS v']);
su('has_table_privilege by regclass oid', ["SELECT has_table_privilege('t'::regclass, 'SELECT') AS v"]);
su('has_table_privilege unknown role', ["SELECT has_table_privilege('r20_priv_nobody', 't', 'SELECT') AS v"]);
su('has_table_privilege public pseudo role', ["SELECT has_table_privilege('public', 't', 'SELECT') AS v"]);
su('has_table_privilege public after grant', [
  'GRANT SELECT ON t TO PUBLIC',
  "SELECT has_table_privilege('public', 't', 'SELECT') AS s, has_table_privilege('public', 't', 'INSERT') AS i",
]);
su('has_table_privilege null privilege', ["SELECT has_table_privilege('t', NULL) AS v"]);
su('has_table_privilege on sequence', [
  'CREATE SEQUENCE s',
  "SELECT has_table_privilege('s', 'SELECT') AS s, has_table_privilege('s', 'UPDATE') AS u",
]);
su('has_table_privilege rule privilege word', ["SELECT has_table_privilege('t', 'RULE') AS v"]);
su('has_column_privilege', [
  "SELECT has_column_privilege('t', 'a', 'SELECT') AS a, has_column_privilege('t', 'c', 'UPDATE') AS c",
]);
su('has_column_privilege by attnum', ["SELECT has_column_privilege('t', 2::int2, 'SELECT') AS v"]);
su('has_column_privilege unknown column', ["SELECT has_column_privilege('t', 'zz', 'SELECT') AS v"]);
su('has_column_privilege unknown attnum is null', [
  "SELECT has_column_privilege('t', 99::int2, 'SELECT') AS v",
]);
su('has_column_privilege dropped column', [
  'ALTER TABLE t DROP COLUMN b',
  "SELECT has_column_privilege('t', 2::int2, 'SELECT') AS n, has_column_privilege('t', 'b', 'SELECT') AS v",
]);
su('has_column_privilege delete refused', ["SELECT has_column_privilege('t', 'a', 'DELETE') AS v"]);
su('has_column_privilege system column', ["SELECT has_column_privilege('t', 'ctid', 'SELECT') AS v"]);
su('has_any_column_privilege', ["SELECT has_any_column_privilege('t', 'SELECT, UPDATE') AS v"]);
su('has_any_column_privilege delete refused', ["SELECT has_any_column_privilege('t', 'DELETE') AS v"]);
su('has_sequence_privilege', [
  'CREATE SEQUENCE s',
  "SELECT has_sequence_privilege('s', 'USAGE') AS u, has_sequence_privilege('s', 'SELECT, UPDATE') AS su",
]);
su('has_sequence_privilege on a table', ["SELECT has_sequence_privilege('t', 'USAGE') AS v"]);
su('has_sequence_privilege insert refused', [
  'CREATE SEQUENCE s',
  "SELECT has_sequence_privilege('s', 'INSERT') AS v",
]);
su('has_schema_privilege', [
  "SELECT has_schema_privilege('public', 'CREATE') AS c, has_schema_privilege('pg_catalog', 'USAGE') AS u",
]);
su('has_schema_privilege public role on public schema', [
  "SELECT has_schema_privilege('public', 'public', 'USAGE') AS u, has_schema_privilege('public', 'public', 'CREATE') AS c",
]);
su('has_schema_privilege public role on pg_catalog', [
  "SELECT has_schema_privilege('public', 'pg_catalog', 'USAGE') AS u, has_schema_privilege('public', 'pg_catalog', 'CREATE') AS c",
]);
su('has_schema_privilege unknown schema', ["SELECT has_schema_privilege('nosuch', 'USAGE') AS v"]);
su('has_schema_privilege select refused', ["SELECT has_schema_privilege('public', 'SELECT') AS v"]);
su('has_function_privilege', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  "SELECT has_function_privilege('f(int)', 'EXECUTE') AS v, has_function_privilege('public', 'f(int)', 'EXECUTE') AS p",
]);
su('has_function_privilege after revoke from public', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
  "SELECT has_function_privilege('public', 'f(int)', 'EXECUTE') AS p",
]);
su('has_function_privilege without signature', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  "SELECT has_function_privilege('f', 'EXECUTE') AS v",
]);
su('has_function_privilege builtin', [
  "SELECT has_function_privilege('public', 'lower(text)', 'EXECUTE') AS v",
]);
su('has_function_privilege usage refused', ["SELECT has_function_privilege('lower(text)', 'USAGE') AS v"]);
su('has_type_privilege', [
  "SELECT has_type_privilege('int4', 'USAGE') AS v, has_type_privilege('public', 'text', 'USAGE') AS p",
]);
su('has_type_privilege of domain after revoke', [
  'CREATE DOMAIN d AS int',
  'REVOKE USAGE ON TYPE d FROM PUBLIC',
  "SELECT has_type_privilege('public', 'd', 'USAGE') AS v",
]);
su('has_type_privilege unknown type', ["SELECT has_type_privilege('nosuch', 'USAGE') AS v"]);
su('has_database_privilege', [
  "SELECT has_database_privilege(current_database(), 'CONNECT') AS c, has_database_privilege(current_database(), 'CREATE, TEMP') AS ct",
]);
su('has_database_privilege public temp', [
  "SELECT has_database_privilege('public', current_database(), 'TEMPORARY') AS t, has_database_privilege('public', current_database(), 'CREATE') AS c",
]);
su('has_database_privilege unknown', ["SELECT has_database_privilege('nosuch_db_r20', 'CONNECT') AS v"]);
su('has_language_privilege', [
  "SELECT has_language_privilege('sql', 'USAGE') AS s, has_language_privilege('public', 'plpgsql', 'USAGE') AS p, has_language_privilege('public', 'c', 'USAGE') AS c",
]);
su('has_tablespace_privilege', [
  "SELECT has_tablespace_privilege('pg_default', 'CREATE') AS v, has_tablespace_privilege('public', 'pg_default', 'CREATE') AS p",
]);
su('has_tablespace_privilege unknown', ["SELECT has_tablespace_privilege('nosuch', 'CREATE') AS v"]);
su('has_parameter_privilege', [
  "SELECT has_parameter_privilege('work_mem', 'SET') AS s, has_parameter_privilege('public', 'shared_buffers', 'ALTER SYSTEM') AS a",
]);
su('has_parameter_privilege unknown parameter', [
  "SELECT has_parameter_privilege('public', 'no_such_param', 'SET') AS v",
]);
su('has_parameter_privilege bad privilege', ["SELECT has_parameter_privilege('work_mem', 'USAGE') AS v"]);
su('has_foreign_data_wrapper_privilege unknown', [
  "SELECT has_foreign_data_wrapper_privilege('nosuch', 'USAGE') AS v",
]);
su('has_server_privilege unknown', ["SELECT has_server_privilege('nosuch', 'USAGE') AS v"]);
su('pg_has_role self', [
  "SELECT pg_has_role('postgres', 'MEMBER') AS m, pg_has_role('postgres', 'USAGE') AS u",
]);
su('pg_has_role predefined', [
  "SELECT pg_has_role('pg_read_all_data', 'MEMBER') AS m, pg_has_role('pg_monitor', 'USAGE WITH GRANT OPTION') AS u",
]);
su('pg_has_role monitor member of stats', [
  "SELECT pg_has_role('pg_monitor', 'pg_read_all_stats', 'MEMBER') AS m, pg_has_role('pg_read_all_stats', 'pg_monitor', 'MEMBER') AS r",
]);
su('pg_has_role unknown role', ["SELECT pg_has_role('r20_priv_nobody', 'MEMBER') AS v"]);
su('pg_has_role bad privilege', ["SELECT pg_has_role('postgres', 'SELECT') AS v"]);
su('pg_has_role public refused', ["SELECT pg_has_role('public', 'pg_monitor', 'MEMBER') AS v"]);

// ---------------------------------------------------------------- enforcement as a role with grants
rc('no grant denies select', 1, ['SET ROLE R_A', 'SELECT * FROM t']);
rc('no schema usage hides the table', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT * FROM t',
]);
rc('no schema usage qualified name', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT * FROM public.t',
]);
rc('select grant allows select', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a, b FROM t ORDER BY a',
]);
rc('select grant denies insert', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (3, 'z', 30)",
]);
rc('select grant denies update', 1, ['GRANT SELECT ON t TO R_A', 'SET ROLE R_A', 'UPDATE t SET c = 0']);
rc('select grant denies delete', 1, ['GRANT SELECT ON t TO R_A', 'SET ROLE R_A', 'DELETE FROM t']);
rc('select grant denies truncate', 1, ['GRANT SELECT ON t TO R_A', 'SET ROLE R_A', 'TRUNCATE t']);
rc('insert grant without select', 1, [
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (3, 'z', 30)",
  'RESET ROLE',
  'SELECT count(*) FROM t',
]);
rc('insert returning needs select', 1, [
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (3, 'z', 30) RETURNING a",
]);
rc('update without where needs no select', 1, [
  'GRANT UPDATE ON t TO R_A',
  'SET ROLE R_A',
  'UPDATE t SET c = 0',
  'RESET ROLE',
  'SELECT sum(c) FROM t',
]);
rc('update with where needs select', 1, [
  'GRANT UPDATE ON t TO R_A',
  'SET ROLE R_A',
  'UPDATE t SET c = 0 WHERE a = 1',
]);
rc('update reading own column needs select', 1, [
  'GRANT UPDATE ON t TO R_A',
  'SET ROLE R_A',
  'UPDATE t SET c = c + 1',
]);
rc('delete without where', 1, [
  'GRANT DELETE ON t TO R_A',
  'SET ROLE R_A',
  'DELETE FROM t',
  'RESET ROLE',
  'SELECT count(*) FROM t',
]);
rc('delete with where needs select', 1, [
  'GRANT DELETE ON t TO R_A',
  'SET ROLE R_A',
  'DELETE FROM t WHERE a = 1',
]);
rc('truncate grant', 1, [
  'GRANT TRUNCATE ON t TO R_A',
  'SET ROLE R_A',
  'TRUNCATE t',
  'RESET ROLE',
  'SELECT count(*) FROM t',
]);
rc('column select allowed columns', 1, [
  'GRANT SELECT (a, b) ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a, b FROM t ORDER BY a',
]);
rc('column select star denied', 1, ['GRANT SELECT (a, b) ON t TO R_A', 'SET ROLE R_A', 'SELECT * FROM t']);
rc('column select other column denied', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  'SELECT c FROM t',
]);
rc('column select in where denied', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM t WHERE c > 0',
]);
rc('column select count star allowed', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('column select whole row reference denied', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  'SELECT t FROM t',
]);
rc('column insert allowed columns', 1, [
  'GRANT INSERT (a, b) ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t (a, b) VALUES (5, 'q')",
  'RESET ROLE',
  'SELECT a, b, c FROM t ORDER BY a',
]);
rc('column insert other column denied', 1, [
  'GRANT INSERT (a) ON t TO R_A',
  'SET ROLE R_A',
  'INSERT INTO t (a, c) VALUES (5, 5)',
]);
rc('column insert all columns implicit denied', 1, [
  'GRANT INSERT (a) ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (5, 'q', 5)",
]);
rc('column insert default values', 1, [
  'GRANT INSERT (a) ON t TO R_A',
  'SET ROLE R_A',
  'INSERT INTO t DEFAULT VALUES',
  'RESET ROLE',
  'SELECT count(*) FROM t',
]);
rc('column update allowed', 1, [
  'GRANT UPDATE (c) ON t TO R_A',
  'SET ROLE R_A',
  'UPDATE t SET c = 7',
  'RESET ROLE',
  'SELECT sum(c) FROM t',
]);
rc('column update other column denied', 1, [
  'GRANT UPDATE (c) ON t TO R_A',
  'SET ROLE R_A',
  "UPDATE t SET b = 'z'",
]);
rc('column update where on granted select column', 1, [
  'GRANT UPDATE (c), SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  'UPDATE t SET c = 7 WHERE a = 1',
  'RESET ROLE',
  'SELECT a, c FROM t ORDER BY a',
]);
rc('on conflict do update needs update', 1, [
  'ALTER TABLE t ADD PRIMARY KEY (a)',
  'GRANT INSERT, SELECT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (1, 'n', 0) ON CONFLICT (a) DO UPDATE SET b = excluded.b",
]);
rc('on conflict do nothing needs insert only', 1, [
  'ALTER TABLE t ADD PRIMARY KEY (a)',
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (1, 'n', 0) ON CONFLICT DO NOTHING",
]);
rc('select for update needs update', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM t FOR UPDATE',
]);
rc('select for share with update grant', 1, [
  'GRANT SELECT, UPDATE ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM t ORDER BY a FOR SHARE',
]);
rc('lock table needs privilege', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'BEGIN',
  'LOCK TABLE t IN ACCESS EXCLUSIVE MODE NOWAIT',
  'ROLLBACK',
]);
rc('lock table access share with select', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'BEGIN',
  'LOCK TABLE t IN ACCESS SHARE MODE',
  'ROLLBACK',
]);
rc('copy to needs select', 1, ['SET ROLE R_A', 'COPY t TO STDOUT']);
rc('view owner privileges apply', 1, [
  'CREATE VIEW v AS SELECT a FROM t',
  'GRANT SELECT ON v TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM v ORDER BY a',
]);
rc('view not granted', 1, [
  'CREATE VIEW v AS SELECT a FROM t',
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM v',
]);
rc('view with update through view', 1, [
  'CREATE VIEW v AS SELECT a, c FROM t',
  'GRANT SELECT, UPDATE ON v TO R_A',
  'SET ROLE R_A',
  'UPDATE v SET c = 1 WHERE a = 1',
  'RESET ROLE',
  'SELECT a, c FROM t ORDER BY a',
]);
rc('security invoker view checks caller', 1, [
  'CREATE VIEW v WITH (security_invoker = true) AS SELECT a FROM t',
  'GRANT SELECT ON v TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM v',
]);
rc('subquery on ungranted table', 1, [
  'CREATE TABLE u (x int)',
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'SELECT a FROM t WHERE a IN (SELECT x FROM u)',
]);
rc('explain needs select', 1, ['SET ROLE R_A', 'EXPLAIN (COSTS OFF) SELECT * FROM t']);
rc('sequence nextval denied', 1, ['CREATE SEQUENCE s', 'SET ROLE R_A', "SELECT nextval('s')"]);
rc('sequence nextval with usage', 1, [
  'CREATE SEQUENCE s',
  'GRANT USAGE ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  "SELECT nextval('s') AS v",
]);
rc('sequence nextval with update', 1, [
  'CREATE SEQUENCE s',
  'GRANT UPDATE ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  "SELECT nextval('s') AS v",
]);
rc('sequence currval with select', 1, [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  'GRANT SELECT, USAGE ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  "SELECT nextval('s') AS n, currval('s') AS c",
]);
rc('sequence setval needs update', 1, [
  'CREATE SEQUENCE s',
  'GRANT USAGE ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  "SELECT setval('s', 10)",
]);
rc('sequence select from relation with select', 1, [
  'CREATE SEQUENCE s',
  'GRANT SELECT ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  'SELECT last_value, is_called FROM s',
]);
rc('sequence nextval with select only', 1, [
  'CREATE SEQUENCE s',
  'GRANT SELECT ON SEQUENCE s TO R_A',
  'SET ROLE R_A',
  "SELECT nextval('s')",
]);
rc('serial insert needs sequence usage', 1, [
  'CREATE TABLE s1 (id serial, v int)',
  'GRANT INSERT ON s1 TO R_A',
  'SET ROLE R_A',
  'INSERT INTO s1 (v) VALUES (1)',
]);
rc('identity insert needs no sequence grant', 1, [
  'CREATE TABLE s1 (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'GRANT INSERT ON s1 TO R_A',
  'SET ROLE R_A',
  'INSERT INTO s1 (v) VALUES (1)',
  'RESET ROLE',
  'SELECT id, v FROM s1',
]);
rc('function execute revoked', 1, [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
  'SET ROLE R_A',
  'SELECT f(1)',
]);
rc('function execute regranted', 1, [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + 1 $$',
  'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
  'GRANT EXECUTE ON FUNCTION f(int) TO R_A',
  'SET ROLE R_A',
  'SELECT f(1) AS v',
]);
rc('procedure call revoked', 1, [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'REVOKE EXECUTE ON PROCEDURE p() FROM PUBLIC',
  'SET ROLE R_A',
  'CALL p()',
]);
rc('function reading table runs as caller', 1, [
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t $$',
  'SET ROLE R_A',
  'SELECT f()',
]);
rc('type usage revoked in create table', 1, [
  'CREATE DOMAIN d AS int',
  'REVOKE USAGE ON TYPE d FROM PUBLIC',
  'GRANT CREATE ON SCHEMA public TO R_A',
  'SET ROLE R_A',
  'CREATE TABLE x (v d)',
]);
rc('type usage revoked in a cast', 1, [
  'CREATE DOMAIN d AS int',
  'REVOKE USAGE ON TYPE d FROM PUBLIC',
  'SET ROLE R_A',
  'SELECT 1::d AS v',
]);
rc('schema create denied', 1, ['SET ROLE R_A', 'CREATE TABLE x (v int)']);
rc('schema create granted', 1, [
  'GRANT CREATE ON SCHEMA public TO R_A',
  'SET ROLE R_A',
  'CREATE TABLE x (v int)',
  "SELECT relowner::regrole::text AS owner FROM pg_class WHERE relname = 'x'",
]);
rc('schema create in other schema denied', 1, [
  'CREATE SCHEMA sc',
  'SET ROLE R_A',
  'CREATE TABLE sc.x (v int)',
]);
rc('create schema needs database create', 1, ['SET ROLE R_A', 'CREATE SCHEMA mine']);
rc('temp table allowed to public', 1, [
  'SET ROLE R_A',
  'CREATE TEMP TABLE tt (v int)',
  'INSERT INTO tt VALUES (1)',
  'SELECT v FROM tt',
]);
rc('create function in public denied', 1, [
  'SET ROLE R_A',
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
rc('references privilege needed for fk', 1, [
  'ALTER TABLE t ADD PRIMARY KEY (a)',
  'GRANT CREATE ON SCHEMA public TO R_A',
  'SET ROLE R_A',
  'CREATE TABLE ch (a int REFERENCES t)',
]);
rc('references privilege granted', 1, [
  'ALTER TABLE t ADD PRIMARY KEY (a)',
  'GRANT CREATE ON SCHEMA public TO R_A',
  'GRANT REFERENCES ON t TO R_A',
  'SET ROLE R_A',
  'CREATE TABLE ch (a int REFERENCES t)',
  'INSERT INTO ch VALUES (1)',
  'SELECT a FROM ch',
]);
rc('trigger privilege needed', 1, [
  'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
  'SET ROLE R_A',
  'CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
]);
rc('drop table needs ownership', 1, ['GRANT ALL ON t TO R_A', 'SET ROLE R_A', 'DROP TABLE t']);
rc('alter table needs ownership', 1, [
  'GRANT ALL ON t TO R_A',
  'SET ROLE R_A',
  'ALTER TABLE t ADD COLUMN d int',
]);
rc('create index needs ownership', 1, ['GRANT ALL ON t TO R_A', 'SET ROLE R_A', 'CREATE INDEX ON t (a)']);
rc('comment needs ownership', 1, ['GRANT ALL ON t TO R_A', 'SET ROLE R_A', "COMMENT ON TABLE t IS 'x'"]);
rc('grant by non-owner without option warns', 2, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'GRANT SELECT ON t TO R_B',
  'RESET ROLE',
  "SELECT has_table_privilege('R_B', 't', 'SELECT') AS v",
]);
rc('grant by non-owner with no privilege at all', 2, ['SET ROLE R_A', 'GRANT SELECT ON t TO R_B']);
rc('grant option passes grant on', 2, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'SET ROLE R_A',
  'GRANT SELECT ON t TO R_B',
  'RESET ROLE',
  acl(),
]);
rc('grant option partial grant warns', 2, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'SET ROLE R_A',
  'GRANT SELECT, INSERT ON t TO R_B',
  'RESET ROLE',
  acl(),
]);
rc('revoke with dependent grants refused', 2, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'SET ROLE R_A',
  'GRANT SELECT ON t TO R_B',
  'RESET ROLE',
  'REVOKE SELECT ON t FROM R_A',
]);
rc('revoke cascade removes dependent grants', 2, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'SET ROLE R_A',
  'GRANT SELECT ON t TO R_B',
  'RESET ROLE',
  'REVOKE SELECT ON t FROM R_A CASCADE',
  acl(),
]);
rc('revoke grant option for only', 1, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'REVOKE GRANT OPTION FOR SELECT ON t FROM R_A',
  acl(),
]);
rc('revoke grant option for with dependents', 2, [
  'GRANT SELECT ON t TO R_A WITH GRANT OPTION',
  'SET ROLE R_A',
  'GRANT SELECT ON t TO R_B',
  'RESET ROLE',
  'REVOKE GRANT OPTION FOR SELECT ON t FROM R_A CASCADE',
  acl(),
]);
rc('revoke restrict keyword', 1, ['GRANT SELECT ON t TO R_A', 'REVOKE SELECT ON t FROM R_A RESTRICT', acl()]);
rc('grantor is owner when superuser grants', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'GRANT SELECT ON t TO PUBLIC',
  acl(),
]);
rc('granted by clause', 1, ['GRANT SELECT ON t TO R_A GRANTED BY postgres', acl()]);
rc('granted by another role refused', 2, ['GRANT SELECT ON t TO R_A GRANTED BY R_B']);
rc('aclitem of a role', 1, [
  'GRANT SELECT, UPDATE (c) ON t TO R_A',
  acl(),
  "SELECT attname, attacl::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attacl IS NOT NULL",
]);
rc('aclexplode names role', 1, [
  'GRANT INSERT ON t TO R_A WITH GRANT OPTION',
  "SELECT grantee::regrole::text AS grantee, privilege_type, is_grantable FROM pg_class, aclexplode(relacl) WHERE relname = 't' AND grantee <> 'postgres'::regrole",
]);
rc('has_table_privilege for role', 1, [
  'GRANT SELECT ON t TO R_A',
  "SELECT has_table_privilege('R_A', 't', 'SELECT') AS s, has_table_privilege('R_A', 't', 'INSERT') AS i, has_table_privilege('R_A', 't', 'SELECT WITH GRANT OPTION') AS g",
]);
rc('has_table_privilege as role', 1, [
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "SELECT has_table_privilege('t', 'INSERT') AS i, has_table_privilege('t', 'SELECT') AS s",
]);
rc('has_table_privilege sees column grants as false', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  "SELECT has_table_privilege('R_A', 't', 'SELECT') AS t, has_any_column_privilege('R_A', 't', 'SELECT') AS anyc, has_column_privilege('R_A', 't', 'a', 'SELECT') AS a, has_column_privilege('R_A', 't', 'b', 'SELECT') AS b",
]);
rc('has_column_privilege from table grant', 1, [
  'GRANT UPDATE ON t TO R_A',
  "SELECT has_column_privilege('R_A', 't', 'c', 'UPDATE') AS v",
]);
rc('has_schema_privilege for role', 1, [
  'CREATE SCHEMA sc',
  "SELECT has_schema_privilege('R_A', 'sc', 'USAGE') AS u, has_schema_privilege('R_A', 'public', 'USAGE') AS p, has_schema_privilege('R_A', 'public', 'CREATE') AS c",
]);
rc('has_sequence_privilege for role', 1, [
  'CREATE SEQUENCE s',
  'GRANT USAGE ON SEQUENCE s TO R_A',
  "SELECT has_sequence_privilege('R_A', 's', 'USAGE') AS u, has_sequence_privilege('R_A', 's', 'UPDATE') AS up",
]);
rc('has_function_privilege for role', 1, [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
  "SELECT has_function_privilege('R_A', 'f(int)', 'EXECUTE') AS v",
]);
rc('has_database_privilege for role', 1, [
  "SELECT has_database_privilege('R_A', current_database(), 'CONNECT') AS c, has_database_privilege('R_A', current_database(), 'CREATE') AS cr",
]);
rc('has_table_privilege through membership', 2, [
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  "SELECT has_table_privilege('R_B', 't', 'SELECT') AS v",
]);
rc('has_table_privilege through noinherit membership', 2, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  "SELECT has_table_privilege('R_B', 't', 'SELECT') AS v",
]);
rc('information_schema table_privileges', 1, [
  'GRANT SELECT, INSERT ON t TO R_A',
  "SELECT grantor, grantee = 'R_A' AS mine, table_name, privilege_type, is_grantable, with_hierarchy FROM information_schema.table_privileges WHERE table_name = 't' AND grantee <> 'postgres' ORDER BY privilege_type",
]);
rc('information_schema column_privileges', 1, [
  'GRANT SELECT (a), UPDATE (c) ON t TO R_A',
  "SELECT column_name, privilege_type, is_grantable FROM information_schema.column_privileges WHERE table_name = 't' AND grantee = 'R_A' ORDER BY 1, 2",
]);
rc('information_schema role_table_grants as role', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  "SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE table_name = 't' ORDER BY 2",
]);
rc('information_schema tables visible with column grant', 1, [
  'GRANT SELECT (a) ON t TO R_A',
  'SET ROLE R_A',
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
  "SELECT column_name FROM information_schema.columns WHERE table_name = 't' ORDER BY 1",
]);
rc('information_schema usage_privileges for sequence', 1, [
  'CREATE SEQUENCE s',
  'GRANT USAGE ON SEQUENCE s TO R_A',
  "SELECT object_name, object_type, privilege_type FROM information_schema.usage_privileges WHERE grantee = 'R_A'",
]);
rc('information_schema routine_privileges', 1, [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'GRANT EXECUTE ON FUNCTION f(int) TO R_A',
  "SELECT routine_name, privilege_type, is_grantable FROM information_schema.routine_privileges WHERE grantee = 'R_A'",
]);
rc('pg_tables hides nothing but select does', 1, [
  'SET ROLE R_A',
  "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
]);
rc('grant all then revoke one', 1, ['GRANT ALL ON t TO R_A', 'REVOKE DELETE ON t FROM R_A', acl()]);
rc('grant to two roles at once', 2, ['GRANT SELECT ON t TO R_A, R_B', acl()]);
rc('grant to role and public', 1, ['GRANT SELECT ON t TO R_A, PUBLIC', acl()]);
rc('grant to group keyword', 1, ['GRANT SELECT ON t TO GROUP R_A', acl()]);
rc('revoke from role leaving empty', 1, ['GRANT SELECT ON t TO R_A', 'REVOKE SELECT ON t FROM R_A', acl()]);
rc('public grant reaches role', 1, ['GRANT SELECT ON t TO PUBLIC', 'SET ROLE R_A', 'SELECT count(*) FROM t']);
rc('revoke from role does not touch public', 1, [
  'GRANT SELECT ON t TO PUBLIC',
  'REVOKE SELECT ON t FROM R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('privileges in prepared statement checked at execute', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'PREPARE q AS SELECT count(*) FROM t',
  'RESET ROLE',
  'REVOKE SELECT ON t FROM R_A',
  'SET ROLE R_A',
  'EXECUTE q',
]);
rc('privilege error inside transaction aborts it', 1, [
  'SET ROLE R_A',
  'BEGIN',
  'SELECT * FROM t',
  'SELECT 1',
  'ROLLBACK',
]);
rc('privilege error in savepoint recovers', 1, [
  'GRANT SELECT ON t TO R_A',
  'SET ROLE R_A',
  'BEGIN',
  'SAVEPOINT s',
  'DELETE FROM t',
  'ROLLBACK TO s',
  'SELECT count(*) FROM t',
  'COMMIT',
]);
rc('denial in a cte', 1, ['SET ROLE R_A', 'WITH x AS (SELECT a FROM t) SELECT count(*) FROM x']);

export default list.cases;
