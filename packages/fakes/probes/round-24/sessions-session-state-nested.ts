// Round 24 probe, area E part 4: session state reached two levels deep.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r24 E nested: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
add('advisory: plpgsql function calling a lock function, other tries', [
  'CREATE FUNCTION take(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
  'CREATE FUNCTION outer_take(k bigint) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN take(k); END $$',
  'SELECT outer_take(3)',
  two('SELECT outer_take(3) AS got'),
]);
add('advisory: a view over a view that locks', [
  'CREATE VIEW v1 AS SELECT pg_try_advisory_lock(4) AS got',
  'CREATE VIEW v2 AS SELECT got FROM v1',
  'SELECT got FROM v2',
  two('SELECT got FROM v2'),
]);
add('advisory: a view calling a function that locks', [
  'CREATE FUNCTION grab(k int) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN pg_try_advisory_lock(k); END $$',
  'CREATE VIEW g AS SELECT grab(5) AS got',
  'SELECT got FROM g',
  two('SELECT got FROM g'),
]);
add('seq: a view over a view reading currval', [
  'CREATE SEQUENCE s',
  "CREATE VIEW c1 AS SELECT currval('s') AS v",
  'CREATE VIEW c2 AS SELECT v FROM c1',
  "SELECT nextval('s')",
  two('SELECT v FROM c2'),
  'SELECT v FROM c2',
]);
add('seq: function calling a function reading lastval', [
  'CREATE SEQUENCE s',
  'CREATE FUNCTION l1() RETURNS bigint LANGUAGE sql RETURN lastval()',
  'CREATE FUNCTION l2() RETURNS bigint LANGUAGE sql RETURN l1() + 0',
  "SELECT nextval('s')",
  two('SELECT l2()'),
  'SELECT l2()',
]);
add('seq: trigger function calling currval through a function', [
  'CREATE SEQUENCE s',
  "CREATE FUNCTION cur() RETURNS bigint LANGUAGE sql AS $$ SELECT currval('s') $$",
  'CREATE TABLE e (id int, c bigint)',
  'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.c := cur(); RETURN NEW; END $$',
  'CREATE TRIGGER t BEFORE INSERT ON e FOR EACH ROW EXECUTE FUNCTION tf()',
  "SELECT nextval('s')",
  two('INSERT INTO e (id) VALUES (1) RETURNING c'),
  'INSERT INTO e (id) VALUES (2) RETURNING c',
]);
add('plain: a function with no session state still answers on both', [
  'CREATE FUNCTION plus(a int) RETURNS int LANGUAGE sql RETURN a + 1',
  'SELECT plus(1)',
  two('SELECT plus(2)'),
]);
add('plain: a view with no session state answers on both', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (1)',
  'CREATE VIEW tv AS SELECT a FROM t',
  'SELECT a FROM tv',
  two('SELECT a FROM tv'),
]);
add('plain: a serial table inserts on both', [
  'CREATE TABLE s2 (id serial, n text)',
  "INSERT INTO s2 (n) VALUES ('a') RETURNING id",
  two("INSERT INTO s2 (n) VALUES ('b') RETURNING id"),
]);
export default list.cases;
