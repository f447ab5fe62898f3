// Round 19 probe, numbers part 7: the same operators and functions over table columns and
// parameters (where an engine computes instead of folding constants): integer division and
// modulo signs, numeric scales of results, float output, rounding, aggregates and ordering.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 numbers: columns: ');
const T = `CREATE TABLE x (id int PRIMARY KEY, i int, s smallint, b bigint, n numeric, p numeric(6,2), r real, f float8);
INSERT INTO x VALUES
 (1, 7, 7, 7, 7.50, 7.5, 0.1, 0.1),
 (2, -7, -7, -7, -7.25, -7.25, -2.5, -2.5),
 (3, 2, 2, 2, 2, 2, 1.5, 1.5),
 (4, 0, 0, 0, 0.000, 0, 0, 0),
 (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (6, 2147483647, 32767, 9223372036854775807, 1e20, 9999.99, 3.4e38, 1e308);
INSERT INTO x VALUES (7, 3, -3, 3, 'NaN', 0.5, 'NaN', 'Infinity')`;
const q: Array<[string, string]> = [
  ['int division by 2', 'SELECT id, i / 2 AS v FROM x WHERE id < 6 ORDER BY id'],
  ['int division by -2', 'SELECT id, i / -2 AS v FROM x WHERE id < 6 ORDER BY id'],
  ['int modulo 4', 'SELECT id, i % 4 AS v FROM x WHERE id < 6 ORDER BY id'],
  ['int modulo -4', 'SELECT id, i % -4 AS v FROM x WHERE id < 6 ORDER BY id'],
  [
    'smallint division',
    'SELECT id, s / 2::smallint AS v, pg_typeof(s / 2::smallint) AS t FROM x WHERE id < 4 ORDER BY id',
  ],
  ['bigint division', 'SELECT id, b / 3 AS v FROM x ORDER BY id'],
  ['int division by column', 'SELECT id, 100 / i AS v FROM x WHERE id <> 4 ORDER BY id'],
  ['int division by zero column', 'SELECT 100 / i AS v FROM x WHERE id = 4'],
  ['numeric division by zero column', 'SELECT n / i AS v FROM x WHERE id = 4'],
  ['float division by zero column', 'SELECT f / i AS v FROM x WHERE id = 4'],
  ['int modulo zero column', 'SELECT 5 % i AS v FROM x WHERE id = 4'],
  ['numeric column scale', 'SELECT id, n, p FROM x ORDER BY id'],
  ['numeric plus int', 'SELECT id, n + i AS v FROM x ORDER BY id'],
  ['numeric times numeric scale', 'SELECT id, n * p AS v FROM x WHERE id < 5 ORDER BY id'],
  ['numeric division scale', 'SELECT id, n / 3 AS v FROM x ORDER BY id'],
  ['numeric(6,2) division', 'SELECT id, p / 3 AS v FROM x ORDER BY id'],
  ['int divided by numeric', 'SELECT id, i / 2.0 AS v FROM x ORDER BY id'],
  ['numeric modulo', 'SELECT id, n % 2 AS v FROM x ORDER BY id'],
  ['real column output', 'SELECT id, r FROM x ORDER BY id'],
  ['float column output', 'SELECT id, f FROM x ORDER BY id'],
  ['real times real', 'SELECT id, r * r AS v FROM x WHERE id < 5 ORDER BY id'],
  ['real to float8', 'SELECT id, r::float8 AS v FROM x WHERE id < 5 ORDER BY id'],
  ['real plus float', 'SELECT id, r + f AS v, pg_typeof(r + f) AS t FROM x WHERE id < 5 ORDER BY id'],
  ['real times numeric', 'SELECT id, r * n AS v FROM x WHERE id < 4 ORDER BY id'],
  ['float overflow column', 'SELECT f * 10 AS v FROM x WHERE id = 6'],
  ['real overflow column', 'SELECT r * 10 AS v FROM x WHERE id = 6'],
  ['int overflow column', 'SELECT i + 1 AS v FROM x WHERE id = 6'],
  ['smallint overflow column', 'SELECT s + 1::smallint AS v FROM x WHERE id = 6'],
  ['smallint plus int column', 'SELECT s + 1 AS v, pg_typeof(s + 1) AS t FROM x WHERE id = 6'],
  ['bigint overflow column', 'SELECT b * 2 AS v FROM x WHERE id = 6'],
  ['int times bigint column', 'SELECT i * b AS v FROM x WHERE id = 6'],
  [
    'round numeric column',
    'SELECT id, round(n) AS a, round(n, 1) AS b, round(p, -1) AS c FROM x ORDER BY id',
  ],
  ['round float column', 'SELECT id, round(f) AS v FROM x ORDER BY id'],
  ['round real column', 'SELECT id, round(r) AS v FROM x ORDER BY id'],
  ['trunc numeric column', 'SELECT id, trunc(n) AS a, trunc(n, 1) AS b FROM x ORDER BY id'],
  [
    'ceil floor columns',
    'SELECT id, ceil(n) AS a, floor(n) AS b, ceil(f) AS c, floor(f) AS d FROM x ORDER BY id',
  ],
  ['abs columns', 'SELECT id, abs(i) AS a, abs(n) AS b, abs(f) AS c FROM x WHERE id < 6 ORDER BY id'],
  ['abs smallint type', 'SELECT pg_typeof(abs(s)) AS t FROM x WHERE id = 1'],
  ['sign columns', 'SELECT id, sign(i) AS a, sign(n) AS b, sign(f) AS c FROM x ORDER BY id'],
  ['sqrt of negative column', 'SELECT sqrt(n) AS v FROM x WHERE id = 2'],
  ['sqrt of float columns', 'SELECT id, sqrt(f) AS v FROM x WHERE id IN (1, 3, 4) ORDER BY id'],
  ['ln of zero column', 'SELECT ln(n) AS v FROM x WHERE id = 4'],
  [
    'power columns',
    'SELECT id, power(i, 2) AS a, i ^ 2 AS b, power(n, 2) AS c FROM x WHERE id < 5 ORDER BY id',
  ],
  ['power int overflow', 'SELECT power(b, 2)::bigint AS v FROM x WHERE id = 6'],
  ['mod and div columns', 'SELECT id, mod(i, 3) AS a, div(n, 2) AS b FROM x WHERE id < 6 ORDER BY id'],
  ['cast numeric column to int', 'SELECT id, n::int AS v FROM x WHERE id < 6 ORDER BY id'],
  ['cast float column to int', 'SELECT id, f::int AS v, r::int AS w FROM x WHERE id < 5 ORDER BY id'],
  ['cast NaN column to int', 'SELECT n::int AS v FROM x WHERE id = 7'],
  ['cast big numeric to int', 'SELECT n::int AS v FROM x WHERE id = 6'],
  [
    'cast columns to text',
    'SELECT id, i::text AS a, n::text AS b, r::text AS c, f::text AS d FROM x ORDER BY id',
  ],
  [
    'sum avg columns',
    'SELECT sum(i) AS a, avg(i) AS b, sum(n) AS c, avg(n) AS d, sum(p) AS e, avg(p) AS f FROM x WHERE id < 6',
  ],
  ['sum float columns', 'SELECT sum(r) AS a, avg(r) AS b, sum(f) AS c, avg(f) AS d FROM x WHERE id < 6'],
  ['sum with NaN', 'SELECT sum(n) AS a, avg(f) AS b FROM x'],
  ['avg smallint', 'SELECT avg(s) AS a, pg_typeof(avg(s)) AS t FROM x WHERE id < 5'],
  ['sum bigint over limit', 'SELECT sum(b) AS v FROM x WHERE id IN (1, 6)'],
  ['sum int over limit', 'SELECT sum(i) AS v, pg_typeof(sum(i)) AS t FROM x WHERE id IN (1, 6)'],
  [
    'min max columns',
    'SELECT min(n) AS a, max(n) AS b, min(f) AS c, max(f) AS d, min(r) AS e, max(r) AS g FROM x',
  ],
  ['order by numeric with NaN', 'SELECT id, n FROM x ORDER BY n, id'],
  ['order by float desc', 'SELECT id, f FROM x ORDER BY f DESC, id'],
  ['order by real nulls first', 'SELECT id FROM x ORDER BY r NULLS FIRST, id'],
  ['where numeric equals int', 'SELECT id FROM x WHERE n = 2 ORDER BY id'],
  ['where numeric scales equal', 'SELECT id FROM x WHERE n = 7.5000 ORDER BY id'],
  ['where real equals literal', 'SELECT id FROM x WHERE r = 0.1 ORDER BY id'],
  ['where real equals real literal', 'SELECT id FROM x WHERE r = 0.1::real ORDER BY id'],
  ['where float equals literal', 'SELECT id FROM x WHERE f = 0.1 ORDER BY id'],
  ['where NaN equals NaN', "SELECT id FROM x WHERE n = 'NaN' ORDER BY id"],
  ['where float is infinity', "SELECT id FROM x WHERE f = 'Infinity' ORDER BY id"],
  ['where int between', 'SELECT id FROM x WHERE i BETWEEN -7 AND 3 ORDER BY id'],
  ['where int between symmetric', 'SELECT id FROM x WHERE i BETWEEN SYMMETRIC 3 AND -7 ORDER BY id'],
  ['where int not between symmetric', 'SELECT id FROM x WHERE i NOT BETWEEN SYMMETRIC 3 AND -7 ORDER BY id'],
  ['where distinct from null', 'SELECT id FROM x WHERE i IS DISTINCT FROM NULL ORDER BY id'],
  ['where not distinct from column', 'SELECT id FROM x WHERE i IS NOT DISTINCT FROM s ORDER BY id'],
  ['group by numeric scales', 'SELECT n::numeric(10,0) AS k, count(*) AS c FROM x GROUP BY 1 ORDER BY 1'],
  ['distinct real', 'SELECT DISTINCT r FROM x ORDER BY r'],
  [
    'bit operators on columns',
    'SELECT id, i & 3 AS a, i | 8 AS b, i # 1 AS c, ~i AS d, i << 1 AS e, i >> 1 AS f FROM x WHERE id < 6 ORDER BY id',
  ],
  ['shift overflow column', 'SELECT i << 1 AS v FROM x WHERE id = 6'],
  ['negate min column', 'SELECT -i AS v FROM x WHERE id = 2'],
  ['width_bucket over columns', 'SELECT id, width_bucket(f, 0, 2, 4) AS v FROM x WHERE id < 6 ORDER BY id'],
  ['gcd lcm over columns', 'SELECT id, gcd(i, 4) AS a, lcm(i, 4) AS b FROM x WHERE id < 6 ORDER BY id'],
  [
    'scale functions over columns',
    'SELECT id, scale(n) AS a, min_scale(n) AS b, trim_scale(n) AS c FROM x ORDER BY id',
  ],
  [
    'greatest over columns',
    'SELECT id, greatest(i, n, f) AS v, pg_typeof(greatest(i, n, f)) AS t FROM x ORDER BY id',
  ],
  ['coalesce numeric types', 'SELECT id, coalesce(n, i, 0) AS v FROM x ORDER BY id'],
  ['case mixing int and numeric', 'SELECT id, CASE WHEN id < 3 THEN i ELSE n END AS v FROM x ORDER BY id'],
  ['union int and numeric', 'SELECT i AS v FROM x WHERE id = 1 UNION ALL SELECT n FROM x WHERE id = 2'],
  ['union int and float', 'SELECT i AS v FROM x WHERE id = 1 UNION ALL SELECT f FROM x WHERE id = 2'],
  ['values int and numeric', 'SELECT v, pg_typeof(v) AS t FROM (VALUES (1), (2.5)) AS t(v) ORDER BY v'],
  ['update numeric(6,2) rounds', 'UPDATE x SET p = p / 3 WHERE id < 4 RETURNING id, p'],
  ['update numeric(6,2) overflow', 'UPDATE x SET p = p * 10 WHERE id = 6'],
  ['update int from numeric rounds', 'UPDATE x SET i = n WHERE id < 4 RETURNING id, i'],
  ['update smallint from float rounds', 'UPDATE x SET s = f * 5 WHERE id < 4 RETURNING id, s'],
  ['update real from numeric', 'UPDATE x SET r = n / 3 WHERE id < 4 RETURNING id, r'],
  [
    'insert numeric(6,2) rounding',
    "INSERT INTO x (id, p) VALUES (10, 1.005), (11, '2.675'), (12, 2.675::float8) RETURNING id, p",
  ],
  ['insert real from text', "INSERT INTO x (id, r) VALUES (10, '3.4028236e38')"],
  ['insert int from text with spaces', "INSERT INTO x (id, i) VALUES (10, ' 42 ') RETURNING i"],
  ['insert int from numeric text', "INSERT INTO x (id, i) VALUES (10, '4.2')"],
  [
    'default numeric expression',
    'CREATE TABLE y (a numeric(4,1) DEFAULT 1.25, b int DEFAULT 2.5); INSERT INTO y DEFAULT VALUES RETURNING *',
  ],
  ['check constraint numeric', 'CREATE TABLE y (a numeric CHECK (a > 0)); INSERT INTO y VALUES (0.0)'],
];
for (const [name, sql] of q) list.add(name, [sql], T);
// The same queries over a table of the types every engine stores (no real, no NaN or infinities).
const T2 = `CREATE TABLE x (id int PRIMARY KEY, i int, s smallint, b bigint, n numeric, p numeric(6,2), f float8);
INSERT INTO x VALUES (1, 7, 7, 7, 7.50, 7.5, 0.1), (2, -7, -7, -7, -7.25, -7.25, -2.5), (3, 2, 2, 2, 2, 2, 1.5);
INSERT INTO x VALUES (4, 0, 0, 0, 0.000, 0, 0), (5, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO x VALUES (6, 2147483647, 32767, 9007199254740991, '1e20', 9999.99, '1e308')`;
for (const [name, sql] of q) {
  if (/\br\b|NaN|Infinity/.test(sql)) continue;
  list.add(`plain table: ${name}`, [sql], T2);
}
list.params('parameter division int', 'SELECT id, i / $1::int AS v FROM x WHERE id < 5 ORDER BY id', [-2], T);
list.params('parameter int untyped compare', 'SELECT id FROM x WHERE i > $1 ORDER BY id', ['2'], T);
list.params('parameter numeric untyped compare', 'SELECT id FROM x WHERE n > $1 ORDER BY id', ['2.5'], T);
list.params('parameter int untyped bad', 'SELECT id FROM x WHERE i > $1 ORDER BY id', ['2.5'], T);
list.params('parameter float untyped compare', 'SELECT id FROM x WHERE f > $1 ORDER BY id', ['0.1'], T);
list.params('parameter into numeric(6,2)', 'UPDATE x SET p = $1 WHERE id = 1 RETURNING p', ['12.345'], T);
list.params(
  'parameter number into numeric(6,2)',
  'UPDATE x SET p = $1 WHERE id = 1 RETURNING p',
  [12.345],
  T,
);
list.params('parameter into smallint overflow', 'UPDATE x SET s = $1 WHERE id = 1', ['40000'], T);
list.params(
  'parameter into bigint big',
  'UPDATE x SET b = $1 WHERE id = 1 RETURNING b',
  ['9223372036854775806'],
  T,
);
list.params('parameter bigint as number', 'SELECT $1::bigint AS v', [9007199254740991]);
list.params('parameter round scale', 'SELECT id, round(n, $1) AS v FROM x WHERE id < 4 ORDER BY id', [1], T);
list.params('parameter limit numeric', 'SELECT id FROM x ORDER BY id LIMIT $1', ['2'], T);
list.add('limit with numeric literal', ['SELECT id FROM x ORDER BY id LIMIT 2.5'], T);
list.add('limit with negative', ['SELECT id FROM x ORDER BY id LIMIT -1'], T);
list.add('offset with float', ['SELECT id FROM x ORDER BY id OFFSET 1.5::float8'], T);
list.add('limit with huge', ['SELECT id FROM x ORDER BY id LIMIT 99999999999999999999'], T);
list.add('fetch first numeric rows', ['SELECT id FROM x ORDER BY id FETCH FIRST 1.5 ROWS ONLY'], T);

export default list.cases;
