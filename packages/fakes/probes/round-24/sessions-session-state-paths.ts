// Round 24 probe, area E part 3: session state reached by paths a statement's text does not name:
// sequences advanced by defaults, ALTER TABLE and triggers; advisory locks through SQL-standard
// function bodies, views and triggers; currval read through defaults and functions.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r24 E paths: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const S = `CREATE TABLE ser (id serial PRIMARY KEY, name text); INSERT INTO ser (name) VALUES ('a'), ('b');`;

add(
  'seq: update set id = default advances the sequence of that session only',
  ["UPDATE ser SET id = DEFAULT WHERE name = 'a'", two("SELECT currval('ser_id_seq')")],
  S,
);
add(
  'seq: update set default then lastval on the other',
  ["UPDATE ser SET id = DEFAULT WHERE name = 'a'", two('SELECT lastval()')],
  S,
);
add(
  'seq: update set default then currval on the same',
  ["UPDATE ser SET id = DEFAULT WHERE name = 'a'", "SELECT currval('ser_id_seq')"],
  S,
);
add(
  'seq: alter table add serial column fills rows, other session currval',
  ['ALTER TABLE ser ADD COLUMN n serial', two("SELECT currval('ser_n_seq')")],
  S,
);
add(
  'seq: alter table add identity column fills rows, other session lastval',
  ['ALTER TABLE ser ADD COLUMN k int GENERATED ALWAYS AS IDENTITY', two('SELECT lastval()')],
  S,
);
add(
  'seq: alter table add identity then same session lastval',
  ['ALTER TABLE ser ADD COLUMN k int GENERATED ALWAYS AS IDENTITY', 'SELECT lastval()'],
  S,
);
add(
  'seq: create table as with a serial? no: select into',
  [
    'CREATE TABLE c2 AS SELECT name FROM ser',
    'ALTER TABLE c2 ADD COLUMN id bigserial',
    two('SELECT lastval()'),
  ],
  S,
);
add(
  'seq: trigger calls nextval on update, other session currval',
  [
    'CREATE SEQUENCE audit_seq',
    "CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('audit_seq'); RETURN NEW; END $$",
    'CREATE TRIGGER t BEFORE UPDATE ON ser FOR EACH ROW EXECUTE FUNCTION bump()',
    "UPDATE ser SET name = 'z' WHERE id = 1",
    two("SELECT currval('audit_seq')"),
  ],
  S,
);
add('seq: function calling nextval in a select, other session currval', [
  'CREATE SEQUENCE fs',
  "CREATE FUNCTION nx() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('fs') $$",
  'SELECT nx()',
  two("SELECT currval('fs')"),
]);
add('seq: sql-standard function body calling nextval, other session lastval', [
  'CREATE SEQUENCE fs',
  "CREATE FUNCTION nx() RETURNS bigint LANGUAGE sql RETURN nextval('fs')",
  'SELECT nx()',
  two('SELECT lastval()'),
]);
add('seq: currval read through a column default on the other', [
  'CREATE SEQUENCE ps',
  "CREATE TABLE kid (id int, parent bigint DEFAULT currval('ps'))",
  "SELECT nextval('ps')",
  two('INSERT INTO kid (id) VALUES (1) RETURNING parent'),
]);
add('seq: currval read through a function on the other', [
  'CREATE SEQUENCE ps',
  "CREATE FUNCTION cv() RETURNS bigint LANGUAGE sql AS $$ SELECT currval('ps') $$",
  "SELECT nextval('ps')",
  two('SELECT cv()'),
]);
add('seq: lastval read through a view on the other', [
  'CREATE SEQUENCE ps',
  'CREATE VIEW lv AS SELECT lastval() AS v',
  "SELECT nextval('ps')",
  two('SELECT v FROM lv'),
]);
add('seq: currval in a view on the same session', [
  'CREATE SEQUENCE ps',
  "CREATE VIEW cvv AS SELECT currval('ps') AS v",
  "SELECT nextval('ps')",
  'SELECT v FROM cvv',
]);

add('advisory: sql-standard function body takes the lock, other tries', [
  'CREATE FUNCTION take(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
  'SELECT take(5)',
  two('SELECT take(5) AS got'),
]);
add('advisory: begin atomic body takes the lock, other tries', [
  'CREATE FUNCTION take2(k bigint) RETURNS boolean LANGUAGE sql BEGIN ATOMIC SELECT pg_try_advisory_lock(k); END',
  'SELECT take2(6)',
  two('SELECT pg_try_advisory_lock(6) AS got'),
]);
add('advisory: a view takes the lock, other tries', [
  'CREATE VIEW lk AS SELECT pg_try_advisory_lock(7) AS got',
  'SELECT got FROM lk',
  two('SELECT got FROM lk'),
]);
add('advisory: a trigger takes the lock, other tries', [
  'CREATE TABLE ev (id int)',
  'CREATE FUNCTION lk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock(NEW.id); RETURN NEW; END $$',
  'CREATE TRIGGER t BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION lk()',
  'INSERT INTO ev VALUES (8)',
  two('SELECT pg_try_advisory_lock(8) AS got'),
]);
add('advisory: a plpgsql function takes the lock, other calls it', [
  'CREATE FUNCTION grab(k int) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN pg_try_advisory_lock(k); END $$',
  'SELECT grab(9)',
  two('SELECT grab(9) AS got'),
]);
add('advisory: quoted schema-qualified function name', [
  'SELECT "pg_catalog"."pg_advisory_lock"(10)',
  two('SELECT pg_catalog.pg_try_advisory_lock(10) AS got'),
]);
add('advisory: a column default takes the lock, other inserts', [
  'CREATE TABLE dl (id int, got boolean DEFAULT pg_try_advisory_lock(11))',
  'INSERT INTO dl (id) VALUES (1)',
  two('INSERT INTO dl (id) VALUES (2) RETURNING got'),
]);
add('advisory: prepared statement takes the lock, other executes the same', [
  'PREPARE p AS SELECT pg_try_advisory_lock(12)',
  'EXECUTE p',
  two('PREPARE p AS SELECT pg_try_advisory_lock(12)'),
  two('EXECUTE p'),
]);
add('advisory: sql-standard body unlock on the other', [
  'CREATE FUNCTION rel(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_advisory_unlock(k)',
  'SELECT pg_advisory_lock(13)',
  two('SELECT rel(13) AS v'),
]);
add('temp: sql-standard function body reads a temp table of the other', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO tt VALUES (1)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM pg_temp.tt)',
  two('SELECT cnt()'),
]);

export default list.cases;
