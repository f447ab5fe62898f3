// Round 19 probe, strings part 8: the settings the docs name for string behaviour
// (standard_conforming_strings, escape_string_warning, backslash_quote, client_encoding,
// lc_monetary/lc_numeric/lc_time for to_char, extra_float_digits and IntervalStyle for the text
// of values in concat/format), the encoding functions, and what the UTF8 encoding rejects.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: settings: ');

const steps: Array<[string, string[]]> = [
  [
    'standard_conforming_strings off backslash escapes',
    [`SET standard_conforming_strings = off`, `SELECT 'a\\tb' AS v, length('a\\\\b') AS l`],
  ],
  [
    'standard_conforming_strings off quote escape',
    [`SET standard_conforming_strings = off`, `SELECT 'it\\'s' AS v`],
  ],
  [
    'standard_conforming_strings off quote_literal',
    [`SET standard_conforming_strings = off`, `SELECT quote_literal(E'a\\\\b') AS v`],
  ],
  [
    'standard_conforming_strings off format %L',
    [`SET standard_conforming_strings = off`, `SELECT format('%L', E'a\\\\b') AS v`],
  ],
  [
    'standard_conforming_strings off like escape',
    [`SET standard_conforming_strings = off`, `SELECT 'a_c' LIKE 'a\\\\_c' AS v`],
  ],
  [
    'standard_conforming_strings off bytea',
    [`SET standard_conforming_strings = off`, `SELECT '\\\\x41'::bytea AS v`],
  ],
  ['standard_conforming_strings show', [`SHOW standard_conforming_strings`]],
  [
    'standard_conforming_strings off show',
    [`SET standard_conforming_strings = off`, `SHOW standard_conforming_strings`],
  ],
  [
    'standard_conforming_strings off U& errors',
    [`SET standard_conforming_strings = off`, `SELECT U&'\\0061' AS v`],
  ],
  ['escape_string_warning off', [`SET escape_string_warning = off`, `SHOW escape_string_warning`]],
  ['backslash_quote show', [`SHOW backslash_quote`]],
  ['backslash_quote off', [`SET backslash_quote = off`, `SELECT E'it\\'s' AS v`]],
  ['backslash_quote on', [`SET backslash_quote = on`, `SELECT E'it\\'s' AS v`]],
  ['client_encoding show', [`SHOW client_encoding`]],
  ['client_encoding set UTF8 alias', [`SET client_encoding = 'utf-8'`, `SHOW client_encoding`]],
  ['client_encoding set bad errors', [`SET client_encoding = 'nope'`]],
  ['client_encoding set LATIN1 ascii', [`SET client_encoding = 'LATIN1'`, `SELECT 'abc' AS v`]],
  ['client_encoding set SQL_ASCII', [`SET client_encoding = 'SQL_ASCII'`, `SHOW client_encoding`]],
  ['pg_client_encoding after set', [`SET client_encoding = 'UTF8'`, `SELECT pg_client_encoding() AS v`]],
  ['server_encoding', [`SHOW server_encoding`]],
  ['getdatabaseencoding', [`SELECT getdatabaseencoding() AS v`]],
  [
    'pg_encoding_to_char',
    [`SELECT pg_encoding_to_char(6) AS a, pg_encoding_to_char(8) AS b, pg_encoding_to_char(999) AS c`],
  ],
  [
    'pg_char_to_encoding',
    [
      `SELECT pg_char_to_encoding('UTF8') AS a, pg_char_to_encoding('latin1') AS b, pg_char_to_encoding('nope') AS c`,
    ],
  ],
  ['lc_collate show', [`SHOW lc_collate`]],
  ['lc_ctype show', [`SHOW lc_ctype`]],
  ['lc_monetary show', [`SHOW lc_monetary`]],
  ['lc_numeric set C', [`SET lc_numeric = 'C'`, `SELECT to_char(1234.5, '9G999D9') AS v`]],
  ['lc_monetary set C', [`SET lc_monetary = 'C'`, `SELECT to_char(12, 'L99') AS v`]],
  ['lc_monetary set POSIX', [`SET lc_monetary = 'POSIX'`, `SHOW lc_monetary`]],
  ['lc_monetary set missing locale errors', [`SET lc_monetary = 'de_DE.UTF-8'`]],
  ['lc_numeric set missing locale errors', [`SET lc_numeric = 'fr_FR'`]],
  ['lc_time set missing locale errors', [`SET lc_time = 'es_ES.UTF-8'`]],
  [
    'lc_time set C TM month',
    [`SET lc_time = 'C'`, `SELECT to_char(DATE '2022-03-04', 'TMMonth TMDay') AS v`],
  ],
  [
    'set_config lc_monetary missing locale errors',
    [`SELECT set_config('lc_monetary', 'de_DE.UTF-8', false) AS v`],
  ],
  ['set_config lc_monetary C.UTF-8', [`SELECT set_config('lc_monetary', 'C.UTF-8', false) AS v`]],
  ['alter role set lc_time missing locale errors', [`ALTER ROLE postgres SET lc_time = 'fr_FR'`]],
  [
    'alter database set lc_numeric missing locale errors',
    [`ALTER DATABASE postgres SET lc_numeric = 'fr_FR'`],
  ],
  [
    'function set lc_time missing locale errors',
    [`CREATE FUNCTION f() RETURNS int LANGUAGE sql SET lc_time = 'fr_FR' AS 'SELECT 1'`],
  ],
  ['set lc_time identifier C folded errors', [`SET lc_time = C`]],
  ['set lc_time quoted identifier C', [`SET lc_time = "C"`, `SHOW lc_time`]],
  [
    'set lc_numeric C.utf8 then to_char',
    [`SET lc_numeric = 'C.utf8'`, `SELECT to_char(1234.5, '9G999D9') AS v`],
  ],
  ['set lc_messages missing locale errors', [`SET lc_messages = 'fr_FR.UTF-8'`]],
  ['lc_messages set C', [`SET lc_messages = 'C'`, `SHOW lc_messages`]],
  ['money output', [`SELECT 12.5::money AS v`]],
  ['money with lc_monetary C', [`SET lc_monetary = 'C'`, `SELECT 1234.5::money::text AS v`]],
  [
    'extra_float_digits concat',
    [
      `SET extra_float_digits = 0`,
      `SELECT concat(0.1::float8 + 0.2::float8) AS v, format('%s', 1/3::float8) AS w`,
    ],
  ],
  ['extra_float_digits text cast', [`SET extra_float_digits = -3`, `SELECT (1/3::float8)::text AS v`]],
  [
    'IntervalStyle iso concat',
    [
      `SET IntervalStyle = 'iso_8601'`,
      `SELECT concat(INTERVAL '1 day 2 hours') AS v, INTERVAL '3 min'::text AS w`,
    ],
  ],
  [
    'IntervalStyle sql_standard format',
    [`SET IntervalStyle = 'sql_standard'`, `SELECT format('%s', INTERVAL '1 year 2 days 03:04:05') AS v`],
  ],
  [
    'DateStyle concat date',
    [
      `SET DateStyle = 'SQL, DMY'`,
      `SELECT concat(DATE '2022-03-04') AS v, 'x' || TIMESTAMP '2022-03-04 05:06' AS w`,
    ],
  ],
  ['DateStyle German format', [`SET DateStyle = 'German'`, `SELECT format('%s', DATE '2022-03-04') AS v`]],
  [
    'TimeZone concat timestamptz',
    [`SET TimeZone = 'Asia/Tokyo'`, `SELECT concat(TIMESTAMPTZ '2022-01-01 00:00+00') AS v`],
  ],
  [
    'quote_literal float under extra_float_digits',
    [`SET extra_float_digits = 0`, `SELECT quote_literal(0.1::float8 * 3) AS v`],
  ],
];
for (const [name, s] of steps) list.add(name, s);

// ---------------------------------------------------------------- what UTF8 rejects
const rejects: Array<[string, string]> = [
  ['E octal zero byte errors', `E'a\\000b'`],
  ['E hex zero byte errors', `E'\\x00'`],
  ['E invalid utf8 byte errors', `E'\\xff'`],
  ['E incomplete utf8 errors', `E'\\xc3'`],
  ['E valid utf8 bytes', `E'\\xc3\\xa9'`],
  ['E overlong utf8 errors', `E'\\xc0\\x80'`],
  ['E u0000 errors', `E'\\u0000'`],
  ['E U surrogate errors', `E'\\U0000D800'`],
  ['E U out of range errors', `E'\\U00110000'`],
  ['E surrogate pair', `E'\\uD83D\\uDE00'`],
  ['E lone low surrogate errors', `E'\\uDE00'`],
  ['U& zero errors', `U&'\\0000'`],
  ['U& plus form', `U&'\\+01F600'`],
  ['U& surrogate pair', `U&'\\D83D\\DE00'`],
  ['U& lone surrogate errors', `U&'\\D83D'`],
  ['chr 0x10FFFF', `length(chr(1114111))`],
  ['chr 127', `ascii(chr(127))`],
  ['convert_from overlong errors', `convert_from('\\xc080'::bytea, 'UTF8')`],
  ['convert_from surrogate bytes errors', `convert_from('\\xeda080'::bytea, 'UTF8')`],
  ['convert_from incomplete errors', `convert_from('\\xe282'::bytea, 'UTF8')`],
  ['convert_from 4 byte', `convert_from('\\xf09f9880'::bytea, 'UTF8')`],
  ['convert_from beyond 10FFFF errors', `convert_from('\\xf4908080'::bytea, 'UTF8')`],
  ['length of invalid bytes errors', `length('\\xe282'::bytea, 'UTF8')`],
  ['text in bytea escape output of utf8', `'é'::bytea`],
  ['bytea to text of utf8', `'é'::bytea::text`],
  ['convert_to then from', `convert_from(convert_to('日本', 'UTF8'), 'UTF8')`],
  [
    'string_agg bytea',
    `(SELECT string_agg(x, '\\x00'::bytea) FROM (VALUES ('\\x41'::bytea), ('\\x42'::bytea)) v(x))`,
  ],
];
for (const [name, expr] of rejects) list.select(name, expr);

list.params('param text with NUL errors', `SELECT $1::text AS v`, ['a\u0000b']);
list.params('param untyped with NUL errors', `SELECT length($1) AS v`, ['\u0000']);
list.params('param lone surrogate replaced', `SELECT $1::text AS v, length($1::text) AS l`, ['a\ud800b']);
list.params('param varchar with NUL errors', `SELECT $1::varchar AS v`, ['x\u0000']);
list.params('param bytea with NUL ok', `SELECT $1::bytea AS v`, [Buffer.from([0])]);
list.add('insert NUL param into text column errors', [
  `CREATE TABLE z (t text)`,
  withParams(`INSERT INTO z VALUES ($1)`, 'a\u0000'),
]);
list.add('insert utf8 then read lengths', [
  `CREATE TABLE z (t text)`,
  withParams(`INSERT INTO z VALUES ($1), ($2), ($3)`, '😀', 'é', 'e\u0301'),
  `SELECT t, length(t) AS l, octet_length(t) AS o, bit_length(t) AS b FROM z ORDER BY t`,
]);

export default list.cases;
