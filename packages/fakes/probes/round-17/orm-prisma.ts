// Round 17 ORM probe, Prisma: the SQL Prisma's query engine (4.x to 6.x) and Prisma Migrate send to
// PostgreSQL, as their query logs and prisma-engines' sources show it: "public"."Model" names, enum
// columns selected as ::text, `1=1` fillers, LIMIT/OFFSET as parameters, RETURNING, the relationJoins
// LATERAL + JSONB_AGG shape, cursor pagination through an "order_cmp" subquery, _prisma_migrations.
import { ProbeCases, withParams } from '../probe-kit.js';
import { PRISMA, PRISMA_DATA, PRISMA_DATA_TEXT } from './orm-schema.js';

const list = new ProbeCases('r17 orm prisma: ');
const U = `"public"."User"`;
const USER_COLS = `${U}."id", ${U}."email", ${U}."name", ${U}."role"::text, ${U}."profileViews", ${U}."balance", ${U}."bigCounter", ${U}."createdAt", ${U}."updatedAt"`;
const PO = `"public"."Post"`;
const POST_COLS = `${PO}."id", ${PO}."title", ${PO}."content", ${PO}."published", ${PO}."authorId", ${PO}."tags", ${PO}."meta", ${PO}."createdAt"`;
// Cases that do not name the enum run on the TEXT variant too, so that pg-mem (no enums) answers them.
const p = (name: string, sql: string, params: readonly unknown[], setup?: string) =>
  list.params(name, sql, params, setup ?? (sql.includes('"Role"') ? PRISMA_DATA : PRISMA_DATA_TEXT));
const s = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = PRISMA_DATA_TEXT) =>
  list.add(name, steps, setup);

// ---------------------------------------------------------------- findUnique / findFirst / findMany
p(
  'findUnique by id',
  `SELECT ${USER_COLS} FROM ${U} WHERE (${U}."id" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
  [1, 1, 0],
);
p(
  'findUnique by email',
  `SELECT ${USER_COLS} FROM ${U} WHERE (${U}."email" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
  ['bob@prisma.io', 1, 0],
);
p(
  'findUnique missing',
  `SELECT ${USER_COLS} FROM ${U} WHERE (${U}."email" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
  ['nobody@x.io', 1, 0],
);
p('findMany all ordered', `SELECT ${USER_COLS} FROM ${U} WHERE 1=1 ORDER BY ${U}."id" ASC OFFSET $1`, [0]);
p(
  'findMany take skip',
  `SELECT ${USER_COLS} FROM ${U} WHERE 1=1 ORDER BY ${U}."createdAt" DESC LIMIT $1 OFFSET $2`,
  [2, 1],
);
p(
  'findMany select two fields',
  `SELECT ${U}."id", ${U}."name" FROM ${U} WHERE 1=1 ORDER BY ${U}."name" ASC NULLS LAST OFFSET $1`,
  [0],
);
p(
  'findMany nulls first',
  `SELECT ${U}."id", ${U}."name" FROM ${U} WHERE 1=1 ORDER BY ${U}."name" DESC NULLS FIRST OFFSET $1`,
  [0],
);
p('findMany where name null', `SELECT ${U}."id" FROM ${U} WHERE ${U}."name" IS NULL OFFSET $1`, [0]);
p(
  'findMany where not null',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."name" IS NOT NULL ORDER BY ${U}."id" ASC OFFSET $1`,
  [0],
);
p(
  'findMany enum equals',
  `SELECT ${U}."id", ${U}."role"::text FROM ${U} WHERE ${U}."role" = CAST($1::text AS "public"."Role") ORDER BY ${U}."id" ASC OFFSET $2`,
  ['USER', 0],
);
p(
  'findMany enum in',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."role" IN (CAST($1::text AS "public"."Role"),CAST($2::text AS "public"."Role")) ORDER BY ${U}."id" ASC OFFSET $3`,
  ['USER', 'ADMIN', 0],
);
p(
  'findMany bad enum value',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."role" = CAST($1::text AS "public"."Role") OFFSET $2`,
  ['OWNER', 0],
);
p(
  'findMany in list',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."id" IN ($1,$2,$3) ORDER BY ${U}."id" ASC OFFSET $4`,
  [1, 3, 99, 0],
);
p(
  'findMany notIn list',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."id" NOT IN ($1,$2) ORDER BY ${U}."id" ASC OFFSET $3`,
  [1, 99, 0],
);
p(
  'findMany gt lte',
  `SELECT ${U}."id" FROM ${U} WHERE (${U}."profileViews" > $1 AND ${U}."profileViews" <= $2) ORDER BY ${U}."id" ASC OFFSET $3`,
  [0, 10, 0],
);
p(
  'findMany OR',
  `SELECT ${U}."id" FROM ${U} WHERE (${U}."email" LIKE $1 OR ${U}."name" = $2) ORDER BY ${U}."id" ASC OFFSET $3`,
  ['%example%', 'Bob', 0],
);
p(
  'findMany NOT',
  `SELECT ${U}."id" FROM ${U} WHERE (NOT ${U}."name" = $1) ORDER BY ${U}."id" ASC OFFSET $2`,
  ['Bob', 0],
);
p(
  'findMany NOT with null column',
  `SELECT ${U}."id" FROM ${U} WHERE (NOT (${U}."name" = $1 AND ${U}."name" IS NOT NULL)) ORDER BY ${U}."id" ASC OFFSET $2`,
  ['Bob', 0],
);
p(
  'contains',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."email"::text LIKE $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  ['%prisma%', 0],
);
p(
  'contains insensitive',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."email"::text ILIKE $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  ['%PRISMA%', 0],
);
p(
  'startsWith insensitive',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."name"::text ILIKE $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  ['a%', 0],
);
p(
  'endsWith',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."email"::text LIKE $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  ['%.com', 0],
);
p('contains escaped percent', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."title"::text LIKE $1 OFFSET $2`, [
  '%100\\%%',
  0,
]);
p('contains escaped underscore', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."title"::text LIKE $1 OFFSET $2`, [
  '%\\_sure\\_%',
  0,
]);
p('equals insensitive', `SELECT ${U}."id" FROM ${U} WHERE LOWER(${U}."name") = LOWER($1) OFFSET $2`, [
  'ALICE',
  0,
]);
p(
  'decimal compare',
  `SELECT ${U}."id", ${U}."balance" FROM ${U} WHERE ${U}."balance" >= $1 ORDER BY ${U}."balance" DESC OFFSET $2`,
  ['12.5', 0],
);
p('decimal equals exact', `SELECT ${U}."id" FROM ${U} WHERE ${U}."balance" = $1 OFFSET $2`, ['99.99', 0]);
p('bigint equals', `SELECT ${U}."id", ${U}."bigCounter" FROM ${U} WHERE ${U}."bigCounter" = $1 OFFSET $2`, [
  '9007199254740993',
  0,
]);
p(
  'bigint gt number',
  `SELECT ${U}."id" FROM ${U} WHERE ${U}."bigCounter" > $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  [4, 0],
);
p('datetime lt', `SELECT ${U}."id" FROM ${U} WHERE ${U}."createdAt" < $1 ORDER BY ${U}."id" ASC OFFSET $2`, [
  '2024-01-03T09:30:00.000Z',
  0,
]);
p(
  'datetime gte millis',
  `SELECT ${U}."id", ${U}."createdAt" FROM ${U} WHERE ${U}."createdAt" >= $1 ORDER BY ${U}."id" ASC OFFSET $2`,
  ['2024-01-01 10:00:00.123', 0],
);
p('datetime equals millis', `SELECT ${U}."id" FROM ${U} WHERE ${U}."createdAt" = $1 OFFSET $2`, [
  '2024-01-01T10:00:00.123Z',
  0,
]);
p(
  'boolean filter',
  `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."published" = $1 ORDER BY ${PO}."id" ASC OFFSET $2`,
  [true, 0],
);
p(
  'boolean filter string',
  `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."published" = $1 ORDER BY ${PO}."id" ASC OFFSET $2`,
  ['false', 0],
);

// ---------------------------------------------------------------- scalar lists and json
p('array has', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."tags" @> $1 ORDER BY ${PO}."id" ASC OFFSET $2`, [
  ['news'],
  0,
]);
p(
  'array hasEvery',
  `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."tags" @> $1 ORDER BY ${PO}."id" ASC OFFSET $2`,
  [['news', 'intro'], 0],
);
p(
  'array hasSome',
  `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."tags" && $1 ORDER BY ${PO}."id" ASC OFFSET $2`,
  [['intro', 'misc'], 0],
);
p(
  'array isEmpty true',
  `SELECT ${PO}."id" FROM ${PO} WHERE array_length(${PO}."tags", 1) IS NULL ORDER BY ${PO}."id" ASC OFFSET $1`,
  [0],
);
p(
  'array isEmpty false',
  `SELECT ${PO}."id" FROM ${PO} WHERE array_length(${PO}."tags", 1) > 0 ORDER BY ${PO}."id" ASC OFFSET $1`,
  [0],
);
p('array equals', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."tags" = $1 OFFSET $2`, [['news', 'intro'], 0]);
p(
  'array push',
  `UPDATE ${PO} SET "tags" = COALESCE("tags", '{}') || $1::text[] WHERE (${PO}."id" = $2 AND 1=1) RETURNING ${PO}."id", ${PO}."tags"`,
  [['pushed'], 4],
);
p('array set', `UPDATE ${PO} SET "tags" = $1 WHERE (${PO}."id" = $2 AND 1=1) RETURNING ${PO}."tags"`, [
  ['x', 'y'],
  2,
]);
p('json equals object', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."meta"::jsonb = $1 OFFSET $2`, [
  { views: 0 },
  0,
]);
p(
  'json path equals',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."meta"#>ARRAY[$1]::text[])::jsonb = $2::jsonb ORDER BY ${PO}."id" ASC OFFSET $3`,
  ['lang', '"en"', 0],
);
p(
  'json path number gt',
  `SELECT ${PO}."id" FROM ${PO} WHERE ((${PO}."meta"#>ARRAY[$1]::text[])::jsonb > $2::jsonb AND jsonb_typeof((${PO}."meta"#>ARRAY[$1]::text[])::jsonb) = 'number') ORDER BY ${PO}."id" ASC OFFSET $3`,
  ['views', '2', 0],
);
p(
  'json path nested',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."meta"#>ARRAY[$1,$2]::text[])::jsonb = $3::jsonb OFFSET $4`,
  ['nested', 'k', '1', 0],
);
p(
  'json string_contains',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."meta"#>>ARRAY[$1]::text[])::text LIKE $2 ORDER BY ${PO}."id" ASC OFFSET $3`,
  ['lang', '%e%', 0],
);
p(
  'json array_contains',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."meta"#>ARRAY[$1]::text[])::jsonb @> $2::jsonb OFFSET $3`,
  ['flags', '["a"]', 0],
);
p(
  'json not equals includes null meta',
  `SELECT ${PO}."id" FROM ${PO} WHERE (NOT ${PO}."meta"::jsonb = $1::jsonb OR ${PO}."meta" IS NULL) ORDER BY ${PO}."id" ASC OFFSET $2`,
  ['{"views": 0}', 0],
);
p('json DbNull filter', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."meta" IS NULL OFFSET $1`, [0]);
p('json JsonNull filter', `SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."meta" = 'null' OFFSET $1`, [0]);
p(
  'create json param',
  `INSERT INTO ${PO} ("title","authorId","meta") VALUES ($1,$2,$3) RETURNING ${PO}."id", ${PO}."meta"`,
  ['J', 2, { a: [1, 2, { b: null }], 'key with space': 'v', num: 1.5 }],
);
p(
  'create json string param',
  `INSERT INTO ${PO} ("title","authorId","meta") VALUES ($1,$2,$3) RETURNING ${PO}."meta"`,
  ['J', 2, '"just a string"'],
);

// ---------------------------------------------------------------- writes
p(
  'create with RETURNING',
  `INSERT INTO ${U} ("email","name","updatedAt") VALUES ($1,$2,$3) RETURNING ${USER_COLS.replace(`${U}."createdAt", `, '')}`,
  ['new@prisma.io', 'New', '2024-05-01T12:00:00.000Z'],
);
p('create duplicate email', `INSERT INTO ${U} ("email","updatedAt") VALUES ($1,$2) RETURNING ${U}."id"`, [
  'alice@prisma.io',
  '2024-05-01T12:00:00.000Z',
]);
p(
  'create missing required column',
  `INSERT INTO ${U} ("email","createdAt") VALUES ($1,$2) RETURNING ${U}."id"`,
  ['x@y.z', '2024-01-01 00:00:00'],
);
p('create fk violation', `INSERT INTO ${PO} ("title","authorId") VALUES ($1,$2) RETURNING ${PO}."id"`, [
  'orphan',
  42,
]);
p(
  'create decimal string',
  `INSERT INTO ${U} ("email","balance","updatedAt") VALUES ($1,$2,$3) RETURNING ${U}."balance"`,
  ['d@x.io', '1234.567', '2024-05-01T12:00:00.000Z'],
);
p(
  'create decimal overflow',
  `INSERT INTO ${U} ("email","balance","updatedAt") VALUES ($1,$2,$3) RETURNING ${U}."balance"`,
  ['d@x.io', '123456789.5', '2024-05-01T12:00:00.000Z'],
);
p(
  'create bigint string',
  `INSERT INTO ${U} ("email","bigCounter","updatedAt") VALUES ($1,$2,$3) RETURNING ${U}."bigCounter"`,
  ['b@x.io', '9223372036854775807', '2024-05-01T12:00:00.000Z'],
);
p(
  'create enum cast',
  `INSERT INTO ${U} ("email","role","updatedAt") VALUES ($1,CAST($2::text AS "public"."Role"),$3) RETURNING ${U}."role"::text`,
  ['e@x.io', 'ADMIN', '2024-05-01T12:00:00.000Z'],
);
p(
  'create timestamp precision 3 rounds',
  `INSERT INTO ${U} ("email","createdAt","updatedAt") VALUES ($1,$2,$3) RETURNING ${U}."createdAt", ${U}."updatedAt"`,
  ['t@x.io', '2024-05-01T12:00:00.123456Z', '2024-05-01T12:00:00.9999Z'],
);
p('createMany', `INSERT INTO ${U} ("email","name","updatedAt") VALUES ($1,$2,$3), ($4,DEFAULT,$5)`, [
  'm1@x.io',
  'M1',
  '2024-05-01T00:00:00.000Z',
  'm2@x.io',
  '2024-05-01T00:00:00.000Z',
]);
p(
  'createMany skipDuplicates',
  `INSERT INTO ${U} ("email","updatedAt") VALUES ($1,$2), ($3,$4) ON CONFLICT DO NOTHING`,
  ['alice@prisma.io', '2024-05-01T00:00:00.000Z', 'fresh@x.io', '2024-05-01T00:00:00.000Z'],
);
p(
  'createManyAndReturn',
  `INSERT INTO ${U} ("email","updatedAt") VALUES ($1,$2), ($3,$4) RETURNING ${U}."id", ${U}."email", ${U}."role"::text`,
  ['r1@x.io', '2024-05-01T00:00:00.000Z', 'r2@x.io', '2024-05-01T00:00:00.000Z'],
);
p(
  'update returning',
  `UPDATE ${U} SET "name" = $1, "updatedAt" = $2 WHERE (${U}."id" = $3 AND 1=1) RETURNING ${U}."id", ${U}."name", ${U}."updatedAt"`,
  ['Alicia', '2024-06-01T00:00:00.000Z', 1],
);
p(
  'update increment',
  `UPDATE ${U} SET "profileViews" = (${U}."profileViews" + $1), "updatedAt" = $2 WHERE (${U}."id" = $3 AND 1=1) RETURNING ${U}."profileViews"`,
  [5, '2024-06-01T00:00:00.000Z', 2],
);
p(
  'update decrement decimal',
  `UPDATE ${U} SET "balance" = (${U}."balance" - $1) WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."balance"`,
  ['0.75', 1],
);
p(
  'update multiply',
  `UPDATE ${U} SET "profileViews" = (${U}."profileViews" * $1) WHERE 1=1 RETURNING ${U}."id", ${U}."profileViews"`,
  [2],
);
p(
  'update divide int',
  `UPDATE ${U} SET "profileViews" = (${U}."profileViews" / $1) WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."profileViews"`,
  [3, 1],
);
p('update set null', `UPDATE ${U} SET "name" = $1 WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."name"`, [
  null,
  1,
]);
p('update not found', `UPDATE ${U} SET "name" = $1 WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."id"`, [
  'x',
  999,
]);
p('updateMany count', `UPDATE ${PO} SET "published" = $1 WHERE ${PO}."authorId" = $2`, [true, 2]);
p(
  'update unique violation',
  `UPDATE ${U} SET "email" = $1 WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."id"`,
  ['alice@prisma.io', 2],
);
p(
  'update fk cascade on id change',
  `UPDATE ${U} SET "id" = $1 WHERE (${U}."id" = $2 AND 1=1) RETURNING ${U}."id"`,
  [20, 2],
);
s('update fk cascade visible', [
  withParams(`UPDATE ${U} SET "id" = $1 WHERE (${U}."id" = $2 AND 1=1)`, 20, 2),
  `SELECT "id" AS id, "authorId" AS author FROM "Post" ORDER BY "id"`,
]);
p(
  'delete returning',
  `DELETE FROM ${PO} WHERE (${PO}."id" = $1 AND 1=1) RETURNING ${PO}."id", ${PO}."title"`,
  [2],
);
p('delete restrict fk', `DELETE FROM ${U} WHERE (${U}."id" = $1 AND 1=1) RETURNING ${U}."id"`, [1]);
p('deleteMany in', `DELETE FROM ${PO} WHERE ${PO}."id" IN ($1,$2,$3)`, [2, 4, 99]);
p('deleteMany all', `DELETE FROM "public"."_PostToTag" WHERE 1=1`, []);
s('delete cascades join table', [
  withParams(`DELETE FROM ${PO} WHERE ${PO}."id" = $1`, 1),
  `SELECT "A" AS a, "B" AS b FROM "_PostToTag" ORDER BY 1, 2`,
]);
p(
  'upsert native insert path',
  `INSERT INTO ${U} ("email","name","updatedAt") VALUES ($1,$2,$3) ON CONFLICT ("email") DO UPDATE SET "name" = $4, "updatedAt" = $5 WHERE (${U}."email" = $6 AND 1=1) RETURNING ${U}."id", ${U}."email", ${U}."name"`,
  ['u@x.io', 'Ins', '2024-01-01T00:00:00.000Z', 'Upd', '2024-01-02T00:00:00.000Z', 'u@x.io'],
);
p(
  'upsert native update path',
  `INSERT INTO ${U} ("email","name","updatedAt") VALUES ($1,$2,$3) ON CONFLICT ("email") DO UPDATE SET "name" = $4, "updatedAt" = $5 WHERE (${U}."email" = $6 AND 1=1) RETURNING ${U}."id", ${U}."email", ${U}."name", ${U}."updatedAt"`,
  ['bob@prisma.io', 'Ins', '2024-01-01T00:00:00.000Z', 'Upd', '2024-01-02T00:00:00.000Z', 'bob@prisma.io'],
);
p(
  'upsert increment on conflict',
  `INSERT INTO ${U} ("email","profileViews","updatedAt") VALUES ($1,$2,$3) ON CONFLICT ("email") DO UPDATE SET "profileViews" = (${U}."profileViews" + $4) WHERE (${U}."email" = $5 AND 1=1) RETURNING ${U}."profileViews"`,
  ['alice@prisma.io', 1, '2024-01-01T00:00:00.000Z', 1, 'alice@prisma.io'],
);
p(
  'connect many-to-many',
  `INSERT INTO "public"."_PostToTag" ("A","B") VALUES ($1,$2),($3,$4) ON CONFLICT DO NOTHING`,
  [2, 1, 1, 1],
);
p(
  'disconnect many-to-many',
  `DELETE FROM "public"."_PostToTag" WHERE ("public"."_PostToTag"."A" = $1 AND "public"."_PostToTag"."B" IN ($2,$3))`,
  [1, 1, 2],
);

// ---------------------------------------------------------------- relations (query strategy)
p(
  'include posts by IN',
  `SELECT ${POST_COLS} FROM ${PO} WHERE ${PO}."authorId" IN ($1,$2,$3) OFFSET $4`,
  [1, 2, 3, 0],
);
p(
  'include author',
  `SELECT ${U}."id", ${U}."email" FROM ${U} WHERE ${U}."id" IN ($1,$2) OFFSET $3`,
  [1, 2, 0],
);
p(
  'many-to-many include',
  `SELECT "public"."Tag"."id", "public"."Tag"."label", "t1"."A" FROM "public"."Tag" INNER JOIN "public"."_PostToTag" AS "t1" ON "t1"."B" = "public"."Tag"."id" WHERE "t1"."A" IN ($1,$2,$3) ORDER BY "t1"."A", "public"."Tag"."id" OFFSET $4`,
  [1, 3, 5, 0],
);
p(
  'relation filter some',
  `SELECT ${U}."id" FROM ${U} WHERE (${U}."id") IN (SELECT "t1"."authorId" FROM ${PO} AS "t1" WHERE ("t1"."published" = $1 AND "t1"."authorId" IS NOT NULL)) ORDER BY ${U}."id" ASC OFFSET $2`,
  [true, 0],
);
p(
  'relation filter none',
  `SELECT ${U}."id" FROM ${U} WHERE (${U}."id") NOT IN (SELECT "t1"."authorId" FROM ${PO} AS "t1" WHERE ("t1"."published" = $1 AND "t1"."authorId" IS NOT NULL)) ORDER BY ${U}."id" ASC OFFSET $2`,
  [false, 0],
);
p(
  'relation filter every',
  `SELECT ${U}."id" FROM ${U} WHERE (${U}."id") NOT IN (SELECT "t1"."authorId" FROM ${PO} AS "t1" WHERE ((NOT "t1"."published" = $1) AND "t1"."authorId" IS NOT NULL)) ORDER BY ${U}."id" ASC OFFSET $2`,
  [true, 0],
);
p(
  'relation filter is',
  `SELECT ${PO}."id" FROM ${PO} LEFT JOIN ${U} AS "j1" ON ("j1"."id") = (${PO}."authorId") WHERE ("j1"."role" = CAST($1::text AS "public"."Role") AND ("j1"."id" IS NOT NULL)) ORDER BY ${PO}."id" ASC OFFSET $2`,
  ['ADMIN', 0],
);
p(
  'many-to-many filter some',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."id") IN (SELECT "t1"."A" FROM "public"."_PostToTag" AS "t1" INNER JOIN "public"."Tag" AS "j1" ON ("j1"."id") = ("t1"."B") WHERE ("j1"."label" = $1 AND "t1"."A" IS NOT NULL)) ORDER BY ${PO}."id" ASC OFFSET $2`,
  ['postgres', 0],
);
p(
  '_count relation',
  `SELECT ${U}."id", COALESCE("aggr_selection_0_Post"."_aggr_count_posts", 0) AS "_aggr_count_posts" FROM ${U} LEFT JOIN (SELECT ${PO}."authorId", COUNT(*) AS "_aggr_count_posts" FROM ${PO} WHERE 1=1 GROUP BY ${PO}."authorId") AS "aggr_selection_0_Post" ON (${U}."id" = "aggr_selection_0_Post"."authorId") WHERE 1=1 ORDER BY ${U}."id" ASC OFFSET $1`,
  [0],
);
p(
  'orderBy relation count',
  `SELECT ${U}."id" FROM ${U} LEFT JOIN (SELECT ${PO}."authorId", COUNT(*) AS "orderby_aggregator" FROM ${PO} WHERE 1=1 GROUP BY ${PO}."authorId") AS "orderby_0_Post" ON (${U}."id" = "orderby_0_Post"."authorId") WHERE 1=1 ORDER BY COALESCE("orderby_0_Post"."orderby_aggregator", $1) DESC, ${U}."id" ASC OFFSET $2`,
  [0, 0],
);
p(
  'orderBy relation field',
  `SELECT ${PO}."id" FROM ${PO} LEFT JOIN ${U} AS "orderby_1" ON (${PO}."authorId" = "orderby_1"."id") WHERE 1=1 ORDER BY "orderby_1"."email" ASC, ${PO}."id" ASC OFFSET $1`,
  [0],
);

// ---------------------------------------------------------------- relationJoins (LATERAL + JSONB_AGG)
const JOIN_POSTS = `SELECT "t1"."id", "t1"."email", "User_posts"."__prisma_data__" AS "posts" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'title', "t3"."title", 'published', "t3"."published") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."Post" AS "t2" WHERE "t1"."id" = "t2"."authorId" /* root select */) AS "t3" /* inner select */) AS "t4" ORDER BY "t4"."id" ASC /* middle select */) AS "t5" /* outer select */) AS "User_posts" ON true`;
p('relationJoins include posts', `${JOIN_POSTS} ORDER BY "t1"."id" ASC`, []);
p('relationJoins include posts where', `${JOIN_POSTS} WHERE "t1"."email" = $1 LIMIT $2`, [
  'alice@prisma.io',
  1,
]);
p(
  'relationJoins to-one author',
  `SELECT "t1"."id", "t1"."title", "Post_author"."__prisma_data__" AS "author" FROM "public"."Post" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'email', "t3"."email", 'role', "t3"."role"::text, 'createdAt', "t3"."createdAt", 'balance', "t3"."balance", 'bigCounter', "t3"."bigCounter") AS "__prisma_data__" FROM (SELECT "t2".* FROM "public"."User" AS "t2" WHERE "t1"."authorId" = "t2"."id" /* root select */) AS "t3" LIMIT $1 /* inner select */) AS "Post_author" ON true ORDER BY "t1"."id" ASC`,
  [1],
);
p(
  'relationJoins many-to-many',
  `SELECT "t1"."id", "Post_tags"."__prisma_data__" AS "tags" FROM "public"."Post" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT "t4"."__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('id', "t3"."id", 'label', "t3"."label") AS "__prisma_data__", "t3"."id" FROM (SELECT "t2".* FROM "public"."Tag" AS "t2" INNER JOIN "public"."_PostToTag" AS "t5" ON ("t2"."id" = "t5"."B") WHERE "t5"."A" = "t1"."id" /* root select */) AS "t3" /* inner select */) AS "t4" ORDER BY "t4"."id" ASC /* middle select */) AS "t6" /* outer select */) AS "Post_tags" ON true ORDER BY "t1"."id" ASC`,
  [],
);
p(
  'relationJoins nested json and arrays',
  `SELECT "t1"."id", "User_posts"."__prisma_data__" AS "posts" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__" FROM (SELECT JSONB_BUILD_OBJECT('tags', "t3"."tags", 'meta', "t3"."meta", 'createdAt', "t3"."createdAt") AS "__prisma_data__" FROM (SELECT "t2".* FROM "public"."Post" AS "t2" WHERE "t1"."id" = "t2"."authorId" ORDER BY "t2"."id" /* root select */) AS "t3") AS "t4") AS "User_posts" ON true ORDER BY "t1"."id" ASC`,
  [],
);
p(
  'relationJoins _count lateral',
  `SELECT "t1"."id", "User__count"."__prisma_data__" AS "_count" FROM "public"."User" AS "t1" LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('posts', (SELECT COUNT(*) FROM "public"."Post" AS "t2" WHERE "t1"."id" = "t2"."authorId")) AS "__prisma_data__") AS "User__count" ON true ORDER BY "t1"."id" ASC`,
  [],
);
p(
  'jsonb_build_object key order',
  `SELECT JSONB_BUILD_OBJECT('zeta', 1, 'alpha', 2, 'mid', "t1"."title") AS "__prisma_data__" FROM "public"."Post" AS "t1" WHERE "t1"."id" = $1`,
  [1],
);
p(
  'jsonb_agg empty coalesce',
  `SELECT COALESCE(JSONB_AGG("t1"."id"), '[]') AS "__prisma_data__" FROM "public"."Post" AS "t1" WHERE "t1"."authorId" = $1`,
  [3],
);

// ---------------------------------------------------------------- cursor pagination
p(
  'cursor by id',
  `SELECT ${PO}."id", ${PO}."title" FROM ${PO}, (SELECT ${PO}."id" AS "Post_id_0" FROM ${PO} WHERE (${PO}."id") = ($1)) AS "order_cmp" WHERE ${PO}."id" >= "order_cmp"."Post_id_0" ORDER BY ${PO}."id" ASC LIMIT $2 OFFSET $3`,
  [2, 2, 1],
);
p(
  'cursor by createdAt desc',
  `SELECT ${PO}."id" FROM ${PO}, (SELECT ${PO}."createdAt" AS "Post_createdAt_0" FROM ${PO} WHERE (${PO}."id") = ($1)) AS "order_cmp" WHERE ${PO}."createdAt" <= "order_cmp"."Post_createdAt_0" ORDER BY ${PO}."createdAt" DESC OFFSET $2`,
  [4, 1],
);
p(
  'cursor missing row',
  `SELECT ${PO}."id" FROM ${PO}, (SELECT ${PO}."id" AS "Post_id_0" FROM ${PO} WHERE (${PO}."id") = ($1)) AS "order_cmp" WHERE ${PO}."id" >= "order_cmp"."Post_id_0" ORDER BY ${PO}."id" ASC LIMIT $2 OFFSET $3`,
  [0, 10, 1],
);
p(
  'cursor two fields',
  `SELECT ${PO}."id" FROM ${PO}, (SELECT ${PO}."published" AS "Post_published_0", ${PO}."id" AS "Post_id_1" FROM ${PO} WHERE (${PO}."id") = ($1)) AS "order_cmp" WHERE ((${PO}."published" = "order_cmp"."Post_published_0" AND ${PO}."id" >= "order_cmp"."Post_id_1") OR ${PO}."published" > "order_cmp"."Post_published_0") ORDER BY ${PO}."published" ASC, ${PO}."id" ASC OFFSET $2`,
  [2, 0],
);
p(
  'row value keyset',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."authorId", ${PO}."id") > ($1, $2) ORDER BY ${PO}."authorId" ASC, ${PO}."id" ASC LIMIT $3`,
  [1, 2, 3],
);
p(
  'row value keyset desc',
  `SELECT ${PO}."id" FROM ${PO} WHERE (${PO}."createdAt", ${PO}."id") < ($1, $2) ORDER BY ${PO}."createdAt" DESC, ${PO}."id" DESC LIMIT $3`,
  ['2024-01-08T00:00:00.000Z', 4, 2],
);
p(
  'row value in',
  `SELECT "A" AS a, "B" AS b FROM "public"."_PostToTag" WHERE ("A", "B") IN (($1, $2), ($3, $4)) ORDER BY 1, 2`,
  [1, 2, 3, 9],
);

// ---------------------------------------------------------------- aggregates
p(
  'count',
  `SELECT COUNT(*) AS "_count._all" FROM (SELECT ${U}."id" FROM ${U} WHERE 1=1 OFFSET $1) AS "sub"`,
  [0],
);
p(
  'count where',
  `SELECT COUNT(*) AS "_count._all" FROM (SELECT ${PO}."id" FROM ${PO} WHERE ${PO}."published" = $1 OFFSET $2) AS "sub"`,
  [true, 0],
);
p(
  'count field',
  `SELECT COUNT("sub"."name") AS "_count.name" FROM (SELECT ${U}."name" FROM ${U} WHERE 1=1 OFFSET $1) AS "sub"`,
  [0],
);
p(
  'aggregate avg sum min max',
  `SELECT AVG("profileViews") AS "_avg.profileViews", SUM("profileViews") AS "_sum.profileViews", MIN("balance") AS "_min.balance", MAX("createdAt") AS "_max.createdAt" FROM (SELECT ${U}."profileViews", ${U}."balance", ${U}."createdAt" FROM ${U} WHERE 1=1 OFFSET $1) AS "sub"`,
  [0],
);
p(
  'aggregate round avg',
  `SELECT ROUND(AVG("balance"), 2) AS "_avg.balance", SUM("balance") AS "_sum.balance" FROM (SELECT ${U}."balance" FROM ${U} WHERE 1=1 OFFSET $1) AS "sub"`,
  [0],
);
p(
  'aggregate sum bigint',
  `SELECT SUM("bigCounter") AS "_sum.bigCounter", AVG("bigCounter") AS "_avg.bigCounter" FROM (SELECT ${U}."bigCounter" FROM ${U} WHERE 1=1 OFFSET $1) AS "sub"`,
  [0],
);
p(
  'aggregate empty',
  `SELECT SUM("profileViews") AS "_sum.profileViews", COUNT(*) AS "_count._all" FROM (SELECT ${U}."profileViews" FROM ${U} WHERE ${U}."id" = $1 OFFSET $2) AS "sub"`,
  [999, 0],
);
p(
  'groupBy enum',
  `SELECT ${U}."role"::text, COUNT(${U}."id") AS "_count.id", SUM(${U}."profileViews") AS "_sum.profileViews" FROM ${U} WHERE 1=1 GROUP BY ${U}."role" ORDER BY ${U}."role" ASC OFFSET $1`,
  [0],
);
p(
  'groupBy having',
  `SELECT ${PO}."authorId", COUNT(*) AS "_count._all" FROM ${PO} WHERE 1=1 GROUP BY ${PO}."authorId" HAVING COUNT(*) > $1 ORDER BY ${PO}."authorId" ASC OFFSET $2`,
  [1, 0],
);
p(
  'groupBy having avg',
  `SELECT ${U}."role"::text, AVG(${U}."balance") AS "_avg.balance" FROM ${U} WHERE 1=1 GROUP BY ${U}."role" HAVING AVG(${U}."balance") > $1 ORDER BY ${U}."role" ASC OFFSET $2`,
  ['1', 0],
);
p(
  'groupBy two keys',
  `SELECT ${PO}."authorId", ${PO}."published", COUNT(${PO}."id") AS "_count.id" FROM ${PO} WHERE 1=1 GROUP BY ${PO}."authorId", ${PO}."published" ORDER BY ${PO}."authorId" ASC, ${PO}."published" ASC OFFSET $1`,
  [0],
);

// ---------------------------------------------------------------- raw queries and transactions
p('$queryRaw tagged', `SELECT id AS id, email AS email FROM "User" WHERE email = $1`, ['bob@prisma.io']);
p('$queryRaw Prisma.join', `SELECT id AS id FROM "User" WHERE id IN ($1,$2,$3) ORDER BY id`, [1, 2, 3]);
p('$queryRaw count bigint', `SELECT COUNT(*) AS count FROM "Post"`, []);
p('$executeRaw update count', `UPDATE "Post" SET "published" = $1 WHERE "authorId" = $2`, [false, 1]);
s('$transaction batch', [
  'BEGIN',
  withParams(
    `UPDATE ${U} SET "profileViews" = (${U}."profileViews" + $1) WHERE (${U}."id" = $2 AND 1=1)`,
    1,
    1,
  ),
  withParams(
    `SELECT ${U}."profileViews" FROM ${U} WHERE (${U}."id" = $1 AND 1=1) LIMIT $2 OFFSET $3`,
    1,
    1,
    0,
  ),
  'COMMIT',
]);
s('$transaction interactive rollback on error', [
  'BEGIN',
  withParams(
    `INSERT INTO ${U} ("email","updatedAt") VALUES ($1,$2) RETURNING ${U}."id"`,
    'tx@x.io',
    '2024-01-01T00:00:00.000Z',
  ),
  withParams(
    `INSERT INTO ${U} ("email","updatedAt") VALUES ($1,$2) RETURNING ${U}."id"`,
    'tx@x.io',
    '2024-01-01T00:00:00.000Z',
  ),
  'ROLLBACK',
  `SELECT count(*) AS n FROM "User" WHERE email = 'tx@x.io'`,
]);
s('$transaction isolation serializable', [
  'BEGIN',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  `SELECT current_setting('transaction_isolation') AS iso`,
  'COMMIT',
]);
s('$transaction isolation read committed', [
  'BEGIN ISOLATION LEVEL READ COMMITTED',
  `SHOW transaction_isolation`,
  'COMMIT',
]);
list.add('healthcheck SELECT 1', ['SELECT 1']);

// ---------------------------------------------------------------- Prisma Migrate
const MIGRATIONS_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;
const MIG_ROW = `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES
 ('0a9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a11', 'd4f0c1', '2024-01-01 00:00:01+00', '20240101000000_init', NULL, NULL, '2024-01-01 00:00:00+00', 1),
 ('1b9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a12', 'e5a1b2', NULL, '20240201000000_add_posts', 'error: boom', NULL, '2024-02-01 00:00:00+00', 0);`;
list.add('migrate advisory lock', [
  'SELECT pg_advisory_lock(72707369)',
  'SELECT pg_advisory_unlock(72707369) AS unlocked',
]);
list.add('migrate advisory try lock twice', [
  'SELECT pg_try_advisory_lock(72707369) AS a',
  'SELECT pg_try_advisory_lock(72707369) AS b',
  'SELECT pg_advisory_unlock(72707369) AS c',
  'SELECT pg_advisory_unlock(72707369) AS d',
  'SELECT pg_advisory_unlock(72707369) AS e',
]);
list.add('migrate create table', [MIGRATIONS_DDL, `SELECT count(*) AS n FROM _prisma_migrations`]);
list.add('migrate create table twice', [MIGRATIONS_DDL, MIGRATIONS_DDL]);
list.add(
  'migrate list applied',
  [
    `SELECT "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count" FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
  ],
  `${MIGRATIONS_DDL}${MIG_ROW}`,
);
list.add(
  'migrate insert started',
  [
    withParams(
      `INSERT INTO "_prisma_migrations" ("id","checksum","started_at","finished_at","migration_name","applied_steps_count","logs","rolled_back_at") VALUES ($1,$2,now(),NULL,$3,0,NULL,NULL)`,
      '2c9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a13',
      'aa11bb22',
      '20240301000000_more',
    ),
    `SELECT migration_name AS m, finished_at IS NULL AS pending, applied_steps_count AS n FROM _prisma_migrations ORDER BY migration_name`,
  ],
  `${MIGRATIONS_DDL}${MIG_ROW}`,
);
list.add(
  'migrate mark finished',
  [
    withParams(
      `UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = "applied_steps_count" + 1 WHERE "id" = $1`,
      '1b9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a12',
    ),
    `SELECT migration_name AS m, finished_at IS NOT NULL AS done, applied_steps_count AS n FROM _prisma_migrations ORDER BY migration_name`,
  ],
  `${MIGRATIONS_DDL}${MIG_ROW}`,
);
list.add(
  'migrate mark rolled back',
  [
    withParams(
      `UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "id" = $1`,
      '1b9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a12',
    ),
    `SELECT count(*) FILTER (WHERE rolled_back_at IS NOT NULL) AS rolled FROM _prisma_migrations`,
  ],
  `${MIGRATIONS_DDL}${MIG_ROW}`,
);
list.add(
  'migrate record logs',
  [
    withParams(
      `UPDATE "_prisma_migrations" SET "logs" = $1 WHERE "id" = $2`,
      'Database error code: 42P07\n\nDatabase error:\nERROR: relation "User" already exists',
      '0a9e6a2e-8f1b-4a77-9f0e-2d5f2b8f6a11',
    ),
    `SELECT logs AS l FROM _prisma_migrations WHERE logs LIKE '%42P07%'`,
  ],
  `${MIGRATIONS_DDL}${MIG_ROW}`,
);
list.add('migrate checksum too long', [
  MIGRATIONS_DDL,
  withParams(
    `INSERT INTO "_prisma_migrations" ("id","checksum","migration_name") VALUES ($1,$2,$3)`,
    'x',
    'a'.repeat(65),
    'm',
  ),
]);
list.add(
  'migrate table names query',
  [
    withParams(
      `SELECT tbl.relname AS table_name FROM pg_class AS tbl INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace WHERE tbl.relkind = 'r' AND namespace.nspname = ANY ( $1 ) ORDER BY tbl.relname`,
      ['public'],
    ),
  ],
  PRISMA,
);
list.add('migrate namespace exists', [
  withParams(`SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists`, 'public'),
  withParams(`SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists`, 'nope'),
]);
list.add(
  'migrate reset schema',
  [
    'DROP SCHEMA "public" CASCADE',
    'CREATE SCHEMA "public"',
    `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`,
  ],
  PRISMA,
);
list.add('migrate drop migrations table missing', ['DROP TABLE _prisma_migrations']);
list.add(
  'migrate db push enum alter',
  [`ALTER TYPE "Role" ADD VALUE 'OWNER'`, `SELECT enum_range(NULL::"Role")::text AS r`],
  PRISMA,
);
list.add(
  'migrate rename column',
  [`ALTER TABLE "User" RENAME COLUMN "name" TO "fullName"`, `SELECT "fullName" AS f FROM "User" ORDER BY id`],
  PRISMA_DATA,
);
list.add(
  'migrate alter column type using',
  [
    `ALTER TABLE "Post" ALTER COLUMN "published" SET DATA TYPE INTEGER USING ("published"::int)`,
    `SELECT "id" AS id, "published" AS p FROM "Post" ORDER BY id`,
  ],
  PRISMA_DATA,
);
list.add(
  'migrate add column not null without default fails',
  [`ALTER TABLE "User" ADD COLUMN "nick" TEXT NOT NULL`],
  PRISMA_DATA,
);
list.add(
  'migrate drop index then create',
  [
    'DROP INDEX "User_email_key"',
    'CREATE UNIQUE INDEX "User_email_key" ON "User"("email")',
    `SELECT indexname AS i FROM pg_indexes WHERE tablename = 'User' ORDER BY 1`,
  ],
  PRISMA,
);

export default list.cases;
