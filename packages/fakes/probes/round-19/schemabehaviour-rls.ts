// Round 19 probe, schema behaviour part 5: row-level security (ENABLE/FORCE, policies USING and
// WITH CHECK per command, permissive and restrictive, 42501 new row violates, BYPASSRLS, roles made
// with CREATE ROLE and SET ROLE), as PostgreSQL 15 chapter 5.8 and CREATE POLICY describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: rls: ');
const r = (name: string, steps: string[], setup = S) => list.add(name, steps, setup);
// Role names are per cluster: each case makes its own and drops it again in the last steps.
const S = `CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int);
INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30);
ALTER TABLE acc ENABLE ROW LEVEL SECURITY;`;
const role = (steps: string[]) => [
  'DROP ROLE IF EXISTS h106_alice',
  'CREATE ROLE h106_alice',
  'GRANT ALL ON acc TO h106_alice',
  ...steps,
  'RESET ROLE',
  'DROP OWNED BY h106_alice',
  'DROP ROLE h106_alice',
];

r('owner bypasses rls without force', ['SELECT count(*) FROM acc']);
r('superuser bypasses even forced', ['ALTER TABLE acc FORCE ROW LEVEL SECURITY', 'SELECT count(*) FROM acc']);
r('default deny for non owner', role(['SET ROLE h106_alice', 'SELECT count(*) FROM acc']));
r('default deny insert for non owner', role(['SET ROLE h106_alice', "INSERT INTO acc VALUES (9, 'x', 1)"]));
r(
  'default deny update touches nothing',
  role(['SET ROLE h106_alice', 'UPDATE acc SET amount = 0', 'RESET ROLE', 'SELECT sum(amount) FROM acc']),
);
r(
  'select policy using',
  role([
    "CREATE POLICY p ON acc FOR SELECT USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'SELECT id FROM acc ORDER BY id',
  ]),
);
r(
  'policy to specific role',
  role([
    "CREATE POLICY p ON acc FOR ALL TO h106_alice USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'SELECT id FROM acc ORDER BY id',
  ]),
);
r(
  'policy using current_user',
  role([
    "UPDATE acc SET owner = 'h106_alice' WHERE id = 3",
    'CREATE POLICY p ON acc USING (owner = current_user)',
    'SET ROLE h106_alice',
    'SELECT id, current_user FROM acc',
  ]),
);
r(
  'insert violating with check 42501',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice') WITH CHECK (amount < 100)",
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'alice', 500)",
  ]),
);
r(
  'insert violating using when no with check 42501',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'bob', 5)",
  ]),
);
r(
  'insert passing with check',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice') WITH CHECK (amount < 100)",
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'bob', 5)",
    'SELECT id FROM acc ORDER BY id',
  ]),
);
r(
  'update invisible rows affects nothing',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'UPDATE acc SET amount = 0 WHERE id = 2',
    'RESET ROLE',
    'SELECT amount FROM acc WHERE id = 2',
  ]),
);
r(
  'update moving row out of policy 42501',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    "UPDATE acc SET owner = 'bob' WHERE id = 1",
  ]),
);
r(
  'delete only visible rows',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'DELETE FROM acc RETURNING id',
    'RESET ROLE',
    'SELECT id FROM acc',
  ]),
);
r(
  'per command policies',
  role([
    'CREATE POLICY s ON acc FOR SELECT USING (true)',
    "CREATE POLICY i ON acc FOR INSERT WITH CHECK (owner = 'alice')",
    "CREATE POLICY u ON acc FOR UPDATE USING (owner = 'alice') WITH CHECK (amount >= 0)",
    'CREATE POLICY d ON acc FOR DELETE USING (amount > 25)',
    'SET ROLE h106_alice',
    'SELECT count(*) FROM acc',
    "INSERT INTO acc VALUES (9, 'bob', 1)",
    "INSERT INTO acc VALUES (10, 'alice', 1)",
    'UPDATE acc SET amount = amount + 1 RETURNING id',
    'UPDATE acc SET amount = -1 WHERE id = 1',
    'DELETE FROM acc RETURNING id',
  ]),
);
r('insert policy with using is error', ["CREATE POLICY p ON acc FOR INSERT USING (owner = 'alice')"]);
r('select policy with check is error', ["CREATE POLICY p ON acc FOR SELECT WITH CHECK (owner = 'alice')"]);
r('delete policy with check is error', ['CREATE POLICY p ON acc FOR DELETE WITH CHECK (true)']);
r('duplicate policy 42710', ['CREATE POLICY p ON acc USING (true)', 'CREATE POLICY p ON acc USING (true)']);
r('drop policy missing 42704', ['DROP POLICY nope ON acc']);
r('drop policy if exists notice', ['DROP POLICY IF EXISTS nope ON acc']);
r(
  'policy with subquery allowed',
  role([
    'CREATE TABLE allowed (name text)',
    "INSERT INTO allowed VALUES ('bob')",
    'GRANT SELECT ON allowed TO h106_alice',
    'CREATE POLICY p ON acc USING (owner IN (SELECT name FROM allowed))',
    'SET ROLE h106_alice',
    'SELECT id FROM acc',
  ]),
);
r('policy with aggregate is error', ['CREATE POLICY p ON acc USING (count(*) > 0)']);
r('policy unknown column 42703', ['CREATE POLICY p ON acc USING (nope = 1)']);
r('policy non boolean 42804', ['CREATE POLICY p ON acc USING (amount)']);
r(
  'restrictive policy narrows permissive',
  role([
    'CREATE POLICY p ON acc USING (true)',
    'CREATE POLICY r ON acc AS RESTRICTIVE USING (amount > 15)',
    'SET ROLE h106_alice',
    'SELECT id FROM acc ORDER BY id',
  ]),
);
r(
  'restrictive alone grants nothing',
  role([
    'CREATE POLICY r ON acc AS RESTRICTIVE USING (true)',
    'SET ROLE h106_alice',
    'SELECT count(*) FROM acc',
  ]),
);
r(
  'permissive policies are ored',
  role([
    "CREATE POLICY a ON acc USING (owner = 'bob')",
    'CREATE POLICY b ON acc AS PERMISSIVE USING (amount = 30)',
    'SET ROLE h106_alice',
    'SELECT id FROM acc ORDER BY id',
  ]),
);
r(
  'restrictive with check on insert 42501',
  role([
    'CREATE POLICY p ON acc USING (true)',
    'CREATE POLICY r ON acc AS RESTRICTIVE FOR INSERT WITH CHECK (amount < 50)',
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'x', 60)",
  ]),
);
r('force rls applies to owner', [
  'DROP ROLE IF EXISTS h106_owner',
  'CREATE ROLE h106_owner',
  'ALTER TABLE acc OWNER TO h106_owner',
  'ALTER TABLE acc FORCE ROW LEVEL SECURITY',
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE h106_owner',
  'SELECT id FROM acc ORDER BY id',
  'RESET ROLE',
  'DROP TABLE acc',
  'DROP ROLE h106_owner',
]);
r('owner without force sees all', [
  'DROP ROLE IF EXISTS h106_owner',
  'CREATE ROLE h106_owner',
  'ALTER TABLE acc OWNER TO h106_owner',
  "CREATE POLICY p ON acc USING (owner = 'alice')",
  'SET ROLE h106_owner',
  'SELECT count(*) FROM acc',
  'RESET ROLE',
  'DROP TABLE acc',
  'DROP ROLE h106_owner',
]);
r('bypassrls role sees all', [
  'DROP ROLE IF EXISTS h106_bypass',
  'CREATE ROLE h106_bypass BYPASSRLS',
  'GRANT SELECT ON acc TO h106_bypass',
  'SET ROLE h106_bypass',
  'SELECT count(*) FROM acc',
  'RESET ROLE',
  'DROP OWNED BY h106_bypass',
  'DROP ROLE h106_bypass',
]);
r(
  'row_security off errors for non bypass role',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'SET row_security = off',
    'SELECT count(*) FROM acc',
    'RESET row_security',
  ]),
);
r(
  'disable rls',
  role(['ALTER TABLE acc DISABLE ROW LEVEL SECURITY', 'SET ROLE h106_alice', 'SELECT count(*) FROM acc']),
);
r('relrowsecurity flags', [
  'ALTER TABLE acc FORCE ROW LEVEL SECURITY',
  "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'acc'",
  'ALTER TABLE acc NO FORCE ROW LEVEL SECURITY',
  "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'acc'",
]);
r('pg_policies view', [
  "CREATE POLICY p ON acc AS RESTRICTIVE FOR UPDATE TO public USING (owner = 'alice') WITH CHECK (amount > 0)",
  "SELECT policyname, permissive, roles, cmd, qual, with_check FROM pg_policies WHERE tablename = 'acc'",
]);
r('pg_policy catalog', [
  'CREATE POLICY p ON acc FOR DELETE USING (amount > 1)',
  'SELECT polname, polcmd, polpermissive, pg_get_expr(polqual, polrelid), polwithcheck IS NULL AS nocheck FROM pg_policy',
]);
r(
  'alter policy',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    "ALTER POLICY p ON acc USING (owner = 'bob')",
    'SET ROLE h106_alice',
    'SELECT id FROM acc',
  ]),
);
r('alter policy rename', [
  'CREATE POLICY p ON acc USING (true)',
  'ALTER POLICY p ON acc RENAME TO q',
  'SELECT polname FROM pg_policy',
]);
r('policy on view is error', ['CREATE VIEW v AS SELECT * FROM acc', 'CREATE POLICY p ON v USING (true)']);
r('policy to unknown role 42704', ['CREATE POLICY p ON acc TO nosuchrole USING (true)']);
r(
  'policies exist but rls disabled',
  role([
    'ALTER TABLE acc DISABLE ROW LEVEL SECURITY',
    "CREATE POLICY p ON acc USING (owner = 'nobody')",
    'SET ROLE h106_alice',
    'SELECT count(*) FROM acc',
  ]),
);
r(
  'on conflict update under rls',
  role([
    'CREATE POLICY s ON acc FOR SELECT USING (true)',
    'CREATE POLICY i ON acc FOR INSERT WITH CHECK (true)',
    "CREATE POLICY u ON acc FOR UPDATE USING (owner = 'alice')",
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (2, 'bob', 99) ON CONFLICT (id) DO UPDATE SET amount = excluded.amount",
    "INSERT INTO acc VALUES (1, 'alice', 99) ON CONFLICT (id) DO UPDATE SET amount = excluded.amount RETURNING *",
  ]),
);
r(
  'returning needs select policy',
  role([
    'CREATE POLICY i ON acc FOR INSERT WITH CHECK (true)',
    "CREATE POLICY s ON acc FOR SELECT USING (owner = 'alice')",
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'bob', 1) RETURNING id",
  ]),
);
r(
  'update with where needs select policy',
  role([
    'CREATE POLICY u ON acc FOR UPDATE USING (true)',
    'SET ROLE h106_alice',
    'UPDATE acc SET amount = amount + 1 WHERE amount > 0',
    'UPDATE acc SET amount = 0',
    'RESET ROLE',
    'SELECT id, amount FROM acc ORDER BY id',
  ]),
);
r('permission denied without grant 42501', [
  'DROP ROLE IF EXISTS h106_nogrant',
  'CREATE ROLE h106_nogrant',
  'SET ROLE h106_nogrant',
  'SELECT * FROM acc',
  'RESET ROLE',
  'DROP ROLE h106_nogrant',
]);
r('column privilege denied 42501', [
  'DROP ROLE IF EXISTS h106_col',
  'CREATE ROLE h106_col',
  'GRANT SELECT (id) ON acc TO h106_col',
  'ALTER TABLE acc DISABLE ROW LEVEL SECURITY',
  'SET ROLE h106_col',
  'SELECT id FROM acc ORDER BY id',
  'SELECT amount FROM acc',
  'RESET ROLE',
  'DROP OWNED BY h106_col',
  'DROP ROLE h106_col',
]);
r('set role to unknown role', ['SET ROLE nosuchrole_h106']);
r('current_user and session_user after set role', [
  'DROP ROLE IF EXISTS h106_cu',
  'CREATE ROLE h106_cu',
  'SET ROLE h106_cu',
  'SELECT current_user, session_user, current_role',
  'RESET ROLE',
  'SELECT current_user',
  'DROP ROLE h106_cu',
]);
r(
  'row_security_active',
  role(["SELECT row_security_active('acc')", 'SET ROLE h106_alice', "SELECT row_security_active('acc')"]),
);
r('create role attributes', [
  'DROP ROLE IF EXISTS h106_attrs',
  'CREATE ROLE h106_attrs NOLOGIN BYPASSRLS CREATEDB CONNECTION LIMIT 3',
  "SELECT rolname, rolcanlogin, rolbypassrls, rolcreatedb, rolconnlimit, rolsuper, rolinherit FROM pg_roles WHERE rolname = 'h106_attrs'",
  'DROP ROLE h106_attrs',
]);
r('create existing role 42710', ['CREATE ROLE postgres']);
r('drop role owning objects 2BP01', [
  'DROP ROLE IF EXISTS h106_own',
  'CREATE ROLE h106_own',
  'CREATE TABLE owned_h106 (a int)',
  'ALTER TABLE owned_h106 OWNER TO h106_own',
  'DROP ROLE h106_own',
  'DROP TABLE owned_h106',
  'DROP ROLE h106_own',
]);
r('set role in transaction reverts on rollback', [
  'DROP ROLE IF EXISTS h106_tx',
  'CREATE ROLE h106_tx',
  'BEGIN',
  'SET LOCAL ROLE h106_tx',
  'SELECT current_user',
  'ROLLBACK',
  'SELECT current_user',
  'DROP ROLE h106_tx',
]);
r(
  'rls with security definer function',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'CREATE FUNCTION total_h106() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT sum(amount) FROM acc $$',
    'CREATE FUNCTION total_inv_h106() RETURNS bigint LANGUAGE sql AS $$ SELECT sum(amount) FROM acc $$',
    'SET ROLE h106_alice',
    'SELECT total_h106(), total_inv_h106()',
  ]),
);
r(
  'rls through view uses view owner',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'CREATE VIEW accv AS SELECT * FROM acc',
    'GRANT SELECT ON accv TO h106_alice',
    'SET ROLE h106_alice',
    'SELECT count(*) FROM accv',
  ]),
);
r(
  'rls through security invoker view',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'CREATE VIEW accv WITH (security_invoker) AS SELECT * FROM acc',
    'GRANT SELECT ON accv TO h106_alice',
    'SET ROLE h106_alice',
    'SELECT count(*) FROM accv',
  ]),
);
r(
  'leakproof function under security barrier',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'SELECT id FROM acc WHERE amount > 5 ORDER BY id',
  ]),
);
r(
  'check rls insert detail message',
  role([
    'CREATE POLICY p ON acc FOR ALL USING (true) WITH CHECK (owner = current_user)',
    'SET ROLE h106_alice',
    "INSERT INTO acc VALUES (9, 'bob', 1)",
  ]),
);
r(
  'truncate not subject to rls',
  role(['SET ROLE h106_alice', 'TRUNCATE acc', 'RESET ROLE', 'SELECT count(*) FROM acc']),
);
r(
  'copy to under rls',
  role([
    "CREATE POLICY p ON acc USING (owner = 'alice')",
    'SET ROLE h106_alice',
    'COPY (SELECT id FROM acc) TO STDOUT',
  ]),
);

export default list.cases;
