// Round 15 probe, full exploratory set (cases.ts beside it is the curated subset): PostgreSQL 15 docs 9.3-9.7 and 8.1 (strings, bytea, patterns, maths, numeric
// types, bit strings). Every output column is aliased so that names never decide a verdict.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 9.4 format()
list.select('format %s basic', `format('Hello %s', 'World')`);
list.select('format %s with NULL gives empty', `format('[%s]', NULL)`);
list.select('format %I plain identifier', `format('%I', 'foo')`);
list.select('format %I needs quoting', `format('%I', 'Foo bar')`);
list.select('format %I keyword', `format('%I', 'select')`);
list.select('format %I embedded quote', `format('%I', 'a"b')`);
list.select('format %I NULL errors', `format('%I', NULL)`);
list.select('format %L quote doubling', `format('%L', 'O''Reilly')`);
list.select('format %L NULL', `format('%L', NULL)`);
list.select('format %L number', `format('%L', 42)`);
list.select('format %L backslash uses E', `format('%L', E'a\\\\b')`);
list.select('format %s array argument', `format('%s', ARRAY[1,2,3])`);
list.select('format %s numeric keeps scale', `format('%s', 1.50)`);
list.select('format positional reuse', `format('%1$s %1$s %2$s', 'a', 'b')`);
list.select('format positional then sequential', `format('%2$s %s', 'a', 'b', 'c')`);
list.select('format width right aligned', `format('|%10s|', 'foo')`);
list.select('format width left aligned', `format('|%-10s|', 'foo')`);
list.select('format star width', `format('|%*s|', 10, 'foo')`);
list.select('format negative star width left aligns', `format('|%*s|', -10, 'foo')`);
list.select('format width on %L', `format('|%10L|', 'x')`);
list.select('format width narrower than value', `format('|%2s|', 'abcdef')`);
list.select('format percent escape', `format('100%% %s', 'done')`);
list.select('format too few arguments errors', `format('%s %s', 'a')`);
list.select('format unknown conversion errors', `format('%x', 1)`);
list.select('format variadic array', `format('%s-%s', VARIADIC ARRAY['x','y'])`);
list.select('format NULL format string', `format(NULL, 'a')`);
list.select('format star positional width', `format('|%1$*2$s|', 'ab', 6)`);
list.params('format with text params', `SELECT format($1, $2::text) AS v`, ['<%s>', 'hi']);
list.params('format with untyped variadic param', `SELECT format('%s', $1) AS v`, ['hi']);

// ---------------------------------------------------------------- concat
list.select('concat skips NULL', `concat('a', NULL, 'b')`);
list.select('concat all NULL gives empty', `concat(NULL, NULL)`);
list.select('concat mixed types', `concat(1, true, 2.50)`);
list.select('concat_ws skips NULL', `concat_ws(',', 'a', NULL, 'b')`);
list.select('concat_ws NULL separator', `concat_ws(NULL, 'a', 'b')`);
list.select('concat_ws variadic array with NULL', `concat_ws('-', VARIADIC ARRAY['a', NULL, 'c'])`);
list.select('concat operator with NULL', `'a' || NULL`);
list.select('concat operator with integer', `'a' || 1 || 2`);
list.select('concat operator integer first', `1 || 'a'`);
list.select('concat char(n) strips padding', `'ab'::char(4) || 'c'`);
list.params('concat params with null', `SELECT concat($1::text, $2::text, $3::text) AS v`, ['a', null, 'c']);

// ---------------------------------------------------------------- PG15 regexp_* functions
list.select('regexp_count basic', `regexp_count('ABCABCAXYaxy', 'A.')`);
list.select('regexp_count case insensitive from start', `regexp_count('ABCABCAXYaxy', 'A.', 1, 'i')`);
list.select('regexp_count start offset', `regexp_count('ABCABCAXYaxy', 'A.', 4)`);
list.select('regexp_count start zero errors', `regexp_count('abc', 'a', 0)`);
list.select('regexp_count start past end', `regexp_count('abc', 'a', 10)`);
list.select(
  'regexp_instr nth occurrence',
  `regexp_instr('number of your street, town zip, FR', '[^,]+', 1, 2)`,
);
list.select('regexp_instr subexpression', `regexp_instr('ABCDEFGHI', '(c..)(...)', 1, 1, 0, 'i', 2)`);
list.select('regexp_instr end option', `regexp_instr('ABCDEFGHI', 'c..', 1, 1, 1, 'i')`);
list.select('regexp_instr no match', `regexp_instr('abc', 'x')`);
list.select('regexp_like case sensitive', `regexp_like('Hello World', 'world')`);
list.select('regexp_like i flag', `regexp_like('Hello World', 'world', 'i')`);
list.select('regexp_like n flag newline', `regexp_like(E'a\\nb', '^b', 'n')`);
list.select('regexp_like default dot matches newline', `regexp_like(E'a\\nb', 'a.b')`);
list.select('regexp_like n flag dot not newline', `regexp_like(E'a\\nb', 'a.b', 'n')`);
list.select('regexp_substr nth', `regexp_substr('number of your street, town zip, FR', '[^,]+', 1, 2)`);
list.select('regexp_substr subexpression', `regexp_substr('ABCDEFGHI', '(c..)(...)', 1, 1, 'i', 2)`);
list.select('regexp_substr no match NULL', `regexp_substr('abc', 'x')`);
list.select('regexp_substr start offset', `regexp_substr('abcabc', 'a.', 2)`);
list.params('regexp_count params', `SELECT regexp_count($1, $2) AS v`, ['banana', 'an']);

// ---------------------------------------------------------------- regexp_replace
list.select('regexp_replace first only', `regexp_replace('Thomas', '.[mN]a.', 'M')`);
list.select('regexp_replace g with backrefs', `regexp_replace('foobarbaz', 'b(..)', 'X\\1Y', 'g')`);
list.select('regexp_replace whole match ampersand', `regexp_replace('abc', 'b', '[\\&]')`);
list.select('regexp_replace swap words', `regexp_replace('hello world', '(\\w+) (\\w+)', '\\2 \\1')`);
list.select(
  'regexp_replace PG15 start and N all',
  `regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 0, 'i')`,
);
list.select(
  'regexp_replace PG15 third occurrence',
  `regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 3, 'i')`,
);
list.select('regexp_replace PG15 start only', `regexp_replace('aaaa', 'a', 'X', 3)`);
list.select('regexp_replace gi', `regexp_replace('aAbB', 'a|b', '-', 'gi')`);
list.select('regexp_replace dot global', `regexp_replace('a.b', '.', '-', 'g')`);
list.select('regexp_replace empty pattern global', `regexp_replace('abc', '', '-', 'g')`);
list.select('regexp_replace star pattern global', `regexp_replace('aaa', 'a*', 'X', 'g')`);
list.select('regexp_replace x flag expanded', `regexp_replace('abc', 'a b  c', 'X', 'x')`);
list.select('regexp_replace invalid flag', `regexp_replace('abc', 'a', 'X', 'z')`);
list.select('regexp_replace literal backslash in replacement', `regexp_replace('abc', 'b', '\\\\')`);
list.select('regexp_replace NULL replacement', `regexp_replace('abc', 'b', NULL)`);
list.params('regexp_replace params', `SELECT regexp_replace($1, $2, $3, 'g') AS v`, ['2024-01-02', '-', '/']);

// ---------------------------------------------------------------- regexp_match(es), split
list.select('regexp_match whole', `regexp_match('foobarbequebaz', 'bar.*que')`);
list.select('regexp_match groups', `regexp_match('foobarbequebaz', '(bar)(beque)')`);
list.select('regexp_match no match NULL', `regexp_match('abc', 'x')`);
list.select('regexp_match unmatched group NULL', `regexp_match('abc', '(x)?b')`);
list.select('regexp_match g flag rejected', `regexp_match('abc', 'b', 'g')`);
list.select('regexp_match subscript', `(regexp_match('foobar', '(o+)'))[1]`);
list.select('regexp_match alternation longest', `regexp_match('xyz', 'x|xy')`);
list.select('regexp_match non-greedy whole', `regexp_match('xyz aaa', 'a+?')`);
list.select('regexp_match bounded non-greedy', `regexp_match('aaa', 'a{2,}?')`);
list.add('regexp_matches g two rows', [
  `SELECT m AS v FROM regexp_matches('foobarbequebazilbarfbonk', '(b[^b]+)(b[^b]+)', 'g') AS m`,
]);
list.add('regexp_matches no match no rows', [`SELECT m AS v FROM regexp_matches('abc', 'x') AS m`]);
list.add('regexp_matches gi', [`SELECT m AS v FROM regexp_matches('aXbx', 'x', 'gi') AS m`]);
list.add('regexp_matches empty pattern g', [`SELECT count(*)::int AS v FROM regexp_matches('abc', '', 'g')`]);
list.add('regexp_matches without g one row', [`SELECT m AS v FROM regexp_matches('abab', 'a(b)') AS m`]);
list.add('regexp_split_to_table whitespace', [
  `SELECT w AS v, n FROM regexp_split_to_table('hello   world  x', '\\s+') WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
list.select('regexp_split_to_array basic', `regexp_split_to_array('hello world', '\\s+')`);
list.select('regexp_split_to_array empty pattern', `regexp_split_to_array('abc', '')`);
list.select('regexp_split_to_array empty string', `regexp_split_to_array('', ',')`);
list.select('regexp_split_to_array keeps empty fields', `regexp_split_to_array('a,b,,c,', ',')`);
list.select('regexp_split_to_array i flag', `regexp_split_to_array('aXbxc', 'x', 'i')`);
list.select('regexp_split_to_array zero-length match', `regexp_split_to_array('abc', 'x*')`);

// ---------------------------------------------------------------- split_part, string_to_array
list.select('split_part multi-char delimiter', `split_part('abc~@~def~@~ghi', '~@~', 2)`);
list.select('split_part negative field', `split_part('abc,def,ghi,jkl', ',', -2)`);
list.select('split_part beyond fields', `split_part('abc', ',', 5)`);
list.select('split_part negative beyond fields', `split_part('a,b', ',', -5)`);
list.select('split_part zero field errors', `split_part('abc', ',', 0)`);
list.select('split_part empty delimiter', `split_part('abc', '', 1)`);
list.select('split_part empty delimiter field 2', `split_part('abc', '', 2)`);
list.params('split_part params negative', `SELECT split_part($1, $2, $3) AS v`, ['a.b.c', '.', '-1']);
list.select('string_to_array null string', `string_to_array('xx~~yy~~zz', '~~', 'yy')`);
list.select('string_to_array NULL delimiter splits chars', `string_to_array('abc', NULL)`);
list.select('string_to_array empty delimiter whole', `string_to_array('abc', '')`);
list.select('string_to_array empty input', `string_to_array('', ',')`);
list.select('string_to_array NULL input', `string_to_array(NULL, ',')`);
list.select('string_to_array empty null string', `string_to_array('a,b,,c', ',', '')`);
list.select('string_to_array multibyte NULL delimiter', `string_to_array('héé', NULL)`);
list.add('string_to_table null string', [
  `SELECT w AS v, n FROM string_to_table('xx~^~yy~^~zz', '~^~', 'yy') WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
list.add('string_to_table NULL delimiter', [
  `SELECT w AS v, n FROM string_to_table('abc', NULL) WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
list.add('string_to_table empty input no rows', [`SELECT count(*)::int AS v FROM string_to_table('', ',')`]);
list.params('string_to_array params', `SELECT string_to_array($1, $2) AS v`, ['1|2|3', '|']);

// ---------------------------------------------------------------- overlay, translate, pad
list.select('overlay from for', `overlay('Txxxxas' placing 'hom' from 2 for 4)`);
list.select('overlay without for', `overlay('abcdef' placing 'XY' from 3)`);
list.select('overlay for zero inserts', `overlay('abcdef' placing 'X' from 2 for 0)`);
list.select('overlay past end', `overlay('abc' placing 'XYZ' from 5)`);
list.select('overlay multibyte', `overlay('héllo' placing 'É' from 2 for 1)`);
list.select('overlay bytea', `overlay('\\x1234567890'::bytea placing '\\x0203'::bytea from 2 for 3)`);
list.select('translate basic', `translate('12345', '143', 'ax')`);
list.select('translate delete', `translate('hello', 'l', '')`);
list.select('translate duplicate from chars', `translate('abc', 'aa', 'xy')`);
list.select('translate multibyte', `translate('héllo wörld', 'éö', 'eo')`);
list.select('translate NULL', `translate('abc', NULL, 'x')`);
list.select('lpad fill cycles', `lpad('hi', 5, 'xy')`);
list.select('lpad truncates', `lpad('hello', 3)`);
list.select('rpad fill cycles', `rpad('hi', 5, 'xy')`);
list.select('rpad truncates', `rpad('hello', 2)`);
list.select('lpad default space', `lpad('a', 3)`);
list.select('lpad multibyte', `lpad('héllo', 7, 'ñ')`);
list.select('rpad multibyte truncation', `rpad('日本語', 2)`);
list.select('lpad empty fill', `lpad('abc', 5, '')`);
list.select('lpad negative length', `lpad('abc', -1)`);
list.select('rpad NULL fill', `rpad('abc', 5, NULL)`);
list.params('lpad params zero fill', `SELECT lpad($1, $2, $3) AS v`, ['7', '3', '0']);

// ---------------------------------------------------------------- left/right, repeat, reverse, initcap
list.select('left positive', `left('abcde', 2)`);
list.select('left negative', `left('abcde', -2)`);
list.select('right positive', `right('abcde', 2)`);
list.select('right negative', `right('abcde', -2)`);
list.select('left zero', `left('abc', 0)`);
list.select('left beyond length', `left('abc', 10)`);
list.select('right negative beyond length', `right('abc', -5)`);
list.select('left multibyte', `left('héllo', 2)`);
list.select('right multibyte negative', `right('日本語です', -3)`);
list.select('repeat', `repeat('Pg', 4)`);
list.select('repeat zero', `repeat('x', 0)`);
list.select('repeat negative', `repeat('x', -1)`);
list.select('reverse', `reverse('abc')`);
list.select('reverse multibyte', `reverse('héllo')`);
list.select('initcap basic', `initcap('hi THOMAS')`);
list.select('initcap punctuation and digits', `initcap('hello-world foo_bar 3rd o''neil x.y')`);
list.select('initcap multibyte C.UTF-8', `initcap('école ÉLÈVE')`);
list.select('upper multibyte C.UTF-8', `upper('éa')`);
list.select('lower multibyte C.UTF-8', `lower('ÉA')`);

// ---------------------------------------------------------------- quoting
list.select('quote_ident plain', `quote_ident('foo')`);
list.select('quote_ident mixed case', `quote_ident('Foo bar')`);
list.select('quote_ident embedded quote', `quote_ident('a"b')`);
list.select('quote_ident keyword', `quote_ident('select')`);
list.select('quote_ident unreserved keyword', `quote_ident('name')`);
list.select('quote_ident leading digit', `quote_ident('1abc')`);
list.select('quote_ident underscore', `quote_ident('_x1')`);
list.select('quote_ident empty', `quote_ident('')`);
list.select('quote_literal quote', `quote_literal(E'O\\'Reilly')`);
list.select('quote_literal backslash', `quote_literal(E'a\\\\b')`);
list.select('quote_literal numeric', `quote_literal(42.5)`);
list.select('quote_literal NULL', `quote_literal(NULL)`);
list.select('quote_nullable NULL', `quote_nullable(NULL)`);
list.select('quote_nullable number', `quote_nullable(42)`);
list.params('quote_ident param', `SELECT quote_ident($1) AS v`, ['My Table']);

// ---------------------------------------------------------------- to_hex, md5, encode/decode, chr/ascii
list.select('to_hex int max', `to_hex(2147483647)`);
list.select('to_hex negative int', `to_hex(-1)`);
list.select('to_hex negative bigint', `to_hex(-1::bigint)`);
list.select('to_hex zero', `to_hex(0)`);
list.select('md5 abc', `md5('abc')`);
list.select('md5 empty', `md5('')`);
list.select('md5 multibyte', `md5('é')`);
list.select('md5 bytea', `md5('\\x00ff'::bytea)`);
list.params('md5 param', `SELECT md5($1) AS v`, ['hello']);
list.select('encode base64', `encode('123\\000\\001'::bytea, 'base64')`);
list.select('decode base64', `decode('MTIzAAE=', 'base64')`);
list.select('encode base64 wraps at 76', `encode(convert_to(repeat('x', 60), 'UTF8'), 'base64')`);
list.select('decode base64 with newline', `decode(E'YW\\nJj', 'base64')`);
list.select('decode base64 bad end', `decode('abc', 'base64')`);
list.select('encode hex', `encode('abc'::bytea, 'hex')`);
list.select('decode hex', `decode('616263', 'hex')`);
list.select('decode hex uppercase', `decode('DEADBEEF', 'hex')`);
list.select('decode hex odd digits', `decode('abc', 'hex')`);
list.select('decode hex invalid digit', `decode('zz', 'hex')`);
list.select('encode escape', `encode('\\x00ff41'::bytea, 'escape')`);
list.select('decode escape', `decode('a\\000b', 'escape')`);
list.select('encode unknown format', `encode('a'::bytea, 'base32')`);
list.select('chr ascii', `chr(65)`);
list.select('chr zero errors', `chr(0)`);
list.select('chr latin', `chr(233)`);
list.select('chr euro', `chr(8364)`);
list.select('chr negative errors', `chr(-1)`);
list.select('ascii', `ascii('x')`);
list.select('ascii multibyte', `ascii('é')`);
list.select('ascii empty', `ascii('')`);
list.select('starts_with true', `starts_with('alphabet', 'alph')`);
list.select('starts_with empty prefix', `starts_with('alphabet', '')`);
list.select('starts_with operator', `'alphabet' ^@ 'alp'`);

// ---------------------------------------------------------------- trims, position, substr
list.select('btrim characters', `btrim('xyxtrimyyx', 'xyz')`);
list.select('ltrim characters', `ltrim('zzzytest', 'xyz')`);
list.select('rtrim characters', `rtrim('testxxzx', 'xyz')`);
list.select('trim both from', `trim(both 'xyz' from 'yxTomxx')`);
list.select('trim leading default', `'[' || trim(leading from '  a  ') || ']'`);
list.select('trim trailing chars', `trim(trailing 'x' from 'xaxx')`);
list.select('trim PG comma form', `trim(both from 'yxTomxx', 'xyz')`);
list.select('btrim multibyte', `btrim('ééaéé', 'é')`);
list.select('ltrim empty set', `ltrim('abc', '')`);
list.select('position basic', `position('om' in 'Thomas')`);
list.select('position empty needle', `position('' in 'abc')`);
list.select('position missing', `position('x' in 'abc')`);
list.select('position multibyte', `position('b' in 'aébé')`);
list.select('strpos', `strpos('high', 'ig')`);
list.params('strpos params', `SELECT strpos($1, $2) AS v`, ['hélló', 'l']);
list.select('substr basic', `substr('alphabet', 3, 2)`);
list.select('substr negative start', `substr('alphabet', -2, 5)`);
list.select('substring from negative for', `substring('alphabet' from -2 for 5)`);
list.select('substr zero start', `substr('alphabet', 0)`);
list.select('substr negative length errors', `substr('abc', 2, -1)`);
list.select('substring from only', `substring('Thomas' from 3)`);
list.select('substring for only', `substring('Thomas' for 2)`);
list.select('substr multibyte', `substr('héllo', 2, 2)`);
list.select('substr start far negative', `substr('abc', -10, 12)`);
list.params('substr params', `SELECT substr($1, $2, $3) AS v`, ['alphabet', '-1', '4']);
list.select('octet_length multibyte', `octet_length('é')`);
list.select('bit_length multibyte', `bit_length('é')`);
list.select('length multibyte', `length('日本語')`);
list.select('octet_length cjk', `octet_length('日本語')`);
list.select('char_length bpchar ignores padding', `char_length('ab '::char(5))`);
list.select('octet_length bpchar', `octet_length('ab'::char(5))`);
list.select('bpchar text output padded', `'ab'::char(5)`);
list.select('length bytea', `length('\\xdeadbeef'::bytea)`);

// ---------------------------------------------------------------- 9.5 bytea
list.select('get_byte', `get_byte('\\x1234567890'::bytea, 4)`);
list.select('set_byte', `set_byte('\\x1234567890'::bytea, 4, 64)`);
list.select('get_byte out of range', `get_byte('\\x1234'::bytea, 10)`);
list.select('get_bit bytea', `get_bit('\\x1234567890'::bytea, 30)`);
list.select('set_bit bytea', `set_bit('\\x1234567890'::bytea, 30, 0)`);
list.select('sha256', `sha256('abc'::bytea)`);
list.select('sha224', `sha224('abc'::bytea)`);
list.select('sha512 empty', `sha512(''::bytea)`);
list.select('bytea value as node buffer', `'\\x00ff'::bytea`);
list.select('bytea cast to text hex', `'abc'::bytea::text`);
list.add('bytea_output escape', [`SET bytea_output = 'escape'`, `SELECT 'ab\\001\\377'::bytea::text AS v`]);
list.select('bytea concatenation', `'\\x1234'::bytea || '\\x5678'::bytea`);
list.select('bytea btrim', `btrim('\\x1234567890'::bytea, '\\x9012'::bytea)`);
list.select('bytea ltrim', `ltrim('\\x1234567890'::bytea, '\\x9012'::bytea)`);
list.select('bytea substring', `substring('\\x1234567890'::bytea from 3 for 2)`);
list.select('bytea position', `position('\\x5678'::bytea in '\\x1234567890'::bytea)`);
list.select('convert_from utf8', `convert_from('\\x68c3a9'::bytea, 'UTF8')`);
list.select('convert_to latin1', `convert_to('hé', 'LATIN1')`);
list.select('bit_count bytea', `bit_count('\\x1234567890'::bytea)`);
list.select('bytea escape input', `E'\\\\001\\\\002a'::bytea`);
list.select('bytea invalid hex input', `'\\xzz'::bytea`);
list.select('bytea ordering by length', `'\\x01'::bytea < '\\x0100'::bytea`);
list.params('bytea param text', `SELECT $1::bytea AS v`, ['\\x0102']);
list.params('bytea param length', `SELECT length($1::bytea) AS v`, ['\\xdeadbeef']);

// ---------------------------------------------------------------- 9.7 LIKE / ILIKE / SIMILAR
list.select('like exact', `'abc' LIKE 'abc'`);
list.select('like underscore', `'abc' LIKE '_b_'`);
list.select('like no anchor', `'abc' LIKE 'c'`);
list.select('like default backslash escape', `'a%c' LIKE 'a\\%c'`);
list.select('like default escape rejects', `'abc' LIKE 'a\\%c'`);
list.select('like custom escape', `'a_c' LIKE 'a#_c' ESCAPE '#'`);
list.select('like custom escape rejects', `'abc' LIKE 'a#_c' ESCAPE '#'`);
list.select('like empty escape disables', `'a\\bc' LIKE 'a\\bc' ESCAPE ''`);
list.select('like pattern ending with escape', `'a' LIKE 'a\\'`);
list.select('like two-character escape errors', `'a' LIKE 'a' ESCAPE 'ab'`);
list.select('like underscore matches newline', `E'a\\nb' LIKE 'a_b'`);
list.select('like NULL', `NULL::text LIKE 'a%'`);
list.select('not like', `'abc' NOT LIKE 'a%'`);
list.select('ilike', `'ABC' ILIKE 'a%'`);
list.select('ilike multibyte', `'ÉCOLE' ILIKE 'école'`);
list.select('like operators', `ARRAY['abc' ~~ 'a%', 'ABC' ~~* 'a%', 'abc' !~~ 'a%', 'abc' !~~* 'A%']`);
list.select('like is case sensitive', `'ABC' LIKE 'abc'`);
list.params('like param pattern', `SELECT $1 LIKE $2 AS v`, ['50%', '50\\%']);
list.params('ilike param', `SELECT $1::text ILIKE $2 AS v`, ['HeLLo', 'h%o']);
list.select('similar exact', `'abc' SIMILAR TO 'abc'`);
list.select('similar anchored', `'abc' SIMILAR TO 'a'`);
list.select('similar alternation percent', `'abc' SIMILAR TO '%(b|d)%'`);
list.select('similar alternation anchored', `'abc' SIMILAR TO '(b|c)%'`);
list.select('similar word boundary', `'-abc-' SIMILAR TO '%\\mabc\\M%'`);
list.select('similar word boundary fails', `'xabcy' SIMILAR TO '%\\mabc\\M%'`);
list.select('similar dot is literal', `'abc' SIMILAR TO 'a.c'`);
list.select('similar repetition braces', `'aa' SIMILAR TO 'a{2}'`);
list.select('similar custom escape', `'a_c' SIMILAR TO 'a#_c' ESCAPE '#'`);
list.select('similar underscore', `'abc' SIMILAR TO 'a_c'`);
list.select('substring similar escape', `substring('foobar' similar '%#"o_b#"%' escape '#')`);
list.select('substring similar anchored no match', `substring('foobar' similar '#"o_b#"%' escape '#')`);
list.select('substring from for SQL99 form', `substring('foobar' from '%#"o_b#"%' for '#')`);
list.select('substring posix tail', `substring('Thomas' from '...$')`);
list.select('substring posix group', `substring('foobar' from 'o(.)b')`);
list.select('substring posix no match', `substring('foobar' from 'x')`);
list.select('substring posix greedy', `substring('XY1234Z', 'Y*([0-9]{1,3})')`);
list.select('substring posix non-greedy whole RE', `substring('XY1234Z', 'Y*?([0-9]{1,3})')`);

// ---------------------------------------------------------------- POSIX operators
list.select(
  'regex operators',
  `ARRAY['abcd' ~ 'bc', 'abcd' ~ 'a.c', 'ABCD' ~* 'bc', 'abcd' !~ 'bc', 'abcd' !~* 'BC']`,
);
list.select('regex backreference matches', `'abcabc' ~ '^(abc)\\1$'`);
list.select('regex backreference rejects', `'abcabd' ~ '^(abc)\\1$'`);
list.select('regex bounded quantifier', `ARRAY['aaa' ~ '^a{2,3}$', 'aaaa' ~ '^a{2,3}$', 'a' ~ '^a{2,3}$']`);
list.select('regex posix class', `regexp_match('abc 123', '[[:digit:]]+')`);
list.select('regex word start', `'foo bar' ~ '\\mbar'`);
list.select('regex y boundary', `'foo bar' ~ '\\yfoo\\y'`);
list.select('regex embedded option', `'abc' ~ '(?i)ABC'`);
list.select('regex literal director', `ARRAY['a.c' ~ '***=a.c', 'abc' ~ '***=a.c']`);
list.select('regex A and Z anchors', `'abc' ~ '\\Aabc\\Z'`);
list.select('regex lookahead', `'foobar' ~ 'foo(?=bar)'`);
list.select('regex lookbehind', `'foobar' ~ '(?<=foo)bar'`);
list.select('regex caret not multiline', `E'a\\nb' ~ '^b'`);
list.select('regex invalid pattern', `'abc' ~ '('`);
list.select('regex NULL', `NULL::text ~ 'a'`);
list.select('regex d in brackets', `regexp_match('x9y', '[\\d]')`);
list.select('regex escaped dot', `'abc' ~ 'a\\.c'`);
list.select('regex x flag with comment', `regexp_match('abc', 'a  b # comment', 'x')`);
list.params('regex params', `SELECT $1 ~ $2 AS v`, ['2024-01-02', '^\\d{4}-\\d{2}-\\d{2}$']);
list.params('regex case-insensitive params', `SELECT $1::text ~* $2 AS v`, ['HELLO', 'ell']);

// ---------------------------------------------------------------- 9.3 arithmetic
list.select('div negative', `ARRAY[div(9, 4), div(-9, 4)]`);
list.select('mod negatives', `ARRAY[mod(-9, 4), mod(9, -4), -9 % 4]`);
list.select('numeric modulo fraction', `9.5 % 4`);
list.select('numeric mod negative fraction', `mod(-9.5, 4)`);
list.select('integer division truncates', `ARRAY[7 / 2, -7 / 2]`);
list.select('integer division by zero', `7 / 0`);
list.select('numeric division by zero', `7.0 / 0`);
list.select('float division by zero', `7::float8 / 0`);
list.select('mod by zero', `mod(5, 0)`);
list.select('numeric division scale', `1 / 3::numeric`);
list.select('numeric division scale 2', `10::numeric / 4`);
list.select('numeric division two thirds', `2 / 3.0`);
list.select('round numeric half away', `ARRAY[round(2.5), round(-2.5), round(0.5), round(-0.5)]`);
list.select(
  'round double half even',
  `ARRAY[round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(0.5::float8)]`,
);
list.select('round numeric scale', `round(42.4382, 2)`);
list.select('round numeric exact 2.675', `round(2.675, 2)`);
list.select('round double with scale errors', `round(2.675::float8, 2)`);
list.select('round negative scale', `round(1234.5678, -2)`);
list.select('round integer negative scale', `round(1250, -2)`);
list.select('round result type', `pg_typeof(round(2.5::float8))::text || ' ' || pg_typeof(round(2.5))::text`);
list.select('trunc numeric', `ARRAY[trunc(42.8), trunc(-42.8)]`);
list.select('trunc scale', `trunc(42.4382, 2)`);
list.select('trunc negative scale', `trunc(1234.5, -2)`);
list.select('trunc double negative', `trunc(-42.8::float8)`);
list.select('ceil floor negatives', `ARRAY[ceil(-42.8), floor(-42.8), ceiling(42.2)]`);
list.select('ceil double negative zero text', `ceil(-0.5::float8)::text`);
list.select('floor double', `floor(-0.5::float8)`);
list.select('width_bucket numeric', `width_bucket(5.35, 0.024, 10.06, 5)`);
list.select(
  'width_bucket below and above',
  `ARRAY[width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(0, 0, 10, 5)]`,
);
list.select('width_bucket array', `width_bucket(6, ARRAY[1, 3, 5, 10])`);
list.select('width_bucket zero buckets', `width_bucket(5.0::float8, 0, 10, 0)`);
list.select('width_bucket reversed range', `width_bucket(2, 10, 0, 5)`);
list.select('gcd lcm', `ARRAY[gcd(1071, 462), lcm(1071, 462)]`);
list.select('gcd zeros and negatives', `ARRAY[gcd(0, 0), gcd(-12, 18), lcm(0, 5), lcm(-4, 6)]`);
list.select('gcd min int overflow', `gcd((-2147483648)::int, 0)`);
list.select('gcd numeric fractional', `gcd(1.5, 2.5)`);
list.select('factorial', `factorial(5)`);
list.select('factorial zero', `factorial(0)`);
list.select('factorial negative errors', `factorial(-1)`);
list.select('factorial large numeric', `factorial(25)`);
list.select('postfix factorial removed', `5 !`);
list.select('sqrt double', `sqrt(2)`);
list.select('sqrt numeric', `sqrt(2::numeric)`);
list.select('sqrt negative errors', `sqrt(-1)`);
list.select('cbrt', `ARRAY[cbrt(64), cbrt(-27)]`);
list.select('root operators', `ARRAY[|/ 25, ||/ 27]`);
list.select('power double', `power(2, 10)`);
list.select('power numeric', `power(2::numeric, 10)`);
list.select('power negative base fractional exponent', `power(-8, 1.0 / 3)`);
list.select('power double negative base fractional', `power(-8::float8, 0.5::float8)`);
list.select('power negative base integer exponent', `power(-2, 3)`);
list.select('power zero negative exponent', `power(0, -1)`);
list.select('power left associative', `2 ^ 3 ^ 3`);
list.select('power numeric half', `power(9::numeric, 0.5)`);
list.select('power numeric negative exponent', `power((-2)::numeric, -2)`);
list.select('power numeric fractional base', `1.5 ^ 2`);
list.select('log of integer', `log(100)`);
list.select('log numeric', `log(100::numeric)`);
list.select('log base', `log(2, 64)`);
list.select('ln numeric', `ln(2.0)`);
list.select('ln zero errors', `ln(0)`);
list.select('log negative errors', `log(-1)`);
list.select('log10', `log10(1000)`);
list.select('exp numeric', `exp(1.0)`);
list.select('exp double', `exp(1)`);
list.select('exp overflow', `exp(1000::float8)`);
list.select('sign', `ARRAY[sign(-8.4), sign(0), sign(3)]`);
list.select('sign double', `sign(-8.4::float8)`);
list.select('abs min int overflow', `abs((-2147483648)::int)`);
list.select('abs min bigint overflow', `abs('-9223372036854775808'::bigint)`);
list.select('abs operator', `@ -5`);
list.select('negative literal is integer', `pg_typeof(-2147483648)::text`);

// ---------------------------------------------------------------- NaN / Infinity / scale
list.select('numeric NaN text', `'NaN'::numeric`);
list.select('numeric NaN equals itself', `'NaN'::numeric = 'NaN'::numeric`);
list.select('numeric NaN sorts above all', `'NaN'::numeric > 1e300`);
list.select('numeric Infinity', `'Infinity'::numeric + 1`);
list.select('numeric Infinity minus Infinity', `'Infinity'::numeric - 'Infinity'::numeric`);
list.select('numeric inf spelling', `'-inf'::numeric`);
list.select('numeric divide by Infinity', `1 / 'Infinity'::numeric`);
list.select('numeric Infinity to int errors', `'Infinity'::numeric::int`);
list.select('numeric NaN to int errors', `'NaN'::numeric::int`);
list.select('float NaN equals itself', `'NaN'::float8 = 'NaN'::float8`);
list.select('float infinity text', `'-Infinity'::float8::text`);
list.select('scale', `ARRAY[scale(8.4100), scale(0.00), scale(1e3)]`);
list.select('scale NaN', `scale('NaN'::numeric)`);
list.select('min_scale', `ARRAY[min_scale(8.4100), min_scale(0), min_scale(100.0)]`);
list.select('trim_scale', `ARRAY[trim_scale(8.4100), trim_scale(100.00), trim_scale(0.000)]`);
list.params('trim_scale param', `SELECT trim_scale($1::numeric) AS v`, ['1.2300']);

// ---------------------------------------------------------------- 8.1 overflow and casts
list.select('int4 addition overflow', `2147483647 + 1`);
list.select('int4 multiply overflow', `(-2147483648)::int * -1`);
list.select('int4 divide overflow', `(-2147483648)::int / -1`);
list.select('int2 addition overflow', `32767::int2 + 1::int2`);
list.select('int8 addition overflow', `9223372036854775807 + 1`);
list.select('int2 cast overflow', `100000::int2`);
list.select('int4 text cast overflow', `'2147483648'::int`);
list.select('int4 from numeric overflow', `2147483648::int`);
list.select('int8 text cast overflow', `'9223372036854775808'::int8`);
list.select('int8 minimum text', `'-9223372036854775808'::int8`);
list.select('numeric to int rounds half away', `ARRAY[2.5::int, 3.5::int, (-2.5)::int]`);
list.select(
  'float to int rounds half even',
  `ARRAY[2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int]`,
);
list.select('text decimal to int errors', `'2.5'::int`);
list.select('text with spaces to int', `' 42 '::int`);
list.select('text with plus to int', `'+42'::int`);
list.select('text with tab newline to int', `E'\\t5\\n'::int`);
list.select('text sign space int errors', `'- 42'::int`);
list.select('text trailing garbage int errors', `'42abc'::int`);
list.select('empty text int errors', `''::int`);
list.select('hex text int PG15 errors', `'0x1A'::int`);
list.select('underscore text int PG15 errors', `'1_000'::int`);
list.select('int2 text spaces plus', `' +7 '::int2`);
list.select('bigint text spaces', `'  12  '::bigint`);
list.select('numeric text spaces', `'  1.50 '::numeric`);
list.select('numeric exponent text', `'1.23e5'::numeric`);
list.select('int literal underscore PG15', `1_000`);
list.params('int param spaces', `SELECT $1::int AS v`, [' 42 ']);
list.params('int param plus', `SELECT $1::int + 1 AS v`, ['+5']);
list.params('smallint param overflow', `SELECT $1::smallint AS v`, ['40000']);
list.params('int param inferred from comparison', `SELECT 1 AS v WHERE 5 = $1`, ['5']);
list.params('numeric typmod param', `SELECT $1::numeric(5,2) AS v`, ['123.456']);
list.params('bigint param returned as string', `SELECT $1::bigint * 2 AS v`, ['4611686018427387903']);
list.add(
  'numeric(5,2) insert rounding',
  [`INSERT INTO t VALUES (123.456), (0.005), (-0.005), (1.5)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(5,2))`,
);
list.add(
  'numeric(5,2) rounding overflow',
  [`INSERT INTO t VALUES (999.995)`],
  `CREATE TABLE t (n numeric(5,2))`,
);
list.add('numeric(5,2) too many digits', [`INSERT INTO t VALUES (12345)`], `CREATE TABLE t (n numeric(5,2))`);
list.add(
  'numeric(5,2) NaN allowed',
  [`INSERT INTO t VALUES ('NaN')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n numeric(5,2))`,
);
list.add(
  'numeric(5,2) Infinity rejected',
  [`INSERT INTO t VALUES ('Infinity')`],
  `CREATE TABLE t (n numeric(5,2))`,
);
list.params('numeric(5,2) insert param', `SELECT $1::numeric(5,2) + 0 AS v`, ['-999.994']);
list.select('numeric(3) rounds to integer', `1.5::numeric(3)`);
list.select('numeric negative scale PG15', `12345::numeric(2,-3)`);
list.select('numeric scale above precision PG15', `0.00123::numeric(3,5)`);
list.select('numeric typmod cast overflow', `1234.5::numeric(4,1)`);
list.add('varchar insert too long', [`INSERT INTO t VALUES ('abcd')`], `CREATE TABLE t (s varchar(3))`);
list.add(
  'varchar insert trailing spaces truncated',
  [`INSERT INTO t VALUES ('abc   ')`, `SELECT s || '|' AS v FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
list.select('varchar explicit cast truncates', `'abcd'::varchar(3)`);
list.select('numeric addition keeps scale', `1.0 + 2.00`);
list.select('numeric small value', `1e-5::numeric`);
list.select('numeric literal exponent', `1.5e3`);
list.select('numeric type of exponent literal', `pg_typeof(1.5e3)::text`);

// ---------------------------------------------------------------- float output
list.select('float4 text', `0.1::float4::text`);
list.select('float8 sum text', `(0.1::float8 + 0.2::float8)::text`);
list.select('float8 large exponent text', `1e100::float8::text`);
list.select('float8 small exponent text', `1.5e-7::float8::text`);
list.select('float4 large text', `123456789::float4::text`);
list.select('float4 division text', `(1 / 3::float4)::text`);
list.select('float8 1e15 text', `1e15::float8::text`);
list.select('float8 1e16 text', `1e16::float8::text`);
list.select('float4 widened to float8 text', `(0.1::float4)::float8::text`);
list.add('extra_float_digits 0 sum', [
  `SET extra_float_digits = 0`,
  `SELECT (0.1::float8 + 0.2::float8)::text AS v`,
]);
list.add('extra_float_digits 0 third', [`SET extra_float_digits = 0`, `SELECT (1 / 3::float8)::text AS v`]);
list.add('extra_float_digits -3 float4', [
  `SET extra_float_digits = -3`,
  `SELECT 3.14159::float4::text AS v`,
]);
list.select('float8 overflow input', `'1e400'::float8`);
list.select('float4 overflow input', `'1e40'::float4`);
list.select('float8 underflow input', `'1e-400'::float8`);
list.select('float8 value to node', `0.1::float8 + 0.2::float8`);
list.select('float4 value to node', `0.1::float4`);
list.select('float text with spaces', `' 1.5 '::float8`);
list.params('float param', `SELECT $1::float8 * 2 AS v`, ['1.25']);

// ---------------------------------------------------------------- 9.6 bit strings
list.select('bit concat', `B'10001' || B'011'`);
list.select('bit and or xor', `ARRAY[B'10001' & B'01101', B'10001' | B'01101', B'10001' # B'01101']`);
list.select('bit not', `~ B'10001'`);
list.select('bit shifts', `ARRAY[B'10001' << 3, B'10001' >> 2]`);
list.select('bit length and count', `ARRAY[length(B'10111'), bit_count(B'10111')]`);
list.select('bit get_bit', `get_bit(B'101010101010101010', 6)`);
list.select('bit set_bit', `set_bit(B'101010101010101010', 0, 0)`);
list.select('bit overlay', `overlay(B'01010101010101010' placing B'11111' from 2 for 3)`);
list.select('bit position', `position(B'010' in B'000001101011')`);
list.select('bit substring', `substring(B'110010111111' from 3 for 2)`);
list.select('int to bit', `ARRAY[44::bit(10), 44::bit(3), cast(-44 as bit(12))]`);
list.select('bit to int', `'1110'::bit(4)::integer`);
list.select('bit and length mismatch', `B'101' & B'11'`);
list.select('hex bit literal', `X'1F'::text`);
list.select('varbit cast truncates', `B'1010'::varbit(3)`);
list.add('bit column wrong length', [`INSERT INTO t VALUES (B'10')`], `CREATE TABLE t (b bit(3))`);
list.select('bit explicit cast pads', `B'10'::bit(4)`);

// ---------------------------------------------------------------- extra edges: non-BMP characters
list.select('length emoji', `length('😀')`);
list.select('char_length emoji mixed', `char_length('a😀b')`);
list.select('octet_length emoji', `octet_length('😀')`);
list.select('left emoji', `left('😀a', 1)`);
list.select('right emoji', `right('a😀', 1)`);
list.select('substr emoji', `substr('😀😀x', 2, 1)`);
list.select('substring emoji from', `substring('x😀y' from 3)`);
list.select('reverse emoji', `reverse('a😀b')`);
list.select('lpad emoji value', `lpad('😀', 3, 'x')`);
list.select('rpad emoji fill', `rpad('a', 3, '😀')`);
list.select('lpad emoji truncation', `lpad('😀😀😀', 2)`);
list.select('strpos after emoji', `strpos('😀a', 'a')`);
list.select('position after emoji', `position('b' in '😀😀b')`);
list.select('split_part emoji delimiter', `split_part('a😀b😀c', '😀', 3)`);
list.select('btrim emoji', `btrim('😀a😀', '😀')`);
list.select('like underscore emoji', `'😀' LIKE '_'`);
list.select('like two underscores emoji', `'😀' LIKE '__'`);
list.select('initcap after emoji', `initcap('😀abc def')`);
list.select('repeat emoji', `repeat('😀', 2)`);
list.select('starts_with emoji', `starts_with('😀a', '😀')`);
list.select('ascii emoji', `ascii('😀')`);
list.select('chr emoji', `chr(128512)`);
list.select('md5 emoji', `md5('😀')`);
list.select('translate emoji', `translate('a😀b', '😀', 'x')`);
list.select('concat_ws emoji separator', `concat_ws('😀', 'a', 'b')`);
list.select('left negative emoji', `left('ab😀', -1)`);
list.select('octet_length combining', `octet_length(E'e\u0301')`);
list.select('length combining', `length(E'e\u0301')`);
list.params('substr emoji param', `SELECT substr($1, 2) AS v`, ['😀😀x']);
list.params('length emoji param', `SELECT length($1) AS v`, ['a😀']);

// ---------------------------------------------------------------- extra edges: case mapping and comparison
list.select('upper ascii', `upper('abc')`);
list.select('lower ascii', `lower('ABC')`);
list.select('upper sharp s', `upper('ß')`);
list.select('lower dotted capital I', `lower('İ')`);
list.select('lower final sigma', `lower('ΑΣ')`);
list.select('initcap sharp s', `initcap('ßa')`);
list.select('ilike sharp s', `'ß' ILIKE 'ss'`);
list.select('ilike multibyte upper', `'É' ILIKE 'é'`);
list.select('ilike greek', `'ΣΑ' ILIKE 'σα'`);
list.select('regex word class multibyte', `'é' ~ '^\\w$'`);
list.select('regex alpha class multibyte', `'é' ~ '^[[:alpha:]]$'`);
list.select('regex case-insensitive multibyte', `'É' ~* 'é'`);
list.select('text less than uppercase', `'a' < 'B'`);
list.select('text compare accented', `'é' > 'f'`);
list.add('text order C.UTF-8', [
  `SELECT x AS v FROM (VALUES ('b'), ('B'), ('a'), ('A'), ('é'), ('e'), ('_'), ('1')) AS t(x) ORDER BY x`,
]);
list.select('text max', `(SELECT max(x) FROM (VALUES ('a'), ('B'), ('é')) AS t(x))`);
list.select('text equality trailing space', `'a ' = 'a'`);
list.select('bpchar equality trailing space', `'a'::char(3) = 'a  '::char(3)`);
list.select('bpchar like', `'a'::char(3) LIKE 'a'`);
list.select('concat bpchar keeps padding', `concat('a'::char(3), 'b')`);
list.select('length bpchar', `length('a '::char(3))`);
list.select('bpchar output', `'ab'::char(4) || '|'`);

// ---------------------------------------------------------------- extra edges: LIKE as regex
list.select('like dot literal', `'abc' LIKE 'a.c'`);
list.select('like dot literal match', `'a.c' LIKE 'a.c'`);
list.select('like plus literal', `'aa' LIKE 'a+'`);
list.select('like brackets literal', `'a' LIKE '[a]'`);
list.select('like brackets literal match', `'[a]' LIKE '[a]'`);
list.select('like parenthesis literal', `'a(b' LIKE 'a(b'`);
list.select('like star literal', `'aXb' LIKE 'a*b'`);
list.select('like caret dollar literal', `'^a$' LIKE '^a$'`);
list.select('like escaped backslash', `'a\\b' LIKE 'a\\\\b'`);
list.select('like escaped ordinary char', `'ab' LIKE 'a\\b'`);
list.select('like backslash value unescaped', `'a\\b' LIKE 'a\\b'`);
list.select('like percent newline', `E'a\\nb' LIKE 'a%b'`);
list.select('like empty', `'' LIKE '%'`);
list.select('like empty underscore', `'' LIKE '_'`);
list.select('like many percents', `'abc' LIKE 'a%%%c'`);
list.select('like repeated segments', `'abcabc' LIKE '%bc%bc'`);
list.select('like NULL pattern', `'a' LIKE NULL`);
list.select('like any array', `'abc' LIKE ANY (ARRAY['x%', 'a%'])`);
list.select('like all array', `'abc' LIKE ALL (ARRAY['a%', '%c', '%x'])`);
list.select('ilike escaped underscore', `'a_b' ILIKE 'A\\_B'`);
list.select('ilike escaped underscore rejects', `'axb' ILIKE 'A\\_B'`);
list.select('like pipe literal', `'a|b' LIKE 'a|b'`);
list.select('like question literal', `'a' LIKE 'a?'`);
list.select('like brace literal', `'aa' LIKE 'a{2}'`);
list.select('like dollar in middle', `'a$b' LIKE 'a$b'`);
list.select('not ilike', `'ABC' NOT ILIKE 'a%'`);
list.select('like integer operand', `123 LIKE '1%'`);
list.params('like param value and pattern', `SELECT $1 LIKE $2 AS v`, ['a.c', 'a.c']);
list.params('like param regex chars', `SELECT $1::text LIKE $2 AS v`, ['abc', 'a.c']);
list.params('ilike param multibyte', `SELECT $1::text ILIKE $2 AS v`, ['ÉTÉ', 'été']);

// ---------------------------------------------------------------- extra edges: trims, substr, split
list.select('trim both default', `'[' || trim(both from '  a  ') || ']'`);
list.select('btrim whole string', `btrim('aaa', 'a')`);
list.select('trim NULL characters', `trim(both NULL from 'abc')`);
list.select('trim both multichar set', `trim(both 'ab' from 'abcba')`);
list.select('rtrim multibyte set', `rtrim('abééé', 'é')`);
list.select('trim tab not default', `length(trim(E'\\ta\\t'))`);
list.select('ltrim default spaces only', `length(ltrim(E'\\n a'))`);
list.select('strpos empty needle', `strpos('abc', '')`);
list.select('strpos NULL', `strpos('abc', NULL)`);
list.select('substr zero length', `substr('abc', 1, 0)`);
list.select('substr past end', `substr('abc', 4)`);
list.select('substring from for large', `substring('abc' from 2 for 100)`);
list.select('substr negative start zero result', `substr('abc', -5, 3)`);
list.select('substr NULL', `substr(NULL, 1)`);
list.params('substring two untyped params', `SELECT substring($1, $2) AS v`, ['hello', '2']);
list.params('substring from for params', `SELECT substring($1 from $2 for $3) AS v`, ['hello', '2', '3']);
list.select('substring text pattern with regex', `substring('hello', 'l+')`);
list.select('split_part NULL delimiter', `split_part('a,b', NULL, 1)`);
list.select('split_part delimiter at ends', `split_part(',a,', ',', 1)`);
list.select('split_part longer delimiter than text', `split_part('ab', 'abc', 1)`);
list.select('split_part overlapping delimiter', `split_part('aaa', 'aa', 2)`);
list.select('split_part negative one single', `split_part('abc', ',', -1)`);
list.select('lpad zero length', `lpad('abc', 0)`);
list.select('rpad fill longer than needed', `rpad('a', 4, 'xyz12')`);
list.select('lpad NULL length', `lpad('a', NULL)`);
list.select('repeat NULL', `repeat(NULL, 3)`);
list.select('left NULL count', `left('abc', NULL)`);
list.select('reverse empty', `reverse('')`);
list.select('initcap numbers inside', `initcap('a1b c2D')`);
list.select('initcap apostrophe', `initcap('don''t stop')`);
list.select('concat_ws empty separator', `concat_ws('', 'a', NULL, 'b')`);
list.select('concat_ws only NULL values', `concat_ws(',', NULL, NULL)`);
list.select('concat numeric trailing zeros', `concat(1.50, NULL, 2.0)`);
list.select('concat boolean', `concat(true, false)`);
list.select('concat array', `concat(ARRAY[1, 2], 'x')`);
list.select('concat_ws numbers', `concat_ws(',', 1, 2.0, -3)`);
list.select('text concat NULL both', `NULL::text || NULL::text`);
list.select('text concat numeric', `'v' || 1.50`);
list.select('text concat boolean', `'v' || true`);
list.select('md5 upper input differs', `md5('ABC')`);
list.select('starts_with NULL', `starts_with(NULL, 'a')`);
list.select('starts_with longer prefix', `starts_with('ab', 'abc')`);
list.params('starts_with params', `SELECT starts_with($1, $2) AS v`, ['prefix-rest', 'prefix']);
list.params('concat untyped params', `SELECT concat($1, $2) AS v`, ['a', 'b']);
list.params('text concat untyped param', `SELECT $1 || 'x' AS v`, ['a']);
list.params('lpad number param', `SELECT lpad($1, 5, '0') AS v`, [42]);
list.params('split_part untyped params', `SELECT split_part($1, $2, 2) AS v`, ['a-b-c', '-']);

// ---------------------------------------------------------------- extra edges: numeric exactness
list.select('numeric sum exact', `0.1 + 0.2`);
list.select('numeric sum equals', `0.1 + 0.2 = 0.3`);
list.select('numeric multiply exact', `1.1 * 3`);
list.select('numeric multiply scale', `1.10 * 2`);
list.select('numeric large exact', `9007199254740993::numeric + 0`);
list.select('numeric very large', `12345678901234567890::numeric + 1`);
list.select('numeric huge multiply', `99999999999999999999.99 * 10`);
list.select('numeric tiny', `0.000000000000000000001 * 3`);
list.select('round 1.005', `round(1.005, 2)`);
list.select('round negative to zero', `round(-0.4)`);
list.select('round negative small scale', `round(-0.0001, 2)`);
list.select('round half large', `round(12345678901234567.5)`);
list.select('round integer', `round(7)`);
list.select('round numeric many digits', `round(0.123456789012345678901234567890, 25)`);
list.select('numeric subtraction scale', `5.00 - 2`);
list.select('numeric negative zero', `-0.00`);
list.select('numeric unary minus zero', `-(0.0)`);
list.select('numeric compare scale', `1.0 = 1.00`);
list.select('numeric division 10/3', `10.0 / 3`);
list.select('numeric division 1/7', `1 / 7.0`);
list.select('numeric mixed int division', `5 / 2.0`);
list.select('numeric integer plus fraction', `1 + 1.5`);
list.select('int8 exact large', `9007199254740993`);
list.select('int8 arithmetic exact', `9007199254740993 + 2`);
list.select('int8 multiply overflow', `9223372036854775807 * 2`);
list.select('int8 negate min', `-(-9223372036854775807 - 1)`);
list.select('int4 times int8 promotes', `2147483647 * 2::bigint`);
list.select('int2 multiply overflow', `200::int2 * 200::int2`);
list.select('int2 division', `7::int2 / 2::int2`);
list.select('int4 subtraction overflow', `(-2147483648)::int - 1`);
list.select('int4 negate min overflow', `-((-2147483648)::int)`);
list.select('int modulo negative dividend', `-7 % 3`);
list.select('int modulo negative divisor', `7 % -3`);
list.select('int modulo min by minus one', `(-2147483648)::int % -1`);
list.select('float division int by float', `7 / 2::float8`);
list.select('numeric sum aggregate', `(SELECT sum(x) FROM (VALUES (0.1), (0.2), (0.3)) AS t(x))`);
list.select('numeric avg aggregate', `(SELECT avg(x) FROM (VALUES (1), (2)) AS t(x))`);
list.select('numeric avg of decimals', `(SELECT avg(x) FROM (VALUES (0.1), (0.2)) AS t(x))`);
list.select('int sum to bigint', `(SELECT sum(x) FROM (VALUES (2147483647), (1)) AS t(x))`);
list.select('numeric cast scale rounding half', `0.125::numeric(4,2)`);
list.select('numeric cast negative half', `(-0.125)::numeric(4,2)`);
list.select('numeric cast tiny negative to zero', `(-0.004)::numeric(4,2)`);
list.select('numeric cast 1.005', `1.005::numeric(10,2)`);
list.add(
  'numeric(10,2) insert binary-unfriendly values',
  [`INSERT INTO t VALUES (1.005), (2.675), (-0.004), (0.115)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(10,2))`,
);
list.add('numeric(4,2) insert 99.995', [`INSERT INTO t VALUES (99.995)`], `CREATE TABLE t (n numeric(4,2))`);
list.add(
  'numeric(4,2) insert 99.994',
  [`INSERT INTO t VALUES (99.994)`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n numeric(4,2))`,
);
list.add(
  'numeric column sum exact',
  [`INSERT INTO t VALUES (0.1), (0.2)`, `SELECT sum(n) AS v FROM t`],
  `CREATE TABLE t (n numeric)`,
);
list.add(
  'integer column overflow on update',
  [`INSERT INTO t VALUES (2147483647)`, `UPDATE t SET n = n + 1`],
  `CREATE TABLE t (n int)`,
);
list.add('smallint column insert overflow', [`INSERT INTO t VALUES (32768)`], `CREATE TABLE t (n smallint)`);
list.add(
  'integer column insert from numeric rounds',
  [`INSERT INTO t VALUES (2.5), (3.5), (-2.5)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  'integer column insert text with spaces',
  [`INSERT INTO t VALUES (' 7 ')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
list.add('integer column insert decimal text', [`INSERT INTO t VALUES ('7.0')`], `CREATE TABLE t (n int)`);
list.add(
  'varchar column param too long',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['abcd'] }],
  `CREATE TABLE t (s varchar(3))`,
);
list.add(
  'varchar column multibyte length',
  [`INSERT INTO t VALUES ('ééé')`, `SELECT s AS v, octet_length(s) AS o FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
list.add(
  'varchar column emoji length',
  [`INSERT INTO t VALUES ('😀😀😀')`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
list.add(
  'char column padding',
  [`INSERT INTO t VALUES ('ab')`, `SELECT c AS v, length(c) AS l, octet_length(c) AS o FROM t`],
  `CREATE TABLE t (c char(4))`,
);
list.add('char column too long', [`INSERT INTO t VALUES ('abcde')`], `CREATE TABLE t (c char(4))`);
list.select('text to int negative zero', `'  -0 '::int`);
list.select('text to int leading zeros', `'00012'::int`);
list.select('text to int plus minus', `'+-1'::int`);
list.select('text to int exponent', `'1e3'::int`);
list.select('text to int nbsp', `E'\u00a012'::int`);
list.select('text to int vertical tab formfeed', `(chr(11) || '12' || chr(12))::int`);
list.select('text to int inner space', `' 12 34'::int`);
list.select('text to int min', `'-2147483648'::int`);
list.select('text to int below min', `'-2147483649'::int`);
list.select('text to int fullwidth digits', `'１２'::int`);
list.select('text to bigint max', `'9223372036854775807'::int8`);
list.select('text to int2 min', `'-32768'::int2`);
list.select('text to numeric leading dot', `'.5'::numeric`);
list.select('text to numeric trailing dot', `'5.'::numeric`);
list.select('text to numeric plus', `'+1.50'::numeric`);
list.select('text to numeric garbage', `'1.5x'::numeric`);
list.select('text to numeric nan lowercase', `'nan'::numeric`);
list.select('text to int hex PG16 form', `'0x10'::bigint`);
list.select('text to int binary PG16 form', `'0b101'::int`);
list.select('text to int octal PG16 form', `'0o17'::int`);
list.select('text to int2 hex PG16 form', `'0x10'::int2`);
list.select('text to numeric underscore PG16 form', `'1_000.5'::numeric`);
list.select('text to bigint underscore PG16 form', `'1_000'::bigint`);
list.select('hex integer literal PG16 form', `0x1A`);
list.select('binary integer literal PG16 form', `0b101`);
list.select('octal integer literal PG16 form', `0o17`);
list.select('numeric literal underscore PG16 form', `1_000.5`);
list.params('int param decimal text', `SELECT $1::int AS v`, ['4.0']);
list.params('int param js float', `SELECT $1::int AS v`, [4.5]);
list.params('int param exponent', `SELECT $1::int AS v`, ['1e2']);
list.params('numeric typmod param overflow', `SELECT $1::numeric(5,2) AS v`, ['999.999']);
list.params('numeric param spaces', `SELECT $1::numeric AS v`, [' 1.5 ']);
list.params('int2 param min', `SELECT $1::int2 AS v`, ['-32768']);
list.params('untyped param plus int', `SELECT $1 + 1 AS v`, ['2']);
list.params('untyped param plus numeric', `SELECT $1 + 1.5 AS v`, ['2']);
list.params('untyped param divided by int', `SELECT $1 / 2 AS v`, ['7']);
list.params('untyped param times int with decimal', `SELECT $1 * 2 AS v`, ['2.5']);
list.params('untyped param equals int with decimal', `SELECT $1 = 1 AS v`, ['1.0']);
list.params('untyped param overflow', `SELECT 2147483647 + $1 AS v`, ['1']);
list.params('untyped param modulo', `SELECT $1 % 3 AS v`, ['-7']);
list.params('untyped param hex text PG16 form', `SELECT $1::int AS v`, ['0x10']);
list.params('untyped param underscore PG16 form', `SELECT $1::int AS v`, ['1_000']);
list.params('numeric param js sum', `SELECT $1::numeric AS v`, [0.1 + 0.2]);
list.params('bigint param exact', `SELECT $1::bigint + 1 AS v`, ['9007199254740993']);
list.params('round param', `SELECT round($1::numeric, 1) AS v`, ['-0.05']);

// ---------------------------------------------------------------- extra edges: newer-version functions and keywords
list.select('to_bin is PG16', `to_bin(5)`);
list.select('to_oct is PG16', `to_oct(8)`);
list.select('random with bounds is PG17', `random(5, 5)`);
list.select('erf is PG16', `erf(0)`);
list.select('pg_input_is_valid is PG16', `pg_input_is_valid('42', 'integer')`);
list.select('quote_ident json_array', `quote_ident('json_array')`);
list.select('quote_ident json_object', `quote_ident('json_object')`);
list.select('quote_ident json_table', `quote_ident('json_table')`);
list.select('quote_ident json_value', `quote_ident('json_value')`);
list.select('quote_ident json_scalar', `quote_ident('json_scalar')`);
list.select('quote_ident json_serialize', `quote_ident('json_serialize')`);
list.select('quote_ident system_user', `quote_ident('system_user')`);
list.select('quote_ident merge_action', `quote_ident('merge_action')`);
list.select('quote_ident json', `quote_ident('json')`);
list.select('format %I json_exists', `format('%I', 'json_exists')`);
list.select('quote_ident absent', `quote_ident('absent')`);

// ---------------------------------------------------------------- extra edges: float maths on the platform libm
list.select('exp double fraction', `exp(0.7::float8)`);
list.select('ln double', `ln(3::float8)`);
list.select('log10 double', `log10(7::float8)`);
list.select('log double', `log(2::float8)`);
list.select('power double fractional', `power(2::float8, 0.3::float8)`);
list.select('power double large', `power(1.0001::float8, 10000::float8)`);
list.select('sin', `sin(1)`);
list.select('cos', `cos(1)`);
list.select('tan', `tan(1)`);
list.select('asin', `asin(0.3)`);
list.select('acos', `acos(0.3)`);
list.select('atan', `atan(1)`);
list.select('atan2', `atan2(1, 2)`);
list.select('sinh', `sinh(1)`);
list.select('cosh', `cosh(1)`);
list.select('tanh', `tanh(0.5)`);
list.select('asinh', `asinh(1)`);
list.select('acosh', `acosh(2)`);
list.select('atanh', `atanh(0.5)`);
list.select('sind exact', `sind(30)`);
list.select('cosd exact', `cosd(60)`);
list.select('tand exact', `tand(45)`);
list.select('sind other', `sind(10)`);
list.select('atand', `atand(2)`);
list.select('degrees', `degrees(1)`);
list.select('radians', `radians(180)`);
list.select('pi', `pi()`);
list.select('exp double large', `exp(700::float8)`);
list.select('ln double small', `ln(1e-300::float8)`);
list.select('sqrt double odd', `sqrt(3::float8)`);
list.select('float8 denormal input', `'1e-320'::float8`);
list.select('float8 hex input', `'0x1p3'::float8`);
list.select('float8 inf spellings', `ARRAY['inf'::float8, '+INF'::float8, '-Infinity'::float8]`);
list.select('float8 nan spaced', `' NaN '::float8`);
list.select('float4 overflow boundary', `'3.4028236e38'::float4`);
list.select('float4 underflow', `'1e-46'::float4`);
list.select('float4 denormal', `'1e-40'::float4`);
list.select('float8 to int overflow', `1e10::float8::int`);
list.select('float8 to numeric', `0.1::float8::numeric`);
list.select('float4 to numeric', `0.1::float4::numeric`);
list.select('numeric to float8 text', `1.1::numeric::float8::text`);
list.select('float8 multiply text', `(1.1::float8 * 3)::text`);
list.select('float8 NaN to int', `'NaN'::float8::int`);
list.select('numeric power odd', `power(2.5::numeric, 7.3)`);
list.select('numeric power precision', `power(1.000001::numeric, 1000000)`);
list.select('numeric power small', `power(0.9::numeric, 100)`);
list.select('numeric exp large', `exp(100::numeric)`);
list.select('numeric ln precise', `ln(10::numeric)`);
list.select('numeric log base fraction', `log(10::numeric, 2::numeric)`);
list.select('numeric sqrt big', `sqrt(12345678901234567890::numeric)`);

// ---------------------------------------------------------------- extra edges: bytea through node-pg
list.params('bytea binary buffer param', `SELECT $1::bytea AS v`, [Buffer.from([0, 255, 65])]);
list.params('bytea buffer param encode', `SELECT encode($1, 'hex') AS v`, [Buffer.from([1, 2, 3])]);
list.params('bytea buffer param length', `SELECT length($1::bytea) AS v`, [
  Buffer.from([0xde, 0xad, 0xbe, 0xef]),
]);
list.params('bytea buffer param md5', `SELECT md5($1::bytea) AS v`, [Buffer.from('abc')]);
list.add('bytea escape output value', [`SET bytea_output = 'escape'`, `SELECT '\\x00ff41'::bytea AS v`]);
list.select('bytea hex uppercase input', `'\\xDEADBEEF'::bytea`);
list.select('bytea hex input with spaces', `'\\x de ad'::bytea`);
list.select('bytea escape octal input', `'\\141\\142'::bytea`);
list.select('bytea invalid escape input', `'\\9'::bytea`);
list.select('encode escape high bytes', `encode('\\x5c00'::bytea, 'escape')`);
list.select('decode escape backslashes', `decode('\\\\', 'escape')`);
list.select('encode base64 empty', `encode(''::bytea, 'base64')`);
list.select('decode base64 padding missing', `decode('YWI', 'base64')`);
list.select('decode base64 invalid symbol', `decode('YW*=', 'base64')`);
list.select('decode unknown format', `decode('aa', 'base32')`);
list.select('convert_from invalid utf8', `convert_from('\\xff'::bytea, 'UTF8')`);
list.select('sha256 text coercion', `sha256('abc')`);
list.select('bytea to text escape chars', `'\\x410a'::bytea::text`);
list.select('text to bytea escapes backslash', `'a\\\\b'::bytea`);

// ---------------------------------------------------------------- round 2: whitespace, JS number parsing
list.select('text to int em space', `E'\u200312'::int`);
list.select('text to int trailing nbsp', `E'12\u00a0'::int`);
list.select('text to int BOM', `E'\ufeff12'::int`);
list.select('text to int ideographic space', `E'\u300012'::int`);
list.select('text to int only spaces', `'   '::int`);
list.select('text to int newline only', `E'\\n'::int`);
list.select('text to int Infinity', `'Infinity'::int`);
list.select('text to int NaN', `'NaN'::int`);
list.select('text to int exponent zero', `'1e0'::int`);
list.select('text to int bare sign', `'-'::int`);
list.select('text to int dot five', `'.5'::int`);
list.select('text to int trailing dot', `'5.'::int`);
list.select('text to bigint nbsp', `E'\u00a012'::bigint`);
list.select('text to int2 nbsp', `E'\u00a012'::int2`);
list.select('text to numeric nbsp', `E'\u00a01.5'::numeric`);
list.select('text to float8 nbsp', `E'\u00a01.5'::float8`);
list.select('text to numeric only spaces', `'  '::numeric`);
list.select('text to float8 only spaces', `'  '::float8`);
list.select('text to float8 hex form', `'0x10'::float8`);
list.select('text to float8 binary form', `'0b101'::float8`);
list.select('text to float8 underscore', `'1_000'::float8`);
list.select('text to numeric hex PG16 form', `'0x10'::numeric`);
list.select('text to numeric underscore integer PG16 form', `'1_000'::numeric`);
list.select('text to numeric Infinity word', `'Infinity'::numeric`);
list.select('text to numeric big exponent', `'1e40'::numeric`);
list.select('btrim keeps nbsp', `length(btrim(E'\u00a0a\u00a0'))`);
list.select('trim keeps em space', `length(trim(E'\u2003a'))`);
list.select('rtrim keeps newline', `length(rtrim(E'a\\n'))`);
list.select('ltrim removes only spaces', `ltrim(E'  \\ta')`);
list.add(
  'int column insert nbsp text',
  [`INSERT INTO t VALUES (E'\u00a07')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
list.add('int column insert Infinity text', [`INSERT INTO t VALUES ('Infinity')`], `CREATE TABLE t (n int)`);
list.add(
  'int column insert param decimal',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['1.5'] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  'int column insert param nbsp',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['\u00a07'] }, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
list.add(
  'numeric column insert param rounding',
  [{ sql: `INSERT INTO t VALUES ($1), ($2)`, params: [1.005, '-0.005'] }, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(5,2))`,
);
list.add(
  'bigint column compare exact',
  [
    `INSERT INTO t VALUES (9007199254740993), (9007199254740992)`,
    `SELECT count(DISTINCT n)::int AS v FROM t`,
  ],
  `CREATE TABLE t (n bigint)`,
);
list.add(
  'bigint column order exact',
  [
    `INSERT INTO t VALUES (9007199254740993), (9007199254740992), (9007199254740994)`,
    `SELECT n AS v FROM t ORDER BY n DESC`,
  ],
  `CREATE TABLE t (n bigint)`,
);
list.add(
  'bigint column where exact',
  [`INSERT INTO t VALUES (9007199254740993)`, `SELECT count(*)::int AS v FROM t WHERE n = 9007199254740992`],
  `CREATE TABLE t (n bigint)`,
);
list.add(
  'numeric column distinct scale',
  [`INSERT INTO t VALUES (1.0), (1.00), (1)`, `SELECT count(DISTINCT n)::int AS v FROM t`],
  `CREATE TABLE t (n numeric)`,
);
list.add(
  'numeric column big compare',
  [
    `INSERT INTO t VALUES (12345678901234567890.1), (12345678901234567890.2)`,
    `SELECT count(DISTINCT n)::int AS v FROM t`,
  ],
  `CREATE TABLE t (n numeric)`,
);
list.select('int8 literal compare exact', `9007199254740993 > 9007199254740992`);
list.select('int8 literal equality exact', `9007199254740993 = 9007199254740992`);
list.select('numeric big compare', `12345678901234567890.1 < 12345678901234567890.2`);
list.select('numeric big equality', `12345678901234567890.1 = 12345678901234567890.2`);
list.select('numeric tiny compare', `0.00000000000000000001 > 0`);
list.select('numeric tiny equality', `1.00000000000000000001 = 1`);
list.select('int vs numeric equality', `1 = 1.0`);
list.select(
  'count distinct numeric scales',
  `(SELECT count(DISTINCT x)::int FROM (VALUES (1.0), (1.00)) AS t(x))`,
);
list.select(
  'max bigint exact',
  `(SELECT max(x)::text FROM (VALUES (9007199254740993), (9007199254740992)) AS t(x))`,
);
list.select('bigint text exact', `9007199254740993::text`);
list.select('bigint concat exact', `'n=' || 9007199254740993`);
list.select('numeric big text', `12345678901234567890.12::text`);
list.select('abs numeric', `abs(-5.50)`);
list.select('abs int', `abs(-5)`);
list.select('ceil numeric', `ceil(-1.5)`);
list.select('floor numeric', `floor(-1.5)`);
list.select('ceil numeric positive', `ceil(1.0000001)`);
list.select('floor numeric positive scale', `floor(2.50)`);
list.select('ceil double', `ceil(1.5::float8)`);
list.select('sign numeric', `sign(-0.5)`);
list.select('numeric modulo', `7 % 2.5`);
list.select('numeric unary plus', `+1.50`);
list.select('repeat too large', `repeat('ab', 1073741824)`);
list.select('lpad too large', `lpad('a', 2147483647)`);
list.select('substr huge length', `substr('abc', 2, 2147483647)`);
list.select('substr huge start and length', `substr('abc', 2147483647, 2147483647)`);
list.select('substr min start', `substr('abc', -2147483648, 2147483647)`);
list.select('left huge', `left('abc', 2147483647)`);
list.select('right min int', `right('abc', -2147483648)`);
list.select('substring unknown literal second arg', `substring('abc', '2')`);
list.select('substring digit class', `substring('a1b2', '[0-9]')`);
list.select('substring from text pattern SQL syntax', `substring('abc' from 'b')`);
list.select('substring regex group second', `substring('key=value', '=(.*)$')`);
list.params('substring text int params', `SELECT substring($1::text, $2::int) AS v`, ['hello', '2']);
list.params('substring text text params', `SELECT substring($1::text, $2::text) AS v`, ['hello', 'l+']);
list.select('split_part empty input', `split_part('', ',', 1)`);
list.select('split_part empty input negative', `split_part('', ',', -1)`);
list.select('initcap accented', `initcap('élan vital')`);
list.select('initcap underscore', `initcap('hello_world')`);
list.select('initcap all caps accents', `initcap('ÉLAN')`);
list.select('left unknown literal count', `left('abc', '2')`);
list.select('repeat unknown literal count', `repeat('a', '3')`);
list.select('lpad numeric length errors', `lpad('a', 2.7)`);
list.params('untyped params concat operator', `SELECT $1 || $2 AS v`, ['a', 'b']);
list.params('untyped params equality text', `SELECT $1 = $2 AS v`, ['1', '1.0']);
list.params('untyped params less than text', `SELECT $1 < $2 AS v`, ['10', '9']);
list.params('untyped param greater than int', `SELECT $1 > 5 AS v`, ['10']);
list.params('untyped params greatest text', `SELECT greatest($1, $2) AS v`, ['10', '9']);
list.params('untyped params plus ambiguous', `SELECT $1 + $2 AS v`, ['1', '2']);
list.params('untyped param times numeric', `SELECT $1 * 1.5 AS v`, ['2']);
list.params('untyped param divided by numeric', `SELECT $1 / 2.0 AS v`, ['7']);
list.params('untyped param negated', `SELECT -$1 AS v`, ['5']);
list.params('untyped param in list', `SELECT $1 IN ('a', 'b') AS v`, ['b']);
list.params('untyped param compare bigint literal', `SELECT $1 = 9007199254740993 AS v`, [
  '9007199254740992',
]);
list.params('untyped param like number', `SELECT $1 LIKE '1%' AS v`, [10]);
list.params('untyped param compare numeric literal', `SELECT $1 = 0.3 AS v`, ['0.30']);
list.params('param int overflow compare', `SELECT $1 > 0 AS v`, ['2147483648']);
list.params('param left count', `SELECT left('abcdef', $1) AS v`, ['-2']);
list.params('param repeat count text', `SELECT repeat('ab', $1) AS v`, [' 2 ']);
list.params('param lpad count decimal', `SELECT lpad('a', $1, '*') AS v`, ['3.0']);

// ---------------------------------------------------------------- round 2: more PG16/17 differences on PGlite
list.select('quote_ident json_arrayagg', `quote_ident('json_arrayagg')`);
list.select('quote_ident json_objectagg', `quote_ident('json_objectagg')`);
list.select('quote_ident json_query', `quote_ident('json_query')`);
list.select('quote_ident is_json', `quote_ident('is_json')`);
list.select('quote_ident unreserved PG17 keyword', `quote_ident('nested')`);
list.select(
  'quote_ident array of keywords',
  `ARRAY[quote_ident('json_value'), quote_ident('user'), quote_ident('xmltable')]`,
);
list.select('format %I several PG16 keywords', `format('%I.%I', 'json_object', 'system_user')`);
list.params('quote_ident param keyword', `SELECT quote_ident($1) AS v`, ['json_array']);
list.params('format %I param keyword', `SELECT format('%I', $1::text) AS v`, ['json_table']);
list.select('numeric power integer exponent 30', `power(1.1::numeric, 30)`);
list.select('numeric power 0.99 365', `power(0.99::numeric, 365)`);
list.select('numeric power negative integer', `power(3::numeric, -5)`);
list.select('numeric power 7.5 11', `power(7.5::numeric, 11)`);
list.select('numeric power operator big', `1.0001 ^ 10000`);
list.select('numeric power half', `power(2::numeric, 0.5)`);
list.select('numeric power tiny base', `power(0.00001::numeric, 3)`);
list.select('numeric power large negative exponent', `power(10::numeric, -20)`);
list.select('numeric exp 1.5', `exp(1.5)`);
list.select('numeric ln 1.5', `ln(1.5)`);
list.select('numeric log 3 81.5', `log(3, 81.5)`);
list.select('numeric sqrt 2.5', `sqrt(2.5)`);
list.select('numeric exp negative', `exp(-10.5)`);
list.select('numeric ln tiny', `ln(0.000001)`);
list.select('float exp 1.1', `exp(1.1::float8)`);
list.select('float exp negative', `exp(-2.5::float8)`);
list.select('float ln 0.7', `ln(0.7::float8)`);
list.select('float log10 0.03', `log10(0.03::float8)`);
list.select('float power 1.7 2.3', `power(1.7::float8, 2.3::float8)`);
list.select('float power 10 0.1', `power(10::float8, 0.1::float8)`);
list.select('float sin 10', `sin(10)`);
list.select('float cos 100', `cos(100)`);
list.select('float tan 1e6', `tan(1e6)`);
list.select('float atan2 negative', `atan2(-1, -1)`);
list.select('float asin 0.9', `asin(0.9)`);
list.select('float acos 0.1', `acos(0.1)`);
list.select('float sinh 3', `sinh(3)`);
list.select('float cosh 0.3', `cosh(0.3)`);
list.select('float tanh 2', `tanh(2)`);
list.select('float asinh 0.3', `asinh(0.3)`);
list.select('float acosh 10', `acosh(10)`);
list.select('float atanh 0.9', `atanh(0.9)`);
list.select('float sind 100', `sind(100)`);
list.select('float cosd 10', `cosd(10)`);
list.select('float cotd 30', `cotd(30)`);
list.select('float cot 1', `cot(1)`);
list.select('float asind 0.3', `asind(0.3)`);
list.select('float atan2d', `atan2d(1, 3)`);
list.select('float exp large', `exp(709)`);
list.select('float ln large', `ln(1e300::float8)`);
list.select('float power large', `power(7::float8, 300::float8)`);
list.select('float log of numeric-like', `log(0.5::float8)`);
list.select('float sqrt 1e-300', `sqrt(1e-300::float8)`);
list.select('numeric to float text 0.3', `0.3::numeric::float8::text`);
list.select('float8 parse near half-ulp', `'9007199254740993'::float8::text`);
list.select('float8 parse long mantissa', `'0.1000000000000000055511151231257827'::float8::text`);
list.select('float4 parse text', `'16777217'::float4::text`);
list.select('float4 arithmetic text', `(0.1::float4 * 3::float4)::text`);
list.select('similar bracket class', `'b' SIMILAR TO '[a-c]'`);
list.select('similar bracket dot', `'.' SIMILAR TO '[.]'`);
list.select('similar alternation anchored whole', `'ab' SIMILAR TO 'a|b'`);
list.select('similar caret literal', `'a^' SIMILAR TO 'a^'`);
list.select('similar dollar literal', `'a$' SIMILAR TO 'a$'`);
list.select('similar star', `'aaa' SIMILAR TO 'a*'`);
list.select('similar plus', `'' SIMILAR TO 'a+'`);
list.select('similar question', `'ab' SIMILAR TO 'ab?c?'`);
list.select('similar percent in class', `'%' SIMILAR TO '[%]'`);
list.select('similar escape NULL', `'a' SIMILAR TO 'a' ESCAPE NULL`);
list.select('similar backslash default escape', `'a%' SIMILAR TO 'a\\%'`);
list.select('substring similar three separators', `substring('foobar' similar '#"o#"b#"a' escape '#')`);
list.select('substring similar one separator', `substring('foobar' similar '%#"o%' escape '#')`);
list.select('substring similar greedy', `substring('aaa' similar '#"a*#"a*' escape '#')`);
list.select('substring similar lazy rest', `substring('abcabc' similar '%#"b_#"%' escape '#')`);

list.add(
  'regclass output of PG17 keyword table name',
  [`SELECT 'json_table'::regclass::text AS v`],
  `CREATE TABLE json_table (id int)`,
);
list.add(
  'view definition with PG17 keyword column',
  [`SELECT pg_get_viewdef('v'::regclass) AS v`],
  `CREATE TABLE t (json_value int); CREATE VIEW v AS SELECT json_value FROM t`,
);
list.add('format %I in dynamic SQL with PG16 keyword', [
  `DO $$ BEGIN EXECUTE format('CREATE TABLE %I (x int)', 'json_scalar'); END $$`,
  `SELECT count(*)::int AS v FROM json_scalar`,
]);

export default list.cases;
