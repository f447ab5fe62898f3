// Round 17 probe, errors part 3: syntax and reference errors (PostgreSQL 15 Appendix A class 42
// and 2B), as an application's mistakes raise them, with their positions and hints.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 errors: syntax: ');
const T = `CREATE TABLE users (id int PRIMARY KEY, name text, email text, created_at date);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, total numeric, name text);
INSERT INTO users VALUES (1, 'ann', 'a@x', '2024-01-01'), (2, 'bob', 'b@x', '2024-02-01');
INSERT INTO orders VALUES (10, 1, 5, 'o1'), (11, 1, 7, 'o2');`;

// ---------------------------------------------------------------- 42601 syntax error
const SYNTAX = [
  'SELEC 1',
  'SELECT FROM WHERE',
  'SELECT 1 +',
  'SELECT (1',
  'SELECT 1)',
  "SELECT 'abc",
  'SELECT * FROM users WHERE',
  'SELECT * FROM users ORDER',
  'SELECT * FROM users LIMIT',
  'SELECT id name, FROM users',
  'SELECT id FROM users GROUP id',
  'INSERT INTO users VALUES',
  'INSERT INTO users (id name) VALUES (1)',
  'INSERT users VALUES (3)',
  'UPDATE users name = 1',
  'UPDATE users SET',
  'DELETE users WHERE id = 1',
  'CREATE TABLE',
  'CREATE TABLE x (id int,)',
  'CREATE TABLE x (id)',
  'ALTER TABLE users ADD',
  'DROP TABLE',
  'SELECT * FROM users WHERE id = = 1',
  'SELECT * FROM users u JOIN orders o',
  'SELECT * FROM users u JOIN orders o ON',
  'SELECT CASE WHEN true THEN 1',
  'SELECT 1 AS select',
  'SELECT * FROM select',
  'SELECT id FROM users WHERE name = "ann"',
  'SELECT id FROM users; SELEC 2',
  'WITH x AS (SELECT 1) ',
  'WITH x (SELECT 1) SELECT * FROM x',
  'SELECT * FROM users WHERE id IN ()',
  'SELECT ARRAY[1, 2',
  'SELECT $$abc',
  'SELECT 1 UNION',
  'SELECT id FROM users ORDER BY id DESC ASC',
  'SELECT id FROM users FOR',
  'INSERT INTO users (id) VALUES (1) ON CONFLICT DO',
  'SELECT count(*) FILTER WHERE true FROM users',
  'SELECT 1 FROM users WINDOW',
  'CREATE INDEX ON',
  'SELECT 1 2',
  'SELECT *, FROM users',
  'SELECT * FROM users WHERE name LIKE',
  'SELECT id::: int FROM users',
  'BEGIN TRANSACTION ISOLATION LEVEL WHATEVER',
  'SELECT * FROM users AS',
  'SELECT 1 FROM users WHERE id BETWEEN 1',
  'VALUES (1), (2',
];
for (const sql of SYNTAX) list.add(`42601 ${sql}`, [sql], T);
list.add('42601 parameters extended', [withParams('SELECT * FROM users WHERE id = $1 AND', 1)], T);
list.add('42601 multi-line position', ['SELECT id,\n  name\nFROM users\nWHER id = 1'], T);
list.add('42601 after comment', ['-- leading comment\nSELECT 1 +'], T);
list.add('42601 with unicode before', ["SELECT 'ééé' AS x, FROM users"], T);
list.add('42601 returning without list', ['INSERT INTO users (id) VALUES (9) RETURNING'], T);
list.add('42601 too many values', ["INSERT INTO users (id) VALUES (9, 'x')"], T);
list.add('42601 too many columns', ['INSERT INTO users (id, name) VALUES (9)'], T);
list.add('42601 values lists differ', ["INSERT INTO users (id, name) VALUES (8, 'a'), (9)"], T);
list.add('42601 set multiple assignment count', ['UPDATE users SET (id, name) = (1)'], T);
list.add('42601 unterminated quoted identifier', ['SELECT "id FROM users'], T);
list.add('42601 zero-length identifier', ['SELECT "" FROM users'], T);
list.add('42601 trailing junk after parameters', [withParams('SELECT $1::int AS v x y', 1)]);
list.add('42601 nested comment unterminated', ['SELECT 1 /* a /* b */']);
list.add('42601 DO without body', ['DO']);

// ---------------------------------------------------------------- 42703 undefined column
const COLS = [
  'SELECT nme FROM users',
  'SELECT users.nme FROM users',
  'SELECT u.nme FROM users u',
  'SELECT id FROM users WHERE emial = 1',
  'SELECT id FROM users ORDER BY nam',
  'SELECT id FROM users GROUP BY nam',
  'UPDATE users SET nme = 1',
  'UPDATE users SET name = 1 WHERE nme = 2',
  'INSERT INTO users (id, nme) VALUES (1, 2)',
  'DELETE FROM users WHERE nme = 1',
  'SELECT "Name" FROM users',
  'SELECT createdat FROM users',
  'SELECT created FROM users',
  'SELECT userid FROM orders',
  'SELECT o.userid FROM orders o',
  'SELECT x FROM users',
  'SELECT u.id FROM users u JOIN orders o ON o.usr = u.id',
  'SELECT id FROM users RETURNING nope',
  'INSERT INTO users (id) VALUES (9) RETURNING nme',
  'SELECT id FROM users WHERE id IN (SELECT usr_id FROM orders)',
  'SELECT (SELECT nme FROM users LIMIT 1) AS v',
  'WITH c AS (SELECT id FROM users) SELECT name FROM c',
  'SELECT t.x FROM (SELECT 1 AS y) AS t',
  'CREATE INDEX ON users (nme)',
  'ALTER TABLE users DROP COLUMN nme',
  'ALTER TABLE users RENAME COLUMN nme TO z',
  'SELECT id FROM users ORDER BY users.nme',
  'SELECT count(nme) FROM users',
  'SELECT id FROM users u WHERE u.emai IS NULL',
  'SELECT users.id FROM users u',
  'INSERT INTO users (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET name = excluded.nme',
  'INSERT INTO users (id) VALUES (1) ON CONFLICT (nme) DO NOTHING',
  'SELECT id FROM users WHERE EXISTS (SELECT 1 FROM orders WHERE orders.uid = users.id)',
  'SELECT id, sum(totl) FROM orders GROUP BY id',
  'SELECT NEW.id FROM users',
  'SELECT id FROM users WHERE name = ann',
];
for (const sql of COLS) list.add(`42703 ${sql}`, [sql], T);
list.add('42703 quoted camel column', ['CREATE TABLE q ("userId" int)', 'SELECT userId FROM q']);
list.add('42703 quoted camel column insert', [
  'CREATE TABLE q ("userId" int)',
  'INSERT INTO q (userId) VALUES (1)',
]);
list.add('42703 column of composite', [
  'CREATE TYPE pair AS (a int, b int)',
  'SELECT (ROW(1, 2)::pair).c AS v',
]);
list.add('42703 record field', ['SELECT (x).c FROM (SELECT ROW(1, 2) AS x) AS t']);

// ---------------------------------------------------------------- 42702 ambiguous column
for (const sql of [
  'SELECT id FROM users JOIN orders ON orders.user_id = users.id',
  'SELECT name FROM users, orders',
  'SELECT u.id FROM users u JOIN orders o ON user_id = u.id WHERE name = 1',
  'SELECT id FROM users, orders ORDER BY id',
  'SELECT users.id FROM users JOIN orders ON true GROUP BY name',
  'SELECT 1 FROM users JOIN orders USING (id) WHERE name IS NULL',
])
  list.add(`42702 ${sql}`, [sql], T);
list.add('ORDER BY output name ambiguous 42702', ['SELECT id AS a, name AS a FROM users ORDER BY a'], T);

// ---------------------------------------------------------------- 42P01 undefined table
for (const sql of [
  'SELECT * FROM user_s',
  'SELECT * FROM public.nope',
  'SELECT * FROM nope.users',
  'INSERT INTO nope VALUES (1)',
  'UPDATE nope SET a = 1',
  'DELETE FROM nope',
  'SELECT * FROM users JOIN nope ON true',
  'SELECT nope.id FROM users',
  'SELECT id FROM "Users"',
  'DROP TABLE nope',
  'ALTER TABLE nope ADD COLUMN a int',
  'TRUNCATE nope',
  'CREATE INDEX ON nope (a)',
  'SELECT * FROM users u WHERE users.id = 1',
  'WITH a AS (SELECT 1) SELECT * FROM b',
  'SELECT (SELECT count(*) FROM nope) AS v',
  'LOCK TABLE nope',
  "SELECT 'nope'::regclass AS v",
  'COMMENT ON TABLE nope IS $$x$$',
  'CREATE VIEW vv AS SELECT * FROM nope',
])
  list.add(`42P01 ${sql}`, [sql], T);
list.add('42P01 schema missing 3F000', ['CREATE TABLE nope.t (a int)']);
list.add(
  '3F000 set search_path nonexistent then query',
  ['SET search_path = nope', 'SELECT * FROM users'],
  T,
);
list.add('drop table if exists notice only', ['DROP TABLE IF EXISTS nope', 'SELECT 1 AS v']);

// ---------------------------------------------------------------- 42883 undefined function
for (const sql of [
  'SELECT nofunc(1)',
  'SELECT lower(1)',
  'SELECT length(1)',
  'SELECT substr(1, 2, 3, 4)',
  'SELECT sum(name) FROM users',
  'SELECT avg(name) FROM users',
  'SELECT now(1)',
  'SELECT 1 + true',
  "SELECT 'a'::text + 1",
  'SELECT date_trunc(1, 2)',
  'SELECT id FROM users WHERE name > 1',
  'SELECT id FROM users WHERE created_at > 5',
  'SELECT jsonb_extract_path(1)',
  'SELECT array_length(ARRAY[1])',
  "SELECT coalesce(1, 'a'::text)",
  'SELECT max() FROM users',
  'SELECT users.nofunc FROM users',
  'SELECT public.nofunc()',
  'SELECT ~ true',
  "SELECT 'a' ||| 'b'",
  'SELECT uuid_generate_v4()',
  'SELECT gen_random_uuid(1)',
  'SELECT round(1.5::float8, 1)',
  'SELECT id FROM users WHERE id = ANY (1)',
  'SELECT 1 @> 2',
])
  list.add(`42883 ${sql}`, [sql], T);
list.add('42883 call with named argument wrong', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'SELECT f(b => 1) AS v',
]);
list.add('42883 drop function missing', ['DROP FUNCTION nofunc(int)']);
list.add('42883 procedure called with select', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT p()',
]);
list.add('42809 call of function', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CALL f()',
]);
list.add('42725 ambiguous function', [
  'CREATE FUNCTION f(a int, b text DEFAULT $$x$$) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION f(a int, c int DEFAULT 1) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
  'SELECT f(1) AS v',
]);

// ---------------------------------------------------------------- 42804 datatype mismatch and friends
for (const sql of [
  "SELECT CASE WHEN true THEN 1 ELSE 'a'::text END",
  'SELECT id FROM users WHERE 1',
  'SELECT id FROM users WHERE name',
  "SELECT id FROM users WHERE id = 1 AND 'x'",
  'SELECT 1 UNION SELECT true',
  "SELECT ARRAY[1, 'a'::text]",
  'SELECT coalesce(1, true)',
  'INSERT INTO users (id, created_at) VALUES (9, 1)',
  'UPDATE users SET created_at = 5',
  "INSERT INTO users (id) SELECT 'a'::text",
  'SELECT id FROM users LIMIT true',
  'SELECT id FROM users JOIN orders ON 1',
  'SELECT count(*) FROM users HAVING 1',
  "SELECT greatest(1, 'x'::text)",
  "SELECT id FROM users WHERE id IN ('a'::text)",
  'SELECT NOT 1',
  'SELECT 1 FROM users WHERE created_at BETWEEN 1 AND 2',
  'INSERT INTO orders (id, total) VALUES (99, true)',
  "VALUES (1), ('a'::text)",
])
  list.add(`42804 ${sql}`, [sql], T);
list.add('42804 alter column type no cast', [
  'CREATE TABLE q (a text)',
  "INSERT INTO q VALUES ('x')",
  'ALTER TABLE q ALTER COLUMN a TYPE int',
]);
list.add('42804 default of wrong type', ['CREATE TABLE q (a int DEFAULT $$x$$::text)']);
list.add('42846 cannot cast', ['SELECT true::date AS v']);
list.add('42846 cannot cast int to uuid', ['SELECT 1::uuid AS v']);
list.add('42846 jsonb to date', ["SELECT '1'::jsonb::date AS v"]);

// ---------------------------------------------------------------- 42P18 indeterminate / 42P08 / 42P02
list.add('42P18 untyped parameter alone', [withParams('SELECT $1 IS NULL AS v', null)]);
list.add('42P18 parameter in concat both sides', [withParams('SELECT $1 || $2 AS v', 'a', 'b')]);
list.add('42P18 polymorphic unknown', ['SELECT array_append(NULL, NULL) AS v']);
list.add('42P08 parameter conflicting types', [withParams('SELECT $1::int AS a, $1::text AS b', 1)]);
list.add('42P02 parameter missing', ['SELECT $1 AS v']);
list.add('08P01 too few parameters', [withParams('SELECT $1::int + $2::int AS v', 1)]);
list.add('08P01 too many parameters', [withParams('SELECT $1::int AS v', 1, 2)]);
list.add('42P18 polymorphic function unknown', ['SELECT array_length(NULL, 1) AS v']);

// ---------------------------------------------------------------- 42803 grouping
for (const sql of [
  'SELECT id, count(*) FROM users',
  'SELECT name, count(*) FROM users GROUP BY id HAVING email = 1',
  'SELECT u.name, count(o.id) FROM users u JOIN orders o ON o.user_id = u.id GROUP BY u.id, o.name ORDER BY o.total',
  'SELECT o.name, count(*) FROM orders o GROUP BY o.user_id',
  'SELECT count(*) FROM users WHERE count(*) > 1',
  'SELECT sum(count(*)) FROM users',
  'SELECT id FROM users GROUP BY 1 HAVING name IS NULL',
  'SELECT id FROM users ORDER BY count(*)',
  'UPDATE users SET name = max(name)',
  'SELECT count(*) FROM users GROUP BY count(*)',
  'SELECT id, row_number() OVER () FROM users GROUP BY name',
  'SELECT count(*) OVER (), id FROM users GROUP BY name',
  'SELECT id FROM users GROUP BY 5',
  'SELECT id FROM users ORDER BY 3',
  'INSERT INTO users (id) VALUES (count(*))',
  'SELECT row_number() OVER () FROM users WHERE row_number() OVER () > 1',
  'SELECT id FROM users GROUP BY row_number() OVER ()',
])
  list.add(`grouping ${sql}`, [sql], T);
list.add(
  'grouping functional dependency on pk ok',
  [
    'SELECT u.id, u.name, count(o.id) AS n FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id ORDER BY u.id',
  ],
  T,
);

// ---------------------------------------------------------------- 42P10 / 42P07 / 42710 / 42701 / 42830 / 42P16
list.add(
  '42P10 order by in union not column',
  ['SELECT id FROM users UNION SELECT id FROM orders ORDER BY name'],
  T,
);
list.add('42P10 distinct on mismatch', ['SELECT DISTINCT ON (name) id, name FROM users ORDER BY id'], T);
list.add('42P10 select distinct order by not in list', ['SELECT DISTINCT name FROM users ORDER BY id'], T);
list.add('42P07 create table exists', ['CREATE TABLE users (a int)'], T);
list.add(
  '42P07 create index exists',
  ['CREATE INDEX i ON users (name)', 'CREATE INDEX i ON users (email)'],
  T,
);
list.add('42P07 create sequence exists', ['CREATE SEQUENCE s', 'CREATE SEQUENCE s']);
list.add('42P07 create view name of table', ['CREATE VIEW users AS SELECT 1 AS a'], T);
list.add('42P07 rename to existing', ['ALTER TABLE orders RENAME TO users'], T);
list.add(
  'create table if not exists notice',
  ['CREATE TABLE IF NOT EXISTS users (a int)', 'SELECT count(*) AS n FROM users'],
  T,
);
list.add(
  '42710 duplicate constraint name',
  [
    'ALTER TABLE users ADD CONSTRAINT c1 CHECK (id > 0)',
    'ALTER TABLE users ADD CONSTRAINT c1 CHECK (id < 100)',
  ],
  T,
);
list.add('42710 duplicate type', ["CREATE TYPE mood AS ENUM ('a')", "CREATE TYPE mood AS ENUM ('b')"]);
list.add('42710 duplicate enum label', ["CREATE TYPE mood AS ENUM ('a')", "ALTER TYPE mood ADD VALUE 'a'"]);
list.add('42710 duplicate schema', ['CREATE SCHEMA s1', 'CREATE SCHEMA s1']);
list.add('42P06 duplicate schema code', ['CREATE SCHEMA IF NOT EXISTS s1', 'CREATE SCHEMA s1']);
list.add('42723 duplicate function', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
]);
list.add(
  '42710 duplicate trigger',
  [
    'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
    'CREATE TRIGGER tr BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION tf()',
    'CREATE TRIGGER tr BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION tf()',
  ],
  T,
);
list.add('42710 duplicate extension', ['CREATE EXTENSION pgcrypto', 'CREATE EXTENSION pgcrypto']);
list.add('42701 duplicate column in create', ['CREATE TABLE q (a int, a text)']);
list.add('42701 add existing column', ['ALTER TABLE users ADD COLUMN name text'], T);
list.add(
  'add column if not exists',
  ['ALTER TABLE users ADD COLUMN IF NOT EXISTS name text', 'SELECT count(*) AS n FROM users'],
  T,
);
list.add('42701 duplicate column in insert list', ['INSERT INTO users (id, id) VALUES (1, 2)'], T);
list.add('42701 duplicate column in update', ["UPDATE users SET name = 'a', name = 'b'"], T);
list.add('42701 rename column to existing', ['ALTER TABLE users RENAME COLUMN email TO name'], T);
list.add('42712 duplicate alias', ['SELECT 1 FROM users u, orders u'], T);
list.add('42712 table specified twice', ['SELECT 1 FROM users, users'], T);
list.add('42P16 multiple primary keys', ['CREATE TABLE q (a int PRIMARY KEY, b int PRIMARY KEY)']);
list.add('42P16 add second primary key', ['ALTER TABLE users ADD PRIMARY KEY (email)'], T);
list.add('42611 varchar zero length', ['CREATE TABLE q (a varchar(0))']);
list.add('22023 numeric precision too big', ['CREATE TABLE q (a numeric(1001))']);
list.add('42704 type missing', ['CREATE TABLE q (a nosuchtype)']);
list.add('42704 cast to missing type', ["SELECT 'a'::nosuchtype AS v"]);
list.add('42704 drop index missing', ['DROP INDEX nope']);
list.add('42704 drop type missing', ['DROP TYPE nope']);
list.add('42704 drop constraint missing', ['ALTER TABLE users DROP CONSTRAINT nope'], T);
list.add('42704 drop sequence missing', ['DROP SEQUENCE nope']);
list.add('42704 unrecognized config', ['SHOW no_such_setting']);
list.add('42704 set unrecognized', ['SET no_such_setting = 1']);
list.add('placeholder setting', ['SET app.user_id = 5', "SELECT current_setting('app.user_id') AS v"]);
list.add('42704 current_setting missing', ["SELECT current_setting('app.nope') AS v"]);
list.add('current_setting missing ok', ["SELECT current_setting('app.nope', true) AS v"]);
list.add(
  '42809 insert into view with aggregate',
  ['CREATE VIEW vv AS SELECT count(*) AS n FROM users', 'INSERT INTO vv VALUES (1)'],
  T,
);
list.add(
  '55000 update view not updatable',
  ['CREATE VIEW vv AS SELECT DISTINCT name FROM users', "UPDATE vv SET name = 'x'"],
  T,
);
list.add('42809 drop view on table', ['DROP VIEW users'], T);
list.add('42809 drop table on view', ['CREATE VIEW vv AS SELECT 1 AS a', 'DROP TABLE vv']);
list.add('42809 nextval of table', ["SELECT nextval('users') AS v"], T);
list.add('428C9 insert into generated always', [
  'CREATE TABLE q (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO q (id, v) VALUES (1, 1)',
]);
list.add('428C9 update generated always identity', [
  'CREATE TABLE q (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO q (v) VALUES (1)',
  'UPDATE q SET id = 5',
]);
list.add('428C9 insert generated column', [
  'CREATE TABLE q (a int, b int GENERATED ALWAYS AS (a + 1) STORED)',
  'INSERT INTO q VALUES (1, 2)',
]);
list.add('overriding system value ok', [
  'CREATE TABLE q (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO q (id, v) OVERRIDING SYSTEM VALUE VALUES (7, 1)',
  'SELECT id FROM q',
]);
list.add('0A000 cross-database reference', ['SELECT * FROM otherdb.public.users']);
list.add('42P19 recursive cte not recursive form', [
  'WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r, r AS r2) SELECT n FROM r',
]);
list.add('42P19 recursive cte no union', ['WITH RECURSIVE r AS (SELECT n FROM r) SELECT * FROM r']);
list.add('42P20 window function in where', ['SELECT id FROM users WHERE rank() OVER () = 1'], T);
list.add('42P20 nested window', ['SELECT sum(rank() OVER ()) OVER () FROM users'], T);
list.add('42P20 window not defined', ['SELECT rank() OVER w FROM users'], T);
list.add('42809 aggregate as window function without over', ['SELECT rank() FROM users'], T);
list.add('42601 aggregate with ORDER BY not allowed', ['SELECT lower(name ORDER BY id) FROM users'], T);

// ---------------------------------------------------------------- 2BP01 dependent objects
list.add('2BP01 drop referenced table', ['DROP TABLE users'], T);
list.add('drop cascade', ['DROP TABLE users CASCADE', 'SELECT count(*) AS n FROM orders'], T);
list.add(
  '2BP01 drop table with view',
  [
    'CREATE VIEW vv AS SELECT id FROM users',
    'DROP TABLE users CASCADE',
    'CREATE TABLE z (a int)',
    'CREATE VIEW zv AS SELECT a FROM z',
    'DROP TABLE z',
  ],
  T,
);
list.add(
  '2BP01 drop column used by view',
  ['CREATE VIEW vv AS SELECT name FROM users', 'ALTER TABLE users DROP COLUMN name'],
  T,
);
list.add('2BP01 drop type used by table', [
  "CREATE TYPE mood AS ENUM ('a')",
  'CREATE TABLE q (m mood)',
  'DROP TYPE mood',
]);
list.add('2BP01 drop domain used', ['CREATE DOMAIN d AS int', 'CREATE TABLE q (v d)', 'DROP DOMAIN d']);
list.add('2BP01 drop function used by default', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TABLE q (a int DEFAULT f())',
  'DROP FUNCTION f()',
]);
list.add('2BP01 drop sequence owned by default', [
  'CREATE SEQUENCE s',
  "CREATE TABLE q (a int DEFAULT nextval('s'))",
  'DROP SEQUENCE s',
]);
list.add('2BP01 drop schema non-empty', ['CREATE SCHEMA s1', 'CREATE TABLE s1.t (a int)', 'DROP SCHEMA s1']);
list.add('2BP01 drop view used by view', [
  'CREATE VIEW v1 AS SELECT 1 AS a',
  'CREATE VIEW v2 AS SELECT a FROM v1',
  'DROP VIEW v1',
]);
list.add('2BP01 drop unique used by fk', [
  'CREATE TABLE p (id int, CONSTRAINT p_id_key UNIQUE (id))',
  'CREATE TABLE c (pid int REFERENCES p (id))',
  'ALTER TABLE p DROP CONSTRAINT p_id_key',
]);
list.add('2BP01 drop pkey used by fk', ['ALTER TABLE users DROP CONSTRAINT users_pkey'], T);
list.add('2BP01 drop column used by fk', ['ALTER TABLE users DROP COLUMN id'], T);
list.add(
  '2BP01 alter type of column used by view',
  ['CREATE VIEW vv AS SELECT name FROM users', 'ALTER TABLE users ALTER COLUMN name TYPE varchar(10)'],
  T,
);
list.add(
  '2BP01 detail lists several',
  ['CREATE VIEW v1 AS SELECT id FROM users', 'CREATE VIEW v2 AS SELECT id FROM v1', 'DROP TABLE users'],
  T,
);

export default list.cases;
