// Round 18 probe, repository writes part 6: the write statements ORMs and query builders emit
// (Prisma, TypeORM, Sequelize, Knex, Drizzle, Kysely, MikroORM, pg-promise), text as they send it.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: orm: ');

const PRISMA = `CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "name" TEXT, "role" TEXT NOT NULL DEFAULT 'USER',
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" TIMESTAMP(3) NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" TEXT NOT NULL, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL, "views" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
INSERT INTO "User" ("email", "name", "updatedAt") VALUES ('a@x', 'A', '2024-01-01 00:00:00');`;
const SEQ = `CREATE TABLE "Users" ("id" SERIAL PRIMARY KEY, "name" VARCHAR(255), "count" INTEGER DEFAULT 0, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL);`;
const PLAIN = `CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, created_at timestamptz NOT NULL DEFAULT '2024-01-01T00:00:00Z', deleted_at timestamptz, version int NOT NULL DEFAULT 1);
INSERT INTO users (email, name) VALUES ('a@x', 'A'), ('b@x', 'B');`;

// ---------------------------------------------------------------- Prisma
list.add(
  'prisma create returning schema-qualified columns',
  [
    withParams(
      `INSERT INTO "public"."User" ("email","name","updatedAt") VALUES ($1,$2,$3) RETURNING "public"."User"."id", "public"."User"."email", "public"."User"."name", "public"."User"."role"`,
      'b@x',
      'B',
      new Date('2024-02-02T00:00:00Z'),
    ),
  ],
  PRISMA,
);
list.add(
  'prisma update with 1=1 and schema-qualified where',
  [
    withParams(
      `UPDATE "public"."User" SET "name" = $1, "updatedAt" = $2 WHERE ("public"."User"."id" = $3 AND 1=1) RETURNING "public"."User"."id", "public"."User"."name"`,
      'AA',
      '2024-03-03 00:00:00',
      1,
    ),
  ],
  PRISMA,
);
list.add(
  'prisma upsert on conflict with a where on the update',
  [
    withParams(
      `INSERT INTO "public"."User" ("email","name","updatedAt") VALUES ($1,$2,$3) ON CONFLICT ("email") DO UPDATE SET "name" = $4, "updatedAt" = $5 WHERE ("public"."User"."email" = $6 AND 1=1) RETURNING "public"."User"."id", "public"."User"."name", "public"."User"."email"`,
      'a@x',
      'new',
      '2024-01-01',
      'upd',
      '2024-04-04',
      'a@x',
    ),
  ],
  PRISMA,
);
list.add(
  'prisma createMany skipDuplicates',
  [
    withParams(
      `INSERT INTO "public"."Post" ("id","title","authorId") VALUES ($1,$2,$3), ($4,$5,$6) ON CONFLICT DO NOTHING`,
      'p1',
      'T1',
      1,
      'p1',
      'T2',
      1,
    ),
  ],
  PRISMA,
);
list.add(
  'prisma createMany foreign key violation',
  [withParams(`INSERT INTO "public"."Post" ("id","title","authorId") VALUES ($1,$2,$3)`, 'p1', 'T1', 99)],
  PRISMA,
);
list.add(
  'prisma unique violation on a quoted index',
  [
    withParams(
      `INSERT INTO "public"."User" ("email","updatedAt") VALUES ($1,$2) RETURNING "public"."User"."id"`,
      'a@x',
      '2024-01-01',
    ),
  ],
  PRISMA,
);
list.add(
  'prisma deleteMany with in list',
  [
    `INSERT INTO "Post" VALUES ('p1', 't', 1), ('p2', 't', 1), ('p3', 't', 1)`,
    withParams(`DELETE FROM "public"."Post" WHERE ("public"."Post"."id" IN ($1,$2) AND 1=1)`, 'p1', 'p3'),
  ],
  PRISMA,
);
list.add(
  'prisma delete of a referenced user is 23001 or 23503 as restrict says',
  [
    `INSERT INTO "Post" VALUES ('p1', 't', 1)`,
    withParams(
      `DELETE FROM "public"."User" WHERE ("public"."User"."id" = $1 AND 1=1) RETURNING "public"."User"."id"`,
      1,
    ),
  ],
  PRISMA,
);
list.add(
  'prisma atomic increment',
  [
    `INSERT INTO "Post" VALUES ('p1', 't', 1)`,
    withParams(
      `UPDATE "public"."Post" SET "views" = ("public"."Post"."views" + $1) WHERE ("public"."Post"."id" = $2 AND 1=1) RETURNING "public"."Post"."views"`,
      5,
      'p1',
    ),
  ],
  PRISMA,
);
list.add(
  'prisma updateMany returns count only',
  [
    `INSERT INTO "Post" VALUES ('p1', 't', 1), ('p2', 't', 1)`,
    withParams(`UPDATE "public"."Post" SET "title" = $1 WHERE "public"."Post"."authorId" = $2`, 'new', 1),
  ],
  PRISMA,
);
list.add(
  'prisma on update cascade of the user id',
  [
    `INSERT INTO "Post" VALUES ('p1', 't', 1)`,
    `UPDATE "User" SET "id" = 5 WHERE "id" = 1`,
    `SELECT "authorId" FROM "Post"`,
  ],
  PRISMA,
);
list.add(
  'prisma timestamp(3) rounds the milliseconds',
  [
    withParams(
      `INSERT INTO "public"."User" ("email","updatedAt") VALUES ($1,$2) RETURNING "updatedAt"`,
      'c@x',
      '2024-01-01 00:00:00.12345',
    ),
  ],
  PRISMA,
);

// ---------------------------------------------------------------- TypeORM
const TYPEORM = `CREATE TABLE "post" ("id" SERIAL NOT NULL, "title" character varying NOT NULL, "version" integer NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP,
  CONSTRAINT "PK_post" PRIMARY KEY ("id"));`;
list.add(
  'typeorm insert with DEFAULT and returning generated columns',
  [
    withParams(
      `INSERT INTO "post"("id", "title", "version", "createdAt", "updatedAt", "deletedAt") VALUES (DEFAULT, $1, $2, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "createdAt" = now() AS "fresh", "deletedAt"`,
      'hello',
      1,
    ),
  ],
  TYPEORM,
);
list.add(
  'typeorm update with version bump and updatedAt',
  [
    `INSERT INTO "post"("title", "version") VALUES ('a', 1)`,
    withParams(
      `UPDATE "post" SET "title" = $1, "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" IN ($2) RETURNING "version", "updatedAt" IS NOT NULL AS "has"`,
      'b',
      1,
    ),
  ],
  TYPEORM,
);
list.add(
  'typeorm soft delete',
  [
    `INSERT INTO "post"("title", "version") VALUES ('a', 1), ('b', 1)`,
    withParams(
      `UPDATE "post" SET "deletedAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP WHERE ("id" IN ($1, $2)) AND ("deletedAt" IS NULL)`,
      1,
      2,
    ),
  ],
  TYPEORM,
);
list.add(
  'typeorm restore',
  [
    `INSERT INTO "post"("title", "version", "deletedAt") VALUES ('a', 1, now())`,
    withParams(`UPDATE "post" SET "deletedAt" = NULL, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" IN ($1)`, 1),
  ],
  TYPEORM,
);
list.add(
  'typeorm upsert orUpdate',
  [
    `INSERT INTO "post"("title", "version") VALUES ('a', 1)`,
    withParams(
      `INSERT INTO "post"("id", "title", "version") VALUES ($1, $2, $3) ON CONFLICT ( "id" ) DO UPDATE SET "title" = EXCLUDED."title", "version" = EXCLUDED."version" RETURNING "createdAt" IS NOT NULL AS c`,
      1,
      'z',
      7,
    ),
  ],
  TYPEORM,
);
list.add(
  'typeorm delete by ids',
  [
    `INSERT INTO "post"("title", "version") VALUES ('a', 1), ('b', 1)`,
    withParams(`DELETE FROM "post" WHERE "id" IN ($1, $2)`, 1, 2),
  ],
  TYPEORM,
);
list.add(
  'typeorm transaction with savepoint typeorm_1',
  [
    'START TRANSACTION',
    'SAVEPOINT typeorm_1',
    withParams(`INSERT INTO "post"("title", "version") VALUES ($1, $2) RETURNING "id"`, 'a', 1),
    'RELEASE SAVEPOINT typeorm_1',
    'COMMIT',
  ],
  TYPEORM,
);
list.add(
  'typeorm nested transaction rollback to savepoint',
  [
    'START TRANSACTION',
    withParams(`INSERT INTO "post"("title", "version") VALUES ($1, $2)`, 'keep', 1),
    'SAVEPOINT typeorm_1',
    withParams(
      `INSERT INTO "post"("title", "version", "createdAt", "updatedAt") VALUES ($1, $2, $3, $3)`,
      'drop',
      null,
      '2024-01-01 00:00:00',
    ),
    'ROLLBACK TO SAVEPOINT typeorm_1',
    'COMMIT',
    `SELECT "title" FROM "post"`,
  ],
  TYPEORM,
);

// ---------------------------------------------------------------- Sequelize
list.add(
  'sequelize create with trailing semicolon on the extended protocol',
  [
    withParams(
      `INSERT INTO "Users" ("id","name","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3) RETURNING "id","name","count","createdAt","updatedAt";`,
      'a',
      '2024-01-01 00:00:00.000 +00:00',
      '2024-01-01 00:00:00.000 +00:00',
    ),
  ],
  SEQ,
);
list.add(
  'sequelize upsert with excluded and trailing semicolon',
  [
    `INSERT INTO "Users" ("name","createdAt","updatedAt") VALUES ('a', now(), now())`,
    withParams(
      `INSERT INTO "Users" ("id","name","createdAt","updatedAt") VALUES ($1,$2,$3,$4) ON CONFLICT ("id") DO UPDATE SET "name"=EXCLUDED."name","updatedAt"=EXCLUDED."updatedAt" RETURNING "id","name";`,
      1,
      'b',
      '2024-01-01 00:00:00.000 +00:00',
      '2024-02-01 00:00:00.000 +00:00',
    ),
  ],
  SEQ,
);
list.add(
  'sequelize increment with literal timestamps',
  [
    `INSERT INTO "Users" ("name","createdAt","updatedAt") VALUES ('a', now(), now())`,
    `UPDATE "Users" SET "count"="count"+ 2,"updatedAt"='2024-05-05 10:00:00.000 +00:00' WHERE "id" = 1 RETURNING "id","count","updatedAt"`,
  ],
  SEQ,
);
list.add(
  'sequelize bulkCreate with returning star',
  [
    `INSERT INTO "Users" ("id","name","createdAt","updatedAt") VALUES (DEFAULT,'a','2024-01-01 00:00:00.000 +00:00','2024-01-01 00:00:00.000 +00:00'),(DEFAULT,'b','2024-01-01 00:00:00.000 +00:00','2024-01-01 00:00:00.000 +00:00') RETURNING *;`,
  ],
  SEQ,
);
list.add(
  'sequelize update with returning and where',
  [
    `INSERT INTO "Users" ("name","createdAt","updatedAt") VALUES ('a', now(), now())`,
    withParams(
      `UPDATE "Users" SET "name"=$1,"updatedAt"=$2 WHERE "id" = $3 RETURNING "id","name"`,
      'z',
      '2024-01-01 00:00:00.000 +00:00',
      1,
    ),
  ],
  SEQ,
);
list.add(
  'sequelize destroy',
  [
    `INSERT INTO "Users" ("name","createdAt","updatedAt") VALUES ('a', now(), now())`,
    `DELETE FROM "Users" WHERE "id" = 1`,
  ],
  SEQ,
);
list.add(
  'sequelize varchar 255 overflow',
  [
    withParams(
      `INSERT INTO "Users" ("id","name","createdAt","updatedAt") VALUES (DEFAULT,$1,now(),now()) RETURNING "id";`,
      'x'.repeat(256),
    ),
  ],
  SEQ,
);

// ---------------------------------------------------------------- Knex
list.add(
  'knex multi-row insert fills missing keys with DEFAULT',
  [
    withParams(
      'insert into "users" ("email", "name") values ($1, $2), ($3, DEFAULT) returning "id", "name"',
      'c@x',
      'C',
      'd@x',
    ),
  ],
  PLAIN,
);
list.add(
  'knex onConflict merge',
  [
    withParams(
      'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" returning *',
      'a@x',
      'AA',
    ),
  ],
  PLAIN,
);
list.add(
  'knex onConflict merge with explicit columns and a where',
  [
    withParams(
      'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" where "users"."name" is distinct from excluded."name" returning "id"',
      'a@x',
      'A',
    ),
  ],
  PLAIN,
);
list.add(
  'knex onConflict ignore',
  [
    withParams(
      'insert into "users" ("email") values ($1) on conflict ("email") do nothing returning "id"',
      'a@x',
    ),
  ],
  PLAIN,
);
list.add(
  'knex update returning',
  [withParams('update "users" set "name" = $1 where "id" = $2 returning "id", "name"', 'N', 2)],
  PLAIN,
);
list.add(
  'knex increment',
  [withParams('update "users" set "version" = "version" + $1 where "id" = $2 returning "version"', 1, 1)],
  PLAIN,
);
list.add('knex del with whereIn', [withParams('delete from "users" where "id" in ($1, $2)', 1, 2)], PLAIN);
list.add('knex insert of an empty object is default values', [
  'CREATE TABLE e (id serial, at timestamptz DEFAULT now())',
  'insert into "e" default values returning "id"',
]);

// ---------------------------------------------------------------- Drizzle
list.add(
  'drizzle insert with default keyword',
  [
    withParams(
      'insert into "users" ("id", "email", "name", "created_at", "deleted_at", "version") values (default, $1, $2, default, default, default) returning "id", "email", "version"',
      'c@x',
      'C',
    ),
  ],
  PLAIN,
);
list.add(
  'drizzle onConflictDoUpdate with parameter set',
  [
    withParams(
      'insert into "users" ("id", "email", "name", "created_at", "deleted_at", "version") values (default, $1, $2, default, default, default) on conflict ("email") do update set "name" = $3 returning "id", "name"',
      'a@x',
      'x',
      'set',
    ),
  ],
  PLAIN,
);
list.add(
  'drizzle onConflictDoNothing with target',
  [
    withParams(
      'insert into "users" ("id", "email", "name", "created_at", "deleted_at", "version") values (default, $1, $2, default, default, default) on conflict ("email") do nothing',
      'a@x',
      'x',
    ),
  ],
  PLAIN,
);
list.add(
  'drizzle update with table-qualified where',
  [withParams('update "users" set "name" = $1 where "users"."id" = $2 returning "id", "name"', 'q', 1)],
  PLAIN,
);
list.add(
  'drizzle delete returning',
  [withParams('delete from "users" where "users"."email" = $1 returning "id", "email"', 'b@x')],
  PLAIN,
);
list.add(
  'drizzle update set sql excluded in upsert',
  [
    withParams(
      'insert into "users" ("id", "email", "name", "created_at", "deleted_at", "version") values (default, $1, $2, default, default, default), (default, $3, $4, default, default, default) on conflict ("email") do update set "name" = excluded.name, "version" = "users"."version" + 1 returning "email", "version"',
      'a@x',
      'a2',
      'z@x',
      'z',
    ),
  ],
  PLAIN,
);

// ---------------------------------------------------------------- Kysely, MikroORM, pg-promise
list.add(
  'kysely upsert with quoted excluded',
  [
    withParams(
      'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = "excluded"."name" returning "id"',
      'a@x',
      'K',
    ),
  ],
  PLAIN,
);
list.add(
  'kysely insert returning with aliased expression',
  [
    withParams(
      'insert into "users" ("email") values ($1) returning "id", "email" as "address", upper("email") as "up"',
      'k@x',
    ),
  ],
  PLAIN,
);
list.add(
  'kysely update from',
  [
    'CREATE TABLE renames (user_id int, new_name text)',
    `INSERT INTO renames VALUES (1, 'R1')`,
    'update "users" set "name" = "renames"."new_name" from "renames" where "renames"."user_id" = "users"."id" returning "users"."id", "users"."name"',
  ],
  PLAIN,
);
list.add(
  'mikroorm batch update with case',
  [
    `update "users" set "name" = case when ("id" = 1) then 'one' when ("id" = 2) then 'two' else "name" end, "version" = case when ("id" = 1) then 5 else "version" end where "id" in (1, 2) returning "id", "name", "version"`,
  ],
  PLAIN,
);
list.add(
  'mikroorm batch update with case and parameters',
  [
    withParams(
      `update "users" set "name" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "name" end where "id" in ($5, $6) returning "id", "name"`,
      1,
      'one',
      2,
      'two',
      1,
      2,
    ),
  ],
  PLAIN,
);
list.add(
  'mikroorm optimistic lock where version',
  [
    withParams(
      `update "users" set "name" = $1, "version" = "version" + 1 where "id" = $2 and "version" = $3 returning "version"`,
      'x',
      1,
      1,
    ),
  ],
  PLAIN,
);
list.add(
  'pg-promise multi-row update from values',
  [
    `UPDATE "users" AS t SET "name"=v."name" FROM (VALUES(1,'x'),(2,'y')) AS v("id","name") WHERE v.id = t.id`,
    'SELECT id, name FROM users ORDER BY id',
  ],
  PLAIN,
);
list.add(
  'pg-promise multi-row update from values with a null needs a cast',
  [
    `UPDATE "users" AS t SET "name"=v."name" FROM (VALUES(1,NULL),(2,NULL)) AS v("id","name") WHERE v.id = t.id`,
    'SELECT id, name FROM users ORDER BY id',
  ],
  PLAIN,
);
list.add(
  'pg-promise multi-row update with casted null values',
  [
    `UPDATE "users" AS t SET "name"=v."name" FROM (VALUES(1,NULL::text),(2,'y')) AS v("id","name") WHERE v.id = t.id RETURNING t.id, t.name`,
  ],
  PLAIN,
);
list.add(
  'pg-promise multi-row update from values type mismatch',
  [
    `UPDATE "users" AS t SET "created_at"=v."c" FROM (VALUES(1,'2024-01-01'),(2,'2024-01-02')) AS v("id","c") WHERE v.id = t.id`,
  ],
  PLAIN,
);
list.add(
  'slonik bulk insert through unnest with int4 and text',
  [
    withParams(
      'INSERT INTO users (email, name) SELECT * FROM unnest($1::"text"[], $2::"text"[]) RETURNING id',
      ['u1@x', 'u2@x'],
      ['U1', null],
    ),
  ],
  PLAIN,
);
list.add(
  'node-pg repository insert with a CTE upsert returning whether created',
  [
    withParams(
      `WITH up AS (INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS created) SELECT id, created FROM up`,
      'a@x',
      'A2',
    ),
    withParams(
      `WITH up AS (INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS created) SELECT id, created FROM up`,
      'new@x',
      'N',
    ),
  ],
  PLAIN,
);
list.add(
  'node-pg insert or select existing id in one statement',
  [
    withParams(
      `WITH ins AS (INSERT INTO users (email) VALUES ($1) ON CONFLICT (email) DO NOTHING RETURNING id) SELECT id FROM ins UNION ALL SELECT id FROM users WHERE email = $1 LIMIT 1`,
      'a@x',
    ),
  ],
  PLAIN,
);
list.add(
  'node-pg insert returning with a cast of the created_at to text in UTC',
  [
    'SET TIME ZONE UTC',
    withParams(
      `INSERT INTO users (email, created_at) VALUES ($1, $2) RETURNING created_at::text AS c, extract(epoch FROM created_at) AS e`,
      'e@x',
      new Date('2024-07-01T01:02:03.004Z'),
    ),
  ],
  PLAIN,
);
list.add(
  'node-pg email case-insensitive unique via lower index',
  [
    'CREATE UNIQUE INDEX users_email_lower ON users (lower(email))',
    withParams('INSERT INTO users (email) VALUES ($1)', 'A@X'),
  ],
  PLAIN,
);
list.add(
  'node-pg delete returning count through a CTE',
  [`WITH d AS (DELETE FROM users WHERE id > $1 RETURNING 1) SELECT count(*)::int AS deleted FROM d`].map(
    (sql) => withParams(sql, 0),
  ),
  PLAIN,
);
list.add(
  'node-pg update returning count through a CTE',
  [withParams(`WITH u AS (UPDATE users SET name = upper(name) RETURNING 1) SELECT count(*) AS n FROM u`)],
  PLAIN,
);

export default list.cases;
