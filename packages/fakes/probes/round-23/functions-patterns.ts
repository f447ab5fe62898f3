const q = (name: string, ...steps: string[]) => ({ name, steps });
const T = `CREATE TABLE w (id int PRIMARY KEY, s text);
INSERT INTO w VALUES (1, 'abc'), (2, 'ABC'), (3, 'a_c'), (4, 'a%c'), (5, NULL), (6, 'a\\c'), (7, 'xyz'), (8, '');`;
const t = (name: string, ...steps: string[]) => ({ name, setup: T, steps });
export default [
  t('like underscore', "SELECT id FROM w WHERE s LIKE 'a_c' ORDER BY id"),
  t('ilike', "SELECT id FROM w WHERE s ILIKE 'a_c' ORDER BY id"),
  t('like escape underscore', "SELECT id FROM w WHERE s LIKE 'a\\_c' ORDER BY id"),
  t('like custom escape', "SELECT id FROM w WHERE s LIKE 'a!%c' ESCAPE '!' ORDER BY id"),
  t('like empty escape', "SELECT id FROM w WHERE s LIKE 'a\\c' ESCAPE '' ORDER BY id"),
  t('not like with NULL', "SELECT id, s NOT LIKE 'a%' AS nl FROM w ORDER BY id"),
  t(
    'operator tilde tilde',
    "SELECT id FROM w WHERE s ~~ 'A%' ORDER BY id",
    "SELECT id FROM w WHERE s ~~* 'x%' ORDER BY id",
    "SELECT id FROM w WHERE s !~~ '%c' ORDER BY id",
    "SELECT id FROM w WHERE s !~~* '%C' ORDER BY id",
  ),
  q('like escape bad', "SELECT 'abc' LIKE 'ab\\' AS a"),
  q('like escape two chars errors', "SELECT 'abc' LIKE 'a' ESCAPE 'xy'"),
  q('like percent only', "SELECT '' LIKE '%' AS a, NULL LIKE '%' AS b, 'a' LIKE '' AS c"),
  q('ilike unicode', "SELECT 'ÉCOLE' ILIKE 'école' AS a"),
  q('like with parameters', { sql: 'SELECT $1::text LIKE $2 AS a', params: ['abc', 'a%'] } as never),
  q(
    'similar to',
    "SELECT 'abc' SIMILAR TO 'abc' AS a, 'abc' SIMILAR TO 'a' AS b, 'abc' SIMILAR TO '%(b|d)%' AS c, 'abc' SIMILAR TO '(b|c)%' AS d, 'abc' NOT SIMILAR TO 'a%' AS e",
  ),
  q(
    'similar to quantifiers',
    "SELECT 'aaa' SIMILAR TO 'a{2,3}' AS a, 'ab' SIMILAR TO 'a_' AS b, 'a.c' SIMILAR TO 'a.c' AS c, 'abc' SIMILAR TO 'a.c' AS d, 'ab' SIMILAR TO '[a-c]+' AS e",
  ),
  q(
    'similar to escape',
    "SELECT 'a%' SIMILAR TO 'a#%' ESCAPE '#' AS a, 'ab' SIMILAR TO 'a#%' ESCAPE '#' AS b",
  ),
  q(
    'posix operators',
    "SELECT 'thomas' ~ '.*thom.*' AS a, 'thomas' ~* '.*Thom.*' AS b, 'thomas' !~ '.*thom.*' AS c, 'thomas' !~* '.*vadim.*' AS d",
  ),
  q(
    'posix anchors and classes',
    "SELECT 'abc123' ~ '^[a-z]+\\d+$' AS a, 'a b' ~ '\\s' AS b, 'x' ~ '[[:alpha:]]' AS c, 'ab' ~ '\\mab\\M' AS d",
  ),
  q('posix invalid regex', "SELECT 'a' ~ '('"),
  t('regex filter column', "SELECT id FROM w WHERE s ~ '^[A-Z]' ORDER BY id"),
  q(
    'regexp_replace flags',
    "SELECT regexp_replace('foobarbaz', 'b..', 'X') AS a, regexp_replace('foobarbaz', 'b..', 'X', 'g') AS b, regexp_replace('fooBARbaz', 'b..', 'X', 'gi') AS c",
  ),
  q(
    'regexp_replace backrefs',
    "SELECT regexp_replace('John Smith', '(\\w+) (\\w+)', '\\2, \\1') AS a, regexp_replace('abc', 'b', '[\\&]') AS b, regexp_replace('abc', '(b)', '\\\\') AS c",
  ),
  q(
    'regexp_replace start and N (15)',
    "SELECT regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 0, 'i') AS a, regexp_replace('A PostgreSQL function', 'a|e|i|o|u', 'X', 1, 3, 'i') AS b, regexp_replace('abcabc', 'b', 'X', 3) AS c",
  ),
  q('regexp_replace bad flag', "SELECT regexp_replace('a', 'a', 'b', 'z')"),
  q(
    'regexp_replace newline flags',
    "SELECT regexp_replace(E'a\\nb', '^b', 'X', 'n') AS a, regexp_replace(E'a\\nb', '^b', 'X') AS b",
  ),
  q(
    'regexp_match',
    "SELECT regexp_match('foobarbequebaz', 'bar.*que') AS a, regexp_match('foobarbequebaz', '(bar)(beque)') AS b, regexp_match('abc', 'z') AS c, (regexp_match('abc', '(b)(x)?'))[2] AS d",
  ),
  q('regexp_match g flag errors', "SELECT regexp_match('abc', 'b', 'g')"),
  q('regexp_matches set', "SELECT regexp_matches('foobarbequebazilbarfbonk', '(b[^b]+)(b[^b]+)', 'g') AS m"),
  q('regexp_matches no g', "SELECT regexp_matches('abcabc', 'b') AS m"),
  q(
    'regexp_matches in from ordinality',
    "SELECT m, n FROM regexp_matches('a1b22c333', '\\d+', 'g') WITH ORDINALITY AS r(m, n) ORDER BY n",
  ),
  q('regexp_split_to_table', "SELECT s FROM regexp_split_to_table('hello world  foo', '\\s+') AS s"),
  q(
    'regexp_split_to_array',
    "SELECT regexp_split_to_array('hello world', '\\s+') AS a, regexp_split_to_array('abc', '') AS b, regexp_split_to_array('', ',') AS c",
  ),
  q(
    'regexp_split ordinality',
    "SELECT * FROM regexp_split_to_table('a,b,c', ',') WITH ORDINALITY AS t(x, n) ORDER BY n",
  ),
  q(
    'regexp_count (15)',
    "SELECT regexp_count('ABCABCAXYaxy', 'A.') AS a, regexp_count('ABCABCAXYaxy', 'A.', 1, 'i') AS b, regexp_count('aaa', 'a', 2) AS c, regexp_count('', 'a') AS d",
  ),
  q(
    'regexp_instr (15)',
    "SELECT regexp_instr('number of your street, town zip, FR', '[^,]+', 1, 2) AS a, regexp_instr('ABCDEFGHI', '(c..)(...)', 1, 1, 0, 'i', 2) AS b, regexp_instr('abc', 'z') AS c, regexp_instr('abcabc', 'b', 1, 2, 1) AS d",
  ),
  q(
    'regexp_substr (15)',
    "SELECT regexp_substr('number of your street, town zip, FR', '[^,]+', 1, 2) AS a, regexp_substr('ABCDEFGHI', '(c..)(...)', 1, 1, 'i', 2) AS b, regexp_substr('abc', 'z') AS c",
  ),
  q(
    'regexp_like (15)',
    "SELECT regexp_like('Hello World', 'world') AS a, regexp_like('Hello World', 'world', 'i') AS b",
  ),
  q('regexp_count bad start', "SELECT regexp_count('abc', 'a', 0)"),
  q(
    'regexp typing',
    "SELECT pg_typeof(regexp_match('a', 'a'))::text AS a, pg_typeof(regexp_count('a', 'a'))::text AS b, pg_typeof(regexp_split_to_array('a', 'a'))::text AS c",
  ),
  q(
    'regexp case-insensitive embedded',
    "SELECT 'ABC' ~ '(?i)abc' AS a, regexp_replace('ABC', '(?i)b', 'x') AS b",
  ),
  q('regexp non-greedy', "SELECT substring('xaaay' from 'a+?') AS a, regexp_match('abcabc', 'a.*?c') AS b"),
  q('regexp lookahead', "SELECT regexp_replace('price 100 usd', '\\d+(?= usd)', 'N') AS a"),
  q('regexp lookbehind', "SELECT regexp_match('price: 42', '(?<=: )\\d+') AS a"),
  q('regexp backreference in pattern', "SELECT 'abab' ~ '^(ab)\\1$' AS a, 'abcd' ~ '^(ab)\\1$' AS b"),
  q(
    'regexp dot matches newline',
    "SELECT E'a\\nb' ~ 'a.b' AS a, E'a\\nb' ~ '(?n)a.b' AS b, E'a\\nb' ~ '(?s)a.b' AS c",
  ),
  q('regexp bracket escapes', "SELECT 'a-b' ~ '[\\w-]+' AS a, regexp_replace('a.b.c', '\\.', '/', 'g') AS b"),
  q('regexp_replace empty match global', "SELECT regexp_replace('abc', 'x*', '-', 'g') AS a"),
  q('regexp_split empty matches', "SELECT regexp_split_to_array('abc', 'x*') AS a"),
  q('regexp_match NULL', "SELECT regexp_match(NULL, 'a') AS a, regexp_replace('a', NULL, 'b') AS b"),
  q(
    'similar to with NULL and parens',
    "SELECT NULL SIMILAR TO 'a' AS a, 'ab' SIMILAR TO 'a(b|c)' AS b, '(ab' SIMILAR TO '\\(ab' AS c",
  ),
  q('like on non-text errors', "SELECT 1 LIKE '1'"),
  q('like on integer cast', "SELECT 12::text LIKE '1%' AS a"),
  t('like any array', "SELECT id FROM w WHERE s LIKE ANY (ARRAY['a%', 'x%']) ORDER BY id"),
  t('ilike all array', "SELECT id FROM w WHERE s ILIKE ALL (ARRAY['a%', '%c']) ORDER BY id"),
  t('regexp any', "SELECT id FROM w WHERE s ~ ANY (ARRAY['^x', 'B']) ORDER BY id"),
  q(
    'regexp ARE escapes',
    "SELECT 'a1' ~ '\\d' AS a, 'a' ~ '\\D' AS b, 'A' ~ '[[:upper:]]' AS c, 'tab\there' ~ '\\t' AS d",
  ),
  q('regexp_replace with ignore case flag only', "SELECT regexp_replace('AaAa', 'a', 'x', 'i') AS a"),
  q(
    'regexp_matches with i flag',
    "SELECT array_agg(m[1]) AS a FROM regexp_matches('aAbB', '([ab])', 'gi') m",
  ),
  q('regexp_replace dollar literal', "SELECT regexp_replace('abc', 'b', '$1') AS a"),
  q('regexp_instr subexpr zero', "SELECT regexp_instr('hello', 'l', 1, 1, 0, '', 0) AS a"),
  q('regexp_substr occurrence beyond', "SELECT regexp_substr('abc', 'b', 1, 3) AS a"),
  q('regexp_like with null flags', "SELECT regexp_like('a', 'a', NULL) AS a"),
  q('regexp_count g flag errors', "SELECT regexp_count('aa', 'a', 1, 'g')"),
  q('like with backslash escapes in middle', "SELECT 'a\\b' LIKE 'a\\\\b' AS a, '50%' LIKE '50\\%' AS b"),
  q('ilike with underscore and case', "SELECT 'Straße' ILIKE 'STRASSE' AS a, 'X' ILIKE 'x' AS b"),
  q(
    'similar to bracket and plus',
    "SELECT 'abc123' SIMILAR TO '[a-z]+[0-9]+' AS a, 'abc' SIMILAR TO '%' AS b",
  ),
  q('regexp word boundary y', "SELECT 'a cat' ~ '\\ycat\\y' AS a, 'concat' ~ '\\ycat\\y' AS b"),
  q(
    'regexp_replace with g and captures',
    "SELECT regexp_replace('2024-03-15', '(\\d+)-(\\d+)-(\\d+)', '\\3/\\2/\\1') AS a",
  ),
  q('regexp_split_to_table i flag', "SELECT x FROM regexp_split_to_table('aXbxc', 'x', 'i') x"),
  q('regexp quantifier bounds', "SELECT 'aaaa' ~ '^a{2,3}$' AS a, 'aa' ~ '^a{2}$' AS b"),
  q('regexp_matches empty pattern', "SELECT count(*) AS c FROM regexp_matches('abc', '', 'g')"),
  q('regexp_match with x flag', "SELECT regexp_match('abc', 'a b c', 'x') AS a"),
];
