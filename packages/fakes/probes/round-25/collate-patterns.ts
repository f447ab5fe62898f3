// Round 25 probe (helper b), collations and pattern matching as repository code meets them
// (PostgreSQL 15 manual 24.2 collation support: derivation, implicit conflicts, 42P22; 9.7 pattern
// matching: LIKE, ILIKE, SIMILAR TO, POSIX regular expressions and their functions), over columns
// of two collations, COLLATE clauses, and the C/POSIX/ucs_basic/ICU collations a C.UTF-8 server has.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r25 collate: ');

const TWO = `CREATE TABLE t (a text COLLATE "C", b text COLLATE "POSIX", c text, d text COLLATE "und-x-icu", e varchar(20) COLLATE "C");
  INSERT INTO t VALUES ('Abc', 'abc', 'ABC', 'aBc', 'abc'), ('straße', 'STRASSE', 'Straße', 'strasse', 'x'), ('é', 'É', 'e', 'E', NULL)`;

// Functions and operators that need a collation, over two columns of different implicit ones.
const PAIRS: readonly (readonly [string, string])[] = [
  ['a', 'b'],
  ['a', 'c'],
  ['a', 'd'],
  ['c', 'd'],
  ['a', 'e'],
  ['b', 'd'],
];
const OPERATIONS: readonly (readonly [string, (x: string, y: string) => string])[] = [
  ['ILIKE', (x, y) => `${x} ILIKE ${y}`],
  ['NOT ILIKE', (x, y) => `${x} NOT ILIKE ${y}`],
  ['~~*', (x, y) => `${x} ~~* ${y}`],
  ['LIKE', (x, y) => `${x} LIKE ${y}`],
  ['NOT LIKE', (x, y) => `${x} NOT LIKE ${y}`],
  ['~', (x, y) => `${x} ~ ${y}`],
  ['~*', (x, y) => `${x} ~* ${y}`],
  ['!~', (x, y) => `${x} !~ ${y}`],
  ['!~*', (x, y) => `${x} !~* ${y}`],
  ['SIMILAR TO', (x, y) => `${x} SIMILAR TO ${y}`],
  ['regexp_replace', (x, y) => `regexp_replace(${x}, ${y}, 'z')`],
  ['regexp_match', (x, y) => `regexp_match(${x}, ${y})::text`],
  ['regexp_like', (x, y) => `regexp_like(${x}, ${y}, 'i')`],
  ['regexp_count', (x, y) => `regexp_count(${x}, ${y})`],
  ['regexp_instr', (x, y) => `regexp_instr(${x}, ${y})`],
  ['regexp_substr', (x, y) => `regexp_substr(${x}, ${y})`],
  ['regexp_split_to_array', (x, y) => `regexp_split_to_array(${x}, ${y})::text`],
  ['substring similar', (x, y) => `substring(${x} similar ${y} escape '#')`],
  ['substring from regex', (x, y) => `substring(${x} from ${y})`],
  ['lower of concatenation', (x, y) => `lower(${x} || ${y})`],
  ['upper of concatenation', (x, y) => `upper(${x} || ${y})`],
  ['initcap of concatenation', (x, y) => `initcap(${x} || ${y})`],
  ['equality', (x, y) => `${x} = ${y}`],
  ['less than', (x, y) => `${x} < ${y}`],
  ['greatest', (x, y) => `greatest(${x}, ${y})`],
  ['max of CASE', (x, y) => `(SELECT max(CASE WHEN true THEN ${x} ELSE ${y} END))`],
  ['concatenation', (x, y) => `${x} || ${y}`],
  ['concatenation with ORDER BY', (x, y) => `${x} || ${y}`],
  ['strpos', (x, y) => `strpos(${x}, ${y})`],
  ['replace', (x, y) => `replace(${x}, ${y}, '-')`],
  ['starts_with', (x, y) => `starts_with(${x}, ${y})`],
  ['^@', (x, y) => `${x} ^@ ${y}`],
  ['position', (x, y) => `position(${x} in ${y})`],
  ['split_part', (x, y) => `split_part(${x}, ${y}, 1)`],
  ['COALESCE then lower', (x, y) => `lower(COALESCE(${x}, ${y}))`],
  ['CASE then upper', (x, y) => `upper(CASE WHEN ${x} IS NULL THEN ${y} ELSE ${x} END)`],
  ['IN list', (x, y) => `${x} IN (${y}, 'abc')`],
  ['= ANY array', (x, y) => `${x} = ANY (ARRAY[${y}])`],
  ['LIKE ANY', (x, y) => `${x} LIKE ANY (ARRAY[${y}])`],
  ['ILIKE ANY', (x, y) => `${x} ILIKE ANY (ARRAY[${y}])`],
  ['regexp ANY', (x, y) => `${x} ~ ANY (ARRAY[${y}])`],
];
for (const [x, y] of PAIRS) {
  for (const [name, build] of OPERATIONS) {
    const order = name === 'concatenation with ORDER BY' ? ` ORDER BY ${build(x, y)}` : ' ORDER BY ctid';
    list.add(`${name} over ${x} and ${y}`, [`SELECT ${build(x, y)} AS v FROM t${order}`], TWO);
  }
}

// The same, with one side made explicit: always answered.
for (const [name, build] of OPERATIONS) {
  list.add(
    `${name} over a and b COLLATE "C"`,
    [`SELECT ${build('a', 'b COLLATE "C"')} AS v FROM t ORDER BY ctid`],
    TWO,
  );
  list.add(`${name} over a and a literal`, [`SELECT ${build('a', "'%b%'")} AS v FROM t ORDER BY ctid`], TWO);
  list.add(
    `${name} over two explicit collations`,
    [`SELECT ${build('a COLLATE "C"', 'b COLLATE "POSIX"')} AS v FROM t ORDER BY ctid`],
    TWO,
  );
}

// Through views, subqueries, set operations, CTEs and functions.
const DERIVED: readonly (readonly [string, string])[] = [
  ['UNION of two collations then ORDER BY', 'SELECT a FROM t UNION SELECT b FROM t ORDER BY 1'],
  [
    'UNION ALL of two collations then ILIKE',
    "SELECT x FROM (SELECT a FROM t UNION ALL SELECT b FROM t) s(x) WHERE x ILIKE 'a%'",
  ],
  [
    'UNION of two collations then lower',
    'SELECT lower(x) FROM (SELECT a FROM t UNION ALL SELECT b FROM t) s(x) ORDER BY 1 COLLATE "C"',
  ],
  ['CASE of two collations ORDER BY', "SELECT CASE WHEN a > 'm' THEN a ELSE b END AS v FROM t ORDER BY 1"],
  ['CASE of two collations no ORDER BY', 'SELECT CASE WHEN true THEN a ELSE b END AS v FROM t ORDER BY ctid'],
  ['COALESCE of two collations in DISTINCT', 'SELECT DISTINCT COALESCE(a, b) AS v FROM t'],
  ['GROUP BY of concat of two collations', 'SELECT a || b AS v, count(*) FROM t GROUP BY 1 ORDER BY 2'],
  ['max over concat of two collations', 'SELECT max(a || b) AS v FROM t'],
  ['min over UNION', 'SELECT min(x) FROM (SELECT a FROM t UNION ALL SELECT b FROM t) s(x)'],
  ['string_agg ORDER BY concat', "SELECT string_agg(a, ',' ORDER BY a || b) FROM t"],
  ['window ORDER BY concat', 'SELECT row_number() OVER (ORDER BY a || b) AS v FROM t ORDER BY ctid'],
  [
    'array_agg then sort',
    'SELECT array_agg(x ORDER BY x)::text FROM (SELECT a FROM t UNION ALL SELECT c FROM t) s(x)',
  ],
  ['view over CASE then ILIKE', 'SELECT v FROM w WHERE v ILIKE \'%B%\' ORDER BY 1 COLLATE "C"'],
  ['view over CASE then ORDER BY', 'SELECT v FROM w ORDER BY v'],
  ['CREATE TABLE AS from concat', 'CREATE TABLE u AS SELECT a || b AS v FROM t'],
  [
    'CREATE VIEW from concat then describe',
    "SELECT collation_name FROM information_schema.columns WHERE table_name = 'w'",
  ],
  ['SQL function over two collations', 'SELECT f(a, b) AS v FROM t ORDER BY ctid'],
  ['plpgsql function over two collations', 'SELECT g(a, b) AS v FROM t ORDER BY ctid'],
  ['index on concat', 'CREATE INDEX ON t ((a || b))'],
  ['index on lower of column', 'CREATE INDEX ON t (lower(a)); SELECT 1'],
  ['unique constraint on two collations', "CREATE UNIQUE INDEX ON t ((a || ''))"],
  [
    'pg_collation_for column',
    'SELECT pg_collation_for(a) AS x, pg_collation_for(b) AS y, pg_collation_for(c) AS z FROM t LIMIT 1',
  ],
  ['pg_collation_for concat', 'SELECT pg_collation_for(a || b) AS v FROM t LIMIT 1'],
  ['pg_collation_for literal', "SELECT pg_collation_for('x') AS v"],
  ['COLLATE conflict explicit', 'SELECT a COLLATE "C" || b COLLATE "POSIX" AS v FROM t'],
  ['COLLATE on non-collatable', 'SELECT 1 COLLATE "C" AS v'],
  ['COLLATE unknown', 'SELECT \'a\' COLLATE "xx_XX" AS v'],
  ['COLLATE on parameter-free unknown literal', "SELECT 'a' COLLATE \"C\" < 'B' AS v"],
  ['ORDER BY COLLATE C', 'SELECT c FROM t ORDER BY c COLLATE "C"'],
  ['ORDER BY COLLATE ucs_basic', 'SELECT c FROM t ORDER BY c COLLATE ucs_basic'],
  ['ORDER BY COLLATE und-x-icu', 'SELECT c FROM t ORDER BY c COLLATE "und-x-icu"'],
  ['ORDER BY icu column', 'SELECT d FROM t ORDER BY d'],
  [
    'DISTINCT ON with collation',
    'SELECT DISTINCT ON (lower(c) COLLATE "C") c FROM t ORDER BY lower(c) COLLATE "C", c',
  ],
];
for (const [name, sql] of DERIVED) {
  list.add(
    `derived: ${name}`,
    [sql],
    `${TWO};
    CREATE VIEW w AS SELECT CASE WHEN true THEN a ELSE b END AS v FROM t;
    CREATE FUNCTION f(x text, y text) RETURNS boolean LANGUAGE sql AS $$ SELECT x ILIKE y $$;
    CREATE FUNCTION g(x text, y text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN x ~* y; END $$`,
  );
}

// Pattern matching from 9.7 over plain text (one collation).
const PATTERNS: readonly (readonly [string, string])[] = [
  ['LIKE escape default', "'a_b' LIKE 'a\\_b'"],
  ['LIKE ESCAPE custom', "'a%b' LIKE 'a#%b' ESCAPE '#'"],
  ['LIKE ESCAPE empty', "'a\\b' LIKE 'a\\b' ESCAPE ''"],
  ['LIKE ESCAPE two chars', "'ab' LIKE 'ab' ESCAPE 'xy'"],
  ['LIKE trailing escape', "'ab\\' LIKE 'ab\\'"],
  ['ILIKE sharp s', "'STRASSE' ILIKE 'straße'"],
  ['ILIKE dotted I', "'İ' ILIKE 'i'"],
  ['ILIKE non-ASCII C', "'É' ILIKE 'é' COLLATE \"C\""],
  ['ILIKE non-ASCII icu', "'É' ILIKE 'é' COLLATE \"und-x-icu\""],
  ['SIMILAR TO alternation', "'abc' SIMILAR TO '%(b|d)%'"],
  ['SIMILAR TO anchoring', "'abc' SIMILAR TO 'b'"],
  ['SIMILAR TO braces', "'aaa' SIMILAR TO 'a{2,3}'"],
  ['SIMILAR TO ESCAPE', "'a_b' SIMILAR TO 'a#_b' ESCAPE '#'"],
  ['SIMILAR TO dot literal', "'a.b' SIMILAR TO 'a.b' AND NOT 'axb' SIMILAR TO 'a.b'"],
  ['substring similar three parts', "substring('foobar' similar '%#\"o_b#\"%' escape '#')"],
  ['substring similar too many separators', "substring('foobar' similar '#\"o#\"_#\"b#\"%' escape '#')"],
  ['substring regex group', "substring('foobar' from 'o(.)b')"],
  ['regexp_match flags', "regexp_match('ABC', 'b', 'i')::text"],
  ['regexp_matches g', "(SELECT string_agg(m::text, ';') FROM regexp_matches('a1b22c333', '[0-9]+', 'g') m)"],
  ['regexp_replace g', "regexp_replace('a1b22c333', '[0-9]+', '#', 'g')"],
  ['regexp_replace backref', "regexp_replace('John Smith', '(\\w+) (\\w+)', '\\2, \\1')"],
  ['regexp_replace start n', "regexp_replace('aaaa', 'a', 'b', 2, 2)"],
  [
    'regexp_split_to_table',
    "(SELECT string_agg(x, '|') FROM regexp_split_to_table('a, b ,c', '\\s*,\\s*') x)",
  ],
  ['regexp bad', "'a' ~ '('"],
  ['regexp bad flag', "regexp_replace('a', 'a', 'b', 'z')"],
  ['regexp word boundary', "'foo bar' ~ '\\mbar\\M'"],
  ['regexp \\y', "'foo bar' ~ '\\ybar\\y'"],
  ['regexp backref', "'abab' ~ '^(ab)\\1$'"],
  ['regexp lookahead', "'foobar' ~ 'foo(?=bar)'"],
  ['regexp lookbehind', "'foobar' ~ '(?<=foo)bar'"],
  ['regexp embedded options', "'ABC' ~ '(?i)abc'"],
  ['regexp expanded', "'abc' ~ '(?x) a b c # comment'"],
  ['regexp class alpha unicode', "'é' ~ '^[[:alpha:]]$'"],
  ['regexp class upper C', "'É' ~ '^[[:upper:]]$' COLLATE \"C\""],
  ['regexp class word', "'é_1' ~ '^\\w+$'"],
  ['regexp case insensitive non ASCII', "'É' ~* 'é'"],
  ['regexp case insensitive non ASCII C', "'É' ~* 'é' COLLATE \"C\""],
  ['regexp greedy', "substring('xyyyz' from 'y+?')"],
  ['regexp mixed greed', "regexp_match('abc01234xyz', '(.*?)(\\d+)(.*)')::text"],
  ['regexp bracket escape', "'a]b' ~ '[]]'"],
  ['regexp quantifier limit', "'a' ~ 'a{256}'"],
  ['regexp_count start', "regexp_count('ABCABCAXYaxy', 'A.', 1)"],
  ['regexp_instr endoption', "regexp_instr('ABCDEF', 'c(.)(..)', 1, 1, 1, 'i', 2)"],
  ['regexp_substr subexpr', "regexp_substr('1234567890 1234557890', '(123)(4(56)(78))', 1, 2, 'i', 4)"],
  ['regexp_like flags', "regexp_like('Hello World', 'world$', 'i')"],
  ['like on bytea', "'\\x616263'::bytea LIKE '\\x6125'::bytea"],
  ['like on name', "'abc'::name LIKE 'a%'"],
  ['like on char padded', "'ab '::char(5) LIKE 'ab'"],
  ['like on char percent', "'ab'::char(5) LIKE 'ab%'"],
  ['ilike on citext-free char', "'AB'::char(3) ILIKE 'ab_'"],
  ['like null escape', "'a' LIKE 'a' ESCAPE NULL"],
  ['like nondeterministic refused', "'a' LIKE 'A' COLLATE \"und-x-icu\""],
  ['upper under C', 'upper(\'é\' COLLATE "C")'],
  ['upper under POSIX', 'upper(\'é\' COLLATE "POSIX")'],
  ['lower under default', "lower('ÉÀ')"],
  ['upper under ucs_basic', "upper('é' COLLATE ucs_basic)"],
  ['initcap under C', 'initcap(\'élan vital\' COLLATE "C")'],
];
for (const [name, expr] of PATTERNS) {
  list.add(`pattern: ${name}`, [`SELECT ${expr} AS v`]);
}

// Columns of a nondeterministic collation, as case-insensitive email lookups write them.
const CI = `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
  CREATE TABLE users (id int PRIMARY KEY, email text COLLATE ci UNIQUE, name text);
  INSERT INTO users VALUES (1, 'Alice@Example.com', 'Alice'), (2, 'bob@example.com', 'Bob')`;
const CI_STEPS: readonly (readonly [string, string])[] = [
  ['equality ignores case', "SELECT id FROM users WHERE email = 'alice@example.COM'"],
  ['unique ignores case', "INSERT INTO users VALUES (3, 'BOB@EXAMPLE.COM', 'B')"],
  ['LIKE refused', "SELECT id FROM users WHERE email LIKE 'alice%'"],
  ['ILIKE refused', "SELECT id FROM users WHERE email ILIKE 'alice%'"],
  ['regex refused', "SELECT id FROM users WHERE email ~ '^a'"],
  ['LIKE under C', 'SELECT id FROM users WHERE email COLLATE "C" LIKE \'Alice%\''],
  [
    'GROUP BY folds',
    'SELECT count(DISTINCT email) AS v FROM (SELECT email FROM users UNION ALL SELECT upper(email) FROM users) x',
  ],
  ['lower keeps collation', "SELECT id FROM users WHERE lower(email) = 'ALICE@EXAMPLE.COM'"],
  ['compare with name column', 'SELECT id FROM users WHERE email = name'],
  ['compare with C literal', 'SELECT id FROM users WHERE email = \'alice@example.com\' COLLATE "C"'],
  ['strpos refused', "SELECT strpos(email, 'e') FROM users"],
  ['replace refused', "SELECT replace(email, 'e', 'E') FROM users"],
  ['ORDER BY', 'SELECT email FROM users ORDER BY email'],
  ['hash join', "SELECT a.id FROM users a JOIN (VALUES ('ALICE@example.com')) v(e) ON a.email = v.e"],
  ['IN list', "SELECT id FROM users WHERE email IN ('BOB@example.com')"],
  ['starts_with', "SELECT id FROM users WHERE starts_with(email, 'ali')"],
];
for (const [name, sql] of CI_STEPS) {
  list.add(`ci: ${name}`, [sql], CI);
}

export default list.cases;
