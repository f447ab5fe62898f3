type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const U = `CREATE TABLE "Users" ("id" SERIAL PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" int, "score" numeric(10,2), "active" boolean NOT NULL DEFAULT true, "createdAt" timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00', "deletedAt" timestamptz);
INSERT INTO "Users" ("email", "name", "age", "score", "active") VALUES ('a@x.io','Ann',30,10.5,true),('b@x.io','bob',25,NULL,false),('c@x.io',NULL,NULL,3,true),('d@x.io','Dee',41,99.99,true),('e@x.io','eve',25,0,true);
CREATE TABLE "Posts" ("id" SERIAL PRIMARY KEY, "userId" int REFERENCES "Users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" bigint DEFAULT 0, "tags" text[] DEFAULT '{}');
INSERT INTO "Posts" ("userId", "title", "views", "tags") VALUES (1,'hello',10,'{a,b}'),(1,'again',5,'{b}'),(2,'bobs',0,'{}'),(4,'dee1',100,'{a}'),(4,'dee2',NULL,NULL);`;
export default [
  c('knex select star limit', U, {
    sql: 'select "Users".* from "Users" where "Users"."id" = $1 limit $2',
    params: [1, 1],
  }),
  c('prisma style findMany', U, {
    sql: 'SELECT "public"."Users"."id", "public"."Users"."email" FROM "public"."Users" WHERE ("public"."Users"."active" = $1 AND 1=1) ORDER BY "public"."Users"."id" ASC LIMIT $2 OFFSET $3',
    params: [true, 2, 1],
  }),
  c('typeorm alias style', U, {
    sql: 'SELECT "User"."id" AS "User_id", "User"."name" AS "User_name" FROM "Users" "User" WHERE "User"."id" IN ($1, $2) ORDER BY "User"."id"',
    params: [1, 3],
  }),
  c('sequelize insert default', U, {
    sql: 'INSERT INTO "Users" ("id","email","name","createdAt") VALUES (DEFAULT,$1,$2,$3) RETURNING "id","email","name","createdAt"',
    params: ['f@x.io', 'fay', '2024-01-01T00:00:00.000Z'],
  }),
  c('drizzle style where and is null', U, {
    sql: 'select "id", "name" from "Users" where ("Users"."age" = $1 and "Users"."deletedAt" is null) order by "Users"."name" desc',
    params: [25],
  }),
  c('kysely insert returning all', U, {
    sql: 'insert into "Posts" ("userId", "title") values ($1, $2) returning *',
    params: [3, 'new'],
  }),
  c('update coalesce param', U, {
    sql: 'UPDATE "Users" SET "name" = COALESCE($1, "name"), "age" = COALESCE($2, "age") WHERE "id" = $3 RETURNING "name", "age"',
    params: [null, 31, 1],
  }),
  c('any with empty array', U, { sql: 'SELECT count(*) FROM "Users" WHERE "id" = ANY($1)', params: [[]] }),
  c('any with int array param', U, {
    sql: 'SELECT "id" FROM "Users" WHERE "id" = ANY($1::int[]) ORDER BY "id"',
    params: [[2, 4]],
  }),
  c('not equal all array', U, {
    sql: 'SELECT "id" FROM "Users" WHERE "id" <> ALL($1::int[]) ORDER BY "id"',
    params: [[2, 4]],
  }),
  c('ilike param', U, {
    sql: 'SELECT "email" FROM "Users" WHERE "name" ILIKE $1 ORDER BY 1',
    params: ['%E%'],
  }),
  c('like with underscore', U, 'SELECT email FROM "Users" WHERE email LIKE \'_@x.io\' ORDER BY 1'),
  c('order by text mixed case', U, 'SELECT "name" FROM "Users" ORDER BY "name"'),
  c('order by text desc nulls', U, 'SELECT "name" FROM "Users" ORDER BY "name" DESC'),
  c('order by boolean', U, 'SELECT "id", "active" FROM "Users" ORDER BY "active", "id"'),
  c('order by numeric nulls last explicit', U, 'SELECT "id" FROM "Users" ORDER BY "score" DESC NULLS LAST'),
  c('count cast int', U, 'SELECT count(*)::int AS n FROM "Users"'),
  c('avg of int', U, 'SELECT avg("age") FROM "Users"'),
  c('avg of numeric', U, 'SELECT avg("score"), sum("score"), min("score"), max("score") FROM "Users"'),
  c('sum bigint', U, 'SELECT sum("views"), avg("views") FROM "Posts"'),
  c('sum int returns bigint', U, 'SELECT sum("age"), pg_typeof(sum("age")) FROM "Users"'),
  c('round avg', U, 'SELECT round(avg("age"), 2) FROM "Users"'),
  c(
    'group by join count',
    U,
    'SELECT u."id", u."name", count(p."id") AS "postCount" FROM "Users" u LEFT JOIN "Posts" p ON p."userId" = u."id" GROUP BY u."id" ORDER BY "postCount" DESC, u."id"',
  ),
  c(
    'group by join sum views coalesce',
    U,
    'SELECT u."id", coalesce(sum(p."views"), 0) AS v FROM "Users" u LEFT JOIN "Posts" p ON p."userId" = u."id" GROUP BY u."id" ORDER BY u."id"',
  ),
  c('pagination with total count over', U, {
    sql: 'SELECT "id", count(*) OVER() AS total FROM "Users" WHERE "active" ORDER BY "id" LIMIT $1 OFFSET $2',
    params: [2, 0],
  }),
  c(
    'exists subquery uncorrelated',
    U,
    'SELECT EXISTS(SELECT 1 FROM "Users" WHERE "email" = \'a@x.io\') AS "exists"',
  ),
  c(
    'scalar subquery in select',
    U,
    'SELECT "id", (SELECT count(*) FROM "Posts") AS total FROM "Users" ORDER BY "id" LIMIT 2',
  ),
  c(
    'in subquery',
    U,
    'SELECT "id" FROM "Users" WHERE "id" IN (SELECT "userId" FROM "Posts" WHERE "views" > 5) ORDER BY 1',
  ),
  c(
    'not in subquery with nulls in posts',
    U,
    `INSERT INTO "Posts" ("userId", "title") VALUES (NULL, 'orphan')`,
    'SELECT "id" FROM "Users" WHERE "id" NOT IN (SELECT "userId" FROM "Posts")',
  ),
  c(
    'not exists anti join',
    U,
    'SELECT "id" FROM "Users" u WHERE NOT EXISTS (SELECT 1 FROM "Posts" p WHERE p."userId" = u."id") ORDER BY 1',
  ),
  c(
    'left join anti',
    U,
    'SELECT u."id" FROM "Users" u LEFT JOIN "Posts" p ON p."userId" = u."id" WHERE p."id" IS NULL ORDER BY 1',
  ),
  c('distinct with order by', U, 'SELECT DISTINCT "age" FROM "Users" ORDER BY "age" DESC NULLS LAST'),
  c(
    'case expression select',
    U,
    'SELECT "id", CASE WHEN "age" IS NULL THEN \'unknown\' WHEN "age" < 30 THEN \'young\' ELSE \'old\' END AS band FROM "Users" ORDER BY "id"',
  ),
  c('nullif division', U, 'SELECT "id", 100 / NULLIF("age", 25) FROM "Users" ORDER BY "id"'),
  c(
    'concat with null',
    U,
    'SELECT "id", "name" || \'!\', concat("name", \'!\'), concat_ws(\'-\', "name", "age") FROM "Users" ORDER BY "id"',
  ),
  c('greatest least', U, 'SELECT greatest("age", 28), least("score", 5) FROM "Users" ORDER BY "id"'),
  c('limit zero', U, 'SELECT "id" FROM "Users" LIMIT 0'),
  c('offset without limit', U, 'SELECT "id" FROM "Users" ORDER BY "id" OFFSET 3'),
  c(
    'delete in subquery limit',
    U,
    'DELETE FROM "Posts" WHERE "id" IN (SELECT "id" FROM "Posts" ORDER BY "id" LIMIT 2) RETURNING "id"',
  ),
  c(
    'update where subquery order limit',
    U,
    'UPDATE "Posts" SET "views" = "views" + 1 WHERE "id" = (SELECT "id" FROM "Posts" ORDER BY "views" DESC NULLS LAST LIMIT 1) RETURNING "id", "views"',
  ),
  c('upsert updated now', U, {
    sql: 'INSERT INTO "Users" ("email", "name") VALUES ($1, $2) ON CONFLICT ("email") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "name"',
    params: ['a@x.io', 'ANN'],
  }),
  c('upsert do nothing returning empty', U, {
    sql: 'INSERT INTO "Users" ("email") VALUES ($1) ON CONFLICT DO NOTHING RETURNING "id"',
    params: ['a@x.io'],
  }),
  c('insert unique violation detail', U, {
    sql: 'INSERT INTO "Users" ("email") VALUES ($1)',
    params: ['b@x.io'],
  }),
  c('insert not null violation quoted', U, {
    sql: 'INSERT INTO "Users" ("name") VALUES ($1)',
    params: ['zed'],
  }),
  c('fk violation insert post', U, {
    sql: 'INSERT INTO "Posts" ("userId", "title") VALUES ($1, $2)',
    params: [99, 'x'],
  }),
  c('cascade delete user', U, 'DELETE FROM "Users" WHERE "id" = 4', 'SELECT count(*) FROM "Posts"'),
  c('varchar length violation', U, {
    sql: 'INSERT INTO "Users" ("email") VALUES ($1)',
    params: ['x'.repeat(256)],
  }),
  c('numeric overflow', U, {
    sql: 'INSERT INTO "Users" ("email", "score") VALUES ($1, $2)',
    params: ['n@x', '123456789.12'],
  }),
  c('numeric rounding on insert', U, {
    sql: 'INSERT INTO "Users" ("email", "score") VALUES ($1, $2) RETURNING "score"',
    params: ['n@x', '1.005'],
  }),
  c('int param as string', U, { sql: 'SELECT "id" FROM "Users" WHERE "id" = $1', params: ['2'] }),
  c('int param invalid string', U, { sql: 'SELECT "id" FROM "Users" WHERE "id" = $1', params: ['abc'] }),
  c('int param float string', U, { sql: 'SELECT "id" FROM "Users" WHERE "id" = $1', params: ['2.5'] }),
  c('bool param string', U, { sql: 'SELECT count(*) FROM "Users" WHERE "active" = $1', params: ['f'] }),
  c('timestamp param compare', U, {
    sql: 'SELECT count(*) FROM "Users" WHERE "createdAt" > $1',
    params: ['2000-01-01'],
  }),
  c('array contains', U, 'SELECT "id" FROM "Posts" WHERE "tags" @> ARRAY[\'a\'] ORDER BY 1'),
  c('array any element', U, 'SELECT "id" FROM "Posts" WHERE \'b\' = ANY("tags") ORDER BY 1'),
  c(
    'array length empty',
    U,
    'SELECT "id", array_length("tags", 1), cardinality("tags") FROM "Posts" ORDER BY 1',
  ),
  c('select quoted wrong case error', U, 'SELECT id FROM Users'),
  c('select unquoted column on quoted table', U, 'SELECT ID FROM "Users" ORDER BY 1 LIMIT 1'),
  c('select camel column unquoted error', U, 'SELECT createdAt FROM "Users"'),
  c(
    'returning quoted alias',
    U,
    'UPDATE "Users" SET "age" = "age" + 1 WHERE "id" = 1 RETURNING "age" AS "newAge"',
  ),
  c(
    'multiple statements simple protocol',
    U,
    'UPDATE "Users" SET "age" = 1 WHERE "id" = 1; SELECT "age" FROM "Users" WHERE "id" = 1',
  ),
  c('update returning rowcount multiple', U, 'UPDATE "Users" SET "active" = NOT "active" RETURNING "id"'),
  c('delete returning nothing', U, 'DELETE FROM "Users" WHERE false RETURNING *'),
  c(
    'insert select with order and limit',
    U,
    'CREATE TABLE top AS SELECT "id" FROM "Users" ORDER BY "age" DESC NULLS LAST LIMIT 2',
    'SELECT * FROM top ORDER BY 1',
  ),
  c('group by having count param', U, {
    sql: 'SELECT "userId", count(*) FROM "Posts" GROUP BY "userId" HAVING count(*) >= $1 ORDER BY 1',
    params: [2],
  }),
  c('min max text', U, 'SELECT min("name"), max("name") FROM "Users"'),
  c('count distinct lower', U, 'SELECT count(DISTINCT lower("name")) FROM "Users"'),
  c('order by lower', U, 'SELECT "name" FROM "Users" ORDER BY lower("name") NULLS FIRST'),
  c('order by two columns mixed', U, 'SELECT "id" FROM "Users" ORDER BY "age" ASC NULLS FIRST, "id" DESC'),
  c('where or with null', U, 'SELECT "id" FROM "Users" WHERE "age" > 26 OR "score" > 5 ORDER BY 1'),
  c('where not with null', U, 'SELECT "id" FROM "Users" WHERE NOT ("age" > 26) ORDER BY 1'),
  c('is distinct from', U, 'SELECT "id" FROM "Users" WHERE "age" IS DISTINCT FROM 25 ORDER BY 1'),
  c('between', U, 'SELECT "id" FROM "Users" WHERE "age" BETWEEN 25 AND 30 ORDER BY 1'),
  c('in list with text', U, 'SELECT "id" FROM "Users" WHERE "name" IN (\'Ann\', \'bob\') ORDER BY 1'),
  c(
    'join three tables',
    U,
    'CREATE TABLE "Comments" ("postId" int, "body" text); INSERT INTO "Comments" VALUES (1, \'nice\'), (1, \'ok\'), (4, \'wow\');',
    'SELECT u."name", p."title", c."body" FROM "Users" u JOIN "Posts" p ON p."userId" = u."id" JOIN "Comments" c ON c."postId" = p."id" ORDER BY 1, 2, 3',
  ),
  c(
    'right join posts',
    U,
    'SELECT u."id", p."id" FROM "Users" u RIGHT JOIN "Posts" p ON p."userId" = u."id" AND u."active" ORDER BY 2',
  ),
  c(
    'full join',
    U,
    'SELECT u."id", p."id" FROM "Users" u FULL JOIN "Posts" p ON p."userId" = u."id" ORDER BY 1 NULLS LAST, 2',
  ),
  c('cross join count', U, 'SELECT count(*) FROM "Users", "Posts"'),
  c(
    'union all two tables',
    U,
    'SELECT "name" AS label FROM "Users" WHERE "name" IS NOT NULL UNION ALL SELECT "title" FROM "Posts" ORDER BY 1',
  ),
  c(
    'union distinct count',
    U,
    'SELECT count(*) FROM (SELECT "age" FROM "Users" UNION SELECT "age" FROM "Users") s',
  ),
  c(
    'subquery alias columns',
    U,
    'SELECT s.a FROM (SELECT "age" FROM "Users") s(a) WHERE s.a IS NOT NULL ORDER BY 1',
  ),
  c(
    'cte with join',
    U,
    'WITH active AS (SELECT "id" FROM "Users" WHERE "active") SELECT p."title" FROM "Posts" p JOIN active a ON a."id" = p."userId" ORDER BY 1',
  ),
  c(
    'window row_number per user',
    U,
    'SELECT "id", "userId", row_number() OVER (PARTITION BY "userId" ORDER BY "views" DESC NULLS LAST) FROM "Posts" ORDER BY "id"',
  ),
  c(
    'latest per group distinct on',
    U,
    'SELECT DISTINCT ON ("userId") "userId", "id" FROM "Posts" ORDER BY "userId", "id" DESC',
  ),
  c('insert many params', U, {
    sql: 'INSERT INTO "Posts" ("userId", "title", "views") VALUES ($1, $2, $3), ($4, $5, $6) RETURNING "id", "views"',
    params: [1, 'p1', 1, 2, 'p2', '2'],
  }),
  c('insert bigint as string returns string', U, {
    sql: 'INSERT INTO "Posts" ("userId", "title", "views") VALUES (1, $1, $2) RETURNING "views"',
    params: ['big', '9007199254740993'],
  }),
  c('update set array param', U, {
    sql: 'UPDATE "Posts" SET "tags" = $1 WHERE "id" = 1 RETURNING "tags"',
    params: [['x', 'y']],
  }),
  c(
    'update append array',
    U,
    'UPDATE "Posts" SET "tags" = array_append("tags", \'z\') WHERE "id" IN (1, 5) RETURNING "id", "tags"',
  ),
  c(
    'delete using join',
    U,
    'DELETE FROM "Posts" p USING "Users" u WHERE u."id" = p."userId" AND NOT u."active" RETURNING p."id"',
  ),
  c(
    'update from join',
    U,
    'UPDATE "Posts" p SET "views" = 0 FROM "Users" u WHERE u."id" = p."userId" AND u."age" > 35 RETURNING p."id"',
  ),
  c(
    'soft delete',
    U,
    {
      sql: 'UPDATE "Users" SET "deletedAt" = $1 WHERE "id" = $2 AND "deletedAt" IS NULL',
      params: ['2024-01-01T00:00:00Z', 2],
    },
    'SELECT count(*) FROM "Users" WHERE "deletedAt" IS NULL',
  ),
  c(
    'transaction with returning then rollback',
    U,
    'BEGIN',
    'INSERT INTO "Users" ("email") VALUES (\'t@x\') RETURNING "id"',
    'ROLLBACK',
    'INSERT INTO "Users" ("email") VALUES (\'t@x\') RETURNING "id"',
  ),
  c('select for update', U, 'BEGIN', 'SELECT "id" FROM "Users" WHERE "id" = 1 FOR UPDATE', 'COMMIT'),
  c(
    'count filter',
    U,
    'SELECT count(*) FILTER (WHERE "active") AS a, count(*) FILTER (WHERE NOT "active") AS i FROM "Users"',
  ),
  c(
    'bool_or group',
    U,
    'SELECT "age", bool_or("active") FROM "Users" GROUP BY "age" ORDER BY "age" NULLS FIRST',
  ),
  c('string_agg order', U, 'SELECT string_agg("email", \',\' ORDER BY "email" DESC) FROM "Users"'),
  c(
    'array_agg order',
    U,
    'SELECT "userId", array_agg("id" ORDER BY "id") FROM "Posts" GROUP BY "userId" ORDER BY 1',
  ),
  c(
    'json_agg build object',
    U,
    'SELECT json_agg(json_build_object(\'id\', "id", \'t\', "title") ORDER BY "id") FROM "Posts" WHERE "userId" = 1',
  ),
  c(
    'order by column position and alias mix',
    U,
    'SELECT "age" AS a, "id" FROM "Users" ORDER BY a NULLS FIRST, 2',
  ),
  c(
    'select distinct on with nulls',
    U,
    'SELECT DISTINCT ON ("age") "age", "id" FROM "Users" ORDER BY "age", "id"',
  ),
  c(
    'limit with ties param',
    U,
    'SELECT "id", "age" FROM "Users" ORDER BY "age" FETCH FIRST 2 ROWS WITH TIES',
  ),
  c(
    'where in empty subquery',
    U,
    'SELECT count(*) FROM "Users" WHERE "id" IN (SELECT "userId" FROM "Posts" WHERE false)',
  ),
  c('alias same as column in where', U, 'SELECT "age" + 1 AS "age" FROM "Users" WHERE "age" = 25 ORDER BY 1'),
  c(
    'group by alias equal to column',
    U,
    'SELECT coalesce("name", \'?\') AS "name", count(*) FROM "Users" GROUP BY "name" ORDER BY 1',
  ),
  c('order by alias equal to column expr', U, 'SELECT -"age" AS "age" FROM "Users" ORDER BY "age"'),
  c('having alias not allowed', U, 'SELECT "age", count(*) AS n FROM "Users" GROUP BY "age" HAVING n > 1'),
  c('group by nonexistent alias error', U, 'SELECT "age" AS a, count(*) FROM "Users" GROUP BY b'),
  c('order by ambiguous alias', U, 'SELECT "id" AS x, "age" AS x FROM "Users" ORDER BY x'),
  c('select same column twice', U, 'SELECT "id", "id" FROM "Users" ORDER BY 1 LIMIT 1'),
  c(
    'join duplicate column names',
    U,
    'SELECT * FROM "Users" u JOIN "Posts" p ON p."userId" = u."id" WHERE p."id" = 1',
  ),
];
