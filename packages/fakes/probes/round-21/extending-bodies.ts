// Round 21 probe, extending: PostgreSQL 15 docs 38.5 (SQL functions) on when a body is parsed and
// checked: 15 parses and analyses a SQL function's whole body before running any of it (so a body
// cannot use a table its own earlier statement creates), validates at CREATE under
// check_function_bodies, checks the final statement's type against the declared result, and
// inlines simple bodies. Errors in a body carry the "SQL function ... during startup" context.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: bodies: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const OFF = 'SET check_function_bodies = off';

add('body creating a table then using it fails at create', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ CREATE TABLE t (x int); INSERT INTO t VALUES (1); SELECT x FROM t $$',
]);
add('body creating a table then using it fails at call', [
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ CREATE TABLE t (x int); INSERT INTO t VALUES (1); SELECT x FROM t $$',
  'SELECT f() AS v',
]);
add('body creating a table then using it, table left behind?', [
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ CREATE TABLE t (x int); SELECT 1 $$',
  'SELECT f() AS v',
  'SELECT count(*) AS c FROM t',
]);
add('body with ALTER then using the new column at call', [
  'CREATE TABLE t (x int)',
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ ALTER TABLE t ADD COLUMN y int; SELECT y FROM t $$',
  'SELECT f() AS v',
]);
add('body with SET then a cast that depends on it', [
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SET LOCAL datestyle = 'German'; SELECT '2020-01-02'::date::text $$",
  'SELECT f() AS v',
]);
add('body missing table at call with check off', [
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT x FROM nope $$',
  'SELECT f() AS v',
]);
add('body second statement missing table at call with check off', [
  'CREATE TABLE t (x int)',
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1); SELECT x FROM nope $$',
  'SELECT f() AS v',
  'SELECT count(*) AS c FROM t',
]);
add('body type mismatch at call with check off', [
  OFF,
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 'a'::text $$",
  'SELECT f() AS v',
]);
add('body final statement not a query', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1) $$',
]);
add('body final statement not a query at call with check off', [
  'CREATE TABLE t (x int)',
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1) $$',
  'SELECT f() AS v',
  'SELECT count(*) AS c FROM t',
]);
add('body division by zero in second statement keeps first undone', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f(d int) RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1); SELECT 1 / d $$',
  'SELECT f(0) AS v',
  'SELECT count(*) AS c FROM t',
]);
add('body sees its own earlier insert', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); SELECT count(*) FROM t $$',
  'SELECT f() AS v',
]);
add('stable body does not see its own writes? volatile does', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION ins() RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1) RETURNING x $$',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM t $$',
  'SELECT ins() AS a, cnt() AS b',
]);
add('polymorphic body checked at call only', [
  'CREATE FUNCTION f(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 + 1 $$',
  'SELECT f(1) AS a',
  "SELECT f('x'::text) AS b",
]);
add('polymorphic body result mismatch at call', [
  "CREATE FUNCTION f(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT 'x'::text $$",
  'SELECT f(1) AS v',
]);
add('body with transaction control is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ COMMIT; SELECT 1 $$',
]);
add('body with transaction control at call', [
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ COMMIT; SELECT 1 $$',
  'SELECT f() AS v',
]);
add('procedure body with COMMIT in sql', [
  'CREATE TABLE t (x int)',
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ INSERT INTO t VALUES (1); COMMIT $$',
  'CALL p()',
]);
add('body with VACUUM at call', [
  OFF,
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ VACUUM; SELECT 1 $$',
  'SELECT f() AS v',
]);
add('body with COPY is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ COPY (SELECT 1) TO STDOUT; SELECT 1 $$',
]);
add('body altering table type used by later call', [
  'CREATE TABLE t (x int)',
  'INSERT INTO t VALUES (5)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT x FROM t $$',
  'SELECT f() AS a',
  'ALTER TABLE t ALTER COLUMN x TYPE int8',
  'SELECT f() AS b',
]);
add('body table dropped and recreated between calls', [
  'CREATE TABLE t (x int)',
  'INSERT INTO t VALUES (5)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT x FROM t $$',
  'SELECT f() AS a',
  'DROP TABLE t',
  'CREATE TABLE t (x text)',
  "INSERT INTO t VALUES ('7')",
  'SELECT f() AS b',
]);
add('inlined function error context', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 10 / $1 $$',
  'SELECT f(x) AS v FROM (VALUES (0)) s(x)',
]);
add('non-inlined function error context', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 10 / $1; $$',
  'SELECT f(0) AS v',
]);
add('nested SQL function error context', [
  'CREATE FUNCTION g(int) RETURNS int LANGUAGE sql AS $$ SELECT 10 / $1; $$',
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT g($1) + 1; $$',
  'SELECT f(0) AS v',
]);
add('SQL function error in setof body', [
  'CREATE FUNCTION f(int) RETURNS SETOF int LANGUAGE sql AS $$ SELECT 10 / x FROM generate_series($1, 1) x $$',
  'SELECT * FROM f(-1)',
]);
add('BEGIN ATOMIC body error context', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 10 / $1; END',
  'SELECT f(0) AS v',
]);
add('SQL function recursion', [
  'CREATE FUNCTION fact(n int) RETURNS numeric LANGUAGE sql AS $$ SELECT CASE WHEN n <= 1 THEN 1 ELSE n * fact(n - 1) END $$',
  'SELECT fact(20) AS v',
]);
add('SQL function with unknown-typed parameter use', [
  "CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || '!' $$",
  "SELECT f('a') AS a, f(NULL) AS b",
]);
add('SQL function called with int for text parameter is 42883', [
  "CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || '!' $$",
  'SELECT f(1) AS v',
]);
add('SQL function called with varchar for text parameter', [
  "CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || '!' $$",
  "SELECT f('x'::varchar(3)) AS v",
]);
add('SQL function with parameters via extended protocol', [
  'CREATE FUNCTION f(int, text) RETURNS text LANGUAGE sql AS $$ SELECT $2 || $1 $$',
  "SELECT f(3, 'n') AS v",
]);

export default list.cases;
