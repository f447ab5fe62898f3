// Round 25: the SQL that ORMs and query builders emit to read relations as JSON (Drizzle's relational
// queries, Prisma's relationJoins, Kysely's jsonArrayFrom/jsonObjectFrom, hand-written json_agg), and
// the aliased joins of TypeORM, Sequelize and MikroORM, written from the libraries' own SQL shapes.
import { ProbeCases, withParams as p } from '../probe-kit.js';

/** A snake_case blog as Drizzle, Kysely, Knex and MikroORM map it. */
export const SNAKE = `
  CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE, invited_by int,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00', balance numeric(12,2) NOT NULL DEFAULT 0,
    big bigint, meta jsonb, tags text[] NOT NULL DEFAULT '{}', active boolean NOT NULL DEFAULT true,
    version int NOT NULL DEFAULT 1, deleted_at timestamptz);
  CREATE TABLE posts (id serial PRIMARY KEY, content text NOT NULL, author_id int NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT '2024-02-01 10:00:00+00', views bigint NOT NULL DEFAULT 0, rating double precision, score double precision,
    published_on date, price numeric(10,2));
  CREATE TABLE comments (id serial PRIMARY KEY, post_id int NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id int REFERENCES users(id), text text NOT NULL, created_at timestamp NOT NULL DEFAULT '2024-03-01 12:30:00');
  CREATE TABLE groups (id serial PRIMARY KEY, name text NOT NULL);
  CREATE TABLE users_to_groups (user_id int NOT NULL REFERENCES users(id), group_id int NOT NULL REFERENCES groups(id), PRIMARY KEY (user_id, group_id));
  INSERT INTO users (name, email, invited_by, balance, big, meta, tags, active) VALUES
    ('Ann', 'ann@x.io', NULL, 10.50, 9007199254740991, '{"theme": "dark", "n": 1}', '{a,b}', true),
    ('Bob', 'bob@x.io', 1, 0, NULL, NULL, '{}', false),
    ('Cid', NULL, 1, 99.99, -5, '{"nested": {"k": [1, 2, null]}}', '{"with space","q\\"t"}', true),
    ('Dee', 'dee@x.io', 2, 1234567.89, 42, '[]', '{x}', true);
  INSERT INTO posts (content, author_id, created_at, views, rating, score, published_on, price) VALUES
    ('hello', 1, '2024-02-01 10:00:00+00', 10, 4.5, 0.1, '2024-02-01', 9.90),
    ('again', 1, '2024-02-02 11:30:15.123+00', 5, NULL, 12345.678, NULL, 0),
    ('bobs', 2, '2024-02-03 00:00:00+00', 0, 3.25, -0.5, '2024-02-03', NULL),
    ('dee one', 4, '2024-02-04 23:59:59.5+00', 9007199254740991, 1, 3.14159, '2024-02-29', 100),
    ('dee two', 4, '2024-02-05 00:00:00+00', 100, 2, 2.5, '2024-03-01', 5.5);
  INSERT INTO comments (post_id, author_id, text) VALUES (1, 2, 'nice'), (1, 3, 'meh'), (2, NULL, 'anon'), (4, 1, 'wow');
  INSERT INTO groups (name) VALUES ('admins'), ('readers'), ('empty');
  INSERT INTO users_to_groups VALUES (1, 1), (1, 2), (2, 2), (4, 2);`;

/** A PascalCase blog as Prisma, TypeORM and Sequelize map it. */
export const PASCAL = `
  CREATE TABLE "User" ("id" serial PRIMARY KEY, "email" text NOT NULL, "name" text, "role" text NOT NULL DEFAULT 'USER',
    "createdAt" timestamp(3) NOT NULL DEFAULT '2024-01-01 00:00:00', "updatedAt" timestamp(3) NOT NULL DEFAULT '2024-01-01 00:00:00',
    "balance" decimal(65,30) NOT NULL DEFAULT 0, "bigId" bigint, "profile" jsonb, "version" int NOT NULL DEFAULT 1, "deletedAt" timestamptz);
  CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
  CREATE TABLE "Post" ("id" serial PRIMARY KEY, "title" text NOT NULL, "published" boolean NOT NULL DEFAULT false,
    "authorId" int NOT NULL, "views" int NOT NULL DEFAULT 0, "createdAt" timestamp(3) NOT NULL DEFAULT '2024-02-01 00:00:00',
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE);
  CREATE TABLE "Tag" ("id" serial PRIMARY KEY, "name" text NOT NULL);
  CREATE TABLE "_PostToTag" ("A" int NOT NULL REFERENCES "Post"("id") ON DELETE CASCADE, "B" int NOT NULL REFERENCES "Tag"("id") ON DELETE CASCADE);
  CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");
  INSERT INTO "User" ("email", "name", "role", "createdAt", "balance", "bigId", "profile") VALUES
    ('ann@x.io', 'Ann', 'ADMIN', '2024-01-01 08:00:00.123', 10.5, 9007199254740991, '{"bio": "hi"}'),
    ('bob@x.io', 'Bob', 'USER', '2024-01-02 09:00:00', 0, NULL, NULL),
    ('cid@x.io', NULL, 'USER', '2024-01-03 10:00:00.5', 0.000000000000000000000000000001, 7, '{"a": [1, {"b": null}]}');
  INSERT INTO "Post" ("title", "published", "authorId", "views", "createdAt") VALUES
    ('p1', true, 1, 3, '2024-02-01 00:00:00'), ('p2', false, 1, 0, '2024-02-02 00:00:00'), ('p3', true, 2, 7, '2024-02-03 00:00:00.999');
  INSERT INTO "Tag" ("name") VALUES ('t1'), ('t2');
  INSERT INTO "_PostToTag" VALUES (1, 1), (1, 2), (3, 2);`;

const l = new ProbeCases('rel ');

// Drizzle's relational queries (v1 `db.query.x.findMany({ with })`): each row is a json_build_array, a
// many relation is coalesce(json_agg(...), '[]'::json) in a left join lateral, a one relation a
// lateral subquery with a limit.
const drizzleMany = (extra: string) =>
  `select "users"."id", "users"."name", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content", "users_posts"."author_id", "users_posts"."created_at", "users_posts"."views")${extra}), '[]'::json) as "data" from "posts" "users_posts" where "users_posts"."author_id" = "users"."id") "users_posts" on true`;
l.add('drizzle many', [`${drizzleMany('')} order by "users"."id"`], SNAKE);
l.add(
  'drizzle many ordered',
  [`${drizzleMany(' order by "users_posts"."id" desc')} order by "users"."id"`],
  SNAKE,
);
l.add('drizzle many with limit param', [p(`${drizzleMany('')} order by "users"."id" limit $1`, 2)], SNAKE);
l.add('drizzle many where param', [p(`${drizzleMany('')} where "users"."id" = $1`, 4)], SNAKE);
l.add(
  'drizzle one relation',
  [
    `select "users"."id", "users"."name", "users_invitee"."data" as "invitee" from "users" left join lateral (select json_build_array("users_invitee"."id", "users_invitee"."name", "users_invitee"."email") as "data" from (select * from "users" "users_invitee" where "users_invitee"."id" = "users"."invited_by" limit 1) "users_invitee") "users_invitee" on true order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'drizzle one relation limit param',
  [
    p(
      `select "users"."id", "users_invitee"."data" as "invitee" from "users" left join lateral (select json_build_array("users_invitee"."id", "users_invitee"."name") as "data" from (select * from "users" "users_invitee" where "users_invitee"."id" = "users"."invited_by" limit $1) "users_invitee") "users_invitee" on true order by "users"."id"`,
      1,
    ),
  ],
  SNAKE,
);
l.add(
  'drizzle nested many in many',
  [
    `select "users"."id", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content", "users_posts_comments"."data") order by "users_posts"."id"), '[]'::json) as "data" from "posts" "users_posts" left join lateral (select coalesce(json_agg(json_build_array("users_posts_comments"."id", "users_posts_comments"."text", "users_posts_comments"."created_at") order by "users_posts_comments"."id"), '[]'::json) as "data" from "comments" "users_posts_comments" where "users_posts_comments"."post_id" = "users_posts"."id") "users_posts_comments" on true where "users_posts"."author_id" = "users"."id") "users_posts" on true order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'drizzle many to many through junction',
  [
    `select "users"."id", "users_usersToGroups"."data" as "usersToGroups" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_usersToGroups"."user_id", "users_usersToGroups"."group_id", "users_usersToGroups_group"."data")), '[]'::json) as "data" from "users_to_groups" "users_usersToGroups" left join lateral (select json_build_array("users_usersToGroups_group"."id", "users_usersToGroups_group"."name") as "data" from (select * from "groups" "users_usersToGroups_group" where "users_usersToGroups_group"."id" = "users_usersToGroups"."group_id" limit 1) "users_usersToGroups_group") "users_usersToGroups_group" on true where "users_usersToGroups"."user_id" = "users"."id") "users_usersToGroups" on true order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'drizzle findFirst with columns and extras',
  [
    p(
      `select "id", "name", lower("users"."name") as "lowerName" from "users" where "users"."id" = $1 limit $2`,
      3,
      1,
    ),
  ],
  SNAKE,
);
// Drizzle's v2 relational queries (RQB v2): row_to_json of a derived table.
const rqb2 = (inner: string) =>
  `select "d0"."id" as "id", "d0"."name" as "name", "posts"."r" as "posts" from "users" as "d0" left join lateral (select coalesce(json_agg(row_to_json("t".*)), '[]') as "r" from (${inner}) as "t") as "posts" on true order by "d0"."id"`;
l.add(
  'drizzle rqb2 many',
  [
    rqb2(
      `select "d1"."id" as "id", "d1"."content" as "content" from "posts" as "d1" where "d0"."id" = "d1"."author_id"`,
    ),
  ],
  SNAKE,
);
l.add(
  'drizzle rqb2 many ordered limited',
  [
    rqb2(
      `select "d1"."id" as "id", "d1"."views" as "views", "d1"."created_at" as "createdAt" from "posts" as "d1" where "d0"."id" = "d1"."author_id" order by "d1"."id" desc limit 1`,
    ),
  ],
  SNAKE,
);
l.add(
  'drizzle rqb2 typed columns',
  [
    rqb2(
      `select "d1"."id" as "id", "d1"."rating" as "rating", "d1"."score" as "score", "d1"."published_on" as "publishedOn", "d1"."price" as "price" from "posts" as "d1" where "d0"."id" = "d1"."author_id" order by "d1"."id"`,
    ),
  ],
  SNAKE,
);
l.add(
  'drizzle rqb2 one',
  [
    `select "d0"."id" as "id", "invitee"."r" as "invitee" from "users" as "d0" left join lateral (select row_to_json("t".*) "r" from (select "d1"."id" as "id", "d1"."name" as "name", "d1"."created_at" as "createdAt" from "users" as "d1" where "d0"."invited_by" = "d1"."id" limit 1) as "t") as "invitee" on true order by "d0"."id"`,
  ],
  SNAKE,
);

// Prisma relationJoins: LEFT JOIN LATERAL, JSONB_BUILD_OBJECT, COALESCE(JSONB_AGG(...), '[]').
const prismaMany = (where: string, order: string) =>
  `SELECT "t1"."id", "t1"."email", "User_posts"."__prisma_data__" AS "posts" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"${order}), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'title', "t3"."title", 'published', "t3"."published", 'createdAt', "t3"."createdAt", 'views', "t3"."views") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."Post" AS "t2" WHERE "t1"."id" = "t2"."authorId"${where} /* root select */) AS "t3" /* inner select */) AS "t4" /* middle select */) AS "t5" /* outer select */) AS "User_posts" ON true`;
l.add('prisma include many', [`${prismaMany('', '')} ORDER BY "t1"."id"`], PASCAL);
l.add(
  'prisma include many filtered param',
  [p(`${prismaMany(' AND "t2"."published" = $1', '')} ORDER BY "t1"."id" LIMIT $2`, true, 10)],
  PASCAL,
);
l.add(
  'prisma include many where root param',
  [p(`${prismaMany('', '')} WHERE ("t1"."email" = $1 AND 1=1) LIMIT $2`, 'ann@x.io', 1)],
  PASCAL,
);
l.add(
  'prisma include one',
  [
    `SELECT "t1"."id", "t1"."title", "Post_author"."__prisma_data__" AS "author" FROM "public"."Post" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t2"."id", 'email', "t2"."email", 'name', "t2"."name", 'role', "t2"."role", 'createdAt', "t2"."createdAt", 'balance', "t2"."balance", 'bigId', "t2"."bigId", 'profile', "t2"."profile") AS "__prisma_data__" FROM "public"."User" AS "t2" WHERE "t1"."authorId" = "t2"."id" LIMIT $1) AS "Post_author" ON true ORDER BY "t1"."id"`,
  ].map((sql) => p(sql, 1)),
  PASCAL,
);
l.add(
  'prisma include many to many',
  [
    `SELECT "t1"."id", "Post_tags"."__prisma_data__" AS "tags" FROM "public"."Post" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'name', "t3"."name") AS "__prisma_data__" FROM (SELECT "t2".* FROM "public"."Tag" AS "t2" INNER JOIN "public"."_PostToTag" AS "t5" ON ("t2"."id" = "t5"."B") WHERE "t5"."A" = "t1"."id" /* root select */) AS "t3" /* inner select */) AS "t4" /* middle select */) AS "t6" /* outer select */) AS "Post_tags" ON true ORDER BY "t1"."id"`,
  ],
  PASCAL,
);
l.add(
  'prisma relation count',
  [
    `SELECT "t1"."id", COALESCE("aggr_selection_0_Post"."_aggr_count_posts", 0) AS "_aggr_count_posts" FROM "public"."User" AS "t1" LEFT JOIN (SELECT "t2"."authorId", COUNT(*) AS "_aggr_count_posts" FROM "public"."Post" AS "t2" WHERE 1=1 GROUP BY "t2"."authorId") AS "aggr_selection_0_Post" ON ("t1"."id" = "aggr_selection_0_Post"."authorId") WHERE 1=1 ORDER BY "t1"."id" ASC OFFSET $1`,
  ].map((sql) => p(sql, 0)),
  PASCAL,
);
l.add(
  'prisma relation count in lateral',
  [
    `SELECT "t1"."id", "User__count"."__prisma_data__" AS "_count" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('posts', (SELECT COUNT(*) AS "_aggr_count_posts" FROM "public"."Post" AS "t2" WHERE "t2"."authorId" = "t1"."id")) AS "__prisma_data__") AS "User__count" ON true ORDER BY "t1"."id"`,
  ],
  PASCAL,
);

// Kysely's postgres helpers.
const jsonArrayFrom = (q: string) => `(select coalesce(json_agg(agg), '[]') from (${q}) as agg)`;
const jsonObjectFrom = (q: string) => `(select to_json(obj) from (${q}) as obj)`;
l.add(
  'kysely jsonArrayFrom',
  [
    `select "users"."id", ${jsonArrayFrom(`select "posts"."id" as "post_id", "posts"."content" from "posts" where "posts"."author_id" = "users"."id" order by "posts"."content"`)} as "posts" from "users" order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'kysely jsonArrayFrom typed columns',
  [
    `select "users"."id", ${jsonArrayFrom(`select "posts"."created_at", "posts"."views", "posts"."rating", "posts"."score", "posts"."published_on", "posts"."price" from "posts" where "posts"."author_id" = "users"."id" order by "posts"."id"`)} as "posts" from "users" order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'kysely jsonObjectFrom',
  [
    `select "posts"."id", ${jsonObjectFrom(`select "users"."id", "users"."name", "users"."balance", "users"."big", "users"."meta", "users"."tags", "users"."created_at" from "users" where "users"."id" = "posts"."author_id"`)} as "author" from "posts" order by "posts"."id"`,
  ],
  SNAKE,
);
l.add(
  'kysely jsonObjectFrom none',
  [
    `select "users"."id", ${jsonObjectFrom(`select "u2"."name" from "users" as "u2" where "u2"."id" = "users"."invited_by"`)} as "inviter" from "users" order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'kysely jsonBuildObject',
  [
    `select "id", json_build_object('first', "name", 'email', "email", 'tags', "tags", 'meta', "meta") as "obj" from "users" order by "id"`,
  ],
  SNAKE,
);
l.add(
  'kysely nested jsonArrayFrom',
  [
    `select "users"."id", ${jsonArrayFrom(`select "posts"."id", ${jsonArrayFrom(`select "comments"."text", "comments"."created_at" from "comments" where "comments"."post_id" = "posts"."id" order by "comments"."id"`)} as "comments" from "posts" where "posts"."author_id" = "users"."id" order by "posts"."id"`)} as "posts" from "users" order by "users"."id"`,
  ],
  SNAKE,
);
l.add(
  'kysely jsonArrayFrom with param',
  [
    p(
      `select "users"."id", ${jsonArrayFrom(`select "posts"."id" from "posts" where "posts"."author_id" = "users"."id" and "posts"."views" > $1 order by "posts"."id"`)} as "posts" from "users" where "users"."id" in ($2, $3) order by "users"."id"`,
      1,
      1,
      4,
    ),
  ],
  SNAKE,
);

// The value types every JSON builder carries, one per case (json and jsonb spell them differently).
const JSON_VALUES: [string, string][] = [
  ['timestamptz', '"created_at"'],
  ['numeric', '"balance"'],
  ['bigint', '"big"'],
  ['jsonb', '"meta"'],
  ['text array', '"tags"'],
  ['boolean', '"active"'],
  ['null text', '"email"'],
  ['int', '"invited_by"'],
];
const POST_VALUES: [string, string][] = [
  ['real', '"rating"'],
  ['double', '"score"'],
  ['date', '"published_on"'],
  ['numeric 10 2', '"price"'],
  ['bigint views', '"views"'],
  ['timestamptz micro', '"created_at"'],
];
const COMMENT_VALUES: [string, string][] = [['timestamp', '"created_at"']];
const BUILDERS: [string, (col: string) => string][] = [
  ['json_build_object', (c) => `json_build_object('v', ${c})`],
  ['jsonb_build_object', (c) => `jsonb_build_object('v', ${c})`],
  ['json_build_array', (c) => `json_build_array(${c})`],
  ['jsonb_build_array', (c) => `jsonb_build_array(${c})`],
  ['to_json', (c) => `to_json(${c})`],
  ['to_jsonb', (c) => `to_jsonb(${c})`],
  ['json_agg', (c) => `json_agg(${c} order by id)`],
  ['jsonb_agg', (c) => `jsonb_agg(${c} order by id)`],
  [
    'coalesce json_agg',
    (c) => `coalesce(json_agg(${c} order by id) filter (where ${c} is not null), '[]'::json)`,
  ],
  [
    'coalesce jsonb_agg',
    (c) => `coalesce(jsonb_agg(${c} order by id) filter (where ${c} is not null), '[]'::jsonb)`,
  ],
  ['array_to_json array_agg', (c) => `array_to_json(array_agg(${c} order by id))`],
  ['json_object_agg', (c) => `json_object_agg(id, ${c} order by id)`],
  ['jsonb_object_agg', (c) => `jsonb_object_agg(id, ${c})`],
];
const AGGS = new Set([
  'json_agg',
  'jsonb_agg',
  'coalesce json_agg',
  'coalesce jsonb_agg',
  'array_to_json array_agg',
  'json_object_agg',
  'jsonb_object_agg',
]);
for (const [table, values] of [
  ['users', JSON_VALUES],
  ['posts', POST_VALUES],
  ['comments', COMMENT_VALUES],
] as const) {
  for (const [typeName, col] of values) {
    for (const [builder, build] of BUILDERS) {
      const sql = AGGS.has(builder)
        ? `select ${build(col)} as v from "${table}"`
        : `select id, ${build(col)} as v from "${table}" order by id`;
      l.add(`json value ${table} ${typeName} via ${builder}`, [sql], SNAKE);
      if (AGGS.has(builder)) {
        l.add(
          `json value ${table} ${typeName} via ${builder} as text`,
          [`select (${build(col)})::text as v from "${table}"`],
          SNAKE,
        );
      }
    }
  }
}
// row_to_json over a whole row and a partial one, as Sequelize's and hand-written queries do.
l.add('row_to_json whole row users', ['select row_to_json(u) as v from users u order by id'], SNAKE);
l.add('row_to_json whole row posts', ['select row_to_json(p) as v from posts p order by id'], SNAKE);
l.add('row_to_json whole row comments', ['select row_to_json(c) as v from comments c order by id'], SNAKE);
l.add('to_jsonb whole row users', ['select to_jsonb(u) as v from users u order by id'], SNAKE);
l.add('to_jsonb whole row posts', ['select to_jsonb(p) as v from posts p order by id'], SNAKE);
l.add(
  'to_jsonb whole row minus key',
  [`select to_jsonb(u) - 'meta' - 'big' as v from users u order by id`],
  SNAKE,
);
l.add('json_agg whole row', ['select json_agg(p order by p.id) as v from posts p'], SNAKE);
l.add('jsonb_agg whole row', ['select jsonb_agg(p order by p.id) as v from posts p'], SNAKE);
l.add('json_agg whole row star', ['select json_agg(p.* order by p.id) as v from posts p'], SNAKE);
l.add(
  'row_to_json of subselect columns',
  ['select row_to_json(x) as v from (select id, content as "postContent", views from posts) x order by id'],
  SNAKE,
);
l.add(
  'row_to_json pretty',
  ['select row_to_json(x, true) as v from (select id, name from users) x order by id'],
  SNAKE,
);
l.add(
  'json_agg group join',
  [
    `select u.id, coalesce(json_agg(json_build_object('id', p.id, 'content', p.content) order by p.id) filter (where p.id is not null), '[]') as posts from users u left join posts p on p.author_id = u.id group by u.id order by u.id`,
  ],
  SNAKE,
);
l.add(
  'json_agg group join null object',
  [
    `select u.id, json_agg(json_build_object('id', p.id) order by p.id) as posts from users u left join posts p on p.author_id = u.id group by u.id order by u.id`,
  ],
  SNAKE,
);
l.add('json_agg distinct', [`select json_agg(distinct p.author_id) as v from posts p`], SNAKE);
l.add('jsonb_agg distinct', [`select jsonb_agg(distinct p.author_id) as v from posts p`], SNAKE);
l.add(
  'array_agg into json',
  [
    `select u.id, to_json(array_agg(p.id order by p.id)) as ids from users u join posts p on p.author_id = u.id group by u.id order by u.id`,
  ],
  SNAKE,
);
l.add(
  'array_remove array_agg null',
  [
    `select u.id, array_remove(array_agg(p.id order by p.id), null) as ids from users u left join posts p on p.author_id = u.id group by u.id order by u.id`,
  ],
  SNAKE,
);
l.add(
  'json_build_object with nested subquery',
  [
    `select json_build_object('id', u.id, 'posts', (select coalesce(json_agg(json_build_object('id', p.id, 'views', p.views) order by p.id), '[]'::json) from posts p where p.author_id = u.id)) as v from users u order by u.id`,
  ],
  SNAKE,
);
l.add(
  'jsonb_build_object with count subquery',
  [
    `select jsonb_build_object('id', u.id, 'postCount', (select count(*) from posts p where p.author_id = u.id), 'sum', (select sum(views) from posts p where p.author_id = u.id)) as v from users u order by u.id`,
  ],
  SNAKE,
);
l.add('json_build_object key ordering and duplicates', [
  `select json_build_object('b', 1, 'a', 2, 'b', 3) as v`,
]);
l.add('jsonb_build_object key ordering and duplicates', [
  `select jsonb_build_object('b', 1, 'a', 2, 'b', 3) as v`,
]);
l.add('json_build_object null key', [`select json_build_object(null, 1) as v`]);
l.add('json_build_object odd args', [`select json_build_object('a') as v`]);
l.add('json_build_object numeric key', [`select json_build_object(1, 2, true, false) as v`]);
l.add('json_build_array empty', [`select json_build_array() as v, jsonb_build_array() as w`]);
l.add('json_build_object empty', [`select json_build_object() as v, jsonb_build_object() as w`]);
l.add('json_agg of no rows', [`select json_agg(id) as v, jsonb_agg(id) as w from posts where false`], SNAKE);
l.add(
  'coalesce json_agg untyped default',
  [`select coalesce(json_agg(id), '[]') as v from posts where false`],
  SNAKE,
);
l.add(
  'coalesce jsonb_agg untyped default',
  [`select coalesce(jsonb_agg(id), '[]') as v from posts where false`],
  SNAKE,
);
l.add(
  'pg_typeof coalesce json_agg',
  [
    `select pg_typeof(coalesce(json_agg(id), '[]')) as t, pg_typeof(coalesce(jsonb_agg(id), '[]')) as u from posts`,
  ],
  SNAKE,
);
l.add('json_agg param text', [p(`select json_agg($1::text) as v from posts`, 'x')], SNAKE);
l.add('json_build_object with param', [
  p(`select json_build_object('k', $1::int, 'j', $2::jsonb) as v`, 5, { a: 1 }),
]);
l.add('jsonb_build_object with untyped param', [p(`select jsonb_build_object('k', $1) as v`, 'x')]);
l.add('json_build_object with untyped param', [p(`select json_build_object('k', $1) as v`, 'x')]);
l.add('to_json untyped param', [p(`select to_json($1) as v`, 'x')]);
l.add('to_jsonb text param', [p(`select to_jsonb($1::text) as v`, 'x"y')]);
l.add('json_agg text with quotes and unicode', [
  `select json_agg(x order by x) as v from (values ('a"b'), ('\\'), (E'tab\\t'), ('é'), (E'\\u0001')) t(x)`,
]);
l.add('jsonb_agg text with quotes and unicode', [
  `select jsonb_agg(x order by x) as v from (values ('a"b'), ('\\'), (E'tab\\t'), ('é'), (E'\\u0001')) t(x)`,
]);
l.add('to_json special floats', [
  `select to_json('NaN'::float8) as a, to_json('Infinity'::float8) as b, to_json('NaN'::numeric) as c`,
]);
l.add('to_jsonb special floats', [`select to_jsonb('NaN'::float8) as a, to_jsonb('-Infinity'::float8) as b`]);
l.add('to_json infinity timestamps', [
  `select to_json('infinity'::timestamptz) as a, to_json('-infinity'::date) as b, to_jsonb('infinity'::timestamp) as c`,
]);
l.add('to_json interval uuid bytea', [
  `select to_json('1 day 02:00'::interval) as a, to_json('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid) as b, to_json('\\x0102'::bytea) as c`,
]);
l.add('to_json numeric forms', [
  `select to_json(1.50::numeric) as a, to_json(1e-7::numeric) as b, to_json(100::numeric(10,3)) as c, to_jsonb(0.1::float4) as d, to_json(1e21::float8) as e`,
]);
l.add(
  'to_json enum',
  [`select to_json('ADMIN'::"Role") as a, to_jsonb('USER'::"Role") as b`],
  `CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN')`,
);
l.add(
  'json_build_object enum and decimal 65 30',
  [`select json_build_object('role', "role", 'balance', "balance") as v from "User" order by "id"`],
  PASCAL,
);
l.add(
  'jsonb_build_object timestamp3',
  [`select jsonb_build_object('createdAt', "createdAt") as v from "User" order by "id"`],
  PASCAL,
);
l.add(
  'to_json timestamptz in other zone',
  [
    `set timezone to 'America/New_York'`,
    `select to_json(created_at) as v, created_at::text as t from posts order by id`,
  ],
  SNAKE,
);
l.add(
  'to_jsonb timestamptz in other zone',
  [`set timezone to 'Asia/Kolkata'`, `select to_jsonb(created_at) as v from posts order by id`],
  SNAKE,
);
l.add(
  'json_agg timestamptz in half hour zone',
  [`set timezone to 'Asia/Kathmandu'`, `select json_agg(created_at order by id) as v from posts`],
  SNAKE,
);

// Reading JSON back: ->, ->>, #>>, json_array_elements, jsonb_to_recordset as Prisma's JSON filters and hand-written code do.
l.add(
  'json arrow on json_agg result',
  [`select (json_agg(id order by id) -> 0) as a, (json_agg(id order by id) ->> -1) as b from posts`],
  SNAKE,
);
l.add(
  'jsonb path filter prisma style',
  [p(`select id from users where (meta #>> ARRAY['theme']::text[])::text = $1 order by id`, 'dark')],
  SNAKE,
);
l.add(
  'jsonb path equality prisma style',
  [
    p(
      `select id from users where meta #> ARRAY['nested','k']::text[] = $1::jsonb order by id`,
      '[1, 2, null]',
    ),
  ],
  SNAKE,
);
l.add(
  'jsonb contains param object',
  [p(`select id from users where meta @> $1::jsonb order by id`, { theme: 'dark' })],
  SNAKE,
);
l.add(
  'jsonb contains param json string',
  [p(`select id from users where meta @> $1 order by id`, JSON.stringify({ n: 1 }))],
  SNAKE,
);
l.add('jsonb has key param', [p(`select id from users where meta ? $1 order by id`, 'nested')], SNAKE);
l.add(
  'jsonb has any keys param',
  [p(`select id from users where meta ?| $1 order by id`, ['theme', 'nested'])],
  SNAKE,
);
l.add(
  'jsonb has all keys param',
  [p(`select id from users where meta ?& $1::text[] order by id`, ['theme', 'n'])],
  SNAKE,
);
l.add(
  'jsonb array length filter',
  [`select id from users where jsonb_typeof(meta) = 'array' and jsonb_array_length(meta) = 0 order by id`],
  SNAKE,
);
l.add(
  'jsonb string_contains prisma style',
  [p(`select id from users where (meta #>> ARRAY['theme']::text[])::text like $1 order by id`, '%ar%')],
  SNAKE,
);
l.add(
  'jsonb array_contains prisma style',
  [p(`select id from users where (meta #> ARRAY['nested','k']::text[])::jsonb @> $1 order by id`, '[2]')],
  SNAKE,
);
l.add('jsonb numeric compare', [`select id from users where (meta ->> 'n')::int > 0 order by id`], SNAKE);
l.add(
  'json_array_elements of agg',
  [`select value from json_array_elements((select json_agg(id order by id) from posts))`],
  SNAKE,
);
l.add(
  'jsonb_array_elements_text of nested',
  [`select x from users, jsonb_array_elements_text(meta #> '{nested,k}') as x order by id`],
  SNAKE,
);
l.add(
  'jsonb_each of meta',
  [
    `select u.id, e.key, e.value from users u, jsonb_each(u.meta) e where jsonb_typeof(u.meta) = 'object' order by u.id, e.key`,
  ],
  SNAKE,
);
l.add(
  'jsonb set update returning',
  [
    p(
      `update users set meta = jsonb_set(coalesce(meta, '{}'), '{theme}', to_jsonb($1::text)) where id = $2 returning meta`,
      'light',
      2,
    ),
  ],
  SNAKE,
);
l.add(
  'jsonb concat update returning',
  [
    p(
      `update users set meta = coalesce(meta, '{}'::jsonb) || $1::jsonb where id = $2 returning meta`,
      { k: [1, 'two'] },
      3,
    ),
  ],
  SNAKE,
);
l.add('jsonb concat array onto object', [
  `select '{"a":1}'::jsonb || '[2]'::jsonb as v, '[1]'::jsonb || '{"b":2}'::jsonb as w, '1'::jsonb || '2'::jsonb as x`,
]);
l.add(
  'jsonb delete path update',
  [`update users set meta = meta #- '{nested,k,0}' where id = 3 returning meta`],
  SNAKE,
);

// TypeORM, Sequelize and MikroORM read relations as flat joined rows with aliased columns.
l.add(
  'typeorm leftJoinAndSelect',
  [
    p(
      `SELECT "User"."id" AS "User_id", "User"."name" AS "User_name", "User"."email" AS "User_email", "User__User_posts"."id" AS "User__User_posts_id", "User__User_posts"."content" AS "User__User_posts_content", "User__User_posts"."views" AS "User__User_posts_views" FROM "users" "User" LEFT JOIN "posts" "User__User_posts" ON "User__User_posts"."author_id"="User"."id" WHERE (("User"."id" = $1)) ORDER BY "User__User_posts"."id" ASC`,
      1,
    ),
  ],
  SNAKE,
);
l.add(
  'typeorm relations many to many',
  [
    `SELECT "User"."id" AS "User_id", "User__User_groups"."id" AS "User__User_groups_id", "User__User_groups"."name" AS "User__User_groups_name" FROM "users" "User" LEFT JOIN "users_to_groups" "User_User__User_groups" ON "User_User__User_groups"."user_id"="User"."id" LEFT JOIN "groups" "User__User_groups" ON "User__User_groups"."id"="User_User__User_groups"."group_id" ORDER BY "User"."id", "User__User_groups"."id"`,
  ],
  SNAKE,
);
l.add(
  'sequelize include hasMany',
  [
    `SELECT "User"."id", "User"."name", "posts"."id" AS "posts.id", "posts"."content" AS "posts.content", "posts"."created_at" AS "posts.createdAt" FROM "users" AS "User" LEFT OUTER JOIN "posts" AS "posts" ON "User"."id" = "posts"."author_id" ORDER BY "User"."id", "posts"."id";`,
  ],
  SNAKE,
);
l.add(
  'sequelize include with limit subquery',
  [
    `SELECT "User".*, "posts"."id" AS "posts.id", "posts"."content" AS "posts.content" FROM (SELECT "User"."id", "User"."name" FROM "users" AS "User" ORDER BY "User"."id" LIMIT 2 OFFSET 1) AS "User" LEFT OUTER JOIN "posts" AS "posts" ON "User"."id" = "posts"."author_id" ORDER BY "User"."id", "posts"."id";`,
  ],
  SNAKE,
);
l.add(
  'sequelize include required with limit',
  [
    `SELECT "User".*, "posts"."id" AS "posts.id" FROM (SELECT "User"."id", "User"."name" FROM "users" AS "User" WHERE ( SELECT "author_id" FROM "posts" AS "posts" WHERE ("posts"."author_id" = "User"."id") LIMIT 1 ) IS NOT NULL ORDER BY "User"."id" LIMIT 10) AS "User" INNER JOIN "posts" AS "posts" ON "User"."id" = "posts"."author_id" ORDER BY "User"."id", "posts"."id";`,
  ],
  SNAKE,
);
l.add(
  'sequelize include belongsTo required',
  [
    `SELECT "Post"."id", "Post"."content", "author"."id" AS "author.id", "author"."name" AS "author.name" FROM "posts" AS "Post" INNER JOIN "users" AS "author" ON "Post"."author_id" = "author"."id" AND ("author"."deleted_at" IS NULL) WHERE "Post"."views" >= 5 ORDER BY "Post"."id";`,
  ],
  SNAKE,
);
l.add(
  'mikroorm populate joined',
  [
    p(
      `select "a0".*, "b1"."id" as "b1__id", "b1"."content" as "b1__content", "b1"."author_id" as "b1__author_id" from "users" as "a0" left join "posts" as "b1" on "a0"."id" = "b1"."author_id" where "a0"."id" = $1 order by "b1"."id" asc`,
      4,
    ),
  ],
  SNAKE,
);
l.add(
  'mikroorm populate select in',
  [
    p(
      `select "p0".* from "posts" as "p0" where "p0"."author_id" in ($1, $2, $3) order by "p0"."author_id" asc, "p0"."id" asc`,
      1,
      2,
      4,
    ),
  ],
  SNAKE,
);
l.add(
  'mikroorm populate where exists',
  [
    p(
      `select "u0".* from "users" as "u0" where "u0"."id" in (select "u0"."id" from "users" as "u0" inner join "posts" as "p1" on "u0"."id" = "p1"."author_id" where "p1"."views" > $1) order by "u0"."id" asc`,
      4,
    ),
  ],
  SNAKE,
);

export default l.cases;
