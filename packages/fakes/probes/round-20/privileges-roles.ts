// Round 20 probe, privileges part 2: PostgreSQL 15 docs chapter 22 (database roles, role attributes,
// membership and INHERIT, SET ROLE / SET SESSION AUTHORIZATION, predefined roles), CREATE / ALTER /
// DROP ROLE, GRANT / REVOKE role, pg_has_role and the role catalogs, with their errors (42704,
// 42710, 42939, 2BP01, 0LP01, 42501, 55006).
// Roles are cluster-wide: each case's roles are r20_priv_r<n>_<x>, dropped before (setup) and after.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r20 privileges: roles: ');
const T = `CREATE TABLE t (a int, b text); INSERT INTO t VALUES (1, 'x'), (2, 'y');`;
let caseNumber = 0;

/** A case as superuser only (no role made). */
const su = (name: string, steps: ProbeStep[], setup = T) => list.add(name, steps, setup);

/**
 * A case with its own roles: R_A, R_B, R_C in the text name them (and R_X one the steps make). The
 * setup drops any left by a crashed run and makes R_A..R_C (NOLOGIN, usage on public); the steps end
 * dropping all four.
 */
const rc = (name: string, roleCount: number, steps: string[], setup = T) => {
  caseNumber += 1;
  const all = ['A', 'B', 'C', 'X'].map((x) => `r20_priv_r${caseNumber}_${x.toLowerCase()}`);
  const made = all.slice(0, roleCount);
  const put = (text: string) =>
    text.replace(/\bR_([ABCX])\b/g, (_, x: string) => all['ABCX'.indexOf(x)] ?? x);
  const drops = all.map((n) => `DROP ROLE IF EXISTS ${n};`).join(' ');
  const makes = made.map((n) => `CREATE ROLE ${n}; GRANT USAGE ON SCHEMA public TO ${n};`).join(' ');
  list.add(
    name,
    [
      ...steps.map(put),
      'ROLLBACK',
      'RESET SESSION AUTHORIZATION',
      'RESET ROLE',
      `DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'r20\\_priv\\_r${caseNumber}\\_%' LOOP EXECUTE format($f$DROP OWNED BY %I CASCADE$f$, r); END LOOP; END $$`,
      drops,
    ],
    `${drops} ${makes} ${put(setup)}`,
  );
};
const attrs = (role: string) =>
  `SELECT rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls, rolconnlimit, rolpassword, rolvaliduntil IS NULL AS forever FROM pg_roles WHERE rolname = '${role}'`;
const members = (like = 'r20\\_priv\\_%') =>
  `SELECT roleid::regrole::text AS role, member::regrole::text AS member, grantor::regrole::text AS grantor, admin_option FROM pg_auth_members WHERE roleid::regrole::text LIKE '${like}' OR member::regrole::text LIKE '${like}' ORDER BY 1, 2`;

// ---------------------------------------------------------------- CREATE ROLE and its attributes
rc('create role defaults', 0, ['CREATE ROLE R_X', attrs('R_X')]);
rc('create user can login', 0, ['CREATE USER R_X', attrs('R_X')]);
rc('create group', 0, ['CREATE GROUP R_X', attrs('R_X')]);
rc('create role all attributes', 0, [
  'CREATE ROLE R_X SUPERUSER CREATEDB CREATEROLE LOGIN REPLICATION BYPASSRLS NOINHERIT CONNECTION LIMIT 3',
  attrs('R_X'),
]);
rc('create role negated attributes', 0, [
  'CREATE ROLE R_X NOSUPERUSER NOCREATEDB NOCREATEROLE NOLOGIN NOREPLICATION NOBYPASSRLS INHERIT',
  attrs('R_X'),
]);
rc('create role with keyword', 0, ['CREATE ROLE R_X WITH LOGIN CREATEDB', attrs('R_X')]);
rc('create role password hidden', 0, [
  "CREATE ROLE R_X LOGIN PASSWORD 'secret'",
  attrs('R_X'),
  "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' AS scram FROM pg_authid WHERE rolname = 'R_X'",
]);
rc('create role md5 password setting', 0, [
  "SET password_encryption = 'md5'",
  "CREATE ROLE R_X PASSWORD 'secret'",
  "SELECT rolpassword LIKE 'md5%' AS md5, length(rolpassword) AS len FROM pg_authid WHERE rolname = 'R_X'",
]);
rc('create role null password', 0, [
  'CREATE ROLE R_X PASSWORD NULL',
  "SELECT rolpassword IS NULL AS v FROM pg_authid WHERE rolname = 'R_X'",
]);
rc('create role encrypted password', 0, [
  "CREATE ROLE R_X ENCRYPTED PASSWORD 'x'",
  "SELECT rolpassword IS NOT NULL AS v FROM pg_authid WHERE rolname = 'R_X'",
]);
rc('create role unencrypted password refused', 0, ["CREATE ROLE R_X UNENCRYPTED PASSWORD 'x'"]);
rc('create role valid until', 0, [
  "CREATE ROLE R_X VALID UNTIL '2031-02-03 04:05:06+00'",
  "SELECT rolvaliduntil AT TIME ZONE 'UTC' AS v FROM pg_roles WHERE rolname = 'R_X'",
]);
rc('create role valid until infinity', 0, [
  "CREATE ROLE R_X VALID UNTIL 'infinity'",
  "SELECT rolvaliduntil::text AS v FROM pg_roles WHERE rolname = 'R_X'",
]);
rc('create role valid until bad', 0, ["CREATE ROLE R_X VALID UNTIL 'never'"]);
rc('create role connection limit minus one', 0, ['CREATE ROLE R_X CONNECTION LIMIT -1', attrs('R_X')]);
rc('create role connection limit below minus one', 0, ['CREATE ROLE R_X CONNECTION LIMIT -2']);
rc('create role conflicting options', 0, ['CREATE ROLE R_X LOGIN NOLOGIN']);
rc('create role duplicate option', 0, ['CREATE ROLE R_X CONNECTION LIMIT 1 CONNECTION LIMIT 2']);
rc('create role sysid ignored', 0, ['CREATE ROLE R_X SYSID 12345', attrs('R_X')]);
rc('create role unknown option', 0, ['CREATE ROLE R_X FLYING']);
rc('create role duplicate', 1, ['CREATE ROLE R_A']);
rc('create role in role', 1, ['CREATE ROLE R_X IN ROLE R_A', members()]);
rc('create role in group', 1, ['CREATE ROLE R_X IN GROUP R_A', members()]);
rc('create role role clause', 1, ['CREATE ROLE R_X ROLE R_A', members()]);
rc('create role admin clause', 1, ['CREATE ROLE R_X ADMIN R_A', members()]);
rc('create role user clause', 1, ['CREATE ROLE R_X USER R_A', members()]);
rc('create role in unknown role', 0, ['CREATE ROLE R_X IN ROLE r20_priv_nobody']);
su('create role public reserved', ['CREATE ROLE public']);
su('create role none reserved', ['CREATE ROLE "none"']);
su('create role pg prefix reserved', ['CREATE ROLE pg_r20_priv']);
su('create role current_user refused', ['CREATE ROLE current_user']);
su('create role session_user refused', ['CREATE ROLE session_user']);
rc('create role quoted name', 0, [
  'CREATE ROLE "R_X Q"',
  "SELECT rolname FROM pg_roles WHERE rolname LIKE 'r20\\_priv\\_%Q'",
  'DROP ROLE "R_X Q"',
]);
rc('role names are case folded', 0, [
  'CREATE ROLE R_X',
  "SELECT count(*) FROM pg_roles WHERE rolname = lower('R_X')",
]);
rc('pg_roles rolname and pg_user view', 0, [
  'CREATE USER R_X',
  "SELECT usename = 'R_X' AS named, usecreatedb, usesuper, passwd FROM pg_user WHERE usename = 'R_X'",
]);
rc('pg_group view', 1, [
  'CREATE ROLE R_X IN ROLE R_A',
  "SELECT groname, cardinality(grolist) AS n FROM pg_group WHERE groname = 'R_A'",
]);
rc('pg_shadow view', 0, [
  'CREATE USER R_X',
  "SELECT usename = 'R_X' AS named, passwd IS NULL AS nopw, valuntil FROM pg_shadow WHERE usename = 'R_X'",
]);
rc('information_schema enabled_roles', 1, [
  'SET ROLE R_A',
  'SELECT role_name FROM information_schema.enabled_roles ORDER BY 1',
]);
rc('information_schema applicable_roles', 2, [
  'GRANT R_B TO R_A WITH ADMIN OPTION',
  'SET ROLE R_A',
  'SELECT grantee, role_name, is_grantable FROM information_schema.applicable_roles ORDER BY 1, 2',
]);
rc('information_schema administrable_role_authorizations', 2, [
  'GRANT R_B TO R_A WITH ADMIN OPTION',
  'SET ROLE R_A',
  'SELECT grantee, role_name, is_grantable FROM information_schema.administrable_role_authorizations ORDER BY 1, 2',
]);

// ---------------------------------------------------------------- ALTER ROLE
rc('alter role attributes', 1, ['ALTER ROLE R_A LOGIN CREATEDB CONNECTION LIMIT 7', attrs('R_A')]);
rc('alter role with keyword', 1, ['ALTER ROLE R_A WITH NOINHERIT', attrs('R_A')]);
rc('alter user', 1, ['ALTER USER R_A CREATEROLE', attrs('R_A')]);
rc('alter group add user', 2, ['ALTER GROUP R_A ADD USER R_B', members()]);
rc('alter group drop user', 2, ['GRANT R_A TO R_B', 'ALTER GROUP R_A DROP USER R_B', members()]);
rc('alter role rename', 1, [
  'ALTER ROLE R_A RENAME TO R_X',
  "SELECT rolname = 'R_X' AS v FROM pg_roles WHERE rolname LIKE 'r20\\_priv\\_r%\\_x'",
]);
rc('alter role rename to existing', 2, ['ALTER ROLE R_A RENAME TO R_B']);
rc('alter role rename to reserved', 1, ['ALTER ROLE R_A RENAME TO pg_r20']);
rc('alter role rename current user refused', 1, [
  'SET SESSION AUTHORIZATION R_A',
  'RESET SESSION AUTHORIZATION',
  'ALTER ROLE postgres RENAME TO r20_priv_pg',
]);
rc('alter role rename clears md5 password', 0, [
  "SET password_encryption = 'md5'",
  "CREATE ROLE R_X PASSWORD 'p'",
  'ALTER ROLE R_X RENAME TO R_X',
  "SELECT rolpassword IS NULL AS cleared FROM pg_authid WHERE rolname = 'R_X'",
]);
rc('alter role unknown', 0, ['ALTER ROLE R_X LOGIN']);
rc('alter role set setting', 1, [
  "ALTER ROLE R_A SET search_path = 'x, public'",
  "SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'R_A'::regrole",
]);
rc('alter role in database set', 1, [
  'DO $$ BEGIN EXECUTE format($f$ALTER ROLE R_A IN DATABASE %I SET work_mem = %L$f$, current_database(), $m$2MB$m$); END $$',
  "SELECT setdatabase <> 0 AS perdb, setconfig FROM pg_db_role_setting WHERE setrole = 'R_A'::regrole",
]);
rc('alter role reset setting', 1, [
  "ALTER ROLE R_A SET work_mem = '2MB'",
  "ALTER ROLE R_A SET statement_timeout = '5s'",
  'ALTER ROLE R_A RESET work_mem',
  "SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'R_A'::regrole",
]);
rc('alter role reset all', 1, [
  "ALTER ROLE R_A SET work_mem = '2MB'",
  'ALTER ROLE R_A RESET ALL',
  "SELECT count(*) FROM pg_db_role_setting WHERE setrole = 'R_A'::regrole",
]);
rc('alter role set unknown setting', 1, ["ALTER ROLE R_A SET no_such_setting = 'x'"]);
rc('alter role set bad value', 1, ["ALTER ROLE R_A SET work_mem = 'lots'"]);
rc('alter role set from current', 1, [
  "SET work_mem = '3MB'",
  'ALTER ROLE R_A SET work_mem FROM CURRENT',
  "SELECT setconfig FROM pg_db_role_setting WHERE setrole = 'R_A'::regrole",
]);
rc('role setting applies on set session authorization not', 1, [
  "ALTER ROLE R_A SET work_mem = '2MB'",
  'SET SESSION AUTHORIZATION R_A',
  'SHOW work_mem',
]);
rc('alter role current_user', 0, ['ALTER ROLE CURRENT_USER SET work_mem = DEFAULT', 'SELECT 1 AS ok']);
rc('alter role all set', 0, [
  "ALTER ROLE ALL SET r20priv.custom = 'x'",
  'SELECT setconfig FROM pg_db_role_setting WHERE setrole = 0 AND setdatabase = 0',
  'ALTER ROLE ALL RESET r20priv.custom',
]);
rc('alter role password', 1, [
  "ALTER ROLE R_A PASSWORD 'x'",
  "SELECT rolpassword IS NOT NULL AS v FROM pg_authid WHERE rolname = 'R_A'",
  'ALTER ROLE R_A PASSWORD NULL',
  "SELECT rolpassword IS NULL AS v FROM pg_authid WHERE rolname = 'R_A'",
]);
rc('alter role valid until', 1, [
  "ALTER ROLE R_A VALID UNTIL '2030-01-01 00:00:00+00'",
  "SELECT rolvaliduntil AT TIME ZONE 'UTC' AS v FROM pg_roles WHERE rolname = 'R_A'",
]);
rc('alter role in role refused', 2, ['ALTER ROLE R_A IN ROLE R_B']);

// ---------------------------------------------------------------- DROP ROLE
su('drop role unknown', ['DROP ROLE r20_priv_nobody']);
su('drop role if exists unknown', ['DROP ROLE IF EXISTS r20_priv_nobody', 'SELECT 1 AS ok']);
su('drop role public refused', ['DROP ROLE public']);
su('drop role current user refused', ['DROP ROLE postgres']);
su('drop role current_user keyword', ['DROP ROLE current_user']);
su('drop predefined role', ['DROP ROLE pg_monitor']);
rc('drop role several', 2, [
  'DROP ROLE R_A, R_B',
  "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'r20\\_priv\\_r%'",
]);
rc('drop role several one missing', 1, ['DROP ROLE R_A, r20_priv_nobody']);
rc('drop role if exists several one missing', 1, [
  'DROP ROLE IF EXISTS R_A, r20_priv_nobody',
  "SELECT count(*) FROM pg_roles WHERE rolname = 'R_A'",
]);
rc('drop role owning table', 1, ['ALTER TABLE t OWNER TO R_A', 'DROP ROLE R_A']);
rc('drop role owning schema and table', 1, [
  'CREATE SCHEMA sc AUTHORIZATION R_A',
  'ALTER TABLE t OWNER TO R_A',
  'DROP ROLE R_A',
]);
rc('drop role with privileges', 1, ['GRANT SELECT ON t TO R_A', 'DROP ROLE R_A']);
rc('drop role with column privileges', 1, ['GRANT SELECT (a) ON t TO R_A', 'DROP ROLE R_A']);
rc('drop role with schema privileges', 1, ['DROP ROLE R_A']);
rc('drop role with default privileges', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  'DROP ROLE R_A',
]);
rc('drop role owning function and sequence', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'CREATE SEQUENCE s',
  'ALTER SEQUENCE s OWNER TO R_A',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() OWNER TO R_A',
  'DROP ROLE R_A',
]);
rc('drop role in policy', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'CREATE POLICY p ON t TO R_A USING (true)',
  'DROP ROLE R_A',
]);
rc('drop role with members', 2, ['GRANT R_A TO R_B', 'DROP ROLE R_A', members()]);
rc('drop role that is a member', 2, ['GRANT R_A TO R_B', 'DROP ROLE R_B', members()]);
rc('drop role after drop owned', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'GRANT SELECT ON t TO R_A',
  'DROP OWNED BY R_A',
  'DROP ROLE R_A',
  "SELECT count(*) FROM pg_class WHERE relname = 't'",
]);
rc('drop role after reassign owned', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'REASSIGN OWNED BY R_A TO postgres',
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'DROP ROLE R_A',
  "SELECT relowner::regrole::text AS owner FROM pg_class WHERE relname = 't'",
]);
rc('drop user', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'DROP USER R_A',
  "SELECT count(*) FROM pg_roles WHERE rolname = 'R_A'",
]);
rc('drop group', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'DROP GROUP R_A',
  "SELECT count(*) FROM pg_roles WHERE rolname = 'R_A'",
]);
rc('drop role in a transaction rolled back', 1, [
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'BEGIN',
  'DROP ROLE R_A',
  'ROLLBACK',
  "SELECT count(*) FROM pg_roles WHERE rolname = 'R_A'",
]);
rc('drop role as non superuser without createrole', 2, ['SET ROLE R_A', 'DROP ROLE R_B']);
rc('drop role current session user as set role', 1, ['SET SESSION AUTHORIZATION R_A', 'DROP ROLE R_A']);

// ---------------------------------------------------------------- membership: GRANT / REVOKE role
rc('grant role to role', 2, ['GRANT R_A TO R_B', members()]);
rc('grant role with admin option', 2, ['GRANT R_A TO R_B WITH ADMIN OPTION', members()]);
rc('grant role twice notices', 2, ['GRANT R_A TO R_B', 'GRANT R_A TO R_B', members()]);
rc('grant role then admin option', 2, ['GRANT R_A TO R_B', 'GRANT R_A TO R_B WITH ADMIN OPTION', members()]);
rc('grant role to itself refused', 1, ['GRANT R_A TO R_A']);
rc('grant role circular refused', 2, ['GRANT R_A TO R_B', 'GRANT R_B TO R_A']);
rc('grant role circular through three', 3, ['GRANT R_A TO R_B', 'GRANT R_B TO R_C', 'GRANT R_C TO R_A']);
rc('grant unknown role', 1, ['GRANT r20_priv_nobody TO R_A']);
rc('grant role to unknown', 1, ['GRANT R_A TO r20_priv_nobody']);
rc('grant role to public refused', 1, ['GRANT R_A TO PUBLIC']);
rc('grant several roles to several', 3, ['GRANT R_A, R_B TO R_C', members()]);
rc('grant role granted by', 2, ['GRANT R_A TO R_B GRANTED BY postgres', members()]);
rc('grant role with inherit option is 16', 2, ['GRANT R_A TO R_B WITH INHERIT FALSE']);
rc('grant role with set option is 16', 2, ['GRANT R_A TO R_B WITH SET FALSE']);
rc('grant role with admin true spelled as 16', 2, ['GRANT R_A TO R_B WITH ADMIN TRUE']);
rc('grant privileges and role mixed refused', 2, ['GRANT SELECT, R_A TO R_B']);
rc('revoke role', 2, ['GRANT R_A TO R_B', 'REVOKE R_A FROM R_B', members()]);
rc('revoke role not granted', 2, ['REVOKE R_A FROM R_B', members()]);
rc('revoke admin option for', 2, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  'REVOKE ADMIN OPTION FOR R_A FROM R_B',
  members(),
]);
rc('revoke role cascade', 3, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  'SET ROLE R_B',
  'GRANT R_A TO R_C',
  'RESET ROLE',
  'REVOKE R_A FROM R_B CASCADE',
  members(),
]);
rc('revoke role with dependent grants', 3, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  'SET ROLE R_B',
  'GRANT R_A TO R_C',
  'RESET ROLE',
  'REVOKE R_A FROM R_B',
  members(),
]);
rc('grant role by admin member', 3, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  'SET ROLE R_B',
  'GRANT R_A TO R_C',
  'RESET ROLE',
  members(),
]);
rc('grant role without admin refused', 3, ['GRANT R_A TO R_B', 'SET ROLE R_B', 'GRANT R_A TO R_C']);
rc('grant role without membership refused', 2, ['SET ROLE R_B', 'GRANT R_A TO R_B']);
rc('revoke role without admin refused', 3, ['GRANT R_A TO R_C', 'SET ROLE R_B', 'REVOKE R_A FROM R_C']);
rc('grant superuser role membership by non superuser', 2, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  'SET ROLE R_B',
  'GRANT postgres TO R_A',
]);
rc('grant predefined role', 1, [
  'GRANT pg_read_all_data TO R_A',
  "SELECT roleid::regrole::text AS role, admin_option FROM pg_auth_members WHERE member = 'R_A'::regrole",
]);
rc('grant pg_maintain is not 15', 1, ['GRANT pg_maintain TO R_A']);
rc('grant pg_use_reserved_connections is not 15', 1, ['GRANT pg_use_reserved_connections TO R_A']);
rc('grant pg_create_subscription is not 15', 1, ['GRANT pg_create_subscription TO R_A']);
rc('grant group keyword', 2, ['GRANT R_A TO GROUP R_B', members()]);

// ---------------------------------------------------------------- SET ROLE / SESSION AUTHORIZATION / inheritance
rc('set role to granted role', 2, [
  'GRANT R_A TO R_B',
  'SET SESSION AUTHORIZATION R_B',
  'SET ROLE R_A',
  "SELECT current_user = 'R_A' AS cu, session_user = 'R_B' AS su",
]);
rc('set role to non member refused', 2, ['SET SESSION AUTHORIZATION R_B', 'SET ROLE R_A']);
rc('set role back to superuser from set role', 1, [
  'SET ROLE R_A',
  'SET ROLE postgres',
  'SELECT current_user AS cu',
]);
rc('set role to superuser from session authorization refused', 1, [
  'SET SESSION AUTHORIZATION R_A',
  'SET ROLE postgres',
]);
rc('set role none after session authorization', 2, [
  'GRANT R_A TO R_B',
  'SET SESSION AUTHORIZATION R_B',
  'SET ROLE R_A',
  'SET ROLE NONE',
  "SELECT current_user = 'R_B' AS v",
]);
rc('reset role after session authorization', 2, [
  'GRANT R_A TO R_B',
  'SET SESSION AUTHORIZATION R_B',
  'SET ROLE R_A',
  'RESET ROLE',
  "SELECT current_user = 'R_B' AS v",
]);
rc('set session authorization twice', 2, [
  'SET SESSION AUTHORIZATION R_A',
  'SET SESSION AUTHORIZATION R_B',
  "SELECT session_user = 'R_B' AS v",
]);
rc('set session authorization unknown', 0, ['SET SESSION AUTHORIZATION r20_priv_nobody']);
rc('set session authorization inside transaction rolled back', 1, [
  'BEGIN',
  'SET SESSION AUTHORIZATION R_A',
  'ROLLBACK',
  'SELECT session_user AS su',
]);
rc('set local session authorization', 1, [
  'BEGIN',
  'SET LOCAL SESSION AUTHORIZATION R_A',
  "SELECT session_user = 'R_A' AS inside",
  'COMMIT',
  'SELECT session_user AS after',
]);
rc('set role in security definer refused', 1, [
  'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN SET ROLE R_A; RETURN current_user; END $$',
  'SELECT f()',
]);
rc('set role quoted name', 1, ["SET ROLE 'R_A'", "SELECT current_user = 'R_A' AS v"]);
rc('set role via set_config', 1, [
  "SELECT set_config('role', 'R_A', false) IS NOT NULL AS ok",
  "SELECT current_user = 'R_A' AS v",
]);
rc('set role via set_config unknown', 0, ["SELECT set_config('role', 'r20_priv_nobody', false)"]);
rc('show role after set', 1, [
  'SET ROLE R_A',
  "SELECT current_setting('role') = 'R_A' AS v, current_setting('is_superuser') AS s",
]);
rc('is_superuser off after set role', 1, ['SET ROLE R_A', 'SHOW is_superuser']);
rc('set role to superuser role is superuser', 1, [
  'ALTER ROLE R_A SUPERUSER',
  'SET ROLE R_A',
  'SHOW is_superuser',
  "SELECT has_table_privilege('t', 'DELETE') AS v",
]);
rc('inherit gives privileges', 2, [
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  'SET ROLE R_B',
  'SELECT count(*) FROM t',
]);
rc('noinherit denies privileges', 2, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  'SET ROLE R_B',
  'SELECT count(*) FROM t',
]);
rc('noinherit can still set role', 2, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  'SET SESSION AUTHORIZATION R_B',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('inheritance chain two levels', 3, [
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  'GRANT R_B TO R_C',
  'SET ROLE R_C',
  'SELECT count(*) FROM t',
]);
rc('noinherit in the middle of a chain', 3, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT SELECT ON t TO R_A',
  'GRANT R_A TO R_B',
  'GRANT R_B TO R_C',
  'SET ROLE R_C',
  'SELECT count(*) FROM t',
]);
rc('pg_has_role member and usage', 2, [
  'GRANT R_A TO R_B',
  "SELECT pg_has_role('R_B', 'R_A', 'MEMBER') AS m, pg_has_role('R_B', 'R_A', 'USAGE') AS u, pg_has_role('R_A', 'R_B', 'MEMBER') AS back",
]);
rc('pg_has_role noinherit usage false', 2, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT R_A TO R_B',
  "SELECT pg_has_role('R_B', 'R_A', 'MEMBER') AS m, pg_has_role('R_B', 'R_A', 'USAGE') AS u",
]);
rc('pg_has_role noinherit then inherit', 2, [
  'ALTER ROLE R_B NOINHERIT',
  'GRANT R_A TO R_B',
  'ALTER ROLE R_B INHERIT',
  "SELECT pg_has_role('R_B', 'R_A', 'USAGE') AS u",
]);
rc('pg_has_role with admin option', 2, [
  'GRANT R_A TO R_B WITH ADMIN OPTION',
  "SELECT pg_has_role('R_B', 'R_A', 'MEMBER WITH ADMIN OPTION') AS m, pg_has_role('R_B', 'R_A', 'USAGE WITH GRANT OPTION') AS u",
]);
rc('pg_has_role admin option without', 2, [
  'GRANT R_A TO R_B',
  "SELECT pg_has_role('R_B', 'R_A', 'MEMBER WITH ADMIN OPTION') AS v",
]);
rc('pg_has_role self admin option', 1, [
  "SELECT pg_has_role('R_A', 'R_A', 'MEMBER WITH ADMIN OPTION') AS v, pg_has_role('R_A', 'R_A', 'USAGE') AS u",
]);
rc('pg_has_role superuser on any role', 1, [
  "SELECT pg_has_role('postgres', 'R_A', 'MEMBER') AS m, pg_has_role('postgres', 'R_A', 'USAGE') AS u, pg_has_role('postgres', 'R_A', 'MEMBER WITH ADMIN OPTION') AS a",
]);
rc('pg_has_role as role current user', 2, [
  'GRANT R_A TO R_B',
  'SET ROLE R_B',
  "SELECT pg_has_role('R_A', 'MEMBER') AS m",
]);
rc('pg_has_role chain', 3, [
  'GRANT R_A TO R_B',
  'GRANT R_B TO R_C',
  "SELECT pg_has_role('R_C', 'R_A', 'MEMBER') AS m, pg_has_role('R_C', 'R_A', 'USAGE') AS u",
]);
rc('pg_has_role by oid', 1, ["SELECT pg_has_role('R_A'::regrole, 'R_A'::regrole, 'MEMBER') AS v"]);
rc('regrole input and output', 1, [
  "SELECT 'R_A'::regrole::text = 'R_A' AS v, to_regrole('R_A') IS NOT NULL AS t, to_regrole('r20_priv_nobody') AS n",
]);
rc('regrole unknown', 0, ["SELECT 'r20_priv_nobody'::regrole"]);
rc('regrole public', 0, ["SELECT 'public'::regrole"]);
rc('regrole of zero', 0, ['SELECT 0::regrole::text AS v']);
rc('current_user in function as caller', 1, [
  'CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$',
  'SET ROLE R_A',
  "SELECT f() = 'R_A' AS v",
]);
rc('current_user in security definer is owner', 1, [
  'CREATE FUNCTION f() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ SELECT current_user::text || $s$/$s$ || session_user::text $$',
  'SET SESSION AUTHORIZATION R_A',
  "SELECT f() = 'postgres/R_A' AS v",
]);
rc('security definer reads ungranted table', 1, [
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT count(*) FROM t $$',
  'SET ROLE R_A',
  'SELECT f() AS v',
]);
rc('security definer owned by role', 1, [
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT count(*) FROM public.t $$',
  'ALTER FUNCTION f() OWNER TO R_A',
  'SELECT f()',
]);
rc('security invoker explicit', 1, [
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SECURITY INVOKER AS $$ SELECT count(*) FROM t $$',
  'SET ROLE R_A',
  'SELECT f()',
]);
rc('alter function security definer', 1, [
  'CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$',
  'ALTER FUNCTION f() SECURITY DEFINER',
  "SELECT prosecdef FROM pg_proc WHERE proname = 'f'",
  'SET ROLE R_A',
  'SELECT f() AS v',
]);
rc('security definer with set search_path', 1, [
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT current_setting('search_path') $$",
  'SET ROLE R_A',
  'SELECT f() AS v',
  "SELECT proconfig FROM pg_proc WHERE proname = 'f'",
]);
rc('security definer plpgsql sees owner in error', 1, [
  'CREATE TABLE secret (v int)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN INSERT INTO secret VALUES (1); RETURN (SELECT count(*) FROM secret); END $$',
  'SET ROLE R_A',
  'SELECT f() AS v',
  'INSERT INTO secret VALUES (2)',
]);
rc('security definer procedure', 1, [
  'CREATE TABLE secret (v int)',
  'CREATE PROCEDURE p() LANGUAGE sql SECURITY DEFINER AS $$ INSERT INTO secret VALUES (1) $$',
  'SET ROLE R_A',
  'CALL p()',
  'RESET ROLE',
  'SELECT count(*) FROM secret',
]);
rc('security definer procedure with transaction control refused', 1, [
  'CREATE PROCEDURE p() LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN COMMIT; END $$',
  'CALL p()',
]);
rc('trigger function runs as caller', 1, [
  'CREATE TABLE log (who text)',
  'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (current_user); RETURN NEW; END $$',
  'CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (3, 'z')",
]);
rc('trigger function security definer', 1, [
  'CREATE TABLE log (who text)',
  'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN INSERT INTO log VALUES (session_user <> current_user); RETURN NEW; END $$',
  'CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
  'GRANT INSERT ON t TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (3, 'z')",
  'RESET ROLE',
  'SELECT who FROM log',
]);

// ---------------------------------------------------------------- predefined roles
su('predefined roles of 15', ["SELECT rolname FROM pg_roles WHERE rolname LIKE 'pg\\_%' ORDER BY 1"], '');
su(
  'predefined roles memberships',
  [
    "SELECT roleid::regrole::text AS role, member::regrole::text AS member FROM pg_auth_members WHERE member::regrole::text LIKE 'pg\\_%' ORDER BY 1, 2",
  ],
  '',
);
su(
  'predefined role attributes',
  [
    "SELECT rolname, rolcanlogin, rolinherit, rolsuper FROM pg_roles WHERE rolname IN ('pg_read_all_data', 'pg_database_owner', 'pg_monitor') ORDER BY 1",
  ],
  '',
);
su('pg_database_owner cannot have members', ['GRANT pg_database_owner TO postgres']);
su('pg_database_owner membership of owner', ["SELECT pg_has_role('pg_database_owner', 'MEMBER') AS v"]);
rc('pg_read_all_data reads table', 1, [
  'GRANT pg_read_all_data TO R_A',
  'REVOKE USAGE ON SCHEMA public FROM R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('pg_read_all_data cannot write', 1, [
  'GRANT pg_read_all_data TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (9, 'z')",
]);
rc('pg_read_all_data has_table_privilege', 1, [
  'GRANT pg_read_all_data TO R_A',
  "SELECT has_table_privilege('R_A', 't', 'SELECT') AS s, has_table_privilege('R_A', 't', 'INSERT') AS i, has_schema_privilege('R_A', 'public', 'USAGE') AS u",
]);
rc('pg_read_all_data reads sequence', 1, [
  'CREATE SEQUENCE s',
  'GRANT pg_read_all_data TO R_A',
  'SET ROLE R_A',
  'SELECT last_value FROM s',
  "SELECT nextval('s')",
]);
rc('pg_write_all_data writes without select', 1, [
  'GRANT pg_write_all_data TO R_A',
  'SET ROLE R_A',
  "INSERT INTO t VALUES (9, 'z')",
  'UPDATE t SET b = $$w$$',
  'SELECT count(*) FROM t',
]);
rc('pg_write_all_data delete with where', 1, [
  'GRANT pg_write_all_data TO R_A',
  'SET ROLE R_A',
  'DELETE FROM t WHERE a = 1',
]);
rc('pg_write_all_data not truncate', 1, ['GRANT pg_write_all_data TO R_A', 'SET ROLE R_A', 'TRUNCATE t']);
rc('pg_read_all_data through noinherit', 1, [
  'ALTER ROLE R_A NOINHERIT',
  'GRANT pg_read_all_data TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('pg_read_all_data respects rls', 1, [
  'ALTER TABLE t ENABLE ROW LEVEL SECURITY',
  'GRANT pg_read_all_data TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('pg_read_all_settings', 1, [
  'GRANT pg_read_all_settings TO R_A',
  'SET ROLE R_A',
  "SELECT current_setting('data_directory') IS NOT NULL AS v",
]);
rc('data_directory hidden without predefined role', 1, [
  'SET ROLE R_A',
  "SELECT current_setting('data_directory')",
]);
rc('pg_read_server_files needed for file read', 1, [
  'SET ROLE R_A',
  "SELECT pg_read_file('postgresql.conf')",
]);
rc('pg_signal_backend cancel self', 1, ['SET ROLE R_A', 'SELECT pg_cancel_backend(pg_backend_pid()) AS v']);
rc('pg_stat_activity query hidden for other users', 1, [
  'SET ROLE R_A',
  "SELECT count(*) FILTER (WHERE query = '<insufficient privilege>') >= 0 AS ok FROM pg_stat_activity",
]);
rc('pg_checkpoint predefined role', 1, ['SET ROLE R_A', 'CHECKPOINT']);
rc('set superuser only setting as role', 1, ['SET ROLE R_A', "SET log_min_duration_statement = '1s'"]);
rc('set user setting as role', 1, ['SET ROLE R_A', "SET work_mem = '2MB'", 'SHOW work_mem']);
rc('grant set on parameter', 1, [
  'GRANT SET ON PARAMETER log_min_duration_statement TO R_A',
  'SET ROLE R_A',
  "SET log_min_duration_statement = '1s'",
  'SHOW log_min_duration_statement',
  'RESET ROLE',
  'REVOKE SET ON PARAMETER log_min_duration_statement FROM R_A',
]);
rc('has_parameter_privilege for role', 1, [
  "SELECT has_parameter_privilege('R_A', 'work_mem', 'SET') AS w, has_parameter_privilege('R_A', 'log_min_duration_statement', 'SET') AS l",
]);
rc('create role as non createrole', 1, ['SET ROLE R_A', 'CREATE ROLE R_X']);
rc('createrole creates role', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X',
  'RESET ROLE',
  attrs('R_X'),
]);
rc('createrole cannot create superuser', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X SUPERUSER',
]);
rc('createrole cannot create replication', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X REPLICATION',
]);
rc('createrole cannot create bypassrls', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X BYPASSRLS',
]);
rc('createrole creates createdb', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X CREATEDB',
]);
rc('createrole alters other role', 2, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'ALTER ROLE R_B LOGIN',
  'RESET ROLE',
  attrs('R_B'),
]);
rc('createrole drops other role', 2, [
  'ALTER ROLE R_A CREATEROLE',
  'REVOKE USAGE ON SCHEMA public FROM R_B',
  'SET ROLE R_A',
  'DROP ROLE R_B',
  'RESET ROLE',
  "SELECT count(*) FROM pg_roles WHERE rolname = 'R_B'",
]);
rc('createrole grants other role', 3, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'GRANT R_B TO R_C',
  'RESET ROLE',
  members(),
]);
rc('createrole created role membership', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'CREATE ROLE R_X',
  'RESET ROLE',
  members(),
  "SELECT pg_has_role('R_A', 'R_X', 'MEMBER') AS m",
]);
rc('createrole sets password of other role', 2, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  "ALTER ROLE R_B PASSWORD 'x'",
  'RESET ROLE',
  "SELECT rolpassword IS NOT NULL AS v FROM pg_authid WHERE rolname = 'R_B'",
]);
rc('createrole alters superuser refused', 1, [
  'ALTER ROLE R_A CREATEROLE',
  'SET ROLE R_A',
  'ALTER ROLE postgres NOLOGIN',
]);
rc('non createrole alters own password', 1, [
  'SET SESSION AUTHORIZATION R_A',
  "ALTER ROLE R_A PASSWORD 'x'",
  'SELECT 1 AS ok',
]);
rc('non createrole alters own attribute refused', 1, [
  'SET SESSION AUTHORIZATION R_A',
  'ALTER ROLE R_A CREATEDB',
]);
rc('non createrole alters own setting', 1, [
  'SET SESSION AUTHORIZATION R_A',
  "ALTER ROLE R_A SET work_mem = '2MB'",
  'SELECT 1 AS ok',
]);
rc('createdb role creates database refused as other', 1, ['SET ROLE R_A', 'CREATE DATABASE r20_priv_never']);

export default list.cases;
