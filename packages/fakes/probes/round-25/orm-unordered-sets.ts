// Round 25: ORM reads that leave the order to the server (no ORDER BY): DISTINCT, GROUP BY, UNION,
// IN and EXISTS filters, joins and unordered aggregates over a few dozen rows, where 15's plan
// (hash or sort) decides the order a driver hands back.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const DATA = `CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, city text, age int, team int);
  CREATE TABLE posts (id serial PRIMARY KEY, user_id int NOT NULL, tag text, score int);
  INSERT INTO users (name, city, age, team)
    SELECT 'user' || g, CASE g % 6 WHEN 0 THEN 'Oslo' WHEN 1 THEN 'Lima' WHEN 2 THEN 'Rome' WHEN 3 THEN 'Kyiv' WHEN 4 THEN 'Pune' END, 20 + (g * 7) % 30, g % 5 FROM generate_series(1, 40) g;
  INSERT INTO posts (user_id, tag, score)
    SELECT (g * 13) % 40 + 1, CASE g % 5 WHEN 0 THEN 'sql' WHEN 1 THEN 'orm' WHEN 2 THEN 'pg' WHEN 3 THEN 'js' ELSE 'ts' END, (g * 17) % 23 FROM generate_series(1, 120) g;`;
const l = new ProbeCases('sets ');
const q = (name: string, sql: string, ...params: unknown[]) =>
  l.add(name, [params.length ? p(sql, ...params) : sql], DATA);

q('distinct city', 'SELECT DISTINCT city FROM users');
q('distinct age', 'SELECT DISTINCT age FROM users');
q('distinct two columns', 'SELECT DISTINCT city, team FROM users');
q('distinct tag', 'SELECT DISTINCT tag FROM posts');
q('group by city count', 'SELECT city, count(*) FROM users GROUP BY city');
q('group by team', 'SELECT team, avg(age)::int AS a FROM users GROUP BY team');
q('group by user posts', 'SELECT user_id, count(*) FROM posts GROUP BY user_id');
q('group by tag sum', 'SELECT tag, sum(score) FROM posts GROUP BY tag');
q('group by two', 'SELECT tag, score % 3 AS k, count(*) FROM posts GROUP BY tag, score % 3');
q('union cities', "SELECT city FROM users UNION SELECT 'Paris'");
q('union tags', 'SELECT tag FROM posts UNION SELECT city FROM users');
q('union ints', 'SELECT age FROM users UNION SELECT score FROM posts');
q('intersect', 'SELECT age FROM users INTERSECT SELECT score + 20 FROM posts');
q('except', 'SELECT age FROM users EXCEPT SELECT score + 20 FROM posts');
q('in subquery', "SELECT id, name FROM users WHERE id IN (SELECT user_id FROM posts WHERE tag = 'pg')");
q(
  'in subquery with param',
  'SELECT id FROM users WHERE id IN (SELECT user_id FROM posts WHERE score > $1)',
  15,
);
q(
  'exists',
  "SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id AND p.tag = 'orm')",
);
q('not exists', 'SELECT id FROM users u WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id)');
q('not in', 'SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM posts)');
q('join', "SELECT u.id, p.id FROM users u JOIN posts p ON p.user_id = u.id WHERE p.tag = 'js'");
q('join all', 'SELECT u.name, p.score FROM users u JOIN posts p ON p.user_id = u.id');
q('left join', 'SELECT u.id, p.id FROM users u LEFT JOIN posts p ON p.user_id = u.id AND p.score > 20');
q(
  'join group',
  'SELECT u.city, count(p.id) FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.city',
);
q(
  'join group by pk',
  'SELECT u.id, u.name, count(p.id) AS n FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id',
);
q('array_agg per user', 'SELECT user_id, array_agg(id) FROM posts GROUP BY user_id');
q(
  'array_agg tags per city',
  'SELECT u.city, array_agg(p.tag) FROM users u JOIN posts p ON p.user_id = u.id WHERE u.id < 8 GROUP BY u.city',
);
q('json_agg per user', 'SELECT user_id, json_agg(score) FROM posts WHERE user_id < 10 GROUP BY user_id');
q('string_agg per tag', "SELECT tag, string_agg(id::text, ',') FROM posts WHERE id < 30 GROUP BY tag");
q('array_agg distinct', 'SELECT array_agg(DISTINCT tag) FROM posts');
q('count distinct', 'SELECT count(DISTINCT tag), count(DISTINCT user_id) FROM posts');
q('where in list', 'SELECT id FROM users WHERE id IN (30, 2, 17, 5)');
q('where any array', 'SELECT id FROM users WHERE id = ANY($1::int[])', [30, 2, 17, 5]);
q(
  'typeorm relation no order',
  'SELECT "u"."id" AS "u_id", "p"."id" AS "p_id" FROM "users" "u" LEFT JOIN "posts" "p" ON "p"."user_id"="u"."id" WHERE "u"."id" IN ($1, $2, $3)',
  3,
  1,
  2,
);
q(
  'sequelize include no order',
  'SELECT "User"."id", "posts"."id" AS "posts.id" FROM "users" AS "User" LEFT OUTER JOIN "posts" AS "posts" ON "User"."id" = "posts"."user_id" WHERE "User"."team" = 1;',
);
q(
  'prisma relation lateral no order',
  `SELECT "t1"."id", "u_p"."__prisma_data__" AS "posts" FROM "public"."users" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t2"."id") AS "__prisma_data__" FROM "public"."posts" AS "t2" WHERE "t1"."id" = "t2"."user_id") AS "t3") AS "u_p" ON true WHERE "t1"."id" < 6`,
);
q(
  'prisma in filter many',
  'SELECT "public"."posts"."id" FROM "public"."posts" WHERE "public"."posts"."user_id" IN ($1,$2,$3,$4) OFFSET $5',
  1,
  14,
  27,
  40,
  0,
);
q('knex count group', 'select "tag", count("id") as "n" from "posts" group by "tag"');
q('mikroorm populate in', 'select "p0".* from "posts" as "p0" where "p0"."user_id" in ($1, $2)', 1, 14);
q('drizzle select distinct', 'select distinct "city" from "users"');
q(
  'drizzle select distinct on',
  'select distinct on ("users"."team") "users"."team", "users"."id" from "users"',
);
q('window no order', 'SELECT id, count(*) OVER (PARTITION BY team) FROM users');
q('window rank partition', 'SELECT id, rank() OVER (PARTITION BY city ORDER BY age) FROM users');
q('cte group', 'WITH c AS (SELECT tag, count(*) AS n FROM posts GROUP BY tag) SELECT * FROM c');
q('having', 'SELECT user_id FROM posts GROUP BY user_id HAVING count(*) > 3');
q('limit without order', 'SELECT id FROM posts WHERE score > 10 LIMIT 5');
q('offset without order', 'SELECT id FROM users OFFSET 35');

export default l.cases;
