// Round 18 repository reads, part 6: plain reads with the small twists that decide their answer
// (nulls in join keys and in aggregates, mixed-type comparisons, empty inputs, duplicates,
// case and trailing spaces in keys), in the simple shapes repositories send most often.
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads f: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);

const KEYS = `${SHOP}
CREATE TABLE a (k int, v text);
CREATE TABLE b (k int, w text);
INSERT INTO a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull'), (2, 'a2bis');
INSERT INTO b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull');`;

q(
  'a join on a nullable key never matches nulls',
  'SELECT a.v, b.w FROM a JOIN b ON a.k = b.k ORDER BY a.v',
  KEYS,
);
q(
  'a join with IS NOT DISTINCT FROM matches nulls',
  'SELECT a.v, b.w FROM a JOIN b ON a.k IS NOT DISTINCT FROM b.k ORDER BY a.v',
  KEYS,
);
q(
  'a left join on a nullable key keeps null-key rows unmatched',
  'SELECT a.v, b.w FROM a LEFT JOIN b ON a.k = b.k ORDER BY a.v',
  KEYS,
);
q(
  'a full join on a nullable key',
  'SELECT a.v, b.w FROM a FULL JOIN b ON a.k = b.k ORDER BY a.v NULLS LAST, b.w',
  KEYS,
);
q(
  'a right join with a filter on the left side in ON',
  "SELECT a.v, b.w FROM a RIGHT JOIN b ON a.k = b.k AND a.v = 'a2' ORDER BY b.w",
  KEYS,
);
q('a join duplicates when keys repeat', 'SELECT count(*) FROM a JOIN a AS a2 ON a.k = a2.k', KEYS);
q('IN with a subquery on a nullable key', 'SELECT v FROM a WHERE k IN (SELECT k FROM b) ORDER BY v', KEYS);
q('NOT IN with a subquery holding a null', 'SELECT v FROM a WHERE k NOT IN (SELECT k FROM b)', KEYS);
q(
  'NOT EXISTS with a nullable key',
  'SELECT v FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.k = a.k) ORDER BY v',
  KEYS,
);
q('EXCEPT treats nulls as equal', 'SELECT k FROM a EXCEPT SELECT k FROM b ORDER BY k', KEYS);
q(
  'INTERSECT treats nulls as equal',
  'SELECT k FROM a INTERSECT SELECT k FROM b ORDER BY k NULLS FIRST',
  KEYS,
);
q('UNION treats nulls as equal', 'SELECT k FROM a UNION SELECT k FROM b ORDER BY k NULLS FIRST', KEYS);
q('EXCEPT ALL keeps duplicates', 'SELECT k FROM a EXCEPT ALL SELECT k FROM b ORDER BY k', KEYS);
q(
  'INTERSECT ALL',
  "SELECT k FROM a INTERSECT ALL SELECT k FROM a WHERE v <> 'a2' ORDER BY k NULLS LAST",
  KEYS,
);
q(
  'GROUP BY a nullable key',
  "SELECT k, count(*), string_agg(v, ',' ORDER BY v) FROM a GROUP BY k ORDER BY k NULLS FIRST",
  KEYS,
);
q(
  'count(k) and count(*) over nulls',
  'SELECT count(k) AS c, count(*) AS a, count(DISTINCT k) AS d FROM a',
  KEYS,
);
q('sum and avg skip nulls', 'SELECT sum(k) AS s, avg(k) AS a, min(k) AS mn, max(k) AS mx FROM a', KEYS);
q('max of text with nulls', 'SELECT max(v) AS mx, min(v) AS mn FROM a', KEYS);
q('ORDER BY a nullable int ascending and descending', 'SELECT k FROM a ORDER BY k DESC', KEYS);
q('DISTINCT over a nullable column', 'SELECT DISTINCT k FROM a ORDER BY k', KEYS);
q(
  'a correlated count per row with nulls',
  'SELECT v, (SELECT count(*) FROM b WHERE b.k = a.k) AS n FROM a ORDER BY v',
  KEYS,
);
q(
  'coalesce in a join condition',
  'SELECT a.v, b.w FROM a JOIN b ON coalesce(a.k, 0) = coalesce(b.k, 0) ORDER BY a.v',
  KEYS,
);
q('a comma join with a WHERE', 'SELECT a.v, b.w FROM a, b WHERE a.k = b.k ORDER BY a.v', KEYS);
q('a comma join without WHERE is a cross join', 'SELECT count(*) FROM a, b', KEYS);
q('a join on an inequality', 'SELECT a.v, b.w FROM a JOIN b ON a.k < b.k ORDER BY a.v, b.w', KEYS);
q('a join on a constant true', 'SELECT count(*) FROM a JOIN b ON true', KEYS);
q(
  'a join on an OR of keys',
  "SELECT a.v, b.w FROM a JOIN b ON a.k = b.k OR b.w = 'b3' ORDER BY a.v, b.w",
  KEYS,
);
q(
  'a left join then count of the right side',
  'SELECT a.v, count(b.k) AS n FROM a LEFT JOIN b ON a.k = b.k GROUP BY a.v ORDER BY a.v',
  KEYS,
);
q(
  'HAVING count of the right side zero',
  'SELECT a.v FROM a LEFT JOIN b ON a.k = b.k GROUP BY a.v HAVING count(b.k) = 0 ORDER BY a.v',
  KEYS,
);
q(
  'a subquery in FROM with a join',
  'SELECT x.v, b.w FROM (SELECT * FROM a WHERE k IS NOT NULL) x JOIN b USING (k) ORDER BY x.v',
  KEYS,
);

// ---------------------------------------------------------------- mixed-type comparisons
q('int column compared to a numeric literal', 'SELECT id FROM users WHERE score = 75.0 ORDER BY id');
q('int column compared to a fractional literal', 'SELECT id FROM users WHERE score < 75.5 ORDER BY id');
q('numeric column compared to an int', 'SELECT id FROM users WHERE balance > 10 ORDER BY id');
q(
  'bigint column compared to an int and a numeric',
  'SELECT id FROM users WHERE big > 0 AND big < 100.5 ORDER BY id',
);
q('int compared to a float literal', 'SELECT id FROM users WHERE score > 74.9e0 ORDER BY id');
q('text column compared to an int fails with 42883', 'SELECT id FROM users WHERE name = 1');
q('text column compared to an unknown literal digit', "SELECT id FROM users WHERE email = '1'");
q('int column compared to a quoted literal with spaces', "SELECT id FROM users WHERE id = ' 2'");
q('bool column compared to a quoted literal', "SELECT id FROM posts WHERE published = 'no' ORDER BY id");
q(
  'timestamptz column compared to a date literal string',
  "SELECT id FROM users WHERE created_at >= '2024-03-01' ORDER BY id",
);
q(
  'timestamptz column compared to a date value',
  "SELECT id FROM users WHERE created_at >= date '2024-03-01' ORDER BY id",
);
q(
  'timestamptz column compared to a timestamp value',
  "SELECT id FROM users WHERE created_at < timestamp '2024-01-03 09:30:00' ORDER BY id",
);
q(
  'a date cast of a timestamptz in a filter',
  "SELECT id FROM users WHERE created_at::date = '2024-02-15' ORDER BY id",
);
q('numeric equality ignores trailing zeros', 'SELECT 1.10 = 1.1 AS a, 1.10::text AS b, 0.00 = 0 AS c');
q(
  'numeric DISTINCT ignores trailing zeros but keeps the first form',
  'SELECT count(DISTINCT x) AS n FROM (VALUES (1.0), (1.00), (1)) t(x)',
);
q('float equality of 0.1 + 0.2', 'SELECT 0.1::float8 + 0.2::float8 = 0.3::float8 AS f, 0.1 + 0.2 = 0.3 AS n');
q('-0 equals 0', "SELECT '-0'::float8 = 0 AS a, '-0'::numeric AS b, '-0'::float8 AS c");
q(
  'NaN equals NaN and sorts last',
  "SELECT x FROM (VALUES ('NaN'::float8), (1), ('Infinity')) t(x) ORDER BY x",
);
q('varchar compared to text', "SELECT 'a'::varchar(3) = 'a'::text AS a, 'a '::varchar = 'a' AS b");
q('a boolean ORDER BY with nulls', 'SELECT x FROM (VALUES (true), (NULL), (false)) t(x) ORDER BY x');
q('max and min of booleans fail with 42883', 'SELECT max(published) FROM posts');
q('bool_and of no rows is null', 'SELECT bool_and(published) AS v FROM posts WHERE false');
q('sum of booleans cast to int', 'SELECT sum(published::int) AS v FROM posts');
q('count of a boolean expression counts non-null', 'SELECT count(published OR NULL) AS v FROM posts');

// ---------------------------------------------------------------- keys with case and spaces
p('an email lookup with different case misses', 'SELECT count(*) FROM users WHERE email = $1', [
  'Bob@Example.com',
]);
p('an email lookup with trailing space misses', 'SELECT count(*) FROM users WHERE email = $1', [
  'bob@example.com ',
]);
p('an email lookup with trim hits', 'SELECT count(*) FROM users WHERE email = trim($1)', [
  '  bob@example.com ',
]);
p('an email lookup with lower on both sides hits', 'SELECT id FROM users WHERE lower(email) = lower($1)', [
  'Bob@Example.COM',
]);
p(
  'an ILIKE lookup without wildcards is case-insensitive equality',
  'SELECT id FROM users WHERE email ILIKE $1',
  ['BOB@EXAMPLE.COM'],
);
p(
  'an ILIKE lookup with an underscore in the data needs escaping',
  'SELECT id FROM users WHERE email ILIKE $1 ORDER BY id',
  ['eve_100%'],
);
p('upper on accented text', 'SELECT upper(name) AS v FROM users WHERE id = $1', [6]);
p('lower on accented text', 'SELECT lower($1) AS v', ['ÉMILE ÄÖÜ']);
p('initcap on mixed text', 'SELECT initcap($1) AS v', ['hello wORLD-foo bar_baz']);
p('a text parameter with a NUL character fails with 22021', 'SELECT $1::text AS v', ['a\u0000b']);
p(
  'a text parameter with emoji keeps its length in characters',
  'SELECT length($1) AS l, octet_length($1) AS o',
  ['a😀b'],
);
p('a text parameter with a lone surrogate becomes a replacement', 'SELECT length($1) AS l', ['a\ud800b']);

// ---------------------------------------------------------------- empty tables and empty results
const EMPTY = 'CREATE TABLE e (id int PRIMARY KEY, v text, n numeric, t timestamptz)';
q('a read of an empty table', 'SELECT * FROM e', EMPTY);
q(
  'aggregates over an empty table',
  "SELECT count(*) AS c, count(v) AS cv, sum(n) AS s, avg(n) AS a, min(t) AS mn, max(v) AS mx, string_agg(v, ',') AS sa, array_agg(id) AS aa, json_agg(v) AS ja, bool_or(true) AS bo FROM e",
  EMPTY,
);
q('GROUP BY over an empty table', 'SELECT v, count(*) FROM e GROUP BY v', EMPTY);
q('a window over an empty table', 'SELECT id, row_number() OVER () FROM e', EMPTY);
q(
  'a left join from an empty table',
  'SELECT * FROM e LEFT JOIN users ON users.id = e.id',
  `${SHOP} ${EMPTY}`,
);
q(
  'a left join to an empty table',
  'SELECT users.id, e.v FROM users LEFT JOIN e ON users.id = e.id ORDER BY users.id',
  `${SHOP} ${EMPTY}`,
);
q('a scalar subquery on an empty table is null', 'SELECT (SELECT v FROM e) AS v', EMPTY);
q(
  'EXISTS on an empty table',
  'SELECT EXISTS (SELECT 1 FROM e) AS v, NOT EXISTS (SELECT 1 FROM e) AS w',
  EMPTY,
);
q(
  'IN on an empty subquery is false and NOT IN true',
  'SELECT 1 IN (SELECT id FROM e) AS a, 1 NOT IN (SELECT id FROM e) AS b, NULL::int IN (SELECT id FROM e) AS c, NULL::int NOT IN (SELECT id FROM e) AS d',
  EMPTY,
);
q(
  '= ANY over an empty subquery is false',
  'SELECT 1 = ANY (SELECT id FROM e) AS a, 1 = ALL (SELECT id FROM e) AS b',
  EMPTY,
);
q(
  'a count with GROUP BY () over an empty table returns one row',
  'SELECT count(*) FROM e GROUP BY ()',
  EMPTY,
);
q('HAVING over an empty table without GROUP BY', 'SELECT count(*) FROM e HAVING count(*) = 0', EMPTY);
q('LIMIT 0 over an empty table', 'SELECT * FROM e LIMIT 0', EMPTY);
q(
  'max(id) + 1 over an empty table is null, coalesced',
  'SELECT coalesce(max(id), 0) + 1 AS next FROM e',
  EMPTY,
);

// ---------------------------------------------------------------- ORDER BY tie-breaking and mixed directions
q(
  'ORDER BY two columns with mixed directions',
  'SELECT id, role, score FROM users ORDER BY role DESC, score ASC NULLS FIRST, id',
);
q(
  'ORDER BY an expression with nulls and coalesce',
  'SELECT id FROM users ORDER BY coalesce(score, -1) DESC, id',
);
q(
  'ORDER BY a CASE putting nulls in the middle',
  'SELECT id, score FROM users ORDER BY CASE WHEN score IS NULL THEN 80 ELSE score END, id',
);
q('ORDER BY length then text', 'SELECT email FROM users ORDER BY length(email), email');
q(
  'ORDER BY text containing punctuation under C.UTF-8',
  "SELECT x FROM (VALUES ('a-b'), ('a b'), ('ab'), ('a_b'), ('A-B'), ('a.b')) t(x) ORDER BY x",
);
q(
  'ORDER BY text containing accented letters under C.UTF-8',
  "SELECT x FROM (VALUES ('é'), ('e'), ('f'), ('E'), ('z'), ('ä')) t(x) ORDER BY x",
);
q(
  'ORDER BY a numeric with many scales',
  'SELECT x FROM (VALUES (1.10), (1.1), (1.05), (-0.5), (10)) t(x) ORDER BY x, x::text',
);
q(
  'ORDER BY a timestamptz with equal instants',
  "SELECT x FROM (VALUES ('2024-01-01 00:00+00'::timestamptz), ('2024-01-01 01:00+01'), ('2023-12-31 23:59:59+00')) t(x) ORDER BY x",
);
q(
  'ORDER BY a bigint near the limits',
  'SELECT x FROM (VALUES (9223372036854775807), (-9223372036854775808), (0)) t(x) ORDER BY x',
);
q(
  'ORDER BY an uuid',
  "SELECT x FROM (VALUES ('ffffffff-0000-0000-0000-000000000000'::uuid), ('00000000-0000-0000-0000-00000000000a'), ('0000000a-0000-0000-0000-000000000000')) t(x) ORDER BY x",
);
q(
  'ORDER BY a jsonb value',
  "SELECT x FROM (VALUES ('null'::jsonb), ('1'), ('\"a\"'), ('true'), ('[]'), ('{}'), ('[1]'), ('{\"a\":1}')) t(x) ORDER BY x",
);
q(
  'ORDER BY an interval',
  "SELECT x FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '31 days'), (interval '1 day')) t(x) ORDER BY x",
);

export default list.cases;
