// Round 19 probe, strings part 5: PostgreSQL 15 docs 8.3 (character types: char(n) padding and
// comparison, varchar(n) length checks and the 22001 errors, casts to and from text), 9.4.1
// (format() with positions, widths and flags) and collation-dependent string functions under "C",
// "POSIX", ucs_basic and the default collation.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: chartypes: ');
const T = `CREATE TABLE c (id int PRIMARY KEY, f char(4), v varchar(4), t text, u char, w varchar)`;

// ---------------------------------------------------------------- 8.3 casts and comparison
const exprs: Array<[string, string]> = [
  ['char(n) pads', `'ab'::char(4)`],
  ['char(n) pad visible in concat text cast', `'ab'::char(4)::text || '|'`],
  ['char(n) cast to varchar keeps no padding', `'ab'::char(4)::varchar || '|'`],
  ['char(n) explicit truncation', `'abcdef'::char(3)`],
  ['varchar(n) explicit truncation', `'abcdef'::varchar(3)`],
  ['varchar(n) truncation multibyte', `'日本語です'::varchar(2)`],
  ['char(n) truncation multibyte', `'日本語です'::char(2)`],
  ['char without length is char(1)', `'abc'::char`],
  ['character without length', `'abc'::character`],
  ['bpchar without length keeps', `'abc  '::bpchar || '|'`],
  ['bpchar without length output', `'abc  '::bpchar`],
  ['char varying', `'abc'::character varying(2)`],
  ['varchar without length', `'abc   '::varchar || '|'`],
  ['char(n) equality ignores trailing spaces', `'a'::char(3) = 'a  '::char(5)`],
  ['char(n) comparison less', `'a '::char(2) < 'a!'::char(2)`],
  ['text comparison trailing space', `'a '::text < 'a!'::text`],
  ['text equality trailing space', `'a'::text = 'a '::text`],
  ['varchar equality trailing space', `'a'::varchar = 'a '::varchar`],
  ['char vs text comparison', `'a'::char(3) = 'a  '::text`],
  ['char vs text comparison padded text', `'a'::char(3) = 'a'::text`],
  ['char(n) leading spaces kept', `' a'::char(3) = 'a'::char(3)`],
  ['char(n) length', `length('  a  '::char(6))`],
  ['char(n) octet_length', `octet_length('a'::char(6))`],
  ['char(n) char_length', `char_length('a '::char(6))`],
  ['char(0) errors', `'a'::char(0)`],
  ['varchar(0) errors', `'a'::varchar(0)`],
  ['char too long typmod errors', `'a'::char(10485761)`],
  ['varchar max typmod', `pg_typeof('a'::varchar(10485760))`],
  ['varchar too long typmod errors', `'a'::varchar(10485761)`],
  ['char(n) type name', `pg_typeof('a'::char(3))`],
  ['format_type char', `format_type('bpchar'::regtype, 8)`],
  ['format_type varchar', `format_type('varchar'::regtype, 14)`],
  ['format_type char no typmod', `format_type('bpchar'::regtype, NULL)`],
  ['char(n) max', `(SELECT max(x) FROM (VALUES ('a'::char(3)), ('b'::char(3))) v(x))`],
  ['char(n) in array', `ARRAY['a'::char(3), 'bc'::char(3)]`],
  ['char(n) in array text', `ARRAY['a'::char(3)]::text`],
  ['char(n) in row', `ROW('a'::char(3))::text`],
  ['char(n) to json', `to_json('a'::char(3))`],
  ['char(n) to jsonb', `to_jsonb('a'::char(3))`],
  ['char(n) in json_build_object', `json_build_object('k', 'a'::char(3))`],
  ['char(n) concat function', `concat('a'::char(3), 'b')`],
  ['char(n) format %s', `format('[%s]', 'a'::char(3))`],
  ['char(n) format %L', `format('%L', 'a'::char(3))`],
  ['char(n) like pattern', `'ab'::char(4) LIKE 'ab  '`],
  ['char(n) regex', `'ab'::char(4) ~ 'b$'`],
  ['char(n) upper', `upper('ab'::char(4)) || '|'`],
  ['char(n) replace', `replace('ab'::char(4), 'b', 'c') || '|'`],
  ['char(n) lpad', `lpad('ab'::char(4), 6, '*')`],
  ['char(n) position', `position(' ' in 'ab'::char(4))`],
  [
    'char(n) hash distinct',
    `(SELECT count(DISTINCT x)::int FROM (VALUES ('a'::char(3)), ('a  '::char(3)), ('a'::char(1))) v(x))`,
  ],
  ['char(n) string_agg', `(SELECT string_agg(x, ',') FROM (VALUES ('a'::char(3)), ('b'::char(2))) v(x))`],
  ['char(n) to int', `'12'::char(4)::int`],
  ['char(n) to int padded', `'12  '::char(4)::int`],
  ['text to int with spaces', `' 12 '::text::int`],
  ['int to char(n)', `123::char(5) || '|'`],
  ['int to char(2) errors', `123::char(2)`],
  ['int to varchar(2) errors', `123::varchar(2)`],
  ['int to varchar', `123::varchar`],
  ['bool to text', `true::text`],
  ['bool to varchar', `false::varchar`],
  ['bool to char(3) errors', `true::char(3)`],
  ['numeric to text', `1.50::text`],
  ['date to text', `DATE '2022-03-04'::text`],
  ['text to bool', `'yes'::text::bool`],
  ['text to bool bad', `'maybe'::text::bool`],
  ['name type', `'abc'::name`],
  ['name truncation', `length(repeat('x', 100)::name)`],
  ['name truncation multibyte', `octet_length(repeat('é', 40)::name)`],
  ['name comparison', `'a'::name < 'b'::name`],
  ['name type of', `pg_typeof('abc'::name)`],
  ['"char" type', `'abc'::"char"`],
  ['"char" type of', `pg_typeof('a'::"char")`],
  ['"char" from int', `65::"char"`],
  ['"char" to int', `'A'::"char"::int`],
  ['"char" empty', `''::"char"::text = ''`],
  ['"char" multibyte', `'é'::"char"::text`],
  ['text length limit note', `length(repeat('a', 100000))`],
  ['unknown literal type', `pg_typeof('abc')`],
  [
    'unknown in union resolves text',
    `(SELECT pg_typeof(x) FROM (SELECT 'a' AS x UNION SELECT 'b') s LIMIT 1)`,
  ],
  [
    'varchar union char',
    `(SELECT pg_typeof(x) FROM (SELECT 'a'::varchar AS x UNION SELECT 'b'::char(2)) s LIMIT 1)`,
  ],
  [
    'char union char',
    `(SELECT pg_typeof(x) FROM (SELECT 'a'::char(2) AS x UNION ALL SELECT 'b'::char(3)) s LIMIT 1)`,
  ],
  ['case char and text', `pg_typeof(CASE WHEN true THEN 'a'::char(3) ELSE 'b'::text END)`],
  ['coalesce char varchar', `pg_typeof(coalesce('a'::char(3), 'b'::varchar))`],
  ['coalesce char value', `coalesce(NULL::char(3), 'b') || '|'`],
  ['greatest text', `greatest('apple', 'Banana', 'cherry')`],
  ['least text', `least('apple', 'Banana', 'cherry')`],
  // ---- format() 9.4.1
  ['format positional mixed with width', `format('|%1$10s|%1$-10s|', 'x')`],
  ['format star width positional', `format('|%2$*1$s|', 5, 'ab')`],
  ['format star width NULL', `format('|%*s|', NULL, 'ab')`],
  ['format star width not int errors', `format('|%*s|', 'x', 'ab')`],
  ['format width with %I', `format('|%10I|', 'Ab')`],
  ['format width with %L NULL', `format('|%6L|', NULL)`],
  ['format width with %s NULL', `format('|%3s|', NULL)`],
  ['format minus flag only', `format('|%-s|', 'ab')`],
  ['format zero position errors', `format('%0$s', 'a')`],
  ['format position too big errors', `format('%3$s', 'a')`],
  ['format trailing percent errors', `format('abc%')`],
  ['format unterminated spec errors', `format('%1$', 'a')`],
  ['format width then position errors', `format('%5$1s', 'a')`],
  ['format unrecognized conversion errors', `format('%d', 1)`],
  ['format uppercase S errors', `format('%S', 1)`],
  ['format no args plain', `format('plain')`],
  ['format no args percent', `format('100%%')`],
  ['format extra args ignored', `format('%s', 'a', 'b', 'c')`],
  ['format %I with dot', `format('%I', 'a.b')`],
  ['format %I empty', `format('%I', '')`],
  ['format %I array', `format('%I', ARRAY['a','B'])`],
  ['format %L array', `format('%L', ARRAY['a','b'])`],
  ['format %L bool', `format('%L', true)`],
  ['format %L json', `format('%L', '{"a":"b''c"}'::json)`],
  ['format %s bool', `format('%s', false)`],
  ['format %s float', `format('%s', 0.1::float8)`],
  ['format %s timestamp', `format('%s', TIMESTAMP '2022-01-02 03:04:05')`],
  ['format %s interval', `format('%s', INTERVAL '1 day 2 hours')`],
  ['format %s bytea', `format('%s', '\\x0102'::bytea)`],
  ['format variadic NULL', `format('%s %s', VARIADIC NULL::text[])`],
  ['format variadic empty', `format('x', VARIADIC '{}'::text[])`],
  ['format variadic int array', `format('%s and %s', VARIADIC ARRAY[1, 2])`],
  ['format variadic too few errors', `format('%s %s %s', VARIADIC ARRAY['a', 'b'])`],
  ['format type', `pg_typeof(format('a'))`],
  ['format very large width', `length(format('%1000s', 'x'))`],
  ['format width overflow errors', `format('%99999999999s', 'x')`],
  ['format multibyte width', `format('|%5s|', 'é日')`],
  ['format star negative positional', `format('|%1$*2$s|', 'ab', -5)`],
  ['format %% with position errors', `format('%1$%')`],
];
for (const [name, expr] of exprs) list.select(name, expr);

// ---------------------------------------------------------------- 8.3 on a table: assignment rules
const tbl: Array<[string, ProbeStep[]]> = [
  [
    'insert char pads',
    [
      `INSERT INTO c (id, f) VALUES (1, 'ab')`,
      `SELECT f AS v, f || '|' AS w, length(f) AS l, octet_length(f) AS o FROM c`,
    ],
  ],
  ['insert char too long errors', [`INSERT INTO c (id, f) VALUES (1, 'abcde')`]],
  [
    'insert char trailing spaces truncated',
    [`INSERT INTO c (id, f) VALUES (1, 'abc     ')`, `SELECT f AS v FROM c`],
  ],
  ['insert varchar too long errors', [`INSERT INTO c (id, v) VALUES (1, 'abcde')`]],
  [
    'insert varchar trailing spaces truncated',
    [`INSERT INTO c (id, v) VALUES (1, 'abcd   ')`, `SELECT v || '|' AS v FROM c`],
  ],
  ['insert varchar exactly', [`INSERT INTO c (id, v) VALUES (1, 'abcd')`, `SELECT v AS v FROM c`]],
  [
    'insert varchar multibyte counts characters',
    [`INSERT INTO c (id, v) VALUES (1, 'éééé')`, `SELECT v AS v, octet_length(v) AS o FROM c`],
  ],
  ['insert varchar multibyte too long errors', [`INSERT INTO c (id, v) VALUES (1, 'ééééé')`]],
  ['insert char(1) default length', [`INSERT INTO c (id, u) VALUES (1, 'ab')`]],
  ['insert char(1) ok', [`INSERT INTO c (id, u) VALUES (1, 'a')`, `SELECT u AS v FROM c`]],
  [
    'insert explicit cast truncates',
    [`INSERT INTO c (id, v) VALUES (1, 'abcdefg'::varchar(4))`, `SELECT v AS v FROM c`],
  ],
  ['insert int into varchar too long errors', [`INSERT INTO c (id, v) VALUES (1, 123456)`]],
  ['insert int into varchar', [`INSERT INTO c (id, v) VALUES (1, 1234)`, `SELECT v AS v FROM c`]],
  [
    'update varchar too long errors',
    [`INSERT INTO c (id, v) VALUES (1, 'a')`, `UPDATE c SET v = v || 'bcde'`],
  ],
  ['update char too long errors', [`INSERT INTO c (id, f) VALUES (1, 'a')`, `UPDATE c SET f = 'abcdefgh'`]],
  ['insert param varchar too long', [withParams(`INSERT INTO c (id, v) VALUES ($1, $2)`, 1, 'abcdef')]],
  ['insert param char pads', [withParams(`INSERT INTO c (id, f) VALUES ($1, $2) RETURNING f AS v`, 1, 'a')]],
  [
    'select char column types',
    [`INSERT INTO c VALUES (1, 'a', 'b', 'c', 'd', 'e')`, `SELECT f, v, t, u, w FROM c`],
  ],
  [
    'where char equals padded text',
    [`INSERT INTO c (id, f) VALUES (1, 'ab')`, `SELECT id FROM c WHERE f = 'ab  '`],
  ],
  [
    'where char equals text param',
    [`INSERT INTO c (id, f) VALUES (1, 'ab')`, withParams(`SELECT id FROM c WHERE f = $1`, 'ab')],
  ],
  ['where char like', [`INSERT INTO c (id, f) VALUES (1, 'ab')`, `SELECT id FROM c WHERE f LIKE 'ab'`]],
  [
    'where char like percent',
    [`INSERT INTO c (id, f) VALUES (1, 'ab')`, `SELECT id FROM c WHERE f LIKE 'ab%'`],
  ],
  [
    'where varchar equals with space',
    [`INSERT INTO c (id, v) VALUES (1, 'ab ')`, `SELECT id FROM c WHERE v = 'ab'`],
  ],
  [
    'group by char',
    [
      `INSERT INTO c (id, f) VALUES (1, 'a'), (2, 'a '), (3, 'b')`,
      `SELECT f AS v, count(*)::int AS n FROM c GROUP BY f ORDER BY f`,
    ],
  ],
  [
    'distinct char',
    [`INSERT INTO c (id, f) VALUES (1, 'a'), (2, 'a  ')`, `SELECT DISTINCT f || '|' AS v FROM c`],
  ],
  [
    'join char to text',
    [
      `INSERT INTO c (id, f, t) VALUES (1, 'a', 'a'), (2, 'b', 'b ')`,
      `SELECT x.id FROM c x JOIN c y ON x.f = y.t ORDER BY 1`,
    ],
  ],
  [
    'order char vs text',
    [
      `INSERT INTO c (id, f, t) VALUES (1, 'a', 'a '), (2, 'a!', 'a!')`,
      `SELECT id, f < 'a!' AS cf, t < 'a!' AS ct FROM c ORDER BY id`,
    ],
  ],
  [
    'alter column type varchar shorter errors',
    [`INSERT INTO c (id, t) VALUES (1, 'abcdef')`, `ALTER TABLE c ALTER COLUMN t TYPE varchar(3)`],
  ],
  [
    'alter column type char',
    [
      `INSERT INTO c (id, t) VALUES (1, 'ab')`,
      `ALTER TABLE c ALTER COLUMN t TYPE char(3)`,
      `SELECT t || '|' AS v, t AS w FROM c`,
    ],
  ],
  ['copy-like insert select truncation error', [`INSERT INTO c (id, v) SELECT 1, 'toolong'`]],
  [
    'varchar column metadata',
    [
      `SELECT column_name, data_type, character_maximum_length, character_octet_length FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position`,
    ],
  ],
  [
    'char column atttypmod',
    [
      `SELECT attname, atttypmod FROM pg_attribute WHERE attrelid = 'c'::regclass AND attnum > 0 ORDER BY attnum`,
    ],
  ],
];
for (const [name, steps] of tbl) list.add(name, steps, T);

// ---------------------------------------------------------------- collations
const coll: Array<[string, string]> = [
  [
    'order default collation',
    `string_agg(x, ',' ORDER BY x) FROM (VALUES ('b'), ('A'), ('a'), ('B'), ('é'), ('_')) v(x)`,
  ],
  [
    'order C collation',
    `string_agg(x, ',' ORDER BY x COLLATE "C") FROM (VALUES ('b'), ('A'), ('a'), ('B'), ('é'), ('_')) v(x)`,
  ],
  [
    'order POSIX collation',
    `string_agg(x, ',' ORDER BY x COLLATE "POSIX") FROM (VALUES ('b'), ('A'), ('a')) v(x)`,
  ],
  [
    'order ucs_basic',
    `string_agg(x, ',' ORDER BY x COLLATE ucs_basic) FROM (VALUES ('b'), ('A'), ('a')) v(x)`,
  ],
  [
    'order default explicit',
    `string_agg(x, ',' ORDER BY x COLLATE "default") FROM (VALUES ('b'), ('A'), ('a')) v(x)`,
  ],
  ['compare under C', `'a' COLLATE "C" < 'B'`],
  ['compare default', `'a' < 'B'`],
  ['upper under C', `upper('é' COLLATE "C")`],
  ['upper under default', `upper('é')`],
  ['lower under C multibyte', `lower('É' COLLATE "C")`],
  ['initcap under C multibyte', `initcap('élan vital' COLLATE "C")`],
  ['ilike under C multibyte', `'É' COLLATE "C" ILIKE 'é'`],
  ['regex i under C multibyte', `'É' COLLATE "C" ~* 'é'`],
  ['regex class under C multibyte', `'é' COLLATE "C" ~ '^[[:alpha:]]$'`],
  ['regex class default multibyte', `'é' ~ '^[[:alpha:]]$'`],
  ['regex w default multibyte', `'é' ~ '^\\w$'`],
  ['collation conflict errors', `'a' COLLATE "C" < 'b' COLLATE "POSIX"`],
  ['collation unknown errors', `'a' COLLATE "nope"`],
  ['collation for', `collation for ('a' COLLATE "C")`],
  ['collation for default', `collation for ('a')`],
  ['collation for int errors', `collation for (1)`],
  ['collation on int errors', `1 COLLATE "C"`],
  [
    'pg_collation C exists',
    `(SELECT count(*)::int FROM pg_collation WHERE collname IN ('C', 'POSIX', 'ucs_basic', 'default'))`,
  ],
  ['min under C', `(SELECT min(x COLLATE "C") FROM (VALUES ('b'), ('A')) v(x))`],
  ['greatest under C', `greatest('a' COLLATE "C", 'B')`],
  ['like under C', `'abc' COLLATE "C" LIKE 'a%'`],
  [
    'unicode ordering emoji',
    `(SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('😀'), ('z'), ('日'), ('é')) v(x))`,
  ],
  ['case-insensitive compare via lower', `lower('ÀB') = lower('àb')`],
  [
    'order numbers as text',
    `(SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('10'), ('9'), ('1'), (' 2')) v(x))`,
  ],
  [
    'order spaces and punctuation',
    `string_agg(x, '|' ORDER BY x) FROM (VALUES ('a b'), ('ab'), ('a-b'), ('a_b'), ('a.b')) v(x)`,
  ],
];
for (const [name, expr] of coll) list.select(name, expr);
list.add('column collate C order', [
  `CREATE TABLE k (x text COLLATE "C")`,
  `INSERT INTO k VALUES ('b'), ('A'), ('a'), ('B')`,
  `SELECT string_agg(x, ',' ORDER BY x) AS v FROM k`,
]);
list.add('column collate C index', [
  `CREATE TABLE k (x text)`,
  `CREATE INDEX k_x ON k (x text_pattern_ops)`,
  `INSERT INTO k VALUES ('b'), ('A')`,
  `SELECT x AS v FROM k WHERE x LIKE 'b%'`,
]);
list.add('text_pattern_ops operators', [`SELECT 'a' ~<~ 'b' AS a, 'b' ~>=~ 'b' AS b, 'a' ~<=~ 'A' AS c`]);
list.add('create collation from C', [
  `CREATE COLLATION mine FROM "C"`,
  `SELECT string_agg(x, ',' ORDER BY x COLLATE mine) AS v FROM (VALUES ('b'), ('A')) v(x)`,
]);

export default list.cases;
