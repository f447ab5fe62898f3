// Round 17 probe, errors part 5: what PostgreSQL 15 refuses that 16-18 accept (syntax, functions,
// constraint forms), and errors whose context names an inner query (internalQuery, where).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 errors: newer: ');
const T = `CREATE TABLE users (id int PRIMARY KEY, name text, email text);
INSERT INTO users VALUES (1, 'ann', 'a@x'), (2, 'bob', 'b@x');`;

// ---------------------------------------------------------------- syntax 16-18 added
for (const sql of [
  'SELECT 1_000',
  'SELECT 1_000 AS v',
  'SELECT 0x1F',
  'SELECT 0x1F AS v',
  'SELECT 0o17 AS v',
  'SELECT 0b101 AS v',
  'SELECT 1.5_0 AS v',
  'SELECT x FROM (SELECT 1 AS x)',
  'SELECT * FROM (VALUES (1))',
  'SELECT SYSTEM_USER AS v',
  "SELECT JSON_OBJECT('a': 1) AS v",
  'SELECT JSON_ARRAY(1, 2) AS v',
  "SELECT '{}'::jsonb IS JSON AS v",
  "SELECT JSON_EXISTS('{\"a\":1}', '$.a') AS v",
  "SELECT JSON_VALUE('{\"a\":1}', '$.a') AS v",
  "SELECT * FROM JSON_TABLE('[1]', '$[*]' COLUMNS (x int PATH '$')) AS jt",
  'SELECT any_value(id) AS v FROM users',
  "SELECT pg_input_is_valid('1', 'int') AS v",
  'SELECT random(1, 10) IS NOT NULL AS v',
  'SELECT uuidv7() IS NOT NULL AS v',
  "SELECT casefold('A') AS v",
  'SELECT array_sample(ARRAY[1], 1) AS v',
  "SELECT string_agg(name, ',' ORDER BY name) FILTER (WHERE true) AS v FROM users",
  "SELECT date_add(timestamptz '2024-01-01', interval '1 day') AS v",
  'SELECT trim_array(ARRAY[1,2,3], 1) AS v',
  "SELECT unistr('\\0041') AS v",
  "SELECT 'a' IS NFC NORMALIZED AS v",
  "SELECT timestamptz '2024-01-01 00:00+00' AT LOCAL IS NOT NULL AS v",
  "SELECT interval 'infinity' AS v",
  "SELECT '{1,2}'::int[] AS v, ARRAY[1,2][1:] AS w",
])
  list.add(sql, [sql], T);
list.add(
  'MERGE RETURNING',
  [
    "MERGE INTO users u USING (VALUES (1)) s(id) ON u.id = s.id WHEN MATCHED THEN UPDATE SET name = 'z' RETURNING u.id",
  ],
  T,
);
list.add(
  'MERGE WHEN NOT MATCHED BY SOURCE',
  ['MERGE INTO users u USING (VALUES (1)) s(id) ON u.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE'],
  T,
);
list.add(
  'RETURNING old and new',
  ["UPDATE users SET name = 'z' WHERE id = 1 RETURNING old.name, new.name"],
  T,
);
list.add('virtual generated column', ['CREATE TABLE q (a int, b int GENERATED ALWAYS AS (a * 2))']);
list.add('virtual generated column keyword', [
  'CREATE TABLE q (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)',
]);
list.add('constraint NOT ENFORCED', ['CREATE TABLE q (a int CHECK (a > 0) NOT ENFORCED)']);
list.add('primary key WITHOUT OVERLAPS', [
  'CREATE TABLE q (id int, during int4range, PRIMARY KEY (id, during WITHOUT OVERLAPS))',
]);
list.add('named NOT NULL constraint add', [
  'CREATE TABLE q (a int)',
  'ALTER TABLE q ADD CONSTRAINT a_nn NOT NULL a',
]);
list.add('not null constraint named in create', [
  'CREATE TABLE q (a int CONSTRAINT a_nn NOT NULL)',
  'INSERT INTO q VALUES (NULL)',
]);
list.add('NOT NULL NO INHERIT', ['CREATE TABLE q (a int NOT NULL NO INHERIT)']);
list.add('ALTER CONSTRAINT NOT DEFERRABLE on check', [
  'CREATE TABLE q (a int CONSTRAINT c CHECK (a > 0))',
  'ALTER TABLE q ALTER CONSTRAINT c NOT DEFERRABLE',
]);
list.add('DROP EXPRESSION generated', [
  'CREATE TABLE q (a int, b int GENERATED ALWAYS AS (a) STORED)',
  'ALTER TABLE q ALTER COLUMN b SET EXPRESSION AS (a + 1)',
]);
list.add('COPY ON_ERROR', ['CREATE TABLE q (a int)', 'COPY q FROM STDIN WITH (ON_ERROR ignore)']);
list.add('SET transaction_timeout', ["SET transaction_timeout = '1s'"]);
list.add('EXPLAIN (MEMORY)', ['EXPLAIN (MEMORY) SELECT 1']);
list.add('EXPLAIN (SERIALIZE)', ['EXPLAIN (SERIALIZE) SELECT 1']);
list.add(
  'CREATE TABLE LIKE INCLUDING ALL',
  ['CREATE TABLE q (LIKE users INCLUDING ALL)', "INSERT INTO q VALUES (1, 'x', 'y'), (1, 'z', 'w')"],
  T,
);
list.add('unique NULLS NOT DISTINCT on pk index', [
  'CREATE TABLE q (a int NOT NULL)',
  'CREATE UNIQUE INDEX q_a ON q (a) NULLS NOT DISTINCT',
  'ALTER TABLE q ADD PRIMARY KEY USING INDEX q_a',
]);
list.add('GRANT MAINTAIN', ['GRANT MAINTAIN ON users TO PUBLIC'], T);
list.add('REINDEX without name', ['REINDEX DATABASE']);
list.add('ALTER TABLE SET ACCESS METHOD DEFAULT', ['ALTER TABLE users SET ACCESS METHOD DEFAULT'], T);

// ---------------------------------------------------------------- errors with an inner query
list.add('internal query of PERFORM', ['DO $$ BEGIN PERFORM nope FROM users; END $$'], T);
list.add('internal query of dynamic EXECUTE', ["DO $$ BEGIN EXECUTE 'SELECT nope FROM users'; END $$"], T);
list.add('internal query of SQL function body at call', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 / 0 $$',
  'SELECT f() AS v',
]);
list.add(
  'SQL function body reference error at create',
  ['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT nope FROM users $$'],
  T,
);
list.add('PL/pgSQL division in assignment', [
  'CREATE FUNCTION f(x int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE y int; BEGIN y := 10 / x; RETURN y; END $$',
  'SELECT f(0) AS v',
]);
list.add(
  'PL/pgSQL insert not null',
  [
    'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN INSERT INTO users VALUES (NULL); END $$',
    'SELECT f()',
  ],
  T,
);
list.add(
  'SQL function insert unique',
  [
    "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ INSERT INTO users VALUES (1, 'x', 'y') $$",
    'SELECT f()',
  ],
  T,
);
list.add('trigger raising with where', [
  'CREATE TABLE z (a int)',
  'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := NEW.a / 0; RETURN NEW; END $$',
  'CREATE TRIGGER t BEFORE INSERT ON z FOR EACH ROW EXECUTE FUNCTION tf()',
  'INSERT INTO z VALUES (1)',
]);
list.add('cascade delete error has where', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int REFERENCES p ON DELETE CASCADE, v int CHECK (v > 0))',
  'CREATE TABLE g (cv int)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (1, 1)',
  "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no deleting' USING ERRCODE = '42501'; END $$",
  'CREATE TRIGGER t BEFORE DELETE ON c FOR EACH ROW EXECUTE FUNCTION tf()',
  'DELETE FROM p',
]);
list.add('parameter error where in extended', [withParams('SELECT $1::int + 1 AS v', 'x')]);
list.add('parameter long value where', [withParams('SELECT $1::int AS v', 'x'.repeat(100))]);
list.add('parameter quote value where', [withParams('SELECT $1::date AS v', "it's")]);
list.add('second parameter error where', [withParams('SELECT $1::int + $2::int AS v', 1, 'b')]);
list.add(
  'parameter into uuid column where',
  [withParams('INSERT INTO q VALUES ($1)', 'nope')],
  'CREATE TABLE q (u uuid)',
);
list.add('view error where', ['CREATE VIEW v AS SELECT 1 / (id - 1) AS r FROM users', 'SELECT r FROM v'], T);

export default list.cases;
