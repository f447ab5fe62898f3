const q = (name: string, ...steps: string[]) => ({ name, steps });
const T = `CREATE TABLE p (id int PRIMARY KEY, name text, code varchar(10), note text);
INSERT INTO p VALUES (1, 'alice smith', 'AB-1', NULL), (2, 'Bob_Jones', 'cd%2', 'x'), (3, '  padded  ', NULL, 'y'), (4, 'ÉLAN vital', 'ef\\3', '');`;
const t = (name: string, ...steps: string[]) => ({ name, setup: T, steps });
export default [
  // format
  q(
    'format positional and widths',
    "SELECT format('%s|%2$s|%1$s', 'a', 'b') AS a, format('[%10s]', 'x') AS b, format('[%-10s]', 'x') AS c",
  ),
  q(
    'format star width',
    "SELECT format('[%*s]', 6, 'ab') AS a, format('[%-*s]', 6, 'ab') AS b, format('[%*s]', -6, 'ab') AS c",
  ),
  q(
    'format I and L',
    "SELECT format('%I.%I', 'public', 'My Table') AS a, format('%L', 'O''Reilly') AS b, format('%L', NULL) AS c, format('%I', 'abc') AS d",
  ),
  q('format NULL s', "SELECT format('a%sb', NULL) AS a, format(NULL) AS b, format('%%') AS c"),
  q('format I NULL errors', "SELECT format('%I', NULL)"),
  q('format too few args', "SELECT format('%s %s', 'a')"),
  q('format bad conversion', "SELECT format('%d', 1)"),
  q('format variadic array', "SELECT format('%s-%s', VARIADIC ARRAY['x','y']) AS a"),
  q(
    'format numbers and booleans',
    "SELECT format('%s %s %s', 1.50, true, 3::bigint) AS a, format('%s', ARRAY[1,2]) AS b",
  ),
  // concat
  q(
    'concat with NULLs',
    "SELECT concat('a', NULL, 'b', 1, true) AS a, concat_ws(',', 'a', NULL, 'b') AS b, concat_ws(NULL, 'a', 'b') AS c, concat() IS NULL AS d",
  ),
  q(
    'concat operator with NULL',
    "SELECT 'a' || NULL AS a, 'a' || 1 AS b, 1 || 'a' AS c, 'x' || ARRAY['y'] AS d",
  ),
  q('concat_ws arrays and empty', "SELECT concat_ws('-', ARRAY[1,2], '') AS a, concat('', NULL) AS b"),
  // split_part
  q(
    'split_part basics',
    "SELECT split_part('a,b,c', ',', 2) AS a, split_part('a,b,c', ',', 5) AS b, split_part('a,b,c', ',', -1) AS c, split_part('a,b,c', ',', -3) AS d, split_part('a,b,c', ',', -4) AS e",
  ),
  q('split_part zero errors', "SELECT split_part('a,b', ',', 0)"),
  q(
    'split_part empty delimiter',
    "SELECT split_part('abc', '', 1) AS a, split_part('abc', '', 2) AS b, split_part('', ',', 1) AS c",
  ),
  // left/right
  q(
    'left right negative',
    "SELECT left('abcdef', 2) AS a, left('abcdef', -2) AS b, right('abcdef', 2) AS c, right('abcdef', -2) AS d, left('ab', 10) AS e, left('abc', 0) AS f",
  ),
  // pad
  q(
    'lpad rpad',
    "SELECT lpad('7', 3, '0') AS a, lpad('hello', 3) AS b, rpad('ab', 5, 'xy') AS c, lpad('x', 4) AS d, rpad('abc', 0) AS e, lpad('ab', 5, '') AS f, lpad('ab', -1) AS g",
  ),
  // trim
  q(
    'trim variants',
    "SELECT trim('  a  ') AS a, trim(leading 'x' from 'xxaxx') AS b, trim(trailing 'x' from 'xxaxx') AS c, trim(both 'xy' from 'xyaxy') AS d, ltrim('zzab', 'z') AS e, rtrim('abzz', 'z') AS f, btrim('xaax', 'x') AS g",
  ),
  q(
    'trim from only',
    "SELECT trim(from '  a  ') AS a, trim(' x ' ) || '|' AS b, trim(both from '  q  ') AS c",
  ),
  q('trim on bytea', "SELECT trim('\\x00'::bytea from '\\x0001020300'::bytea) AS a"),
  // position
  q(
    'position strpos',
    "SELECT position('b' in 'abcb') AS a, strpos('abcb', 'cb') AS b, position('z' in 'abc') AS c, position('' in 'abc') AS d, strpos(NULL, 'a') AS e",
  ),
  // substring
  q(
    'substring from for',
    "SELECT substring('hello' from 2 for 3) AS a, substring('hello' from 3) AS b, substring('hello' for 2) AS c, substring('hello', 0, 3) AS d, substring('hello', -2, 5) AS e",
  ),
  q('substring negative length errors', "SELECT substring('hello', 1, -1)"),
  q(
    'substring regex',
    "SELECT substring('foobar123' from '[0-9]+') AS a, substring('foobar' from 'o(b)a') AS b, substring('abc' from 'z') AS c",
  ),
  q(
    'substring similar',
    "SELECT substring('foobar' similar '%#\"o_b#\"%' escape '#') AS a, substring('foobar' from '%#\"o_b#\"%' for '#') AS b",
  ),
  q('substring function three arg text', "SELECT substr('hello', 2) AS a, substr('hello', 2, 2) AS b"),
  // overlay
  q(
    'overlay',
    "SELECT overlay('Txxxxas' placing 'hom' from 2 for 4) AS a, overlay('abcdef' placing 'ZZ' from 3) AS b, overlay('abc' placing 'X' from 10) AS c",
  ),
  // initcap etc
  q('initcap', "SELECT initcap('hi THOMAS o''neil mc-donald 3rd') AS a, initcap('élan vital') AS b"),
  q(
    'repeat replace translate reverse',
    "SELECT repeat('ab', 3) AS a, repeat('x', 0) AS b, repeat('x', -1) AS c, replace('abcabc', 'b', 'XX') AS d, replace('abc', '', 'x') AS e, translate('12345', '143', 'ax') AS f, reverse('abc') AS g",
  ),
  q(
    'starts_with and ^@',
    "SELECT starts_with('alphabet', 'alph') AS a, 'alphabet' ^@ 'bet' AS b, starts_with('', '') AS c",
  ),
  // string_to_array
  q(
    'string_to_array NULL string',
    "SELECT string_to_array('a,b,,c', ',') AS a, string_to_array('a,b,,c', ',', '') AS b, string_to_array('abc', NULL) AS c, string_to_array('abc', '') AS d, string_to_array('', ',') AS e",
  ),
  q(
    'array_to_string NULL string',
    "SELECT array_to_string(ARRAY['a', NULL, 'c'], ',') AS a, array_to_string(ARRAY['a', NULL, 'c'], ',', '*') AS b, array_to_string(ARRAY[1,2,3], '') AS c, array_to_string(ARRAY[[1,2],[3,4]], ';') AS d",
  ),
  q('string_to_table', "SELECT * FROM string_to_table('a|b||c', '|', '') AS s"),
  // quote
  q(
    'quote functions',
    "SELECT quote_ident('abc') AS a, quote_ident('Abc') AS b, quote_ident('select') AS c, quote_ident('a\"b') AS d, quote_literal('it''s') AS e, quote_literal(42) AS f, quote_nullable(NULL) AS g, quote_nullable('x') AS h, quote_literal(E'a\\\\b') AS i",
  ),
  q('quote_literal NULL', 'SELECT quote_literal(NULL) IS NULL AS a'),
  // hashes and codes
  q(
    'md5 to_hex',
    "SELECT md5('abc') AS a, md5('') AS b, to_hex(255) AS c, to_hex(-1) AS d, to_hex(4294967296::bigint) AS e, to_hex(-1::bigint) AS f",
  ),
  q(
    'chr ascii',
    "SELECT chr(65) AS a, chr(233) AS b, ascii('A') AS c, ascii('é') AS d, ascii('') AS e, chr(8364) AS f",
  ),
  q('chr zero errors', 'SELECT chr(0)'),
  q(
    'lengths',
    "SELECT length('héllo') AS a, octet_length('héllo') AS b, char_length('héllo') AS c, character_length('ab') AS d, bit_length('ab') AS e, length('  '::char(5)) AS f, octet_length('ab '::char(5)) AS g, length(NULL::text) AS h",
  ),
  q('length of bytea', "SELECT length('\\x0102'::bytea) AS a, octet_length('\\x0102'::bytea) AS b"),
  q('upper lower unicode', "SELECT upper('straße é') AS a, lower('ÉCOLE') AS b"),
  q(
    'sha256 and encode',
    "SELECT encode(sha256('abc'), 'hex') AS a, encode('hi', 'base64') AS b, decode('aGk=', 'base64') AS c, encode('a\\000b'::bytea, 'escape') AS d",
  ),
  q('to_ascii and unistr', "SELECT unistr('d\\0061t\\+000061') AS a"),
  q('normalize', "SELECT normalize('abc') AS a, 'abc' IS NFC NORMALIZED AS b"),
  q(
    'regexp string funcs on columns',
    "SELECT id, upper(left(name, 1)) || substr(name, 2) AS cap, length(name) AS l FROM (VALUES (1, 'ann'), (2, 'bo')) v(id, name) ORDER BY id",
  ),
  t(
    'string funcs over table',
    "SELECT id, initcap(name) AS i, coalesce(code, '-') AS c, concat_ws('/', code, note) AS cw, split_part(name, ' ', 1) AS first FROM p ORDER BY id",
  ),
  t('lower like over table', "SELECT id FROM p WHERE lower(name) LIKE '%s%' ORDER BY id"),
  q(
    'text and varchar typing',
    "SELECT pg_typeof('a'::varchar || 'b')::text AS a, pg_typeof(upper('a'::varchar))::text AS b, pg_typeof(left('a'::char(3), 1))::text AS c, pg_typeof(concat('a'))::text AS d, pg_typeof(lpad('a', 2))::text AS e",
  ),
  q(
    'char padding semantics',
    "SELECT 'ab'::char(4) || 'c' AS a, length('ab  '::char(4)) AS b, 'ab'::char(4) = 'ab' AS c, 'ab'::char(4)::text || '|' AS d",
  ),
  q('string comparison collation', "SELECT 'a' < 'B' AS a, 'abc' < 'abd' AS b, 'Z' < 'a' COLLATE \"C\" AS c"),
  q('repeat large errors', "SELECT length(repeat('x', 1000000)) AS a"),
  q('format with percent s of json', "SELECT format('%s', '{\"a\":1}'::jsonb) AS a, format('%L', 3.5) AS b"),
  q('concat_ws with only NULLs', "SELECT concat_ws(',', NULL, NULL) AS a, concat_ws(',') AS b"),
  q('regexp_replace in string context', "SELECT regexp_replace('Thomas', '.[mN]a.', 'M') AS a"),
  q('ltrim default', "SELECT ltrim('   x') AS a, rtrim('x   ') || '|' AS b"),
  q('left with NULL count', "SELECT left('abc', NULL) AS a, lpad('x', NULL) AS b, repeat(NULL, 2) AS c"),
  q('octet_length of char', "SELECT octet_length('a'::char(3)) AS a, char_length('a'::char(3)) AS b"),
  q('to_hex of zero and int typing', 'SELECT to_hex(0) AS a, pg_typeof(to_hex(1))::text AS b'),
  q('parse_ident', "SELECT parse_ident('public.\"My Tab\"') AS a, parse_ident('a.b.c') AS b"),
  q('string || number precedence', "SELECT 'v' || 1 + 2 AS a"),
  q('text to int cast error', "SELECT 'abc'::int"),
  q(
    'quote_ident with spaces and unicode',
    "SELECT quote_ident('my col') AS a, quote_ident('élan') AS b, quote_ident('_x1') AS c, quote_ident('1x') AS d, quote_ident('user') AS e, quote_ident('name') AS f",
  ),
  q('substring with null', "SELECT substring(NULL::text from 1 for 2) AS a, substring('abc' from NULL) AS b"),
  q('position of multibyte', "SELECT position('é' in 'aébé') AS a, strpos('aébé', 'bé') AS b"),
  q('overlay bytea', "SELECT overlay('\\x1234567890'::bytea placing '\\002\\003'::bytea from 2 for 3) AS a"),
  q(
    'btrim bytea and get_byte',
    "SELECT get_byte('\\x1234'::bytea, 1) AS a, set_byte('\\x1234'::bytea, 0, 255) AS b",
  ),
  q('string_agg separator types', "SELECT string_agg(x, ', ') AS a FROM (VALUES ('a'), ('b')) v(x)"),
  q(
    'split_part with multichar delimiter',
    "SELECT split_part('a::b::c', '::', 3) AS a, split_part('a::b::c', '::', -2) AS b",
  ),
  q(
    'translate with longer from',
    "SELECT translate('hello', 'elo', 'EL') AS a, translate('abc', '', 'x') AS b",
  ),
  q('reverse unicode', "SELECT reverse('aé€') AS a"),
  q('initcap numbers and underscores', "SELECT initcap('foo_bar baz9qux') AS a"),
  q('lpad multibyte', "SELECT lpad('é', 3, '€') AS a, rpad('ab', 1) AS b"),
  q(
    'char_length vs length of trailing spaces varchar',
    "SELECT length('ab  '::varchar) AS a, length('ab  '::char(4)) AS b, octet_length('ab  '::char(4)) AS c",
  ),
  q('format leading zeros not supported', "SELECT format('%05s', 'a')"),
  q('format position beyond', "SELECT format('%3$s', 'a', 'b')"),
  q('format mixing positional', "SELECT format('%1$s %s %s', 'a', 'b') AS a"),
  q(
    'concat numeric formatting',
    "SELECT concat(1.10, '-', 2.0::float8, '-', 1e3::numeric, '-', '2024-01-02'::date) AS a",
  ),
  q('md5 of NULL', "SELECT md5(NULL) AS a, md5('é') AS b"),
  q('ascii of multi', "SELECT ascii('abc') AS a, chr(128512) AS b"),
  q('chr negative errors', 'SELECT chr(-1)'),
  q('left right on multibyte', "SELECT left('héllo', 2) AS a, right('héllo', 3) AS b"),
  q('string comparison operators with NULL', "SELECT NULL::text = 'a' AS a, 'a' <> 'b' AS b"),
  q('lower upper initcap NULL', 'SELECT lower(NULL) AS a, upper(NULL) AS b, initcap(NULL) AS c'),
  q(
    'text length function typing',
    "SELECT pg_typeof(length('a'))::text AS a, pg_typeof(octet_length('a'))::text AS b, pg_typeof(position('a' in 'a'))::text AS c",
  ),
  q('replace NULL args', "SELECT replace('abc', NULL, 'x') AS a, replace('abc', 'b', NULL) AS b"),
  q('strpos empty', "SELECT strpos('abc', '') AS a, strpos('', '') AS b"),
  q('substring regex with captures two groups', "SELECT substring('2024-03-15' from '(\\d+)-(\\d+)') AS a"),
  q('substring similar no escape errors', "SELECT substring('abc' similar 'a%')"),
  q(
    'text repetition via generate',
    "SELECT string_agg(repeat('*', g), '|' ORDER BY g) AS a FROM generate_series(1, 3) g",
  ),
  q('quote_literal of backslash gives E', "SELECT quote_literal('a\\b') AS a, quote_nullable(1.5) AS b"),
  q('format width with multibyte', "SELECT format('[%5s]', 'é') AS a, format('[%-3s]', 'abcdef') AS b"),
  q('ltrim multiple chars set', "SELECT ltrim('xyxzabc', 'xyz') AS a, btrim('  ') AS b"),
];
