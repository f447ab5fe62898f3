// Names that 16-18 made built-ins or keywords, used as PostgreSQL 15 allows.
const q = (name: string, ...steps: string[]) => ({ name, steps });
export default [
  q(
    'user function named to_bin',
    "CREATE FUNCTION to_bin(x int) RETURNS text LANGUAGE sql AS $$ SELECT 'user:' || x $$",
    'SELECT to_bin(5) AS a',
  ),
  q(
    'user function named random two args',
    'CREATE FUNCTION random(lo int, hi int) RETURNS int LANGUAGE sql AS $$ SELECT lo $$',
    'SELECT random(3, 9) AS a',
  ),
  q(
    'user function named erf',
    'CREATE FUNCTION erf(x float8) RETURNS float8 LANGUAGE sql AS $$ SELECT x * 2 $$',
    'SELECT erf(1.5) AS a',
  ),
  q(
    'user function named casefold',
    "CREATE FUNCTION casefold(t text) RETURNS text LANGUAGE sql AS $$ SELECT lower(t) || '!' $$",
    "SELECT casefold('AB') AS a",
  ),
  q(
    'user function named array_sort',
    'CREATE FUNCTION array_sort(a int[]) RETURNS int[] LANGUAGE sql AS $$ SELECT a $$',
    'SELECT array_sort(ARRAY[3,1]) AS a',
  ),
  q(
    'user function named uuidv7',
    "CREATE FUNCTION uuidv7() RETURNS text LANGUAGE sql AS $$ SELECT 'mine' $$",
    'SELECT uuidv7() AS a',
  ),
  q(
    'user aggregate named any_value',
    'CREATE AGGREGATE any_value(anyelement) (SFUNC = int4larger, STYPE = int4)',
    'SELECT 1',
  ),
  q(
    'user function named date_add',
    'CREATE FUNCTION date_add(d date, n int) RETURNS date LANGUAGE sql AS $$ SELECT d + n $$',
    "SELECT date_add(date '2024-01-01', 3) AS a",
  ),
  q(
    'user function named crc32',
    'CREATE FUNCTION crc32(t text) RETURNS int LANGUAGE sql AS $$ SELECT length(t) $$',
    "SELECT crc32('abc') AS a",
  ),
  q(
    'user function named gamma',
    'CREATE FUNCTION gamma(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$',
    'SELECT gamma(4) AS a',
  ),
  q(
    'column named system_user',
    'CREATE TABLE t1 (system_user text)',
    "INSERT INTO t1 VALUES ('x')",
    'SELECT system_user FROM t1',
  ),
  q('column named json_object', 'CREATE TABLE t2 (json_object int)', 'SELECT json_object FROM t2'),
  q('column named json', 'CREATE TABLE t3 (json text)', "INSERT INTO t3 VALUES ('j')", 'SELECT json FROM t3'),
  q('alias named json_table', 'SELECT 1 AS json_table'),
  q('alias named json_value bare', 'SELECT 1 json_value'),
  q('column named merge_action', 'CREATE TABLE t4 (merge_action int)', 'SELECT merge_action FROM t4'),
  q(
    'column named format',
    'CREATE TABLE t5 (format text, keys int, scalar int, absent int)',
    'SELECT format, keys, scalar, absent FROM t5',
  ),
  q(
    'column named error and empty',
    'CREATE TABLE t6 (error text, empty bool, path text, nested int, columns int, string text, quotes int, wrapper int, omit int, keep int, conditional int, unconditional int)',
    'SELECT error, empty, path, nested, columns, string FROM t6',
  ),
  q(
    'column named virtual and period',
    'CREATE TABLE t7 (virtual int, period int, objects int)',
    'SELECT virtual, period FROM t7',
  ),
  q(
    'string mentioning newer functions',
    "SELECT 'random(1, 5) and cbrt(27) and any_value(x)' AS s, 'SELECT system_user' AS t",
  ),
  q('comment mentioning newer functions', 'SELECT 1 AS a -- random(1, 2)\n'),
  q('dollar quoted with newer function text', 'SELECT $q$erf(1)$q$ AS a'),
  q(
    'identifier quoted random',
    'CREATE TABLE t8 ("random" int)',
    'INSERT INTO t8 VALUES (1)',
    'SELECT "random" FROM t8',
  ),
  q(
    'function named cbrt on user schema',
    'CREATE SCHEMA m',
    'CREATE FUNCTION m.cbrt(x float8) RETURNS float8 LANGUAGE sql AS $$ SELECT x $$',
    'SELECT m.cbrt(27) AS a',
  ),
  q(
    'view using newer names as columns',
    'CREATE VIEW v AS SELECT 1 AS system_user_x, 2 AS any_value',
    'SELECT any_value FROM v',
  ),
];
