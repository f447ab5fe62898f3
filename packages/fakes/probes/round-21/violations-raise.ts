// Round 21 probe (h119), violations part 5: what an application reads from errors it raises itself
// and from naming mistakes: PL/pgSQL RAISE ... USING with every option (PostgreSQL 15 docs 43.9.1,
// 55.8 message fields), custom SQLSTATEs, condition names, re-raise; 42P01/42703/42883/42804 and
// their hints; 42P07 duplicates; error positions in multi-statement strings and on the extended
// protocol.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: raise: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const doBlock = (body: string) => `DO $$ BEGIN ${body}; END $$`;

// ---------------------------------------------------------------- RAISE ... USING options
const USING: readonly (readonly [string, string])[] = [
  ['errcode custom', "RAISE EXCEPTION 'custom' USING ERRCODE = 'P1234'"],
  ['errcode class only', "RAISE EXCEPTION 'cls' USING ERRCODE = '22000'"],
  ['errcode condition name', "RAISE EXCEPTION 'dup' USING ERRCODE = 'unique_violation'"],
  ['errcode condition fk', "RAISE 'fk' USING ERRCODE = 'foreign_key_violation'"],
  ['condition name form', 'RAISE unique_violation'],
  ['condition name with using message', "RAISE unique_violation USING MESSAGE = 'Email taken'"],
  ['sqlstate form', "RAISE SQLSTATE '22012'"],
  ['sqlstate form with message', "RAISE SQLSTATE 'U0001' USING MESSAGE = 'u'"],
  ['detail', "RAISE EXCEPTION 'main' USING DETAIL = 'the detail'"],
  ['hint', "RAISE EXCEPTION 'main' USING HINT = 'try again'"],
  ['detail and hint', "RAISE EXCEPTION 'main' USING DETAIL = 'd', HINT = 'h'"],
  ['column', "RAISE EXCEPTION 'c' USING COLUMN = 'email'"],
  ['constraint', "RAISE EXCEPTION 'c' USING CONSTRAINT = 'users_email_key'"],
  ['table', "RAISE EXCEPTION 'c' USING TABLE = 'users'"],
  ['schema', "RAISE EXCEPTION 'c' USING SCHEMA = 'public'"],
  ['datatype', "RAISE EXCEPTION 'c' USING DATATYPE = 'int4'"],
  [
    'all object fields',
    "RAISE EXCEPTION 'all' USING ERRCODE = '23505', SCHEMA = 's', TABLE = 't', COLUMN = 'c', CONSTRAINT = 'k', DATATYPE = 'd', DETAIL = 'dd', HINT = 'hh'",
  ],
  ['empty detail', "RAISE EXCEPTION 'e' USING DETAIL = ''"],
  ['unicode detail', "RAISE EXCEPTION 'e' USING DETAIL = 'Schlüssel ✓'"],
  ['multi-line hint', "RAISE EXCEPTION 'e' USING HINT = E'line1\\nline2'"],
  ['message from using only', "RAISE USING MESSAGE = 'only using'"],
  ['message with percent format', "RAISE EXCEPTION 'v=% w=%', 1, 'two' USING DETAIL = 'x'"],
  ['percent escaped', "RAISE EXCEPTION '100%% sure'"],
  ['format with null arg', "RAISE EXCEPTION 'got %', NULL"],
  ['detail from expression', "RAISE EXCEPTION 'e' USING DETAIL = 'n=' || 40 + 2"],
  ['errcode invalid', "RAISE EXCEPTION 'e' USING ERRCODE = 'xyz'"],
  ['errcode unknown name', "RAISE EXCEPTION 'e' USING ERRCODE = 'no_such_condition'"],
  ['duplicate option', "RAISE EXCEPTION 'e' USING DETAIL = 'a', DETAIL = 'b'"],
  ['message twice', "RAISE EXCEPTION 'e' USING MESSAGE = 'm'"],
  ['too few parameters', "RAISE EXCEPTION 'a % b %', 1"],
  ['too many parameters', "RAISE EXCEPTION 'a', 1"],
  ['errcode 00000 refused', "RAISE EXCEPTION 'e' USING ERRCODE = '00000'"],
  ['errcode lowercase', "RAISE EXCEPTION 'e' USING ERRCODE = 'p0001'"],
  ['errcode assert_failure', "RAISE EXCEPTION 'e' USING ERRCODE = 'assert_failure'"],
  ['assert', 'ASSERT 1 = 2'],
  ['assert with message', "ASSERT false, 'nope ' || 1"],
  ['raise notice does not fail', "RAISE NOTICE 'hello' USING HINT = 'h'"],
  ['raise warning then exception', "RAISE WARNING 'w'; RAISE EXCEPTION 'e'"],
];
for (const [label, stmt] of USING) {
  add(`DO ${label}`, [doBlock(stmt)]);
}
for (const [label, stmt] of USING.slice(0, 20)) {
  add(`function ${label}`, [
    `CREATE FUNCTION r21f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN ${stmt}; RETURN 1; END $$`,
    'SELECT r21f() AS v',
  ]);
}
add('function raise via extended protocol', [
  "CREATE FUNCTION r21f(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF x < 0 THEN RAISE EXCEPTION 'negative: %', x USING ERRCODE = '22023', HINT = 'use a positive number', COLUMN = 'x'; END IF; RETURN x; END $$",
  withParams('SELECT r21f($1) AS v', -3),
]);
add('function raise from trigger with table field', [
  'CREATE TABLE acct (id int, balance int)',
  "CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.balance < 0 THEN RAISE EXCEPTION 'overdrawn' USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME, SCHEMA = TG_TABLE_SCHEMA, CONSTRAINT = 'balance_nonneg', DETAIL = format('Balance would be %s.', NEW.balance); END IF; RETURN NEW; END $$",
  'CREATE TRIGGER chk BEFORE INSERT OR UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION chk()',
  'INSERT INTO acct VALUES (1, -5)',
  withParams('INSERT INTO acct VALUES ($1, $2)', 2, -1),
  'SELECT count(*) AS n FROM acct',
]);
add('nested function raise where stack', [
  "CREATE FUNCTION inner_f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'deep' USING DETAIL = 'inner'; END $$",
  'CREATE FUNCTION outer_f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN inner_f(); END $$',
  'SELECT outer_f() AS v',
]);
add('re-raise keeps fields', [
  doBlock(
    "BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '23514', DETAIL = 'dd', CONSTRAINT = 'cc'; EXCEPTION WHEN check_violation THEN RAISE; END",
  ),
]);
add('catch unique and raise custom', [
  'CREATE TABLE uq (v int UNIQUE)',
  'INSERT INTO uq VALUES (1)',
  doBlock(
    "INSERT INTO uq VALUES (1); EXCEPTION WHEN unique_violation THEN RAISE EXCEPTION 'already there' USING ERRCODE = 'P0001', DETAIL = SQLERRM",
  ),
]);
add('catch and read constraint name', [
  'CREATE TABLE uq (v int CONSTRAINT uq_v UNIQUE)',
  'INSERT INTO uq VALUES (1)',
  "DO $$ DECLARE c text; t text; col text; d text; BEGIN INSERT INTO uq VALUES (1); EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS c = CONSTRAINT_NAME, t = TABLE_NAME, col = COLUMN_NAME, d = PG_EXCEPTION_DETAIL; RAISE EXCEPTION '%|%|%|%', c, t, col, d; END $$",
]);
add('catch not null and read column name', [
  'CREATE TABLE nn (v int NOT NULL)',
  "DO $$ DECLARE c text; t text; s text; BEGIN INSERT INTO nn VALUES (NULL); EXCEPTION WHEN not_null_violation THEN GET STACKED DIAGNOSTICS c = COLUMN_NAME, t = TABLE_NAME, s = SCHEMA_NAME; RAISE EXCEPTION '%|%|%', c, t, s; END $$",
]);
add('catch fk and read detail', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p int REFERENCES p)',
  "DO $$ DECLARE d text; k text; BEGIN INSERT INTO c VALUES (5); EXCEPTION WHEN foreign_key_violation THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, k = CONSTRAINT_NAME; RAISE EXCEPTION '%|%', d, k; END $$",
]);
add('catch datatype name from domain', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  "DO $$ DECLARE d text; k text; BEGIN PERFORM (-1)::pos; EXCEPTION WHEN check_violation THEN GET STACKED DIAGNOSTICS d = PG_DATATYPE_NAME, k = CONSTRAINT_NAME; RAISE EXCEPTION '%|%', d, k; END $$",
]);
add('catch returned sqlstate', [
  doBlock("PERFORM 1/0; EXCEPTION WHEN OTHERS THEN RAISE EXCEPTION 'state %: %', SQLSTATE, SQLERRM"),
]);
add('catch by custom sqlstate', [
  doBlock(
    "BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'P1234'; EXCEPTION WHEN SQLSTATE 'P1234' THEN RAISE NOTICE 'caught'; END; RAISE EXCEPTION 'after' USING ERRCODE = 'P4321'",
  ),
]);
add('catch class via condition integrity_constraint_violation', [
  'CREATE TABLE uq (v int UNIQUE)',
  'INSERT INTO uq VALUES (1)',
  doBlock(
    "INSERT INTO uq VALUES (1); EXCEPTION WHEN integrity_constraint_violation THEN RAISE EXCEPTION 'class caught %', SQLSTATE",
  ),
]);
add('exception block undoes work then continues', [
  'CREATE TABLE uq (v int UNIQUE)',
  'DO $$ BEGIN INSERT INTO uq VALUES (1); BEGIN INSERT INTO uq VALUES (2); INSERT INTO uq VALUES (1); EXCEPTION WHEN unique_violation THEN NULL; END; INSERT INTO uq VALUES (3); END $$',
  'SELECT v FROM uq ORDER BY v',
]);
add('raise in procedure called via CALL', [
  "CREATE PROCEDURE pr(x int) LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'proc %', x USING ERRCODE = '22023', HINT = 'h'; END $$",
  'CALL pr(5)',
  withParams('CALL pr($1)', 6),
]);
add('raise in sql function is not possible, error in sql body', [
  'CREATE FUNCTION sf() RETURNS int LANGUAGE sql AS $$ SELECT 1/0 $$',
  'SELECT sf() AS v',
]);

// ---------------------------------------------------------------- 42P01 / 42703 and hints
const T = `CREATE TABLE users (id int PRIMARY KEY, email text, first_name text, "lastName" text);
CREATE TABLE orders (id int, user_id int, total numeric);`;
const NAMES: readonly (readonly [string, string])[] = [
  ['unknown table', 'SELECT * FROM user_s'],
  ['unknown table in schema', 'SELECT * FROM public.userz'],
  ['unknown schema', 'SELECT * FROM nope.users'],
  ['unknown table in insert', 'INSERT INTO userz VALUES (1)'],
  ['unknown table in update', 'UPDATE userz SET id = 1'],
  ['unknown table in delete', 'DELETE FROM userz'],
  ['unknown table in join', 'SELECT 1 FROM users u JOIN ordrs o ON o.user_id = u.id'],
  ['unknown column', 'SELECT emial FROM users'],
  ['unknown column near match', 'SELECT first_nam FROM users'],
  ['camel case unquoted', 'SELECT lastName FROM users'],
  ['camel case quoted wrong', 'SELECT "lastname" FROM users'],
  ['qualified unknown column', 'SELECT u.emial FROM users u'],
  ['column of other table via alias', 'SELECT u.total FROM users u JOIN orders o ON o.user_id = u.id'],
  ['table name instead of alias', 'SELECT users.id FROM users u'],
  ['missing from clause entry', 'SELECT orders.id FROM users'],
  ['unknown column in where', 'SELECT id FROM users WHERE mail = 1'],
  ['unknown column in order by', 'SELECT id FROM users ORDER BY created_at'],
  ['unknown column in insert list', 'INSERT INTO users (id, mail) VALUES (1, 2)'],
  ['unknown column in update set', "UPDATE users SET mail = 'x'"],
  ['unknown column in update where', 'UPDATE users SET email = null WHERE mail = 1'],
  ['unknown column in returning', 'INSERT INTO users (id) VALUES (1) RETURNING mail'],
  ['unknown column in on conflict', 'INSERT INTO users (id) VALUES (1) ON CONFLICT (mail) DO NOTHING'],
  [
    'unknown column in excluded',
    'INSERT INTO users (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET email = excluded.mail',
  ],
  ['ambiguous column', 'SELECT id FROM users JOIN orders ON orders.user_id = users.id'],
  ['unknown column in group by', 'SELECT count(*) FROM users GROUP BY mail'],
  ['unknown function', 'SELECT lowr(email) FROM users'],
  ['function wrong arg types', 'SELECT substr(1, 2, 3, 4)'],
  ['operator missing', "SELECT id FROM users WHERE id = 'a'::text"],
  ['operator jsonb text', "SELECT '{}'::jsonb @> 'a'::text"],
  ['function with param unknown types', 'SELECT coalesce(1, $$a$$::text)'],
  ['type mismatch in insert', "INSERT INTO users (id) VALUES ('1'::text)"],
  ['type mismatch in update', "UPDATE users SET id = 'x'::text"],
  ['boolean where int', 'SELECT id FROM users WHERE id'],
  ['case branches mismatched', "SELECT CASE WHEN true THEN 1 ELSE 'a'::text END"],
  ['union types mismatched', "SELECT 1 UNION SELECT 'a'::text"],
  ['in list mismatched', "SELECT 1 IN ('a'::text)"],
  ['column default mismatch', "ALTER TABLE users ALTER id SET DEFAULT 'x'::text"],
];
for (const [label, sql] of NAMES) {
  add(`names: ${label}`, [sql], T);
  add(`names: ${label} extended`, [withParams(sql.replace('$$a$$', "'a'"))], T);
}
add('names: undefined column after multi statement', ['SELECT 1; SELECT emial FROM users'], T);
add('names: undefined column third statement', ['SELECT 1;\nSELECT 2;\n  SELECT emial FROM users'], T);
add('names: position with unicode literal before', ["SELECT 'ñandú', emial FROM users"], T);
add('names: position in multiline extended', [withParams('SELECT id,\n       emial\n  FROM users')], T);
add('names: position after dollar quoted', ['SELECT $q$ a $ b $q$ AS s, emial FROM users'], T);
add('names: position after comment block', ['/* emial */ SELECT -- comment\n emial FROM users'], T);
add('names: missing from in update returning', ['UPDATE users SET email = null RETURNING orders.id'], T);
add('names: column hint quoted case', ['SELECT "LastName" FROM users'], T);
add('names: column hint two candidates', ['SELECT u.emailx FROM users u, users v'], T);
add('names: function unknown in schema', ['SELECT public.nope(1)'], T);
add('names: function unknown with param', [withParams('SELECT lowr($1)', 'x')], T);
add('names: operator unknown with params', [withParams('SELECT $1::int + $2::text AS v', 1, 'x')], T);

// ---------------------------------------------------------------- 42P07 and duplicates as migrations meet them
add('42P07 create table twice', ['CREATE TABLE dup (a int)', 'CREATE TABLE dup (a int)']);
add('42P07 create table if not exists notice', [
  'CREATE TABLE dup (a int)',
  'CREATE TABLE IF NOT EXISTS dup (a int)',
]);
add('42P07 index name clashes with table', ['CREATE TABLE dup (a int)', 'CREATE INDEX dup ON dup (a)']);
add('42P07 index twice', [
  'CREATE TABLE dup (a int)',
  'CREATE INDEX dup_i ON dup (a)',
  'CREATE INDEX dup_i ON dup (a)',
]);
add('42P07 index if not exists', [
  'CREATE TABLE dup (a int)',
  'CREATE INDEX dup_i ON dup (a)',
  'CREATE INDEX IF NOT EXISTS dup_i ON dup (a)',
]);
add('42P07 constraint name clashes with index', [
  'CREATE TABLE dup (a int)',
  'CREATE INDEX dup_k ON dup (a)',
  'ALTER TABLE dup ADD CONSTRAINT dup_k UNIQUE (a)',
]);
add('42710 constraint name twice on table', [
  'CREATE TABLE dup (a int)',
  'ALTER TABLE dup ADD CONSTRAINT c1 CHECK (a > 0)',
  'ALTER TABLE dup ADD CONSTRAINT c1 CHECK (a < 9)',
]);
add('42P07 sequence vs table', ['CREATE TABLE dup (a int)', 'CREATE SEQUENCE dup']);
add('42P07 serial sequence name taken', [
  'CREATE SEQUENCE dup_a_seq',
  'CREATE TABLE dup (a serial)',
  "SELECT pg_get_serial_sequence('dup', 'a') AS s",
]);
add('42P07 view twice', ['CREATE VIEW dv AS SELECT 1 AS a', 'CREATE VIEW dv AS SELECT 1 AS a']);
add('42P07 create or replace view changing column', [
  'CREATE VIEW dv AS SELECT 1 AS a',
  "CREATE OR REPLACE VIEW dv AS SELECT 'x'::text AS a",
]);
add('42P07 temp table twice', ['CREATE TEMP TABLE dup (a int)', 'CREATE TEMP TABLE dup (a int)']);
add('42P07 in transaction then 25P02', [
  'CREATE TABLE dup (a int)',
  'BEGIN',
  'CREATE TABLE dup (a int)',
  'SELECT 1',
  'ROLLBACK',
]);
add('42P07 duplicate in one multi statement string', [
  'CREATE TABLE dup (a int); CREATE TABLE dup (a int)',
  'SELECT count(*) AS n FROM pg_class WHERE relname = $$dup$$',
]);

// ---------------------------------------------------------------- 42804 and friends on writes
add('42804 insert boolean into int', ['CREATE TABLE w (a int)', 'INSERT INTO w VALUES (true)']);
add('42804 insert int into boolean', ['CREATE TABLE w (a boolean)', 'INSERT INTO w VALUES (1)']);
add('42804 insert jsonb into text[]', ['CREATE TABLE w (a text[])', `INSERT INTO w VALUES ('{}'::jsonb)`]);
add('42804 insert date into int', ['CREATE TABLE w (a int)', 'INSERT INTO w VALUES (current_date)']);
add('42804 update timestamp into date ok', [
  'CREATE TABLE w (a date)',
  "INSERT INTO w VALUES ('2024-01-01')",
  "UPDATE w SET a = '2024-01-02 10:00'::timestamp RETURNING a::text AS a",
]);
add('42804 insert select column mismatch', [
  'CREATE TABLE w (a int)',
  'CREATE TABLE v (b boolean)',
  'INSERT INTO w SELECT b FROM v',
]);
add('42804 where not boolean', ['CREATE TABLE w (a int)', 'SELECT a FROM w WHERE a + 1']);
add('42804 check not boolean', ['CREATE TABLE w (a int CHECK (a + 1))']);
add('42804 param typed mismatch', [
  'CREATE TABLE w (a int)',
  withParams('INSERT INTO w VALUES ($1::boolean)', true),
]);
add('42804 returning type fine', [
  'CREATE TABLE w (a int)',
  withParams('INSERT INTO w VALUES ($1) RETURNING a', '5'),
]);
add('42804 values list types', ["SELECT * FROM (VALUES (1), ('a'::text)) AS v(x)"]);
add('42804 array element mismatch', ["SELECT ARRAY[1, 'a'::text] AS v"]);
add('42804 coalesce mismatch', ["SELECT coalesce(1, 'a'::text) AS v"]);

export default list.cases;
