// Round 20 probe, privileges part 3: PostgreSQL 15 docs 5.9 Schemas (search_path, "$user", the
// public schema, pg_catalog and pg_temp in the path), ALTER ... OWNER TO, REASSIGN OWNED, DROP
// OWNED, ALTER DEFAULT PRIVILEGES (pg_default_acl) and 5.8 row security beyond round 19's cases.
// Roles are cluster-wide: each case's roles are r20_priv_o<n>_<x>, dropped before (setup) and after.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r20 privileges: owners: ');
const T = `CREATE TABLE t (a int, b text); INSERT INTO t VALUES (1, 'x'), (2, 'y');`;
let caseNumber = 0;

const su = (name: string, steps: ProbeStep[], setup = T) => list.add(name, steps, setup);

/** A case with its own roles R_A..R_C (made in the setup, dropped by the last steps). */
const rc = (name: string, roleCount: number, steps: string[], setup = T) => {
  caseNumber += 1;
  const all = ['A', 'B', 'C'].map((x) => `r20_priv_o${caseNumber}_${x.toLowerCase()}`);
  const made = all.slice(0, roleCount);
  const put = (text: string) => text.replace(/\bR_([ABC])\b/g, (_, x: string) => all['ABC'.indexOf(x)] ?? x);
  const drops = made.map((n) => `DROP ROLE IF EXISTS ${n};`).join(' ');
  const makes = made.map((n) => `CREATE ROLE ${n}; GRANT USAGE ON SCHEMA public TO ${n};`).join(' ');
  list.add(
    name,
    [
      ...steps.map(put),
      'ROLLBACK',
      'RESET SESSION AUTHORIZATION',
      'RESET ROLE',
      // One role at a time: DROP OWNED BY a, b fails on 15 (XX000) where a's default privileges name b.
      ...made.map((n) => `DROP OWNED BY ${n} CASCADE`),
      `DROP ROLE ${made.join(', ')}`,
    ],
    `${drops} ${makes} ${put(setup)}`,
  );
};
const owner = (rel = 't') =>
  `SELECT relowner::regrole::text AS owner, relacl::text AS acl FROM pg_class WHERE relname = '${rel}'`;
const defacl = `SELECT defaclrole::regrole::text AS role, defaclnamespace <> 0 AS in_schema, defaclobjtype, defaclacl::text AS acl FROM pg_default_acl ORDER BY 1, 3`;

// ---------------------------------------------------------------- search_path and schemas
su('default search_path', ['SHOW search_path']);
su('current_schema and current_schemas', [
  'SELECT current_schema() AS s, current_schemas(false) AS f, current_schemas(true) AS t',
]);
su('search_path set to missing schema', [
  'SET search_path = nosuch, public',
  'SELECT current_schema() AS s, current_schemas(false) AS f',
]);
su('search_path empty create fails', ["SET search_path = ''", 'CREATE TABLE x (v int)']);
su('search_path empty current_schema null', [
  "SET search_path = ''",
  'SELECT current_schema() AS s, current_schemas(true) AS t',
]);
su('search_path first existing schema gets table', [
  'CREATE SCHEMA s1',
  'SET search_path = nosuch, s1, public',
  'CREATE TABLE x (v int)',
  "SELECT relnamespace::regnamespace::text AS ns FROM pg_class WHERE relname = 'x'",
]);
su('search_path resolution order', [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.t (z int)',
  'SET search_path = s1, public',
  'SELECT * FROM t',
  'SET search_path = public, s1',
  'SELECT a FROM t ORDER BY a',
]);
su('search_path pg_catalog first implicitly', [
  'CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $$mine$$ $$',
  "SELECT lower('A') AS v",
]);
su('search_path pg_catalog placed last', [
  'CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $$mine$$ $$',
  'SET search_path = public, pg_catalog',
  "SELECT lower('A') AS v",
]);
su('search_path pg_temp first', [
  'CREATE TEMP TABLE t (z int)',
  'SELECT * FROM t',
  'SET search_path = public, pg_temp',
  'SELECT a FROM t ORDER BY a',
]);
su('functions never found in pg_temp implicitly', [
  'CREATE FUNCTION pg_temp.tf() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT tf()',
]);
su('functions in pg_temp qualified', [
  'CREATE FUNCTION pg_temp.tf() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT pg_temp.tf() AS v',
]);
su('search_path with user schema', [
  'SET search_path = "$user", public',
  'CREATE SCHEMA postgres',
  'CREATE TABLE x (v int)',
  "SELECT relnamespace::regnamespace::text AS ns FROM pg_class WHERE relname = 'x'",
]);
su('search_path quoted with spaces', [
  'CREATE SCHEMA "My Schema"',
  `SET search_path = "My Schema"`,
  'SHOW search_path',
  'SELECT current_schema() AS s',
]);
su('set search_path to default', ['SET search_path = s1', 'SET search_path TO DEFAULT', 'SHOW search_path']);
su('set schema form', ["SET SCHEMA 'pg_catalog'", 'SHOW search_path']);
su('search_path local in transaction', [
  'BEGIN',
  'SET LOCAL search_path = pg_catalog',
  'SELECT current_schema() AS s',
  'COMMIT',
  'SELECT current_schema() AS s',
]);
su('search_path in function set clause', [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION f() RETURNS text LANGUAGE sql SET search_path = s1 AS $$ SELECT current_schema()::text $$',
  'SELECT f() AS v, current_schema() AS s',
]);
su('create schema authorization name', [
  'CREATE SCHEMA AUTHORIZATION postgres',
  "SELECT nspname, nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'postgres'",
]);
su('create schema if not exists', ['CREATE SCHEMA s1', 'CREATE SCHEMA IF NOT EXISTS s1', 'SELECT 1 AS ok']);
su('create schema duplicate', ['CREATE SCHEMA s1', 'CREATE SCHEMA s1']);
su('create schema pg prefix reserved', ['CREATE SCHEMA pg_mine']);
su('create schema with elements', [
  'CREATE SCHEMA s1 CREATE TABLE x (v int) CREATE VIEW y AS SELECT v FROM x',
  "SELECT relname, relnamespace::regnamespace::text AS ns FROM pg_class WHERE relname IN ('x', 'y') ORDER BY 1",
]);
su('create schema element grant', [
  'CREATE SCHEMA s1 CREATE TABLE x (v int) GRANT SELECT ON x TO PUBLIC',
  "SELECT relacl::text FROM pg_class WHERE relname = 'x'",
]);
su('drop schema with objects', ['CREATE SCHEMA s1', 'CREATE TABLE s1.x (v int)', 'DROP SCHEMA s1']);
su('drop schema cascade', [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.x (v int)',
  'DROP SCHEMA s1 CASCADE',
  "SELECT count(*) FROM pg_namespace WHERE nspname = 's1'",
]);
su('alter schema rename', [
  'CREATE SCHEMA s1',
  'ALTER SCHEMA s1 RENAME TO s2',
  "SELECT nspname FROM pg_namespace WHERE nspname LIKE 's_' ORDER BY 1",
]);
su('qualified name to missing schema', ['SELECT * FROM nosuch.t']);
su('create in missing schema', ['CREATE TABLE nosuch.x (v int)']);
su('three part name current database', [
  'DO $$ BEGIN EXECUTE format($q$SELECT count(*) FROM %I.public.t$q$, current_database()); END $$',
  'SELECT 1 AS ok',
]);
su('three part name other database', ['SELECT * FROM otherdb.public.t']);
su('schema owner from catalog', [
  'CREATE SCHEMA s1',
  "SELECT nspowner::regrole::text AS owner, nspacl FROM pg_namespace WHERE nspname = 's1'",
]);
su('information_schema schemata', [
  'CREATE SCHEMA s1',
  "SELECT schema_name, schema_owner FROM information_schema.schemata WHERE schema_name IN ('s1', 'public') ORDER BY 1",
]);
rc('user schema found by role', 1, [
  'CREATE SCHEMA R_A AUTHORIZATION R_A',
  'CREATE TABLE R_A.t (z int)',
  'SET ROLE R_A',
  'SELECT current_schema() = current_user::text AS mine',
  'SELECT * FROM t',
]);
rc('create schema authorization role', 1, [
  'CREATE SCHEMA AUTHORIZATION R_A',
  "SELECT nspname = 'R_A' AS named, nspowner::regrole::text = 'R_A' AS owned FROM pg_namespace WHERE nspname LIKE 'r20\\_priv\\_%'",
]);
rc('schema usage needed for qualified table', 1, [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.x (v int)',
  'GRANT SELECT ON s1.x TO R_A',
  'SET ROLE R_A',
  'SELECT * FROM s1.x',
]);
rc('schema usage granted', 1, [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.x (v int)',
  'GRANT SELECT ON s1.x TO R_A',
  'GRANT USAGE ON SCHEMA s1 TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM s1.x',
]);
rc('schema without usage is skipped in search path', 1, [
  'CREATE SCHEMA s1',
  'SET ROLE R_A',
  'SET search_path = s1, public',
  'SELECT current_schema() AS s, current_schemas(false) AS f',
]);
rc('function in schema without usage', 1, [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION s1.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'SET ROLE R_A',
  'SELECT s1.f()',
]);
rc('owner of schema creates in it', 1, [
  'CREATE SCHEMA s1 AUTHORIZATION R_A',
  'SET ROLE R_A',
  'CREATE TABLE s1.x (v int)',
  "SELECT relowner::regrole::text = 'R_A' AS v FROM pg_class WHERE relname = 'x'",
]);
rc('owner of schema drops others table in it', 1, [
  'CREATE SCHEMA s1 AUTHORIZATION R_A',
  'CREATE TABLE s1.x (v int)',
  'SET ROLE R_A',
  'DROP TABLE s1.x',
]);
rc('drop schema by non owner', 1, ['CREATE SCHEMA s1', 'SET ROLE R_A', 'DROP SCHEMA s1']);
rc('create schema authorization other as non member', 2, [
  'GRANT CREATE ON DATABASE postgres TO R_A',
  'SET ROLE R_A',
  'CREATE SCHEMA s1 AUTHORIZATION R_B',
]);

// ---------------------------------------------------------------- ALTER ... OWNER TO
rc('alter table owner', 1, ['ALTER TABLE t OWNER TO R_A', owner()]);
rc('alter table owner rewrites acl', 1, [
  'GRANT SELECT ON t TO PUBLIC',
  'ALTER TABLE t OWNER TO R_A',
  owner(),
]);
rc('alter table owner moves owned sequence', 1, [
  'CREATE TABLE s1 (id serial)',
  'ALTER TABLE s1 OWNER TO R_A',
  "SELECT relname, relowner::regrole::text = 'R_A' AS moved FROM pg_class WHERE relname LIKE 's1%' ORDER BY 1",
]);
rc('alter table owner moves indexes', 1, [
  'CREATE INDEX ti ON t (a)',
  'ALTER TABLE t OWNER TO R_A',
  "SELECT relname, relowner::regrole::text = 'R_A' AS moved FROM pg_class WHERE relname IN ('t', 'ti') ORDER BY 1",
]);
rc('alter table owner to unknown', 0, ['ALTER TABLE t OWNER TO r20_priv_nobody']);
rc('alter table owner to current_user', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'ALTER TABLE t OWNER TO CURRENT_USER',
  owner(),
]);
rc('alter table owner to public refused', 0, ['ALTER TABLE t OWNER TO public']);
rc('alter table owner by non owner', 2, ['SET ROLE R_A', 'ALTER TABLE t OWNER TO R_B']);
rc('alter table owner by owner to non member', 2, [
  'ALTER TABLE t OWNER TO R_A',
  'SET ROLE R_A',
  'ALTER TABLE t OWNER TO R_B',
]);
rc('alter table owner by owner to role it belongs to', 2, [
  'ALTER TABLE t OWNER TO R_A',
  'GRANT R_B TO R_A',
  'GRANT CREATE ON SCHEMA public TO R_B',
  'SET ROLE R_A',
  'ALTER TABLE t OWNER TO R_B',
  'RESET ROLE',
  owner(),
]);
rc('alter table owner needs create on schema', 2, [
  'ALTER TABLE t OWNER TO R_A',
  'GRANT R_B TO R_A',
  'SET ROLE R_A',
  'ALTER TABLE t OWNER TO R_B',
]);
rc('new owner gets privileges', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
  "INSERT INTO t VALUES (3, 'z')",
]);
rc('owner revokes own privileges', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'REVOKE SELECT ON t FROM R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM t',
]);
rc('owner regrants own privileges', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'SET ROLE R_A',
  'REVOKE ALL ON t FROM R_A',
  'GRANT SELECT ON t TO R_A',
  'SELECT count(*) FROM t',
  'RESET ROLE',
  owner(),
]);
rc('alter view owner', 1, ['CREATE VIEW v AS SELECT a FROM t', 'ALTER VIEW v OWNER TO R_A', owner('v')]);
rc('view owner without table privilege', 1, [
  'CREATE VIEW v AS SELECT a FROM t',
  'ALTER VIEW v OWNER TO R_A',
  'GRANT SELECT ON v TO PUBLIC',
  'SELECT count(*) FROM v',
]);
rc('alter sequence owner', 1, ['CREATE SEQUENCE s', 'ALTER SEQUENCE s OWNER TO R_A', owner('s')]);
rc('alter owned sequence owner refused', 1, [
  'CREATE TABLE s1 (id serial)',
  'ALTER SEQUENCE s1_id_seq OWNER TO R_A',
]);
rc('alter function owner', 1, [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() OWNER TO R_A',
  "SELECT proowner::regrole::text = 'R_A' AS v, proacl FROM pg_proc WHERE proname = 'f'",
]);
rc('alter procedure owner', 1, [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER PROCEDURE p() OWNER TO R_A',
  "SELECT proowner::regrole::text = 'R_A' AS v FROM pg_proc WHERE proname = 'p'",
]);
rc('alter schema owner', 1, [
  'CREATE SCHEMA s1',
  'ALTER SCHEMA s1 OWNER TO R_A',
  "SELECT nspowner::regrole::text = 'R_A' AS v FROM pg_namespace WHERE nspname = 's1'",
]);
rc('alter type owner', 1, [
  "CREATE TYPE e AS ENUM ('a')",
  'ALTER TYPE e OWNER TO R_A',
  "SELECT typowner::regrole::text = 'R_A' AS v FROM pg_type WHERE typname IN ('e', '_e') ORDER BY typname",
]);
rc('alter domain owner', 1, [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d OWNER TO R_A',
  "SELECT typowner::regrole::text = 'R_A' AS v FROM pg_type WHERE typname = 'd'",
]);
rc('alter materialized view owner', 1, [
  'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a',
  'ALTER MATERIALIZED VIEW mv OWNER TO R_A',
  "SELECT relowner::regrole::text = 'R_A' AS v FROM pg_class WHERE relname = 'mv'",
]);
rc('alter index owner ignored', 1, [
  'CREATE INDEX ti ON t (a)',
  'ALTER INDEX ti OWNER TO R_A',
  "SELECT relowner::regrole::text AS owner FROM pg_class WHERE relname = 'ti'",
]);
rc('alter table owner of a view keyword', 1, [
  'CREATE VIEW v AS SELECT a FROM t',
  'ALTER TABLE v OWNER TO R_A',
  "SELECT relowner::regrole::text = 'R_A' AS v FROM pg_class WHERE relname = 'v'",
]);
rc('alter table owner of partitioned parent only', 1, [
  'CREATE TABLE pt (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE pt OWNER TO R_A',
  "SELECT relname, relowner::regrole::text = 'R_A' AS moved FROM pg_class WHERE relname IN ('pt', 'pt1') ORDER BY 1",
]);
rc('pg_tables tableowner', 1, [
  'ALTER TABLE t OWNER TO R_A',
  "SELECT tableowner = 'R_A' AS v FROM pg_tables WHERE tablename = 't'",
]);
rc('information_schema table owner privileges', 1, [
  'ALTER TABLE t OWNER TO R_A',
  "SELECT grantor = 'R_A' AS g, grantee = 'R_A' AS e, privilege_type, is_grantable FROM information_schema.table_privileges WHERE table_name = 't' ORDER BY privilege_type",
]);

// ---------------------------------------------------------------- REASSIGN OWNED / DROP OWNED
rc('reassign owned', 2, [
  'ALTER TABLE t OWNER TO R_A',
  'CREATE SEQUENCE s',
  'ALTER SEQUENCE s OWNER TO R_A',
  'REASSIGN OWNED BY R_A TO R_B',
  "SELECT relname, relowner::regrole::text = 'R_B' AS moved FROM pg_class WHERE relname IN ('t', 's') ORDER BY 1",
]);
rc('reassign owned keeps grants', 2, [
  'GRANT SELECT ON t TO R_A',
  'ALTER TABLE t OWNER TO R_A',
  'REASSIGN OWNED BY R_A TO R_B',
  "SELECT count(*) FROM pg_class, aclexplode(relacl) WHERE relname = 't' AND grantee = 'R_A'::regrole",
]);
rc('reassign owned unknown role', 0, ['REASSIGN OWNED BY r20_priv_nobody TO postgres']);
rc('reassign owned to unknown', 1, ['REASSIGN OWNED BY R_A TO r20_priv_nobody']);
rc('reassign owned by non member', 2, ['SET ROLE R_A', 'REASSIGN OWNED BY R_B TO R_A']);
rc('reassign owned several', 3, [
  'ALTER TABLE t OWNER TO R_A',
  'CREATE TABLE u (v int)',
  'ALTER TABLE u OWNER TO R_B',
  'REASSIGN OWNED BY R_A, R_B TO R_C',
  "SELECT relname, relowner::regrole::text = 'R_C' AS moved FROM pg_class WHERE relname IN ('t', 'u') ORDER BY 1",
]);
rc('reassign owned by current_user', 1, [
  'CREATE TABLE u (v int)',
  'ALTER TABLE u OWNER TO R_A',
  'GRANT R_A TO postgres',
  'SET ROLE R_A',
  'CREATE SEQUENCE s2',
  'RESET ROLE',
  "SELECT relname FROM pg_class WHERE relowner = 'R_A'::regrole ORDER BY 1",
]);
rc('reassign owned of superuser objects refused', 1, ['REASSIGN OWNED BY postgres TO R_A']);
rc('drop owned drops objects', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'CREATE SCHEMA s1 AUTHORIZATION R_A',
  'DROP OWNED BY R_A',
  "SELECT (SELECT count(*) FROM pg_class WHERE relname = 't') AS t, (SELECT count(*) FROM pg_namespace WHERE nspname = 's1') AS s",
]);
rc('drop owned revokes grants', 1, [
  'GRANT SELECT, INSERT ON t TO R_A',
  'GRANT SELECT (a) ON t TO R_A',
  'DROP OWNED BY R_A',
  owner(),
  "SELECT attacl FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
rc('drop owned with dependents refused', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP OWNED BY R_A',
]);
rc('drop owned cascade', 1, [
  'ALTER TABLE t OWNER TO R_A',
  'CREATE VIEW v AS SELECT a FROM t',
  'DROP OWNED BY R_A CASCADE',
  "SELECT count(*) FROM pg_class WHERE relname IN ('t', 'v')",
]);
rc('drop owned unknown', 0, ['DROP OWNED BY r20_priv_nobody']);
rc('drop owned by non member refused', 2, ['SET ROLE R_A', 'DROP OWNED BY R_B']);
rc('drop owned by self', 1, [
  'GRANT CREATE ON SCHEMA public TO R_A',
  'SET ROLE R_A',
  'CREATE TABLE mine (v int)',
  'DROP OWNED BY R_A',
  "SELECT count(*) FROM pg_class WHERE relname = 'mine'",
]);
rc('drop owned removes default privileges', 1, [
  'ALTER DEFAULT PRIVILEGES FOR ROLE R_A GRANT SELECT ON TABLES TO PUBLIC',
  'DROP OWNED BY R_A',
  'SELECT count(*) FROM pg_default_acl',
]);
rc('drop owned removes policies for role', 1, [
  'CREATE POLICY p ON t TO R_A USING (true)',
  'DROP OWNED BY R_A',
  'SELECT count(*) FROM pg_policy',
]);
rc('drop owned from policy with other roles keeps it', 2, [
  'CREATE POLICY p ON t TO R_A, R_B USING (true)',
  'DROP OWNED BY R_A',
  'SELECT polname, cardinality(polroles) AS n FROM pg_policy',
]);

// ---------------------------------------------------------------- ALTER DEFAULT PRIVILEGES
rc('default privileges on tables', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  defacl,
  'CREATE TABLE n (v int)',
  "SELECT relacl::text AS acl FROM pg_class WHERE relname = 'n'",
]);
rc('default privileges in schema', 1, [
  'CREATE SCHEMA s1',
  'ALTER DEFAULT PRIVILEGES IN SCHEMA s1 GRANT INSERT ON TABLES TO R_A',
  defacl,
  'CREATE TABLE s1.n (v int)',
  'CREATE TABLE public.m (v int)',
  "SELECT relname, relacl::text AS acl FROM pg_class WHERE relname IN ('n', 'm') ORDER BY 1",
]);
rc('default privileges for role', 1, [
  'ALTER DEFAULT PRIVILEGES FOR ROLE R_A GRANT SELECT ON TABLES TO PUBLIC',
  defacl,
]);
rc('default privileges for user keyword', 1, [
  'ALTER DEFAULT PRIVILEGES FOR USER R_A GRANT SELECT ON TABLES TO PUBLIC',
  defacl,
]);
rc('default privileges applied to role objects', 2, [
  'GRANT CREATE ON SCHEMA public TO R_A',
  'ALTER DEFAULT PRIVILEGES FOR ROLE R_A GRANT SELECT ON TABLES TO R_B',
  'SET ROLE R_A',
  'CREATE TABLE n (v int)',
  'RESET ROLE',
  "SELECT has_table_privilege('R_B', 'n', 'SELECT') AS v",
]);
rc('default privileges revoke execute on functions', 1, [
  'ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC',
  defacl,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT proacl::text FROM pg_proc WHERE proname = 'f'",
  'ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC',
]);
rc('default privileges on routines keyword', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON ROUTINES TO R_A',
  defacl,
]);
rc('default privileges on sequences', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO R_A',
  defacl,
  'CREATE SEQUENCE s',
  "SELECT relacl::text FROM pg_class WHERE relname = 's'",
]);
rc('default privileges on types', 1, [
  'ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC',
  defacl,
  'CREATE DOMAIN d AS int',
  "SELECT typacl::text FROM pg_type WHERE typname = 'd'",
  'ALTER DEFAULT PRIVILEGES GRANT USAGE ON TYPES TO PUBLIC',
]);
rc('default privileges on schemas', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO R_A',
  defacl,
  'CREATE SCHEMA s1',
  "SELECT nspacl::text FROM pg_namespace WHERE nspname = 's1'",
]);
rc('default privileges on schemas in schema refused', 1, [
  'CREATE SCHEMA s1',
  'ALTER DEFAULT PRIVILEGES IN SCHEMA s1 GRANT USAGE ON SCHEMAS TO R_A',
]);
rc('default privileges with grant option', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO R_A WITH GRANT OPTION',
  defacl,
]);
rc('default privileges revoke grant option', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO R_A WITH GRANT OPTION',
  'ALTER DEFAULT PRIVILEGES REVOKE GRANT OPTION FOR ALL ON TABLES FROM R_A',
  defacl,
]);
rc('default privileges revoke back to default removes entry', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  'ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM R_A',
  defacl,
]);
rc('default privileges revoke owner own privileges', 0, [
  'ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM postgres',
  defacl,
  'CREATE TABLE n (v int)',
  "SELECT relacl::text FROM pg_class WHERE relname = 'n'",
  'ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO postgres',
]);
rc('default privileges bad privilege', 1, ['ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON TABLES TO R_A']);
rc('default privileges for role not member', 2, [
  'SET ROLE R_A',
  'ALTER DEFAULT PRIVILEGES FOR ROLE R_B GRANT SELECT ON TABLES TO R_A',
]);
rc('default privileges in missing schema', 1, [
  'ALTER DEFAULT PRIVILEGES IN SCHEMA nosuch GRANT SELECT ON TABLES TO R_A',
]);
rc('default privileges to unknown role', 0, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r20_priv_nobody',
]);
rc('default privileges information on views', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  'CREATE VIEW v AS SELECT 1 AS one',
  "SELECT relacl::text FROM pg_class WHERE relname = 'v'",
]);
rc('default privileges do not apply to existing', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  "SELECT relacl FROM pg_class WHERE relname = 't'",
]);
rc('default privileges and alter owner', 1, [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO R_A',
  'CREATE TABLE n (v int)',
  'ALTER TABLE n OWNER TO R_A',
  "SELECT relacl::text AS acl FROM pg_class WHERE relname = 'n'",
]);

// ---------------------------------------------------------------- row security beyond round 19
const RLS = `CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int);
INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30);
ALTER TABLE acc ENABLE ROW LEVEL SECURITY;`;
const rls = (name: string, steps: string[]) =>
  rc(`rls: ${name}`, 1, ['GRANT ALL ON acc TO R_A', ...steps], RLS);
rls('catalog flags', [
  "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'acc'",
  'ALTER TABLE acc FORCE ROW LEVEL SECURITY',
  "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'acc'",
]);
rls('no force after disable', [
  'ALTER TABLE acc DISABLE ROW LEVEL SECURITY',
  'SET ROLE R_A',
  'SELECT count(*) FROM acc',
]);
rls('permissive policies or', [
  "CREATE POLICY p1 ON acc USING (owner = 'alice')",
  'CREATE POLICY p2 ON acc USING (amount = 20)',
  'SET ROLE R_A',
  'SELECT id FROM acc ORDER BY id',
]);
rls('restrictive alone denies all', [
  'CREATE POLICY r ON acc AS RESTRICTIVE USING (amount > 15)',
  'SET ROLE R_A',
  'SELECT count(*) FROM acc',
]);
rls('restrictive and permissive', [
  'CREATE POLICY p ON acc USING (true)',
  'CREATE POLICY r ON acc AS RESTRICTIVE USING (amount > 15)',
  'SET ROLE R_A',
  'SELECT id FROM acc ORDER BY id',
]);
rls('two restrictive', [
  'CREATE POLICY p ON acc USING (true)',
  'CREATE POLICY r1 ON acc AS RESTRICTIVE USING (amount > 15)',
  "CREATE POLICY r2 ON acc AS RESTRICTIVE USING (owner = 'alice')",
  'SET ROLE R_A',
  'SELECT id FROM acc ORDER BY id',
]);
rls('insert with check violation', [
  "CREATE POLICY p ON acc USING (true) WITH CHECK (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (4, 'bob', 1)",
]);
rls('insert using only as check', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (4, 'bob', 1)",
]);
rls('insert passing check', [
  "CREATE POLICY p ON acc USING (true) WITH CHECK (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (4, 'alice', 1)",
  'SELECT count(*) FROM acc',
]);
rls('insert returning filtered by select policy', [
  'CREATE POLICY pi ON acc FOR INSERT WITH CHECK (true)',
  "CREATE POLICY ps ON acc FOR SELECT USING (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (4, 'bob', 1) RETURNING id",
]);
rls('update new row violation', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  "UPDATE acc SET owner = 'bob' WHERE id = 1",
]);
rls('update invisible rows untouched', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  'UPDATE acc SET amount = 0',
  'RESET ROLE',
  'SELECT id, amount FROM acc ORDER BY id',
]);
rls('update policy with check only', [
  'CREATE POLICY ps ON acc FOR SELECT USING (true)',
  'CREATE POLICY pu ON acc FOR UPDATE USING (true) WITH CHECK (amount < 100)',
  'SET ROLE R_A',
  'UPDATE acc SET amount = 500 WHERE id = 2',
]);
rls('delete policy', [
  'CREATE POLICY ps ON acc FOR SELECT USING (true)',
  "CREATE POLICY pd ON acc FOR DELETE USING (owner = 'bob')",
  'SET ROLE R_A',
  'DELETE FROM acc',
  'RESET ROLE',
  'SELECT id FROM acc ORDER BY id',
]);
rls('delete without select policy sees nothing', [
  'CREATE POLICY pd ON acc FOR DELETE USING (true)',
  'SET ROLE R_A',
  'DELETE FROM acc WHERE id = 1',
  'RESET ROLE',
  'SELECT count(*) FROM acc',
]);
rls('select policy with check refused', ['CREATE POLICY p ON acc FOR SELECT USING (true) WITH CHECK (true)']);
rls('delete policy with check refused', ['CREATE POLICY p ON acc FOR DELETE USING (true) WITH CHECK (true)']);
rls('insert policy using refused', ['CREATE POLICY p ON acc FOR INSERT USING (true)']);
rls('policy duplicate name', ['CREATE POLICY p ON acc USING (true)', 'CREATE POLICY p ON acc USING (true)']);
rls('policy on missing table', ['CREATE POLICY p ON nosuch USING (true)']);
rls('policy to unknown role', ['CREATE POLICY p ON acc TO r20_priv_nobody USING (true)']);
rls('policy aggregate refused', ['CREATE POLICY p ON acc USING (count(*) > 0)']);
rls('policy subquery allowed', [
  'CREATE POLICY p ON acc USING (id IN (SELECT 1))',
  'SET ROLE R_A',
  'SELECT id FROM acc',
]);
rls('alter policy using', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  "ALTER POLICY p ON acc USING (owner = 'bob')",
  'SET ROLE R_A',
  'SELECT id FROM acc ORDER BY id',
]);
rls('alter policy rename', [
  'CREATE POLICY p ON acc USING (true)',
  'ALTER POLICY p ON acc RENAME TO q',
  'SELECT polname FROM pg_policy',
]);
rls('alter policy to roles', [
  'CREATE POLICY p ON acc USING (true)',
  'ALTER POLICY p ON acc TO R_A',
  'SELECT polname, cardinality(polroles) AS n FROM pg_policy',
]);
rls('alter missing policy', ['ALTER POLICY nosuch ON acc USING (true)']);
rls('drop policy', [
  'CREATE POLICY p ON acc USING (true)',
  'DROP POLICY p ON acc',
  'SELECT count(*) FROM pg_policy',
]);
rls('drop policy if exists', ['DROP POLICY IF EXISTS p ON acc', 'SELECT 1 AS ok']);
rls('drop missing policy', ['DROP POLICY p ON acc']);
rls('pg_policies view', [
  "CREATE POLICY p ON acc AS RESTRICTIVE FOR UPDATE TO PUBLIC USING (owner = 'alice') WITH CHECK (amount > 0)",
  'SELECT policyname, permissive, roles, cmd, qual, with_check FROM pg_policies',
]);
rls('pg_policy catalog', [
  'CREATE POLICY p ON acc FOR SELECT USING (true)',
  'SELECT polname, polcmd, polpermissive, polroles::regrole[]::text[] AS roles FROM pg_policy',
]);
rls('bypassrls role', ['ALTER ROLE R_A BYPASSRLS', 'SET ROLE R_A', 'SELECT count(*) FROM acc']);
rls('row_security off errors', ['SET ROLE R_A', 'SET row_security = off', 'SELECT count(*) FROM acc']);
rls('row_security off for owner fine', ['SET row_security = off', 'SELECT count(*) FROM acc']);
rls('owner with force', [
  'ALTER TABLE acc OWNER TO R_A',
  'ALTER TABLE acc FORCE ROW LEVEL SECURITY',
  "CREATE POLICY p ON acc USING (owner = 'bob')",
  'SET ROLE R_A',
  'SELECT id FROM acc',
]);
rls('owner without force', [
  'ALTER TABLE acc OWNER TO R_A',
  "CREATE POLICY p ON acc USING (owner = 'bob')",
  'SET ROLE R_A',
  'SELECT count(*) FROM acc',
]);
rls('policy using current_user', [
  "UPDATE acc SET owner = 'R_A' WHERE id = 2",
  'CREATE POLICY p ON acc USING (owner = current_user)',
  'SET ROLE R_A',
  'SELECT id FROM acc',
]);
rls('on conflict update violates', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (1, 'alice', 5) ON CONFLICT (id) DO UPDATE SET owner = 'bob'",
]);
rls('on conflict existing row invisible', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (2, 'alice', 5) ON CONFLICT (id) DO UPDATE SET amount = 0",
]);
rls('policy for specific command only', [
  'CREATE POLICY p ON acc FOR SELECT USING (true)',
  'SET ROLE R_A',
  'SELECT count(*) FROM acc',
  "INSERT INTO acc VALUES (4, 'x', 1)",
]);
rls('select for update uses update policy', [
  'CREATE POLICY ps ON acc FOR SELECT USING (true)',
  "CREATE POLICY pu ON acc FOR UPDATE USING (owner = 'bob')",
  'SET ROLE R_A',
  'SELECT id FROM acc ORDER BY id FOR UPDATE',
]);
rls('view over rls table as owner', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'CREATE VIEW v AS SELECT id FROM acc',
  'GRANT SELECT ON v TO R_A',
  'SET ROLE R_A',
  'SELECT count(*) FROM v',
]);
rls('truncate ignores rls', ['SET ROLE R_A', 'TRUNCATE acc', 'RESET ROLE', 'SELECT count(*) FROM acc']);
rls('copy to with rls', [
  "CREATE POLICY p ON acc USING (owner = 'bob')",
  'SET ROLE R_A',
  'COPY acc TO STDOUT',
]);
rls('copy from with rls refused', ['SET ROLE R_A', 'COPY acc FROM STDIN']);
rls('foreign key check bypasses rls', [
  'CREATE TABLE ch (id int REFERENCES acc)',
  'GRANT ALL ON ch TO R_A',
  'SET ROLE R_A',
  'INSERT INTO ch VALUES (1)',
  'SELECT count(*) FROM ch',
]);
rls('unique violation reveals existence', [
  'CREATE POLICY p ON acc FOR INSERT WITH CHECK (true)',
  'SET ROLE R_A',
  "INSERT INTO acc VALUES (1, 'x', 0)",
]);
rls('policy with leakproof function', [
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE R_A',
  'SELECT id FROM acc WHERE amount > 5 ORDER BY id',
]);
rls('enable on partition parent only', [
  'CREATE TABLE pt (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'INSERT INTO pt VALUES (1)',
  'ALTER TABLE pt ENABLE ROW LEVEL SECURITY',
  'GRANT ALL ON pt, pt1 TO R_A',
  'SET ROLE R_A',
  'SELECT (SELECT count(*) FROM pt) AS parent, (SELECT count(*) FROM pt1) AS child',
]);
rls('row_security_active', [
  'SET ROLE R_A',
  "SELECT row_security_active('acc') AS a, row_security_active('pg_class') AS c",
]);
rls('row_security_active as owner', ["SELECT row_security_active('acc') AS a"]);

export default list.cases;
