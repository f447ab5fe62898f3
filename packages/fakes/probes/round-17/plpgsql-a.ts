// Round 17, part A: query language (SQL) functions, PostgreSQL 15 documentation 38.5 and 4.3
// (calling notation), as a repository layer defines and calls them.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 plpgsql A: ');
const ITEMS = `CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2), qty int);
INSERT INTO item VALUES (1, 'apple', 1.50, 10), (2, 'pear', 2.25, 0), (3, 'fig', NULL, 7), (4, 'kiwi', 0.75, 3);`;
const EMP = `CREATE TABLE emp (name text PRIMARY KEY, salary numeric, age integer, cubicle point);
INSERT INTO emp VALUES ('Bill', 4200, 30, '(2,1)'), ('Ann', 5000, 45, '(1,1)'), ('Cy', 1000, 22, '(3,3)');`;

// ---------------------------------------------------------------- 38.5.1 basics
list.add('one() returns 1', [
  'CREATE FUNCTION one() RETURNS integer AS $$ SELECT 1 AS result; $$ LANGUAGE SQL',
  'SELECT one() AS v',
]);
list.add('one() in FROM names the column after the function', [
  'CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT * FROM one()',
]);
list.add('one() in FROM with an alias', [
  'CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT x.v FROM one() AS x(v)',
]);
list.add('a function body in single quotes', [
  "CREATE FUNCTION two() RETURNS int LANGUAGE sql AS 'SELECT 2'",
  'SELECT two() AS v',
]);
list.add('the last statement gives the result', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION ins_and_count() RETURNS bigint LANGUAGE sql AS $$ INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); SELECT count(*) FROM t $$',
  'SELECT ins_and_count() AS v',
  'SELECT ins_and_count() AS v',
]);
list.add('a function returning void', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION clean_t() RETURNS void LANGUAGE sql AS $$ DELETE FROM t WHERE x < 0 $$',
  'INSERT INTO t VALUES (-1), (1)',
  'SELECT clean_t() AS v',
  'SELECT x FROM t ORDER BY x',
]);
list.add('void result printed as empty text', [
  'CREATE FUNCTION nothing() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT nothing()::text = '' AS v, pg_typeof(nothing())::text AS t",
]);
list.add(
  'a single-row result takes the first row',
  [
    'CREATE FUNCTION first_id() RETURNS int LANGUAGE sql AS $$ SELECT id FROM item ORDER BY id DESC $$',
    'SELECT first_id() AS v',
  ],
  ITEMS,
);
list.add(
  'no row gives NULL',
  [
    'CREATE FUNCTION none_id() RETURNS int LANGUAGE sql AS $$ SELECT id FROM item WHERE false $$',
    'SELECT none_id() IS NULL AS v',
  ],
  ITEMS,
);
list.add('a final statement that is not a SELECT and not RETURNING is an error', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS $$ INSERT INTO t VALUES (1) $$',
]);
list.add('final INSERT ... RETURNING gives the result', [
  'CREATE TABLE t (id serial, x int)',
  'CREATE FUNCTION add_t(int) RETURNS int LANGUAGE sql AS $$ INSERT INTO t (x) VALUES ($1) RETURNING id $$',
  'SELECT add_t(5) AS a, add_t(6) AS b',
  'SELECT id, x FROM t ORDER BY id',
]);
list.add('wrong result column type is an error at creation', [
  "CREATE FUNCTION badtype() RETURNS int LANGUAGE sql AS $$ SELECT 'x'::text $$",
]);
list.add('result type int widened to bigint is allowed implicitly', [
  'CREATE FUNCTION wide() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::int $$',
  'SELECT wide() AS v, pg_typeof(wide())::text AS t',
]);
list.add('result narrowing from bigint to int needs an assignment cast (16 allows)', [
  'CREATE FUNCTION narrow() RETURNS int LANGUAGE sql AS $$ SELECT 5::bigint $$',
  'SELECT narrow() AS v',
]);
list.add('result numeric to int rounding (assignment cast)', [
  'CREATE FUNCTION rnd() RETURNS int LANGUAGE sql AS $$ SELECT 2.5::numeric $$',
  'SELECT rnd() AS v',
]);
list.add('result text to varchar', [
  "CREATE FUNCTION vc() RETURNS varchar LANGUAGE sql AS $$ SELECT 'abc'::text $$",
  'SELECT vc() AS v, pg_typeof(vc())::text AS t',
]);
list.add('a function with two result columns but a scalar return is an error', [
  'CREATE FUNCTION two_cols() RETURNS int LANGUAGE sql AS $$ SELECT 1, 2 $$',
]);
list.add('a function with an empty body returning int is an error', [
  "CREATE FUNCTION empty_body() RETURNS int LANGUAGE sql AS ''",
]);
list.add('an empty body returning void', [
  "CREATE FUNCTION empty_void() RETURNS void LANGUAGE sql AS ''",
  'SELECT empty_void() IS NULL AS v',
]);

// ---------------------------------------------------------------- 38.5.2 arguments
list.add('positional $1 and $2', [
  'CREATE FUNCTION add_em(integer, integer) RETURNS integer AS $$ SELECT $1 + $2; $$ LANGUAGE SQL',
  'SELECT add_em(1, 2) AS answer',
]);
list.add('named arguments', [
  'CREATE FUNCTION add_em(x integer, y integer) RETURNS integer AS $$ SELECT x + y; $$ LANGUAGE SQL',
  'SELECT add_em(1, 2) AS answer',
]);
list.add('a named argument qualified with the function name', [
  'CREATE FUNCTION add_em(x integer, y integer) RETURNS integer LANGUAGE SQL AS $$ SELECT add_em.x + add_em.y $$',
  'SELECT add_em(3, 4) AS answer',
]);
list.add('a column name wins over an argument name in SQL functions', [
  'CREATE TABLE c (x int)',
  'INSERT INTO c VALUES (100)',
  'CREATE FUNCTION pick(x int) RETURNS int LANGUAGE sql AS $$ SELECT x FROM c $$',
  'SELECT pick(1) AS v',
]);
list.add('debit an account with UPDATE then SELECT', [
  'CREATE TABLE bank (accountno integer PRIMARY KEY, balance numeric)',
  'INSERT INTO bank VALUES (17, 200)',
  `CREATE FUNCTION tf1 (accountno integer, debit numeric) RETURNS numeric AS $$
    UPDATE bank SET balance = balance - debit WHERE accountno = tf1.accountno;
    SELECT balance FROM bank WHERE accountno = tf1.accountno;
  $$ LANGUAGE SQL`,
  'SELECT tf1(17, 100.0) AS v',
  'SELECT balance FROM bank',
]);
list.add('debit with UPDATE ... RETURNING', [
  'CREATE TABLE bank (accountno integer PRIMARY KEY, balance numeric)',
  'INSERT INTO bank VALUES (17, 200)',
  `CREATE FUNCTION tf1 (accountno integer, debit numeric) RETURNS numeric AS $$
    UPDATE bank SET balance = balance - debit WHERE accountno = tf1.accountno RETURNING balance;
  $$ LANGUAGE SQL`,
  'SELECT tf1(17, 50) AS v',
]);
list.add('an argument cannot name a table', [
  'CREATE FUNCTION bad_tab(tname text) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM tname $$',
]);
list.add('a parameter past the last argument is an error', [
  'CREATE FUNCTION bad_p(int) RETURNS int LANGUAGE sql AS $$ SELECT $2 $$',
]);
list.add('a function called with parameters', [
  'CREATE FUNCTION add_em(x integer, y integer) RETURNS integer LANGUAGE SQL AS $$ SELECT x + y $$',
  withParams('SELECT add_em($1, $2) AS v', '20', '22'),
]);
list.add('unknown-typed literal resolves to the argument type', [
  'CREATE FUNCTION twice(t text) RETURNS text LANGUAGE sql AS $$ SELECT t || t $$',
  "SELECT twice('ab') AS v",
]);
list.add('no function matches the argument types', [
  'CREATE FUNCTION twice(t text) RETURNS text LANGUAGE sql AS $$ SELECT t || t $$',
  'SELECT twice(1) AS v',
]);
list.add('a function that does not exist', ['SELECT no_such_fn(1) AS v']);
list.add('wrong number of arguments', [
  'CREATE FUNCTION add_em(x integer, y integer) RETURNS integer LANGUAGE SQL AS $$ SELECT x + y $$',
  'SELECT add_em(1) AS v',
]);
list.add('overloading by argument type', [
  'CREATE FUNCTION kind(int) RETURNS text LANGUAGE sql AS $$ SELECT $$int$$ $$',
  "CREATE FUNCTION kind(text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$",
  "SELECT kind(1) AS a, kind('x'::text) AS b, kind('y') AS c",
]);
list.add('overloading: an unknown literal prefers text', [
  'CREATE FUNCTION kind(int) RETURNS text LANGUAGE sql AS $$ SELECT $$int$$ $$',
  'CREATE FUNCTION kind(numeric) RETURNS text LANGUAGE sql AS $$ SELECT $$numeric$$ $$',
  'SELECT kind(1) AS a, kind(1.5) AS b, kind(2::bigint) AS c',
]);
list.add('ambiguous overload is an error', [
  'CREATE FUNCTION amb(int, numeric) RETURNS text LANGUAGE sql AS $$ SELECT $$a$$ $$',
  'CREATE FUNCTION amb(numeric, int) RETURNS text LANGUAGE sql AS $$ SELECT $$b$$ $$',
  'SELECT amb(1, 1) AS v',
]);
list.add('same signature twice is an error', [
  'CREATE FUNCTION dup(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION dup(int) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
]);
list.add('argument names only differ: still the same signature', [
  'CREATE FUNCTION dup(a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION dup(b int) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
]);
list.add('duplicate argument names are an error', [
  'CREATE FUNCTION dupname(a int, a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);

// ---------------------------------------------------------------- 38.5.3 composite types
list.add(
  'a composite argument: double_salary',
  [
    `CREATE FUNCTION double_salary(emp) RETURNS numeric AS $$ SELECT $1.salary * 2 AS salary; $$ LANGUAGE SQL`,
    "SELECT name, double_salary(emp.*) AS dream FROM emp WHERE emp.cubicle ~= point '(2,1)'",
  ],
  EMP,
);
list.add(
  'a composite argument written as the table name',
  [
    'CREATE FUNCTION double_salary(emp) RETURNS numeric LANGUAGE SQL AS $$ SELECT $1.salary * 2 $$',
    'SELECT name, double_salary(emp) AS dream FROM emp ORDER BY name',
  ],
  EMP,
);
list.add(
  'a ROW constructor as a composite argument',
  [
    'CREATE FUNCTION double_salary(emp) RETURNS numeric LANGUAGE SQL AS $$ SELECT $1.salary * 2 $$',
    'SELECT name, double_salary(ROW(name, salary*1.1, age, cubicle)) AS dream FROM emp ORDER BY name',
  ],
  EMP,
);
list.add(
  'a function returning a composite: new_emp',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT text 'None' AS name, 1000.0 AS salary, 25 AS age, point '(2,2)' AS cubicle; $$ LANGUAGE SQL`,
    'SELECT new_emp()::text AS v',
    'SELECT (new_emp()).name AS n',
    'SELECT name(new_emp()) AS n',
    'SELECT * FROM new_emp()',
  ],
  EMP,
);
list.add(
  'new_emp with a ROW constructor',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT ROW('None', 1000.0, 25, '(2,2)')::emp; $$ LANGUAGE SQL`,
    'SELECT (new_emp()).salary AS s',
  ],
  EMP,
);
list.add(
  'new_emp.name without parentheses is a syntax error',
  [
    `CREATE FUNCTION new_emp() RETURNS emp AS $$ SELECT ROW('None', 1000.0, 25, '(2,2)')::emp; $$ LANGUAGE SQL`,
    'SELECT new_emp().name AS n',
  ],
  EMP,
);
list.add(
  'a composite result with columns in the wrong order is an error',
  [
    "CREATE FUNCTION bad_emp() RETURNS emp LANGUAGE SQL AS $$ SELECT 1000.0, 'None'::text, 25, point '(2,2)' $$",
  ],
  EMP,
);
list.add(
  'a composite result with too few columns is an error',
  ["CREATE FUNCTION short_emp() RETURNS emp LANGUAGE SQL AS $$ SELECT 'x'::text, 1.0::numeric $$"],
  EMP,
);
list.add(
  'getname(new_emp())',
  [
    `CREATE FUNCTION new_emp() RETURNS emp LANGUAGE SQL AS $$ SELECT ROW('None', 1000.0, 25, '(2,2)')::emp $$`,
    'CREATE FUNCTION getname(emp) RETURNS text AS $$ SELECT $1.name; $$ LANGUAGE SQL',
    'SELECT getname(new_emp()) AS v',
  ],
  EMP,
);
list.add(
  'a function as a computed column: emp.double',
  [
    'CREATE FUNCTION double(emp) RETURNS numeric LANGUAGE SQL AS $$ SELECT $1.salary * 2 $$',
    'SELECT emp.name, emp.double AS d FROM emp ORDER BY emp.name',
  ],
  EMP,
);
list.add('a composite type from CREATE TYPE', [
  'CREATE TYPE pair AS (a int, b text)',
  'CREATE FUNCTION mk(int, text) RETURNS pair LANGUAGE sql AS $$ SELECT $1, $2 $$',
  "SELECT (mk(1, 'x')).* ",
  "SELECT * FROM mk(2, 'y')",
  "SELECT mk(3, 'z')::text AS v",
]);
list.add('a composite result that is NULL', [
  'CREATE TYPE pair AS (a int, b text)',
  'CREATE FUNCTION mknull() RETURNS pair LANGUAGE sql AS $$ SELECT NULL::pair $$',
  'SELECT mknull() IS NULL AS isnull, (mknull()).a AS a',
  'SELECT * FROM mknull()',
]);
list.add('a composite result with no row', [
  'CREATE TYPE pair AS (a int, b text)',
  'CREATE FUNCTION mknone() RETURNS pair LANGUAGE sql AS $$ SELECT 1, $$x$$ WHERE false $$',
  'SELECT * FROM mknone()',
  'SELECT mknone() IS NULL AS v',
]);

// ---------------------------------------------------------------- 38.5.4 output parameters
list.add('OUT parameters: add_em with sum', [
  "CREATE FUNCTION add_em (IN x int, IN y int, OUT sum int) AS 'SELECT x + y' LANGUAGE SQL",
  'SELECT add_em(3,7) AS v',
]);
list.add('two OUT parameters: sum_n_product', [
  "CREATE FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int) AS 'SELECT x + y, x * y' LANGUAGE SQL",
  'SELECT * FROM sum_n_product(11,42)',
  'SELECT (sum_n_product(2,3)).product AS p',
  'SELECT sum_n_product(2,3)::text AS v',
]);
list.add('OUT parameters are not part of the call signature', [
  "CREATE FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int) AS 'SELECT x + y, x * y' LANGUAGE SQL",
  'SELECT * FROM sum_n_product(1, 2, 3, 4)',
]);
list.add('DROP FUNCTION names only the input arguments', [
  "CREATE FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int) AS 'SELECT x + y, x * y' LANGUAGE SQL",
  'DROP FUNCTION sum_n_product (int, int)',
  'SELECT count(*)::int AS n FROM pg_proc WHERE proname = $$sum_n_product$$',
]);
list.add('DROP FUNCTION with OUT arguments listed', [
  "CREATE FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int) AS 'SELECT x + y, x * y' LANGUAGE SQL",
  'DROP FUNCTION sum_n_product (x int, y int, OUT sum int, OUT product int)',
]);
list.add('INOUT parameter', [
  'CREATE FUNCTION inc(INOUT x int) LANGUAGE sql AS $$ SELECT x + 1 $$',
  'SELECT inc(41) AS v',
]);
list.add('INOUT and OUT together', [
  'CREATE FUNCTION split_in(INOUT x int, OUT half int) LANGUAGE sql AS $$ SELECT x * 2, x / 2 $$',
  'SELECT * FROM split_in(10)',
]);
list.add('OUT with a declared RETURNS record', [
  'CREATE FUNCTION r2(OUT a int, OUT b text) RETURNS record LANGUAGE sql AS $$ SELECT 1, $$one$$ $$',
  'SELECT * FROM r2()',
]);
list.add('OUT with a conflicting RETURNS is an error', [
  'CREATE FUNCTION r3(OUT a int, OUT b text) RETURNS int LANGUAGE sql AS $$ SELECT 1, $$one$$ $$',
]);
list.add('one OUT parameter with RETURNS of its type', [
  'CREATE FUNCTION r4(OUT a int) RETURNS int LANGUAGE sql AS $$ SELECT 7 $$',
  'SELECT * FROM r4()',
  'SELECT r4() AS v',
]);
list.add('unnamed OUT parameters become column1...', [
  'CREATE FUNCTION anon(OUT int, OUT text) LANGUAGE sql AS $$ SELECT 1, $$x$$ $$',
  'SELECT * FROM anon()',
]);

// ---------------------------------------------------------------- 38.5.5 procedures
list.add('a SQL procedure: tp1 with CALL', [
  'CREATE TABLE bank (accountno integer PRIMARY KEY, balance numeric)',
  'INSERT INTO bank VALUES (17, 200)',
  `CREATE PROCEDURE tp1 (accountno integer, debit numeric) AS $$
    UPDATE bank SET balance = balance - debit WHERE accountno = tp1.accountno;
  $$ LANGUAGE SQL`,
  'CALL tp1(17, 100.0)',
  'SELECT balance FROM bank',
]);
list.add('a procedure with an OUT parameter (CALL passes NULL)', [
  'CREATE TABLE bank (accountno integer PRIMARY KEY, balance numeric)',
  'INSERT INTO bank VALUES (17, 200)',
  `CREATE PROCEDURE tp1 (accountno integer, debit numeric, OUT new_balance numeric) AS $$
    UPDATE bank SET balance = balance - debit WHERE accountno = tp1.accountno RETURNING balance;
  $$ LANGUAGE SQL`,
  'CALL tp1(17, 100.0, NULL)',
]);
list.add('a procedure called with SELECT is an error', [
  'CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT p() AS v',
]);
list.add('a function called with CALL is an error', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CALL f()',
]);
list.add('CALL of a missing procedure', ['CALL nope()']);
list.add('a procedure with RETURNS is an error', [
  'CREATE PROCEDURE pr() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
list.add('a procedure with INOUT returns one row', [
  'CREATE PROCEDURE dbl(INOUT a int) LANGUAGE sql AS $$ SELECT a * 2 $$',
  'CALL dbl(21)',
]);
list.add('a procedure with two INOUT', [
  'CREATE PROCEDURE swap(INOUT a int, INOUT b int) LANGUAGE sql AS $$ SELECT b, a $$',
  'CALL swap(1, 2)',
]);
list.add('CALL with parameters', [
  'CREATE PROCEDURE dbl(INOUT a int) LANGUAGE sql AS $$ SELECT a * 2 $$',
  withParams('CALL dbl($1)', '5'),
]);
list.add('CALL with named notation', [
  'CREATE PROCEDURE sub(a int, INOUT r int) LANGUAGE sql AS $$ SELECT a - r $$',
  'CALL sub(r => 3, a => 10)',
]);
list.add('DROP PROCEDURE and DROP ROUTINE', [
  'CREATE PROCEDURE p1() LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE PROCEDURE p2() LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP PROCEDURE p1()',
  'DROP ROUTINE p2',
  "SELECT count(*)::int AS n FROM pg_proc WHERE proname IN ('p1', 'p2')",
]);
list.add('DROP FUNCTION on a procedure is an error', [
  'CREATE PROCEDURE p1() LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION p1()',
]);
list.add('DROP PROCEDURE on a function is an error', [
  'CREATE FUNCTION f1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP PROCEDURE f1()',
]);
list.add('DROP FUNCTION IF EXISTS a missing one', [
  'DROP FUNCTION IF EXISTS nope(int)',
  'DROP FUNCTION IF EXISTS nope',
]);
list.add('DROP FUNCTION of a missing one', ['DROP FUNCTION nope(int)']);
list.add('DROP FUNCTION without arguments when overloaded', [
  'CREATE FUNCTION ov(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION ov(text) RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
  'DROP FUNCTION ov',
]);
list.add('DROP FUNCTION of two at once', [
  'CREATE FUNCTION f1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION f2() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'DROP FUNCTION f1(), f2()',
  "SELECT count(*)::int AS n FROM pg_proc WHERE proname IN ('f1', 'f2')",
]);

// ---------------------------------------------------------------- 38.5.6 VARIADIC
list.add('VARIADIC mleast', [
  'CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric AS $$ SELECT min($1[i]) FROM generate_subscripts($1, 1) g(i); $$ LANGUAGE SQL',
  'SELECT mleast(10, -1, 5, 4.4) AS v',
  'SELECT mleast(VARIADIC ARRAY[10, -1, 5, 4.4]) AS v',
  'SELECT mleast(VARIADIC ARRAY[]::numeric[]) AS v',
]);
list.add('VARIADIC with no arguments is an error', [
  'CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric AS $$ SELECT min(x) FROM unnest(arr) x $$ LANGUAGE SQL',
  'SELECT mleast() AS v',
]);
list.add('VARIADIC named notation', [
  'CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric AS $$ SELECT min(x) FROM unnest(arr) x $$ LANGUAGE SQL',
  'SELECT mleast(VARIADIC arr => ARRAY[10, -1, 5, 4.4]) AS v',
  'SELECT mleast(arr => ARRAY[10, -1, 5, 4.4]) AS v',
]);
list.add('VARIADIC text with a leading fixed argument', [
  'CREATE FUNCTION joinwith(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS $$ SELECT array_to_string(parts, sep) $$',
  "SELECT joinwith('-', 'a', 'b', 'c') AS v, joinwith(',', 'x') AS w",
]);
list.add('VARIADIC must be last', [
  'CREATE FUNCTION badv(VARIADIC a int[], b int) RETURNS int LANGUAGE sql AS $$ SELECT b $$',
]);
list.add('VARIADIC must be an array', [
  'CREATE FUNCTION badv(VARIADIC a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
]);
list.add('VARIADIC "any"-like anyarray counting', [
  'CREATE FUNCTION nargs(VARIADIC anyarray) RETURNS int LANGUAGE sql AS $$ SELECT cardinality($1) $$',
  'SELECT nargs(1, 2, 3) AS a, nargs($$x$$::text, $$y$$) AS b',
]);

// ---------------------------------------------------------------- 38.5.7 defaults
list.add('DEFAULT values: foo', [
  'CREATE FUNCTION foo(a int, b int DEFAULT 2, c int DEFAULT 3) RETURNS int LANGUAGE SQL AS $$ SELECT $1 + $2 + $3; $$',
  'SELECT foo(10, 20, 30) AS a, foo(10, 20) AS b, foo(10) AS c',
]);
list.add('DEFAULT: too few arguments', [
  'CREATE FUNCTION foo(a int, b int DEFAULT 2, c int DEFAULT 3) RETURNS int LANGUAGE SQL AS $$ SELECT $1 + $2 + $3; $$',
  'SELECT foo() AS v',
]);
list.add('DEFAULT with = instead of DEFAULT', [
  'CREATE FUNCTION foo(a int, b int = 5) RETURNS int LANGUAGE SQL AS $$ SELECT a * b $$',
  'SELECT foo(2) AS v',
]);
list.add('a parameter after a defaulted one needs a default', [
  'CREATE FUNCTION foo(a int DEFAULT 1, b int) RETURNS int LANGUAGE SQL AS $$ SELECT a * b $$',
]);
list.add('a default referring to another parameter is an error', [
  'CREATE FUNCTION foo(a int, b int DEFAULT a) RETURNS int LANGUAGE SQL AS $$ SELECT a * b $$',
]);
list.add('a default of the wrong type', [
  "CREATE FUNCTION foo(a int DEFAULT 'x') RETURNS int LANGUAGE SQL AS $$ SELECT a $$",
]);
list.add('defaults make an overload ambiguous', [
  'CREATE FUNCTION amb(a int) RETURNS text LANGUAGE SQL AS $$ SELECT $$one$$ $$',
  'CREATE FUNCTION amb(a int, b int DEFAULT 0) RETURNS text LANGUAGE SQL AS $$ SELECT $$two$$ $$',
  'SELECT amb(1) AS v',
  'SELECT amb(1, 2) AS w',
]);
list.add('a default of now() is evaluated per call', [
  "CREATE FUNCTION stamp(t timestamptz DEFAULT '2020-01-01') RETURNS text LANGUAGE SQL AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY') $$",
  "SELECT stamp() AS a, stamp('2024-06-01') AS b",
]);

// ---------------------------------------------------------------- 4.3 calling notation
const CONCAT = `CREATE FUNCTION concat_lower_or_upper(a text, b text, uppercase boolean DEFAULT false)
RETURNS text AS $$ SELECT CASE WHEN $3 THEN UPPER($1 || ' ' || $2) ELSE LOWER($1 || ' ' || $2) END; $$
LANGUAGE SQL IMMUTABLE STRICT;`;
list.add('positional notation', ["SELECT concat_lower_or_upper('Hello', 'World', true) AS v"], CONCAT);
list.add(
  'positional notation with a default',
  ["SELECT concat_lower_or_upper('Hello', 'World') AS v"],
  CONCAT,
);
list.add('named notation', ["SELECT concat_lower_or_upper(a => 'Hello', b => 'World') AS v"], CONCAT);
list.add(
  'named notation in any order',
  [
    "SELECT concat_lower_or_upper(a => 'Hello', b => 'World', uppercase => true) AS v",
    "SELECT concat_lower_or_upper(a => 'Hello', uppercase => true, b => 'World') AS w",
  ],
  CONCAT,
);
list.add(
  'older := named notation',
  ["SELECT concat_lower_or_upper(a := 'Hello', uppercase := true, b := 'World') AS v"],
  CONCAT,
);
list.add(
  'mixed notation',
  ["SELECT concat_lower_or_upper('Hello', 'World', uppercase => true) AS v"],
  CONCAT,
);
list.add(
  'positional after named is an error',
  ["SELECT concat_lower_or_upper(a => 'Hello', 'World') AS v"],
  CONCAT,
);
list.add(
  'a named argument given twice',
  ["SELECT concat_lower_or_upper(a => 'Hello', a => 'World', b => 'x') AS v"],
  CONCAT,
);
list.add(
  'a named argument that does not exist',
  ["SELECT concat_lower_or_upper(a => 'Hello', c => 'World') AS v"],
  CONCAT,
);
list.add(
  'named argument also given by position',
  ["SELECT concat_lower_or_upper('Hello', a => 'World') AS v"],
  CONCAT,
);
list.add('STRICT with a NULL argument', ["SELECT concat_lower_or_upper('Hello', NULL) IS NULL AS v"], CONCAT);
list.add(
  'named notation with parameters',
  [withParams('SELECT concat_lower_or_upper(b => $1, a => $2) AS v', 'World', 'Hello')],
  CONCAT,
);
list.add('named notation on an unnamed-argument function', [
  'CREATE FUNCTION un(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 - $2 $$',
  'SELECT un(a => 1, b => 2) AS v',
]);
list.add('named notation is not for aggregates', ['SELECT sum(x => 1) AS v']);

// ---------------------------------------------------------------- 38.5.8-9 set-returning functions
list.add('RETURNS SETOF a table type', [
  'CREATE TABLE foo (fooid int, foosubid int, fooname text)',
  "INSERT INTO foo VALUES (1, 1, 'Joe'), (1, 2, 'Ed'), (2, 1, 'Mary')",
  'CREATE FUNCTION getfoo(int) RETURNS SETOF foo AS $$ SELECT * FROM foo WHERE fooid = $1; $$ LANGUAGE SQL',
  'SELECT * FROM getfoo(1) AS t1 ORDER BY foosubid',
  'SELECT fooname FROM getfoo(2)',
  'SELECT * FROM getfoo(3)',
]);
list.add('RETURNS SETOF in the select list', [
  'CREATE FUNCTION nums(n int) RETURNS SETOF int LANGUAGE sql AS $$ SELECT generate_series(1, n) $$',
  'SELECT nums(3) AS v ORDER BY 1',
  'SELECT count(*)::int AS n FROM nums(5)',
]);
list.add('RETURNS SETOF with OUT parameters: sum_n_product_with_tab', [
  'CREATE TABLE tab (y int, z int)',
  'INSERT INTO tab VALUES (1, 2), (3, 4), (5, 6), (7, 8)',
  'CREATE FUNCTION sum_n_product_with_tab (x int, OUT sum int, OUT product int) RETURNS SETOF record AS $$ SELECT $1 + tab.y, $1 * tab.y FROM tab; $$ LANGUAGE SQL',
  'SELECT * FROM sum_n_product_with_tab(10) ORDER BY sum',
]);
list.add('RETURNS TABLE', [
  'CREATE TABLE tab (y int, z int)',
  'INSERT INTO tab VALUES (1, 2), (3, 4)',
  'CREATE FUNCTION sum_n_product_with_tab (x int) RETURNS TABLE(sum int, product int) AS $$ SELECT $1 + tab.y, $1 * tab.y FROM tab; $$ LANGUAGE SQL',
  'SELECT * FROM sum_n_product_with_tab(10) ORDER BY sum',
  'SELECT sum_n_product_with_tab(1)::text AS v ORDER BY 1',
]);
list.add('RETURNS TABLE with OUT is an error', [
  'CREATE FUNCTION bad(x int, OUT y int) RETURNS TABLE(a int) LANGUAGE SQL AS $$ SELECT 1 $$',
]);
list.add('RETURNS TABLE column names clash with a table column', [
  'CREATE TABLE acc (id int, owner text)',
  "INSERT INTO acc VALUES (1, 'a'), (2, 'b')",
  'CREATE FUNCTION accs() RETURNS TABLE (id int, owner text) LANGUAGE sql AS $$ SELECT id, owner FROM acc $$',
  'SELECT * FROM accs() ORDER BY id',
]);
list.add('a set-returning function LATERAL: listchildren', [
  'CREATE TABLE nodes (name text, parent text)',
  "INSERT INTO nodes VALUES ('Top', NULL), ('Child1', 'Top'), ('Child2', 'Top'), ('Child3', 'Top'), ('SubChild1', 'Child1'), ('SubChild2', 'Child1')",
  'CREATE FUNCTION listchildren(text) RETURNS SETOF text AS $$ SELECT name FROM nodes WHERE parent = $1 $$ LANGUAGE SQL STABLE',
  "SELECT * FROM listchildren('Top') AS c ORDER BY 1",
  'SELECT name, child FROM nodes, LATERAL listchildren(name) AS child ORDER BY 1, 2',
  'SELECT name, listchildren(name) AS child FROM nodes ORDER BY 1, 2',
]);
list.add('RETURNS SETOF record needs a column list', [
  'CREATE FUNCTION recs() RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, $$a$$::text $$',
  'SELECT * FROM recs()',
]);
list.add('RETURNS SETOF record with a column definition list', [
  'CREATE FUNCTION recs() RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, $$a$$::text UNION ALL SELECT 2, $$b$$ $$',
  'SELECT * FROM recs() AS r(n int, t text) ORDER BY n',
]);
list.add('a column definition list with the wrong type', [
  'CREATE FUNCTION recs() RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, $$a$$::text $$',
  'SELECT * FROM recs() AS r(n text, t text)',
]);
list.add('WITH ORDINALITY over a SQL SRF', [
  "CREATE FUNCTION letters() RETURNS SETOF text LANGUAGE sql AS $$ SELECT unnest(ARRAY['a','b','c']) $$",
  'SELECT l, n FROM letters() WITH ORDINALITY AS x(l, n) ORDER BY n',
]);
list.add(
  'an SRF in FROM with a join',
  [
    'CREATE FUNCTION cheap(max numeric) RETURNS SETOF item LANGUAGE sql STABLE AS $$ SELECT * FROM item WHERE price <= max $$',
    'SELECT c.name, c.price FROM cheap(2) c ORDER BY c.price',
    'SELECT count(*)::int AS n FROM item i JOIN cheap(1) c ON c.id = i.id',
  ],
  ITEMS,
);
list.add('an SRF returning no rows', [
  'CREATE FUNCTION none() RETURNS SETOF int LANGUAGE sql AS $$ SELECT 1 WHERE false $$',
  'SELECT * FROM none()',
  'SELECT none() AS v',
]);
list.add('RETURNS SETOF with a final INSERT RETURNING', [
  'CREATE TABLE t (id serial, x int)',
  'CREATE FUNCTION add_many(VARIADIC xs int[]) RETURNS SETOF int LANGUAGE sql AS $$ INSERT INTO t (x) SELECT unnest(xs) RETURNING id $$',
  'SELECT * FROM add_many(5, 6, 7) ORDER BY 1',
  'SELECT count(*)::int AS n FROM t',
]);

// ---------------------------------------------------------------- 38.5.10 polymorphic
list.add('make_array anyelement', [
  'CREATE FUNCTION make_array(anyelement, anyelement) RETURNS anyarray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE SQL',
  "SELECT make_array(1, 2) AS intarray, make_array('a'::text, 'b') AS textarray",
]);
list.add('make_array with two unknowns is an error', [
  'CREATE FUNCTION make_array(anyelement, anyelement) RETURNS anyarray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE SQL',
  "SELECT make_array('a', 'b') AS v",
]);
list.add('make_array with mismatched types is an error', [
  'CREATE FUNCTION make_array(anyelement, anyelement) RETURNS anyarray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE SQL',
  'SELECT make_array(1, 2.5) AS v',
]);
list.add('make_array2 anycompatible', [
  'CREATE FUNCTION make_array2(anycompatible, anycompatible) RETURNS anycompatiblearray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE SQL',
  'SELECT make_array2(1, 2.5) AS numericarray',
  'SELECT pg_typeof(make_array2(1, 2.5))::text AS t',
]);
list.add('anycompatible with text and int is an error', [
  'CREATE FUNCTION make_array2(anycompatible, anycompatible) RETURNS anycompatiblearray AS $$ SELECT ARRAY[$1, $2]; $$ LANGUAGE SQL',
  "SELECT make_array2(1, 'x'::text) AS v",
]);
list.add('is_greater anyelement returns boolean', [
  'CREATE FUNCTION is_greater(anyelement, anyelement) RETURNS boolean AS $$ SELECT $1 > $2; $$ LANGUAGE SQL',
  'SELECT is_greater(1, 2) AS a, is_greater($$b$$::text, $$a$$) AS b',
]);
list.add('a polymorphic result with no polymorphic argument is an error', [
  'CREATE FUNCTION invalid_func() RETURNS anyelement AS $$ SELECT 1; $$ LANGUAGE SQL',
]);
list.add('dup with OUT polymorphic', [
  "CREATE FUNCTION dup (f1 anyelement, OUT f2 anyelement, OUT f3 anyarray) AS 'select $1, array[$1,$1]' LANGUAGE SQL",
  'SELECT * FROM dup(22)',
  "SELECT (dup('x'::text)).f3 AS a",
]);
list.add('dup with RETURNS TABLE polymorphic', [
  "CREATE FUNCTION dup (f1 anyelement) RETURNS TABLE (f2 anyelement, f3 anyarray) AS 'select $1, array[$1,$1]' LANGUAGE SQL",
  'SELECT * FROM dup(22)',
]);
list.add('anyrange and anymultirange: a range bound', [
  'CREATE FUNCTION lo(anyrange) RETURNS anyelement LANGUAGE sql AS $$ SELECT lower($1) $$',
  "SELECT lo(int4range(3, 9)) AS a, lo('[2020-01-01,2021-01-01)'::daterange)::text AS b",
]);
list.add('anynonarray rejects an array', [
  'CREATE FUNCTION na(anynonarray) RETURNS text LANGUAGE sql AS $$ SELECT $1::text $$',
  'SELECT na(1) AS a',
  'SELECT na(ARRAY[1]) AS b',
]);
list.add('anyelement with a NULL literal is an error', [
  'CREATE FUNCTION idf(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$',
  'SELECT idf(NULL) AS v',
]);
list.add('anyelement with a typed NULL', [
  'CREATE FUNCTION idf(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$',
  'SELECT idf(NULL::int) AS v, pg_typeof(idf(NULL::int))::text AS t',
]);
list.add('anyarray element of a polymorphic function', [
  'CREATE FUNCTION first_of(anyarray) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1[array_lower($1, 1)] $$',
  "SELECT first_of(ARRAY[5,6]) AS a, first_of(ARRAY['x','y']::text[]) AS b, first_of('{}'::int[]) AS c",
]);
list.add('polymorphic with a parameter', [
  'CREATE FUNCTION idf(anyelement) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1 $$',
  withParams('SELECT idf($1::int) AS v', '5'),
  withParams('SELECT idf($1) AS v', '5'),
]);

// ---------------------------------------------------------------- 38.5.11 collation; volatility
list.add('STRICT function with a NULL returns NULL without running', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION log_it(int) RETURNS int LANGUAGE sql STRICT AS $$ INSERT INTO t VALUES ($1) RETURNING 1 $$',
  'SELECT log_it(NULL) IS NULL AS a, log_it(5) AS b',
  'SELECT x FROM t ORDER BY x',
]);
list.add('RETURNS NULL ON NULL INPUT is STRICT', [
  'CREATE FUNCTION s(int, int) RETURNS int LANGUAGE sql RETURNS NULL ON NULL INPUT AS $$ SELECT 1 $$',
  'SELECT s(1, NULL) IS NULL AS v, s(1, 2) AS w',
  "SELECT proisstrict AS strict FROM pg_proc WHERE proname = 's'",
]);
list.add('CALLED ON NULL INPUT runs with NULL', [
  'CREATE FUNCTION c(int) RETURNS text LANGUAGE sql CALLED ON NULL INPUT AS $$ SELECT coalesce($1::text, $$none$$) $$',
  'SELECT c(NULL) AS v',
]);
list.add('a VOLATILE function is run per row', [
  'CREATE SEQUENCE sq',
  "CREATE FUNCTION nextone() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT nextval('sq') $$",
  'SELECT g, nextone() AS n FROM generate_series(1, 3) g ORDER BY g',
]);
list.add('a STABLE function sees the snapshot of its statement', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM t $$',
  'INSERT INTO t SELECT cnt() FROM generate_series(1, 3)',
  'SELECT x FROM t ORDER BY x',
]);
list.add('a VOLATILE function sees the statement so far (same snapshot for INSERT...SELECT)', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT count(*) FROM t $$',
  'INSERT INTO t SELECT cnt() FROM generate_series(1, 3)',
  'SELECT x FROM t ORDER BY x',
]);
list.add('an IMMUTABLE function with a side effect is an error at call (INSERT in a non-volatile)', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql IMMUTABLE AS $$ INSERT INTO t VALUES (1) RETURNING x $$',
]);
list.add('a STABLE SQL function with an UPDATE is an error', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION sneaky() RETURNS void LANGUAGE sql STABLE AS $$ UPDATE t SET x = 1 $$',
]);
list.add('an IMMUTABLE function in an index expression', [
  'CREATE TABLE u (email text)',
  'CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim($1)) $$',
  'CREATE UNIQUE INDEX u_email ON u (norm(email))',
  "INSERT INTO u VALUES (' A@x.io ')",
  "INSERT INTO u VALUES ('a@x.io')",
]);
list.add('a VOLATILE function in an index expression is an error', [
  'CREATE TABLE u (email text)',
  'CREATE FUNCTION norm(text) RETURNS text LANGUAGE sql AS $$ SELECT lower($1) $$',
  'CREATE INDEX u_email ON u (norm(email))',
]);
list.add('a function in a CHECK constraint', [
  'CREATE FUNCTION positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$',
  'CREATE TABLE p (v numeric CHECK (positive(v)))',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO p VALUES (-1)',
]);
list.add('a function as a column DEFAULT', [
  "CREATE FUNCTION default_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C-' || 7 $$",
  'CREATE TABLE d (id int, code text DEFAULT default_code())',
  'INSERT INTO d (id) VALUES (1) RETURNING code',
]);
list.add('a function in a generated column must be immutable', [
  'CREATE FUNCTION dbl(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (dbl(a)) STORED)',
]);
list.add('an immutable function in a generated column', [
  'CREATE FUNCTION dbl(int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$',
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (dbl(a)) STORED)',
  'INSERT INTO g (a) VALUES (4) RETURNING b',
]);
list.add('dropping a function used by a default needs CASCADE', [
  "CREATE FUNCTION default_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
  'CREATE TABLE d (id int, code text DEFAULT default_code())',
  'DROP FUNCTION default_code()',
]);
list.add('DROP FUNCTION ... CASCADE drops the default', [
  "CREATE FUNCTION default_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
  'CREATE TABLE d (id int, code text DEFAULT default_code())',
  'DROP FUNCTION default_code() CASCADE',
  'INSERT INTO d (id) VALUES (1) RETURNING code',
]);
list.add('a SQL function referring to a missing table fails at creation', [
  'CREATE FUNCTION missing() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM nowhere $$',
]);
list.add('check_function_bodies off lets a missing table through', [
  'SET check_function_bodies = off',
  'CREATE FUNCTION missing() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM nowhere $$',
  'SELECT missing() AS v',
]);
list.add('a SQL function can create a table and use it in a later statement only by EXECUTE (error)', [
  'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ CREATE TABLE made (x int); INSERT INTO made VALUES (1); SELECT 1 $$',
]);
list.add('a SQL function with a syntax error', [
  'CREATE FUNCTION broken() RETURNS int LANGUAGE sql AS $$ SELEC 1 $$',
]);

// ---------------------------------------------------------------- SQL-standard bodies (14+)
list.add('RETURN expression body', [
  'CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE SQL IMMUTABLE RETURN a + b',
  'SELECT add(2, 3) AS v',
]);
list.add('BEGIN ATOMIC body', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION ins2(v int) RETURNS bigint LANGUAGE SQL BEGIN ATOMIC INSERT INTO t VALUES (v); INSERT INTO t VALUES (v + 1); SELECT count(*) FROM t; END',
  'SELECT ins2(10) AS v',
  'SELECT x FROM t ORDER BY x',
]);
list.add('BEGIN ATOMIC body referring to a missing table is an error', [
  'CREATE FUNCTION m() RETURNS bigint LANGUAGE SQL BEGIN ATOMIC SELECT count(*) FROM nowhere; END',
]);
list.add('a SQL-standard body creates a dependency on its table', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE SQL RETURN (SELECT count(*) FROM t)',
  'DROP TABLE t',
]);
list.add('a string body has no dependency on its table', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE SQL AS $$ SELECT count(*) FROM t $$',
  'DROP TABLE t',
  'SELECT cnt() AS v',
]);
list.add('a RETURN body procedure is an error', ['CREATE PROCEDURE p() LANGUAGE SQL RETURN 1']);
list.add('BEGIN ATOMIC procedure', [
  'CREATE TABLE t (x int)',
  'CREATE PROCEDURE p(v int) LANGUAGE SQL BEGIN ATOMIC INSERT INTO t VALUES (v); END',
  'CALL p(3)',
  'SELECT x FROM t',
]);
list.add('an empty BEGIN ATOMIC', ['CREATE PROCEDURE p() LANGUAGE SQL BEGIN ATOMIC END', 'CALL p()']);
list.add('BEGIN ATOMIC with RETURNS SETOF', [
  'CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE SQL BEGIN ATOMIC SELECT g FROM generate_series(2, n, 2) g; END',
  'SELECT * FROM evens(7) AS v ORDER BY v',
]);
list.add('a RETURN body with a parameter', [
  'CREATE FUNCTION tax(numeric) RETURNS numeric LANGUAGE SQL RETURN round($1 * 0.2, 2)',
  withParams('SELECT tax($1) AS v', '12.34'),
]);
list.add('pg_get_functiondef of a RETURN body', [
  'CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE SQL IMMUTABLE RETURN a + b',
  "SELECT pg_get_functiondef('add'::regproc) AS v",
]);
list.add('pg_get_functiondef of a BEGIN ATOMIC body', [
  'CREATE TABLE t (x int)',
  'CREATE FUNCTION cnt(m int) RETURNS bigint LANGUAGE SQL STABLE BEGIN ATOMIC SELECT count(*) FROM t WHERE x > m; END',
  "SELECT pg_get_functiondef('cnt'::regproc) AS v",
]);
list.add('prosqlbody is set for a standard body only', [
  'CREATE FUNCTION a1() RETURNS int LANGUAGE SQL RETURN 1',
  'CREATE FUNCTION a2() RETURNS int LANGUAGE SQL AS $$ SELECT 1 $$',
  "SELECT proname, prosqlbody IS NOT NULL AS std, prosrc AS src FROM pg_proc WHERE proname IN ('a1', 'a2') ORDER BY proname",
]);

// ---------------------------------------------------------------- CREATE OR REPLACE rules
list.add('OR REPLACE changes the body', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$',
  'SELECT f() AS v',
]);
list.add('OR REPLACE cannot change the return type', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT 2 $$',
]);
list.add('OR REPLACE cannot rename a parameter', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'CREATE OR REPLACE FUNCTION f(b int) RETURNS int LANGUAGE sql AS $$ SELECT b $$',
]);
list.add('OR REPLACE may name a parameter that had no name', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + 1 $$',
  'SELECT f(a => 1) AS v',
]);
list.add('OR REPLACE cannot remove a default', [
  'CREATE FUNCTION f(a int DEFAULT 1) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
]);
list.add('OR REPLACE may add a default', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'CREATE OR REPLACE FUNCTION f(a int DEFAULT 9) RETURNS int LANGUAGE sql AS $$ SELECT a $$',
  'SELECT f() AS v',
]);
list.add('OR REPLACE cannot change OUT parameters', [
  'CREATE FUNCTION f(OUT a int, OUT b int) LANGUAGE sql AS $$ SELECT 1, 2 $$',
  'CREATE OR REPLACE FUNCTION f(OUT a int, OUT c int) LANGUAGE sql AS $$ SELECT 1, 2 $$',
]);
list.add('OR REPLACE cannot change a function into a procedure', [
  'CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE PROCEDURE f() LANGUAGE sql AS $$ SELECT 1 $$',
]);
list.add('OR REPLACE can change the language and volatility', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN 3; END $$',
  "SELECT f() AS v, provolatile AS vol, (SELECT lanname FROM pg_language WHERE oid = prolang) AS lang FROM pg_proc WHERE proname = 'f'",
]);
list.add('OR REPLACE of a SETOF into a scalar is an error', [
  'CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
]);
list.add('OR REPLACE of a RETURNS TABLE with another column name is an error', [
  'CREATE FUNCTION f() RETURNS TABLE (a int) LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE OR REPLACE FUNCTION f() RETURNS TABLE (b int) LANGUAGE sql AS $$ SELECT 1 $$',
]);
list.add('OR REPLACE keeps a dependent default working', [
  'CREATE FUNCTION code() RETURNS text LANGUAGE sql AS $$ SELECT $$a$$ $$',
  'CREATE TABLE d (id int, c text DEFAULT code())',
  'CREATE OR REPLACE FUNCTION code() RETURNS text LANGUAGE sql AS $$ SELECT $$b$$ $$',
  'INSERT INTO d (id) VALUES (1) RETURNING c',
]);
list.add('ALTER FUNCTION RENAME and SET SCHEMA', [
  'CREATE SCHEMA util',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER FUNCTION f() RENAME TO g',
  'ALTER FUNCTION g() SET SCHEMA util',
  'SELECT util.g() AS v',
  'SELECT g() AS w',
]);
list.add('ALTER FUNCTION volatility and strictness', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT coalesce($1, 0) $$',
  'ALTER FUNCTION f(int) IMMUTABLE STRICT',
  "SELECT provolatile AS vol, proisstrict AS strict FROM pg_proc WHERE proname = 'f'",
  'SELECT f(NULL) IS NULL AS v',
]);
list.add('ALTER FUNCTION SET a setting', [
  'CREATE FUNCTION tz() RETURNS text LANGUAGE sql AS $$ SELECT current_setting($$TimeZone$$) $$',
  "ALTER FUNCTION tz() SET TimeZone = 'Asia/Tokyo'",
  'SELECT tz() AS v',
  "SELECT proconfig AS cfg FROM pg_proc WHERE proname = 'tz'",
]);
list.add('a function with SET search_path', [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.t (x int)',
  'INSERT INTO s1.t VALUES (5)',
  'CREATE FUNCTION rd() RETURNS int LANGUAGE sql SET search_path = s1 AS $$ SELECT x FROM t $$',
  'SELECT rd() AS v',
  "SELECT current_setting('search_path') AS sp",
]);
list.add('ALTER FUNCTION on a missing function', ['ALTER FUNCTION nope() RENAME TO nope2']);
list.add('a function in another schema, qualified call', [
  'CREATE SCHEMA app',
  'CREATE FUNCTION app.ver() RETURNS text LANGUAGE sql AS $$ SELECT $$1.0$$ $$',
  'SELECT app.ver() AS v',
  'SELECT ver() AS w',
]);
list.add('COMMENT ON FUNCTION and obj_description', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "COMMENT ON FUNCTION f() IS 'the one'",
  "SELECT obj_description('f'::regproc, 'pg_proc') AS v",
]);
list.add('regprocedure text of a function', [
  'CREATE FUNCTION f(a int, b text DEFAULT $$x$$) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT 'f'::regproc::text AS a, 'f(int, text)'::regprocedure::text AS b",
]);
list.add('regproc of an overloaded name is an error', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT 'f'::regproc::text AS v",
]);
list.add('to_regproc and to_regprocedure', [
  'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  "SELECT to_regproc('f')::text AS a, to_regprocedure('f(int)')::text AS b, to_regprocedure('f(text)') IS NULL AS c, to_regproc('nope') IS NULL AS d",
]);

export default list.cases;
