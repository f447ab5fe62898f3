// Round 18 repository reads, part 2: joins of every kind (LATERAL, json aggregation of children),
// counts with GROUP BY/HAVING, reporting queries (date_trunc buckets, generate_series gaps,
// percentiles, ROLLUP/CUBE), window functions, CTEs used for reads (docs 7.2-7.8, 9.21-9.22).
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads b: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);

// ---------------------------------------------------------------- joins
q(
  'INNER JOIN drops posts without an author',
  'SELECT p.id, u.name FROM posts p JOIN users u ON u.id = p.author_id ORDER BY p.id',
);
q(
  'LEFT JOIN keeps posts without an author',
  'SELECT p.id, u.name FROM posts p LEFT JOIN users u ON u.id = p.author_id ORDER BY p.id',
);
q(
  'RIGHT JOIN keeps users without posts',
  'SELECT u.id, p.id AS post_id FROM posts p RIGHT JOIN users u ON u.id = p.author_id ORDER BY u.id, p.id',
);
q(
  'FULL JOIN keeps both sides',
  'SELECT u.id AS uid, p.id AS pid FROM users u FULL JOIN posts p ON u.id = p.author_id ORDER BY uid NULLS FIRST, pid',
);
q('CROSS JOIN counts the product', 'SELECT count(*) FROM users CROSS JOIN posts');
q(
  'JOIN USING merges the column',
  'SELECT id, email FROM users JOIN (SELECT author_id AS id, count(*) AS n FROM posts GROUP BY author_id) c USING (id) ORDER BY id',
);
q(
  'JOIN USING with an alias for the join',
  'SELECT j.id FROM users JOIN (SELECT author_id AS id FROM posts) p USING (id) AS j ORDER BY 1',
);
q(
  'NATURAL JOIN on shared column names',
  "SELECT * FROM (SELECT 1 AS id, 'a' AS x) a NATURAL JOIN (SELECT 1 AS id, 'b' AS y) b",
);
q(
  'LEFT JOIN with a filter in ON keeps the outer row',
  "SELECT u.id, o.id AS oid FROM users u LEFT JOIN orders o ON o.user_id = u.id AND o.status = 'pending' ORDER BY u.id",
);
q(
  'LEFT JOIN with a filter in WHERE drops the outer row',
  "SELECT u.id, o.id AS oid FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE o.status = 'pending' ORDER BY u.id",
);
q(
  'anti join via LEFT JOIN IS NULL',
  'SELECT u.id FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE o.id IS NULL ORDER BY u.id',
);
q(
  'self join for pairs',
  'SELECT a.id, b.id FROM users a JOIN users b ON a.score = b.score AND a.id < b.id ORDER BY 1, 2',
);
q(
  'three-way join',
  'SELECT c.id, p.title, u.email FROM comments c JOIN posts p ON p.id = c.post_id LEFT JOIN users u ON u.id = c.user_id ORDER BY c.id',
);
q(
  'an ambiguous column in a join fails with 42702',
  'SELECT id FROM users JOIN posts ON posts.author_id = users.id',
);
q('a missing FROM-clause entry fails with 42P01', 'SELECT users.id FROM users u');
q(
  'a table referenced in ON before being joined fails with 42P01',
  'SELECT 1 FROM users u JOIN posts p ON p.author_id = c.user_id JOIN comments c ON true',
);
q(
  'LATERAL subquery for the latest child row',
  'SELECT u.id, last.id AS last_order FROM users u LEFT JOIN LATERAL (SELECT id FROM orders o WHERE o.user_id = u.id ORDER BY placed_at DESC LIMIT 1) last ON true ORDER BY u.id',
);
q(
  'CROSS JOIN LATERAL drops rows without children',
  'SELECT u.id, top.amount FROM users u CROSS JOIN LATERAL (SELECT amount FROM orders o WHERE o.user_id = u.id ORDER BY amount DESC LIMIT 2) top ORDER BY u.id, top.amount DESC',
);
q(
  'a correlated subquery without LATERAL fails with 42P01',
  'SELECT u.id FROM users u, (SELECT id FROM orders o WHERE o.user_id = u.id) x',
);
q(
  'LATERAL over a set-returning function of the row',
  'SELECT u.id, t.tag FROM users u, LATERAL unnest(u.tags) AS t(tag) ORDER BY u.id, t.tag',
);
q(
  'unnest WITH ORDINALITY over an array column',
  'SELECT u.id, t.tag, t.n FROM users u CROSS JOIN LATERAL unnest(u.tags) WITH ORDINALITY AS t(tag, n) ORDER BY u.id, t.n',
);
q(
  'LEFT JOIN LATERAL unnest keeps empty arrays',
  'SELECT u.id, t.tag FROM users u LEFT JOIN LATERAL unnest(u.tags) AS t(tag) ON true ORDER BY u.id, t.tag',
);
q(
  'LATERAL with aggregation per row',
  'SELECT u.id, s.total, s.n FROM users u CROSS JOIN LATERAL (SELECT sum(amount) AS total, count(*) AS n FROM orders o WHERE o.user_id = u.id) s ORDER BY u.id',
);
q(
  'join on a VALUES list',
  "SELECT v.k, u.id FROM (VALUES ('admin', 1), ('user', 2)) AS v(k, rank) JOIN users u ON u.role = v.k ORDER BY v.rank, u.id",
);
q(
  'join on ANY of an array column',
  "SELECT u.id, x.v FROM users u JOIN (VALUES ('a'), ('c')) x(v) ON x.v = ANY(u.tags) ORDER BY 1, 2",
);
q(
  'join with a BETWEEN condition',
  "SELECT o.id, b.label FROM orders o JOIN (VALUES ('small', 0, 20), ('big', 20, 1000)) b(label, lo, hi) ON o.amount >= b.lo AND o.amount < b.hi ORDER BY o.id",
);

// ---------------------------------------------------------------- json aggregation of children
q(
  'json_agg of child rows',
  'SELECT u.id, (SELECT json_agg(p.title ORDER BY p.id) FROM posts p WHERE p.author_id = u.id) AS titles FROM users u ORDER BY u.id',
);
q('json_agg of no rows is null', 'SELECT json_agg(id) AS v FROM posts WHERE false');
q(
  "coalesce(json_agg, '[]') for empty children",
  "SELECT u.id, coalesce((SELECT json_agg(o.id ORDER BY o.id) FROM orders o WHERE o.user_id = u.id), '[]'::json) AS ids FROM users u ORDER BY u.id",
);
q(
  'jsonb_agg of jsonb_build_object per child',
  "SELECT u.id, (SELECT jsonb_agg(jsonb_build_object('id', o.id, 'amount', o.amount, 'status', o.status) ORDER BY o.placed_at) FROM orders o WHERE o.user_id = u.id) AS orders FROM users u WHERE u.id IN (1, 2) ORDER BY u.id",
);
q(
  'json_build_object keeps numeric scale and key order',
  "SELECT json_build_object('b', balance, 'a', id, 'n', name) AS v FROM users ORDER BY id",
);
q('jsonb_build_object sorts keys and dedups', "SELECT jsonb_build_object('b', 1, 'a', 2, 'b', 3) AS v");
q(
  'json_agg of whole rows',
  'SELECT json_agg(o ORDER BY o.id) AS v FROM (SELECT id, amount, placed_at FROM orders WHERE user_id = 1) o',
);
q(
  'row_to_json of a row with a timestamptz',
  'SELECT row_to_json(u) AS v FROM (SELECT id, created_at, balance, tags FROM users WHERE id = 1) u',
);
q(
  'to_json of a timestamptz uses ISO with offset',
  'SELECT to_json(created_at) AS v, to_jsonb(created_at) AS b FROM users WHERE id = 4',
);
q(
  'json_agg with FILTER',
  "SELECT user_id, json_agg(id ORDER BY id) FILTER (WHERE status = 'paid') AS paid FROM orders WHERE user_id IS NOT NULL GROUP BY user_id ORDER BY user_id",
);
q(
  'array_agg with ORDER BY and FILTER',
  "SELECT user_id, array_agg(amount ORDER BY amount DESC) FILTER (WHERE status <> 'refunded') AS a FROM orders GROUP BY user_id ORDER BY user_id NULLS LAST",
);
q('array_agg of nulls keeps them', 'SELECT array_agg(score ORDER BY id) AS v FROM users');
q('array_agg DISTINCT', 'SELECT array_agg(DISTINCT role ORDER BY role) AS v FROM users');
q(
  'string_agg with ORDER BY',
  "SELECT string_agg(title, ', ' ORDER BY title) AS v FROM posts WHERE published",
);
q('string_agg skips null values', "SELECT string_agg(name, '|' ORDER BY id) AS v FROM users");
q(
  'json_object_agg of key value pairs',
  'SELECT json_object_agg(email, score ORDER BY id) AS v FROM users WHERE id < 4',
);
q(
  'jsonb_object_agg with a null key fails with 22004',
  'SELECT jsonb_object_agg(name, score) AS v FROM users',
);
q(
  'nested json: users with posts with comments',
  "SELECT u.id, coalesce(jsonb_agg(jsonb_build_object('post', p.id, 'comments', (SELECT coalesce(jsonb_agg(c.body ORDER BY c.id), '[]') FROM comments c WHERE c.post_id = p.id)) ORDER BY p.id) FILTER (WHERE p.id IS NOT NULL), '[]') AS posts FROM users u LEFT JOIN posts p ON p.author_id = u.id GROUP BY u.id ORDER BY u.id",
);
q(
  'Prisma-style relation join with LATERAL and jsonb_agg',
  `SELECT "t1"."id", "User_posts"."__prisma_data__" AS "posts" FROM "public"."users" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'title', "t3"."title") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."posts" AS "t2" WHERE "t1"."id" = "t2"."author_id") AS "t3" ORDER BY "t3"."id" ASC) AS "t4") AS "t5") AS "User_posts" ON true ORDER BY "t1"."id"`,
);
q(
  'Drizzle-style relational query with json_build_array',
  `select "users"."id", "users"."name", coalesce((select json_agg(json_build_array("users_posts"."id", "users_posts"."title")) from (select * from "posts" "users_posts" where "users_posts"."author_id" = "users"."id" order by "users_posts"."id") "users_posts"), '[]'::json) as "posts" from "users" order by "users"."id"`,
);
q(
  'Kysely-style jsonArrayFrom with to_json of a subquery row',
  `select "u"."id", (select coalesce(json_agg(agg), '[]') from (select "o"."id", "o"."amount" from "orders" as "o" where "o"."user_id" = "u"."id" order by "o"."id") as agg) as "orders" from "users" as "u" order by "u"."id"`,
);
q(
  'Kysely-style jsonObjectFrom',
  `select "p"."id", (select to_json(obj) from (select "u"."id", "u"."email" from "users" as "u" where "u"."id" = "p"."author_id") as obj) as "author" from "posts" as "p" order by "p"."id"`,
);
q(
  'json_agg output type is json and jsonb_agg is jsonb',
  'SELECT json_agg(1) AS j, jsonb_agg(1) AS b, array_agg(1) AS a',
);
q('jsonb_agg of numeric keeps trailing zeros', 'SELECT jsonb_agg(balance ORDER BY id) AS v FROM users');
q(
  'json_agg of text with quotes and unicode',
  "SELECT json_agg(x ORDER BY x) AS v FROM (VALUES ('a\"b'), ('é'), (E'tab\\t')) t(x)",
);
q('jsonb_build_object with a non-text key casts it', 'SELECT jsonb_build_object(1, 2, true, null) AS v');
q('json_build_object with an odd number of arguments fails with 22023', "SELECT json_build_object('a') AS v");
q(
  'jsonb_strip_nulls on aggregated objects',
  "SELECT jsonb_strip_nulls(jsonb_agg(jsonb_build_object('id', id, 'name', name) ORDER BY id)) AS v FROM users WHERE id IN (2, 3)",
);
q(
  'array_agg of arrays of the same length makes a 2-D array',
  'SELECT array_agg(ARRAY[id, score] ORDER BY id) AS v FROM users WHERE score IS NOT NULL',
);
q(
  'array_agg of arrays of different lengths fails with 2202E',
  'SELECT array_agg(tags) AS v FROM users WHERE tags IS NOT NULL',
);
q('array_to_json of an aggregated array', 'SELECT array_to_json(array_agg(id ORDER BY id)) AS v FROM users');

// ---------------------------------------------------------------- counts, GROUP BY, HAVING
q('count per group', 'SELECT role, count(*) FROM users GROUP BY role ORDER BY role');
q('count(*) has type bigint and comes back as a string', 'SELECT count(*) AS n FROM users');
q('count(column) skips nulls', 'SELECT count(name) AS named, count(*) AS all_rows FROM users');
q(
  'sum of int is bigint, sum of numeric is numeric',
  'SELECT sum(score) AS s, sum(balance) AS b, sum(big) AS big FROM users',
);
q('avg of int is numeric with 16 digits of scale', 'SELECT avg(score) AS a FROM users');
q('avg of numeric column', 'SELECT avg(amount) AS a FROM orders');
q('min and max of text use the collation', 'SELECT min(name) AS lo, max(name) AS hi FROM users');
q(
  'aggregates over no rows',
  'SELECT count(*) AS c, sum(amount) AS s, avg(amount) AS a, max(amount) AS m, bool_and(true) AS b FROM orders WHERE false',
);
q('GROUP BY over no rows returns no rows', 'SELECT status, count(*) FROM orders WHERE false GROUP BY status');
q(
  'HAVING on a count',
  'SELECT user_id, count(*) AS n FROM orders GROUP BY user_id HAVING count(*) > 1 ORDER BY user_id',
);
q(
  'HAVING with a sum threshold',
  'SELECT user_id, sum(amount) AS total FROM orders WHERE user_id IS NOT NULL GROUP BY user_id HAVING sum(amount) >= 50 ORDER BY total DESC',
);
p(
  'HAVING with a parameter',
  'SELECT user_id FROM orders GROUP BY user_id HAVING count(*) >= $1 ORDER BY user_id',
  [2],
);
q('HAVING without GROUP BY', 'SELECT count(*) AS n FROM orders HAVING count(*) > 5');
q('a column not grouped fails with 42803', 'SELECT role, name FROM users GROUP BY role');
q(
  'grouping by a primary key allows other columns',
  'SELECT u.id, u.email, count(o.id) AS n FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id ORDER BY u.id',
);
q(
  'GROUP BY an output column position',
  "SELECT date_trunc('month', placed_at AT TIME ZONE 'UTC') AS m, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q('GROUP BY an output alias', 'SELECT lower(role) AS r, count(*) FROM users GROUP BY r ORDER BY r');
q(
  'GROUP BY an expression and select it',
  'SELECT score / 10 AS bucket, count(*) FROM users GROUP BY score / 10 ORDER BY bucket NULLS FIRST',
);
q('an aggregate in WHERE fails with 42803', 'SELECT id FROM users WHERE count(*) > 1');
q('nested aggregates fail with 42803', 'SELECT sum(count(*)) FROM users');
q(
  'count with FILTER per status',
  "SELECT count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'refunded') AS refunded FROM orders",
);
q(
  'sum with CASE as a pivot',
  "SELECT user_id, sum(CASE WHEN status = 'paid' THEN amount ELSE 0 END) AS paid FROM orders GROUP BY user_id ORDER BY user_id NULLS FIRST",
);
q(
  'bool_or and bool_and per group',
  'SELECT author_id, bool_or(published) AS anyp, bool_and(published) AS allp, every(views > 0) AS ev FROM posts GROUP BY author_id ORDER BY author_id NULLS LAST',
);
q(
  'count distinct per group',
  'SELECT post_id, count(DISTINCT user_id) AS d, count(user_id) AS c FROM comments GROUP BY post_id ORDER BY post_id',
);
q(
  'GROUP BY with nulls groups them together',
  'SELECT score, count(*) FROM users GROUP BY score ORDER BY score NULLS FIRST',
);
q(
  'max of a timestamptz per group',
  'SELECT user_id, max(placed_at) AS last FROM orders GROUP BY user_id ORDER BY user_id NULLS LAST',
);
q(
  'ROLLUP totals per status and overall',
  'SELECT status, user_id, sum(amount) AS total FROM orders GROUP BY ROLLUP (status, user_id) ORDER BY status NULLS LAST, user_id NULLS LAST',
);
q(
  'CUBE over two columns',
  'SELECT role, score, count(*) FROM users GROUP BY CUBE (role, score) ORDER BY role NULLS LAST, score NULLS LAST',
);
q(
  'GROUPING SETS with GROUPING()',
  'SELECT status, grouping(status) AS g, count(*) FROM orders GROUP BY GROUPING SETS ((status), ()) ORDER BY g, status',
);
q(
  'ROLLUP with coalesce labels',
  "SELECT coalesce(status, 'TOTAL') AS status, sum(amount) AS total FROM orders GROUP BY ROLLUP (status) ORDER BY grouping(status), status",
);
q(
  'percentile_cont median',
  'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS median FROM orders',
);
q(
  'percentile_disc median',
  'SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY amount) AS median FROM orders',
);
q(
  'percentile_cont with an array of fractions',
  'SELECT percentile_cont(ARRAY[0.25, 0.5, 0.9]) WITHIN GROUP (ORDER BY amount) AS p FROM orders',
);
q(
  'percentile_cont per group',
  'SELECT status, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS med FROM orders GROUP BY status ORDER BY status',
);
q(
  'percentile with a fraction out of range fails with 22003',
  'SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amount) FROM orders',
);
q('mode() WITHIN GROUP', 'SELECT mode() WITHIN GROUP (ORDER BY score) AS m FROM users');
q(
  'stddev and variance of a numeric column',
  'SELECT round(stddev_samp(amount), 6) AS sd, round(var_pop(amount), 6) AS vp FROM orders',
);
q(
  'stddev of one row is null',
  'SELECT stddev(amount) AS sd, stddev_pop(amount) AS sp FROM orders WHERE id = 1',
);
q('corr and regr_slope over two columns', 'SELECT round(corr(score, balance)::numeric, 6) AS c FROM users');
q(
  'rank() as a hypothetical-set aggregate',
  'SELECT rank(50) WITHIN GROUP (ORDER BY amount) AS r, percent_rank(50) WITHIN GROUP (ORDER BY amount) AS pr FROM orders',
);

// ---------------------------------------------------------------- reporting: buckets and gaps
q(
  'date_trunc month buckets in UTC',
  "SELECT date_trunc('month', placed_at, 'UTC') AS m, count(*), sum(amount) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'date_trunc week buckets',
  "SELECT date_trunc('week', placed_at AT TIME ZONE 'UTC') AS w, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q('date_trunc day of a timestamp', "SELECT date_trunc('day', timestamp '2024-03-20 23:30:00') AS d");
q('date_trunc with an unknown unit fails with 22023', "SELECT date_trunc('fortnight', now())");
q(
  'generate_series of days filled with a LEFT JOIN',
  "SELECT d::date AS day, count(o.id) AS n FROM generate_series(timestamp '2024-03-04', timestamp '2024-03-08', interval '1 day') d LEFT JOIN orders o ON (o.placed_at AT TIME ZONE 'UTC')::date = d::date GROUP BY d ORDER BY d",
);
q(
  'generate_series of months with coalesce of sums',
  "SELECT to_char(m, 'YYYY-MM') AS month, coalesce(sum(o.amount), 0) AS total FROM generate_series(date '2024-01-01', date '2024-05-01', interval '1 month') m LEFT JOIN orders o ON date_trunc('month', o.placed_at AT TIME ZONE 'UTC') = m GROUP BY m ORDER BY m",
);
q(
  'generate_series of timestamptz with a step',
  "SELECT count(*) FROM generate_series('2024-01-01 00:00+00'::timestamptz, '2024-01-02 00:00+00'::timestamptz, '1 hour')",
);
q('generate_series of ints with a negative step', 'SELECT * FROM generate_series(5, 1, -2) AS g');
q('generate_series with a zero step fails with 22023', 'SELECT * FROM generate_series(1, 5, 0)');
q('generate_series of numerics', 'SELECT * FROM generate_series(0.5, 2, 0.5) AS g');
p(
  'generate_series with parameter bounds',
  'SELECT count(*) FROM generate_series($1::date, $2::date, $3::interval) g',
  ['2024-01-01', '2024-12-31', '1 week'],
);
q(
  'a cumulative sum report by month',
  "SELECT m, total, sum(total) OVER (ORDER BY m) AS running FROM (SELECT date_trunc('month', placed_at AT TIME ZONE 'UTC') AS m, sum(amount) AS total FROM orders GROUP BY 1) t ORDER BY m",
);
q(
  'month-over-month change with lag',
  "SELECT m, total, total - lag(total) OVER (ORDER BY m) AS delta FROM (SELECT date_trunc('month', placed_at AT TIME ZONE 'UTC') AS m, sum(amount) AS total FROM orders GROUP BY 1) t ORDER BY m",
);
q(
  'share of total with a window sum',
  'SELECT status, sum(amount) AS s, round(100.0 * sum(amount) / sum(sum(amount)) OVER (), 2) AS pct FROM orders GROUP BY status ORDER BY status',
);
q(
  'extract dow and hour histogram',
  "SELECT extract(dow FROM placed_at AT TIME ZONE 'UTC') AS dow, count(*) FROM orders GROUP BY 1 ORDER BY 1",
);
q(
  'width_bucket for a histogram',
  'SELECT width_bucket(amount, 0, 100, 4) AS b, count(*) FROM orders GROUP BY 1 ORDER BY 1',
);
q(
  'round of an avg for display',
  'SELECT round(avg(amount), 2) AS a, round(avg(amount)) AS r, trunc(avg(amount), 1) AS t FROM orders',
);
q(
  'a division by zero in a report fails with 22012',
  'SELECT sum(amount) / count(*) FILTER (WHERE false) FROM orders',
);
q(
  'nullif protects a division',
  'SELECT sum(amount) / nullif(count(*) FILTER (WHERE false), 0) AS v FROM orders',
);
q('integer division truncates', 'SELECT 7 / 2 AS a, -7 / 2 AS b, 7 % 3 AS c, -7 % 3 AS d, 7.0 / 2 AS e');

// ---------------------------------------------------------------- window functions
q(
  'row_number over a partition',
  'SELECT id, user_id, row_number() OVER (PARTITION BY user_id ORDER BY placed_at) AS rn FROM orders ORDER BY id',
);
q(
  'rank and dense_rank with ties',
  'SELECT id, score, rank() OVER (ORDER BY score DESC NULLS LAST) AS r, dense_rank() OVER (ORDER BY score DESC NULLS LAST) AS dr FROM users ORDER BY id',
);
q(
  'top-n per group via row_number in a subquery',
  'SELECT * FROM (SELECT id, user_id, amount, row_number() OVER (PARTITION BY user_id ORDER BY amount DESC) AS rn FROM orders) t WHERE rn <= 1 ORDER BY user_id NULLS LAST',
);
q('a window function in WHERE fails with 42P20', 'SELECT id FROM orders WHERE row_number() OVER () = 1');
q(
  'running total with the default frame includes peers',
  'SELECT id, views, sum(views) OVER (ORDER BY views) AS run FROM posts ORDER BY id',
);
q(
  'running total with ROWS frame',
  'SELECT id, views, sum(views) OVER (ORDER BY views, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run FROM posts ORDER BY id',
);
q(
  'moving average over 3 rows',
  'SELECT id, amount, round(avg(amount) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS ma FROM orders ORDER BY id',
);
q(
  'RANGE frame with an interval offset',
  "SELECT id, sum(amount) OVER (ORDER BY placed_at RANGE BETWEEN interval '7 days' PRECEDING AND CURRENT ROW) AS wk FROM orders ORDER BY id",
);
q(
  'GROUPS frame',
  'SELECT id, views, count(*) OVER (ORDER BY views GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM posts ORDER BY id',
);
q(
  'frame EXCLUDE CURRENT ROW',
  'SELECT id, sum(views) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) AS others FROM posts ORDER BY id',
);
q(
  'lag and lead with defaults',
  'SELECT id, lag(id, 1, 0) OVER (ORDER BY id) AS prev, lead(id, 2) OVER (ORDER BY id) AS next2 FROM users ORDER BY id',
);
q(
  'first_value last_value nth_value',
  'SELECT id, first_value(id) OVER w AS f, last_value(id) OVER w AS l, nth_value(id, 2) OVER w AS n2 FROM users WINDOW w AS (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id',
);
q(
  'last_value with the default frame is the current peer group end',
  'SELECT id, score, last_value(id) OVER (ORDER BY score) AS l FROM users ORDER BY id',
);
q('ntile into 3 buckets', 'SELECT id, ntile(3) OVER (ORDER BY id) AS t FROM users ORDER BY id');
q(
  'percent_rank and cume_dist',
  'SELECT id, percent_rank() OVER (ORDER BY amount) AS pr, cume_dist() OVER (ORDER BY amount) AS cd FROM orders ORDER BY id',
);
q(
  'a named WINDOW clause reused',
  'SELECT id, count(*) OVER w AS c, sum(amount) OVER w AS s FROM orders WINDOW w AS (PARTITION BY status) ORDER BY id',
);
q(
  'a window extending a named window with ORDER BY',
  'SELECT id, sum(amount) OVER (w ORDER BY id) AS s FROM orders WINDOW w AS (PARTITION BY status) ORDER BY id',
);
q(
  'aggregate with FILTER over a window',
  "SELECT id, count(*) FILTER (WHERE status = 'paid') OVER (ORDER BY id) AS paid_so_far FROM orders ORDER BY id",
);
q(
  'window over an aggregate of a grouped query',
  'SELECT user_id, count(*) AS n, rank() OVER (ORDER BY count(*) DESC) AS r FROM orders GROUP BY user_id ORDER BY r, user_id NULLS LAST',
);
q('ntile with zero fails with 22014', 'SELECT ntile(0) OVER () FROM users');
q(
  'lag with a negative offset looks ahead',
  'SELECT id, lag(id, -1) OVER (ORDER BY id) AS v FROM users ORDER BY id',
);
q('nth_value with zero fails with 22016', 'SELECT nth_value(id, 0) OVER () FROM users');
q(
  'row_number type is bigint',
  'SELECT row_number() OVER () AS rn, rank() OVER () AS r, percent_rank() OVER () AS pr, ntile(2) OVER () AS nt FROM users LIMIT 1',
);
q('a window name that does not exist fails with 42704', 'SELECT count(*) OVER nope FROM users');
q('DISTINCT in a window aggregate fails with 0A000', 'SELECT count(DISTINCT role) OVER () FROM users');

// ---------------------------------------------------------------- CTEs for reads
q(
  'a CTE filtered twice',
  "WITH paid AS (SELECT * FROM orders WHERE status = 'paid') SELECT (SELECT count(*) FROM paid) AS n, (SELECT sum(amount) FROM paid) AS s",
);
q(
  'chained CTEs',
  'WITH a AS (SELECT user_id, sum(amount) AS t FROM orders GROUP BY user_id), b AS (SELECT * FROM a WHERE t > 20) SELECT u.email, b.t FROM b JOIN users u ON u.id = b.user_id ORDER BY b.t DESC',
);
q(
  'a recursive CTE counting',
  'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT sum(i) AS s, count(*) AS c FROM n',
);
q(
  'a recursive CTE over a tree',
  'WITH RECURSIVE tree AS (SELECT id, parent, name, 1 AS depth FROM cats WHERE parent IS NULL UNION ALL SELECT c.id, c.parent, c.name, t.depth + 1 FROM cats c JOIN tree t ON c.parent = t.id) SELECT * FROM tree ORDER BY depth, id',
  `${SHOP} CREATE TABLE cats (id int PRIMARY KEY, parent int, name text); INSERT INTO cats VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1');`,
);
q(
  'a recursive CTE with a path array and cycle guard',
  'WITH RECURSIVE walk AS (SELECT id, ARRAY[id] AS path FROM cats WHERE id = 1 UNION ALL SELECT c.id, w.path || c.id FROM cats c JOIN walk w ON c.parent = w.id WHERE NOT c.id = ANY(w.path)) SELECT id, path FROM walk ORDER BY id',
  `${SHOP} CREATE TABLE cats (id int PRIMARY KEY, parent int, name text); INSERT INTO cats VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1');`,
);
q(
  'SEARCH DEPTH FIRST BY in a recursive CTE',
  'WITH RECURSIVE t(id) AS (SELECT id FROM cats WHERE parent IS NULL UNION ALL SELECT c.id FROM cats c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t ORDER BY ord',
  `${SHOP} CREATE TABLE cats (id int PRIMARY KEY, parent int, name text); INSERT INTO cats VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1');`,
);
q(
  'CYCLE clause marks a cycle',
  'WITH RECURSIVE t(id) AS (SELECT 1 UNION ALL SELECT CASE WHEN id = 3 THEN 1 ELSE id + 1 END FROM t) CYCLE id SET is_cycle USING path SELECT id, is_cycle FROM t ORDER BY path',
);
q(
  'a MATERIALIZED CTE',
  'WITH m AS MATERIALIZED (SELECT id FROM users WHERE score > 70) SELECT count(*) FROM m',
);
q(
  'a NOT MATERIALIZED CTE',
  'WITH m AS NOT MATERIALIZED (SELECT id FROM users WHERE score > 70) SELECT id FROM m ORDER BY id',
);
q(
  'a CTE with column aliases',
  'WITH t(a, b) AS (SELECT id, email FROM users WHERE id = 1) SELECT a, b FROM t',
);
q(
  'a CTE with too many column aliases fails with 42P10',
  'WITH t(a, b, c) AS (SELECT id, email FROM users) SELECT * FROM t',
);
q(
  'a CTE name reused in the same WITH fails with 42712',
  'WITH t AS (SELECT 1), t AS (SELECT 2) SELECT * FROM t',
);
q(
  'a recursive reference without RECURSIVE fails with 42P01',
  'WITH t AS (SELECT 1 AS i UNION ALL SELECT i + 1 FROM t WHERE i < 3) SELECT * FROM t',
);
q(
  'recursive CTE with mismatched types fails with 42804',
  "WITH RECURSIVE t(i) AS (SELECT 1 UNION ALL SELECT i || 'x' FROM t WHERE length(i::text) < 3) SELECT * FROM t",
);
q('a CTE shadows a table', 'WITH users AS (SELECT 1 AS id) SELECT * FROM users');
p(
  'a CTE with a parameter used twice',
  'WITH params AS (SELECT $1::text AS role) SELECT u.id FROM users u, params WHERE u.role = params.role ORDER BY u.id',
  ['admin'],
);
q(
  'a data-modifying CTE read back in the same statement',
  "WITH moved AS (UPDATE orders SET status = 'archived' WHERE status = 'refunded' RETURNING id) SELECT count(*) FROM moved",
);
q(
  'UNION removes duplicates and UNION ALL keeps them',
  'SELECT (SELECT count(*) FROM (SELECT score FROM users UNION SELECT score FROM users) a) AS u, (SELECT count(*) FROM (SELECT score FROM users UNION ALL SELECT score FROM users) b) AS ua',
);
q(
  'INTERSECT and EXCEPT',
  'SELECT (SELECT array_agg(x ORDER BY x) FROM (SELECT author_id AS x FROM posts INTERSECT SELECT user_id FROM orders) a) AS i, (SELECT array_agg(x ORDER BY x) FROM (SELECT id AS x FROM users EXCEPT SELECT author_id FROM posts) b) AS e',
);
q('UNION of int and text fails with 42804', "SELECT 1 UNION SELECT 'a'::text");
q('UNION of int and unknown literal resolves to int', "SELECT 1 AS v UNION SELECT '2' ORDER BY v");
q('UNION of int and numeric resolves to numeric', 'SELECT 1 AS v UNION ALL SELECT 2.5 ORDER BY v');
q('UNION with different column counts fails with 42601', 'SELECT 1, 2 UNION SELECT 1');

export default list.cases;
