import { ProbeCases, withParams as p } from '../probe-kit.js';

const NAMES = `
  CREATE TABLE people (id int PRIMARY KEY, name text, email text, score numeric, created_at timestamptz);
  INSERT INTO people VALUES
    (1, 'alice', 'Alice@Example.com', 10.5, '2024-01-01 00:00:00+00'),
    (2, 'Bob', 'bob@example.com', 7, '2024-01-02 00:00:00+00'),
    (3, 'Émile', 'emile@example.COM', NULL, '2024-01-02 00:00:00+00'),
    (4, 'zoë', NULL, 10.5, NULL),
    (5, 'Zed', 'zed@ex.com', -1, '2024-01-03 00:00:00+00'),
    (6, '10', 'n10@ex.com', 3, '2024-01-03 00:00:00+00'),
    (7, '9', 'n9@ex.com', 3, '2024-01-04 00:00:00+00'),
    (8, NULL, 'null@ex.com', 0, '2024-01-04 00:00:00+00'),
    (9, 'éclair', 'e@ex.com', 2, '2024-01-05 00:00:00+00'),
    (10, 'apple', 'a@ex.com', 2, '2024-01-05 00:00:00+00');`;

const l = new ProbeCases('f1 ');
// sorting text
l.add('order by name default collation', ['SELECT id, name FROM people ORDER BY name, id'], NAMES);
l.add('order by name desc', ['SELECT id, name FROM people ORDER BY name DESC, id'], NAMES);
l.add('order by name collate C', ['SELECT id, name FROM people ORDER BY name COLLATE "C", id'], NAMES);
l.add(
  'order by name collate POSIX',
  ['SELECT id, name FROM people ORDER BY name COLLATE "POSIX", id'],
  NAMES,
);
l.add(
  'order by name collate und-x-icu',
  ['SELECT id, name FROM people ORDER BY name COLLATE "und-x-icu", id'],
  NAMES,
);
l.add(
  'order by name collate en-US-x-icu',
  ['SELECT id, name FROM people ORDER BY name COLLATE "en-US-x-icu", id'],
  NAMES,
);
l.add('order by lower(name)', ['SELECT id, name FROM people ORDER BY lower(name), id'], NAMES);
l.add('order by name nulls first', ['SELECT id FROM people ORDER BY name NULLS FIRST, id'], NAMES);
l.add('order by name desc nulls last', ['SELECT id FROM people ORDER BY name DESC NULLS LAST, id'], NAMES);
l.add(
  'order by name::int numeric-looking',
  ["SELECT name FROM people WHERE name ~ '^[0-9]+$' ORDER BY name::int"],
  NAMES,
);
l.add(
  'order by numeric-looking text',
  ["SELECT name FROM people WHERE name ~ '^[0-9]+$' ORDER BY name"],
  NAMES,
);
l.add('min max text', ['SELECT min(name), max(name) FROM people'], NAMES);
l.add('min max text collate C', ['SELECT min(name COLLATE "C"), max(name COLLATE "C") FROM people'], NAMES);
l.add(
  'min max text icu',
  ['SELECT min(name COLLATE "und-x-icu"), max(name COLLATE "und-x-icu") FROM people'],
  NAMES,
);
l.add('string lt default', ["SELECT 'a' < 'B' AS a, 'Z' < 'a' AS b, 'é' > 'z' AS c, '10' < '9' AS d"]);
l.add('string lt icu', [
  "SELECT 'a' < 'B' COLLATE \"und-x-icu\" AS a, 'Z' < 'a' COLLATE \"und-x-icu\" AS b, 'é' > 'z' COLLATE \"und-x-icu\" AS c",
]);
l.add('string lt C', ["SELECT 'a' < 'B' COLLATE \"C\" AS a, 'é' > 'z' COLLATE \"C\" AS c"]);
l.add('collation conflict 42P21', ['SELECT \'a\' COLLATE "C" < \'b\' COLLATE "POSIX"']);
l.add('collation conflict columns 42P22', [
  'CREATE TABLE t2 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t2 VALUES ('a','b')",
  'SELECT a < b FROM t2',
]);
l.add('collation conflict columns with explicit', [
  'CREATE TABLE t2 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t2 VALUES ('a','B')",
  'SELECT a < b COLLATE "C" AS x FROM t2',
]);
l.add('collation indeterminate order by', [
  'CREATE TABLE t2 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t2 VALUES ('a','B')",
  'SELECT a || b AS x FROM t2 ORDER BY 1',
]);
l.add('collation of concat columns select', [
  'CREATE TABLE t2 (a text COLLATE "C", b text COLLATE "POSIX")',
  "INSERT INTO t2 VALUES ('a','B')",
  'SELECT a || b AS x FROM t2',
]);
l.add('column collate C order', [
  'CREATE TABLE t (s text COLLATE "C")',
  "INSERT INTO t VALUES ('b'),('A'),('a'),('B'),('é'),('e')",
  'SELECT s FROM t ORDER BY s',
]);
l.add('column collate icu order', [
  'CREATE TABLE t (s text COLLATE "und-x-icu")',
  "INSERT INTO t VALUES ('b'),('A'),('a'),('B'),('é'),('e')",
  'SELECT s FROM t ORDER BY s',
]);
l.add('column collate icu order override C', [
  'CREATE TABLE t (s text COLLATE "und-x-icu")',
  "INSERT INTO t VALUES ('b'),('A'),('a'),('B'),('é'),('e')",
  'SELECT s FROM t ORDER BY s COLLATE "C"',
]);
l.add('collation for column', [
  'CREATE TABLE t (s text COLLATE "C", u text)',
  "SELECT collation for (s) AS a, collation for (u) AS b, collation for ('x' COLLATE \"POSIX\") AS c FROM (SELECT 'x'::text COLLATE \"C\" AS s, 'y'::text AS u) q",
]);
l.add('distinct under default', ["SELECT DISTINCT s FROM (VALUES ('a'),('A'),('a'),('b')) v(s) ORDER BY s"]);
l.add('group by under icu', [
  "SELECT s COLLATE \"und-x-icu\" AS s, count(*) FROM (VALUES ('a'),('A'),('a'),('b')) v(s) GROUP BY 1 ORDER BY 1",
]);
l.add('nondeterministic collation create', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT 'abc' = 'ABC' COLLATE ci AS eq, 'abc' = 'ABC' AS eq2",
]);
l.add('nondeterministic collation distinct', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT count(DISTINCT s COLLATE ci) FROM (VALUES ('a'),('A'),('b')) v(s)",
]);
l.add('nondeterministic like 0A000', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT 'abc' COLLATE ci LIKE 'A%'",
]);
l.add('nondeterministic unique index', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE u (email text COLLATE ci UNIQUE)',
  "INSERT INTO u VALUES ('A@x.com')",
  "INSERT INTO u VALUES ('a@X.com')",
  'SELECT count(*) FROM u',
]);
l.add('nondeterministic where eq', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE u (email text COLLATE ci)',
  "INSERT INTO u VALUES ('A@x.com'),('b@x.com')",
  "SELECT email FROM u WHERE email = 'a@X.COM'",
]);
l.add('nondeterministic accent insensitive', [
  "CREATE COLLATION ai (provider = icu, locale = 'und-u-ks-level1', deterministic = false)",
  "SELECT 'élan' = 'ELAN' COLLATE ai AS eq",
]);
l.add('create collation from', ['CREATE COLLATION mc FROM "C"', "SELECT 'b' < 'A' COLLATE mc AS v"]);
l.add('unknown collation 42704', ['SELECT \'a\' COLLATE "xx-nope"']);
l.add('collate on int 42804', ['SELECT 1 COLLATE "C"']);
l.add('order by collate on param', [
  p('SELECT s FROM (VALUES ($1::text), ($2::text)) v(s) ORDER BY s COLLATE "C"', 'b', 'B'),
]);
l.add('order by upper lower ties', [
  "SELECT s FROM (VALUES ('b'),('B'),('a'),('A')) v(s) ORDER BY lower(s), s",
]);
l.add('order by upper lower ties C', [
  "SELECT s FROM (VALUES ('b'),('B'),('a'),('A')) v(s) ORDER BY lower(s), s COLLATE \"C\"",
]);
l.add('sort with spaces and punctuation', [
  "SELECT s FROM (VALUES ('a b'),('ab'),('a-b'),('a_b'),('a.b'),('A B')) v(s) ORDER BY s",
]);
l.add('sort with spaces icu', [
  "SELECT s FROM (VALUES ('a b'),('ab'),('a-b'),('a_b'),('a.b'),('A B')) v(s) ORDER BY s COLLATE \"en-US-x-icu\"",
]);
l.add('sort empty string vs null', [
  "SELECT s FROM (VALUES (''),(NULL),(' '),('a')) v(s) ORDER BY s NULLS FIRST",
]);
l.add('greatest least text', [
  "SELECT greatest('apple','Banana','cherry') AS g, least('apple','Banana','cherry') AS l",
]);
l.add('greatest least text icu', ["SELECT greatest('apple','Banana' COLLATE \"und-x-icu\",'cherry') AS g"]);
l.add('array sort text', ["SELECT array_agg(s ORDER BY s) FROM (VALUES ('b'),('A'),('a')) v(s)"]);
l.add(
  'string_agg ordered desc',
  ["SELECT string_agg(name, ',' ORDER BY name DESC NULLS LAST) FROM people"],
  NAMES,
);
l.add('ordering by char(n)', [
  "SELECT s FROM (VALUES ('b '::char(3)),('a'::char(3)),('a  '::char(3))) v(s) ORDER BY s",
]);
l.add('index on collate c used for order', [
  'CREATE TABLE t (s text)',
  'CREATE INDEX ON t (s COLLATE "C")',
  "INSERT INTO t VALUES ('b'),('B'),('a')",
  'SELECT s FROM t ORDER BY s COLLATE "C"',
]);
l.add('text pattern ops index', [
  'CREATE TABLE t (s text)',
  'CREATE INDEX ON t (s text_pattern_ops)',
  "INSERT INTO t VALUES ('abc'),('abd'),('b')",
  "SELECT s FROM t WHERE s LIKE 'ab%' ORDER BY s",
]);
l.add('text pattern operators ~<~', ["SELECT 'a' ~<~ 'b' AS a, 'B' ~>=~ 'a' AS b"]);
l.add('pg_collation icu exists', [
  "SELECT collprovider, collisdeterministic FROM pg_collation WHERE collname = 'und-x-icu'",
]);
// case-insensitive search
l.add('ilike basic', ["SELECT id FROM people WHERE email ILIKE '%example.com' ORDER BY id"], NAMES);
l.add('ilike param', [p('SELECT id FROM people WHERE name ILIKE $1 ORDER BY id', 'a%')], NAMES);
l.add(
  'ilike param concat',
  [p("SELECT id FROM people WHERE name ILIKE '%' || $1 || '%' ORDER BY id", 'E')],
  NAMES,
);
l.add('ilike non ascii', ["SELECT id FROM people WHERE name ILIKE 'é%' ORDER BY id"], NAMES);
l.add('ilike non ascii upper', ["SELECT id FROM people WHERE name ILIKE 'É%' ORDER BY id"], NAMES);
l.add('not ilike', ["SELECT id FROM people WHERE name NOT ILIKE '%e%' ORDER BY id"], NAMES);
l.add('~~* operator', ["SELECT 'Hello' ~~* 'h%' AS a, 'Hello' !~~* 'h%' AS b"]);
l.add('lower upper german sz', [
  "SELECT upper('straße') AS u, lower('STRASSE') AS l, lower('ẞ') AS l2, initcap('straße') AS i",
]);
l.add('upper turkish i', ["SELECT upper('i') AS a, lower('İ') AS b, lower('I') AS c, upper('ı') AS d"]);
l.add('lower greek sigma', ["SELECT lower('ΣΑΣ') AS a, upper('σας') AS b"]);
l.add('lower upper icu collation', [
  'SELECT lower(\'ΣΑΣ\' COLLATE "und-x-icu") AS a, upper(\'straße\' COLLATE "und-x-icu") AS b, upper(\'i\' COLLATE "tr-x-icu") AS c',
]);
l.add('lower collate C non ascii', [
  'SELECT lower(\'ÉCOLE\' COLLATE "C") AS a, upper(\'école\' COLLATE "C") AS b',
]);
l.add('ilike collate C non ascii', ["SELECT 'ÉCOLE' COLLATE \"C\" ILIKE 'école' AS a"]);
l.add('unique index lower email', [
  'CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL)',
  'CREATE UNIQUE INDEX users_email_lower ON users (lower(email))',
  "INSERT INTO users (email) VALUES ('A@x.com')",
  "INSERT INTO users (email) VALUES ('a@X.com')",
]);
l.add('unique index lower email lookup', [
  'CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL)',
  'CREATE UNIQUE INDEX users_email_lower ON users (lower(email))',
  "INSERT INTO users (email) VALUES ('A@x.com'),('b@y.com')",
  p('SELECT id, email FROM users WHERE lower(email) = lower($1)', 'a@X.COM'),
]);
l.add('upsert on lower email', [
  'CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, n int default 0)',
  'CREATE UNIQUE INDEX users_email_lower ON users (lower(email))',
  "INSERT INTO users (email) VALUES ('A@x.com')",
  p(
    'INSERT INTO users (email) VALUES ($1) ON CONFLICT (lower(email)) DO UPDATE SET n = users.n + 1 RETURNING id, email, n',
    'a@x.com',
  ),
]);
l.add('like escape default backslash', ["SELECT 'a%b' LIKE 'a\\%b' AS a, 'axb' LIKE 'a\\%b' AS b"]);
l.add('like escape custom', ["SELECT '50%' LIKE '50!%' ESCAPE '!' AS a, '50x' LIKE '50!%' ESCAPE '!' AS b"]);
l.add('like escape empty', ["SELECT 'a\\b' LIKE 'a\\b' ESCAPE '' AS a"]);
l.add('like escape two chars error', ["SELECT 'a' LIKE 'a' ESCAPE 'ab'"]);
l.add('like trailing escape error', ["SELECT 'a' LIKE 'a\\'"]);
l.add('like param with percent', [
  p("SELECT count(*) FROM (VALUES ('100%'),('100x'),('1000')) v(s) WHERE s LIKE $1 || '%'", '100%'),
]);
l.add('like param escaped by replace', [
  p(
    "SELECT s FROM (VALUES ('100%'),('100x'),('a_b'),('axb')) v(s) WHERE s LIKE replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ORDER BY s",
    'a_',
  ),
]);
l.add('like null pattern', ["SELECT 'a' LIKE NULL AS a, NULL ILIKE 'a' AS b"]);
l.add('like underscore multibyte', ["SELECT 'é' LIKE '_' AS a, 'ée' LIKE '__' AS b"]);
l.add('like case sensitive', ["SELECT 'Alice' LIKE 'a%' AS a, 'Alice' LIKE 'A%' AS b"]);
l.add('regex ~* ', ["SELECT id FROM people WHERE name ~* '^(a|z)' ORDER BY id"], NAMES);
l.add('regex !~*', ["SELECT id FROM people WHERE name !~* 'e' ORDER BY id"], NAMES);
l.add('regex ~* non ascii', ["SELECT 'ÉMILE' ~* 'émile' AS a, 'ÉMILE' ~* '^é' AS b"]);
l.add('regex invalid 2201B', ["SELECT 'a' ~ '('"]);
l.add('similar to', ["SELECT 'abc' SIMILAR TO 'a(b|c)%' AS a, 'abc' SIMILAR TO 'A%' AS b"]);
l.add(
  'like any array',
  [p('SELECT id FROM people WHERE name LIKE ANY($1::text[]) ORDER BY id', ['a%', 'Z%'])],
  NAMES,
);
l.add(
  'ilike any array',
  [p('SELECT id FROM people WHERE name ILIKE ANY($1) ORDER BY id', ['a%', 'z%'])],
  NAMES,
);
l.add(
  'ilike all array',
  [p('SELECT id FROM people WHERE name ILIKE ALL($1) ORDER BY id', ['%e%', '%l%'])],
  NAMES,
);
l.add('position strpos case', [
  "SELECT strpos(lower('Hello World'), 'world') AS a, position('O' in 'Hello') AS b",
]);
l.add('starts_with and ^@', ["SELECT starts_with('alpha', 'al') AS a, 'alpha' ^@ 'AL' AS b"]);
// citext
l.add('citext eq', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  "SELECT 'Abc'::citext = 'aBC'::citext AS a, 'Abc'::citext = 'abd' AS b",
]);
l.add('citext column unique', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  'CREATE TABLE u (email citext UNIQUE)',
  "INSERT INTO u VALUES ('A@x.com')",
  "INSERT INTO u VALUES ('a@X.com')",
]);
l.add('citext where', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  'CREATE TABLE u (id int, email citext)',
  "INSERT INTO u VALUES (1,'A@x.com'),(2,'b@x.com')",
  p('SELECT id FROM u WHERE email = $1', 'a@X.COM'),
]);
l.add('citext order', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  'CREATE TABLE u (email citext)',
  "INSERT INTO u VALUES ('b'),('A'),('a'),('B')",
  'SELECT email FROM u ORDER BY email, email::text',
]);
l.add('citext like', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  "SELECT 'Hello'::citext LIKE 'h%' AS a, 'Hello'::citext ~ '^h' AS b",
]);
l.add('citext distinct', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  "SELECT count(DISTINCT s::citext) FROM (VALUES ('a'),('A'),('b')) v(s)",
]);
l.add('citext non ascii', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  "SELECT 'ÉCOLE'::citext = 'école'::citext AS a",
]);
l.add('citext strpos replace', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  "SELECT strpos('ABC'::citext, 'b') AS a, replace('ABC'::citext, 'b', 'x') AS b",
]);
l.add('citext pg_typeof', ['CREATE EXTENSION IF NOT EXISTS citext', "SELECT pg_typeof('a'::citext) AS t"]);
// pg_trgm
l.add('trgm similarity', [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  "SELECT similarity('word', 'two words') AS s",
]);
l.add('trgm show_trgm', ['CREATE EXTENSION IF NOT EXISTS pg_trgm', "SELECT show_trgm('cat') AS s"]);
l.add('trgm % operator', [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  "SELECT 'hello' % 'helo' AS a, 'hello' % 'xyz' AS b",
]);
l.add('trgm order by distance', [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  "SELECT s, round((s <-> 'postgres')::numeric, 4) AS d FROM (VALUES ('postgresql'),('mysql'),('progress'),('postgis')) v(s) ORDER BY s <-> 'postgres', s",
]);
l.add('trgm gin index ilike', [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  'CREATE TABLE t (s text)',
  'CREATE INDEX ON t USING gin (s gin_trgm_ops)',
  "INSERT INTO t VALUES ('Hello World'),('bye')",
  "SELECT s FROM t WHERE s ILIKE '%world%'",
]);
l.add('trgm word_similarity', [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  "SELECT round(word_similarity('word', 'two words')::numeric, 4) AS s",
]);
// unaccent / fuzzystrmatch
l.add('unaccent basic', [
  'CREATE EXTENSION IF NOT EXISTS unaccent',
  "SELECT unaccent('Émile Zoë crème') AS s",
]);
l.add('unaccent search', [
  'CREATE EXTENSION IF NOT EXISTS unaccent',
  'CREATE TABLE t (s text)',
  "INSERT INTO t VALUES ('Émile'),('emily'),('Eric')",
  "SELECT s FROM t WHERE unaccent(lower(s)) LIKE 'emil%' ORDER BY s",
]);
l.add('levenshtein', [
  'CREATE EXTENSION IF NOT EXISTS fuzzystrmatch',
  "SELECT levenshtein('kitten', 'sitting') AS a, soundex('Robert') AS b, difference('Robert','Rupert') AS c",
]);
l.add('metaphone dmetaphone', [
  'CREATE EXTENSION IF NOT EXISTS fuzzystrmatch',
  "SELECT metaphone('Thompson', 10) AS a, dmetaphone('Thompson') AS b",
]);
export default l.cases;
