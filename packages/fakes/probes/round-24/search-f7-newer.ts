import { ProbeCases, withParams as p } from '../probe-kit.js';

const l = new ProbeCases('f7 ');
l.select('collation unicode (16+)', '\'a\' COLLATE "unicode"');
l.select('collation pg_c_utf8 (17+)', "'a' COLLATE pg_c_utf8");
l.select('collation pg_unicode_fast (18+)', "'a' COLLATE pg_unicode_fast");
l.select('casefold (18+)', "casefold('Straße')");
l.add('create collation rules (16+)', [
  "CREATE COLLATION r1 (provider = icu, locale = 'und', rules = '&a < g')",
]);
l.add('create collation builtin provider (17+)', [
  "CREATE COLLATION b1 (provider = builtin, locale = 'C.UTF-8')",
]);
l.add('create collation en_US icu canonical', [
  "CREATE COLLATION e1 (provider = icu, locale = 'en_US')",
  "SELECT colliculocale FROM pg_collation WHERE collname = 'e1'",
]);
l.add('create collation icu locale option', [
  "CREATE COLLATION e2 (provider = icu, lc_collate = 'en-US', lc_ctype = 'en-US')",
  "SELECT collprovider FROM pg_collation WHERE collname = 'e2'",
]);
l.add('create collation icu empty locale', ["CREATE COLLATION e3 (provider = icu, locale = '')"]);
l.add('create collation icu und root', [
  "CREATE COLLATION e4 (provider = icu, locale = 'root')",
  "SELECT colliculocale FROM pg_collation WHERE collname = 'e4'",
]);
l.add('create collation bogus icu', [
  "CREATE COLLATION e5 (provider = icu, locale = 'nonsense-qq')",
  "SELECT colliculocale FROM pg_collation WHERE collname = 'e5'",
]);
l.add('icu_validation_level setting (16+)', ['SHOW icu_validation_level']);
l.add('pg_collation columns', [
  "SELECT collname, collprovider, collcollate, collctype, colliculocale, collisdeterministic FROM pg_collation WHERE collname IN ('C', 'POSIX', 'ucs_basic', 'und-x-icu', 'default') ORDER BY collname",
]);
l.add('pg_collation count icu en', [
  "SELECT count(*) > 0 AS any FROM pg_collation WHERE collname LIKE 'en-%-x-icu'",
]);
l.add('database locale columns', [
  'SELECT datcollate, datctype, datlocprovider, daticulocale FROM pg_database WHERE datname = current_database()',
]);
l.add('collversion', [
  "SELECT collversion IS NOT NULL AS has FROM pg_collation WHERE collname = 'und-x-icu'",
]);
l.add('pg_collation_actual_version', [
  "SELECT pg_collation_actual_version(oid) IS NOT NULL AS v FROM pg_collation WHERE collname = 'und-x-icu'",
]);
l.add('alter collation refresh', [
  "CREATE COLLATION e6 (provider = icu, locale = 'und')",
  'ALTER COLLATION e6 REFRESH VERSION',
]);
l.add('database refresh collation version (15)', ['ALTER DATABASE postgres REFRESH COLLATION VERSION']);
l.add('information_schema collations', [
  "SELECT collation_name, pad_attribute FROM information_schema.collations WHERE collation_name IN ('C', 'POSIX', 'und-x-icu') ORDER BY 1",
]);
l.add('information_schema columns collation', [
  'CREATE TABLE t (a text COLLATE "C", b text, c int)',
  "SELECT column_name, collation_name FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position",
]);
l.add('pg_attribute attcollation', [
  'CREATE TABLE t (a text COLLATE "C", b text)',
  "SELECT attname, attcollation::regcollation::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);
l.add('regcollation cast', ["SELECT 'C'::regcollation::text AS a, '\"und-x-icu\"'::regcollation::text AS b"]);
l.add('pg_get_indexdef collate', [
  'CREATE TABLE t (a text)',
  'CREATE INDEX ti ON t (a COLLATE "C" DESC NULLS LAST)',
  "SELECT pg_get_indexdef('ti'::regclass)",
]);
l.add('describe column with collation', [
  'CREATE TABLE t (a text COLLATE "POSIX")',
  "SELECT pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation FROM pg_attribute a WHERE a.attrelid = 't'::regclass AND a.attnum = 1",
]);
l.select('any_value (16+)', 'any_value(x) FROM (VALUES (1)) v(x)');
l.select('array_sort (18+)', "array_sort(ARRAY['b','a'])");
l.select('numeric underscore literal', '1_000 AS v');
l.select('hex literal', '0x10 AS v');
l.add('limit underscore', ['SELECT x FROM generate_series(1, 20) x ORDER BY x LIMIT 1_0']);
l.select('pg_input_is_valid (16+)', "pg_input_is_valid('12', 'int4')");
l.select('unicode_assigned (17+)', "unicode_assigned('abc')");
l.select(
  'normalize',
  "normalize(U&'\\0065\\0301', NFC) = U&'\\00E9' AS a, U&'\\00E9' IS NFD NORMALIZED AS b",
);
l.select('ts_headline empty query', "ts_headline('english', 'The cat', ''::tsquery)");
l.select('websearch quote stopword', 'websearch_to_tsquery(\'english\', \'"the cat" "a"\')::text');
l.select('phraseto all stopwords', "phraseto_tsquery('english', 'the a of')::text");
l.select('to_tsquery followed-by zero', "to_tsquery('english', 'cat <0> dog')::text");
l.select(
  'tsquery not phrase',
  "to_tsvector('english', 'cat dog') @@ to_tsquery('english', '!cat <-> dog') AS v",
);
l.select(
  'tsquery phrase negation',
  "to_tsvector('english', 'cat rat dog') @@ to_tsquery('english', 'cat <-> !dog') AS v",
);
l.select('ts_rank on empty tsvector', "ts_rank(''::tsvector, to_tsquery('cat'))");
l.select(
  'ts_rank_cd phrase',
  "round(ts_rank_cd(to_tsvector('english', 'cat dog cat dog'), to_tsquery('english', 'cat <-> dog'))::numeric, 5)",
);
l.select(
  'tsvector stats-like',
  "array_agg(word || ':' || ndoc ORDER BY word)::text FROM ts_stat('SELECT to_tsvector(''english'', x) FROM (VALUES (''fat cats''), (''fat rats'')) v(x)')",
);
l.select('json to_tsvector', 'to_tsvector(\'english\', \'{"a": "The fat cats", "b": 1}\'::jsonb)::text');
l.select(
  'json to_tsvector filter',
  'jsonb_to_tsvector(\'english\', \'{"a": "The fat cats", "b": 123}\'::jsonb, \'["string", "numeric"]\')::text',
);
l.select(
  'ts_headline jsonb',
  "ts_headline('english', '{\"a\": \"The fat cats\"}'::jsonb, to_tsquery('english', 'cat'))::text",
);
l.select(
  'text search parser tokens',
  "array_agg(tokid || ':' || token ORDER BY ord)::text FROM ts_parse('default', 'foo@bar.com 123 x-y') WITH ORDINALITY AS t(tokid, token, ord)",
);
l.select('regexp_like (15)', "regexp_like('Hello', 'h', 'i') AS v");
l.select('regexp_substr (15)', "regexp_substr('abc123def', '[0-9]+') AS v");
l.select('regexp_instr (15)', "regexp_instr('abc123def', '[0-9]+') AS v");
l.select('regexp_count flags', "regexp_count('aAaA', 'a', 1, 'i') AS v");
l.select('similar to escape', "'a_c' SIMILAR TO 'a#_c' ESCAPE '#' AS v");
l.select('substring similar', "substring('foobar' similar '%#\"o_b#\"%' escape '#') AS v");
l.select('string lt with ICU numeric', "'a10' < 'a9' COLLATE \"und-x-icu\" AS v");
l.select('upper on ICU und', 'upper(\'ǆ\' COLLATE "und-x-icu") AS a, initcap(\'ǆa\' COLLATE "C") AS b');
l.add('pg_trgm thresholds show', ['SELECT set_limit(0.5)']);
l.add('order by nondeterministic then limit param', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE u (id int, name text COLLATE ci)',
  "INSERT INTO u VALUES (1,'b'),(2,'A'),(3,'a'),(4,'B')",
  p('SELECT id FROM u WHERE name > $1 ORDER BY name, id LIMIT $2', 'a', 2),
]);
l.add('nondeterministic group by returns which', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT count(*) FROM (VALUES ('a'),('A')) v(s) GROUP BY s COLLATE ci",
]);
l.add('nondeterministic hash agg', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE h (s text COLLATE ci)',
  "INSERT INTO h SELECT CASE WHEN i % 2 = 0 THEN 'X' || (i % 5) ELSE 'x' || (i % 5) END FROM generate_series(1, 100) i",
  'SELECT count(DISTINCT s) AS d, count(*) AS n FROM h',
  'SELECT count(*) FROM (SELECT s FROM h GROUP BY s) g',
]);
l.add('nondeterministic union', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT count(*) FROM (SELECT 'a' COLLATE ci UNION SELECT 'A') u",
]);
l.add('nondeterministic in subquery', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE h (s text COLLATE ci)',
  "INSERT INTO h VALUES ('Abc')",
  "SELECT 'abc' IN (SELECT s FROM h) AS a, EXISTS (SELECT 1 FROM h WHERE s = 'ABC') AS b",
]);
l.add('nondeterministic foreign key', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  'CREATE TABLE pk (s text COLLATE ci PRIMARY KEY)',
  'CREATE TABLE fk (s text COLLATE ci REFERENCES pk)',
  "INSERT INTO pk VALUES ('Abc')",
  "INSERT INTO fk VALUES ('ABC')",
  'SELECT count(*) FROM fk',
]);
l.add('nondeterministic hashtext', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT hashtext('abc' COLLATE ci) = hashtext('ABC' COLLATE ci) AS v",
]);
l.add('nondeterministic md5 differ', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT md5('abc' COLLATE ci) = md5('ABC' COLLATE ci) AS v",
]);
l.add('nondeterministic ordered ties', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false)",
  "SELECT 'a' COLLATE ci < 'á' AS lt, 'a' COLLATE ci = 'Á' AS eq",
]);
l.add('nondeterministic min max', [
  "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
  "SELECT max(s COLLATE ci), min(s COLLATE ci) FROM (VALUES ('b'),('B')) v(s)",
]);
export default l.cases;
