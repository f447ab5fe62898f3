// Round 19 probe, strings part 3: PostgreSQL 15 docs 9.7 (LIKE, ILIKE, ESCAPE, SIMILAR TO, POSIX
// regular expressions, every regexp_* function with its start, N, flags and subexpression
// arguments, regex flags, embedded options and the 2201B/22025/2201G errors).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: patterns: ');
const T = `CREATE TABLE p (id int PRIMARY KEY, s text, pat text);
INSERT INTO p VALUES (1, 'abc', 'a%'), (2, 'ABC', '_B_'), (3, 'a_c', 'a\\_c'), (4, NULL, '%'), (5, '100%', '%\\%'), (6, 'x', NULL)`;

const exprs: Array<[string, string]> = [
  // 9.7.1 LIKE
  ['like exact', `'abc' LIKE 'abc'`],
  ['like prefix', `'abc' LIKE 'a%'`],
  ['like underscore', `'abc' LIKE '_b_'`],
  ['like no match', `'abc' LIKE 'c'`],
  ['like empty pattern', `'' LIKE ''`],
  ['like percent matches empty', `'' LIKE '%'`],
  ['like underscore needs char', `'' LIKE '_'`],
  ['like case sensitive', `'ABC' LIKE 'abc'`],
  ['like NULL', `NULL LIKE 'a'`],
  ['like NULL pattern', `'a' LIKE NULL`],
  ['not like', `'abc' NOT LIKE 'a%'`],
  ['like backslash escape', `'a_c' LIKE 'a\\_c'`],
  ['like backslash escaped percent no match', `'abc' LIKE 'a\\%'`],
  ['like custom escape', `'a%c' LIKE 'a!%c' ESCAPE '!'`],
  ['like empty escape disables', `'a\\c' LIKE 'a\\c' ESCAPE ''`],
  ['like escape two chars errors', `'abc' LIKE 'abc' ESCAPE 'ab'`],
  ['like trailing escape errors', `'abc' LIKE 'abc\\'`],
  ['like escaped escape', `'a\\b' LIKE 'a\\\\b'`],
  ['like escape before normal char', `'ab' LIKE '\\a\\b'`],
  ['like multibyte underscore', `'é' LIKE '_'`],
  ['like multibyte percent', `'日本語' LIKE '日%語'`],
  ['like newline', `E'a\\nb' LIKE 'a_b'`],
  ['like percent percent', `'abc' LIKE '%%c'`],
  ['like with integer left errors', `1 LIKE '1'`],
  ['like char(n) padding', `'a'::char(3) LIKE 'a'`],
  ['like char(n) padding percent', `'a'::char(3) LIKE 'a%'`],
  ['like varchar', `'a '::varchar LIKE 'a'`],
  ['like name type', `'abc'::name LIKE 'a%'`],
  ['~~ operator', `'abc' ~~ 'a%'`],
  ['!~~ operator', `'abc' !~~ 'a%'`],
  ['~~* operator', `'ABC' ~~* 'a%'`],
  ['!~~* operator', `'ABC' !~~* 'a%'`],
  ['ilike', `'ABC' ILIKE 'a_c'`],
  ['ilike multibyte', `'ÉCOLE' ILIKE 'école'`],
  ['not ilike', `'abc' NOT ILIKE 'A%'`],
  ['ilike escape', `'A%C' ILIKE 'a#%c' ESCAPE '#'`],
  ['like any array', `'abc' LIKE ANY (ARRAY['x%', 'a%'])`],
  ['like all array', `'abc' LIKE ALL (ARRAY['%b%', 'a%'])`],
  ['ilike any array', `'abc' ILIKE ANY (ARRAY['X%', 'A%'])`],
  ['like_escape function', `like_escape('a%b', '#')`],
  ['like precedence with concat', `'ab' LIKE 'a' || '%'`],
  ['like escape NULL', `'a' LIKE 'a' ESCAPE NULL`],
  // 9.7.2 SIMILAR TO
  ['similar abc', `'abc' SIMILAR TO 'abc'`],
  ['similar a', `'abc' SIMILAR TO 'a'`],
  ['similar percent alt', `'abc' SIMILAR TO '%(b|d)%'`],
  ['similar paren alt', `'abc' SIMILAR TO '(b|c)%'`],
  ['similar pipe multibyte', `'-abc-' SIMILAR TO '%\\mabc\\M%'`],
  ['similar word boundary', `'xabcx' SIMILAR TO '%\\mabc\\M%'`],
  ['similar repetition braces', `'aaa' SIMILAR TO 'a{3}'`],
  ['similar repetition range', `'aaaa' SIMILAR TO 'a{2,3}'`],
  ['similar repetition open', `'aaaa' SIMILAR TO 'a{2,}'`],
  ['similar dot is literal', `'a.c' SIMILAR TO 'a.c'`],
  ['similar dot not wildcard', `'abc' SIMILAR TO 'a.c'`],
  ['similar underscore', `'abc' SIMILAR TO 'a_c'`],
  ['similar bracket negated', `'abc' SIMILAR TO 'a[^x]c'`],
  ['similar custom escape', `'a%' SIMILAR TO 'a#%' ESCAPE '#'`],
  ['similar escape two chars errors', `'a' SIMILAR TO 'a' ESCAPE '##'`],
  ['similar empty escape', `'a\\b' SIMILAR TO 'a\\b' ESCAPE ''`],
  ['not similar', `'abc' NOT SIMILAR TO 'a%'`],
  ['similar NULL', `NULL SIMILAR TO 'a'`],
  ['similar unbalanced paren errors', `'a' SIMILAR TO '(a'`],
  ['similar to escape function', `similar_to_escape('a%_b')`],
  ['similar to escape function with escape', `similar_to_escape('a#%b', '#')`],
  ['similar case sensitive', `'ABC' SIMILAR TO 'abc'`],
  ['similar star plus', `'aab' SIMILAR TO 'a+b*'`],
  ['similar question mark', `'b' SIMILAR TO 'a?b'`],
  ['similar newline percent', `E'a\\nb' SIMILAR TO 'a%b'`],
  ['similar regex special chars literal', `'a$b' SIMILAR TO 'a$b'`],
  // 9.7.3 POSIX
  ['posix match', `'abcd' ~ 'bc'`],
  ['posix anchored', `'abcd' ~ '^a'`],
  ['posix no match', `'abcd' ~ '^(b|c)'`],
  ['posix case insensitive operator', `'thomas' ~* 'T.*ma'`],
  ['posix not match', `'thomas' !~ 't.*max'`],
  ['posix not match insensitive', `'thomas' !~* 'T.*ma'`],
  ['posix NULL', `NULL ~ 'a'`],
  ['posix invalid errors', `'a' ~ '('`],
  ['posix invalid bracket errors', `'a' ~ '[a'`],
  ['posix invalid repetition errors', `'a' ~ 'a{2,1}'`],
  ['posix invalid escape errors', `'a' ~ '\\z'`],
  ['posix quantifier operand invalid errors', `'a' ~ '*a'`],
  ['posix backref', `'abab' ~ '^(ab)\\1$'`],
  ['posix lookahead', `'foobar' ~ 'foo(?=bar)'`],
  ['posix negative lookahead', `'foobaz' ~ 'foo(?!bar)'`],
  ['posix lookbehind', `'xbar' ~ '(?<=x)bar'`],
  ['posix negative lookbehind', `'ybar' ~ '(?<!x)bar'`],
  ['posix non-capturing', `'abc' ~ '(?:a|b)c'`],
  ['posix digit class', `'a1' ~ '\\d'`],
  ['posix word class', `'__' ~ '^\\w+$'`],
  ['posix space class', `E'a\\tb' ~ '\\s'`],
  ['posix bracket classes', `'aZ9' ~ '^[[:lower:]][[:upper:]][[:digit:]]$'`],
  ['posix bracket xdigit', `'fF0' ~ '^[[:xdigit:]]+$'`],
  ['posix bracket punct', `'!' ~ '[[:punct:]]'`],
  ['posix bracket blank', `E'\\t' ~ '[[:blank:]]'`],
  ['posix word boundary y', `'a b' ~ 'a\\yb'`],
  ['posix word start m', `'foo bar' ~ '\\mbar'`],
  ['posix word end M', `'foo bar' ~ 'foo\\M'`],
  ['posix A and Z', `'abc' ~ '\\Aabc\\Z'`],
  ['posix hex escape', `'A' ~ '\\x41'`],
  ['posix unicode escape', `'é' ~ '\\u00e9'`],
  ['posix octal escape', `'A' ~ '\\0101'`],
  ['posix collating element', `'a' ~ '[[.a.]]'`],
  ['posix equivalence class', `'a' ~ '[[=a=]]'`],
  ['posix bracket range', `'m' ~ '[a-z]'`],
  ['posix bracket range reversed errors', `'m' ~ '[z-a]'`],
  ['posix embedded i', `'ABC' ~ '(?i)abc'`],
  ['posix embedded x', `'abc' ~ '(?x) a b c'`],
  [
    'posix embedded x comment',
    `'abc' ~ '(?x) a # comment
 b c'`,
  ],
  ['posix embedded q', `'a.c' ~ '(?q)a.c'`],
  ['posix embedded q no match', `'abc' ~ '(?q)a.c'`],
  ['posix director ***=', `'a.c' ~ '***=a.c'`],
  ['posix director ***:', `'abc' ~ '***:(?i)ABC'`],
  ['posix embedded bad option errors', `'a' ~ '(?z)a'`],
  ['posix embedded n newline sensitive', `E'a\\nb' ~ '(?n)a.b'`],
  ['posix dot matches newline default', `E'a\\nb' ~ 'a.b'`],
  ['posix caret newline default', `E'x\\nb' ~ '^b'`],
  ['posix embedded w', `E'x\\nb' ~ '(?w)^b'`],
  ['posix embedded p', `E'a\\nb' ~ '(?p)a.b'`],
  ['posix embedded s', `E'x\\nb' ~ '(?s)^b'`],
  ['posix embedded b basic', `'a+' ~ '(?b)a+'`],
  ['posix embedded e', `'aa' ~ '(?e)a+'`],
  ['posix embedded c then i', `'A' ~ '(?ci)a'`],
  ['posix embedded i then c', `'A' ~ '(?ic)a'`],
  ['posix greedy then lazy', `substring('xyz123abc' from '[a-z]+?(\\d+)')`],
  ['posix ARE bound max', `'a' ~ 'a{256}'`],
  ['posix ARE bound 255', `'a' ~ 'a{0,255}'`],
  ['posix backref in brackets literal', `'1' ~ '[\\1]'`],
  ['posix class shorthand in brackets', `'5' ~ '[\\d]'`],
  ['posix negated shorthand in brackets errors', `'5' ~ '[\\D]'`],
  ['posix escape in bracket w', `'_' ~ '[\\w]'`],
  ['posix empty regex', `'abc' ~ ''`],
  ['posix empty alternation', `'abc' ~ 'a|'`],
  ['posix backref nonexistent errors', `'a' ~ '(a)\\2'`],
  ['posix lookahead with capture', `'ab' ~ '(?=(a))'`],
  ['regexp on varchar', `'abc'::varchar ~ 'b'`],
  ['regexp on char padding', `'a'::char(3) ~ 'a $'`],
  ['regexp on name', `'abc'::name ~ '^a'`],
  // substring
  ['substring regex whole match', `substring('foobar' from 'o.b')`],
  ['substring regex first group', `substring('foobar' from 'o(.)b')`],
  ['substring regex two groups returns first', `substring('foobar' from '(o)(.)b')`],
  ['substring regex non-capturing returns whole', `substring('foobar' from '(?:o)(?:.)b')`],
  ['substring regex group not participating', `substring('foobar' from '(x)?foo')`],
  ['substring regex NULL', `substring(NULL from 'a')`],
  ['substring regex case insensitive embedded', `substring('FooBar' from '(?i)o+b')`],
  ['substring function regex', `substring('foobar', 'o+')`],
  ['substring similar function', `substring('foobar', '%#"o_b#"%', '#')`],
  ['substring similar NULL escape', `substring('foobar' similar '%o%' escape NULL)`],
  ['substring similar whole match no markers', `substring('foobar' similar 'f%' escape '#')`],
  ['substring similar not whole match', `substring('foobar' similar 'o%' escape '#')`],
  ['substring similar greediness', `substring('abcabc' similar '#"%#"c%' escape '#')`],
  ['substring SQL99 form', `substring('foobar' from '%#"o_b#"%' for '#')`],
  // regexp_match
  ['regexp_match i flag', `regexp_match('ABC', 'b', 'i')`],
  ['regexp_match bad flag errors', `regexp_match('abc', 'b', 'z')`],
  ['regexp_match type', `pg_typeof(regexp_match('a', 'a'))`],
  ['regexp_match empty match', `regexp_match('abc', 'x*')`],
  ['regexp_match nested groups', `regexp_match('abc', '((a)(b))c')`],
  ['regexp_match x flag', `regexp_match('abc', 'a b', 'x')`],
  ['regexp_match n flag', `regexp_match(E'a\\nb', '^b', 'n')`],
  ['regexp_match q flag', `regexp_match('a.b', '.', 'q')`],
  ['regexp_match NULL flags', `regexp_match('abc', 'b', NULL)`],
  ['regexp_match empty flags', `regexp_match('abc', 'b', '')`],
  // regexp_replace
  ['regexp_replace first only', `regexp_replace('foobarbaz', 'b..', 'X')`],
  ['regexp_replace g', `regexp_replace('foobarbaz', 'b..', 'X', 'g')`],
  ['regexp_replace backref', `regexp_replace('foobarbaz', 'b(..)', 'X\\1Y', 'g')`],
  ['regexp_replace whole match ref', `regexp_replace('abc', 'b', '[\\&]')`],
  ['regexp_replace escaped backslash', `regexp_replace('abc', 'b', '\\\\')`],
  ['regexp_replace missing group ref', `regexp_replace('abc', 'b', '\\5')`],
  ['regexp_replace gi', `regexp_replace('aAaA', 'a', 'x', 'gi')`],
  ['regexp_replace start', `regexp_replace('aaaa', 'a', 'x', 2)`],
  ['regexp_replace start n', `regexp_replace('aaaa', 'a', 'x', 1, 3)`],
  ['regexp_replace n zero all', `regexp_replace('aaaa', 'a', 'x', 2, 0)`],
  ['regexp_replace start n flags', `regexp_replace('AaAa', 'a', 'x', 1, 2, 'i')`],
  ['regexp_replace start zero errors', `regexp_replace('abc', 'a', 'x', 0)`],
  ['regexp_replace n negative errors', `regexp_replace('abc', 'a', 'x', 1, -1)`],
  ['regexp_replace start beyond', `regexp_replace('abc', 'a', 'x', 10)`],
  ['regexp_replace g with n errors', `regexp_replace('abc', 'a', 'x', 1, 1, 'g')`],
  ['regexp_replace bad flag errors', `regexp_replace('abc', 'a', 'x', 'k')`],
  ['regexp_replace empty matches g', `regexp_replace('abc', 'x*', '-', 'g')`],
  ['regexp_replace NULL replacement', `regexp_replace('abc', 'b', NULL)`],
  ['regexp_replace flags text as 4th', `regexp_replace('abc', 'B', 'x', 'i')`],
  ['regexp_replace multibyte', `regexp_replace('héllo', 'é', 'e')`],
  ['regexp_replace anchor g', `regexp_replace('aaa', '^a', 'b', 'g')`],
  // regexp_matches
  ['regexp_matches without g in select list', `regexp_matches('abcabc', 'b')`],
  // regexp_count
  ['regexp_count simple', `regexp_count('ababab', 'ab')`],
  ['regexp_count overlapping not counted', `regexp_count('aaaa', 'aa')`],
  ['regexp_count empty pattern', `regexp_count('abc', '')`],
  ['regexp_count start', `regexp_count('ababab', 'ab', 3)`],
  ['regexp_count start negative errors', `regexp_count('abc', 'a', -1)`],
  ['regexp_count flags i', `regexp_count('AbAb', 'a', 1, 'i')`],
  ['regexp_count g flag errors', `regexp_count('abc', 'a', 1, 'g')`],
  ['regexp_count NULL', `regexp_count(NULL, 'a')`],
  ['regexp_count NULL start', `regexp_count('a', 'a', NULL)`],
  ['regexp_count caret with start', `regexp_count('aaa', '^a', 2)`],
  ['regexp_count multibyte start', `regexp_count('ééé', 'é', 2)`],
  // regexp_instr
  ['regexp_instr simple', `regexp_instr('abcabc', 'c')`],
  ['regexp_instr no match', `regexp_instr('abc', 'x')`],
  ['regexp_instr start', `regexp_instr('abcabc', 'a', 2)`],
  ['regexp_instr n', `regexp_instr('abcabc', 'a', 1, 2)`],
  ['regexp_instr n beyond', `regexp_instr('abcabc', 'a', 1, 3)`],
  ['regexp_instr endoption', `regexp_instr('abcabc', 'bc', 1, 1, 1)`],
  ['regexp_instr endoption 2 errors', `regexp_instr('abc', 'b', 1, 1, 2)`],
  ['regexp_instr endoption negative errors', `regexp_instr('abc', 'b', 1, 1, -1)`],
  ['regexp_instr n zero errors', `regexp_instr('abc', 'b', 1, 0)`],
  ['regexp_instr start zero errors', `regexp_instr('abc', 'b', 0)`],
  ['regexp_instr subexpr', `regexp_instr('abcdef', 'b(c)(d)', 1, 1, 0, '', 2)`],
  ['regexp_instr subexpr end', `regexp_instr('abcdef', 'b(c)(d)', 1, 1, 1, '', 2)`],
  ['regexp_instr subexpr beyond', `regexp_instr('abcdef', 'b(c)', 1, 1, 0, '', 3)`],
  ['regexp_instr subexpr negative errors', `regexp_instr('abcdef', 'b(c)', 1, 1, 0, '', -1)`],
  ['regexp_instr subexpr zero whole', `regexp_instr('abcdef', 'b(c)', 1, 1, 0, '', 0)`],
  ['regexp_instr g flag errors', `regexp_instr('abc', 'b', 1, 1, 0, 'g')`],
  ['regexp_instr multibyte', `regexp_instr('ééxé', 'x')`],
  ['regexp_instr empty match', `regexp_instr('abc', 'x*')`],
  ['regexp_instr empty match end', `regexp_instr('abc', 'x*', 1, 1, 1)`],
  ['regexp_instr unmatched subexpr', `regexp_instr('ab', '(x)?b', 1, 1, 0, '', 1)`],
  // regexp_like
  ['regexp_like true', `regexp_like('abc', 'b')`],
  ['regexp_like false', `regexp_like('abc', '^b')`],
  ['regexp_like flags', `regexp_like('ABC', 'b', 'i')`],
  ['regexp_like g errors', `regexp_like('abc', 'b', 'g')`],
  ['regexp_like NULL', `regexp_like(NULL, 'b')`],
  ['regexp_like bad regex errors', `regexp_like('abc', '[')`],
  ['regexp_like x flag', `regexp_like('abc', 'a b c', 'x')`],
  ['regexp_like c overrides i', `regexp_like('ABC', 'b', 'ic')`],
  // regexp_substr
  ['regexp_substr simple', `regexp_substr('abcabc', 'b.')`],
  ['regexp_substr no match', `regexp_substr('abc', 'x')`],
  ['regexp_substr start', `regexp_substr('abcabd', 'b.', 3)`],
  ['regexp_substr n', `regexp_substr('abcabd', 'b.', 1, 2)`],
  ['regexp_substr n beyond', `regexp_substr('abcabd', 'b.', 1, 3)`],
  ['regexp_substr flags', `regexp_substr('ABC', 'b', 1, 1, 'i')`],
  ['regexp_substr subexpr', `regexp_substr('abcdef', 'b(c)(d)', 1, 1, '', 2)`],
  ['regexp_substr subexpr beyond', `regexp_substr('abcdef', 'b(c)', 1, 1, '', 2)`],
  ['regexp_substr subexpr unmatched', `regexp_substr('ab', '(x)?b', 1, 1, '', 1)`],
  ['regexp_substr n zero errors', `regexp_substr('abc', 'b', 1, 0)`],
  ['regexp_substr start negative errors', `regexp_substr('abc', 'b', -1)`],
  ['regexp_substr g errors', `regexp_substr('abc', 'b', 1, 1, 'g')`],
  ['regexp_substr empty match', `regexp_substr('abc', 'x*')`],
  ['regexp_substr multibyte', `regexp_substr('日本語です', '本.')`],
  ['regexp_substr NULL', `regexp_substr('abc', NULL)`],
  // split
  ['regexp_split_to_array g flag errors', `regexp_split_to_array('abc', 'b', 'g')`],
  ['regexp_split_to_array lookahead zero width', `regexp_split_to_array('aXbXc', '(?=X)')`],
  ['regexp_split_to_array leading match', `regexp_split_to_array(',a,b', ',')`],
  ['regexp_split_to_array whole match', `regexp_split_to_array('abc', 'abc')`],
  ['regexp_split_to_array NULL', `regexp_split_to_array(NULL, ',')`],
  ['regexp_split_to_array capture ignored', `regexp_split_to_array('a1b2c', '(\\d)')`],
];
for (const [name, expr] of exprs) list.select(name, expr);

// ---------------------------------------------------------------- set-returning forms
list.add('regexp_matches g with groups', [
  `SELECT m AS v FROM regexp_matches('a1b2c3', '([a-z])(\\d)', 'g') AS m`,
]);
list.add('regexp_matches g no groups', [`SELECT m AS v FROM regexp_matches('a1b2c3', '\\d', 'g') AS m`]);
list.add('regexp_matches unmatched group NULL element', [
  `SELECT m AS v FROM regexp_matches('ab', '(x)?(b)', 'g') AS m`,
]);
list.add('regexp_matches bad flag', [`SELECT * FROM regexp_matches('abc', 'b', 'y')`]);
list.add('regexp_matches default column name', [`SELECT * FROM regexp_matches('abc', 'b')`]);
list.add('regexp_matches in select list g', [`SELECT regexp_matches('a1b2', '\\d', 'g') AS v`]);
list.add('regexp_matches lateral', [
  `SELECT t.x, m[1] AS v FROM (VALUES ('a1'), ('b22'), ('c')) t(x), LATERAL regexp_matches(t.x, '\\d+') AS m ORDER BY t.x`,
]);
list.add('regexp_split_to_table NULL no rows', [
  `SELECT count(*)::int AS v FROM regexp_split_to_table(NULL, ',')`,
]);
list.add('regexp_split_to_table with flags', [
  `SELECT x AS v FROM regexp_split_to_table('aXbxc', 'x', 'i') AS x`,
]);
list.add('regexp_split_to_table empty pattern', [
  `SELECT x AS v FROM regexp_split_to_table('héllo', '') AS x`,
]);

// ---------------------------------------------------------------- on a table
const tbl: Array<[string, string]> = [
  ['like column pattern', `SELECT id, s LIKE pat AS v FROM p ORDER BY id`],
  ['ilike column pattern', `SELECT id, s ILIKE pat AS v FROM p ORDER BY id`],
  ['similar column pattern', `SELECT id, s SIMILAR TO pat AS v FROM p ORDER BY id`],
  ['regex column pattern', `SELECT id, s ~ 'b' AS v FROM p ORDER BY id`],
  ['regex insensitive column', `SELECT id FROM p WHERE s ~* '^a' ORDER BY id`],
  ['regexp_replace column', `SELECT id, regexp_replace(s, '[a-z]', '*', 'g') AS v FROM p ORDER BY id`],
  ['regexp_count column', `SELECT id, regexp_count(s, '[a-c]', 1, 'i') AS v FROM p ORDER BY id`],
  ['regexp_substr column', `SELECT id, regexp_substr(s, '.$') AS v FROM p ORDER BY id`],
  ['regexp_like where', `SELECT id FROM p WHERE regexp_like(s, 'C$', 'i') ORDER BY id`],
  ['regexp_match column', `SELECT id, regexp_match(s, '(.)(.)') AS v FROM p ORDER BY id`],
  ['like escape column', `SELECT id FROM p WHERE s LIKE '%!%' ESCAPE '!' ORDER BY id`],
  ['not like null rows', `SELECT id FROM p WHERE s NOT LIKE 'a%' ORDER BY id`],
  ['like with column escape errors', `SELECT id FROM p WHERE s LIKE 'a%' ESCAPE s`],
  ['regex bad pattern column', `SELECT id FROM p WHERE s ~ pat ORDER BY id`],
  ['count like groups', `SELECT s LIKE 'a%' AS k, count(*)::int AS n FROM p GROUP BY 1 ORDER BY 1`],
];
for (const [name, sql] of tbl) list.add(name, [sql], T);

// ---------------------------------------------------------------- parameters
list.params('param like', `SELECT $1::text LIKE $2 AS v`, ['abc', 'a%']);
list.params('param like untyped both', `SELECT $1 LIKE $2 AS v`, ['abc', '_bc']);
list.params('param ilike', `SELECT $1::text ILIKE $2 AS v`, ['ABC', 'a%']);
list.params('param like escape', `SELECT $1::text LIKE $2 ESCAPE $3 AS v`, ['a%', 'a!%', '!']);
list.params('param similar', `SELECT $1::text SIMILAR TO $2 AS v`, ['abc', '(a|x)%']);
list.params('param regex', `SELECT $1::text ~ $2 AS v`, ['abc', '^a.c$']);
list.params('param regex bad', `SELECT $1::text ~ $2 AS v`, ['abc', '(']);
list.params('param regexp_replace', `SELECT regexp_replace($1, $2, $3, $4) AS v`, ['a-b-c', '-', '+', 'g']);
list.params('param regexp_count', `SELECT regexp_count($1, $2, $3) AS v`, ['aaa', 'a', 2]);
list.params('param regexp_instr', `SELECT regexp_instr($1, $2, $3, $4) AS v`, ['abab', 'b', 1, 2]);
list.params('param regexp_substr', `SELECT regexp_substr($1, $2, 1, 1, $3, 1) AS v`, [
  'Key=Val',
  '(\\w+)=',
  '',
]);
list.params('param regexp_like', `SELECT regexp_like($1, $2, $3) AS v`, ['ABC', 'abc', 'i']);
list.params('param regexp_match', `SELECT regexp_match($1, $2) AS v`, ['k=v', '(\\w)=(\\w)']);
list.params('param substring similar', `SELECT substring($1 similar $2 escape $3) AS v`, [
  'foobar',
  '%#"o_b#"%',
  '#',
]);
list.params('param substring regex', `SELECT substring($1 from $2) AS v`, ['foobar', 'o+']);
list.params('param like any', `SELECT $1::text LIKE ANY ($2::text[]) AS v`, ['abc', ['x%', '%c']]);

export default list.cases;
