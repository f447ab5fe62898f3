// Round 17 ORM probe, Drizzle: drizzle-orm's pg-core dialect (lower-case keywords, "table"."column"
// qualification, `default` for omitted insert columns, excluded.col in onConflictDoUpdate), its
// relational queries (json_build_array rows aggregated with json_agg, in a LEFT JOIN LATERAL or a
// select-list subquery) and its migrator's "drizzle"."__drizzle_migrations".
import { ProbeCases, withParams } from '../probe-kit.js';
import { DRIZZLE, DRIZZLE_DATA, DRIZZLE_DATA_TEXT, DRIZZLE_PLAIN } from './orm-schema.js';

const list = new ProbeCases('r17 orm drizzle: ');
const p = (name: string, sql: string, params: readonly unknown[], setup = DRIZZLE_DATA_TEXT) =>
  list.params(name, sql, params, setup);
const s = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = DRIZZLE_DATA_TEXT) =>
  list.add(name, steps, setup);
const USERS = `"users"."id", "users"."name", "users"."email", "users"."status", "users"."settings", "users"."score", "users"."created_at"`;

// ---------------------------------------------------------------- schema DDL as drizzle-kit writes it
list.add('kit DDL with DO block', [`SELECT count(*) AS n FROM "users"`], DRIZZLE);
list.add(
  'kit DDL rerun with DO block is idempotent',
  [
    `DO $$ BEGIN\n ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;`,
    'SELECT 1 AS one',
  ],
  DRIZZLE,
);
list.add(
  'kit identity insert default',
  [
    `INSERT INTO "posts" ("id", "content", "author_id", "likes") VALUES (default, 'x', 1, default) RETURNING "id", "likes"`,
  ],
  DRIZZLE_DATA,
);
list.add(
  'kit identity always rejects explicit id',
  [`INSERT INTO "posts" ("id", "content", "author_id") VALUES (42, 'x', 1)`],
  DRIZZLE_DATA,
);
list.add(
  'kit identity overriding system value',
  [
    `INSERT INTO "posts" ("id", "content", "author_id") OVERRIDING SYSTEM VALUE VALUES (42, 'x', 1) RETURNING "id"`,
  ],
  DRIZZLE_DATA,
);
list.add(
  'kit identity sequence name',
  [`SELECT pg_get_serial_sequence('posts', 'id') AS seq`],
  DRIZZLE_PLAIN,
);
list.add(
  'kit alter enum add value',
  [
    `ALTER TYPE "public"."status" ADD VALUE 'deleted';`,
    `SELECT unnest(enum_range(NULL::"status"))::text AS v ORDER BY 1`,
  ],
  DRIZZLE_PLAIN,
);
list.add(
  'kit alter column set default',
  [
    `ALTER TABLE "users" ALTER COLUMN "score" SET DEFAULT 10;`,
    `INSERT INTO "users" ("name") VALUES ('z') RETURNING "score"`,
  ],
  DRIZZLE_PLAIN,
);
list.add(
  'kit alter column drop not null',
  [
    `ALTER TABLE "posts" ALTER COLUMN "likes" DROP NOT NULL;`,
    `INSERT INTO "posts" ("content", "author_id", "likes") VALUES ('x', 1, NULL) RETURNING "likes"`,
  ],
  DRIZZLE_DATA,
);
list.add(
  'kit add column with default backfills',
  [
    `ALTER TABLE "users" ADD COLUMN "verified" boolean DEFAULT false NOT NULL;`,
    `SELECT "id" AS id, "verified" AS v FROM "users" ORDER BY 1`,
  ],
  DRIZZLE_DATA,
);
list.add(
  'kit drop constraint',
  [
    `ALTER TABLE "users" DROP CONSTRAINT "users_email_unique";`,
    `INSERT INTO "users" ("name", "email") VALUES ('dup', 'dan@drizzle.team') RETURNING "id"`,
  ],
  DRIZZLE_DATA,
);
list.add(
  'kit unique violation names constraint',
  [`INSERT INTO "users" ("name", "email") VALUES ('dup', 'dan@drizzle.team')`],
  DRIZZLE_DATA,
);
list.add(
  'kit fk violation names constraint',
  [`INSERT INTO "posts" ("content", "author_id") VALUES ('x', 99)`],
  DRIZZLE_DATA,
);
list.add(
  'kit enum violation',
  [`INSERT INTO "users" ("name", "status") VALUES ('x', 'frozen')`],
  DRIZZLE_DATA,
);

// ---------------------------------------------------------------- select
p(
  'select all columns by id',
  `select "id", "name", "email", "status", "settings", "score", "created_at" from "users" where "users"."id" = $1`,
  [1],
);
p(
  'select qualified where and',
  `select "id", "name" from "users" where ("users"."status" = $1 and "users"."score" > $2) order by "users"."id"`,
  ['active', 4],
);
p(
  'select or',
  `select "id" from "users" where ("users"."email" is null or "users"."score" < $1) order by "users"."id"`,
  [6],
);
p('select not', `select "id" from "users" where not "users"."status" = $1 order by "users"."id"`, ['banned']);
p(
  'select ne with null column',
  `select "id" from "users" where "users"."score" <> $1 order by "users"."id"`,
  [5],
);
p('select inArray', `select "id" from "users" where "users"."id" in ($1, $2) order by "users"."id"`, [1, 3]);
p('select inArray empty is false', `select "id" from "users" where false`, []);
p('select notInArray empty is true', `select "id" from "users" where true order by "users"."id"`, []);
p('select notInArray', `select "id" from "users" where "users"."id" not in ($1) order by "users"."id"`, [2]);
p(
  'select between',
  `select "id" from "users" where "users"."created_at" between $1 and $2 order by "users"."id"`,
  ['2024-03-01T00:00:00.000Z', '2024-03-02T23:59:59.999Z'],
);
p(
  'select notBetween',
  `select "id" from "users" where "users"."score" not between $1 and $2 order by "users"."id"`,
  [0, 6],
);
p('select like', `select "id" from "users" where "users"."name" like $1`, ['D%']);
p('select ilike', `select "id" from "users" where "users"."email" ilike $1 order by "users"."id"`, [
  '%DRIZZLE%',
]);
p('select notIlike', `select "id" from "users" where "users"."email" not ilike $1 order by "users"."id"`, [
  '%dan%',
]);
p('select isNull', `select "id" from "users" where "users"."score" is null`, []);
p('select isNotNull', `select "id" from "users" where "users"."email" is not null order by "users"."id"`, []);
p('select jsonb ->>', `select "id" from "users" where "users"."settings"->>'theme' = $1`, ['dark']);
p(
  'select jsonb -> number',
  `select "id", ("users"."settings"->'n')::int as "n" from "users" where "users"."settings" ? 'n'`,
  [],
);
p(
  'select jsonb containment',
  `select "id" from "users" where "users"."settings" @> $1 order by "users"."id"`,
  [{ theme: 'light' }],
);
p('select sql lower', `select "id" from "users" where lower("users"."name") = $1`, ['eve']);
p(
  'select order by desc limit offset',
  `select "id", "name" from "users" order by "users"."created_at" desc limit $1 offset $2`,
  [2, 1],
);
p(
  'select order by asc nulls last',
  `select "id", "score" from "users" order by "users"."score" asc nulls last`,
  [],
);
p(
  'select order by desc default nulls first',
  `select "id", "score" from "users" order by "users"."score" desc`,
  [],
);
p('select partial fields alias', `select "id", "name" as "userName" from "users" order by "users"."id"`, []);
p('select count', `select count(*) from "users"`, []);
p('select count column', `select count("users"."score") from "users"`, []);
p('select $count where', `select count(*) from "users" where "users"."status" = $1`, ['active']);
p('select count cast int', `select cast(count(*) as integer) as "count" from "posts"`, []);
p('select count mapWith Number', `select count(distinct "posts"."author_id") as "count" from "posts"`, []);
p(
  'select sum avg',
  `select sum("posts"."likes") as "sum", avg("posts"."likes") as "avg", max("posts"."likes") as "max" from "posts"`,
  [],
);
p('select selectDistinct', `select distinct "status" from "users" order by "status"`, []);
p(
  'select selectDistinctOn',
  `select distinct on ("users"."status") "id", "status" from "users" order by "users"."status", "users"."id" desc`,
  [],
);
p(
  'select innerJoin',
  `select "users"."id", "users"."name", "posts"."content" from "users" inner join "posts" on "users"."id" = "posts"."author_id" order by "posts"."id"`,
  [],
);
p(
  'select leftJoin nulls',
  `select "users"."name", "posts"."content" from "users" left join "posts" on "users"."id" = "posts"."author_id" order by "users"."id", "posts"."id"`,
  [],
);
p(
  'select rightJoin',
  `select "users"."name", "comments"."body" from "users" right join "posts" on "users"."id" = "posts"."author_id" right join "comments" on "comments"."post_id" = "posts"."id" order by "comments"."id"`,
  [],
);
p(
  'select fullJoin',
  `select "users"."id" as "uid", "posts"."id" as "pid" from "users" full join "posts" on "users"."id" = "posts"."author_id" order by 1, 2`,
  [],
);
p(
  'select alias self join',
  `select "users"."id", "parent"."id" as "pid" from "users" left join "users" "parent" on "parent"."id" = "users"."id" - 1 order by "users"."id"`,
  [],
);
p(
  'select groupBy having',
  `select "posts"."author_id", count("posts"."id") as "n" from "posts" group by "posts"."author_id" having count("posts"."id") > $1`,
  [1],
);
p(
  'select subquery from',
  `select "sq"."id", "sq"."name" from (select "id", "name" from "users" where "users"."status" = $1) "sq" order by "sq"."id"`,
  ['active'],
);
p(
  'select $with cte',
  `with "sq" as (select "id", "name" from "users" where "users"."score" > $1) select "id", "name" from "sq" order by "sq"."id"`,
  [1],
);
p('select union', `(select "name" from "users") union (select "content" from "posts") order by 1`, []);
p(
  'select unionAll limit',
  `(select "id" from "users") union all (select "id" from "posts") order by 1 limit $1`,
  [4],
);
p(
  'select intersect',
  `(select "id" from "users") intersect (select "author_id" from "posts") order by 1`,
  [],
);
p('select except', `(select "id" from "users") except (select "author_id" from "posts")`, []);
p(
  'select exists',
  `select "id" from "users" where exists (select "id" from "posts" where "posts"."author_id" = "users"."id") order by "users"."id"`,
  [],
);
p(
  'select notExists',
  `select "id" from "users" where not exists (select "id" from "posts" where "posts"."author_id" = "users"."id")`,
  [],
);
p('select for update', `select "id" from "users" where "users"."id" = $1 for update`, [1]);
p(
  'select for update skip locked',
  `select "id" from "posts" order by "posts"."id" limit $1 for update skip locked`,
  [1],
);
p(
  'select for share of',
  `select "users"."id" from "users" inner join "posts" on "posts"."author_id" = "users"."id" where "posts"."id" = $1 for share of "users"`,
  [1],
);
p(
  'select timestamp mode date param',
  `select "id" from "users" where "users"."created_at" > $1 order by "users"."id"`,
  ['2024-03-01T12:00:00.000Z'],
);
p(
  'select timestamp string compare',
  `select "id", "created_at" from "users" where "users"."created_at" = $1`,
  ['2024-03-02 12:00:00'],
);
p(
  'select scalar subquery column',
  `select "id", (select count(*) from "posts" where "posts"."author_id" = "users"."id") as "postCount" from "users" order by "users"."id"`,
  [],
);

// ---------------------------------------------------------------- relational queries
p(
  'rq findMany with posts lateral',
  `select "users"."id", "users"."name", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content", "users_posts"."likes")), '[]'::json) as "data" from "posts" "users_posts" where "users_posts"."author_id" = "users"."id") "users_posts" on true order by "users"."id"`,
  [],
);
p(
  'rq findMany with posts ordered lateral',
  `select "users"."id", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content") order by "users_posts"."id" desc), '[]'::json) as "data" from "posts" "users_posts" where "users_posts"."author_id" = "users"."id") "users_posts" on true order by "users"."id"`,
  [],
);
p(
  'rq findFirst limit param',
  `select "users"."id", "users"."name", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content")), '[]'::json) as "data" from (select * from "posts" "users_posts" where "users_posts"."author_id" = "users"."id" order by "users_posts"."id" limit $1) "users_posts") "users_posts" on true where "users"."id" = $2 limit $3`,
  [1, 1, 1],
);
p(
  'rq one relation lateral',
  `select "posts"."id", "posts_author"."data" as "author" from "posts" left join lateral (select json_build_array("posts_author"."id", "posts_author"."name", "posts_author"."settings", "posts_author"."created_at") as "data" from (select * from "users" "posts_author" where "posts_author"."id" = "posts"."author_id" limit $1) "posts_author") "posts_author" on true order by "posts"."id"`,
  [1],
);
p(
  'rq nested relations',
  `select "users"."id", "users_posts"."data" as "posts" from "users" left join lateral (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts_comments"."data")), '[]'::json) as "data" from "posts" "users_posts" left join lateral (select coalesce(json_agg(json_build_array("users_posts_comments"."body") order by "users_posts_comments"."id"), '[]'::json) as "data" from "comments" "users_posts_comments" where "users_posts_comments"."post_id" = "users_posts"."id") "users_posts_comments" on true where "users_posts"."author_id" = "users"."id") "users_posts" on true order by "users"."id"`,
  [],
);
p(
  'rq select-list subquery shape',
  `select "id", "name", (select coalesce(json_agg(json_build_array("users_posts"."id", "users_posts"."content")), '[]'::json) from (select * from "posts" "users_posts" where "users_posts"."author_id" = "users"."id" order by "users_posts"."id") "users_posts") as "posts" from "users" order by "users"."id"`,
  [],
);
p(
  'rq where on relation via exists',
  `select "id" from "users" where exists (select 1 from "posts" where "posts"."author_id" = "users"."id" and "posts"."likes" > $1) order by "users"."id"`,
  [5],
);
p(
  'rq json_build_array types',
  `select json_build_array("users"."id", "users"."score", "users"."settings", "users"."status", "users"."created_at", null, true, 1.50) as "data" from "users" where "users"."id" = $1`,
  [1],
);
p(
  'rq json_agg empty',
  `select coalesce(json_agg(json_build_array("posts"."id")), '[]'::json) as "data" from "posts" where "posts"."author_id" = $1`,
  [3],
);
p(
  'rq json_build_object',
  `select json_build_object('id', "users"."id", 'name', "users"."name") as "data" from "users" order by "users"."id"`,
  [],
);
p(
  'rq extras sql',
  `select "id", lower("users"."name") as "lowerName" from "users" order by "users"."id"`,
  [],
);

// ---------------------------------------------------------------- insert / update / delete
p(
  'insert defaults returning all',
  `insert into "users" ("id", "name", "email", "status", "settings", "score", "created_at") values (default, $1, $2, default, default, default, default) returning ${USERS.replace(', "users"."created_at"', '')}`,
  ['Gia', 'gia@drizzle.team'],
);
p(
  'insert many rows with default',
  `insert into "users" ("id", "name", "email", "status", "settings", "score", "created_at") values (default, $1, default, default, default, default, default), (default, $2, $3, $4, $5, $6, $7) returning "id", "email", "status", "settings", "score", "created_at" = $7 as "given"`,
  ['A', 'B', 'b@x.io', 'banned', '{"a":1}', 3, '2024-04-01 00:00:00'],
);
p(
  'insert jsonb param object',
  `insert into "users" ("id", "name", "settings") values (default, $1, $2) returning "settings"`,
  ['J', JSON.stringify({ z: 1, a: [true, null], ü: 'ß' })],
);
p(
  'insert timestamp mode date',
  `insert into "users" ("name", "created_at") values ($1, $2) returning "created_at"`,
  ['T', '2024-05-06T07:08:09.123Z'],
);
p(
  'insert onConflictDoNothing',
  `insert into "users" ("id", "name", "email") values (default, $1, $2) on conflict do nothing returning "id"`,
  ['x', 'dan@drizzle.team'],
);
p(
  'insert onConflictDoNothing target',
  `insert into "users" ("id", "name", "email") values (default, $1, $2) on conflict ("email") do nothing returning "id"`,
  ['x', 'new@drizzle.team'],
);
p(
  'insert onConflictDoUpdate excluded',
  `insert into "users" ("id", "name", "email") values (default, $1, $2) on conflict ("email") do update set "name" = excluded.name returning "id", "name"`,
  ['Daniel', 'dan@drizzle.team'],
);
p(
  'insert onConflictDoUpdate quoted excluded',
  `insert into "users" ("id", "name", "email", "score") values (default, $1, $2, $3) on conflict ("email") do update set "name" = excluded."name", "score" = "users"."score" + excluded."score" returning "id", "name", "score"`,
  ['Dan2', 'dan@drizzle.team', 10],
);
p(
  'insert onConflictDoUpdate setWhere',
  `insert into "users" ("name", "email", "score") values ($1, $2, $3) on conflict ("email") do update set "score" = excluded.score where "users"."score" < excluded.score returning "id", "score"`,
  ['Dan', 'dan@drizzle.team', 1],
);
p(
  'insert onConflictDoUpdate on pk',
  `insert into "posts" ("id", "content", "author_id") overriding system value values ($1, $2, $3) on conflict ("id") do update set "content" = $4 returning "id", "content"`,
  [1, 'new', 1, 'updated'],
);
p(
  'insert onConflictDoUpdate null score coalesce',
  `insert into "users" ("name", "email", "score") values ($1, $2, $3) on conflict ("email") do update set "score" = coalesce("users"."score", 0) + excluded.score returning "score"`,
  ['x', 'eve@drizzle.team', 2],
);
p(
  'insert onConflict twice in one statement',
  `insert into "users" ("name", "email") values ($1, $2), ($3, $4) on conflict ("email") do update set "name" = excluded.name`,
  ['a', 'same@x.io', 'b', 'same@x.io'],
);
p(
  'insert select',
  `insert into "comments" ("post_id", "body") select "posts"."id", $1 from "posts" where "posts"."likes" > $2 returning "id", "post_id", "body"`,
  ['auto', 0],
);
p(
  'update set returning',
  `update "users" set "name" = $1, "score" = $2 where "users"."id" = $3 returning "id", "name", "score"`,
  ['Danny', 9, 1],
);
p(
  'update sql increment',
  `update "posts" set "likes" = "posts"."likes" + 1 where "posts"."author_id" = $1 returning "id", "likes"`,
  [1],
);
p(
  'update jsonb_set',
  `update "users" set "settings" = jsonb_set("users"."settings", '{theme}', $1) where "users"."id" = $2 returning "settings"`,
  ['"blue"', 1],
);
p(
  'update jsonb concat',
  `update "users" set "settings" = "users"."settings" || $1::jsonb where "users"."id" = $2 returning "settings"`,
  ['{"extra": [1, 2]}', 2],
);
p(
  'update from',
  `update "posts" set "likes" = 0 from "users" where "users"."id" = "posts"."author_id" and "users"."status" = $1 returning "posts"."id"`,
  ['banned'],
);
p('update no rows', `update "users" set "name" = $1 where "users"."id" = $2`, ['x', 404]);
p('delete returning', `delete from "users" where "users"."id" = $1 returning "id", "name"`, [2]);
s('delete cascades', [
  withParams(`delete from "users" where "users"."id" = $1`, 1),
  `select count(*) as "posts", (select count(*) from "comments") as "comments" from "posts"`,
]);
p(
  'delete using',
  `delete from "comments" using "posts" where "posts"."id" = "comments"."post_id" and "posts"."author_id" = $1 returning "comments"."id"`,
  [1],
);
s('transaction savepoint nested', [
  'begin',
  withParams(`insert into "users" ("name") values ($1)`, 'outer'),
  'savepoint sp1',
  withParams(`insert into "users" ("name", "email") values ($1, $2)`, 'dup', 'dan@drizzle.team'),
  'rollback to savepoint sp1',
  'commit',
  `select "name" from "users" order by "id"`,
]);
s('transaction set isolation read only', [
  'begin isolation level repeatable read read only',
  `select count(*) as n from "users"`,
  withParams(`insert into "users" ("name") values ($1)`, 'ro'),
  'rollback',
]);

// ---------------------------------------------------------------- migrator
const MIGRATOR = [
  'CREATE SCHEMA IF NOT EXISTS "drizzle"',
  `CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (
			id SERIAL PRIMARY KEY,
			hash text NOT NULL,
			created_at bigint
		)`,
];
list.add('migrator bootstrap', [
  ...MIGRATOR,
  ...MIGRATOR,
  `select count(*) as n from "drizzle"."__drizzle_migrations"`,
]);
list.add('migrator last migration empty', [
  ...MIGRATOR,
  `select id, hash, created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1`,
]);
list.add('migrator insert and read', [
  ...MIGRATOR,
  `insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values('563f0bc57d87e284c71533a5f67e1b525de720cf6727eed140f6c384ef06c995', '1734221536864')`,
  `insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values('a1b2', '1734221999999')`,
  `select id, hash, created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1`,
]);
list.add('migrator breakpoints in one transaction', [
  ...MIGRATOR,
  'BEGIN',
  `CREATE TABLE IF NOT EXISTS "t1" ("id" serial PRIMARY KEY NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS "t2" ("id" serial PRIMARY KEY NOT NULL, "t1_id" integer REFERENCES "t1"("id"))`,
  `insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values('h', '1700000000000')`,
  'COMMIT',
  `select count(*) as n from information_schema.tables where table_name in ('t1', 't2')`,
]);
list.add('migrator failing migration rolls back', [
  ...MIGRATOR,
  'BEGIN',
  `CREATE TABLE "t1" ("id" serial PRIMARY KEY NOT NULL)`,
  `CREATE TABLE "t1" ("id" serial PRIMARY KEY NOT NULL)`,
  'ROLLBACK',
  `select to_regclass('public.t1') is null as gone`,
]);
list.add('migrator schema table via information_schema', [
  ...MIGRATOR,
  `select table_schema, table_name from information_schema.tables where table_schema = 'drizzle' order by table_name`,
]);
list.add('migrator bigint created_at reads as text', [
  ...MIGRATOR,
  withParams(
    `insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values($1, $2)`,
    'h',
    1734221536864,
  ),
  `select created_at, pg_typeof(created_at)::text as t from "drizzle"."__drizzle_migrations"`,
]);

export default list.cases;
