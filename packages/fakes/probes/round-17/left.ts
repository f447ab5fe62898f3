// Round 17, three silent differences left from round 16, each probed broadly from PostgreSQL 15's
// documentation: pattern matching under a nondeterministic collation (24.2.2.4, 9.7: 15 refuses
// LIKE, regular expressions and substring searches there, 18 answers some), a foreign key's
// referential actions as the grammar reads them (CREATE TABLE / ALTER TABLE: at most one ON DELETE
// and one ON UPDATE, MATCH before them), and information_schema.tables / .columns read for the
// system schemas, as schema readers filter them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 left: ');

// ---- 1. nondeterministic collations and pattern matching ------------------------------------
const CI = `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`;
const USERS = `${CI};
CREATE TABLE users (id int PRIMARY KEY, email text COLLATE ci NOT NULL UNIQUE, name text NOT NULL, code char(4));
INSERT INTO users VALUES (1, 'Ann@Example.com', 'Ann', 'ab12'), (2, 'bob@example.com', 'Bob', 'CD34');`;
const nd = (name: string, sql: string) => list.add(`nd ${name}`, [sql], USERS);

nd('equality is case-insensitive', `SELECT id AS id FROM users WHERE email = 'ann@example.com' ORDER BY id`);
nd('unique violation ignores case', `INSERT INTO users VALUES (3, 'BOB@EXAMPLE.COM', 'B2', NULL)`);
nd('ORDER BY a ci column', `SELECT email AS e FROM users ORDER BY email, id`);
nd('LIKE on a ci column', `SELECT id AS id FROM users WHERE email LIKE 'ann%' ORDER BY id`);
nd('NOT LIKE on a ci column', `SELECT id AS id FROM users WHERE email NOT LIKE 'ann%' ORDER BY id`);
nd('ILIKE on a ci column', `SELECT id AS id FROM users WHERE email ILIKE 'ann%' ORDER BY id`);
nd('~~ operator on a ci column', `SELECT id AS id FROM users WHERE email ~~ 'a%' ORDER BY id`);
nd(
  'LIKE with ESCAPE on a ci column',
  `SELECT id AS id FROM users WHERE email LIKE 'a!%%' ESCAPE '!' ORDER BY id`,
);
nd(
  'LIKE ANY on a ci column',
  `SELECT id AS id FROM users WHERE email LIKE ANY (ARRAY['a%', 'b%']) ORDER BY id`,
);
nd('LIKE on an empty ci table', `DELETE FROM users; SELECT id AS id FROM users WHERE email LIKE 'a%'`);
nd('LIKE under WHERE false', `SELECT id AS id FROM users WHERE false AND email LIKE 'a%'`);
nd('LIKE with a NULL pattern', `SELECT (email LIKE NULL) IS NULL AS v FROM users ORDER BY id`);
nd('SIMILAR TO on a ci column', `SELECT id AS id FROM users WHERE email SIMILAR TO 'a%' ORDER BY id`);
nd('regex ~ on a ci column', `SELECT id AS id FROM users WHERE email ~ '^a' ORDER BY id`);
nd('regex ~* on a ci column', `SELECT id AS id FROM users WHERE email ~* '^a' ORDER BY id`);
nd('regex !~ on a ci column', `SELECT id AS id FROM users WHERE email !~ '^a' ORDER BY id`);
nd('strpos on a ci column', `SELECT strpos(email, '@') AS v FROM users ORDER BY id`);
nd('position on a ci column', `SELECT position('@' IN email) AS v FROM users ORDER BY id`);
nd('replace on a ci column', `SELECT replace(email, '@', ' at ') AS v FROM users ORDER BY id`);
nd('split_part on a ci column', `SELECT split_part(email, '@', 2) AS v FROM users ORDER BY id`);
nd('split_part field zero on a ci column', `SELECT split_part(email, '@', 0) AS v FROM users ORDER BY id`);
nd('string_to_array on a ci column', `SELECT string_to_array(email, '@') AS v FROM users ORDER BY id`);
nd(
  'string_to_array NULL delimiter',
  `SELECT string_to_array(name COLLATE ci, NULL) AS v FROM users ORDER BY id`,
);
nd('string_to_table on a ci column', `SELECT string_to_table(email, '@') AS v FROM users WHERE id = 1`);
nd('starts_with on a ci column', `SELECT starts_with(email, 'ann') AS v FROM users ORDER BY id`);
nd('^@ on a ci column', `SELECT email ^@ 'ann' AS v FROM users ORDER BY id`);
nd('regexp_replace on a ci column', `SELECT regexp_replace(email, '@.*', '') AS v FROM users ORDER BY id`);
nd(
  'substring from regex on a ci column',
  `SELECT substring(email from '@(.*)$') AS v FROM users ORDER BY id`,
);
nd(
  'lower() then LIKE stays nondeterministic',
  `SELECT id AS id FROM users WHERE lower(email) LIKE 'ann%' ORDER BY id`,
);
nd('COLLATE "C" then LIKE', `SELECT id AS id FROM users WHERE email COLLATE "C" LIKE 'Ann%' ORDER BY id`);
nd('COLLATE "C" then strpos', `SELECT strpos(email COLLATE "C", '@') AS v FROM users ORDER BY id`);
nd(
  'deterministic column LIKE beside a ci one',
  `SELECT id AS id FROM users WHERE name LIKE 'A%' AND email = 'ANN@example.com' ORDER BY id`,
);
nd('char column LIKE', `SELECT id AS id FROM users WHERE code LIKE 'ab%' ORDER BY id`);
nd('char column COLLATE ci LIKE', `SELECT id AS id FROM users WHERE code COLLATE ci LIKE 'ab%' ORDER BY id`);
nd(
  'translate, upper, length on a ci column',
  `SELECT translate(email, '@', '#') AS t, upper(email) AS u, length(email) AS l FROM users ORDER BY id`,
);
nd('ci column IN list', `SELECT id AS id FROM users WHERE email IN ('ANN@EXAMPLE.COM') ORDER BY id`);
nd('GROUP BY lower of ci column', `SELECT count(DISTINCT email)::int AS n FROM users`);
nd(
  'LIKE in a plpgsql function',
  `CREATE FUNCTION f(e text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN e LIKE 'a%'; END $$;
SELECT f(email) AS v FROM users ORDER BY id`,
);
nd(
  'LIKE in a SQL function over a ci column',
  `CREATE FUNCTION g(e text) RETURNS boolean LANGUAGE sql AS $$ SELECT e LIKE 'a%' $$;
SELECT g(email) AS v FROM users ORDER BY id`,
);
nd(
  'CHECK with LIKE on a ci column',
  `CREATE TABLE m (e text COLLATE ci CHECK (e LIKE '%@%')); INSERT INTO m VALUES ('a@b')`,
);
nd(
  'view with LIKE on a ci column',
  `CREATE VIEW ann AS SELECT id FROM users WHERE email LIKE 'ann%'; SELECT id AS id FROM ann ORDER BY id`,
);
list.params(
  'nd LIKE $1 on a ci column',
  `SELECT id AS id FROM users WHERE email LIKE $1 ORDER BY id`,
  ['ann%'],
  USERS,
);
list.params(
  'nd strpos($1) on a ci column',
  `SELECT strpos(email, $1) AS v FROM users ORDER BY id`,
  ['@'],
  USERS,
);
list.params(
  'nd deterministic LIKE $1',
  `SELECT id AS id FROM users WHERE name LIKE $1 ORDER BY id`,
  ['B%'],
  USERS,
);

const lit = (name: string, expr: string) => list.add(`nd literal ${name}`, [CI, `SELECT ${expr} AS v`]);
lit('LIKE', `'abc' COLLATE ci LIKE 'A%'`);
lit('pattern COLLATE ci', `'abc' LIKE 'A%' COLLATE ci`);
lit('NOT LIKE', `'abc' COLLATE ci NOT LIKE 'A%'`);
lit('ILIKE', `'abc' COLLATE ci ILIKE 'A%'`);
lit('NOT ILIKE', `'abc' COLLATE ci NOT ILIKE 'A%'`);
lit('SIMILAR TO', `'abc' COLLATE ci SIMILAR TO 'A%'`);
lit('substring similar', `substring('abc' COLLATE ci similar '%b%' escape '#')`);
lit('regexp_match', `regexp_match('abc' COLLATE ci, 'b')`);
lit('regexp_like', `regexp_like('abc' COLLATE ci, 'b')`);
lit('strpos', `strpos('abc' COLLATE ci, 'B')`);
lit('strpos empty needle', `strpos('abc' COLLATE ci, '')`);
lit('strpos longer needle', `strpos('ab' COLLATE ci, 'abc')`);
lit('position', `position('b' IN 'abc' COLLATE ci)`);
lit('replace', `replace('abc' COLLATE ci, 'B', 'x')`);
lit('replace empty from', `replace('abc' COLLATE ci, '', 'x')`);
lit('replace longer from', `replace('ab' COLLATE ci, 'abc', 'x')`);
lit('split_part', `split_part('a-b' COLLATE ci, '-', 2)`);
lit('split_part empty separator', `split_part('abc' COLLATE ci, '', 1)`);
lit('split_part empty input', `split_part('' COLLATE ci, '-', 1)`);
lit('string_to_array', `string_to_array('a-b' COLLATE ci, '-')`);
lit('string_to_array empty delimiter', `string_to_array('abc' COLLATE ci, '')`);
lit('string_to_array null string', `string_to_array('a-b' COLLATE ci, '-', 'b')`);
lit('textlike by name', `textlike('abc' COLLATE ci, 'a%')`);
lit('like() by name', `"like"('abc' COLLATE ci, 'a%')`);
lit('name COLLATE ci LIKE', `'abc'::name COLLATE ci LIKE 'a%'`);
lit('varchar COLLATE ci LIKE', `'abc'::varchar COLLATE ci LIKE 'a%'`);
lit('LIKE ESCAPE', `'A%C' LIKE 'a\\%c' ESCAPE '\\' COLLATE ci`);
lit('like_escape', `like_escape('a%' COLLATE ci, '\\')`);
lit('NULL LIKE', `(NULL::text COLLATE ci LIKE 'a') IS NULL`);
lit('equality', `'abc' COLLATE ci = 'ABC'`);
lit('conflicting collations', `'abc' COLLATE ci LIKE 'a%' COLLATE "C"`);
lit('und-x-icu deterministic LIKE', `'abc' COLLATE "und-x-icu" LIKE 'a%'`);
lit('C LIKE', `'abc' COLLATE "C" LIKE 'a%'`);
lit('default LIKE and strpos', `('abc' LIKE 'a%')::text || strpos('abc', 'b')::text`);
lit('CASE not taken', `CASE WHEN false THEN 'a' COLLATE ci LIKE 'b' END`);
list.add('nd domain over text with ci', [
  CI,
  'CREATE DOMAIN cit AS text COLLATE ci',
  `SELECT 'abc'::cit = 'ABC' AS eq`,
  `SELECT 'abc'::cit LIKE 'A%' AS v`,
]);
list.add('nd domain column LIKE', [
  CI,
  'CREATE DOMAIN cit AS text COLLATE ci',
  'CREATE TABLE d (v cit)',
  `INSERT INTO d VALUES ('Abc')`,
  `SELECT v AS v FROM d WHERE v = 'abc'`,
  `SELECT v AS v FROM d WHERE v LIKE 'a%'`,
]);
list.add('nd deterministic ICU collation LIKE', [
  `CREATE COLLATION det (provider = icu, locale = 'und')`,
  `SELECT 'abc' COLLATE det LIKE 'a%' AS v, strpos('abc' COLLATE det, 'c') AS p`,
]);
list.add('nd collation in a transaction rolled back', [
  'BEGIN',
  CI,
  `SELECT 'abc' COLLATE ci = 'ABC' AS v`,
  'ROLLBACK',
  `SELECT 'abc' LIKE 'a%' AS v, replace('abc', 'b', 'x') AS r`,
]);
list.add('nd collation from another', [
  CI,
  'CREATE COLLATION ci2 FROM ci',
  `SELECT 'abc' COLLATE ci2 LIKE 'a%' AS v`,
]);
list.add('icu numeric collation orders numbers', [
  `CREATE COLLATION num (provider = icu, locale = 'en-u-kn-true')`,
  `SELECT x AS x FROM (VALUES ('a10'), ('a9'), ('a100')) v(x) ORDER BY x COLLATE num`,
]);
list.add('icu accent-insensitive collation', [
  `CREATE COLLATION ai (provider = icu, locale = 'und-u-ks-level1', deterministic = false)`,
  `SELECT 'résumé' = 'RESUME' COLLATE ai AS v, 'a' < 'B' COLLATE ai AS w`,
]);
list.add('icu collation locale in the catalog', [
  CI,
  `SELECT colliculocale AS l FROM pg_collation WHERE collname = 'ci'`,
]);
list.add('icu collation unknown keyword', [
  `CREATE COLLATION kr (provider = icu, locale = 'und-u-kr-grek-latn')`,
  `SELECT 'a' < 'α' COLLATE kr AS v`,
]);
list.add('nd collation catalog', [
  CI,
  `SELECT collname AS n, collprovider AS p, collisdeterministic AS d FROM pg_collation WHERE collname = 'ci'`,
]);
list.add('nd pg_proc of textlike', [
  CI,
  `SELECT proname AS n, prosrc AS s, prolang::regproc::text IS NOT NULL AS l, provolatile AS v, proisstrict AS st FROM pg_proc WHERE proname IN ('textlike', 'strpos', 'split_part') ORDER BY 1`,
]);

// ---- 2. referential actions, as the grammar reads them -----------------------------------------
const P = 'CREATE TABLE p (id int PRIMARY KEY, k int UNIQUE)';
const fk = (name: string, sql: string) => list.add(`fk ${name}`, [sql], P);
fk('column ON DELETE twice', 'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON DELETE SET NULL)');
fk('column ON UPDATE twice', 'CREATE TABLE c (p int REFERENCES p ON UPDATE CASCADE ON UPDATE SET NULL)');
fk(
  'column ON DELETE, ON UPDATE, ON DELETE',
  'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON UPDATE CASCADE ON DELETE CASCADE)',
);
fk(
  'column same action twice',
  'CREATE TABLE c (p int REFERENCES p (id) ON DELETE CASCADE ON DELETE CASCADE)',
);
fk(
  'table ON DELETE twice',
  'CREATE TABLE c (p int, FOREIGN KEY (p) REFERENCES p ON DELETE CASCADE ON DELETE SET NULL)',
);
fk(
  'table ON UPDATE twice',
  'CREATE TABLE c (p int, CONSTRAINT f FOREIGN KEY (p) REFERENCES p (id) ON UPDATE RESTRICT ON UPDATE NO ACTION)',
);
fk('MATCH twice', 'CREATE TABLE c (p int REFERENCES p MATCH FULL MATCH SIMPLE)');
fk('MATCH after ON DELETE', 'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE MATCH FULL)');
fk(
  'ALTER ADD FOREIGN KEY ON DELETE twice',
  'CREATE TABLE c (p int); ALTER TABLE c ADD FOREIGN KEY (p) REFERENCES p ON DELETE CASCADE ON DELETE SET NULL',
);
fk(
  'ALTER ADD COLUMN REFERENCES ON DELETE twice',
  'CREATE TABLE c (p int); ALTER TABLE c ADD COLUMN q int REFERENCES p ON DELETE CASCADE ON DELETE RESTRICT',
);
fk(
  'ALTER ADD CONSTRAINT ON UPDATE twice',
  'CREATE TABLE c (p int); ALTER TABLE c ADD CONSTRAINT x FOREIGN KEY (p) REFERENCES p ON UPDATE CASCADE ON UPDATE CASCADE',
);
fk('ON DELETE then ON UPDATE', 'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON UPDATE RESTRICT)');
fk('ON UPDATE then ON DELETE', 'CREATE TABLE c (p int REFERENCES p ON UPDATE CASCADE ON DELETE SET NULL)');
fk(
  'MATCH SIMPLE then actions',
  'CREATE TABLE c (p int REFERENCES p MATCH SIMPLE ON DELETE CASCADE ON UPDATE NO ACTION)',
);
fk(
  'actions then DEFERRABLE',
  'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)',
);
fk('ON DELETE then NOT NULL', 'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE NOT NULL)');
fk(
  'two REFERENCES on one column',
  'CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE REFERENCES p (id) ON DELETE SET NULL)',
);
fk(
  'two foreign keys, one action each',
  'CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE, b int REFERENCES p (k) ON DELETE SET NULL)',
);
fk(
  'ON DELETE SET NULL column list',
  'CREATE TABLE c (a int, b int, FOREIGN KEY (a) REFERENCES p ON DELETE SET NULL (a))',
);
fk(
  'ON UPDATE SET NULL column list',
  'CREATE TABLE c (a int, FOREIGN KEY (a) REFERENCES p ON UPDATE SET NULL (a))',
);
fk(
  'ON DELETE twice in lowercase',
  'create table c (p int references p on delete cascade on delete no action)',
);
fk(
  'ON DELETE twice with comments',
  'CREATE TABLE c (p int REFERENCES p /* a */ ON DELETE CASCADE -- b\n ON DELETE SET NULL)',
);
fk(
  'ON DELETE word in a string',
  `CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE, note text DEFAULT 'on delete on delete')`,
);
fk(
  'GRANT REFERENCES',
  'CREATE ROLE r17_left_role; GRANT REFERENCES ON p TO r17_left_role; REVOKE REFERENCES ON p FROM r17_left_role; DROP ROLE r17_left_role',
);
list.add(
  'fk ON DELETE CASCADE works',
  [
    'INSERT INTO p VALUES (1, 10), (2, 20)',
    'INSERT INTO c VALUES (1), (2)',
    'DELETE FROM p WHERE id = 1',
    'SELECT p AS p FROM c ORDER BY p',
  ],
  `${P}; CREATE TABLE c (p int REFERENCES p ON DELETE CASCADE ON UPDATE RESTRICT)`,
);

// ---- 3. information_schema for the system schemas ----------------------------------------------
const APP = `CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES accounts);`;
const APP_VIEW = `${APP}
CREATE VIEW active AS SELECT id FROM accounts;`;
const is = (name: string, sql: string) => list.add(`is ${name}`, [sql], APP);
is(
  'tables NOT IN system schemas',
  `SELECT table_schema AS s, table_name AS t, table_type AS k FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
);
is(
  'tables <> both system schemas',
  `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema <> 'pg_catalog' AND table_schema <> 'information_schema' ORDER BY 1, 2`,
);
is(
  'tables NOT LIKE pg_%',
  `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema NOT LIKE 'pg\\_%' AND table_schema <> 'information_schema' ORDER BY 1, 2`,
);
is(
  'tables schema public',
  `SELECT table_name AS t, table_type AS k FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
);
is(
  'tables current_schema()',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
);
is(
  'tables schema = pg_catalog count',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pg_catalog'`,
);
is(
  'tables schema = pg_catalog names',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'pg_catalog' AND table_name IN ('pg_class', 'pg_type', 'pg_stat_activity') ORDER BY 1`,
);
is(
  'tables schema = information_schema count',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'information_schema'`,
);
is(
  'tables schema IN system schemas',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema IN ('pg_catalog', 'information_schema')`,
);
is(
  'tables name pg_class',
  `SELECT table_schema AS s, table_type AS k FROM information_schema.tables WHERE table_name = 'pg_class'`,
);
is(
  'tables name tables',
  `SELECT table_schema AS s, table_type AS k FROM information_schema.tables WHERE table_name = 'tables'`,
);
is(
  'tables pg_catalog exists check',
  `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'pg_catalog' AND table_name = 'pg_class') AS v`,
);
is(
  'tables user table exists check',
  `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'accounts') AS v`,
);
is('tables no WHERE count', `SELECT count(*)::int AS n FROM information_schema.tables`);
is(
  'tables grouped by system or not',
  `SELECT table_schema IN ('pg_catalog', 'information_schema') AS sys, count(*)::int AS n FROM information_schema.tables GROUP BY 1 ORDER BY 1`,
);
is(
  'tables schema LIKE pg_%',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema LIKE 'pg\\_%'`,
);
list.add(
  'is tables with a view',
  [
    `SELECT table_name AS t, table_type AS k FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  ],
  APP_VIEW,
);
list.add(
  'is tables count with a view NOT IN system',
  [
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
  ],
  APP_VIEW,
);
is(
  'tables type VIEW not system',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_type = 'VIEW' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
);
is(
  'tables BASE TABLE not system',
  `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
);
list.params(
  'is tables NOT IN ($1, $2)',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema NOT IN ($1, $2) ORDER BY 1`,
  ['pg_catalog', 'information_schema'],
  APP,
);
list.params(
  'is tables schema = $1 public',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
  ['public'],
  APP,
);
list.params(
  'is tables schema = $1 pg_catalog',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1`,
  ['pg_catalog'],
  APP,
);
is(
  'tables NOT IN and <> public',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema <> 'public' ORDER BY 1`,
);
is(
  'tables schema <> pg_catalog only',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema <> 'pg_catalog'`,
);
is(
  'tables NOT IN pg_catalog only',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog')`,
);
is(
  'tables NOT (schema = any system)',
  `SELECT table_name AS t FROM information_schema.tables WHERE NOT (table_schema = 'pg_catalog' OR table_schema = 'information_schema') ORDER BY 1`,
);
is(
  'tables schema != ALL',
  `SELECT table_name AS t FROM information_schema.tables WHERE table_schema <> ALL (ARRAY['pg_catalog', 'information_schema']) ORDER BY 1`,
);
is(
  'columns NOT IN system schemas',
  `SELECT table_name AS t, column_name AS c, is_nullable AS n, data_type AS d FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
);
is(
  'columns schema = pg_catalog table pg_class',
  `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'pg_catalog' AND table_name = 'pg_class'`,
);
is(
  'columns schema = information_schema count',
  `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'information_schema' AND table_name = 'tables'`,
);
is(
  'columns schema = public',
  `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
);
is(
  'columns of accounts',
  `SELECT column_name AS c, data_type AS d FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY 1`,
);
is(
  'columns schema <> both',
  `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema <> 'pg_catalog' AND table_schema <> 'information_schema'`,
);
is('columns no WHERE count', `SELECT count(*)::int AS n FROM information_schema.columns`);
is('schemata names', `SELECT schema_name AS s FROM information_schema.schemata ORDER BY 1`);
is(
  'schemata not system',
  `SELECT schema_name AS s FROM information_schema.schemata WHERE schema_name NOT IN ('pg_catalog', 'information_schema') AND schema_name NOT LIKE 'pg\\_%' ORDER BY 1`,
);
is(
  'views not system',
  `SELECT table_name AS t FROM information_schema.views WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
);
is(
  'table_constraints not system',
  `SELECT table_name AS t, constraint_type AS k FROM information_schema.table_constraints WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND constraint_type <> 'CHECK' ORDER BY 1, 2`,
);
is(
  'tables join columns not system',
  `SELECT t.table_name AS t, count(c.column_name)::int AS n FROM information_schema.tables t JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name WHERE t.table_schema NOT IN ('pg_catalog', 'information_schema') GROUP BY 1 ORDER BY 1`,
);
is(
  'tables OR system schema',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' OR table_schema = 'pg_catalog'`,
);
is(
  'tables schema = PG_CATALOG upper',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'PG_CATALOG'`,
);
is(
  'tables count schema public',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
);
is(
  'tables count NOT IN system schemas',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
);
is(
  'tables exists NOT IN system schemas',
  `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_name = 'accounts') AS v`,
);
is(
  'columns count NOT IN system schemas',
  `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
);
is(
  'tables schema pg_toast',
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pg_toast'`,
);

export default list.cases;
