import { defineGroup } from '../sql-case.js';

/** Users, their posts and comments, with the column kinds ORMs map (quoted camelCase names, jsonb, text[], numeric, bigint, timestamptz). */
const QUERY_BUILDER_SCHEMA = `
  CREATE TABLE "users" ("id" text PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text,
    "role" text NOT NULL DEFAULT 'member', "active" boolean NOT NULL DEFAULT true,
    "createdAt" timestamptz NOT NULL DEFAULT '2026-01-01 00:00:00+00', "score" integer, "balance" numeric(12,2) DEFAULT 0,
    "meta" jsonb NOT NULL DEFAULT '{}'::jsonb, "tags" text[] NOT NULL DEFAULT '{}');
  CREATE TABLE "posts" ("id" serial PRIMARY KEY, "authorId" text NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
    "title" varchar(200) NOT NULL, "body" text, "published" boolean NOT NULL DEFAULT false,
    "views" bigint NOT NULL DEFAULT 0, "publishedAt" timestamptz);
  CREATE TABLE "comments" ("id" serial PRIMARY KEY, "postId" integer NOT NULL REFERENCES "posts"("id") ON DELETE CASCADE,
    "authorId" text REFERENCES "users"("id") ON DELETE SET NULL, "text" text NOT NULL, "createdAt" timestamptz NOT NULL DEFAULT '2026-02-01 00:00:00+00');
  CREATE INDEX "posts_authorId_idx" ON "posts" ("authorId");
  INSERT INTO "users" ("id","email","name","role","active","createdAt","score","balance","meta","tags") VALUES
    ('u1','ann@example.com','Ann','admin',true,'2026-01-02 10:00:00+00',10,100.50,'{"plan":"pro","limits":{"seats":5}}','{a,b}'),
    ('u2','bob@example.com','Bob','member',true,'2026-01-03 11:00:00+00',NULL,0,'{"plan":"free"}','{}'),
    ('u3','cy@example.com',NULL,'member',false,'2026-01-04 12:00:00+00',7,-3.25,'{}','{b}'),
    ('u4','di@example.com','Di','owner',true,'2026-01-05 13:00:00+00',10,12,'{"plan":"pro"}','{c,a}');
  INSERT INTO "posts" ("authorId","title","body","published","views","publishedAt") VALUES
    ('u1','Hello','first',true,10,'2026-01-10 00:00:00+00'),
    ('u1','Draft',NULL,false,0,NULL),
    ('u2','Bob''s post','text',true,5,'2026-01-11 00:00:00+00'),
    ('u4','Di one','x',true,100,'2026-01-12 00:00:00+00');
  INSERT INTO "comments" ("postId","authorId","text") VALUES (1,'u2','nice'),(1,'u3','+1'),(3,'u1','thanks'),(4,NULL,'anon');`;

/** A snake_case blog as Drizzle, Kysely and MikroORM map it (round 25). */
const ROUND25_BLOG = `
  CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, version int NOT NULL DEFAULT 1);
  CREATE TABLE posts (id serial PRIMARY KEY, content text NOT NULL, author_id int NOT NULL REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT '2024-02-01 10:00:00+00', views bigint NOT NULL DEFAULT 0, published_on date, price numeric(10,2));
  CREATE TABLE tags (post_id int NOT NULL REFERENCES posts(id), tag text NOT NULL, weight int NOT NULL, PRIMARY KEY (post_id, tag));
  INSERT INTO users (name) VALUES ('Ann'), ('Bob'), ('Cid');
  INSERT INTO posts (content, author_id, created_at, views, published_on, price) VALUES
    ('hello', 1, '2024-02-01 10:00:00+00', 10, '2024-02-01', 9.90),
    ('again', 1, '2024-02-02 11:30:15.123+00', 5, NULL, 0),
    ('bobs', 2, '2024-02-02 11:30:15.123+00', 0, '2024-02-29', NULL),
    ('late', 2, '2024-02-05 00:00:00+00', 9007199254740991, NULL, 100);
  INSERT INTO tags VALUES (1, 'a', 1), (2, 'b', 1);`;

/**
 * Statements as ORMs and query builders send them (Prisma, Drizzle, Kysely, TypeORM, knex, Sequelize,
 * node-pg by hand): schema-qualified quoted names, parameters for LIMIT and OFFSET, json_agg over
 * lateral joins, ON CONFLICT with EXCLUDED, ANY over array parameters, migrations' DDL.
 */
export const queryBuilderCases = defineGroup('query-builders', [
  {
    name: 'Prisma shape: findMany with select, where, orderBy, take, skip',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "public"."users"."id", "public"."users"."email", "public"."users"."name" FROM "public"."users" WHERE ("public"."users"."active" = $1 AND "public"."users"."role" IN ($2,$3)) ORDER BY "public"."users"."createdAt" DESC LIMIT $4 OFFSET $5',
        params: [true, 'member', 'admin', 2, 0],
      },
    ],
  },
  {
    name: 'Prisma shape: findUnique by unique email',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "public"."users"."id", "public"."users"."meta" FROM "public"."users" WHERE ("public"."users"."email" = $1 AND 1=1) LIMIT $2 OFFSET $3',
        params: ['bob@example.com', 1, 0],
      },
    ],
  },
  {
    name: 'Prisma shape: count aggregate',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."posts"."id" FROM "public"."posts" WHERE "public"."posts"."published" = $1 OFFSET $2) AS "sub"',
        params: [true, 0],
      },
    ],
  },
  {
    name: 'Prisma shape: include relation by IN list of parents',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "public"."posts"."id", "public"."posts"."title", "public"."posts"."authorId" FROM "public"."posts" WHERE "public"."posts"."authorId" IN ($1,$2,$3) OFFSET $4',
        params: ['u1', 'u2', 'u9', 0],
      },
    ],
  },
  {
    name: 'Prisma shape: contains insensitive',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE "public"."users"."email"::text ILIKE $1 ORDER BY "id" ASC',
        params: ['%EXAMPLE.com'],
      },
    ],
  },
  {
    name: 'Prisma shape: startsWith with LIKE and escaped wildcard',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE "public"."users"."email"::text LIKE $1 ORDER BY "id"',
        params: ['a\\_%'],
      },
    ],
  },
  {
    name: 'Prisma shape: json path filter',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE ("public"."users"."meta"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "id"',
        params: ['plan', '"pro"'],
      },
    ],
  },
  {
    name: 'Prisma shape: array has',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE $1 = ANY("public"."users"."tags") ORDER BY "id"',
        params: ['a'],
      },
    ],
  },
  {
    name: 'Prisma shape: array hasEvery',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE "public"."users"."tags" @> $1 ORDER BY "id"',
        params: [['a', 'b']],
      },
    ],
  },
  {
    name: 'Prisma shape: array hasSome',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE "public"."users"."tags" && $1 ORDER BY "id"',
        params: [['c', 'z']],
      },
    ],
  },
  {
    name: 'Prisma shape: array isEmpty',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE COALESCE(array_length("public"."users"."tags", 1), 0) = 0 ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'Prisma shape: create returning all scalar fields',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "public"."users" ("id","email","name") VALUES ($1,$2,$3) RETURNING "public"."users"."id", "public"."users"."email", "public"."users"."role", "public"."users"."active", "public"."users"."createdAt", "public"."users"."balance", "public"."users"."meta", "public"."users"."tags"',
        params: ['u5', 'eve@example.com', 'Eve'],
      },
    ],
  },
  {
    name: 'Prisma shape: update with increment',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "public"."posts" SET "views" = ("public"."posts"."views" + $1) WHERE ("public"."posts"."id" = $2 AND 1=1) RETURNING "public"."posts"."id", "public"."posts"."views"',
        params: [3, 1],
      },
    ],
  },
  {
    name: 'Prisma shape: updateMany returns a count',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "public"."users" SET "active" = $1 WHERE "public"."users"."role" = $2',
        params: [false, 'member'],
      },
      'SELECT id, active FROM users ORDER BY id',
    ],
  },
  {
    name: 'Prisma shape: deleteMany with NOT IN',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'DELETE FROM "public"."comments" WHERE "public"."comments"."id" NOT IN ($1,$2)',
        params: [1, 2],
      },
      'SELECT id FROM comments ORDER BY id',
    ],
  },
  {
    name: 'Prisma shape: groupBy with _sum and _count',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "public"."posts"."authorId", SUM("public"."posts"."views") AS "_sum_views", COUNT("public"."posts"."id") AS "_count_id" FROM "public"."posts" WHERE 1=1 GROUP BY "public"."posts"."authorId" ORDER BY "public"."posts"."authorId" ASC OFFSET $1',
        params: [0],
      },
    ],
  },
  {
    name: 'Prisma shape: aggregate avg/min/max',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT AVG("score") AS "_avg_score", MIN("score") AS "_min", MAX("createdAt") AS "_max", SUM("balance") AS "_sum" FROM (SELECT "public"."users"."score", "public"."users"."createdAt", "public"."users"."balance" FROM "public"."users" WHERE 1=1 OFFSET $1) AS "sub"',
        params: [0],
      },
    ],
  },
  {
    name: 'Prisma shape: upsert with ON CONFLICT and EXCLUDED',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "public"."users" ("id","email","name") VALUES ($1,$2,$3) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "public"."users"."id", "public"."users"."name", (xmax = 0) AS "inserted"',
        params: ['u1', 'ann@example.com', 'Annie'],
      },
    ],
  },
  {
    name: 'Prisma shape: cursor pagination with row comparison',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id","createdAt" FROM "public"."users" WHERE ("createdAt", "id") > ($1::timestamptz, $2) ORDER BY "createdAt", "id" LIMIT $3',
        params: ['2026-01-03 11:00:00+00', 'u2', 10],
      },
    ],
  },
  {
    name: 'Prisma shape: null filter',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE ("public"."users"."name" IS NULL OR "public"."users"."score" IS NOT NULL) ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'Prisma shape: decimal param compare',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "public"."users" WHERE "balance" >= $1 ORDER BY "id"', params: ['12'] }],
  },
  {
    name: 'Prisma shape: bigint param',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'SELECT "id", "views" FROM "public"."posts" WHERE "views" > $1 ORDER BY "id"', params: ['5'] },
    ],
  },
  {
    name: 'Prisma shape: timestamp param lt',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "public"."users" WHERE "createdAt" < $1 ORDER BY "id"',
        params: ['2026-01-04T00:00:00.000Z'],
      },
    ],
  },
  {
    name: 'Prisma shape: createMany with skipDuplicates',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "public"."users" ("id","email") VALUES ($1,$2), ($3,$4) ON CONFLICT DO NOTHING',
        params: ['u1', 'x@example.com', 'u6', 'f@example.com'],
      },
      'SELECT id, email FROM users ORDER BY id',
    ],
  },
  {
    name: 'Prisma shape: relation count via subquery join',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "t1"."id", COALESCE("aggr_selection_0_Post"."_aggr_count_posts", 0) AS "_aggr_count_posts" FROM "public"."users" AS "t1" LEFT JOIN (SELECT "public"."posts"."authorId", COUNT(*) AS "_aggr_count_posts" FROM "public"."posts" WHERE 1=1 GROUP BY "public"."posts"."authorId") AS "aggr_selection_0_Post" ON ("t1"."id" = "aggr_selection_0_Post"."authorId") WHERE 1=1 ORDER BY "t1"."id" OFFSET $1',
        params: [0],
      },
    ],
  },
  {
    name: 'Drizzle shape: select with eq and and',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id", "email", "name" from "users" where ("users"."role" = $1 and "users"."active" = $2) order by "users"."id" asc',
        params: ['member', true],
      },
    ],
  },
  {
    name: 'Drizzle shape: relational query with json_build_array lateral',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "users"."id", "users"."name", coalesce((select json_agg(json_build_array("users_posts"."id", "users_posts"."title")) from (select * from "posts" "users_posts" where "users_posts"."authorId" = "users"."id" order by "users_posts"."id" limit $1) "users_posts"), \'[]\'::json) as "posts" from "users" order by "users"."id"',
        params: [5],
      },
    ],
  },
  {
    name: 'Drizzle shape: relational query with left join lateral',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "users"."id", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."views") order by "users_posts"."id"), \'[]\'::json) as "data" from "posts" "users_posts" where "users_posts"."authorId" = "users"."id") "users_posts" on true order by "users"."id"',
        params: [],
      },
    ],
  },
  {
    name: 'Drizzle shape: insert returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'insert into "posts" ("id", "authorId", "title", "body", "published", "views", "publishedAt") values (default, $1, $2, default, default, default, default) returning "id", "title", "published", "views"',
        params: ['u3', 'New'],
      },
    ],
  },
  {
    name: 'Drizzle shape: insert many with default',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'insert into "comments" ("id", "postId", "authorId", "text", "createdAt") values (default, $1, $2, $3, default), (default, $4, default, $5, default) returning "id", "authorId"',
        params: [2, 'u1', 'a', 2, 'b'],
      },
    ],
  },
  {
    name: 'Drizzle shape: update set returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'update "users" set "score" = $1, "meta" = $2 where "users"."id" = $3 returning "id", "score", "meta"',
        params: [42, '{"plan":"team"}', 'u2'],
      },
    ],
  },
  {
    name: 'Drizzle shape: inArray',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "posts" where "posts"."id" in ($1, $2, $3) order by "id"',
        params: [1, 3, 99],
      },
    ],
  },
  {
    name: 'Drizzle shape: ilike and or',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "users" where ("users"."name" ilike $1 or "users"."email" like $2) order by "id"',
        params: ['%n%', 'c%'],
      },
    ],
  },
  {
    name: 'Drizzle shape: count with sql<number>',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'select count(*)::int as "count" from "posts" where "posts"."published" = $1', params: [true] },
    ],
  },
  {
    name: 'Drizzle shape: between',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "posts" where "posts"."views" between $1 and $2 order by "id"',
        params: [1, 10],
      },
    ],
  },
  {
    name: 'Drizzle shape: notInArray empty-safe',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select "id" from "users" where "users"."id" not in ($1) order by "id"', params: ['u2'] }],
  },
  {
    name: 'Drizzle shape: onConflictDoUpdate with target and where',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'insert into "users" ("id", "email", "score") values ($1, $2, $3) on conflict ("email") do update set "score" = excluded."score" where "users"."active" = true returning "id", "score"',
        params: ['zz', 'cy@example.com', 99],
      },
    ],
  },
  {
    name: 'Drizzle shape: jsonb ->> filter',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'select "id" from "users" where "users"."meta"->>\'plan\' = $1 order by "id"', params: ['pro'] },
    ],
  },
  {
    name: 'Drizzle shape: isNull/isNotNull',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select "id" from "posts" where "posts"."publishedAt" is null', params: [] }],
  },
  {
    name: 'Drizzle shape: exists subquery',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "users" where exists (select 1 from "posts" where "posts"."authorId" = "users"."id" and "posts"."published") order by "id"',
        params: [],
      },
    ],
  },
  {
    name: 'Drizzle shape: delete returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'delete from "posts" where "posts"."id" = $1 returning "id", "authorId"', params: [2] }],
  },
  {
    name: 'Drizzle shape: sql template with interval',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "users" where "users"."createdAt" > $1::timestamptz - interval \'2 days\' order by "id"',
        params: ['2026-01-05 00:00:00+00'],
      },
    ],
  },
  {
    name: 'Kysely shape: selectFrom with innerJoin',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "users"."id", "posts"."title" from "users" inner join "posts" on "posts"."authorId" = "users"."id" where "posts"."views" > $1 order by "posts"."title" desc',
        params: [1],
      },
    ],
  },
  {
    name: 'Kysely shape: leftJoin with count and groupBy having',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "users"."id", count("posts"."id") as "postCount" from "users" left join "posts" on "posts"."authorId" = "users"."id" group by "users"."id" having count("posts"."id") >= $1 order by "users"."id"',
        params: [1],
      },
    ],
  },
  {
    name: 'Kysely shape: jsonArrayFrom helper',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "users"."id", (select coalesce(json_agg(agg), \'[]\') from (select "posts"."id", "posts"."title" from "posts" where "posts"."authorId" = "users"."id" order by "posts"."id") as agg) as "posts" from "users" order by "users"."id"',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: jsonObjectFrom helper',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "posts"."id", (select to_json(obj) from (select "users"."id", "users"."email" from "users" where "users"."id" = "posts"."authorId") as obj) as "author" from "posts" order by "posts"."id"',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: insertInto returningAll',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'insert into "comments" ("postId", "text") values ($1, $2) returning *', params: [1, 'kysely'] },
    ],
  },
  {
    name: 'Kysely shape: onConflict doNothing returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'insert into "users" ("id", "email") values ($1, $2) on conflict do nothing returning "id"',
        params: ['u1', 'dup@example.com'],
      },
    ],
  },
  {
    name: 'Kysely shape: selectAll with limit offset',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select * from "comments" order by "id" limit $1 offset $2', params: [2, 1] }],
  },
  {
    name: 'Kysely shape: where in subquery',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "users" where "id" in (select "authorId" from "comments" where "authorId" is not null) order by "id"',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: case when',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id", case when "score" is null then $1 when "score" > $2 then \'high\' else \'low\' end as "band" from "users" order by "id"',
        params: ['none', 8],
      },
    ],
  },
  {
    name: 'Kysely shape: distinctOn',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select distinct on ("authorId") "authorId", "id", "title" from "posts" order by "authorId", "views" desc',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: with cte',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'with "top" as (select "authorId", sum("views") as "total" from "posts" group by "authorId") select "users"."email", "top"."total" from "users" join "top" on "top"."authorId" = "users"."id" order by "top"."total" desc',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: updateTable from',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'update "posts" set "views" = "posts"."views" + 1 from "users" where "users"."id" = "posts"."authorId" and "users"."role" = $1 returning "posts"."id", "posts"."views"',
        params: ['admin'],
      },
    ],
  },
  {
    name: 'Kysely shape: deleteFrom using',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'delete from "comments" using "posts" where "posts"."id" = "comments"."postId" and "posts"."published" = $1 returning "comments"."id"',
        params: [true],
      },
    ],
  },
  {
    name: 'Kysely shape: coalesce and nullif',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id", coalesce(nullif("name", \'\'), "email") as "display" from "users" order by "id"',
        params: [],
      },
    ],
  },
  {
    name: 'Kysely shape: cast param as text array any',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'select "id" from "users" where "id" = any($1::text[]) order by "id"', params: [['u1', 'u3']] },
    ],
  },
  {
    name: 'Kysely shape: cast param as int array any',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select "id" from "posts" where "id" = any($1::int[]) order by "id"', params: [[1, 4]] }],
  },
  {
    name: 'Kysely shape: not exists',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'select "id" from "users" where not exists (select from "posts" where "posts"."authorId" = "users"."id") order by "id"',
        params: [],
      },
    ],
  },
  {
    name: 'TypeORM shape: find with alias and pagination',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."createdAt" AS "User_createdAt" FROM "users" "User" WHERE (("User"."active" = $1)) ORDER BY "User"."createdAt" DESC LIMIT 2',
        params: [true],
      },
    ],
  },
  {
    name: 'TypeORM shape: distinct ids for paginated join',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id" FROM (SELECT "User"."id" AS "User_id", "Post"."id" AS "Post_id" FROM "users" "User" LEFT JOIN "posts" "Post" ON "Post"."authorId"="User"."id") "distinctAlias" ORDER BY "User_id" ASC LIMIT 3',
        params: [],
      },
    ],
  },
  {
    name: 'TypeORM shape: insert returning defaults',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "users"("id", "email", "name", "role", "active", "createdAt", "score", "balance", "meta", "tags") VALUES ($1, $2, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "role", "active", "createdAt", "balance", "meta", "tags"',
        params: ['u7', 'g@example.com'],
      },
    ],
  },
  {
    name: 'TypeORM shape: count distinct',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT COUNT(DISTINCT("User"."id")) AS "cnt" FROM "users" "User" LEFT JOIN "posts" "Post" ON "Post"."authorId"="User"."id" WHERE "Post"."published" = $1',
        params: [true],
      },
    ],
  },
  {
    name: 'TypeORM shape: soft upsert with ON CONFLICT DO UPDATE multiple columns',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "users"("id", "email", "name") VALUES ($1, $2, $3) ON CONFLICT ( "id" ) DO UPDATE SET "email" = EXCLUDED."email", "name" = EXCLUDED."name" RETURNING "createdAt"',
        params: ['u2', 'bob2@example.com', 'Bobby'],
      },
    ],
  },
  {
    name: 'TypeORM shape: migrations table query',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE TABLE IF NOT EXISTS "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"))',
      { sql: 'SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC', params: [] },
    ],
  },
  {
    name: 'knex shape: whereIn with returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'update "users" set "role" = $1 where "id" in ($2, $3) returning "id", "role"',
        params: ['x', 'u3', 'u4'],
      },
    ],
  },
  {
    name: 'knex shape: insert returning id',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'insert into "posts" ("authorId", "title") values ($1, $2) returning "id"',
        params: ['u2', 'K'],
      },
    ],
  },
  {
    name: 'knex shape: first',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select "email" from "users" where "id" = $1 limit $2', params: ['u4', 1] }],
  },
  {
    name: 'knex shape: count as string',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select count("id") as "count" from "users"', params: [] }],
  },
  {
    name: 'knex shape: sum of integer is bigint text',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select sum("score") as "s", avg("score") as "a" from "users"', params: [] }],
  },
  {
    name: 'knex shape: orderBy nulls last',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'select "id", "score" from "users" order by "score" desc nulls last, "id" asc', params: [] },
    ],
  },
  {
    name: 'knex shape: orderBy nulls first',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'select "id", "name" from "users" order by "name" asc nulls first', params: [] }],
  },
  {
    name: 'knex shape: whereRaw lower',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'select "id" from "users" where lower("email") = lower($1)', params: ['ANN@example.com'] },
    ],
  },
  {
    name: 'knex shape: increment returning',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'update "users" set "balance" = "balance" + $1 where "id" = $2 returning "balance"',
        params: ['0.25', 'u1'],
      },
    ],
  },
  {
    name: 'knex shape: decrement below zero',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'update "users" set "score" = "score" - $1 where "id" = $2 returning "score"',
        params: [20, 'u1'],
      },
    ],
  },
  {
    name: 'Sequelize shape: findAndCountAll count',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT count("User"."id") AS "count" FROM "users" AS "User" WHERE "User"."active" = true;',
        params: [],
      },
    ],
  },
  {
    name: 'Sequelize shape: iLike with any',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "users" AS "User" WHERE "User"."email" ILIKE ANY (ARRAY[\'%ann%\',\'%cy%\']) ORDER BY "id";',
        params: [],
      },
    ],
  },
  {
    name: 'Sequelize shape: insert with RETURNING star and timestamps',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "comments" ("id","postId","text","createdAt") VALUES (DEFAULT,$1,$2,$3) RETURNING "id","postId","text","createdAt","authorId";',
        params: [3, 's', '2026-03-01 10:00:00.000 +00:00'],
      },
    ],
  },
  {
    name: 'node-pg shape: param types: boolean from string',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "users" WHERE "active" = $1 ORDER BY "id"', params: ['f'] }],
  },
  {
    name: 'node-pg shape: param: number into text column compare',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "posts" WHERE "title" = $1', params: [5] }],
  },
  {
    name: 'node-pg shape: param: date object',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id" FROM "users" WHERE "createdAt" >= $1 ORDER BY "id"',
        params: [new Date('2026-01-04T12:00:00.000Z')],
      },
    ],
  },
  {
    name: 'node-pg shape: param: json object into jsonb',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "meta" = "meta" || $1 WHERE "id" = $2 RETURNING "meta"',
        params: [{ beta: true }, 'u2'],
      },
    ],
  },
  {
    name: 'node-pg shape: param: null into nullable',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'UPDATE "users" SET "name" = $1 WHERE "id" = $2 RETURNING "name"', params: [null, 'u1'] }],
  },
  {
    name: 'node-pg shape: param: array into text[]',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "tags" = $1 WHERE "id" = $2 RETURNING "tags"',
        params: [['x', 'y z', 'q"t'], 'u2'],
      },
    ],
  },
  {
    name: 'node-pg shape: param: array append',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "tags" = array_append("tags", $1) WHERE "id" = $2 RETURNING "tags"',
        params: ['n', 'u1'],
      },
    ],
  },
  {
    name: 'node-pg shape: param: array_remove',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "tags" = array_remove("tags", $1) WHERE "id" = $2 RETURNING "tags"',
        params: ['a', 'u4'],
      },
    ],
  },
  {
    name: 'node-pg shape: jsonb_set nested',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "meta" = jsonb_set("meta", \'{limits,seats}\', to_jsonb($1::int)) WHERE "id" = $2 RETURNING "meta"',
        params: [9, 'u1'],
      },
    ],
  },
  {
    name: 'node-pg shape: jsonb minus key',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "users" SET "meta" = "meta" - \'plan\' WHERE "id" = $1 RETURNING "meta"',
        params: ['u4'],
      },
    ],
  },
  {
    name: 'node-pg shape: jsonb contains param',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "users" WHERE "meta" @> $1 ORDER BY "id"', params: ['{"plan":"pro"}'] }],
  },
  {
    name: 'node-pg shape: jsonb ? key',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "users" WHERE "meta" ? \'limits\'', params: [] }],
  },
  {
    name: 'node-pg shape: row_number window pagination',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", row_number() OVER (ORDER BY "views" DESC) AS "rank" FROM "posts" ORDER BY "rank"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: count over for total',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", count(*) OVER () AS "total" FROM "posts" WHERE "published" ORDER BY "id" LIMIT 2',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: FOR UPDATE of one row',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'BEGIN',
      { sql: 'SELECT "id", "balance" FROM "users" WHERE "id" = $1 FOR UPDATE', params: ['u1'] },
      { sql: 'UPDATE "users" SET "balance" = "balance" - $1 WHERE "id" = $2', params: ['1.5', 'u1'] },
      'COMMIT',
      "SELECT balance FROM users WHERE id = 'u1'",
    ],
  },
  {
    name: 'node-pg shape: FK violation on insert',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'INSERT INTO "posts" ("authorId", "title") VALUES ($1, $2)', params: ['nobody', 't'] }],
  },
  {
    name: 'node-pg shape: unique violation on email',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'INSERT INTO "users" ("id", "email") VALUES ($1, $2)', params: ['u8', 'ann@example.com'] },
    ],
  },
  {
    name: 'node-pg shape: not null violation',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'INSERT INTO "users" ("id", "email") VALUES ($1, $2)', params: ['u8', null] }],
  },
  {
    name: 'node-pg shape: varchar too long',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "posts" ("authorId", "title") VALUES ($1, $2)',
        params: [
          'u1',
          'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        ],
      },
    ],
  },
  {
    name: 'node-pg shape: invalid integer param',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT "id" FROM "posts" WHERE "id" = $1', params: ['abc'] }],
  },
  {
    name: 'node-pg shape: numeric overflow',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'UPDATE "users" SET "balance" = $1 WHERE "id" = $2', params: ['12345678901.00', 'u1'] }],
  },
  {
    name: 'node-pg shape: cascade delete',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'DELETE FROM "users" WHERE "id" = $1', params: ['u1'] },
      'SELECT count(*) FROM posts',
      'SELECT id, "authorId" FROM comments ORDER BY id',
    ],
  },
  {
    name: 'node-pg shape: set null on delete',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'DELETE FROM "users" WHERE "id" = $1', params: ['u3'] },
      'SELECT id, "authorId" FROM comments ORDER BY id',
    ],
  },
  {
    name: 'node-pg shape: date_trunc group by day',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT date_trunc(\'day\', "createdAt") AS "day", count(*) FROM "users" GROUP BY 1 ORDER BY 1',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: to_char month',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT to_char("createdAt" AT TIME ZONE \'UTC\', \'YYYY-MM\') AS "month", count(*)::int FROM "users" GROUP BY 1 ORDER BY 1',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: extract epoch',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", extract(epoch FROM "createdAt")::bigint AS "epoch" FROM "users" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: string_agg of titles',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "authorId", string_agg("title", \', \' ORDER BY "title") AS "titles" FROM "posts" GROUP BY "authorId" ORDER BY "authorId"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: array_agg of ids',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "authorId", array_agg("id" ORDER BY "id") AS "ids" FROM "posts" GROUP BY "authorId" ORDER BY "authorId"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: bool_or aggregate',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "authorId", bool_or("published") AS "any" FROM "posts" GROUP BY "authorId" ORDER BY "authorId"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: filter clause',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT count(*) FILTER (WHERE "published") AS "pub", count(*) FILTER (WHERE NOT "published") AS "draft" FROM "posts"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: greatest least',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", greatest("score", 8), least("balance", 0) FROM "users" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: is distinct from',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      { sql: 'SELECT "id" FROM "users" WHERE "score" IS DISTINCT FROM $1 ORDER BY "id"', params: [10] },
    ],
  },
  {
    name: 'node-pg shape: upper trim concat',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT upper(trim("name")) || \' <\' || "email" || \'>\' AS "x" FROM "users" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: concat_ws with nulls',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [{ sql: 'SELECT concat_ws(\' \', "name", "role") FROM "users" ORDER BY "id"', params: [] }],
  },
  {
    name: 'node-pg shape: length and substring',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", length("title"), substring("title" from 1 for 3) FROM "posts" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: interval arithmetic on timestamptz column',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", "createdAt" + interval \'1 month\' AS "next" FROM "users" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: age in days',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'SELECT "id", (\'2026-02-01\'::date - "createdAt"::date) AS "days" FROM "users" ORDER BY "id"',
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: returning old and new via cte',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'WITH old AS (SELECT "id", "views" FROM "posts" WHERE "id" = $1), upd AS (UPDATE "posts" SET "views" = "views" * 2 WHERE "id" = $1 RETURNING "id", "views") SELECT old."views" AS "before", upd."views" AS "after" FROM old JOIN upd USING ("id")',
        params: [4],
      },
    ],
  },
  {
    name: 'node-pg shape: insert select',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "comments" ("postId", "authorId", "text") SELECT "id", "authorId", $1 FROM "posts" WHERE "published" RETURNING "postId"',
        params: ['auto'],
      },
    ],
  },
  {
    name: 'node-pg shape: unnest bulk insert',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'INSERT INTO "comments" ("postId", "text") SELECT * FROM unnest($1::int[], $2::text[]) RETURNING "id", "postId", "text"',
        params: [
          [1, 3],
          ['a', 'b'],
        ],
      },
    ],
  },
  {
    name: 'node-pg shape: unnest bulk update from',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: 'UPDATE "posts" AS p SET "views" = v.views FROM (SELECT unnest($1::int[]) AS id, unnest($2::bigint[]) AS views) AS v WHERE p.id = v.id RETURNING p.id, p.views',
        params: [
          [1, 4],
          [7, 8],
        ],
      },
    ],
  },
  {
    name: 'node-pg shape: values list join',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      {
        sql: "SELECT u.\"id\", v.label FROM \"users\" u JOIN (VALUES ('u1', 'one'), ('u4', 'four')) AS v(id, label) ON v.id = u.id ORDER BY u.id",
        params: [],
      },
    ],
  },
  {
    name: 'node-pg shape: alter table add column default',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'ALTER TABLE "users" ADD COLUMN "nickname" text NOT NULL DEFAULT \'\'',
      { sql: 'SELECT "id", "nickname" FROM "users" ORDER BY "id"', params: [] },
    ],
  },
  {
    name: 'node-pg shape: alter column type with using',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'ALTER TABLE "posts" ALTER COLUMN "views" TYPE integer USING "views"::integer',
      { sql: 'SELECT pg_typeof("views")::text, "views" FROM "posts" ORDER BY "id"', params: [] },
    ],
  },
  {
    name: 'node-pg shape: create index if not exists twice',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE INDEX IF NOT EXISTS "users_role_idx" ON "users" ("role")',
      'CREATE INDEX IF NOT EXISTS "users_role_idx" ON "users" ("role")',
      { sql: 'SELECT count(*) FROM pg_indexes WHERE indexname = $1', params: ['users_role_idx'] },
    ],
  },
  {
    name: 'node-pg shape: add check constraint violated by existing row',
    setup: QUERY_BUILDER_SCHEMA,
    steps: ['ALTER TABLE "users" ADD CONSTRAINT "score_positive" CHECK ("score" > 8)'],
  },
  {
    name: 'node-pg shape: rename column',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'ALTER TABLE "comments" RENAME COLUMN "text" TO "content"',
      { sql: 'SELECT "content" FROM "comments" ORDER BY "id" LIMIT 1', params: [] },
    ],
  },
  {
    name: 'node-pg shape: drop column then select star',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'ALTER TABLE "comments" DROP COLUMN "createdAt"',
      { sql: 'SELECT * FROM "comments" ORDER BY "id" LIMIT 1', params: [] },
    ],
  },
  {
    name: 'node-pg shape: partial unique index',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE UNIQUE INDEX "one_published_title" ON "posts" ("title") WHERE "published"',
      {
        sql: 'INSERT INTO "posts" ("authorId", "title", "published") VALUES ($1, $2, false)',
        params: ['u1', 'Hello'],
      },
      {
        sql: 'INSERT INTO "posts" ("authorId", "title", "published") VALUES ($1, $2, true)',
        params: ['u2', 'Hello'],
      },
    ],
  },
  {
    name: 'node-pg shape: on conflict on partial index needs where',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE UNIQUE INDEX "uq_active_email" ON "users" ("name") WHERE "active"',
      {
        sql: 'INSERT INTO "users" ("id", "email", "name") VALUES ($1, $2, $3) ON CONFLICT ("name") WHERE "active" DO NOTHING RETURNING "id"',
        params: ['u9', 'n@example.com', 'Ann'],
      },
    ],
  },
  {
    name: 'node-pg shape: expression index lower email unique',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE UNIQUE INDEX "users_lower_email" ON "users" (lower("email"))',
      { sql: 'INSERT INTO "users" ("id", "email") VALUES ($1, $2)', params: ['u9', 'ANN@example.com'] },
    ],
  },
  {
    name: 'node-pg shape: generated column',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'ALTER TABLE "posts" ADD COLUMN "slug" text GENERATED ALWAYS AS (lower(replace("title", \' \', \'-\'))) STORED',
      { sql: 'SELECT "id", "slug" FROM "posts" ORDER BY "id"', params: [] },
    ],
  },
  {
    name: 'node-pg shape: identity column',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'CREATE TABLE "events" ("id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "kind" text NOT NULL)',
      { sql: 'INSERT INTO "events" ("kind") VALUES ($1), ($2) RETURNING "id"', params: ['a', 'b'] },
      { sql: 'INSERT INTO "events" ("id", "kind") VALUES ($1, $2)', params: [5, 'c'] },
    ],
  },
  {
    name: 'node-pg shape: enum type',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      "CREATE TYPE \"status\" AS ENUM ('new', 'paid')",
      'ALTER TABLE "posts" ADD COLUMN "status" "status" NOT NULL DEFAULT \'new\'',
      { sql: 'UPDATE "posts" SET "status" = $1 WHERE "id" = $2 RETURNING "status"', params: ['paid', 1] },
      { sql: 'UPDATE "posts" SET "status" = $1 WHERE "id" = $2', params: ['void', 1] },
    ],
  },
  {
    name: 'node-pg shape: truncate restart identity cascade',
    setup: QUERY_BUILDER_SCHEMA,
    steps: [
      'TRUNCATE "users" RESTART IDENTITY CASCADE',
      { sql: 'SELECT (SELECT count(*) FROM posts) AS p, (SELECT count(*) FROM comments) AS c', params: [] },
      { sql: 'INSERT INTO "users" ("id","email") VALUES ($1,$2)', params: ['a', 'a@example.com'] },
      { sql: 'INSERT INTO "posts" ("authorId","title") VALUES ($1,$2) RETURNING "id"', params: ['a', 't'] },
    ],
  },
  {
    name: 'knex select where limit',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [{ sql: 'select "id", "email" from "users" where "id" = $1 limit $2', params: [1, 1] }],
  },
  {
    name: 'knex insert returning id',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'insert into "users" ("email", "name") values ($1, $2) returning "id"',
        params: ['d@x.io', 'Dee'],
      },
    ],
  },
  {
    name: 'knex increment',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      { sql: 'update "posts" set "views" = "views" + $1 where "id" = $2 returning "views"', params: [1, 1] },
    ],
  },
  {
    name: 'knex onConflict ignore',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do nothing returning "id"',
        params: ['a@x.io', 'Annie'],
      },
    ],
  },
  {
    name: 'knex left join count group',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      'select "users"."id", count("posts"."id") as "posts" from "users" left join "posts" on "posts"."user_id" = "users"."id" group by "users"."id" order by "users"."id" asc',
    ],
  },
  {
    name: 'knex whereBetween',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      { sql: 'select "id" from "users" where "balance" between $1 and $2 order by "id"', params: [0, 50] },
    ],
  },
  {
    name: 'knex offset limit',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [{ sql: 'select "id" from "users" order by "id" asc limit $1 offset $2', params: [2, 1] }],
  },
  {
    name: 'kysely exists subquery',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      'select "users"."id", exists (select 1 from "posts" where "posts"."user_id" = "users"."id") as "hasPosts" from "users" order by "users"."id"',
    ],
  },
  {
    name: 'drizzle select with parens where',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'select "id", "name", "email" from "users" where ("users"."age" > $1 and "users"."is_admin" = $2)',
        params: [18, false],
      },
    ],
  },
  {
    name: 'drizzle count star cast',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: ['select count(*)::int as "count" from "users"'],
  },
  {
    name: 'drizzle limit offset params',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      { sql: 'select "id" from "users" order by "users"."id" desc limit $1 offset $2', params: [10, 0] },
    ],
  },
  {
    name: 'prisma style count aggregate',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."users"."id" FROM "public"."users" WHERE 1=1 OFFSET $1) AS "sub"',
        params: [0],
      },
    ],
  },
  {
    name: 'typeorm alias style',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'SELECT "User"."id" AS "User_id", "User"."email" AS "User_email" FROM "users" "User" WHERE "User"."id" = $1',
        params: [1],
      },
    ],
  },
  {
    name: 'typeorm insert returning default cols',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'INSERT INTO "users"("email", "name", "age", "is_admin", "balance", "created_at") VALUES ($1, $2, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "is_admin", "balance"',
        params: ['q@x.io', 'Q'],
      },
    ],
  },
  {
    name: 'insert returning created_at type',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      'insert into "users" ("email") values (\'t@x.io\') returning pg_typeof("created_at")::text as t, "created_at" is not null as ok',
    ],
  },
  {
    name: 'group by boolean with having count',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      'select "published", count(*)::int as "n", sum("views")::int as "v" from "posts" group by "published" having count(*) >= 1 order by "published"',
    ],
  },
  {
    name: 'max id plus one',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: ['select coalesce(max("id"), 0) + 1 as "next" from "posts"'],
  },
  {
    name: 'returning renamed columns',
    setup:
      'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) NOT NULL UNIQUE, "name" text, "age" integer, "is_admin" boolean NOT NULL DEFAULT false, "balance" numeric(12,2) NOT NULL DEFAULT 0, "created_at" timestamptz NOT NULL DEFAULT \'2024-01-01 00:00:00+00\');\nCREATE TABLE "posts" ("id" serial PRIMARY KEY, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text NOT NULL, "views" integer DEFAULT 0, "published" boolean DEFAULT false);\nINSERT INTO users (email, name, age, is_admin, balance) VALUES (\'a@x.io\', \'Ann\', 31, true, 10.5), (\'b@x.io\', \'Bob\', NULL, false, 0), (\'c@x.io\', NULL, 19, false, 99.99);\nINSERT INTO posts (user_id, title, views, published) VALUES (1, \'Hello\', 10, true), (1, \'Second\', 0, false), (3, \'Mine\', 5, true);',
    steps: [
      {
        sql: 'insert into "posts" ("user_id", "title") values ($1, $2) returning "id" as "postId", "title" as "postTitle", "user_id" as "authorId"',
        params: [2, 'New'],
      },
    ],
  },
  {
    name: 'information_schema.tables count past the system schemas (round 17)',
    setup: 'CREATE TABLE accounts (id int PRIMARY KEY); CREATE TABLE orders (id int)',
    steps: [
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    ],
  },
  {
    name: 'information_schema.tables of pg_catalog (round 17)',
    steps: [
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pg_catalog'",
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'pg_catalog' AND table_name = 'pg_class'",
    ],
  },
  {
    name: 'TypeORM schema builder reads "pg_constraint" quoted: no NOT NULL rows, as 15 has none (round 17)',
    setup: `CREATE TABLE "acct" ("id" SERIAL NOT NULL, "bal" integer NOT NULL, "lo" integer, "hi" integer,
      CONSTRAINT "CHK_bal" CHECK ("bal" >= 0), CONSTRAINT "CHK_range" CHECK ("lo" < "hi" OR "lo" IS NULL),
      CONSTRAINT "UQ_lo_hi" UNIQUE ("lo", "hi"), CONSTRAINT "PK_acct" PRIMARY KEY ("id"))`,
    steps: [
      `SELECT "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND "ns"."nspname" = 'public' ORDER BY 1, 2, 5`,
    ],
  },
  {
    name: "TypeORM startup: information_schema.columns lists pg_catalog's columns too (round 17)",
    steps: [
      `SELECT TRUE AS "t" FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition'`,
    ],
  },
  {
    name: "Prisma relationJoins: LEFT JOIN LATERAL with COALESCE(JSONB_AGG(...), '[]') per parent (round 17)",
    setup: `CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);
      CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "title" TEXT NOT NULL, "published" BOOLEAN NOT NULL DEFAULT false, "authorId" INTEGER NOT NULL REFERENCES "User"("id"));
      INSERT INTO "User" ("email") VALUES ('a@x.io'), ('b@x.io');
      INSERT INTO "Post" ("title", "published", "authorId") VALUES ('Hello', true, 1), ('Draft', false, 1);`,
    steps: [
      `SELECT "t1"."id", "t1"."email", "User_posts"."__prisma_data__" AS "posts" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'title', "t3"."title", 'published', "t3"."published") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."Post" AS "t2" WHERE "t1"."id" = "t2"."authorId" /* root select */) AS "t3" /* inner select */) AS "t4" ORDER BY "t4"."id" ASC /* middle select */) AS "t5" /* outer select */) AS "User_posts" ON true ORDER BY "t1"."id" ASC`,
    ],
  },
  {
    name: 'Prisma Migrate: advisory lock 72707369, _prisma_migrations, a step marked finished (round 17)',
    steps: [
      'SELECT pg_advisory_lock(72707369)',
      `CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`,
      {
        sql: `INSERT INTO "_prisma_migrations" ("id","checksum","started_at","finished_at","migration_name","applied_steps_count","logs","rolled_back_at") VALUES ($1,$2,now(),NULL,$3,0,NULL,NULL)`,
        params: ['2c9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a13', 'aa11bb22', '20240301000000_init'],
      },
      {
        sql: `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = "applied_steps_count" + 1 WHERE "id" = $1`,
        params: ['2c9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a13'],
      },
      `SELECT migration_name, finished_at IS NOT NULL AS done, applied_steps_count FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
      'SELECT pg_advisory_unlock(72707369)',
    ],
  },
  {
    name: 'knex migrator: knex_migrations_lock taken by UPDATE ... WHERE is_locked = 0, twice (round 17)',
    steps: [
      `create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)`,
      `create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer)`,
      { sql: `insert into "knex_migrations_lock" ("is_locked") values ($1)`, params: [0] },
      'BEGIN',
      `select * from "knex_migrations_lock" for update`,
      { sql: `update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2`, params: [1, 0] },
      'COMMIT',
      { sql: `update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2`, params: [1, 0] },
      `select max("batch") as "max_batch" from "knex_migrations"`,
    ],
  },
  {
    name: "Kysely's jsonArrayFrom: a correlated (select coalesce(json_agg(agg), '[]') from (...) as agg) per row (round 17)",
    setup: `create table "person" ("id" serial primary key, "first_name" varchar(255) not null);
      create table "pet" ("id" serial primary key, "name" varchar(255) not null, "owner_id" integer not null references "person" ("id"));
      insert into "person" ("first_name") values ('Jennifer'), ('Arnold');
      insert into "pet" ("name", "owner_id") values ('Doggo', 1), ('Catto', 1);`,
    steps: [
      `select "person"."id", (select coalesce(json_agg(agg), '[]') from (select "pet"."id", "pet"."name" from "pet" where "pet"."owner_id" = "person"."id" order by "pet"."name") as agg) as "pets" from "person" order by "person"."id"`,
    ],
  },
  {
    name: "Prisma's upsert with a WHERE on the update and schema-qualified RETURNING columns (round 18)",
    setup:
      'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "name" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id")); CREATE UNIQUE INDEX "User_email_key" ON "User"("email"); INSERT INTO "User" ("email", "name") VALUES (\'a@x\', \'A\')',
    steps: [
      {
        sql: 'INSERT INTO "public"."User" ("email","name") VALUES ($1,$2) ON CONFLICT ("email") DO UPDATE SET "name" = $3 WHERE ("public"."User"."email" = $4 AND 1=1) RETURNING "public"."User"."id", "public"."User"."name"',
        params: ['a@x', 'new', 'upd', 'a@x'],
      },
    ],
  },
  {
    name: "Sequelize's INSERT with a trailing semicolon on the extended protocol (round 18)",
    setup:
      'CREATE TABLE "Users" ("id" SERIAL PRIMARY KEY, "name" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL)',
    steps: [
      {
        sql: 'INSERT INTO "Users" ("id","name","createdAt") VALUES (DEFAULT,$1,$2) RETURNING "id","name","createdAt";',
        params: ['a', '2024-01-01 00:00:00.000 +00:00'],
      },
    ],
  },
  {
    name: "Knex's multi-row insert writes DEFAULT for a key a row leaves out (round 18)",
    setup: "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text DEFAULT 'anon')",
    steps: [
      {
        sql: 'insert into "users" ("email", "name") values ($1, $2), ($3, DEFAULT) returning "id", "name"',
        params: ['c@x', 'C', 'd@x'],
      },
    ],
  },
  {
    name: "catalogs: Prisma's foreign key query (unnest of conkey and confkey with generate_subscripts) (round 20)",
    setup:
      "CREATE TYPE status AS ENUM ('new', 'done');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint CHECK (age >= 0), score numeric(5,2) DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now(), st status NOT NULL DEFAULT 'new', tags text[]);\nCREATE TABLE posts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE, title varchar(200) NOT NULL, published boolean NOT NULL DEFAULT false, slug text GENERATED ALWAYS AS (lower(title)) STORED);\nCREATE INDEX posts_user_idx ON posts (user_id);\nCREATE UNIQUE INDEX posts_title_lower ON posts (lower(title)) WHERE published;\nCOMMENT ON TABLE users IS 'app users';\nCOMMENT ON COLUMN users.email IS 'login email';",
    steps: [
      'SELECT con.conname AS constraint_name, con.confdeltype, con.confupdtype, conrelid::regclass::text AS "table", att.attname AS "column", referenced_rel.relname AS "referencedTable", referenced_att.attname AS "referencedColumn", con.condeferrable, con.condeferred, child_pos AS ord FROM (SELECT unnest(conkey) AS child_attnum, generate_subscripts(conkey, 1) AS child_pos, unnest(confkey) AS parent_attnum, conname, conrelid, confrelid, oid, confdeltype, confupdtype, condeferrable, condeferred FROM pg_constraint WHERE contype = \'f\' AND connamespace = \'public\'::regnamespace) con JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.child_attnum JOIN pg_class referenced_rel ON referenced_rel.oid = con.confrelid JOIN pg_attribute referenced_att ON referenced_att.attrelid = con.confrelid AND referenced_att.attnum = con.parent_attnum ORDER BY "table", constraint_name, ord',
    ],
  },
  {
    name: "catalogs: Kysely's column introspection with pg_get_serial_sequence and col_description (round 20)",
    setup:
      "CREATE TYPE status AS ENUM ('new', 'done');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint CHECK (age >= 0), score numeric(5,2) DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now(), st status NOT NULL DEFAULT 'new', tags text[]);\nCREATE TABLE posts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE, title varchar(200) NOT NULL, published boolean NOT NULL DEFAULT false, slug text GENERATED ALWAYS AS (lower(title)) STORED);\nCREATE INDEX posts_user_idx ON posts (user_id);\nCREATE UNIQUE INDEX posts_title_lower ON posts (lower(title)) WHERE published;\nCOMMENT ON TABLE users IS 'app users';\nCOMMENT ON COLUMN users.email IS 'login email';",
    steps: [
      'select "a"."attname" as "column", "a"."attnotnull" as "not_null", "a"."atthasdef" as "has_default", "c"."relname" as "table", "c"."relkind" as "table_type", "ns"."nspname" as "schema", "typ"."typname" as "type", "dtns"."nspname" as "type_schema", col_description(a.attrelid, a.attnum) as "column_description", pg_get_serial_sequence(quote_ident(ns.nspname) || \'.\' || quote_ident(c.relname), a.attname) as "auto_incrementing" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_namespace" as "ns" on "c"."relnamespace" = "ns"."oid" inner join "pg_catalog"."pg_type" as "typ" on "a"."atttypid" = "typ"."oid" inner join "pg_catalog"."pg_namespace" as "dtns" on "typ"."typnamespace" = "dtns"."oid" where "c"."relkind" in (\'r\', \'v\', \'p\') and "ns"."nspname" !~ \'^pg_\' and "ns"."nspname" != \'information_schema\' and "a"."attnum" >= 0 and "a"."attisdropped" != true and "c"."relname" in (\'users\', \'posts\') order by "ns"."nspname", "c"."relname", "a"."attnum"',
    ],
  },
  {
    name: "catalogs: TypeORM's index query left-joining pg_constraint by name (round 20)",
    setup:
      "CREATE TYPE status AS ENUM ('new', 'done');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age smallint CHECK (age >= 0), score numeric(5,2) DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now(), st status NOT NULL DEFAULT 'new', tags text[]);\nCREATE TABLE posts (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE, title varchar(200) NOT NULL, published boolean NOT NULL DEFAULT false, slug text GENERATED ALWAYS AS (lower(title)) STORED);\nCREATE INDEX posts_user_idx ON posts (user_id);\nCREATE UNIQUE INDEX posts_title_lower ON posts (lower(title)) WHERE published;\nCOMMENT ON TABLE users IS 'app users';\nCOMMENT ON COLUMN users.email IS 'login email';",
    steps: [
      'SELECT "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN \'t\' THEN \'TRUE\' ELSE \'FALSE\' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid" AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN (\'r\', \'p\') AND "cnst"."contype" IS NULL AND "ns"."nspname" = \'public\' AND "t"."relname" IN (\'users\', \'posts\') ORDER BY 1, 2, 3',
    ],
  },
  {
    name: 'migrations: the Knex migration lock table flow (round 22)',
    steps: [
      'create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)',
      'create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer)',
      { sql: 'insert into "knex_migrations_lock" ("is_locked") values ($1)', params: [0] },
      'BEGIN',
      { sql: 'select * from "knex_migrations_lock" where "is_locked" = $1 for update', params: [0] },
      { sql: 'update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2', params: [1, 0] },
      {
        sql: 'insert into "knex_migrations" ("batch", "migration_time", "name") values ($1, $2, $3)',
        params: [1, '2024-01-01T00:00:00.000Z', '20240101_init.js'],
      },
      { sql: 'update "knex_migrations_lock" set "is_locked" = $1', params: [0] },
      'COMMIT',
      'select "name", "migration_time" from "knex_migrations" order by "id" asc',
      'select max("batch") as "max" from "knex_migrations"',
    ],
  },
  {
    name: "orm-introspect: MikroORM's index query with a regclass list naming a missing schema fails with 3F000 (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      'select relname as constraint_name from pg_index idx join pg_class as i on i.oid = idx.indexrelid where indrelid in (\'"public"."users"\'::regclass, \'"billing"."invoices"\'::regclass) order by relname',
    ],
  },
  {
    name: "orm-introspect: TypeORM loadTables' constraint query with pg_get_constraintdef and conkey (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      'SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN \'p\' THEN \'PRIMARY\' WHEN \'u\' THEN \'UNIQUE\' WHEN \'c\' THEN \'CHECK\' WHEN \'x\' THEN \'EXCLUDE\' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN (\'r\', \'p\') AND (("ns"."nspname" = \'public\' AND "t"."relname" = \'orders\') OR ("ns"."nspname" = \'public\' AND "t"."relname" = \'order_items\'))',
    ],
  },
  {
    name: "orm-introspect: TypeORM loadTables' foreign keys unnesting conkey and confkey, with relispartition glued to INNER JOIN (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      'SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM ( SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN \'INITIALLY DEFERRED\' ELSE \'INITIALLY IMMEDIATE\' END as condeferred, CASE "con1"."confdeltype" WHEN \'a\' THEN \'NO ACTION\' WHEN \'r\' THEN \'RESTRICT\' WHEN \'c\' THEN \'CASCADE\' WHEN \'n\' THEN \'SET NULL\' WHEN \'d\' THEN \'SET DEFAULT\' END as "confdeltype", CASE "con1"."confupdtype" WHEN \'a\' THEN \'NO ACTION\' WHEN \'r\' THEN \'RESTRICT\' WHEN \'c\' THEN \'CASCADE\' WHEN \'n\' THEN \'SET NULL\' WHEN \'d\' THEN \'SET DEFAULT\' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = \'f\' AND (("ns"."nspname" = \'public\' AND "cl"."relname" = \'orders\') OR ("ns"."nspname" = \'public\' AND "cl"."relname" = \'order_items\')) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid"  AND "cl"."relispartition" = \'f\'INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent"',
    ],
  },
  {
    name: 'orm-introspect: Sequelize describeTable with its primary-key join and enum array_agg (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      "SELECT pk.constraint_type as \"Constraint\", c.column_name as \"Field\", c.column_default as \"Default\", c.is_nullable as \"Null\", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as \"Type\", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS \"special\" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 'orders' AND c.table_schema = 'public' ORDER BY c.ordinal_position",
    ],
  },
  {
    name: 'orm-introspect: MikroORM getAllForeignKeys with array_position over conkey (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      "select nsp1.nspname schema_name, cls1.relname table_name, cls2.relname referenced_table_name, a.attname column_name, af.attname referenced_column_name, conname constraint_name, confupdtype update_rule, confdeltype delete_rule, array_position(con.conkey,a.attnum) as ord, condeferrable, condeferred, pg_get_constraintdef(con.oid) as constraint_def from pg_attribute a join pg_constraint con on con.conrelid = a.attrelid AND a.attnum = ANY (con.conkey) join pg_attribute af on af.attnum = con.confkey[array_position(con.conkey,a.attnum)] AND af.attrelid = con.confrelid join pg_namespace nsp1 on nsp1.oid = con.connamespace join pg_class cls1 on cls1.oid = con.conrelid join pg_class cls2 on cls2.oid = confrelid where cls1.relname in ('orders','order_items') and nsp1.nspname = 'public' and confrelid > 0 order by nsp1.nspname, cls1.relname, constraint_name, ord",
    ],
  },
  {
    name: "orm-introspect: Kysely's introspector with bound relkinds, regex and attnum parameters (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      {
        sql: 'select "a"."attname" as "column", "a"."attnotnull" as "not_null", "a"."atthasdef" as "has_default", "c"."relname" as "table", "c"."relkind" as "table_type", "ns"."nspname" as "schema", "typ"."typname" as "type", "dtns"."nspname" as "type_schema", col_description(a.attrelid, a.attnum) as "column_description", pg_get_serial_sequence(quote_ident(ns.nspname) || \'.\' || quote_ident(c.relname), a.attname) as "auto_incrementing" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_namespace" as "ns" on "c"."relnamespace" = "ns"."oid" inner join "pg_catalog"."pg_type" as "typ" on "a"."atttypid" = "typ"."oid" inner join "pg_catalog"."pg_namespace" as "dtns" on "typ"."typnamespace" = "dtns"."oid" where "c"."relkind" in ($1, $2, $3) and "ns"."nspname" !~ $4 and "ns"."nspname" != $5 and "ns"."nspname" != $6 and has_schema_privilege(ns.nspname, \'USAGE\') and "a"."attnum" >= $7 and "a"."attisdropped" != $8 and "c"."relname" != $9 and "c"."relname" != $10 order by "ns"."nspname", "c"."relname", "a"."attnum"',
        params: [
          'r',
          'v',
          'p',
          '^pg_',
          'information_schema',
          'crdb_internal',
          0,
          true,
          'kysely_migration',
          'kysely_migration_lock',
        ],
      },
    ],
  },
  {
    name: "orm-introspect: drizzle-kit's index query with indoption bits, opclass and DISTINCT ON (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      "SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname, k.i AS index_order, i.indisunique as is_unique, am.amname as method, ic.reloptions as with, coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name, CASE WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1 ELSE 0 END AS is_expression, i.indoption[k.i-1] & 1 = 1 AS descending, i.indoption[k.i-1] & 2 = 2 AS nulls_first, pg_get_expr(i.indpred, i.indrelid) as where, opc.opcname FROM pg_class t LEFT JOIN pg_index i ON t.oid = i.indrelid LEFT JOIN pg_class ic ON ic.oid = i.indexrelid CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i) LEFT JOIN pg_attribute AS a ON i.indrelid = a.attrelid AND k.attnum = a.attnum JOIN pg_namespace c on c.oid = t.relnamespace LEFT JOIN pg_am AS am ON ic.relam = am.oid JOIN pg_opclass opc ON opc.oid = ANY(i.indclass) WHERE c.nspname = 'public' AND t.relname = 'users'",
    ],
  },
  {
    name: "orm-introspect: drizzle-kit's composite primary key lookup by $1::regnamespace (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      {
        sql: "SELECT conname AS primary_key FROM pg_constraint join pg_class on (pg_class.oid = conrelid) WHERE contype = 'p' AND connamespace = $1::regnamespace AND pg_class.relname = $2",
        params: ['public', 'order_items'],
      },
    ],
  },
  {
    name: "Drizzle relational query: left join lateral with coalesce(json_agg(json_build_array(...)), '[]'::json) (round 25)",
    setup: ROUND25_BLOG,
    steps: [
      `select "users"."id", "users"."name", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content", "users_posts"."created_at", "users_posts"."views") order by "users_posts"."id"), '[]'::json) as "data" from "posts" "users_posts" where "users_posts"."author_id" = "users"."id") "users_posts" on true order by "users"."id"`,
    ],
  },
  {
    name: 'Drizzle relational queries v2: row_to_json of a lateral derived table (round 25)',
    setup: ROUND25_BLOG,
    steps: [
      `select "d0"."id" as "id", "posts"."r" as "posts" from "users" as "d0" left join lateral (select coalesce(json_agg(row_to_json("t".*)), '[]') as "r" from (select "d1"."id" as "id", "d1"."price" as "price", "d1"."published_on" as "publishedOn" from "posts" as "d1" where "d0"."id" = "d1"."author_id" order by "d1"."id") as "t") as "posts" on true order by "d0"."id"`,
    ],
  },
  {
    name: "Kysely's nested jsonArrayFrom and jsonObjectFrom (round 25)",
    setup: ROUND25_BLOG,
    steps: [
      `select "users"."id", (select coalesce(json_agg(agg), '[]') from (select "posts"."id", (select to_json(obj) from (select "u"."name" from "users" as "u" where "u"."id" = "posts"."author_id") as obj) as "author" from "posts" where "posts"."author_id" = "users"."id" order by "posts"."id") as agg) as "posts" from "users" order by "users"."id"`,
    ],
  },
  {
    name: 'TypeORM getManyAndCount with a join: DISTINCT ids page, then count(DISTINCT) (round 25)',
    setup: ROUND25_BLOG,
    steps: [
      `SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id", "distinctAlias"."User_name" FROM (SELECT "User"."id" AS "User_id", "User"."name" AS "User_name", "User__User_posts"."id" AS "User__User_posts_id" FROM "users" "User" LEFT JOIN "posts" "User__User_posts" ON "User__User_posts"."author_id"="User"."id") "distinctAlias" ORDER BY "distinctAlias"."User_name" DESC, "User_id" ASC LIMIT 2`,
      `SELECT COUNT(DISTINCT("User"."id")) AS "cnt" FROM "users" "User" LEFT JOIN "posts" "User__User_posts" ON "User__User_posts"."author_id"="User"."id"`,
    ],
  },
  {
    name: 'keyset page: (created_at, id) > ($1, $2) with a Date parameter (round 25)',
    setup: ROUND25_BLOG,
    steps: [
      {
        sql: 'SELECT id, created_at FROM posts WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT $3',
        params: [new Date(Date.UTC(2024, 1, 2, 11, 30, 15, 123)), 2, 2],
      },
    ],
  },
  {
    name: 'bulk upsert from unnest($1::int[], $2::text[], $3::int[]) with excluded (round 25)',
    setup: ROUND25_BLOG,
    steps: [
      {
        sql: 'INSERT INTO tags (post_id, tag, weight) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) ON CONFLICT (post_id, tag) DO UPDATE SET weight = tags.weight + excluded.weight RETURNING post_id, tag, weight',
        params: [
          [1, 1, 2],
          ['a', 'z', 'a'],
          [5, 1, 2],
        ],
      },
    ],
  },
  {
    name: "MikroORM's batch update with CASE per id and an optimistic version check (round 25)",
    setup: ROUND25_BLOG,
    steps: [
      {
        sql: 'update "users" set "name" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "name" end, "version" = "version" + 1 where "id" in ($5, $6) returning "id", "version"',
        params: [1, 'A1', 2, 'B1', 1, 2],
      },
      {
        sql: 'update "users" set "name" = $1, "version" = "version" + 1 where "id" = $2 and "version" = $3 returning "version"',
        params: ['stale', 1, 1],
      },
    ],
  },
  {
    name: 'jsonb_populate_recordset(null::posts, $1) bulk insert (round 25)',
    setup: ROUND25_BLOG,
    steps: [
      {
        sql: 'INSERT INTO posts (content, author_id, price) SELECT content, author_id, price FROM jsonb_populate_recordset(null::posts, $1::jsonb) RETURNING id, content, author_id, price, views',
        params: [
          JSON.stringify([
            { content: 'j1', author_id: 2, price: 1.255 },
            { content: 'j2', author_id: 3 },
          ]),
        ],
      },
    ],
  },
  {
    name: "Sequelize's savepoints named by quoted UUIDs: an error rolled back to one, then commit (round 25)",
    setup: ROUND25_BLOG,
    steps: [
      'START TRANSACTION;',
      "INSERT INTO users (name) VALUES ('t1');",
      'SAVEPOINT "7f1c1a1e-6e51-4bde-8d6c-2a4c6a0f3b11";',
      "INSERT INTO users (id, name) VALUES (1, 'dup');",
      'SELECT count(*) FROM users;',
      'ROLLBACK TO SAVEPOINT "7f1c1a1e-6e51-4bde-8d6c-2a4c6a0f3b11";',
      'RELEASE SAVEPOINT "7f1c1a1e-6e51-4bde-8d6c-2a4c6a0f3b11";',
      'COMMIT;',
      'SELECT id, name FROM users ORDER BY id;',
    ],
  },
]);
