// Round 15 probe, full exploratory set (cases.ts beside it is the curated subset): PostgreSQL 15 docs 9.3-9.7 and 8.1 (strings, bytea, patterns, maths, numeric
// types, bit strings). Every output column is aliased so that names never decide a verdict.
type Step = string | { sql: string; params?: unknown[] };
interface Case {
  name: string;
  setup?: string;
  steps: Step[];
}

const cases: Case[] = [];
/** One expression, selected as v. */
const q = (name: string, expr: string) => cases.push({ name, steps: [`SELECT ${expr} AS v`] });
/** A whole statement list. */
const s = (name: string, steps: Step[], setup?: string) =>
  cases.push(setup === undefined ? { name, steps } : { name, setup, steps });
/** One parameterised statement (params sent as text by node-pg). */
const p = (name: string, sql: string, params: unknown[]) => cases.push({ name, steps: [{ sql, params }] });

// ---------------------------------------------------------------- 9.4 format()
q('format %s basic', `format('Hello %s', 'World')`);
q('format %s with NULL gives empty', `format('[%s]', NULL)`);
q('format %I plain identifier', `format('%I', 'foo')`);
q('format %I needs quoting', `format('%I', 'Foo bar')`);
q('format %I keyword', `format('%I', 'select')`);
q('format %I embedded quote', `format('%I', 'a"b')`);
q('format %I NULL errors', `format('%I', NULL)`);
q('format %L quote doubling', `format('%L', 'O''Reilly')`);
q('format %L NULL', `format('%L', NULL)`);
q('format %L number', `format('%L', 42)`);
q('format %L backslash uses E', `format('%L', E'a\\\\b')`);
q('format %s array argument', `format('%s', ARRAY[1,2,3])`);
q('format %s numeric keeps scale', `format('%s', 1.50)`);
q('format positional reuse', `format('%1$s %1$s %2$s', 'a', 'b')`);
q('format positional then sequential', `format('%2$s %s', 'a', 'b', 'c')`);
q('format width right aligned', `format('|%10s|', 'foo')`);
q('format width left aligned', `format('|%-10s|', 'foo')`);
q('format star width', `format('|%*s|', 10, 'foo')`);
q('format negative star width left aligns', `format('|%*s|', -10, 'foo')`);
q('format width on %L', `format('|%10L|', 'x')`);
q('format width narrower than value', `format('|%2s|', 'abcdef')`);
q('format percent escape', `format('100%% %s', 'done')`);
q('format too few arguments errors', `format('%s %s', 'a')`);
q('format unknown conversion errors', `format('%x', 1)`);
q('format variadic array', `format('%s-%s', VARIADIC ARRAY['x','y'])`);
q('format NULL format string', `format(NULL, 'a')`);
q('format star positional width', `format('|%1$*2$s|', 'ab', 6)`);
p('format with text params', `SELECT format($1, $2::text) AS v`, ['<%s>', 'hi']);
p('format with untyped variadic param', `SELECT format('%s', $1) AS v`, ['hi']);

// ---------------------------------------------------------------- concat
q('concat skips NULL', `concat('a', NULL, 'b')`);
q('concat all NULL gives empty', `concat(NULL, NULL)`);
q('concat mixed types', `concat(1, true, 2.50)`);
q('concat_ws skips NULL', `concat_ws(',', 'a', NULL, 'b')`);
q('concat_ws NULL separator', `concat_ws(NULL, 'a', 'b')`);
q('concat_ws variadic array with NULL', `concat_ws('-', VARIADIC ARRAY['a', NULL, 'c'])`);
q('concat operator with NULL', `'a' || NULL`);
q('concat operator with integer', `'a' || 1 || 2`);
q('concat operator integer first', `1 || 'a'`);
q('concat char(n) strips padding', `'ab'::char(4) || 'c'`);
p('concat params with null', `SELECT concat($1::text, $2::text, $3::text) AS v`, ['a', null, 'c']);

// ---------------------------------------------------------------- PG15 regexp_* functions
q('regexp_count basic', `regexp_count('ABCABCAXYaxy', 'A.')`);
q('regexp_count case insensitive from start', `regexp_count('ABCABCAXYaxy', 'A.', 1, 'i')`);
q('regexp_count start offset', `regexp_count('ABCABCAXYaxy', 'A.', 4)`);
q('regexp_count start zero errors', `regexp_count('abc', 'a', 0)`);
q('regexp_count start past end', `regexp_count('abc', 'a', 10)`);
q('regexp_instr nth occurrence', `regexp_instr('number of your street, town zip, FR', '[^,]+', 1, 2)`);
q('regexp_instr subexpression', `regexp_instr('ABCDEFGHI', '(c..)(...)', 1, 1, 0, 'i', 2)`);
q('regexp_instr end option', `regexp_instr('ABCDEFGHI', 'c..', 1, 1, 1, 'i')`);
q('regexp_instr no match', `regexp_instr('abc', 'x')`);
q('regexp_like case sensitive', `regexp_like('Hello World', 'world')`);
q('regexp_like i flag', `regexp_like('Hello World', 'world', 'i')`);
q('regexp_like n flag newline', `regexp_like(E'a\\nb', '^b', 'n')`);
q('regexp_like default dot matches newline', `regexp_like(E'a\\nb', 'a.b')`);
q('regexp_like n flag dot not newline', `regexp_like(E'a\\nb', 'a.b', 'n')`);
q('regexp_substr nth', `regexp_substr('number of your street, town zip, FR', '[^,]+', 1, 2)`);
q('regexp_substr subexpression', `regexp_substr('ABCDEFGHI', '(c..)(...)', 1, 1, 'i', 2)`);
q('regexp_substr no match NULL', `regexp_substr('abc', 'x')`);
q('regexp_substr start offset', `regexp_substr('abcabc', 'a.', 2)`);
p('regexp_count params', `SELECT regexp_count($1, $2) AS v`, ['banana', 'an']);

// ---------------------------------------------------------------- regexp_replace
q('regexp_replace first only', `regexp_replace('Thomas', '.[mN]a.', 'M')`);
q('regexp_replace g with backrefs', `regexp_replace('foobarbaz', 'b(..)', 'X\\1Y', 'g')`);
q('regexp_replace whole match ampersand', `regexp_replace('abc', 'b', '[\\&]')`);
q('regexp_replace swap words', `regexp_replace('hello world', '(\\w+) (\\w+)', '\\2 \\1')`);
q(
  'regexp_replace PG15 start and N all',
  `regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 0, 'i')`,
);
q(
  'regexp_replace PG15 third occurrence',
  `regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 3, 'i')`,
);
q('regexp_replace PG15 start only', `regexp_replace('aaaa', 'a', 'X', 3)`);
q('regexp_replace gi', `regexp_replace('aAbB', 'a|b', '-', 'gi')`);
q('regexp_replace dot global', `regexp_replace('a.b', '.', '-', 'g')`);
q('regexp_replace empty pattern global', `regexp_replace('abc', '', '-', 'g')`);
q('regexp_replace star pattern global', `regexp_replace('aaa', 'a*', 'X', 'g')`);
q('regexp_replace x flag expanded', `regexp_replace('abc', 'a b  c', 'X', 'x')`);
q('regexp_replace invalid flag', `regexp_replace('abc', 'a', 'X', 'z')`);
q('regexp_replace literal backslash in replacement', `regexp_replace('abc', 'b', '\\\\')`);
q('regexp_replace NULL replacement', `regexp_replace('abc', 'b', NULL)`);
p('regexp_replace params', `SELECT regexp_replace($1, $2, $3, 'g') AS v`, ['2024-01-02', '-', '/']);

// ---------------------------------------------------------------- regexp_match(es), split
q('regexp_match whole', `regexp_match('foobarbequebaz', 'bar.*que')`);
q('regexp_match groups', `regexp_match('foobarbequebaz', '(bar)(beque)')`);
q('regexp_match no match NULL', `regexp_match('abc', 'x')`);
q('regexp_match unmatched group NULL', `regexp_match('abc', '(x)?b')`);
q('regexp_match g flag rejected', `regexp_match('abc', 'b', 'g')`);
q('regexp_match subscript', `(regexp_match('foobar', '(o+)'))[1]`);
q('regexp_match alternation longest', `regexp_match('xyz', 'x|xy')`);
q('regexp_match non-greedy whole', `regexp_match('xyz aaa', 'a+?')`);
q('regexp_match bounded non-greedy', `regexp_match('aaa', 'a{2,}?')`);
s('regexp_matches g two rows', [
  `SELECT m AS v FROM regexp_matches('foobarbequebazilbarfbonk', '(b[^b]+)(b[^b]+)', 'g') AS m`,
]);
s('regexp_matches no match no rows', [`SELECT m AS v FROM regexp_matches('abc', 'x') AS m`]);
s('regexp_matches gi', [`SELECT m AS v FROM regexp_matches('aXbx', 'x', 'gi') AS m`]);
s('regexp_matches empty pattern g', [`SELECT count(*)::int AS v FROM regexp_matches('abc', '', 'g')`]);
s('regexp_matches without g one row', [`SELECT m AS v FROM regexp_matches('abab', 'a(b)') AS m`]);
s('regexp_split_to_table whitespace', [
  `SELECT w AS v, n FROM regexp_split_to_table('hello   world  x', '\\s+') WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
q('regexp_split_to_array basic', `regexp_split_to_array('hello world', '\\s+')`);
q('regexp_split_to_array empty pattern', `regexp_split_to_array('abc', '')`);
q('regexp_split_to_array empty string', `regexp_split_to_array('', ',')`);
q('regexp_split_to_array keeps empty fields', `regexp_split_to_array('a,b,,c,', ',')`);
q('regexp_split_to_array i flag', `regexp_split_to_array('aXbxc', 'x', 'i')`);
q('regexp_split_to_array zero-length match', `regexp_split_to_array('abc', 'x*')`);

// ---------------------------------------------------------------- split_part, string_to_array
q('split_part multi-char delimiter', `split_part('abc~@~def~@~ghi', '~@~', 2)`);
q('split_part negative field', `split_part('abc,def,ghi,jkl', ',', -2)`);
q('split_part beyond fields', `split_part('abc', ',', 5)`);
q('split_part negative beyond fields', `split_part('a,b', ',', -5)`);
q('split_part zero field errors', `split_part('abc', ',', 0)`);
q('split_part empty delimiter', `split_part('abc', '', 1)`);
q('split_part empty delimiter field 2', `split_part('abc', '', 2)`);
p('split_part params negative', `SELECT split_part($1, $2, $3) AS v`, ['a.b.c', '.', '-1']);
q('string_to_array null string', `string_to_array('xx~~yy~~zz', '~~', 'yy')`);
q('string_to_array NULL delimiter splits chars', `string_to_array('abc', NULL)`);
q('string_to_array empty delimiter whole', `string_to_array('abc', '')`);
q('string_to_array empty input', `string_to_array('', ',')`);
q('string_to_array NULL input', `string_to_array(NULL, ',')`);
q('string_to_array empty null string', `string_to_array('a,b,,c', ',', '')`);
q('string_to_array multibyte NULL delimiter', `string_to_array('héé', NULL)`);
s('string_to_table null string', [
  `SELECT w AS v, n FROM string_to_table('xx~^~yy~^~zz', '~^~', 'yy') WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
s('string_to_table NULL delimiter', [
  `SELECT w AS v, n FROM string_to_table('abc', NULL) WITH ORDINALITY AS t(w, n) ORDER BY n`,
]);
s('string_to_table empty input no rows', [`SELECT count(*)::int AS v FROM string_to_table('', ',')`]);
p('string_to_array params', `SELECT string_to_array($1, $2) AS v`, ['1|2|3', '|']);

// ---------------------------------------------------------------- overlay, translate, pad
q('overlay from for', `overlay('Txxxxas' placing 'hom' from 2 for 4)`);
q('overlay without for', `overlay('abcdef' placing 'XY' from 3)`);
q('overlay for zero inserts', `overlay('abcdef' placing 'X' from 2 for 0)`);
q('overlay past end', `overlay('abc' placing 'XYZ' from 5)`);
q('overlay multibyte', `overlay('héllo' placing 'É' from 2 for 1)`);
q('overlay bytea', `overlay('\\x1234567890'::bytea placing '\\x0203'::bytea from 2 for 3)`);
q('translate basic', `translate('12345', '143', 'ax')`);
q('translate delete', `translate('hello', 'l', '')`);
q('translate duplicate from chars', `translate('abc', 'aa', 'xy')`);
q('translate multibyte', `translate('héllo wörld', 'éö', 'eo')`);
q('translate NULL', `translate('abc', NULL, 'x')`);
q('lpad fill cycles', `lpad('hi', 5, 'xy')`);
q('lpad truncates', `lpad('hello', 3)`);
q('rpad fill cycles', `rpad('hi', 5, 'xy')`);
q('rpad truncates', `rpad('hello', 2)`);
q('lpad default space', `lpad('a', 3)`);
q('lpad multibyte', `lpad('héllo', 7, 'ñ')`);
q('rpad multibyte truncation', `rpad('日本語', 2)`);
q('lpad empty fill', `lpad('abc', 5, '')`);
q('lpad negative length', `lpad('abc', -1)`);
q('rpad NULL fill', `rpad('abc', 5, NULL)`);
p('lpad params zero fill', `SELECT lpad($1, $2, $3) AS v`, ['7', '3', '0']);

// ---------------------------------------------------------------- left/right, repeat, reverse, initcap
q('left positive', `left('abcde', 2)`);
q('left negative', `left('abcde', -2)`);
q('right positive', `right('abcde', 2)`);
q('right negative', `right('abcde', -2)`);
q('left zero', `left('abc', 0)`);
q('left beyond length', `left('abc', 10)`);
q('right negative beyond length', `right('abc', -5)`);
q('left multibyte', `left('héllo', 2)`);
q('right multibyte negative', `right('日本語です', -3)`);
q('repeat', `repeat('Pg', 4)`);
q('repeat zero', `repeat('x', 0)`);
q('repeat negative', `repeat('x', -1)`);
q('reverse', `reverse('abc')`);
q('reverse multibyte', `reverse('héllo')`);
q('initcap basic', `initcap('hi THOMAS')`);
q('initcap punctuation and digits', `initcap('hello-world foo_bar 3rd o''neil x.y')`);
q('initcap multibyte C.UTF-8', `initcap('école ÉLÈVE')`);
q('upper multibyte C.UTF-8', `upper('éa')`);
q('lower multibyte C.UTF-8', `lower('ÉA')`);

// ---------------------------------------------------------------- quoting
q('quote_ident plain', `quote_ident('foo')`);
q('quote_ident mixed case', `quote_ident('Foo bar')`);
q('quote_ident embedded quote', `quote_ident('a"b')`);
q('quote_ident keyword', `quote_ident('select')`);
q('quote_ident unreserved keyword', `quote_ident('name')`);
q('quote_ident leading digit', `quote_ident('1abc')`);
q('quote_ident underscore', `quote_ident('_x1')`);
q('quote_ident empty', `quote_ident('')`);
q('quote_literal quote', `quote_literal(E'O\\'Reilly')`);
q('quote_literal backslash', `quote_literal(E'a\\\\b')`);
q('quote_literal numeric', `quote_literal(42.5)`);
q('quote_literal NULL', `quote_literal(NULL)`);
q('quote_nullable NULL', `quote_nullable(NULL)`);
q('quote_nullable number', `quote_nullable(42)`);
p('quote_ident param', `SELECT quote_ident($1) AS v`, ['My Table']);

// ---------------------------------------------------------------- to_hex, md5, encode/decode, chr/ascii
q('to_hex int max', `to_hex(2147483647)`);
q('to_hex negative int', `to_hex(-1)`);
q('to_hex negative bigint', `to_hex(-1::bigint)`);
q('to_hex zero', `to_hex(0)`);
q('md5 abc', `md5('abc')`);
q('md5 empty', `md5('')`);
q('md5 multibyte', `md5('é')`);
q('md5 bytea', `md5('\\x00ff'::bytea)`);
p('md5 param', `SELECT md5($1) AS v`, ['hello']);
q('encode base64', `encode('123\\000\\001'::bytea, 'base64')`);
q('decode base64', `decode('MTIzAAE=', 'base64')`);
q('encode base64 wraps at 76', `encode(convert_to(repeat('x', 60), 'UTF8'), 'base64')`);
q('decode base64 with newline', `decode(E'YW\\nJj', 'base64')`);
q('decode base64 bad end', `decode('abc', 'base64')`);
q('encode hex', `encode('abc'::bytea, 'hex')`);
q('decode hex', `decode('616263', 'hex')`);
q('decode hex uppercase', `decode('DEADBEEF', 'hex')`);
q('decode hex odd digits', `decode('abc', 'hex')`);
q('decode hex invalid digit', `decode('zz', 'hex')`);
q('encode escape', `encode('\\x00ff41'::bytea, 'escape')`);
q('decode escape', `decode('a\\000b', 'escape')`);
q('encode unknown format', `encode('a'::bytea, 'base32')`);
q('chr ascii', `chr(65)`);
q('chr zero errors', `chr(0)`);
q('chr latin', `chr(233)`);
q('chr euro', `chr(8364)`);
q('chr negative errors', `chr(-1)`);
q('ascii', `ascii('x')`);
q('ascii multibyte', `ascii('é')`);
q('ascii empty', `ascii('')`);
q('starts_with true', `starts_with('alphabet', 'alph')`);
q('starts_with empty prefix', `starts_with('alphabet', '')`);
q('starts_with operator', `'alphabet' ^@ 'alp'`);

// ---------------------------------------------------------------- trims, position, substr
q('btrim characters', `btrim('xyxtrimyyx', 'xyz')`);
q('ltrim characters', `ltrim('zzzytest', 'xyz')`);
q('rtrim characters', `rtrim('testxxzx', 'xyz')`);
q('trim both from', `trim(both 'xyz' from 'yxTomxx')`);
q('trim leading default', `'[' || trim(leading from '  a  ') || ']'`);
q('trim trailing chars', `trim(trailing 'x' from 'xaxx')`);
q('trim PG comma form', `trim(both from 'yxTomxx', 'xyz')`);
q('btrim multibyte', `btrim('ééaéé', 'é')`);
q('ltrim empty set', `ltrim('abc', '')`);
q('position basic', `position('om' in 'Thomas')`);
q('position empty needle', `position('' in 'abc')`);
q('position missing', `position('x' in 'abc')`);
q('position multibyte', `position('b' in 'aébé')`);
q('strpos', `strpos('high', 'ig')`);
p('strpos params', `SELECT strpos($1, $2) AS v`, ['hélló', 'l']);
q('substr basic', `substr('alphabet', 3, 2)`);
q('substr negative start', `substr('alphabet', -2, 5)`);
q('substring from negative for', `substring('alphabet' from -2 for 5)`);
q('substr zero start', `substr('alphabet', 0)`);
q('substr negative length errors', `substr('abc', 2, -1)`);
q('substring from only', `substring('Thomas' from 3)`);
q('substring for only', `substring('Thomas' for 2)`);
q('substr multibyte', `substr('héllo', 2, 2)`);
q('substr start far negative', `substr('abc', -10, 12)`);
p('substr params', `SELECT substr($1, $2, $3) AS v`, ['alphabet', '-1', '4']);
q('octet_length multibyte', `octet_length('é')`);
q('bit_length multibyte', `bit_length('é')`);
q('length multibyte', `length('日本語')`);
q('octet_length cjk', `octet_length('日本語')`);
q('char_length bpchar ignores padding', `char_length('ab '::char(5))`);
q('octet_length bpchar', `octet_length('ab'::char(5))`);
q('bpchar text output padded', `'ab'::char(5)`);
q('length bytea', `length('\\xdeadbeef'::bytea)`);

// ---------------------------------------------------------------- 9.5 bytea
q('get_byte', `get_byte('\\x1234567890'::bytea, 4)`);
q('set_byte', `set_byte('\\x1234567890'::bytea, 4, 64)`);
q('get_byte out of range', `get_byte('\\x1234'::bytea, 10)`);
q('get_bit bytea', `get_bit('\\x1234567890'::bytea, 30)`);
q('set_bit bytea', `set_bit('\\x1234567890'::bytea, 30, 0)`);
q('sha256', `sha256('abc'::bytea)`);
q('sha224', `sha224('abc'::bytea)`);
q('sha512 empty', `sha512(''::bytea)`);
q('bytea value as node buffer', `'\\x00ff'::bytea`);
q('bytea cast to text hex', `'abc'::bytea::text`);
s('bytea_output escape', [`SET bytea_output = 'escape'`, `SELECT 'ab\\001\\377'::bytea::text AS v`]);
q('bytea concatenation', `'\\x1234'::bytea || '\\x5678'::bytea`);
q('bytea btrim', `btrim('\\x1234567890'::bytea, '\\x9012'::bytea)`);
q('bytea ltrim', `ltrim('\\x1234567890'::bytea, '\\x9012'::bytea)`);
q('bytea substring', `substring('\\x1234567890'::bytea from 3 for 2)`);
q('bytea position', `position('\\x5678'::bytea in '\\x1234567890'::bytea)`);
q('convert_from utf8', `convert_from('\\x68c3a9'::bytea, 'UTF8')`);
q('convert_to latin1', `convert_to('hé', 'LATIN1')`);
q('bit_count bytea', `bit_count('\\x1234567890'::bytea)`);
q('bytea escape input', `E'\\\\001\\\\002a'::bytea`);
q('bytea invalid hex input', `'\\xzz'::bytea`);
q('bytea ordering by length', `'\\x01'::bytea < '\\x0100'::bytea`);
p('bytea param text', `SELECT $1::bytea AS v`, ['\\x0102']);
p('bytea param length', `SELECT length($1::bytea) AS v`, ['\\xdeadbeef']);

// ---------------------------------------------------------------- 9.7 LIKE / ILIKE / SIMILAR
q('like exact', `'abc' LIKE 'abc'`);
q('like underscore', `'abc' LIKE '_b_'`);
q('like no anchor', `'abc' LIKE 'c'`);
q('like default backslash escape', `'a%c' LIKE 'a\\%c'`);
q('like default escape rejects', `'abc' LIKE 'a\\%c'`);
q('like custom escape', `'a_c' LIKE 'a#_c' ESCAPE '#'`);
q('like custom escape rejects', `'abc' LIKE 'a#_c' ESCAPE '#'`);
q('like empty escape disables', `'a\\bc' LIKE 'a\\bc' ESCAPE ''`);
q('like pattern ending with escape', `'a' LIKE 'a\\'`);
q('like two-character escape errors', `'a' LIKE 'a' ESCAPE 'ab'`);
q('like underscore matches newline', `E'a\\nb' LIKE 'a_b'`);
q('like NULL', `NULL::text LIKE 'a%'`);
q('not like', `'abc' NOT LIKE 'a%'`);
q('ilike', `'ABC' ILIKE 'a%'`);
q('ilike multibyte', `'ÉCOLE' ILIKE 'école'`);
q('like operators', `ARRAY['abc' ~~ 'a%', 'ABC' ~~* 'a%', 'abc' !~~ 'a%', 'abc' !~~* 'A%']`);
q('like is case sensitive', `'ABC' LIKE 'abc'`);
p('like param pattern', `SELECT $1 LIKE $2 AS v`, ['50%', '50\\%']);
p('ilike param', `SELECT $1::text ILIKE $2 AS v`, ['HeLLo', 'h%o']);
q('similar exact', `'abc' SIMILAR TO 'abc'`);
q('similar anchored', `'abc' SIMILAR TO 'a'`);
q('similar alternation percent', `'abc' SIMILAR TO '%(b|d)%'`);
q('similar alternation anchored', `'abc' SIMILAR TO '(b|c)%'`);
q('similar word boundary', `'-abc-' SIMILAR TO '%\\mabc\\M%'`);
q('similar word boundary fails', `'xabcy' SIMILAR TO '%\\mabc\\M%'`);
q('similar dot is literal', `'abc' SIMILAR TO 'a.c'`);
q('similar repetition braces', `'aa' SIMILAR TO 'a{2}'`);
q('similar custom escape', `'a_c' SIMILAR TO 'a#_c' ESCAPE '#'`);
q('similar underscore', `'abc' SIMILAR TO 'a_c'`);
q('substring similar escape', `substring('foobar' similar '%#"o_b#"%' escape '#')`);
q('substring similar anchored no match', `substring('foobar' similar '#"o_b#"%' escape '#')`);
q('substring from for SQL99 form', `substring('foobar' from '%#"o_b#"%' for '#')`);
q('substring posix tail', `substring('Thomas' from '...$')`);
q('substring posix group', `substring('foobar' from 'o(.)b')`);
q('substring posix no match', `substring('foobar' from 'x')`);
q('substring posix greedy', `substring('XY1234Z', 'Y*([0-9]{1,3})')`);
q('substring posix non-greedy whole RE', `substring('XY1234Z', 'Y*?([0-9]{1,3})')`);

// ---------------------------------------------------------------- POSIX operators
q('regex operators', `ARRAY['abcd' ~ 'bc', 'abcd' ~ 'a.c', 'ABCD' ~* 'bc', 'abcd' !~ 'bc', 'abcd' !~* 'BC']`);
q('regex backreference matches', `'abcabc' ~ '^(abc)\\1$'`);
q('regex backreference rejects', `'abcabd' ~ '^(abc)\\1$'`);
q('regex bounded quantifier', `ARRAY['aaa' ~ '^a{2,3}$', 'aaaa' ~ '^a{2,3}$', 'a' ~ '^a{2,3}$']`);
q('regex posix class', `regexp_match('abc 123', '[[:digit:]]+')`);
q('regex word start', `'foo bar' ~ '\\mbar'`);
q('regex y boundary', `'foo bar' ~ '\\yfoo\\y'`);
q('regex embedded option', `'abc' ~ '(?i)ABC'`);
q('regex literal director', `ARRAY['a.c' ~ '***=a.c', 'abc' ~ '***=a.c']`);
q('regex A and Z anchors', `'abc' ~ '\\Aabc\\Z'`);
q('regex lookahead', `'foobar' ~ 'foo(?=bar)'`);
q('regex lookbehind', `'foobar' ~ '(?<=foo)bar'`);
q('regex caret not multiline', `E'a\\nb' ~ '^b'`);
q('regex invalid pattern', `'abc' ~ '('`);
q('regex NULL', `NULL::text ~ 'a'`);
q('regex d in brackets', `regexp_match('x9y', '[\\d]')`);
q('regex escaped dot', `'abc' ~ 'a\\.c'`);
q('regex x flag with comment', `regexp_match('abc', 'a  b # comment', 'x')`);
p('regex params', `SELECT $1 ~ $2 AS v`, ['2024-01-02', '^\\d{4}-\\d{2}-\\d{2}$']);
p('regex case-insensitive params', `SELECT $1::text ~* $2 AS v`, ['HELLO', 'ell']);

// ---------------------------------------------------------------- 9.3 arithmetic
q('div negative', `ARRAY[div(9, 4), div(-9, 4)]`);
q('mod negatives', `ARRAY[mod(-9, 4), mod(9, -4), -9 % 4]`);
q('numeric modulo fraction', `9.5 % 4`);
q('numeric mod negative fraction', `mod(-9.5, 4)`);
q('integer division truncates', `ARRAY[7 / 2, -7 / 2]`);
q('integer division by zero', `7 / 0`);
q('numeric division by zero', `7.0 / 0`);
q('float division by zero', `7::float8 / 0`);
q('mod by zero', `mod(5, 0)`);
q('numeric division scale', `1 / 3::numeric`);
q('numeric division scale 2', `10::numeric / 4`);
q('numeric division two thirds', `2 / 3.0`);
q('round numeric half away', `ARRAY[round(2.5), round(-2.5), round(0.5), round(-0.5)]`);
q(
  'round double half even',
  `ARRAY[round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(0.5::float8)]`,
);
q('round numeric scale', `round(42.4382, 2)`);
q('round numeric exact 2.675', `round(2.675, 2)`);
q('round double with scale errors', `round(2.675::float8, 2)`);
q('round negative scale', `round(1234.5678, -2)`);
q('round integer negative scale', `round(1250, -2)`);
q('round result type', `pg_typeof(round(2.5::float8))::text || ' ' || pg_typeof(round(2.5))::text`);
q('trunc numeric', `ARRAY[trunc(42.8), trunc(-42.8)]`);
q('trunc scale', `trunc(42.4382, 2)`);
q('trunc negative scale', `trunc(1234.5, -2)`);
q('trunc double negative', `trunc(-42.8::float8)`);
q('ceil floor negatives', `ARRAY[ceil(-42.8), floor(-42.8), ceiling(42.2)]`);
q('ceil double negative zero text', `ceil(-0.5::float8)::text`);
q('floor double', `floor(-0.5::float8)`);
q('width_bucket numeric', `width_bucket(5.35, 0.024, 10.06, 5)`);
q(
  'width_bucket below and above',
  `ARRAY[width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(0, 0, 10, 5)]`,
);
q('width_bucket array', `width_bucket(6, ARRAY[1, 3, 5, 10])`);
q('width_bucket zero buckets', `width_bucket(5.0::float8, 0, 10, 0)`);
q('width_bucket reversed range', `width_bucket(2, 10, 0, 5)`);
q('gcd lcm', `ARRAY[gcd(1071, 462), lcm(1071, 462)]`);
q('gcd zeros and negatives', `ARRAY[gcd(0, 0), gcd(-12, 18), lcm(0, 5), lcm(-4, 6)]`);
q('gcd min int overflow', `gcd((-2147483648)::int, 0)`);
q('gcd numeric fractional', `gcd(1.5, 2.5)`);
q('factorial', `factorial(5)`);
q('factorial zero', `factorial(0)`);
q('factorial negative errors', `factorial(-1)`);
q('factorial large numeric', `factorial(25)`);
q('postfix factorial removed', `5 !`);
q('sqrt double', `sqrt(2)`);
q('sqrt numeric', `sqrt(2::numeric)`);
q('sqrt negative errors', `sqrt(-1)`);
q('cbrt', `ARRAY[cbrt(64), cbrt(-27)]`);
q('root operators', `ARRAY[|/ 25, ||/ 27]`);
q('power double', `power(2, 10)`);
q('power numeric', `power(2::numeric, 10)`);
q('power negative base fractional exponent', `power(-8, 1.0 / 3)`);
q('power double negative base fractional', `power(-8::float8, 0.5::float8)`);
q('power negative base integer exponent', `power(-2, 3)`);
q('power zero negative exponent', `power(0, -1)`);
q('power left associative', `2 ^ 3 ^ 3`);
q('power numeric half', `power(9::numeric, 0.5)`);
q('power numeric negative exponent', `power((-2)::numeric, -2)`);
q('power numeric fractional base', `1.5 ^ 2`);
q('log of integer', `log(100)`);
q('log numeric', `log(100::numeric)`);
q('log base', `log(2, 64)`);
q('ln numeric', `ln(2.0)`);
q('ln zero errors', `ln(0)`);
q('log negative errors', `log(-1)`);
q('log10', `log10(1000)`);
q('exp numeric', `exp(1.0)`);
q('exp double', `exp(1)`);
q('exp overflow', `exp(1000::float8)`);
q('sign', `ARRAY[sign(-8.4), sign(0), sign(3)]`);
q('sign double', `sign(-8.4::float8)`);
q('abs min int overflow', `abs((-2147483648)::int)`);
q('abs min bigint overflow', `abs('-9223372036854775808'::bigint)`);
q('abs operator', `@ -5`);
q('negative literal is integer', `pg_typeof(-2147483648)::text`);

// ---------------------------------------------------------------- NaN / Infinity / scale
q('numeric NaN text', `'NaN'::numeric`);
q('numeric NaN equals itself', `'NaN'::numeric = 'NaN'::numeric`);
q('numeric NaN sorts above all', `'NaN'::numeric > 1e300`);
q('numeric Infinity', `'Infinity'::numeric + 1`);
q('numeric Infinity minus Infinity', `'Infinity'::numeric - 'Infinity'::numeric`);
q('numeric inf spelling', `'-inf'::numeric`);
q('numeric divide by Infinity', `1 / 'Infinity'::numeric`);
q('numeric Infinity to int errors', `'Infinity'::numeric::int`);
q('numeric NaN to int errors', `'NaN'::numeric::int`);
q('float NaN equals itself', `'NaN'::float8 = 'NaN'::float8`);
q('float infinity text', `'-Infinity'::float8::text`);
q('scale', `ARRAY[scale(8.4100), scale(0.00), scale(1e3)]`);
q('scale NaN', `scale('NaN'::numeric)`);
q('min_scale', `ARRAY[min_scale(8.4100), min_scale(0), min_scale(100.0)]`);
q('trim_scale', `ARRAY[trim_scale(8.4100), trim_scale(100.00), trim_scale(0.000)]`);
p('trim_scale param', `SELECT trim_scale($1::numeric) AS v`, ['1.2300']);

// ---------------------------------------------------------------- 8.1 overflow and casts
q('int4 addition overflow', `2147483647 + 1`);
q('int4 multiply overflow', `(-2147483648)::int * -1`);
q('int4 divide overflow', `(-2147483648)::int / -1`);
q('int2 addition overflow', `32767::int2 + 1::int2`);
q('int8 addition overflow', `9223372036854775807 + 1`);
q('int2 cast overflow', `100000::int2`);
q('int4 text cast overflow', `'2147483648'::int`);
q('int4 from numeric overflow', `2147483648::int`);
q('int8 text cast overflow', `'9223372036854775808'::int8`);
q('int8 minimum text', `'-9223372036854775808'::int8`);
q('numeric to int rounds half away', `ARRAY[2.5::int, 3.5::int, (-2.5)::int]`);
q('float to int rounds half even', `ARRAY[2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int]`);
q('text decimal to int errors', `'2.5'::int`);
q('text with spaces to int', `' 42 '::int`);
q('text with plus to int', `'+42'::int`);
q('text with tab newline to int', `E'\\t5\\n'::int`);
q('text sign space int errors', `'- 42'::int`);
q('text trailing garbage int errors', `'42abc'::int`);
q('empty text int errors', `''::int`);
q('hex text int PG15 errors', `'0x1A'::int`);
q('underscore text int PG15 errors', `'1_000'::int`);
q('int2 text spaces plus', `' +7 '::int2`);
q('bigint text spaces', `'  12  '::bigint`);
q('numeric text spaces', `'  1.50 '::numeric`);
q('numeric exponent text', `'1.23e5'::numeric`);
q('int literal underscore PG15', `1_000`);
p('int param spaces', `SELECT $1::int AS v`, [' 42 ']);
p('int param plus', `SELECT $1::int + 1 AS v`, ['+5']);
p('smallint param overflow', `SELECT $1::smallint AS v`, ['40000']);
p('int param inferred from comparison', `SELECT 1 AS v WHERE 5 = $1`, ['5']);
p('numeric typmod param', `SELECT $1::numeric(5,2) AS v`, ['123.456']);
p('bigint param returned as string', `SELECT $1::bigint * 2 AS v`, ['4611686018427387903']);
s(
  'numeric(5,2) insert rounding',
  [`INSERT INTO t VALUES (123.456), (0.005), (-0.005), (1.5)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(5,2))`,
);
s('numeric(5,2) rounding overflow', [`INSERT INTO t VALUES (999.995)`], `CREATE TABLE t (n numeric(5,2))`);
s('numeric(5,2) too many digits', [`INSERT INTO t VALUES (12345)`], `CREATE TABLE t (n numeric(5,2))`);
s(
  'numeric(5,2) NaN allowed',
  [`INSERT INTO t VALUES ('NaN')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n numeric(5,2))`,
);
s('numeric(5,2) Infinity rejected', [`INSERT INTO t VALUES ('Infinity')`], `CREATE TABLE t (n numeric(5,2))`);
p('numeric(5,2) insert param', `SELECT $1::numeric(5,2) + 0 AS v`, ['-999.994']);
q('numeric(3) rounds to integer', `1.5::numeric(3)`);
q('numeric negative scale PG15', `12345::numeric(2,-3)`);
q('numeric scale above precision PG15', `0.00123::numeric(3,5)`);
q('numeric typmod cast overflow', `1234.5::numeric(4,1)`);
s('varchar insert too long', [`INSERT INTO t VALUES ('abcd')`], `CREATE TABLE t (s varchar(3))`);
s(
  'varchar insert trailing spaces truncated',
  [`INSERT INTO t VALUES ('abc   ')`, `SELECT s || '|' AS v FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
q('varchar explicit cast truncates', `'abcd'::varchar(3)`);
q('numeric addition keeps scale', `1.0 + 2.00`);
q('numeric small value', `1e-5::numeric`);
q('numeric literal exponent', `1.5e3`);
q('numeric type of exponent literal', `pg_typeof(1.5e3)::text`);

// ---------------------------------------------------------------- float output
q('float4 text', `0.1::float4::text`);
q('float8 sum text', `(0.1::float8 + 0.2::float8)::text`);
q('float8 large exponent text', `1e100::float8::text`);
q('float8 small exponent text', `1.5e-7::float8::text`);
q('float4 large text', `123456789::float4::text`);
q('float4 division text', `(1 / 3::float4)::text`);
q('float8 1e15 text', `1e15::float8::text`);
q('float8 1e16 text', `1e16::float8::text`);
q('float4 widened to float8 text', `(0.1::float4)::float8::text`);
s('extra_float_digits 0 sum', [
  `SET extra_float_digits = 0`,
  `SELECT (0.1::float8 + 0.2::float8)::text AS v`,
]);
s('extra_float_digits 0 third', [`SET extra_float_digits = 0`, `SELECT (1 / 3::float8)::text AS v`]);
s('extra_float_digits -3 float4', [`SET extra_float_digits = -3`, `SELECT 3.14159::float4::text AS v`]);
q('float8 overflow input', `'1e400'::float8`);
q('float4 overflow input', `'1e40'::float4`);
q('float8 underflow input', `'1e-400'::float8`);
q('float8 value to node', `0.1::float8 + 0.2::float8`);
q('float4 value to node', `0.1::float4`);
q('float text with spaces', `' 1.5 '::float8`);
p('float param', `SELECT $1::float8 * 2 AS v`, ['1.25']);

// ---------------------------------------------------------------- 9.6 bit strings
q('bit concat', `B'10001' || B'011'`);
q('bit and or xor', `ARRAY[B'10001' & B'01101', B'10001' | B'01101', B'10001' # B'01101']`);
q('bit not', `~ B'10001'`);
q('bit shifts', `ARRAY[B'10001' << 3, B'10001' >> 2]`);
q('bit length and count', `ARRAY[length(B'10111'), bit_count(B'10111')]`);
q('bit get_bit', `get_bit(B'101010101010101010', 6)`);
q('bit set_bit', `set_bit(B'101010101010101010', 0, 0)`);
q('bit overlay', `overlay(B'01010101010101010' placing B'11111' from 2 for 3)`);
q('bit position', `position(B'010' in B'000001101011')`);
q('bit substring', `substring(B'110010111111' from 3 for 2)`);
q('int to bit', `ARRAY[44::bit(10), 44::bit(3), cast(-44 as bit(12))]`);
q('bit to int', `'1110'::bit(4)::integer`);
q('bit and length mismatch', `B'101' & B'11'`);
q('hex bit literal', `X'1F'::text`);
q('varbit cast truncates', `B'1010'::varbit(3)`);
s('bit column wrong length', [`INSERT INTO t VALUES (B'10')`], `CREATE TABLE t (b bit(3))`);
q('bit explicit cast pads', `B'10'::bit(4)`);

// ---------------------------------------------------------------- extra edges: non-BMP characters
q('length emoji', `length('😀')`);
q('char_length emoji mixed', `char_length('a😀b')`);
q('octet_length emoji', `octet_length('😀')`);
q('left emoji', `left('😀a', 1)`);
q('right emoji', `right('a😀', 1)`);
q('substr emoji', `substr('😀😀x', 2, 1)`);
q('substring emoji from', `substring('x😀y' from 3)`);
q('reverse emoji', `reverse('a😀b')`);
q('lpad emoji value', `lpad('😀', 3, 'x')`);
q('rpad emoji fill', `rpad('a', 3, '😀')`);
q('lpad emoji truncation', `lpad('😀😀😀', 2)`);
q('strpos after emoji', `strpos('😀a', 'a')`);
q('position after emoji', `position('b' in '😀😀b')`);
q('split_part emoji delimiter', `split_part('a😀b😀c', '😀', 3)`);
q('btrim emoji', `btrim('😀a😀', '😀')`);
q('like underscore emoji', `'😀' LIKE '_'`);
q('like two underscores emoji', `'😀' LIKE '__'`);
q('initcap after emoji', `initcap('😀abc def')`);
q('repeat emoji', `repeat('😀', 2)`);
q('starts_with emoji', `starts_with('😀a', '😀')`);
q('ascii emoji', `ascii('😀')`);
q('chr emoji', `chr(128512)`);
q('md5 emoji', `md5('😀')`);
q('translate emoji', `translate('a😀b', '😀', 'x')`);
q('concat_ws emoji separator', `concat_ws('😀', 'a', 'b')`);
q('left negative emoji', `left('ab😀', -1)`);
q('octet_length combining', `octet_length(E'e\u0301')`);
q('length combining', `length(E'e\u0301')`);
p('substr emoji param', `SELECT substr($1, 2) AS v`, ['😀😀x']);
p('length emoji param', `SELECT length($1) AS v`, ['a😀']);

// ---------------------------------------------------------------- extra edges: case mapping and comparison
q('upper ascii', `upper('abc')`);
q('lower ascii', `lower('ABC')`);
q('upper sharp s', `upper('ß')`);
q('lower dotted capital I', `lower('İ')`);
q('lower final sigma', `lower('ΑΣ')`);
q('initcap sharp s', `initcap('ßa')`);
q('ilike sharp s', `'ß' ILIKE 'ss'`);
q('ilike multibyte upper', `'É' ILIKE 'é'`);
q('ilike greek', `'ΣΑ' ILIKE 'σα'`);
q('regex word class multibyte', `'é' ~ '^\\w$'`);
q('regex alpha class multibyte', `'é' ~ '^[[:alpha:]]$'`);
q('regex case-insensitive multibyte', `'É' ~* 'é'`);
q('text less than uppercase', `'a' < 'B'`);
q('text compare accented', `'é' > 'f'`);
s('text order C.UTF-8', [
  `SELECT x AS v FROM (VALUES ('b'), ('B'), ('a'), ('A'), ('é'), ('e'), ('_'), ('1')) AS t(x) ORDER BY x`,
]);
q('text max', `(SELECT max(x) FROM (VALUES ('a'), ('B'), ('é')) AS t(x))`);
q('text equality trailing space', `'a ' = 'a'`);
q('bpchar equality trailing space', `'a'::char(3) = 'a  '::char(3)`);
q('bpchar like', `'a'::char(3) LIKE 'a'`);
q('concat bpchar keeps padding', `concat('a'::char(3), 'b')`);
q('length bpchar', `length('a '::char(3))`);
q('bpchar output', `'ab'::char(4) || '|'`);

// ---------------------------------------------------------------- extra edges: LIKE as regex
q('like dot literal', `'abc' LIKE 'a.c'`);
q('like dot literal match', `'a.c' LIKE 'a.c'`);
q('like plus literal', `'aa' LIKE 'a+'`);
q('like brackets literal', `'a' LIKE '[a]'`);
q('like brackets literal match', `'[a]' LIKE '[a]'`);
q('like parenthesis literal', `'a(b' LIKE 'a(b'`);
q('like star literal', `'aXb' LIKE 'a*b'`);
q('like caret dollar literal', `'^a$' LIKE '^a$'`);
q('like escaped backslash', `'a\\b' LIKE 'a\\\\b'`);
q('like escaped ordinary char', `'ab' LIKE 'a\\b'`);
q('like backslash value unescaped', `'a\\b' LIKE 'a\\b'`);
q('like percent newline', `E'a\\nb' LIKE 'a%b'`);
q('like empty', `'' LIKE '%'`);
q('like empty underscore', `'' LIKE '_'`);
q('like many percents', `'abc' LIKE 'a%%%c'`);
q('like repeated segments', `'abcabc' LIKE '%bc%bc'`);
q('like NULL pattern', `'a' LIKE NULL`);
q('like any array', `'abc' LIKE ANY (ARRAY['x%', 'a%'])`);
q('like all array', `'abc' LIKE ALL (ARRAY['a%', '%c', '%x'])`);
q('ilike escaped underscore', `'a_b' ILIKE 'A\\_B'`);
q('ilike escaped underscore rejects', `'axb' ILIKE 'A\\_B'`);
q('like pipe literal', `'a|b' LIKE 'a|b'`);
q('like question literal', `'a' LIKE 'a?'`);
q('like brace literal', `'aa' LIKE 'a{2}'`);
q('like dollar in middle', `'a$b' LIKE 'a$b'`);
q('not ilike', `'ABC' NOT ILIKE 'a%'`);
q('like integer operand', `123 LIKE '1%'`);
p('like param value and pattern', `SELECT $1 LIKE $2 AS v`, ['a.c', 'a.c']);
p('like param regex chars', `SELECT $1::text LIKE $2 AS v`, ['abc', 'a.c']);
p('ilike param multibyte', `SELECT $1::text ILIKE $2 AS v`, ['ÉTÉ', 'été']);

// ---------------------------------------------------------------- extra edges: trims, substr, split
q('trim both default', `'[' || trim(both from '  a  ') || ']'`);
q('btrim whole string', `btrim('aaa', 'a')`);
q('trim NULL characters', `trim(both NULL from 'abc')`);
q('trim both multichar set', `trim(both 'ab' from 'abcba')`);
q('rtrim multibyte set', `rtrim('abééé', 'é')`);
q('trim tab not default', `length(trim(E'\\ta\\t'))`);
q('ltrim default spaces only', `length(ltrim(E'\\n a'))`);
q('strpos empty needle', `strpos('abc', '')`);
q('strpos NULL', `strpos('abc', NULL)`);
q('substr zero length', `substr('abc', 1, 0)`);
q('substr past end', `substr('abc', 4)`);
q('substring from for large', `substring('abc' from 2 for 100)`);
q('substr negative start zero result', `substr('abc', -5, 3)`);
q('substr NULL', `substr(NULL, 1)`);
p('substring two untyped params', `SELECT substring($1, $2) AS v`, ['hello', '2']);
p('substring from for params', `SELECT substring($1 from $2 for $3) AS v`, ['hello', '2', '3']);
q('substring text pattern with regex', `substring('hello', 'l+')`);
q('split_part NULL delimiter', `split_part('a,b', NULL, 1)`);
q('split_part delimiter at ends', `split_part(',a,', ',', 1)`);
q('split_part longer delimiter than text', `split_part('ab', 'abc', 1)`);
q('split_part overlapping delimiter', `split_part('aaa', 'aa', 2)`);
q('split_part negative one single', `split_part('abc', ',', -1)`);
q('lpad zero length', `lpad('abc', 0)`);
q('rpad fill longer than needed', `rpad('a', 4, 'xyz12')`);
q('lpad NULL length', `lpad('a', NULL)`);
q('repeat NULL', `repeat(NULL, 3)`);
q('left NULL count', `left('abc', NULL)`);
q('reverse empty', `reverse('')`);
q('initcap numbers inside', `initcap('a1b c2D')`);
q('initcap apostrophe', `initcap('don''t stop')`);
q('concat_ws empty separator', `concat_ws('', 'a', NULL, 'b')`);
q('concat_ws only NULL values', `concat_ws(',', NULL, NULL)`);
q('concat numeric trailing zeros', `concat(1.50, NULL, 2.0)`);
q('concat boolean', `concat(true, false)`);
q('concat array', `concat(ARRAY[1, 2], 'x')`);
q('concat_ws numbers', `concat_ws(',', 1, 2.0, -3)`);
q('text concat NULL both', `NULL::text || NULL::text`);
q('text concat numeric', `'v' || 1.50`);
q('text concat boolean', `'v' || true`);
q('md5 upper input differs', `md5('ABC')`);
q('starts_with NULL', `starts_with(NULL, 'a')`);
q('starts_with longer prefix', `starts_with('ab', 'abc')`);
p('starts_with params', `SELECT starts_with($1, $2) AS v`, ['prefix-rest', 'prefix']);
p('concat untyped params', `SELECT concat($1, $2) AS v`, ['a', 'b']);
p('text concat untyped param', `SELECT $1 || 'x' AS v`, ['a']);
p('lpad number param', `SELECT lpad($1, 5, '0') AS v`, [42]);
p('split_part untyped params', `SELECT split_part($1, $2, 2) AS v`, ['a-b-c', '-']);

// ---------------------------------------------------------------- extra edges: numeric exactness
q('numeric sum exact', `0.1 + 0.2`);
q('numeric sum equals', `0.1 + 0.2 = 0.3`);
q('numeric multiply exact', `1.1 * 3`);
q('numeric multiply scale', `1.10 * 2`);
q('numeric large exact', `9007199254740993::numeric + 0`);
q('numeric very large', `12345678901234567890::numeric + 1`);
q('numeric huge multiply', `99999999999999999999.99 * 10`);
q('numeric tiny', `0.000000000000000000001 * 3`);
q('round 1.005', `round(1.005, 2)`);
q('round negative to zero', `round(-0.4)`);
q('round negative small scale', `round(-0.0001, 2)`);
q('round half large', `round(12345678901234567.5)`);
q('round integer', `round(7)`);
q('round numeric many digits', `round(0.123456789012345678901234567890, 25)`);
q('numeric subtraction scale', `5.00 - 2`);
q('numeric negative zero', `-0.00`);
q('numeric unary minus zero', `-(0.0)`);
q('numeric compare scale', `1.0 = 1.00`);
q('numeric division 10/3', `10.0 / 3`);
q('numeric division 1/7', `1 / 7.0`);
q('numeric mixed int division', `5 / 2.0`);
q('numeric integer plus fraction', `1 + 1.5`);
q('int8 exact large', `9007199254740993`);
q('int8 arithmetic exact', `9007199254740993 + 2`);
q('int8 multiply overflow', `9223372036854775807 * 2`);
q('int8 negate min', `-(-9223372036854775807 - 1)`);
q('int4 times int8 promotes', `2147483647 * 2::bigint`);
q('int2 multiply overflow', `200::int2 * 200::int2`);
q('int2 division', `7::int2 / 2::int2`);
q('int4 subtraction overflow', `(-2147483648)::int - 1`);
q('int4 negate min overflow', `-((-2147483648)::int)`);
q('int modulo negative dividend', `-7 % 3`);
q('int modulo negative divisor', `7 % -3`);
q('int modulo min by minus one', `(-2147483648)::int % -1`);
q('float division int by float', `7 / 2::float8`);
q('numeric sum aggregate', `(SELECT sum(x) FROM (VALUES (0.1), (0.2), (0.3)) AS t(x))`);
q('numeric avg aggregate', `(SELECT avg(x) FROM (VALUES (1), (2)) AS t(x))`);
q('numeric avg of decimals', `(SELECT avg(x) FROM (VALUES (0.1), (0.2)) AS t(x))`);
q('int sum to bigint', `(SELECT sum(x) FROM (VALUES (2147483647), (1)) AS t(x))`);
q('numeric cast scale rounding half', `0.125::numeric(4,2)`);
q('numeric cast negative half', `(-0.125)::numeric(4,2)`);
q('numeric cast tiny negative to zero', `(-0.004)::numeric(4,2)`);
q('numeric cast 1.005', `1.005::numeric(10,2)`);
s(
  'numeric(10,2) insert binary-unfriendly values',
  [`INSERT INTO t VALUES (1.005), (2.675), (-0.004), (0.115)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(10,2))`,
);
s('numeric(4,2) insert 99.995', [`INSERT INTO t VALUES (99.995)`], `CREATE TABLE t (n numeric(4,2))`);
s(
  'numeric(4,2) insert 99.994',
  [`INSERT INTO t VALUES (99.994)`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n numeric(4,2))`,
);
s(
  'numeric column sum exact',
  [`INSERT INTO t VALUES (0.1), (0.2)`, `SELECT sum(n) AS v FROM t`],
  `CREATE TABLE t (n numeric)`,
);
s(
  'integer column overflow on update',
  [`INSERT INTO t VALUES (2147483647)`, `UPDATE t SET n = n + 1`],
  `CREATE TABLE t (n int)`,
);
s('smallint column insert overflow', [`INSERT INTO t VALUES (32768)`], `CREATE TABLE t (n smallint)`);
s(
  'integer column insert from numeric rounds',
  [`INSERT INTO t VALUES (2.5), (3.5), (-2.5)`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
s(
  'integer column insert text with spaces',
  [`INSERT INTO t VALUES (' 7 ')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
s('integer column insert decimal text', [`INSERT INTO t VALUES ('7.0')`], `CREATE TABLE t (n int)`);
s(
  'varchar column param too long',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['abcd'] }],
  `CREATE TABLE t (s varchar(3))`,
);
s(
  'varchar column multibyte length',
  [`INSERT INTO t VALUES ('ééé')`, `SELECT s AS v, octet_length(s) AS o FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
s(
  'varchar column emoji length',
  [`INSERT INTO t VALUES ('😀😀😀')`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (s varchar(3))`,
);
s(
  'char column padding',
  [`INSERT INTO t VALUES ('ab')`, `SELECT c AS v, length(c) AS l, octet_length(c) AS o FROM t`],
  `CREATE TABLE t (c char(4))`,
);
s('char column too long', [`INSERT INTO t VALUES ('abcde')`], `CREATE TABLE t (c char(4))`);
q('text to int negative zero', `'  -0 '::int`);
q('text to int leading zeros', `'00012'::int`);
q('text to int plus minus', `'+-1'::int`);
q('text to int exponent', `'1e3'::int`);
q('text to int nbsp', `E'\u00a012'::int`);
q('text to int vertical tab formfeed', `(chr(11) || '12' || chr(12))::int`);
q('text to int inner space', `' 12 34'::int`);
q('text to int min', `'-2147483648'::int`);
q('text to int below min', `'-2147483649'::int`);
q('text to int fullwidth digits', `'１２'::int`);
q('text to bigint max', `'9223372036854775807'::int8`);
q('text to int2 min', `'-32768'::int2`);
q('text to numeric leading dot', `'.5'::numeric`);
q('text to numeric trailing dot', `'5.'::numeric`);
q('text to numeric plus', `'+1.50'::numeric`);
q('text to numeric garbage', `'1.5x'::numeric`);
q('text to numeric nan lowercase', `'nan'::numeric`);
q('text to int hex PG16 form', `'0x10'::bigint`);
q('text to int binary PG16 form', `'0b101'::int`);
q('text to int octal PG16 form', `'0o17'::int`);
q('text to int2 hex PG16 form', `'0x10'::int2`);
q('text to numeric underscore PG16 form', `'1_000.5'::numeric`);
q('text to bigint underscore PG16 form', `'1_000'::bigint`);
q('hex integer literal PG16 form', `0x1A`);
q('binary integer literal PG16 form', `0b101`);
q('octal integer literal PG16 form', `0o17`);
q('numeric literal underscore PG16 form', `1_000.5`);
p('int param decimal text', `SELECT $1::int AS v`, ['4.0']);
p('int param js float', `SELECT $1::int AS v`, [4.5]);
p('int param exponent', `SELECT $1::int AS v`, ['1e2']);
p('numeric typmod param overflow', `SELECT $1::numeric(5,2) AS v`, ['999.999']);
p('numeric param spaces', `SELECT $1::numeric AS v`, [' 1.5 ']);
p('int2 param min', `SELECT $1::int2 AS v`, ['-32768']);
p('untyped param plus int', `SELECT $1 + 1 AS v`, ['2']);
p('untyped param plus numeric', `SELECT $1 + 1.5 AS v`, ['2']);
p('untyped param divided by int', `SELECT $1 / 2 AS v`, ['7']);
p('untyped param times int with decimal', `SELECT $1 * 2 AS v`, ['2.5']);
p('untyped param equals int with decimal', `SELECT $1 = 1 AS v`, ['1.0']);
p('untyped param overflow', `SELECT 2147483647 + $1 AS v`, ['1']);
p('untyped param modulo', `SELECT $1 % 3 AS v`, ['-7']);
p('untyped param hex text PG16 form', `SELECT $1::int AS v`, ['0x10']);
p('untyped param underscore PG16 form', `SELECT $1::int AS v`, ['1_000']);
p('numeric param js sum', `SELECT $1::numeric AS v`, [0.1 + 0.2]);
p('bigint param exact', `SELECT $1::bigint + 1 AS v`, ['9007199254740993']);
p('round param', `SELECT round($1::numeric, 1) AS v`, ['-0.05']);

// ---------------------------------------------------------------- extra edges: newer-version functions and keywords
q('to_bin is PG16', `to_bin(5)`);
q('to_oct is PG16', `to_oct(8)`);
q('random with bounds is PG17', `random(5, 5)`);
q('erf is PG16', `erf(0)`);
q('pg_input_is_valid is PG16', `pg_input_is_valid('42', 'integer')`);
q('quote_ident json_array', `quote_ident('json_array')`);
q('quote_ident json_object', `quote_ident('json_object')`);
q('quote_ident json_table', `quote_ident('json_table')`);
q('quote_ident json_value', `quote_ident('json_value')`);
q('quote_ident json_scalar', `quote_ident('json_scalar')`);
q('quote_ident json_serialize', `quote_ident('json_serialize')`);
q('quote_ident system_user', `quote_ident('system_user')`);
q('quote_ident merge_action', `quote_ident('merge_action')`);
q('quote_ident json', `quote_ident('json')`);
q('format %I json_exists', `format('%I', 'json_exists')`);
q('quote_ident absent', `quote_ident('absent')`);

// ---------------------------------------------------------------- extra edges: float maths on the platform libm
q('exp double fraction', `exp(0.7::float8)`);
q('ln double', `ln(3::float8)`);
q('log10 double', `log10(7::float8)`);
q('log double', `log(2::float8)`);
q('power double fractional', `power(2::float8, 0.3::float8)`);
q('power double large', `power(1.0001::float8, 10000::float8)`);
q('sin', `sin(1)`);
q('cos', `cos(1)`);
q('tan', `tan(1)`);
q('asin', `asin(0.3)`);
q('acos', `acos(0.3)`);
q('atan', `atan(1)`);
q('atan2', `atan2(1, 2)`);
q('sinh', `sinh(1)`);
q('cosh', `cosh(1)`);
q('tanh', `tanh(0.5)`);
q('asinh', `asinh(1)`);
q('acosh', `acosh(2)`);
q('atanh', `atanh(0.5)`);
q('sind exact', `sind(30)`);
q('cosd exact', `cosd(60)`);
q('tand exact', `tand(45)`);
q('sind other', `sind(10)`);
q('atand', `atand(2)`);
q('degrees', `degrees(1)`);
q('radians', `radians(180)`);
q('pi', `pi()`);
q('exp double large', `exp(700::float8)`);
q('ln double small', `ln(1e-300::float8)`);
q('sqrt double odd', `sqrt(3::float8)`);
q('float8 denormal input', `'1e-320'::float8`);
q('float8 hex input', `'0x1p3'::float8`);
q('float8 inf spellings', `ARRAY['inf'::float8, '+INF'::float8, '-Infinity'::float8]`);
q('float8 nan spaced', `' NaN '::float8`);
q('float4 overflow boundary', `'3.4028236e38'::float4`);
q('float4 underflow', `'1e-46'::float4`);
q('float4 denormal', `'1e-40'::float4`);
q('float8 to int overflow', `1e10::float8::int`);
q('float8 to numeric', `0.1::float8::numeric`);
q('float4 to numeric', `0.1::float4::numeric`);
q('numeric to float8 text', `1.1::numeric::float8::text`);
q('float8 multiply text', `(1.1::float8 * 3)::text`);
q('float8 NaN to int', `'NaN'::float8::int`);
q('numeric power odd', `power(2.5::numeric, 7.3)`);
q('numeric power precision', `power(1.000001::numeric, 1000000)`);
q('numeric power small', `power(0.9::numeric, 100)`);
q('numeric exp large', `exp(100::numeric)`);
q('numeric ln precise', `ln(10::numeric)`);
q('numeric log base fraction', `log(10::numeric, 2::numeric)`);
q('numeric sqrt big', `sqrt(12345678901234567890::numeric)`);

// ---------------------------------------------------------------- extra edges: bytea through node-pg
p('bytea binary buffer param', `SELECT $1::bytea AS v`, [Buffer.from([0, 255, 65])]);
p('bytea buffer param encode', `SELECT encode($1, 'hex') AS v`, [Buffer.from([1, 2, 3])]);
p('bytea buffer param length', `SELECT length($1::bytea) AS v`, [Buffer.from([0xde, 0xad, 0xbe, 0xef])]);
p('bytea buffer param md5', `SELECT md5($1::bytea) AS v`, [Buffer.from('abc')]);
s('bytea escape output value', [`SET bytea_output = 'escape'`, `SELECT '\\x00ff41'::bytea AS v`]);
q('bytea hex uppercase input', `'\\xDEADBEEF'::bytea`);
q('bytea hex input with spaces', `'\\x de ad'::bytea`);
q('bytea escape octal input', `'\\141\\142'::bytea`);
q('bytea invalid escape input', `'\\9'::bytea`);
q('encode escape high bytes', `encode('\\x5c00'::bytea, 'escape')`);
q('decode escape backslashes', `decode('\\\\', 'escape')`);
q('encode base64 empty', `encode(''::bytea, 'base64')`);
q('decode base64 padding missing', `decode('YWI', 'base64')`);
q('decode base64 invalid symbol', `decode('YW*=', 'base64')`);
q('decode unknown format', `decode('aa', 'base32')`);
q('convert_from invalid utf8', `convert_from('\\xff'::bytea, 'UTF8')`);
q('sha256 text coercion', `sha256('abc')`);
q('bytea to text escape chars', `'\\x410a'::bytea::text`);
q('text to bytea escapes backslash', `'a\\\\b'::bytea`);

// ---------------------------------------------------------------- round 2: whitespace, JS number parsing
q('text to int em space', `E'\u200312'::int`);
q('text to int trailing nbsp', `E'12\u00a0'::int`);
q('text to int BOM', `E'\ufeff12'::int`);
q('text to int ideographic space', `E'\u300012'::int`);
q('text to int only spaces', `'   '::int`);
q('text to int newline only', `E'\\n'::int`);
q('text to int Infinity', `'Infinity'::int`);
q('text to int NaN', `'NaN'::int`);
q('text to int exponent zero', `'1e0'::int`);
q('text to int bare sign', `'-'::int`);
q('text to int dot five', `'.5'::int`);
q('text to int trailing dot', `'5.'::int`);
q('text to bigint nbsp', `E'\u00a012'::bigint`);
q('text to int2 nbsp', `E'\u00a012'::int2`);
q('text to numeric nbsp', `E'\u00a01.5'::numeric`);
q('text to float8 nbsp', `E'\u00a01.5'::float8`);
q('text to numeric only spaces', `'  '::numeric`);
q('text to float8 only spaces', `'  '::float8`);
q('text to float8 hex form', `'0x10'::float8`);
q('text to float8 binary form', `'0b101'::float8`);
q('text to float8 underscore', `'1_000'::float8`);
q('text to numeric hex PG16 form', `'0x10'::numeric`);
q('text to numeric underscore integer PG16 form', `'1_000'::numeric`);
q('text to numeric Infinity word', `'Infinity'::numeric`);
q('text to numeric big exponent', `'1e40'::numeric`);
q('btrim keeps nbsp', `length(btrim(E'\u00a0a\u00a0'))`);
q('trim keeps em space', `length(trim(E'\u2003a'))`);
q('rtrim keeps newline', `length(rtrim(E'a\\n'))`);
q('ltrim removes only spaces', `ltrim(E'  \\ta')`);
s(
  'int column insert nbsp text',
  [`INSERT INTO t VALUES (E'\u00a07')`, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
s('int column insert Infinity text', [`INSERT INTO t VALUES ('Infinity')`], `CREATE TABLE t (n int)`);
s(
  'int column insert param decimal',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['1.5'] }],
  `CREATE TABLE t (n int)`,
);
s(
  'int column insert param nbsp',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['\u00a07'] }, `SELECT n AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
s(
  'numeric column insert param rounding',
  [{ sql: `INSERT INTO t VALUES ($1), ($2)`, params: [1.005, '-0.005'] }, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n numeric(5,2))`,
);
s(
  'bigint column compare exact',
  [
    `INSERT INTO t VALUES (9007199254740993), (9007199254740992)`,
    `SELECT count(DISTINCT n)::int AS v FROM t`,
  ],
  `CREATE TABLE t (n bigint)`,
);
s(
  'bigint column order exact',
  [
    `INSERT INTO t VALUES (9007199254740993), (9007199254740992), (9007199254740994)`,
    `SELECT n AS v FROM t ORDER BY n DESC`,
  ],
  `CREATE TABLE t (n bigint)`,
);
s(
  'bigint column where exact',
  [`INSERT INTO t VALUES (9007199254740993)`, `SELECT count(*)::int AS v FROM t WHERE n = 9007199254740992`],
  `CREATE TABLE t (n bigint)`,
);
s(
  'numeric column distinct scale',
  [`INSERT INTO t VALUES (1.0), (1.00), (1)`, `SELECT count(DISTINCT n)::int AS v FROM t`],
  `CREATE TABLE t (n numeric)`,
);
s(
  'numeric column big compare',
  [
    `INSERT INTO t VALUES (12345678901234567890.1), (12345678901234567890.2)`,
    `SELECT count(DISTINCT n)::int AS v FROM t`,
  ],
  `CREATE TABLE t (n numeric)`,
);
q('int8 literal compare exact', `9007199254740993 > 9007199254740992`);
q('int8 literal equality exact', `9007199254740993 = 9007199254740992`);
q('numeric big compare', `12345678901234567890.1 < 12345678901234567890.2`);
q('numeric big equality', `12345678901234567890.1 = 12345678901234567890.2`);
q('numeric tiny compare', `0.00000000000000000001 > 0`);
q('numeric tiny equality', `1.00000000000000000001 = 1`);
q('int vs numeric equality', `1 = 1.0`);
q('count distinct numeric scales', `(SELECT count(DISTINCT x)::int FROM (VALUES (1.0), (1.00)) AS t(x))`);
q('max bigint exact', `(SELECT max(x)::text FROM (VALUES (9007199254740993), (9007199254740992)) AS t(x))`);
q('bigint text exact', `9007199254740993::text`);
q('bigint concat exact', `'n=' || 9007199254740993`);
q('numeric big text', `12345678901234567890.12::text`);
q('abs numeric', `abs(-5.50)`);
q('abs int', `abs(-5)`);
q('ceil numeric', `ceil(-1.5)`);
q('floor numeric', `floor(-1.5)`);
q('ceil numeric positive', `ceil(1.0000001)`);
q('floor numeric positive scale', `floor(2.50)`);
q('ceil double', `ceil(1.5::float8)`);
q('sign numeric', `sign(-0.5)`);
q('numeric modulo', `7 % 2.5`);
q('numeric unary plus', `+1.50`);
q('repeat too large', `repeat('ab', 1073741824)`);
q('lpad too large', `lpad('a', 2147483647)`);
q('substr huge length', `substr('abc', 2, 2147483647)`);
q('substr huge start and length', `substr('abc', 2147483647, 2147483647)`);
q('substr min start', `substr('abc', -2147483648, 2147483647)`);
q('left huge', `left('abc', 2147483647)`);
q('right min int', `right('abc', -2147483648)`);
q('substring unknown literal second arg', `substring('abc', '2')`);
q('substring digit class', `substring('a1b2', '[0-9]')`);
q('substring from text pattern SQL syntax', `substring('abc' from 'b')`);
q('substring regex group second', `substring('key=value', '=(.*)$')`);
p('substring text int params', `SELECT substring($1::text, $2::int) AS v`, ['hello', '2']);
p('substring text text params', `SELECT substring($1::text, $2::text) AS v`, ['hello', 'l+']);
q('split_part empty input', `split_part('', ',', 1)`);
q('split_part empty input negative', `split_part('', ',', -1)`);
q('initcap accented', `initcap('élan vital')`);
q('initcap underscore', `initcap('hello_world')`);
q('initcap all caps accents', `initcap('ÉLAN')`);
q('left unknown literal count', `left('abc', '2')`);
q('repeat unknown literal count', `repeat('a', '3')`);
q('lpad numeric length errors', `lpad('a', 2.7)`);
p('untyped params concat operator', `SELECT $1 || $2 AS v`, ['a', 'b']);
p('untyped params equality text', `SELECT $1 = $2 AS v`, ['1', '1.0']);
p('untyped params less than text', `SELECT $1 < $2 AS v`, ['10', '9']);
p('untyped param greater than int', `SELECT $1 > 5 AS v`, ['10']);
p('untyped params greatest text', `SELECT greatest($1, $2) AS v`, ['10', '9']);
p('untyped params plus ambiguous', `SELECT $1 + $2 AS v`, ['1', '2']);
p('untyped param times numeric', `SELECT $1 * 1.5 AS v`, ['2']);
p('untyped param divided by numeric', `SELECT $1 / 2.0 AS v`, ['7']);
p('untyped param negated', `SELECT -$1 AS v`, ['5']);
p('untyped param in list', `SELECT $1 IN ('a', 'b') AS v`, ['b']);
p('untyped param compare bigint literal', `SELECT $1 = 9007199254740993 AS v`, ['9007199254740992']);
p('untyped param like number', `SELECT $1 LIKE '1%' AS v`, [10]);
p('untyped param compare numeric literal', `SELECT $1 = 0.3 AS v`, ['0.30']);
p('param int overflow compare', `SELECT $1 > 0 AS v`, ['2147483648']);
p('param left count', `SELECT left('abcdef', $1) AS v`, ['-2']);
p('param repeat count text', `SELECT repeat('ab', $1) AS v`, [' 2 ']);
p('param lpad count decimal', `SELECT lpad('a', $1, '*') AS v`, ['3.0']);

// ---------------------------------------------------------------- round 2: more PG16/17 differences on PGlite
q('quote_ident json_arrayagg', `quote_ident('json_arrayagg')`);
q('quote_ident json_objectagg', `quote_ident('json_objectagg')`);
q('quote_ident json_query', `quote_ident('json_query')`);
q('quote_ident is_json', `quote_ident('is_json')`);
q('quote_ident unreserved PG17 keyword', `quote_ident('nested')`);
q(
  'quote_ident array of keywords',
  `ARRAY[quote_ident('json_value'), quote_ident('user'), quote_ident('xmltable')]`,
);
q('format %I several PG16 keywords', `format('%I.%I', 'json_object', 'system_user')`);
p('quote_ident param keyword', `SELECT quote_ident($1) AS v`, ['json_array']);
p('format %I param keyword', `SELECT format('%I', $1::text) AS v`, ['json_table']);
q('numeric power integer exponent 30', `power(1.1::numeric, 30)`);
q('numeric power 0.99 365', `power(0.99::numeric, 365)`);
q('numeric power negative integer', `power(3::numeric, -5)`);
q('numeric power 7.5 11', `power(7.5::numeric, 11)`);
q('numeric power operator big', `1.0001 ^ 10000`);
q('numeric power half', `power(2::numeric, 0.5)`);
q('numeric power tiny base', `power(0.00001::numeric, 3)`);
q('numeric power large negative exponent', `power(10::numeric, -20)`);
q('numeric exp 1.5', `exp(1.5)`);
q('numeric ln 1.5', `ln(1.5)`);
q('numeric log 3 81.5', `log(3, 81.5)`);
q('numeric sqrt 2.5', `sqrt(2.5)`);
q('numeric exp negative', `exp(-10.5)`);
q('numeric ln tiny', `ln(0.000001)`);
q('float exp 1.1', `exp(1.1::float8)`);
q('float exp negative', `exp(-2.5::float8)`);
q('float ln 0.7', `ln(0.7::float8)`);
q('float log10 0.03', `log10(0.03::float8)`);
q('float power 1.7 2.3', `power(1.7::float8, 2.3::float8)`);
q('float power 10 0.1', `power(10::float8, 0.1::float8)`);
q('float sin 10', `sin(10)`);
q('float cos 100', `cos(100)`);
q('float tan 1e6', `tan(1e6)`);
q('float atan2 negative', `atan2(-1, -1)`);
q('float asin 0.9', `asin(0.9)`);
q('float acos 0.1', `acos(0.1)`);
q('float sinh 3', `sinh(3)`);
q('float cosh 0.3', `cosh(0.3)`);
q('float tanh 2', `tanh(2)`);
q('float asinh 0.3', `asinh(0.3)`);
q('float acosh 10', `acosh(10)`);
q('float atanh 0.9', `atanh(0.9)`);
q('float sind 100', `sind(100)`);
q('float cosd 10', `cosd(10)`);
q('float cotd 30', `cotd(30)`);
q('float cot 1', `cot(1)`);
q('float asind 0.3', `asind(0.3)`);
q('float atan2d', `atan2d(1, 3)`);
q('float exp large', `exp(709)`);
q('float ln large', `ln(1e300::float8)`);
q('float power large', `power(7::float8, 300::float8)`);
q('float log of numeric-like', `log(0.5::float8)`);
q('float sqrt 1e-300', `sqrt(1e-300::float8)`);
q('numeric to float text 0.3', `0.3::numeric::float8::text`);
q('float8 parse near half-ulp', `'9007199254740993'::float8::text`);
q('float8 parse long mantissa', `'0.1000000000000000055511151231257827'::float8::text`);
q('float4 parse text', `'16777217'::float4::text`);
q('float4 arithmetic text', `(0.1::float4 * 3::float4)::text`);
q('similar bracket class', `'b' SIMILAR TO '[a-c]'`);
q('similar bracket dot', `'.' SIMILAR TO '[.]'`);
q('similar alternation anchored whole', `'ab' SIMILAR TO 'a|b'`);
q('similar caret literal', `'a^' SIMILAR TO 'a^'`);
q('similar dollar literal', `'a$' SIMILAR TO 'a$'`);
q('similar star', `'aaa' SIMILAR TO 'a*'`);
q('similar plus', `'' SIMILAR TO 'a+'`);
q('similar question', `'ab' SIMILAR TO 'ab?c?'`);
q('similar percent in class', `'%' SIMILAR TO '[%]'`);
q('similar escape NULL', `'a' SIMILAR TO 'a' ESCAPE NULL`);
q('similar backslash default escape', `'a%' SIMILAR TO 'a\\%'`);
q('substring similar three separators', `substring('foobar' similar '#"o#"b#"a' escape '#')`);
q('substring similar one separator', `substring('foobar' similar '%#"o%' escape '#')`);
q('substring similar greedy', `substring('aaa' similar '#"a*#"a*' escape '#')`);
q('substring similar lazy rest', `substring('abcabc' similar '%#"b_#"%' escape '#')`);

s(
  'regclass output of PG17 keyword table name',
  [`SELECT 'json_table'::regclass::text AS v`],
  `CREATE TABLE json_table (id int)`,
);
s(
  'view definition with PG17 keyword column',
  [`SELECT pg_get_viewdef('v'::regclass) AS v`],
  `CREATE TABLE t (json_value int); CREATE VIEW v AS SELECT json_value FROM t`,
);
s('format %I in dynamic SQL with PG16 keyword', [
  `DO $$ BEGIN EXECUTE format('CREATE TABLE %I (x int)', 'json_scalar'); END $$`,
  `SELECT count(*)::int AS v FROM json_scalar`,
]);

export default cases;
