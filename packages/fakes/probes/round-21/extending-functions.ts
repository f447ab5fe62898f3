// Round 21 probe, extending: PostgreSQL 15 docs 38.5 "Query Language (SQL) Functions" and CREATE
// FUNCTION: SQL bodies (string and BEGIN ATOMIC), composite/SETOF/TABLE results, OUT and INOUT
// parameters, defaults and named notation, VARIADIC, overload resolution (10.3) with 42725,
// STRICT, volatility, SET clauses, SECURITY DEFINER, and the pg_proc rows they make.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: functions: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- basics from 38.5
add('SQL function returning int', [
  "CREATE FUNCTION one() RETURNS int AS 'SELECT 1 AS result' LANGUAGE sql",
  'SELECT one() AS v',
]);
add('SQL function void', [
  'CREATE TABLE emp (name text, salary numeric)',
  "INSERT INTO emp VALUES ('a', 10), ('b', 1)",
  "CREATE FUNCTION clean_emp() RETURNS void AS 'DELETE FROM emp WHERE salary < 5' LANGUAGE sql",
  'SELECT clean_emp() AS v',
  'SELECT count(*) AS c FROM emp',
]);
add('SQL function positional and named args', [
  'CREATE FUNCTION add_em(x integer, y integer) RETURNS integer AS $$ SELECT x + y; $$ LANGUAGE sql',
  'SELECT add_em(1, 2) AS answer, add_em(y => 5, x => 1) AS named, add_em(1, y := 9) AS mixed',
]);
add('SQL function dollar args', [
  'CREATE FUNCTION add_em(integer, integer) RETURNS integer AS $$ SELECT $1 + $2; $$ LANGUAGE sql',
  'SELECT add_em(1, 2) AS answer',
]);
add('SQL function last statement result', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; SELECT 2 $$',
  'SELECT f() AS v',
]);
add('SQL function returning first row only', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT x FROM generate_series(5, 7) x ORDER BY x DESC $$',
  'SELECT f() AS v',
]);
add('SQL function with no rows returns null', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 WHERE false $$',
  'SELECT f() IS NULL AS v',
]);
add('SQL function result type mismatch is 42P13', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 'a'::text $$",
]);
add('SQL function result needs implicit cast int8', [
  'CREATE FUNCTION f() RETURNS int8 LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT f() AS v, pg_typeof(f())::text AS t',
]);
add('SQL function result numeric from int', [
  'CREATE FUNCTION f() RETURNS numeric LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT f() AS v',
]);
add('SQL function result int from int8 is 42P13', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1::int8 $$',
]);
add('SQL function result text from varchar', [
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a'::varchar $$",
  'SELECT f() AS v',
]);
add('SQL function result unknown literal to text', [
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a' $$",
  'SELECT f() AS v',
]);
add('SQL function result varchar from unknown', [
  "CREATE FUNCTION f() RETURNS varchar LANGUAGE sql AS $$ SELECT 'abc' $$",
  'SELECT f() AS v, pg_typeof(f())::text AS t',
]);
add('SQL function two columns for scalar is 42P13', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1, 2 $$',
]);
add('SQL function body syntax error', ['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELEC 1 $$']);
add('SQL function body missing table', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT a FROM nope $$',
]);
add('SQL function body missing table check_function_bodies off', [
  'SET check_function_bodies = off',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT a FROM nope $$',
  'SELECT f() AS v',
]);
add('SQL function with no body statement for int is 42P13', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ $$',
]);
add('SQL function referencing missing parameter', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $2 $$',
]);
add('SQL function parameter name shadows column', [
  'CREATE TABLE t (x int)',
  'INSERT INTO t VALUES (1), (2)',
  'CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM t WHERE t.x = f.x $$',
  'SELECT f(2) AS v',
]);
add('SQL function parameter qualified by function name', [
  'CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT f.x * 2 $$',
  'SELECT f(21) AS v',
]);
add('SQL function modifying and returning', [
  'CREATE TABLE bank (id int, balance numeric)',
  'INSERT INTO bank VALUES (17, 100)',
  `CREATE FUNCTION tf1 (accountno integer, debit numeric) RETURNS numeric AS $$
    UPDATE bank SET balance = balance - debit WHERE id = accountno;
    SELECT balance FROM bank WHERE id = accountno; $$ LANGUAGE sql`,
  'SELECT tf1(17, 100.0) AS v',
]);
add('SQL function RETURNING', [
  'CREATE TABLE bank (id int, balance numeric)',
  'INSERT INTO bank VALUES (17, 100)',
  `CREATE FUNCTION tf1 (accountno integer, debit numeric) RETURNS numeric AS $$
    UPDATE bank SET balance = balance - debit WHERE id = accountno RETURNING balance; $$ LANGUAGE sql`,
  'SELECT tf1(17, 40) AS v',
]);

// ---------------------------------------------------------------- BEGIN ATOMIC
add('BEGIN ATOMIC body', [
  'CREATE FUNCTION f(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END',
  'SELECT f(2, 3) AS v',
]);
add('RETURN body', ['CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a * 10', 'SELECT f(4) AS v']);
add('RETURN body with unknown literal', [
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql RETURN 'x'",
  'SELECT f() AS v',
]);
add('BEGIN ATOMIC with two statements', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f(a int) RETURNS bigint LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (a); SELECT count(*) FROM t; END',
  'SELECT f(1) AS a',
  'SELECT f(2) AS b',
]);
add('BEGIN ATOMIC body depends on table', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t; END',
  'DROP TABLE t',
]);
add('BEGIN ATOMIC body dropped by CASCADE', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t; END',
  'DROP TABLE t CASCADE',
  "SELECT count(*) AS c FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
]);
add('BEGIN ATOMIC missing table at create', [
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM nope; END',
]);
add('BEGIN ATOMIC with check_function_bodies off still resolves', [
  'SET check_function_bodies = off',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM nope; END',
]);
add('BEGIN ATOMIC prosrc and prosqlbody', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a + 1',
  "SELECT prosrc, prosqlbody IS NOT NULL AS has_body FROM pg_proc WHERE proname = 'f'",
]);
add('BEGIN ATOMIC pg_get_functiondef', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + 1',
  "SELECT pg_get_functiondef('f'::regproc) AS v",
]);
add('string body pg_get_functiondef', [
  "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql STRICT AS 'SELECT a + 1'",
  "SELECT pg_get_functiondef('f'::regproc) AS v",
]);
add('BEGIN ATOMIC in plpgsql is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql BEGIN ATOMIC SELECT 1; END',
]);
add('RETURN body with polymorphic is 0A000', [
  'CREATE FUNCTION f(a anyelement) RETURNS anyelement LANGUAGE sql RETURN a',
]);

// ---------------------------------------------------------------- composite results, OUT params
const EMP = `CREATE TABLE emp (name text, salary numeric, age integer, cubicle point);
INSERT INTO emp VALUES ('Bill', 4200, 45, '(2,1)'), ('Sam', 1000, 30, '(1,1)');`;
add(
  'composite argument',
  [
    'CREATE FUNCTION double_salary(emp) RETURNS numeric AS $$ SELECT $1.salary * 2 AS salary; $$ LANGUAGE sql',
    "SELECT name, double_salary(emp.*) AS dream FROM emp WHERE emp.cubicle ~= point '(2,1)'",
  ],
  EMP,
);
add(
  'composite argument whole-row name',
  [
    'CREATE FUNCTION double_salary(emp) RETURNS numeric AS $$ SELECT $1.salary * 2 AS salary; $$ LANGUAGE sql',
    'SELECT name, double_salary(emp) AS dream FROM emp ORDER BY name',
  ],
  EMP,
);
add(
  'composite argument ROW constructor',
  [
    'CREATE FUNCTION double_salary(emp) RETURNS numeric AS $$ SELECT $1.salary * 2 AS salary; $$ LANGUAGE sql',
    "SELECT double_salary(ROW('x', 5, 1, point '(0,0)')) AS v",
  ],
  EMP,
);
add(
  'composite result new_emp',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT text 'None' AS name, 1000.0 AS salary, 25 AS age, point '(2,2)' AS cubicle; $$ LANGUAGE sql`,
    'SELECT (new_emp()).name AS n, new_emp() AS whole',
    'SELECT * FROM new_emp()',
    'SELECT name(new_emp()) AS functional',
  ],
  EMP,
);
add(
  'composite result ROW form',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT ROW('None', 1000.0, 25, '(2,2)')::emp; $$ LANGUAGE sql`,
    'SELECT * FROM new_emp()',
  ],
  EMP,
);
add(
  'composite result wrong column type',
  [`CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT 'None', 1000.0, 'x', point '(2,2)'; $$ LANGUAGE sql`],
  EMP,
);
add(
  'composite result too few columns',
  [`CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT 'None'::text, 1000.0; $$ LANGUAGE sql`],
  EMP,
);
add(
  'composite field without parens is error',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT ROW('None', 1000.0, 25, '(2,2)')::emp; $$ LANGUAGE sql`,
    'SELECT new_emp().name',
  ],
  EMP,
);
add('OUT parameters', [
  "CREATE FUNCTION add_em (IN x int, IN y int, OUT sum int) AS 'SELECT x + y' LANGUAGE sql",
  'SELECT add_em(3, 7) AS v, pg_typeof(add_em(3, 7))::text AS t',
]);
add('two OUT parameters record', [
  "CREATE FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int) AS 'SELECT x + y, x * y' LANGUAGE sql",
  'SELECT * FROM sum_n_product(11, 42)',
  'SELECT sum_n_product(2, 3) AS r, pg_typeof(sum_n_product(2, 3))::text AS t',
  'SELECT (sum_n_product(2, 3)).product AS p',
]);
add('INOUT parameter', [
  "CREATE FUNCTION sq(INOUT x int) AS 'SELECT x * x' LANGUAGE sql",
  'SELECT sq(7) AS v',
]);
add('OUT params with RETURNS mismatch', [
  'CREATE FUNCTION f(OUT a int, OUT b int) RETURNS int AS $$ SELECT 1, 2 $$ LANGUAGE sql',
]);
add('OUT params with RETURNS record ok', [
  "CREATE FUNCTION f(OUT a int, OUT b text) RETURNS record AS $$ SELECT 1, 'x' $$ LANGUAGE sql",
  'SELECT * FROM f()',
]);
add('OUT params catalog', [
  'CREATE FUNCTION f(x int, OUT a int, INOUT b text) AS $$ SELECT x, b $$ LANGUAGE sql',
  "SELECT pronargs, proargmodes::text AS modes, proargnames::text AS names, prorettype::regtype::text AS rt, pg_get_function_arguments(oid) AS args, pg_get_function_identity_arguments(oid) AS ident, pg_get_function_result(oid) AS res FROM pg_proc WHERE proname = 'f'",
]);
add('drop function with OUT params by IN signature', [
  'CREATE FUNCTION f(x int, OUT a int, OUT b int) AS $$ SELECT x, x $$ LANGUAGE sql',
  'DROP FUNCTION f(int)',
]);
add('drop function listing OUT params too', [
  'CREATE FUNCTION f(x int, OUT a int, OUT b int) AS $$ SELECT x, x $$ LANGUAGE sql',
  'DROP FUNCTION f(int, OUT int, OUT int)',
]);
add('record-returning function needs column list', [
  "CREATE FUNCTION f() RETURNS record AS $$ SELECT 1, 'a'::text $$ LANGUAGE sql",
  'SELECT * FROM f()',
]);
add('record-returning function with column list', [
  "CREATE FUNCTION f() RETURNS record AS $$ SELECT 1, 'a'::text $$ LANGUAGE sql",
  'SELECT * FROM f() AS (a int, b text)',
]);
add('record-returning function with wrong column list', [
  "CREATE FUNCTION f() RETURNS record AS $$ SELECT 1, 'a'::text $$ LANGUAGE sql",
  'SELECT * FROM f() AS (a int, b int)',
]);

// ---------------------------------------------------------------- SETOF and TABLE
add('SETOF composite', [
  'CREATE TABLE foo (fooid int, foosubid int, fooname text)',
  "INSERT INTO foo VALUES (1, 1, 'Joe'), (1, 2, 'Ed'), (2, 1, 'Mary')",
  'CREATE FUNCTION getfoo(int) RETURNS SETOF foo AS $$ SELECT * FROM foo WHERE fooid = $1; $$ LANGUAGE sql',
  'SELECT * FROM getfoo(1) AS t1 ORDER BY foosubid',
]);
add('SETOF with OUT params', [
  'CREATE TABLE tab (y int, z int)',
  'INSERT INTO tab VALUES (1, 2), (3, 4), (5, 6)',
  'CREATE FUNCTION sum_n_product_with_tab (x int, OUT sum int, OUT product int) RETURNS SETOF record AS $$ SELECT $1 + tab.y, $1 * tab.y FROM tab; $$ LANGUAGE sql',
  'SELECT * FROM sum_n_product_with_tab(10) ORDER BY 1',
]);
add('RETURNS TABLE', [
  'CREATE TABLE tab (y int, z int)',
  'INSERT INTO tab VALUES (1, 2), (3, 4)',
  'CREATE FUNCTION sum_n_product_with_tab (x int) RETURNS TABLE(sum int, product int) AS $$ SELECT $1 + tab.y, $1 * tab.y FROM tab; $$ LANGUAGE sql',
  'SELECT * FROM sum_n_product_with_tab(10) ORDER BY 1',
  "SELECT proretset, prorettype::regtype::text AS rt, proargmodes::text AS modes FROM pg_proc WHERE proname = 'sum_n_product_with_tab'",
]);
add('RETURNS TABLE with OUT is error', [
  'CREATE FUNCTION f(OUT a int) RETURNS TABLE(b int) AS $$ SELECT 1 $$ LANGUAGE sql',
]);
add('SETOF in select list', [
  "CREATE FUNCTION listchildren(text) RETURNS SETOF text AS $$ SELECT x FROM (VALUES ($1 || '1'), ($1 || '2')) v(x) $$ LANGUAGE sql",
  "SELECT listchildren('Top') AS v",
  "SELECT name, listchildren(name) AS c FROM (VALUES ('a'), ('b')) n(name) ORDER BY 1, 2",
]);
add('SETOF int with LATERAL', [
  'CREATE FUNCTION upto(int) RETURNS SETOF int AS $$ SELECT generate_series(1, $1) $$ LANGUAGE sql',
  'SELECT n, u FROM (VALUES (1), (3)) v(n), LATERAL upto(n) u ORDER BY 1, 2',
]);
add('SETOF WITH ORDINALITY', [
  "CREATE FUNCTION letters() RETURNS SETOF text AS $$ VALUES ('a'), ('b') $$ LANGUAGE sql",
  'SELECT * FROM letters() WITH ORDINALITY AS l(x, n)',
]);
add('SETOF returning zero rows', [
  'CREATE FUNCTION none() RETURNS SETOF int AS $$ SELECT 1 WHERE false $$ LANGUAGE sql',
  'SELECT count(*) AS c FROM none()',
  'SELECT none() AS v',
]);
add('set returning function in WHERE is error', [
  'CREATE FUNCTION upto(int) RETURNS SETOF int AS $$ SELECT generate_series(1, $1) $$ LANGUAGE sql',
  'SELECT 1 WHERE upto(2) = 1',
]);
add('set returning function in CASE is error', [
  'CREATE FUNCTION upto(int) RETURNS SETOF int AS $$ SELECT generate_series(1, $1) $$ LANGUAGE sql',
  'SELECT CASE WHEN true THEN upto(2) END',
]);
add('ROWS hint in catalog', [
  'CREATE FUNCTION upto(int) RETURNS SETOF int AS $$ SELECT generate_series(1, $1) $$ LANGUAGE sql ROWS 42 COST 7',
  "SELECT prorows, procost FROM pg_proc WHERE proname = 'upto'",
]);
add('ROWS on non-set function is error', [
  'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql ROWS 5',
]);

// ---------------------------------------------------------------- defaults
const DEF = `CREATE FUNCTION foo(a int, b int DEFAULT 2, c int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 + $3 $$;`;
add('defaults all given', ['SELECT foo(10, 20, 30) AS v'], DEF);
add('defaults one omitted', ['SELECT foo(10, 20) AS v'], DEF);
add('defaults two omitted', ['SELECT foo(10) AS v'], DEF);
add('defaults none given is 42883', ['SELECT foo() AS v'], DEF);
add('defaults named skip middle', ['SELECT foo(10, c => 100) AS v'], DEF);
add('defaults named before positional is error', ['SELECT foo(b => 1, 10) AS v'], DEF);
add('defaults named twice is error', ['SELECT foo(10, b => 1, b => 2) AS v'], DEF);
add('defaults named unknown parameter', ['SELECT foo(10, d => 1) AS v'], DEF);
add('defaults named for positional already given', ['SELECT foo(10, a => 1) AS v'], DEF);
add(
  'defaults catalog',
  [
    "SELECT pronargdefaults, pg_get_function_arguments(oid) AS args, pg_get_expr(proargdefaults, 0) AS defs FROM pg_proc WHERE proname = 'foo'",
  ],
  DEF,
);
add('default before non-default is 42P13', [
  'CREATE FUNCTION f(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('default of wrong type is error', [
  "CREATE FUNCTION f(a int DEFAULT 'x') RETURNS int LANGUAGE sql AS $$ SELECT a $$",
]);
add('parameter name used twice is 42P13', [
  'CREATE FUNCTION f(a int, a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('parameter name used twice IN and OUT', [
  'CREATE FUNCTION f(a int, OUT a int) LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('OUT parameter with default is 42P13', [
  'CREATE FUNCTION f(OUT a int DEFAULT 1) LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('default with table reference is error', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f(a int DEFAULT t.x) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
]);
add('default with aggregate is error', [
  'CREATE FUNCTION f(a int DEFAULT max(1)) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
]);
add('setof parameter is 42P13', [
  'CREATE FUNCTION f(a SETOF int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('shell type parameter in SQL function', [
  'CREATE TYPE sh',
  'CREATE FUNCTION f(a sh) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('shell type parameter in plpgsql function', [
  'CREATE TYPE sh',
  'CREATE FUNCTION f(a sh) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
]);
add('procedure OUT after default is 42P13', [
  'CREATE PROCEDURE p(a int DEFAULT 1, OUT b int) LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('procedure VARIADIC non-array', ['CREATE PROCEDURE p(VARIADIC a int) LANGUAGE sql AS $$ SELECT 1 $$']);
add('TABLE function with INOUT is error', [
  'CREATE FUNCTION f(INOUT a int) RETURNS TABLE(b int) AS $$ SELECT 1 $$ LANGUAGE sql',
]);
add('parameter of missing type', [
  'CREATE FUNCTION f(a nosuchtype) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('parameter of pseudo-type trigger', [
  'CREATE FUNCTION f(a trigger) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('RETURNS TABLE column of missing type', [
  'CREATE FUNCTION f() RETURNS TABLE(b nosuchtype) AS $$ SELECT 1 $$ LANGUAGE sql',
]);
add('VARIADIC with default', [
  'CREATE FUNCTION f(VARIADIC a int[] DEFAULT ARRAY[1]) RETURNS int LANGUAGE sql AS $$ SELECT cardinality(a) $$',
  'SELECT f() AS v, f(5, 6) AS w',
]);
add('two VARIADIC parameters', [
  'CREATE FUNCTION f(VARIADIC a int[], VARIADIC b int[]) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('VARIADIC OUT parameter', [
  'CREATE FUNCTION f(a int, VARIADIC OUT b int[]) LANGUAGE sql AS $$ SELECT ARRAY[a] $$',
]);
add('default with = syntax', [
  'CREATE FUNCTION f(a int = 5) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'SELECT f() AS v',
]);
add('default refers to other parameter is error', [
  'CREATE FUNCTION f(a int, b int DEFAULT a) RETURNS int LANGUAGE sql AS $$ SELECT b $$',
]);
add('default with subquery is error', [
  'CREATE FUNCTION f(a int DEFAULT (SELECT 1)) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
]);
add('default expression evaluated per call', [
  'CREATE SEQUENCE s',
  "CREATE FUNCTION f(a bigint DEFAULT nextval('s')) RETURNS bigint LANGUAGE sql AS $$ SELECT a $$",
  'SELECT f() AS a',
  'SELECT f() AS b',
]);
add('overload with defaults makes call ambiguous', [
  "CREATE FUNCTION g(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'one' $$",
  "CREATE FUNCTION g(a int, b int DEFAULT 1) RETURNS text LANGUAGE sql AS $$ SELECT 'two' $$",
  'SELECT g(1) AS v',
]);
add('overload with defaults two args unambiguous', [
  "CREATE FUNCTION g(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'one' $$",
  "CREATE FUNCTION g(a int, b int DEFAULT 1) RETURNS text LANGUAGE sql AS $$ SELECT 'two' $$",
  'SELECT g(1, 2) AS v',
]);
add('replace removing default is error', [
  DEF.trim(),
  'CREATE OR REPLACE FUNCTION foo(a int, b int, c int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT 0 $$',
]);
add('replace changing parameter name is error', [
  DEF.trim(),
  'CREATE OR REPLACE FUNCTION foo(x int, b int DEFAULT 2, c int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT 0 $$',
]);
add('replace changing return type is error', [
  DEF.trim(),
  'CREATE OR REPLACE FUNCTION foo(a int, b int DEFAULT 2, c int DEFAULT 3) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$',
]);
add('replace keeps oid and body changes', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
  'SELECT f() AS v',
]);
add('create duplicate function is 42723', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
]);
add('create function differing only by OUT is 42723', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "CREATE FUNCTION f(a int, OUT b text) LANGUAGE sql AS $$ SELECT 'x' $$",
]);

// ---------------------------------------------------------------- VARIADIC
const VAR =
  'CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric AS $$ SELECT min($1[i]) FROM generate_subscripts($1, 1) g(i); $$ LANGUAGE sql;';
add('variadic call', ['SELECT mleast(10, -1, 5, 4.4) AS v'], VAR);
add('variadic one argument', ['SELECT mleast(3) AS v'], VAR);
add('variadic no arguments is 42883', ['SELECT mleast() AS v'], VAR);
add('variadic explicit array', ['SELECT mleast(VARIADIC ARRAY[10, -1, 5, 4.4]) AS v'], VAR);
add('variadic explicit empty array', ['SELECT mleast(VARIADIC ARRAY[]::numeric[]) AS v'], VAR);
add('variadic array without keyword is error', ['SELECT mleast(ARRAY[10, -1]) AS v'], VAR);
add('variadic named notation', ['SELECT mleast(VARIADIC arr => ARRAY[10, -1, 5, 4.4]) AS v'], VAR);
add('variadic named without VARIADIC is error', ['SELECT mleast(arr => 10) AS v'], VAR);
add('variadic with unknown args', ["SELECT mleast('1', '2') AS v"], VAR);
add(
  'variadic catalog',
  [
    "SELECT provariadic::regtype::text AS pv, proargmodes::text AS m, pg_get_function_arguments(oid) AS a FROM pg_proc WHERE proname = 'mleast'",
  ],
  VAR,
);
add('variadic non-array is 42P13', [
  'CREATE FUNCTION f(VARIADIC a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('variadic not last is 42P13', [
  'CREATE FUNCTION f(VARIADIC a int[], b int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('variadic any is allowed only for C', [
  'CREATE FUNCTION f(VARIADIC a "any") RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
add('variadic with fixed arg', [
  'CREATE FUNCTION j(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS $$ SELECT array_to_string(parts, sep) $$',
  "SELECT j('-', 'a', 'b', 'c') AS v, j('-', VARIADIC ARRAY['x']) AS w",
]);
add('variadic with int args to text is 42883', [
  'CREATE FUNCTION j(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS $$ SELECT array_to_string(parts, sep) $$',
  "SELECT j('-', 1, 2) AS v",
]);
add('variadic anyarray polymorphic', [
  'CREATE FUNCTION cnt(VARIADIC a anyarray) RETURNS int LANGUAGE sql AS $$ SELECT cardinality(a) $$',
  "SELECT cnt(1, 2, 3) AS a, cnt('x', 'y') AS b",
]);
add('variadic anyarray mixed types', [
  'CREATE FUNCTION cnt(VARIADIC a anyarray) RETURNS int LANGUAGE sql AS $$ SELECT cardinality(a) $$',
  'SELECT cnt(1, 2.5) AS a',
]);
add('variadic anyarray mismatched types', [
  'CREATE FUNCTION cnt(VARIADIC a anyarray) RETURNS int LANGUAGE sql AS $$ SELECT cardinality(a) $$',
  "SELECT cnt(1, 'x'::text) AS a",
]);
add('variadic anycompatiblearray mixed', [
  'CREATE FUNCTION firstof(VARIADIC a anycompatiblearray) RETURNS anycompatible LANGUAGE sql AS $$ SELECT a[1] $$',
  'SELECT firstof(1, 2.5) AS a, pg_typeof(firstof(1, 2.5))::text AS t',
]);
add('builtin variadic concat_ws explicit', ["SELECT concat_ws(',', VARIADIC ARRAY['a', 'b']) AS v"]);
add('builtin format variadic', ["SELECT format('%s-%s', VARIADIC ARRAY['a', 'b']) AS v"]);
add('builtin format variadic null array', ["SELECT format('x%sy', VARIADIC NULL::text[]) AS v"]);
add('builtin num_nulls variadic', [
  'SELECT num_nulls(VARIADIC ARRAY[1, NULL, NULL]) AS v, num_nonnulls(1, NULL, 2) AS w',
]);

// ---------------------------------------------------------------- overload resolution 10.3
const OVL = `CREATE FUNCTION ov(int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$;
CREATE FUNCTION ov(text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$;
CREATE FUNCTION ov(float8) RETURNS text LANGUAGE sql AS $$ SELECT 'float8' $$;
CREATE FUNCTION ov(int, int) RETURNS text LANGUAGE sql AS $$ SELECT 'int,int' $$;
CREATE FUNCTION ov(numeric, numeric) RETURNS text LANGUAGE sql AS $$ SELECT 'numeric,numeric' $$;`;
for (const [name, call] of [
  ['int', 'ov(1)'],
  ['int2', 'ov(1::int2)'],
  ['int8 goes to float8', 'ov(1::int8)'],
  ['numeric goes to float8', 'ov(1.5)'],
  ['unknown goes to text', "ov('1')"],
  ['varchar goes to text', "ov('a'::varchar)"],
  ['float4 goes to float8', 'ov(1::float4)'],
  ['bool no match', 'ov(true)'],
  ['null', 'ov(NULL)'],
  ['int int', 'ov(1, 2)'],
  ['int numeric', 'ov(1, 2.5)'],
  ['int8 int8', 'ov(1::int8, 2::int8)'],
  ['unknown unknown', "ov('1', '2')"],
  ['int unknown', "ov(1, '2')"],
  ['float8 int no match', 'ov(1.0::float8, 1)'],
  ['text text no match', "ov('a'::text, 'b'::text)"],
  ['date no match', "ov('2020-01-01'::date)"],
  ['oid goes to int? ', 'ov(5::oid)'],
  ['char goes to text', "ov('a'::char)"],
  ['name goes to text', "ov('a'::name)"],
  ['int2 int8', 'ov(1::int2, 2::int8)'],
]) {
  add(`overload ${name}`, [`SELECT ${call} AS v`], OVL);
}
add('overload docs round 4.56', ['SELECT round(4, 4) AS v, pg_typeof(round(4, 4))::text AS t']);
add('overload docs substr unknown', ["SELECT substr('1234', 3) AS v"]);
add('overload docs substr varchar', ["SELECT substr(varchar '1234', 3) AS v"]);
add('overload docs substr int is 42883', ['SELECT substr(1234, 3) AS v']);
add('overload docs substr int cast', ['SELECT substr(CAST (1234 AS text), 3) AS v']);
add('overload docs abs unknown', ["SELECT abs('-4.5') AS v, pg_typeof(abs('-4.5'))::text AS t"]);
add('overload docs length unknown', ["SELECT length('abc') AS v"]);
add('overload docs variadic vs non', [
  "CREATE FUNCTION public.variadic_example(VARIADIC numeric[]) RETURNS int LANGUAGE sql AS 'SELECT 1'",
  "CREATE FUNCTION public.variadic_example(numeric) RETURNS int LANGUAGE sql AS 'SELECT 2'",
  'SELECT public.variadic_example(0) AS a, public.variadic_example(0.0) AS b, public.variadic_example(VARIADIC array[0.0]) AS c',
]);
add('overload docs variadic only', [
  "CREATE FUNCTION public.variadic_example(VARIADIC numeric[]) RETURNS int LANGUAGE sql AS 'SELECT 1'",
  'SELECT public.variadic_example(0) AS a, public.variadic_example(0.0) AS b',
]);
add('overload search path earlier schema wins', [
  'CREATE SCHEMA s1',
  "CREATE FUNCTION s1.which(int) RETURNS text LANGUAGE sql AS $$ SELECT 's1' $$",
  "CREATE FUNCTION public.which(int) RETURNS text LANGUAGE sql AS $$ SELECT 'public' $$",
  'SET search_path = s1, public',
  'SELECT which(1) AS v',
  'SET search_path = public, s1',
  'SELECT which(1) AS w',
]);
add('overload exact match in later schema beats cast in earlier', [
  'CREATE SCHEMA s1',
  "CREATE FUNCTION s1.which(numeric) RETURNS text LANGUAGE sql AS $$ SELECT 's1 numeric' $$",
  "CREATE FUNCTION public.which(int) RETURNS text LANGUAGE sql AS $$ SELECT 'public int' $$",
  'SET search_path = s1, public',
  'SELECT which(1) AS v',
]);
add('overload ambiguous across schemas', [
  'CREATE SCHEMA s1',
  "CREATE FUNCTION s1.amb(int, numeric) RETURNS text LANGUAGE sql AS $$ SELECT 'a' $$",
  "CREATE FUNCTION public.amb(numeric, int) RETURNS text LANGUAGE sql AS $$ SELECT 'b' $$",
  'SET search_path = s1, public',
  'SELECT amb(1, 1) AS v',
]);
add('function call on missing function with hint', ['SELECT no_such_function(1, 2) AS v']);
add('function call wrong arg types with hint', ['SELECT lower(1) AS v']);
add('function call schema missing', ['SELECT nosuch.f() AS v']);
add('function call as a column of a table', [
  'CREATE TABLE t (x int)',
  'INSERT INTO t VALUES (1)',
  'CREATE FUNCTION dbl(t) RETURNS int LANGUAGE sql AS $$ SELECT $1.x * 2 $$',
  'SELECT t.dbl AS v FROM t',
  'SELECT dbl(t) AS w FROM t',
]);
add('regprocedure lookup of overload', [
  "SELECT 'abs(int)'::regprocedure::text AS a, 'abs(numeric)'::regprocedure::text AS b",
]);
add('regproc of overloaded name is 42725', ["SELECT 'abs'::regproc AS v"]);
add('regprocedure missing overload', ["SELECT 'abs(text)'::regprocedure AS v"]);
add('to_regprocedure missing overload is null', [
  "SELECT to_regprocedure('abs(text)') IS NULL AS v, to_regproc('abs') IS NULL AS w",
]);
add('drop overloaded function without args is 42725', [
  'CREATE FUNCTION d(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION d(text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION d',
]);
add('drop unique function without args', [
  'CREATE FUNCTION d(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION d',
  "SELECT count(*) AS c FROM pg_proc WHERE proname = 'd'",
]);
add('drop function wrong signature is 42883', [
  'CREATE FUNCTION d(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION d(text)',
]);
add('drop function if exists missing', ['DROP FUNCTION IF EXISTS nope(int)']);
add('drop function of missing type', ['DROP FUNCTION IF EXISTS nope(nosuchtype)']);
add('drop two functions one statement', [
  'CREATE FUNCTION d1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION d2() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION d1(), d2()',
]);
add('drop routine', ['CREATE FUNCTION d1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$', 'DROP ROUTINE d1()']);
add('drop procedure on a function is 42809', [
  'CREATE FUNCTION d1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP PROCEDURE d1()',
]);
add('drop aggregate on a function is 42809', [
  'CREATE FUNCTION d1(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP AGGREGATE d1(int)',
]);
add('drop function on aggregate is 42809', ['DROP FUNCTION sum(int)']);

// ---------------------------------------------------------------- STRICT, volatility
add('STRICT returns null on null input', [
  'CREATE FUNCTION s(a int, b int) RETURNS int LANGUAGE sql STRICT AS $$ SELECT coalesce(a, 0) + coalesce(b, 0) $$',
  'SELECT s(1, NULL) IS NULL AS v, s(1, 2) AS w',
]);
add('CALLED ON NULL INPUT runs', [
  'CREATE FUNCTION s(a int, b int) RETURNS int LANGUAGE sql CALLED ON NULL INPUT AS $$ SELECT coalesce(a, 0) + coalesce(b, 0) $$',
  'SELECT s(1, NULL) AS v',
]);
add('RETURNS NULL ON NULL INPUT catalog', [
  'CREATE FUNCTION s(a int) RETURNS int LANGUAGE sql RETURNS NULL ON NULL INPUT AS $$ SELECT a $$',
  "SELECT proisstrict, provolatile, proparallel, prosecdef, proleakproof, prokind FROM pg_proc WHERE proname = 's'",
]);
add('STRICT set returning function with null gives no rows', [
  'CREATE FUNCTION upto(int) RETURNS SETOF int LANGUAGE sql STRICT AS $$ SELECT generate_series(1, $1) $$',
  'SELECT count(*) AS c FROM upto(NULL)',
]);
add('conflicting volatility is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE VOLATILE AS $$ SELECT 1 $$',
]);
add('conflicting strictness is error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql STRICT CALLED ON NULL INPUT AS $$ SELECT 1 $$',
]);
add('volatility catalog', [
  'CREATE FUNCTION fi() RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$',
  'CREATE FUNCTION fs() RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT 1 $$',
  'CREATE FUNCTION fv() RETURNS int LANGUAGE sql LEAKPROOF AS $$ SELECT 1 $$',
  "SELECT proname, provolatile, proparallel, proleakproof FROM pg_proc WHERE proname IN ('fi', 'fs', 'fv') ORDER BY 1",
]);
add('immutable function in index expression', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE t (x int)',
  'CREATE INDEX ON t (twice(x))',
  'INSERT INTO t VALUES (3)',
  'SELECT x FROM t WHERE twice(x) = 6',
]);
add('volatile function in index expression is 42P17', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE t (x int)',
  'CREATE INDEX ON t (twice(x))',
]);
add('stable function in index expression is 42P17', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql STABLE AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE t (x int)',
  'CREATE INDEX ON t (twice(x))',
]);
add('volatile function in generated column is 42P17', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE t (x int, y int GENERATED ALWAYS AS (twice(x)) STORED)',
]);
add('immutable function in generated column', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE t (x int, y int GENERATED ALWAYS AS (twice(x)) STORED)',
  'INSERT INTO t (x) VALUES (4)',
  'SELECT * FROM t',
]);
add('volatile function evaluated per row', [
  'CREATE SEQUENCE s',
  "CREATE FUNCTION nx() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT nextval('s') $$",
  'SELECT nx() AS v FROM generate_series(1, 3) ORDER BY 1',
]);
add('immutable function modifying data is error at run', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION bad() RETURNS int LANGUAGE sql IMMUTABLE AS $$ INSERT INTO t VALUES (1); SELECT 1 $$',
]);
add('stable SQL function with INSERT fails at create', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION bad() RETURNS int LANGUAGE sql STABLE AS $$ INSERT INTO t VALUES (1) RETURNING x $$',
]);

// ---------------------------------------------------------------- SET clauses and SECURITY
add('SET clause applies within function', [
  "CREATE FUNCTION ds() RETURNS text LANGUAGE sql SET datestyle = 'German' AS $$ SELECT '2020-01-02'::date::text $$",
  'SELECT ds() AS v',
  "SELECT '2020-01-02'::date::text AS after",
]);
add('SET search_path clause', [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.t (x int)',
  'INSERT INTO s1.t VALUES (5)',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql SET search_path = s1 AS $$ SELECT x FROM t $$',
  'SELECT f() AS v',
]);
add('SET FROM CURRENT', [
  'SET extra_float_digits = 1',
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql SET extra_float_digits FROM CURRENT AS $$ SELECT current_setting('extra_float_digits') $$",
  'RESET extra_float_digits',
  'SELECT f() AS v',
  "SELECT proconfig::text AS c FROM pg_proc WHERE proname = 'f'",
]);
add('SET clause catalog', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET work_mem = '8MB' SET search_path = public, pg_temp AS $$ SELECT 1 $$",
  "SELECT proconfig::text AS c FROM pg_proc WHERE proname = 'f'",
]);
add('SET clause invalid value', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET work_mem = 'lots' AS $$ SELECT 1 $$",
]);
add('SET clause unknown setting', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql SET no_such = 1 AS $$ SELECT 1 $$',
]);
add('ALTER FUNCTION SET and RESET', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "ALTER FUNCTION f() SET work_mem = '16MB'",
  "SELECT proconfig::text AS c FROM pg_proc WHERE proname = 'f'",
  'ALTER FUNCTION f() RESET ALL',
  "SELECT proconfig IS NULL AS c FROM pg_proc WHERE proname = 'f'",
]);
add('ALTER FUNCTION attributes', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() IMMUTABLE STRICT SECURITY DEFINER COST 3',
  "SELECT provolatile, proisstrict, prosecdef, procost FROM pg_proc WHERE proname = 'f'",
]);
add('ALTER FUNCTION RENAME and SET SCHEMA', [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() RENAME TO g',
  'ALTER FUNCTION g() SET SCHEMA s1',
  'SELECT s1.g() AS v',
]);
add('ALTER FUNCTION RENAME to existing is 42723', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
  'ALTER FUNCTION f() RENAME TO g',
]);
add('SECURITY DEFINER catalog', [
  'CREATE FUNCTION f() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ SELECT current_user::text $$',
  "SELECT prosecdef, f() AS who FROM pg_proc WHERE proname = 'f'",
]);
add('COMMENT ON FUNCTION', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "COMMENT ON FUNCTION f(int) IS 'hello'",
  "SELECT obj_description('f(int)'::regprocedure, 'pg_proc') AS v",
]);
add('function with unsupported language', ['CREATE FUNCTION f() RETURNS int LANGUAGE plperl AS $$ 1 $$']);
add('function with no language', ['CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$']);
add('function returning shell type', [
  'CREATE TYPE sh',
  'CREATE FUNCTION f() RETURNS sh LANGUAGE sql AS $$ SELECT NULL $$',
]);
add('function with array parameter of domain', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  'CREATE FUNCTION f(pos) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'SELECT f(3) AS v',
  'SELECT f(-3) AS w',
]);
add('function returning domain checks result', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  'CREATE FUNCTION f(int) RETURNS pos LANGUAGE sql AS $$ SELECT $1 $$',
  'SELECT f(3) AS v, pg_typeof(f(3))::text AS t',
  'SELECT f(-3) AS w',
]);
add('function taking table type and table drop', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION f(t) RETURNS int LANGUAGE sql AS $$ SELECT $1.x $$',
  'DROP TABLE t',
]);
add('information_schema.routines of SQL function', [
  'CREATE FUNCTION f(a int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT a::text $$',
  "SELECT routine_type, data_type, routine_body, external_language, is_deterministic, security_type FROM information_schema.routines WHERE routine_schema = 'public' AND routine_name = 'f'",
]);
add('information_schema.parameters of SQL function', [
  'CREATE FUNCTION f(a int, INOUT b text, OUT c numeric) LANGUAGE sql AS $$ SELECT b, 1.0 $$',
  "SELECT ordinal_position, parameter_mode, parameter_name, data_type FROM information_schema.parameters WHERE specific_schema = 'public' AND specific_name LIKE 'f\\_%' ORDER BY 1",
]);

export default list.cases;
