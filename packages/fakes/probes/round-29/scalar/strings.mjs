const q = (sql, extra = {}) => ({ name: `str: ${sql}`, steps: [sql], ...extra });
const p = (sql, params) => ({
  name: `str param: ${sql} ${JSON.stringify(params)}`,
  steps: [{ sql, params }],
});
export default [
  q("SELECT 'a' || NULL AS a, NULL || 'b' AS b, 'a' || 1 AS c, 1 || 'a' AS d, 'x' || true AS e"),
  q("SELECT 'a' || ARRAY['b'] AS r"),
  q(
    "SELECT 'a'::char(3) || 'b' AS a, length('a  '::char(3)) AS b, octet_length('a'::char(3)) AS c, 'a '::char(3) = 'a'::char(3) AS d",
  ),
  q(
    "SELECT length('héllo') AS a, char_length('日本語') AS b, octet_length('日本語') AS c, bit_length('ab') AS d, character_length('ñ') AS e",
  ),
  q(
    "SELECT position('lo' in 'hello') AS a, position('' in 'abc') AS b, position('z' in 'abc') AS c, strpos('日本語', '語') AS d",
  ),
  q(
    "SELECT substring('Thomas' from 2 for 3) AS a, substring('Thomas' from 3) AS b, substring('Thomas' for 2) AS c, substring('Thomas' from -1 for 3) AS d, substring('Thomas' from 0) AS e",
  ),
  q("SELECT substring('Thomas' from 2 for -1) AS r"),
  q(
    "SELECT substr('alphabet', 3, 2) AS a, substr('alphabet', 3) AS b, substr('alphabet', -2, 5) AS c, substr('alphabet', 10) AS d",
  ),
  q(
    "SELECT substring('Thomas' from '...$') AS a, substring('Thomas' from 'o(.)a') AS b, substring('Thomas' from 'z') AS c",
  ),
  q(
    "SELECT substring('Thomas' similar '%#\"o_a#\"_' escape '#') AS a, substring('Thomas' from '%#\"o_a#\"_' for '#') AS b",
  ),
  q(
    "SELECT overlay('Txxxxas' placing 'hom' from 2 for 4) AS a, overlay('Txxxxas' placing 'hom' from 2) AS b, overlay('abc' placing 'XY' from 10) AS c",
  ),
  q(
    "SELECT trim(both 'xyz' from 'yxTomxx') AS a, trim(leading 'x' from 'xxTomxx') AS b, trim(trailing from '  Tom  ') AS c, trim('  Tom  ') AS d, trim(from '  T  ') AS e",
  ),
  q(
    "SELECT btrim('xyxtrimyyx', 'xyz') AS a, ltrim('zzzytest', 'xyz') AS b, rtrim('testxxzx', 'xyz') AS c, ltrim('  a ') AS d, btrim('') AS e, btrim('abc', '') AS f",
  ),
  q(
    "SELECT split_part('abc~@~def~@~ghi', '~@~', 2) AS a, split_part('abc,def,ghi,jkl', ',', -1) AS b, split_part('a,b', ',', 5) AS c, split_part('a,b', ',', -5) AS d, split_part('a,b', '', 1) AS e, split_part('', ',', 1) AS f",
  ),
  q("SELECT split_part('a,b', ',', 0) AS r"),
  q(
    "SELECT left('abcde', 2) AS a, left('abcde', -2) AS b, right('abcde', 2) AS c, right('abcde', -2) AS d, left('abc', 10) AS e, left('abc', 0) AS f",
  ),
  q(
    "SELECT lpad('hi', 5, 'xy') AS a, lpad('hello', 3) AS b, rpad('hi', 5, 'xy') AS c, rpad('hello', 2) AS d, lpad('hi', 5, '') AS e, lpad('hi', -1) AS f, rpad('日本', 4, '語') AS g",
  ),
  q("SELECT repeat('Pg', 4) AS a, repeat('x', 0) AS b, repeat('x', -1) AS c, repeat('', 5) AS d"),
  q(
    "SELECT replace('abcdefabcdef', 'cd', 'XX') AS a, replace('abc', '', 'X') AS b, replace('aaa', 'a', '') AS c, replace('abc', 'B', 'x') AS d",
  ),
  q(
    "SELECT translate('12345', '143', 'ax') AS a, translate('abc', 'abc', 'ABCDEF') AS b, translate('hello', 'l', '') AS c",
  ),
  q(
    "SELECT initcap('hi THOMAS') AS a, initcap('hello-world foo_bar 1abc') AS b, initcap('élan ñu') AS c, initcap('o''neil mcdonald') AS d",
  ),
  q("SELECT reverse('abc') AS a, reverse('日本語') AS b, reverse('') AS c"),
  q(
    "SELECT starts_with('alphabet', 'alph') AS a, starts_with('alphabet', '') AS b, starts_with('', 'a') AS c, 'alphabet' ^@ 'alp' AS d",
  ),
  q(
    "SELECT format('Hello %s', 'World') AS a, format('Testing %s, %s, %s, %%', 'one', 'two', 'three') AS b, format('%s', NULL) AS c, format('%L', NULL) AS d, format('%I', NULL) AS e",
  ),
  q(
    "SELECT format('INSERT INTO %I VALUES(%L)', 'Foo bar', E'O\\'Reilly') AS a, format('%I', 'foo') AS b, format('%I', 'select') AS c, format('%L', 42) AS d",
  ),
  q(
    "SELECT format('|%10s|', 'foo') AS a, format('|%-10s|', 'foo') AS b, format('|%*s|', 10, 'foo') AS c, format('|%*s|', -10, 'foo') AS d, format('|%-*s|', 10, 'foo') AS e, format('|%2s|', 'foobar') AS f",
  ),
  q(
    "SELECT format('Testing %3$s, %2$s, %1$s', 'one', 'two', 'three') AS a, format('%1$s %1$s', 'x') AS b, format('%s %1$s %s', 'a', 'b') AS c, format('|%1$*2$s|', 'x', 4) AS d",
  ),
  q("SELECT format('%s %s', 'a') AS r"),
  q("SELECT format('%d', 1) AS r"),
  q("SELECT format('%0$s', 'a') AS r"),
  q(
    "SELECT format('%s', ARRAY[1,2]) AS a, format('%L', ARRAY['a']) AS b, format('%s', 1.50) AS c, format('%s', true) AS d, format(NULL) AS e, format('abc') AS f",
  ),
  q(
    "SELECT format('%s and %s', VARIADIC ARRAY['x', 'y']) AS a, format('%I', 'MixedCase') AS b, format('%L', 'it''s') AS c, format('%L', E'back\\\\slash') AS d",
  ),
  q(
    "SELECT concat('abcde', 2, NULL, 22) AS a, concat() IS NULL AS b, concat(NULL) AS c, concat_ws(',', 'abcde', 2, NULL, 22) AS d, concat_ws(NULL, 'a', 'b') AS e, concat_ws(',', NULL) AS f",
  ),
  q("SELECT concat(1.50, true, DATE '2020-01-02', ARRAY[1,2]) AS r"),
  q(
    "SELECT quote_ident('Foo bar') AS a, quote_ident('foo') AS b, quote_ident('user') AS c, quote_ident('a\"b') AS d, quote_ident('1abc') AS e, quote_ident('_x$') AS f",
  ),
  q(
    "SELECT quote_literal(E'O\\'Reilly') AS a, quote_literal(42.5) AS b, quote_literal(NULL) AS c, quote_nullable(NULL) AS d, quote_nullable(42.5) AS e, quote_literal(E'a\\\\b') AS f",
  ),
  q(
    'SELECT to_hex(2147483647) AS a, to_hex(-1) AS b, to_hex(-1::int8) AS c, to_hex(0) AS d, to_hex(255::int2) AS e',
  ),
  q("SELECT md5('abc') AS a, md5('') AS b, md5(NULL) AS c"),
  q("SELECT chr(65) AS a, chr(960) AS b, ascii('x') AS c, ascii('é') AS d, ascii('') AS e"),
  q('SELECT chr(0) AS r'),
  q('SELECT chr(-1) AS r'),
  q('SELECT chr(1114112) AS r'),
  q(
    "SELECT string_to_array('xx~~yy~~zz', '~~', 'yy') AS a, string_to_array('a,b,,c', ',') AS b, string_to_array('abc', NULL) AS c, string_to_array('abc', '') AS d, string_to_array('', ',') AS e, string_to_array(NULL, ',') AS f",
  ),
  q(
    "SELECT array_to_string(ARRAY[1, 2, 3, NULL, 5], ',', '*') AS a, array_to_string(ARRAY[1, NULL, 3], ',') AS b, array_to_string(ARRAY[]::int[], ',') AS c, array_to_string(ARRAY['a','b'], NULL) AS d",
  ),
  q("SELECT lower('ÀÉÎ') AS a, upper('straße') AS b, lower(NULL) AS c"),
  q("SELECT 'abc' < 'abd' AS a, 'B' < 'a' AS b, 'abc' < 'ABC' AS c, 'a' || 'b' || 'c' AS d"),
  q(
    "SELECT ltrim('xxabc', 'x') AS a, rtrim('abc  ') AS b, length(rtrim('abc  '::char(6))) AS c, 'abc  '::char(6)::text || '|' AS d",
  ),
  q(
    "SELECT unistr('d\\0061t\\+000061') AS a, normalize('e' || chr(769), NFC) = 'é' AS b, 'é' IS NFC NORMALIZED AS c",
  ),
  q("SELECT regexp_split_to_array('hello world', '\\s+') AS a, string_to_table('a,b', ',') AS b"),
  q("SELECT to_ascii('abc') AS r"),
  q("SELECT length(NULL) AS a, length('') AS b, octet_length(''::bytea) AS c"),
  q("SELECT text 'abc' LIKE 'a%' AS a, 'abc'::varchar(2) AS b, 'abc'::char(2) AS c, 'abc'::name AS d"),
  q("SELECT 'abc'::varchar(5) || 'def'::varchar(5) AS r, pg_typeof('a'::varchar || 'b'::varchar) AS t"),
  q(
    "SELECT pg_typeof('a'::char(1) || 'b') AS a, pg_typeof(concat('a', 1)) AS b, pg_typeof(lpad('a'::char(3), 5)) AS c",
  ),
  q(
    "SELECT sha256('abc'::bytea) AS a, sha224('abc'::bytea) AS b, md5('abc'::bytea) AS c, sha512(''::bytea) AS d",
  ),
  q(
    "SELECT '\\x414243'::bytea AS a, 'abc'::bytea AS b, E'\\\\000'::bytea AS c, ''::bytea AS d, 'a\\\\b'::bytea AS e",
  ),
  q(
    "SELECT encode('abc'::bytea, 'base64') AS a, encode('abc'::bytea, 'hex') AS b, encode(E'a\\\\000b'::bytea, 'escape') AS c, decode('YWJj', 'base64') AS d, decode('616263', 'hex') AS e, decode('a\\000b', 'escape') AS f",
  ),
  q("SELECT decode('abc', 'hex') AS r"),
  q("SELECT decode('YWJ', 'base64') AS r"),
  q("SELECT encode('abc'::bytea, 'base32') AS r"),
  q("SELECT encode(repeat('x', 60)::bytea, 'base64') AS r"),
  q(
    "SELECT get_byte('abc'::bytea, 1) AS a, set_byte('abc'::bytea, 1, 65) AS b, get_bit('\\x01'::bytea, 0) AS c, length('abc'::bytea) AS d, octet_length('\\xffff'::bytea) AS e",
  ),
  q("SELECT get_byte('abc'::bytea, 3) AS r"),
  q(
    "SELECT 'abc'::bytea || '\\x00'::bytea AS a, substring('\\x01020304'::bytea from 2 for 2) AS b, position('\\x03'::bytea in '\\x01020304'::bytea) AS c, btrim('\\x0001020300'::bytea, '\\x00'::bytea) AS d",
  ),
  q(
    "SELECT convert_to('é', 'UTF8') AS a, convert_from('\\xc3a9', 'UTF8') AS b, convert_to('é', 'LATIN1') AS c",
  ),
  q("SELECT convert_from('\\xff', 'UTF8') AS r"),
  q(
    "SELECT 'abc'::bytea = 'abc'::bytea AS a, '\\x01'::bytea < '\\x02'::bytea AS b, pg_typeof(sha256('a')) AS c",
  ),
  q(
    "SELECT encode(sha256('hello'), 'hex') AS a, encode(digest, 'base64') AS b FROM (SELECT sha256('x') AS digest) s",
  ),
  p('SELECT lpad($1, 5, $2) AS r', ['7', '0']),
  p('SELECT $1 || $2 AS r', ['a', null]),
  p("SELECT format('%s-%s', $1::text, $2::int) AS r", ['x', 5]),
  p('SELECT split_part($1, $2, $3) AS r', ['a.b.c', '.', -1]),
  p('SELECT length($1) AS a, upper($1) AS b', ['grüße']),
  p('SELECT $1::bytea AS r', ['\\x0102']),
  p('SELECT decode($1, $2) AS r', ['aGk=', 'base64']),
  p('SELECT concat_ws($1, $2, $3) AS r', ['-', null, 'b']),
  p('SELECT substring($1 from $2 for $3) AS r', ['abcdef', 2, 3]),
  p("SELECT string_to_array($1, ',') AS r", ['1,2,,3']),
  {
    name: 'str table: varchar and char columns with functions',
    setup:
      "CREATE TABLE t(id int, v varchar(10), c char(5), x text); INSERT INTO t VALUES (1, 'ab ', 'ab', 'ab'), (2, NULL, NULL, ''), (3, 'Ünï', 'Ünï', 'ÜNÏ')",
    steps: [
      "SELECT id, length(v) AS lv, length(c) AS lc, c || '|' AS cc, octet_length(c) AS oc, upper(v) AS uv, concat(v, c, x) AS cat, v = c AS eq FROM t ORDER BY id",
    ],
  },
  {
    name: 'str table: insert too long varchar',
    setup: 'CREATE TABLE t(v varchar(3), c char(2))',
    steps: [
      "INSERT INTO t VALUES ('abcd', 'a')",
      "INSERT INTO t VALUES ('abc   ', 'a   ') RETURNING v, c, length(v) AS lv",
      "INSERT INTO t VALUES ('a', 'abc')",
    ],
  },
  {
    name: 'str table: bytea column round trip',
    setup: 'CREATE TABLE t(id int, b bytea)',
    steps: [
      {
        sql: "INSERT INTO t VALUES (1, $1) RETURNING b, length(b) AS n, encode(b, 'hex') AS h",
        params: ['\\x00ff10'],
      },
      "SELECT b, md5(b) AS m, encode(b, 'base64') AS e FROM t",
    ],
  },
];
