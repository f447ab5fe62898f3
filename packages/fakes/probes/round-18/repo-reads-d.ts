// Round 18 repository reads, part 4: the everyday expressions a repository's SELECT lists and
// filters carry (string functions, CASE/coalesce type resolution, array columns, numeric and
// integer arithmetic, text ordering, star expansion over USING joins), and the reads PostgreSQL 15
// parses differently from 16+ (docs 4.1, 9.3-9.5, 9.17-9.19, 10.5).
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads d: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);

// ---------------------------------------------------------------- CASE / coalesce type resolution
q(
  'CASE with int and an unknown literal resolves to int',
  "SELECT CASE WHEN id = 1 THEN 1 ELSE '2' END AS v FROM users ORDER BY id LIMIT 2",
);
q(
  'CASE with int and a non-numeric literal fails with 22P02',
  "SELECT CASE WHEN id = 1 THEN 1 ELSE 'x' END AS v FROM users",
);
q(
  'CASE with int and text fails with 42804',
  "SELECT CASE WHEN id = 1 THEN 1 ELSE 'x'::text END AS v FROM users",
);
q(
  'CASE with int and numeric resolves to numeric',
  'SELECT CASE WHEN id = 1 THEN 1 ELSE 2.5 END AS v FROM users ORDER BY id LIMIT 2',
);
q(
  'CASE without ELSE yields null',
  "SELECT id, CASE WHEN role = 'admin' THEN 'A' END AS v FROM users ORDER BY id",
);
q('CASE of all unknown literals is text', "SELECT CASE WHEN true THEN 'a' ELSE 'b' END AS v");
q(
  'simple CASE with a null operand matches no WHEN',
  "SELECT CASE score WHEN NULL THEN 'null' WHEN 75 THEN '75' ELSE 'other' END AS v FROM users ORDER BY id",
);
q('coalesce of int and numeric is numeric', 'SELECT coalesce(score, 0.5) AS v FROM users ORDER BY id');
q(
  'coalesce of int and a non-numeric literal fails with 22P02',
  "SELECT coalesce(score, 'none') AS v FROM users",
);
q('coalesce of a text column and an int fails with 42804', 'SELECT coalesce(name, 0) AS v FROM users');
q('coalesce stops at the first non-null', 'SELECT coalesce(NULL, NULL, 3, 1/0) AS v');
q(
  'greatest and least ignore nulls',
  'SELECT greatest(score, 80) AS g, least(score, 80) AS l FROM users ORDER BY id',
);
q('greatest of all nulls is null', 'SELECT greatest(NULL::int, NULL) AS v');
q(
  'greatest of text uses the collation',
  "SELECT greatest('apple', 'Banana', 'cherry') AS g, least('apple', 'Banana', 'cherry') AS l",
);
q('nullif with equal values', "SELECT nullif(role, 'user') AS v FROM users ORDER BY id");
q('nullif with mismatched types fails with 42883', "SELECT nullif(1, 'a'::text)");

// ---------------------------------------------------------------- string functions in reads
q(
  'upper lower initcap',
  'SELECT upper(name) AS u, lower(name) AS l, initcap(email) AS i FROM users ORDER BY id',
);
q(
  'length char_length octet_length of accented text',
  'SELECT length(name) AS l, char_length(name) AS c, octet_length(name) AS o FROM users WHERE id = 6',
);
q(
  'concat skips nulls and || yields null',
  "SELECT concat(name, '-', score) AS c, name || '-' || score AS p FROM users ORDER BY id",
);
q('concat_ws with nulls', "SELECT concat_ws(', ', name, email, NULL, role) AS v FROM users ORDER BY id");
q('|| between text and int concatenates', "SELECT 'id:' || id AS v FROM users ORDER BY id LIMIT 2");
q('|| between two ints fails with 42883', 'SELECT 1 || 2');
q(
  'split_part by the at sign',
  "SELECT split_part(email, '@', 1) AS local, split_part(email, '@', 2) AS domain, split_part(email, '@', -1) AS last FROM users ORDER BY id",
);
q('split_part with index zero fails with 22023', "SELECT split_part('a,b', ',', 0)");
q(
  'substring with from and for',
  'SELECT substring(email FROM 1 FOR 5) AS a, substring(email, 3) AS b, substr(email, 0, 3) AS c FROM users WHERE id = 1',
);
q(
  'substring with a negative length fails with 22011',
  'SELECT substring(email, 1, -1) FROM users WHERE id = 1',
);
q('substring with a regular expression', "SELECT substring(email FROM '@(.*)$') AS v FROM users ORDER BY id");
q(
  'left and right with negative counts',
  'SELECT left(email, 3) AS a, right(email, 3) AS b, left(email, -12) AS c, right(email, -12) AS d FROM users WHERE id = 1',
);
q(
  'lpad and rpad truncate to the length',
  "SELECT lpad(id::text, 4, '0') AS a, rpad(name, 3, '.') AS b, lpad('abcdef', 3) AS c FROM users ORDER BY id",
);
q(
  'trim ltrim rtrim btrim',
  "SELECT trim('  x  ') AS a, ltrim('xxyxy', 'x') AS b, rtrim('abccc', 'c') AS c, btrim('--a--', '-') AS d, trim(leading '0' from '00120') AS e",
);
q(
  'replace and translate',
  "SELECT replace(email, '@', ' at ') AS r, translate(email, 'ae', 'AE') AS t FROM users WHERE id = 1",
);
q('repeat and reverse', "SELECT repeat('ab', 3) AS r, reverse('abc') AS v, repeat('x', -1) AS n");
q(
  'strpos and position',
  "SELECT strpos(email, 'example') AS s, position('zzz' IN email) AS p FROM users WHERE id = 2",
);
q(
  'format with %s %I %L',
  "SELECT format('%s has %s points', name, score) AS a, format('%I.%I', 'public', 'My Table') AS b, format('%L', E'it''s') AS c FROM users WHERE id = 1",
);
q(
  'format with a null %L is NULL unquoted',
  "SELECT format('x = %L', NULL) AS v, format('%s|%s', NULL, 'b') AS w",
);
q('format with too few arguments fails with 22023', "SELECT format('%s %s', 'a')");
q('md5 of a column', 'SELECT md5(email) AS v FROM users WHERE id = 1');
q(
  'regexp_replace with flags',
  "SELECT regexp_replace(email, '[aeiou]', '*', 'g') AS a, regexp_replace(email, 'E', '#', 'i') AS b FROM users WHERE id = 1",
);
q(
  'regexp_match returns an array of groups',
  "SELECT regexp_match(email, '^([^@]+)@(.+)$') AS v FROM users ORDER BY id LIMIT 2",
);
q('regexp_matches with g as a set', "SELECT regexp_matches('a1b22c333', '[0-9]+', 'g') AS v");
q('regexp_split_to_array', "SELECT regexp_split_to_array('a, b,c', ',\\s*') AS v");
q(
  'string_to_array and array_to_string with nulls',
  "SELECT string_to_array('a,,b', ',') AS a, string_to_array('a,,b', ',', '') AS b, array_to_string(ARRAY['x', NULL, 'y'], '-') AS c, array_to_string(ARRAY['x', NULL, 'y'], '-', '*') AS d",
);
q(
  'quote_ident and quote_literal and quote_nullable',
  "SELECT quote_ident('Users') AS a, quote_ident('users') AS b, quote_literal('O''Reilly') AS c, quote_nullable(NULL) AS d",
);
q('ascii and chr', "SELECT ascii('A') AS a, chr(233) AS b, chr(0) AS c");
q('to_hex and to_number', "SELECT to_hex(255) AS h, to_number('1,234.50', '9,999.99') AS n");
q('text comparison is case sensitive', "SELECT 'a' < 'B' AS a, 'a' < 'b' AS b, 'A' = 'a' AS c");
q('text comparison of digit strings is not numeric', "SELECT '10' < '9' AS a, '10'::int < '9'::int AS b");
q(
  'a trailing space matters for text but not for char',
  "SELECT 'a ' = 'a' AS t, 'a '::char(3) = 'a'::char(3) AS c, length('a '::char(3)) AS l",
);
q(
  'unicode normalization and escapes',
  "SELECT U&'\\00e9' = 'é' AS a, E'\\u00e9' AS b, normalize(U&'e\\0301') = 'é' AS c",
);

// ---------------------------------------------------------------- arrays in reads
q(
  'cardinality and array_length of an empty array differ',
  'SELECT id, cardinality(tags) AS c, array_length(tags, 1) AS l FROM users ORDER BY id',
);
q(
  'array subscripts out of range are null',
  'SELECT tags[1] AS a, tags[5] AS b, tags[0] AS c FROM users WHERE id = 1',
);
q('array slices', 'SELECT tags[1:1] AS a, tags[2:] AS b, tags[:1] AS c FROM users WHERE id = 5');
q('an empty array equals the {} literal', "SELECT id FROM users WHERE tags = '{}' ORDER BY id");
q(
  'array_position and array_positions',
  "SELECT array_position(ARRAY['a','b','a'], 'a') AS p, array_positions(ARRAY['a','b','a'], 'a') AS ps, array_position(ARRAY[1,2], 3) AS n",
);
q(
  'array_remove and array_replace',
  "SELECT array_remove(tags, 'a') AS r, array_replace(tags, 'a', 'z') AS p FROM users WHERE id = 5",
);
q(
  'array_cat and array_append and array_prepend',
  "SELECT array_cat(tags, ARRAY['x']) AS c, array_append(tags, 'y') AS a, array_prepend('z', tags) AS p FROM users WHERE id = 2",
);
q('array || with a null array', "SELECT tags || 'x'::text AS v FROM users WHERE id = 3");
q(
  'array comparison is element-wise',
  'SELECT ARRAY[1,2] < ARRAY[1,3] AS a, ARRAY[1,2] < ARRAY[1,2,0] AS b, ARRAY[2] > ARRAY[1,9] AS c',
);
q(
  'array_dims and array_lower and array_upper',
  'SELECT array_dims(ARRAY[[1,2],[3,4]]) AS d, array_lower(tags, 1) AS lo, array_upper(tags, 1) AS hi FROM users WHERE id = 1',
);
q(
  'unnest of two arrays side by side pads with nulls',
  "SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS t(n, s)",
);
q('ORDER BY an array column', 'SELECT id, tags FROM users ORDER BY tags NULLS FIRST, id');
q('GROUP BY an array column', 'SELECT tags, count(*) FROM users GROUP BY tags ORDER BY tags NULLS LAST');
q('DISTINCT over array elements', 'SELECT DISTINCT unnest(tags) AS t FROM users ORDER BY t');
q(
  'count of users per tag',
  'SELECT t, count(*) FROM users, unnest(tags) t GROUP BY t ORDER BY count(*) DESC, t',
);
q(
  'array_agg of an empty set is null and cardinality of it too',
  'SELECT array_agg(id) AS a, cardinality(array_agg(id)) AS c FROM users WHERE false',
);
q('ARRAY subquery of no rows is an empty array', 'SELECT ARRAY(SELECT id FROM users WHERE false) AS v');
q('ARRAY subquery of two columns fails with 42601', 'SELECT ARRAY(SELECT id, email FROM users) AS v');

// ---------------------------------------------------------------- arithmetic and numbers in reads
q(
  'integer division and modulo of negatives',
  'SELECT -7 / 2 AS a, -7 % 2 AS b, 7 / -2 AS c, mod(-7, 3) AS d',
);
q('division by zero of ints fails with 22012', 'SELECT score / 0 FROM users WHERE id = 1');
q('division by zero of numerics fails with 22012', 'SELECT balance / 0 FROM users WHERE id = 1');
q('float division by zero fails with 22012', 'SELECT 1.0::float8 / 0');
q(
  'numeric multiplication keeps the sum of scales',
  'SELECT balance * 2 AS a, balance * 1.5 AS b, balance * balance AS c FROM users WHERE id = 1',
);
q(
  'numeric addition keeps the larger scale',
  'SELECT balance + 1 AS a, balance + 0.001 AS b FROM users WHERE id = 1',
);
q('int times numeric is numeric', 'SELECT score * 1.10 AS v FROM users WHERE id = 1');
q(
  'round with negative digits',
  'SELECT round(1234.5678, -2) AS a, round(1234.5678, 2) AS b, round(-2.5) AS c, round(2.5::float8) AS d',
);
q(
  'ceil floor trunc abs sign',
  'SELECT ceil(-1.5) AS c, floor(-1.5) AS f, trunc(-1.5) AS t, abs(-3) AS a, sign(-2.5) AS s',
);
q(
  'power sqrt exp ln log',
  'SELECT power(2, 10) AS p, sqrt(16) AS s, round(exp(1)::numeric, 5) AS e, ln(1) AS l, log(100) AS g',
);
q('sqrt of a negative fails with 2201F', 'SELECT sqrt(-1)');
q('log of zero fails with 2201E', 'SELECT ln(0)');
q(
  'a numeric cast rounds half away from zero',
  'SELECT 2.5::int AS a, -2.5::int AS b, 1.49::int AS c, 2.5::float8::int AS d',
);
q('a numeric cast to numeric(4,1) overflows with 22003', 'SELECT 12345.6::numeric(4,1)');
q(
  'a percentage computed with numeric',
  'SELECT status, round(100.0 * count(*) / (SELECT count(*) FROM orders), 1) AS pct FROM orders GROUP BY status ORDER BY status',
);
q(
  'sum over a numeric column with scale kept',
  'SELECT sum(amount) AS s, sum(amount) FILTER (WHERE false) AS n FROM orders',
);
q('avg of an empty set is null', 'SELECT avg(score) AS v FROM users WHERE false');
q('max of bigint and min of numeric', 'SELECT max(big) AS mx, min(balance) AS mn FROM users');
q('int4 abs of min int fails with 22003', 'SELECT abs(-2147483648)');
q('bit operations on ints', 'SELECT 5 & 3 AS a, 5 | 3 AS b, 5 # 3 AS c, ~5 AS d, 1 << 4 AS e, 256 >> 2 AS f');
q(
  'factorial-like product via exp sum of logs is float',
  'SELECT round(exp(sum(ln(x)))) AS v FROM generate_series(1, 5) x',
);
q('gcd and lcm', 'SELECT gcd(12, 18) AS g, lcm(4, 6) AS l');
q('div and mod functions on numerics', 'SELECT div(7.5, 2) AS d, mod(7.5, 2) AS m');
q(
  'scale and trim_scale and min_scale',
  'SELECT scale(1.500) AS s, trim_scale(1.500) AS t, min_scale(1.500) AS m',
);

// ---------------------------------------------------------------- star expansion and USING joins
q(
  'SELECT * over a USING join puts the merged column first',
  'SELECT * FROM (SELECT 1 AS k, 2 AS a) x JOIN (SELECT 1 AS k, 3 AS b) y USING (k)',
);
q(
  'SELECT * over a FULL USING join coalesces the key',
  "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) x(k, a) FULL JOIN (VALUES (2, 'c'), (3, 'd')) y(k, b) USING (k) ORDER BY k",
);
q(
  'a qualified column of a USING join is still reachable',
  'SELECT x.k AS xk, y.k AS yk, k FROM (VALUES (1), (2)) x(k) LEFT JOIN (VALUES (2)) y(k) USING (k) ORDER BY 1',
);
q('USING a column missing on one side fails with 42703', 'SELECT * FROM users JOIN posts USING (email)');
q('SELECT *, id repeats the column', 'SELECT *, id FROM comments WHERE id = 1');
q(
  'SELECT star from a subquery alias with column aliases',
  'SELECT * FROM (SELECT id, email FROM users WHERE id = 1) AS t(a, b)',
);
q(
  'a table alias with fewer column aliases keeps the rest',
  'SELECT * FROM users AS u(uid, mail) WHERE uid = 1',
);
q(
  'a table alias with too many column aliases fails with 42P10',
  'SELECT * FROM comments AS c(a, b, c, d, e, f)',
);
q('a VALUES list in FROM without column aliases names them column1', 'SELECT * FROM (VALUES (1, 2)) AS v');
q('a subquery in FROM without an alias fails in 15 with 42601', 'SELECT * FROM (SELECT 1)');
q('a function in FROM is named after the function', "SELECT * FROM generate_series(1, 2), upper('x')");
q('a table referenced twice without aliases fails with 42712', 'SELECT 1 FROM users, users');
q('the same alias twice fails with 42712', 'SELECT 1 FROM users u JOIN posts u ON true');
q(
  'a column of the outer query used in a subquery',
  'SELECT id, (SELECT count(*) FROM posts WHERE posts.author_id = users.id) AS n FROM users ORDER BY id',
);
q(
  'an outer column ambiguous with an inner one prefers the inner',
  'SELECT id, (SELECT max(id) FROM posts WHERE author_id = 1) AS m FROM users WHERE id = 1',
);

// ---------------------------------------------------------------- PostgreSQL 15 parsing of reads (16+ differs)
q('a hex integer literal in 15 reads as 0 with an alias', 'SELECT 0x1F');
q('an underscore in a number in 15 reads as an alias', 'SELECT 1_000');
q('digits followed by letters in 15 read as an alias', 'SELECT 123abc');
q('any_value does not exist in 15', 'SELECT any_value(role) FROM users');
q('random with bounds does not exist in 15', 'SELECT random(1, 10)');
q('IS JSON is a syntax error in 15', "SELECT '{}' IS JSON");
q('json_array is not a function in 15', 'SELECT json_array(1, 2)');
q('JSON_OBJECT with colon syntax is a syntax error in 15', "SELECT json_object('a' : 1)");
q('json_object of a text array exists in 15', "SELECT json_object('{a,1,b,2}') AS v");
q('pg_input_is_valid does not exist in 15', "SELECT pg_input_is_valid('1', 'int')");
q('SYSTEM_USER is a column reference in 15', 'SELECT system_user');
q('date_add does not exist in 15', "SELECT date_add(now(), interval '1 day')");
q('an infinite interval is invalid in 15', "SELECT 'infinity'::interval");
q('array_shuffle does not exist in 15', 'SELECT array_shuffle(ARRAY[1])');
q('jsonpath integer() method is a syntax error in 15', "SELECT jsonb_path_query('\"1\"', '$.integer()')");
q(
  'a GROUP BY DISTINCT with rollups',
  'SELECT role, score, count(*) FROM users GROUP BY DISTINCT ROLLUP (role, score), ROLLUP (role) ORDER BY role NULLS LAST, score NULLS LAST, count(*)',
);
q(
  'string_agg of bytea exists',
  "SELECT string_agg(x, '\\x00'::bytea) AS v FROM (VALUES ('\\x01'::bytea), ('\\x02'::bytea)) t(x)",
);
q('unnest of a multirange does not exist in 15', "SELECT unnest('{[1,2)}'::int4multirange)");
q(
  'range_agg exists in 15',
  'SELECT range_agg(r) AS v FROM (VALUES (int4range(1, 3)), (int4range(2, 5))) t(r)',
);

// ---------------------------------------------------------------- misc filters from repositories
p(
  'a filter on an expression index shape lower(email)',
  'SELECT id FROM users WHERE lower(email) LIKE lower($1) ORDER BY id',
  ['%EXAMPLE.ORG'],
);
p(
  'a filter with NOT and parentheses',
  'SELECT id FROM users WHERE NOT (role = $1 OR score < $2) ORDER BY id',
  ['admin', 80],
);
p('a filter with a null in NOT', 'SELECT id FROM users WHERE NOT (score > $1) ORDER BY id', [70]);
q('an always-true WHERE 1=1 filler', 'SELECT count(*) FROM users WHERE 1=1 AND true');
q('an always-false WHERE 1=0 filler keeps the columns', 'SELECT id, email FROM users WHERE 1=0');
q('WHERE with a non-boolean fails with 42804', 'SELECT id FROM users WHERE score');
q('WHERE with a text literal true is a boolean', "SELECT count(*) FROM users WHERE 'true'");
q('WHERE with a null constant returns no rows', 'SELECT count(*) FROM users WHERE NULL');
q(
  'a boolean column compared with = true and IS TRUE',
  'SELECT count(*) FILTER (WHERE published = true) AS a, count(*) FILTER (WHERE published IS TRUE) AS b, count(*) FILTER (WHERE published) AS c FROM posts',
);
q(
  'AND and OR precedence',
  "SELECT id FROM users WHERE role = 'admin' OR role = 'user' AND score > 80 ORDER BY id",
);
p(
  'a filter over a date extracted from a timestamptz',
  "SELECT id FROM orders WHERE extract(month FROM placed_at AT TIME ZONE 'UTC') = $1 ORDER BY id",
  [3],
);
p(
  'a filter with a subquery that uses a parameter',
  'SELECT id FROM users WHERE id IN (SELECT user_id FROM orders WHERE amount > $1) ORDER BY id',
  [30],
);
p(
  'a filter with an EXISTS that uses a parameter',
  'SELECT id FROM posts p WHERE EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id AND c.user_id = $1) ORDER BY id',
  [1],
);
p(
  'a filter with a scalar subquery compared to a parameter',
  'SELECT id FROM users u WHERE (SELECT count(*) FROM orders o WHERE o.user_id = u.id) >= $1 ORDER BY id',
  [2],
);
q(
  'a tuple IN a subquery',
  "SELECT id FROM users WHERE (id, role) IN (SELECT author_id, 'admin' FROM posts) ORDER BY id",
);
q(
  'a scalar subquery with no rows is null',
  'SELECT id, (SELECT id FROM posts WHERE author_id = users.id AND false) AS v FROM users WHERE id = 1',
);
q(
  'a subquery in the select list with ORDER BY and LIMIT',
  'SELECT id, (SELECT title FROM posts WHERE author_id = users.id ORDER BY views DESC, id LIMIT 1) AS top FROM users ORDER BY id',
);
q('a scalar subquery with two columns fails with 42601', 'SELECT (SELECT id, email FROM users LIMIT 1)');
q('EXISTS with LIMIT 0 is false', 'SELECT EXISTS (SELECT 1 FROM users LIMIT 0) AS v');
q(
  'IN with a subquery returning duplicates does not duplicate rows',
  'SELECT id FROM users WHERE id IN (SELECT user_id FROM orders) ORDER BY id',
);
q(
  'a join that duplicates rows does',
  'SELECT u.id FROM users u JOIN orders o ON o.user_id = u.id ORDER BY u.id',
);
q('OFFSET without ORDER BY still counts rows', 'SELECT count(*) FROM (SELECT id FROM users OFFSET 2) t');
q(
  'LIMIT inside IN subquery',
  'SELECT id FROM users WHERE id IN (SELECT user_id FROM orders ORDER BY amount DESC LIMIT 2) ORDER BY id',
);
q('FOR UPDATE in a read locks and returns rows', 'SELECT id FROM users WHERE id = 1 FOR UPDATE');
q('FOR SHARE with an aggregate fails with 0A000', 'SELECT count(*) FROM users FOR SHARE');
q('FOR UPDATE with DISTINCT fails with 0A000', 'SELECT DISTINCT role FROM users FOR UPDATE');
q('FOR UPDATE OF a table not in FROM fails with 42P01', 'SELECT id FROM users FOR UPDATE OF posts');
q('TABLE command reads a whole table', 'TABLE comments ORDER BY id LIMIT 2');
q('VALUES as a top-level read', "VALUES (1, 'a'), (2, 'b') ORDER BY 1 DESC");
q('VALUES with mismatched row lengths fails with 42601', 'VALUES (1, 2), (3)');
q('SELECT without FROM', "SELECT 1 AS a, 'b' AS b, now() IS NOT NULL AS c");
q('SELECT with no columns returns rows without fields', 'SELECT FROM users WHERE id < 3');
q('SELECT INTO a new table is a write', 'SELECT id INTO TEMP t FROM users WHERE id < 3');

export default list.cases;
