// Round 17 ORM probe, TypeORM, Sequelize and MikroORM: TypeORM's startup (version(), current_schema(),
// the information_schema / pg_catalog reads of its schema builder), its "Entity"."column" AS
// "Entity_column" aliases, the DISTINCT-ids pagination with joins, soft deletes and its migrations
// table; Sequelize's `AS "Model"` selects, RETURNING of every attribute, upserts, describeTable,
// showIndex and SequelizeMeta; MikroORM's "e0" aliases, batched CASE updates and its migrations table.
import { ProbeCases, withParams } from '../probe-kit.js';
import {
  SEQUELIZE,
  SEQUELIZE_DATA,
  SEQUELIZE_DATA_TEXT,
  SHOP_DATA,
  TYPEORM,
  TYPEORM_DATA,
  TYPEORM_DATA_TEXT,
} from './orm-schema.js';

const list = new ProbeCases('r17 orm ');
const t = (name: string, sql: string, params: readonly unknown[], setup?: string) =>
  list.params(
    `typeorm ${name}`,
    sql,
    params,
    setup ?? (sql.includes('enum') ? TYPEORM_DATA : TYPEORM_DATA_TEXT),
  );
const ts = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = TYPEORM_DATA_TEXT) =>
  list.add(`typeorm ${name}`, steps, setup);
const q = (name: string, sql: string, params: readonly unknown[], setup = SEQUELIZE_DATA_TEXT) =>
  list.params(`sequelize ${name}`, sql, params, setup);
const qs = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = SEQUELIZE_DATA_TEXT) =>
  list.add(`sequelize ${name}`, steps, setup);
const m = (name: string, sql: string, params: readonly unknown[], setup = SHOP_DATA) =>
  list.params(`mikro-orm ${name}`, sql, params, setup);

// ---------------------------------------------------------------- TypeORM startup and schema builder
const TABLES_COND = `("table_schema" = 'public' AND "table_name" = 'user') OR ("table_schema" = 'public' AND "table_name" = 'photo')`;
const NS_COND = `("ns"."nspname" = 'public' AND "t"."relname" = 'user') OR ("ns"."nspname" = 'public' AND "t"."relname" = 'photo')`;
list.add('typeorm startup version', [
  `SELECT split_part(version(), ' ', 1) AS "v"`,
  `SELECT current_setting('server_version_num')::int / 10000 AS "major"`,
]);
list.add('typeorm startup current_schema', ['SELECT * FROM current_schema()']);
list.add('typeorm startup current_schema alias', [
  'SELECT current_schema() AS "schema"',
  'SELECT current_schemas(false) AS "path"',
]);
list.add('typeorm startup extension uuid-ossp', [
  'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
  'SELECT uuid_generate_v4() IS NOT NULL AS "ok"',
]);
list.add('typeorm startup pgcrypto', [
  'CREATE EXTENSION IF NOT EXISTS "pgcrypto"',
  'SELECT length(gen_random_uuid()::text) AS "len"',
]);
list.add('typeorm startup relispartition probe', [
  `SELECT TRUE AS "t" FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition'`,
]);
list.add(
  'typeorm startup tables with comment',
  [
    `SELECT "table_schema", "table_name", obj_description(('"' || "table_schema" || '"."' || "table_name" || '"')::regclass, 'pg_class') AS table_comment FROM "information_schema"."tables" WHERE ${TABLES_COND} ORDER BY "table_name"`,
  ],
  TYPEORM,
);
list.add(
  'typeorm startup columns',
  [
    `SELECT columns.column_name, columns.table_name, columns.ordinal_position, columns.column_default, columns.is_nullable, columns.data_type, columns.character_maximum_length, columns.numeric_precision, columns.numeric_scale, columns.udt_schema, columns.udt_name, columns.is_identity, columns.is_generated, columns.generation_expression, pg_catalog.col_description(('"' || table_catalog || '"."' || table_schema || '"."' || table_name || '"')::regclass::oid, ordinal_position) AS description, ('"' || "udt_schema" || '"."' || "udt_name" || '"')::"regtype"::text AS "regtype", pg_catalog.format_type("col_attr"."atttypid", "col_attr"."atttypmod") AS "format_type" FROM "information_schema"."columns" LEFT JOIN "pg_catalog"."pg_attribute" AS "col_attr" ON "col_attr"."attname" = "columns"."column_name" AND "col_attr"."attrelid" = ( SELECT "cls"."oid" FROM "pg_catalog"."pg_class" AS "cls" LEFT JOIN "pg_catalog"."pg_namespace" AS "ns" ON "ns"."oid" = "cls"."relnamespace" WHERE "cls"."relname" = "columns"."table_name" AND "ns"."nspname" = "columns"."table_schema" ) WHERE ${TABLES_COND} ORDER BY columns.table_name, columns.ordinal_position`,
  ],
  TYPEORM,
);
list.add(
  'typeorm startup constraints',
  [
    `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND (${NS_COND}) ORDER BY 2, 3, 6`,
  ],
  TYPEORM,
);
list.add(
  'typeorm startup constraints with check',
  [
    `SELECT "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", "cnst"."contype" AS "contype", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND "ns"."nspname" = 'public' ORDER BY 1, 2, 5`,
  ],
  `CREATE TABLE "acct" ("id" SERIAL NOT NULL, "bal" integer NOT NULL, "lo" integer, "hi" integer, CONSTRAINT "CHK_bal" CHECK ("bal" >= 0), CONSTRAINT "CHK_range" CHECK ("lo" < "hi" OR "lo" IS NULL), CONSTRAINT "UQ_lo_hi" UNIQUE ("lo", "hi"), CONSTRAINT "PK_acct" PRIMARY KEY ("id"))`,
);
list.add(
  'typeorm startup indices',
  [
    `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN 't' THEN 'TRUE' ELSE'FALSE' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid"  AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN ('r', 'p') AND "cnst"."contype" IS NULL AND (${NS_COND}) ORDER BY 3, 4`,
  ],
  `${TYPEORM}CREATE UNIQUE INDEX "IDX_partial" ON "user" ("lastName") WHERE "deletedAt" IS NULL; CREATE INDEX "IDX_multi" ON "photo" ("userId", "views");`,
);
list.add(
  'typeorm startup foreign keys',
  [
    `SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM ( SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN 'INITIALLY DEFERRED' ELSE 'INITIALLY IMMEDIATE' END as condeferred, CASE "con1"."confdeltype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confdeltype", CASE "con1"."confupdtype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = 'f' AND (("ns"."nspname" = 'public' AND "cl"."relname" = 'user') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 'photo')) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid"  AND "cl"."relispartition" = 'f'INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent" ORDER BY 1`,
  ],
  TYPEORM,
);
list.add(
  'typeorm startup enum udt',
  [
    `SELECT "udt_schema", "udt_name" FROM "information_schema"."columns" WHERE "table_schema" = 'public' AND "table_name" = 'user' AND "column_name"='role'`,
    `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'user_role_enum' ORDER BY "e"."enumsortorder"`,
  ],
  TYPEORM,
);
list.add(
  'typeorm hasEnumType',
  [
    `SELECT "n"."nspname", "t"."typname" FROM "pg_type" "t" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'user_role_enum'`,
    `SELECT "n"."nspname", "t"."typname" FROM "pg_type" "t" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'nope_enum'`,
  ],
  TYPEORM,
);
list.add('typeorm views and metadata table', [
  `CREATE TABLE "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
  `SELECT "t".* FROM "information_schema"."views" "t" WHERE "t"."table_schema" = 'public'`.replace(
    '"t".*',
    '"t"."table_name"',
  ),
  withParams(
    `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, $1, DEFAULT, $2, $3, $4)`,
    'public',
    'VIEW',
    'v_active',
    'SELECT 1',
  ),
  `SELECT "type", "schema", "name", "value" FROM "typeorm_metadata"`,
]);
list.add(
  'typeorm synchronize enum rename dance',
  [
    `ALTER TYPE "public"."user_role_enum" RENAME TO "user_role_enum_old"`,
    `CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'editor', 'ghost', 'viewer')`,
    `ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT`,
    `ALTER TABLE "user" ALTER COLUMN "role" TYPE "public"."user_role_enum" USING "role"::"text"::"public"."user_role_enum"`,
    `ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT 'ghost'`,
    `DROP TYPE "public"."user_role_enum_old"`,
    `SELECT "role"::text AS "r" FROM "user" ORDER BY "id"`,
  ],
  TYPEORM_DATA,
);
list.add('typeorm synchronize drop enum still used', [`DROP TYPE "public"."user_role_enum"`], TYPEORM);
list.add(
  'typeorm comment on column',
  [`COMMENT ON COLUMN "user"."age" IS 'years'`, `SELECT col_description('"user"'::regclass, 4) AS "c"`],
  TYPEORM_DATA_TEXT,
);

// ---------------------------------------------------------------- TypeORM migrations
const TYPEORM_MIG = `CREATE TABLE "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"))`;
list.add('typeorm migrations bootstrap', [
  `SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'migrations'`.replace(
    'SELECT *',
    'SELECT "table_name"',
  ),
  TYPEORM_MIG,
  `SELECT "table_name" FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'migrations'`,
  `SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC`,
]);
list.add('typeorm migrations run', [
  TYPEORM_MIG,
  'START TRANSACTION',
  `CREATE TABLE "item" ("id" SERIAL NOT NULL, CONSTRAINT "PK_item" PRIMARY KEY ("id"))`,
  withParams(
    `INSERT INTO "migrations"("timestamp", "name") VALUES ($1, $2)`,
    1700000000000,
    'Init1700000000000',
  ),
  withParams(
    `INSERT INTO "migrations"("timestamp", "name") VALUES ($1, $2)`,
    '1700000000001',
    'More1700000000001',
  ),
  'COMMIT',
  `SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC`,
]);
list.add('typeorm migrations revert', [
  TYPEORM_MIG,
  `INSERT INTO "migrations"("timestamp", "name") VALUES (1, 'A1'), (2, 'B2')`,
  withParams(`DELETE FROM "migrations" WHERE "timestamp" = $1 AND "name" = $2`, 2, 'B2'),
  `SELECT "name" FROM "migrations" ORDER BY "id"`,
]);

// ---------------------------------------------------------------- TypeORM queries
const UCOLS = `"User"."id" AS "User_id", "User"."firstName" AS "User_firstName", "User"."lastName" AS "User_lastName", "User"."age" AS "User_age", "User"."role" AS "User_role", "User"."isActive" AS "User_isActive", "User"."createdAt" AS "User_createdAt", "User"."version" AS "User_version"`;
t(
  'find aliases soft-delete filter',
  `SELECT ${UCOLS} FROM "user" "User" WHERE ( "User"."deletedAt" IS NULL ) ORDER BY "User"."id" ASC`,
  [],
);
t(
  'findOneBy',
  `SELECT ${UCOLS} FROM "user" "User" WHERE ( (("User"."id" = $1)) ) AND ( "User"."deletedAt" IS NULL ) LIMIT 1`,
  [2],
);
t('findOne withDeleted', `SELECT ${UCOLS} FROM "user" "User" WHERE (("User"."id" = $1)) LIMIT 1`, [3]);
t(
  'find In operator',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."id" IN ($1, $2, $3))) AND ( "User"."deletedAt" IS NULL ) ORDER BY "User"."id"`,
  [1, 3, 5],
);
t(
  'find Like and ILike',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."firstName" LIKE $1) OR ("User"."lastName" ILIKE $2)) ORDER BY "User"."id"`,
  ['T%', '%ASS%'],
);
t(
  'find Not IsNull',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."lastName" IS NOT NULL)) ORDER BY "User"."id"`,
  [],
);
t(
  'find MoreThan LessThanOrEqual',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."age" > $1) AND ("User"."age" <= $2)) ORDER BY "User"."id"`,
  [24, 40],
);
t(
  'find Between',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."createdAt" BETWEEN $1 AND $2)) ORDER BY "User"."id"`,
  ['2024-01-01T00:00:00.000Z', '2024-01-02T12:00:00.000Z'],
);
t(
  'find Any',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."firstName" = ANY($1))) ORDER BY "User"."id"`,
  [['Timber', 'Gone']],
);
t(
  'find Raw',
  `SELECT "User"."id" AS "User_id" FROM "user" "User" WHERE (("User"."age" = "User"."version" * 20)) ORDER BY "User"."id"`,
  [],
);
t(
  'find relations left join',
  `SELECT "User"."id" AS "User_id", "User"."firstName" AS "User_firstName", "User__User_photos"."id" AS "User__User_photos_id", "User__User_photos"."url" AS "User__User_photos_url", "User__User_photos"."views" AS "User__User_photos_views" FROM "user" "User" LEFT JOIN "photo" "User__User_photos" ON "User__User_photos"."userId"="User"."id" WHERE ( "User"."deletedAt" IS NULL ) ORDER BY "User"."id", "User__User_photos"."id"`,
  [],
);
t(
  'find paginated with relations: distinct ids',
  `SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id", "distinctAlias"."User_createdAt" FROM (SELECT "User"."id" AS "User_id", "User"."createdAt" AS "User_createdAt", "User__User_photos"."id" AS "User__User_photos_id" FROM "user" "User" LEFT JOIN "photo" "User__User_photos" ON "User__User_photos"."userId"="User"."id" WHERE ( "User"."deletedAt" IS NULL )) "distinctAlias" ORDER BY "distinctAlias"."User_createdAt" DESC, "User_id" ASC LIMIT 1 OFFSET 1`,
  [],
);
t(
  'find paginated with relations: page rows',
  `SELECT "User"."id" AS "User_id", "User__User_photos"."url" AS "User__User_photos_url" FROM "user" "User" LEFT JOIN "photo" "User__User_photos" ON "User__User_photos"."userId"="User"."id" WHERE ( "User"."deletedAt" IS NULL ) AND ( "User"."id" IN (1) ) ORDER BY "User"."createdAt" DESC, "User__User_photos"."id" ASC`,
  [],
);
t(
  'findAndCount count',
  `SELECT COUNT(DISTINCT("User"."id")) AS "cnt" FROM "user" "User" WHERE ( "User"."deletedAt" IS NULL )`,
  [],
);
t(
  'count with join',
  `SELECT COUNT(DISTINCT("Photo"."id")) AS "cnt" FROM "photo" "Photo" LEFT JOIN "user" "Photo__Photo_user" ON "Photo__Photo_user"."id"="Photo"."userId" AND ("Photo__Photo_user"."deletedAt" IS NULL) WHERE "Photo__Photo_user"."isActive" = $1`,
  [true],
);
t(
  'exists',
  `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "user" "User" WHERE (("User"."firstName" = $1)) AND ( "User"."deletedAt" IS NULL )) LIMIT 1`,
  ['Timber'],
);
t(
  'exists false',
  `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "user" "User" WHERE (("User"."firstName" = $1)) AND ( "User"."deletedAt" IS NULL )) LIMIT 1`,
  ['Gone'],
);
t(
  'query builder getRawMany',
  `SELECT "user"."firstName" AS "user_firstName", COUNT("photo"."id") AS "photoCount" FROM "user" "user" LEFT JOIN "photo" "photo" ON "photo"."userId" = "user"."id" GROUP BY "user"."id" ORDER BY "user"."id" ASC`,
  [],
);
t(
  'query builder named params',
  `SELECT "user"."id" AS "user_id" FROM "user" "user" WHERE "user"."firstName" = $1 AND "user"."age" >= $2`,
  ['Timber', 18],
);
t(
  'query builder IN spread',
  `SELECT "user"."id" AS "user_id" FROM "user" "user" WHERE "user"."id" IN ($1, $2) ORDER BY "user_id"`,
  [1, 2],
);
t(
  'query builder double precision sum',
  `SELECT SUM("photo"."views") AS "sum", AVG("photo"."views") AS "avg" FROM "photo" "photo"`,
  [],
);
t(
  'query builder subquery select',
  `SELECT "user"."id" AS "user_id", (SELECT MAX("p"."views") FROM "photo" "p" WHERE "p"."userId" = "user"."id") AS "maxViews" FROM "user" "user" ORDER BY "user"."id"`,
  [],
);
t(
  'query builder setLock pessimistic_write',
  `SELECT "user"."id" AS "user_id" FROM "user" "user" WHERE "user"."id" = $1 FOR UPDATE`,
  [1],
);
t(
  'query builder pessimistic_partial_write',
  `SELECT "user"."id" AS "user_id" FROM "user" "user" ORDER BY "user"."id" LIMIT 1 FOR UPDATE SKIP LOCKED`,
  [],
);
t(
  'insert returning defaults',
  `INSERT INTO "user"("id", "firstName", "lastName", "age", "role", "isActive", "createdAt", "updatedAt", "deletedAt", "version") VALUES (DEFAULT, $1, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $2) RETURNING "id", "age", "role", "isActive", "version"`,
  ['New', 1],
);
t(
  'insert enum value',
  `INSERT INTO "user"("firstName", "role", "version") VALUES ($1, $2, $3) RETURNING "id", "role"`,
  ['E', 'editor', 1],
  TYPEORM_DATA,
);
t(
  'insert bad enum value',
  `INSERT INTO "user"("firstName", "role", "version") VALUES ($1, $2, $3) RETURNING "id"`,
  ['E', 'root', 1],
  TYPEORM_DATA,
);
t(
  'insert bulk returning',
  `INSERT INTO "photo"("id", "url", "description", "views", "userId") VALUES (DEFAULT, $1, DEFAULT, DEFAULT, $2), (DEFAULT, $3, $4, $5, DEFAULT) RETURNING "id", "views"`,
  ['x.jpg', 1, 'y.jpg', 'why', 2.25],
);
t('insert unique violation UQ', `INSERT INTO "photo"("url") VALUES ($1) RETURNING "id"`, ['a.jpg']);
t(
  'update set updatedAt',
  `UPDATE "user" SET "firstName" = $1, "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" IN ($2)`,
  ['Timbersaw', 1],
);
t(
  'update optimistic version',
  `UPDATE "user" SET "age" = $1, "version" = "version" + 1 WHERE "id" = $2 AND "version" = $3 RETURNING "version"`,
  [26, 1, 1],
);
t(
  'update optimistic version stale',
  `UPDATE "user" SET "age" = $1, "version" = "version" + 1 WHERE "id" = $2 AND "version" = $3 RETURNING "version"`,
  [26, 1, 7],
);
t(
  'softDelete',
  `UPDATE "user" SET "deletedAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" IN ($1) AND "deletedAt" IS NULL`,
  [2],
);
t('restore', `UPDATE "user" SET "deletedAt" = NULL, "updatedAt" = CURRENT_TIMESTAMP WHERE "id" IN ($1)`, [3]);
t('delete cascades photos', `DELETE FROM "user" WHERE "id" IN ($1)`, [1]);
ts('delete cascades photos visible', [
  withParams(`DELETE FROM "user" WHERE "id" IN ($1)`, 1),
  `SELECT "url" FROM "photo" ORDER BY "id"`,
]);
t(
  'upsert on conflict',
  `INSERT INTO "photo"("url", "description", "views", "userId") VALUES ($1, $2, $3, $4) ON CONFLICT ( "url" ) DO UPDATE SET "description" = EXCLUDED."description", "views" = EXCLUDED."views" RETURNING "id", "views"`,
  ['a.jpg', 'upserted', 7, 1],
);
t(
  'upsert skipUpdateIfNoValuesChanged',
  `INSERT INTO "photo"("url", "description") VALUES ($1, $2) ON CONFLICT ( "url" ) DO UPDATE SET "description" = EXCLUDED."description" WHERE ("photo"."description" IS DISTINCT FROM EXCLUDED."description") RETURNING "id"`,
  ['a.jpg', 'first'],
);
t('orIgnore', `INSERT INTO "photo"("url") VALUES ($1) ON CONFLICT DO NOTHING RETURNING "id"`, ['a.jpg']);
t('increment', `UPDATE "photo" SET "views" = "views" + 1.5 WHERE "userId" = $1`, [1]);
t(
  'decrement returning',
  `UPDATE "photo" SET "views" = "views" - $1 WHERE "id" = $2 RETURNING "views"`,
  [0.5, 1],
);
ts('transaction with savepoints', [
  'START TRANSACTION',
  withParams(`INSERT INTO "photo"("url") VALUES ($1)`, 'tx.jpg'),
  'SAVEPOINT typeorm_1',
  withParams(`INSERT INTO "photo"("url") VALUES ($1)`, 'tx.jpg'),
  'ROLLBACK TO SAVEPOINT typeorm_1',
  'RELEASE SAVEPOINT typeorm_1',
  'COMMIT',
  `SELECT count(*) AS "n" FROM "photo" WHERE "url" = 'tx.jpg'`,
]);
ts('transaction isolation', [
  'START TRANSACTION',
  'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  `SHOW TRANSACTION ISOLATION LEVEL`,
  'COMMIT',
]);

// ---------------------------------------------------------------- Sequelize
list.add('sequelize authenticate', ['SELECT 1+1 AS result']);
list.add('sequelize connection setup', [
  `SET client_min_messages TO warning; SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE`,
  `SELECT '2024-01-01 12:00:00+02'::timestamptz::text AS "ts"`,
]);
list.add('sequelize connection type oids', [
  `SELECT typname, typtype FROM pg_type WHERE (typtype = 'b' AND typname IN ('hstore', 'geometry', 'geography')) OR (typtype = 'r' AND typname IN ('tsrange', 'tstzrange', 'daterange', 'int4range', 'int8range', 'numrange')) ORDER BY typname`,
]);
list.add('sequelize server version', ['SHOW SERVER_VERSION_NUM']);
q(
  'findAll as Model',
  `SELECT "id", "username", "email", "status", "loginCount", "createdAt", "updatedAt", "deletedAt" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL) ORDER BY "User"."id"`,
  [],
);
q(
  'findOne paranoid',
  `SELECT "id", "username" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL AND "User"."username" = $1) LIMIT 1`,
  ['janedoe'],
);
q(
  'findByPk',
  `SELECT "id", "username" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL AND "User"."id" = $1)`,
  [2],
);
q(
  'iLike',
  `SELECT "id" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL AND "User"."email" ILIKE $1) ORDER BY "User"."id"`,
  ['%@EXAMPLE.com'],
);
q(
  'iLike any',
  `SELECT "id" FROM "Users" AS "User" WHERE "User"."username" ILIKE ANY (ARRAY['john%','%DOE']) ORDER BY "User"."id"`,
  [],
);
q('Op.in', `SELECT "id" FROM "Users" AS "User" WHERE "User"."id" IN (1, 3) ORDER BY "User"."id"`, []);
q('Op.in empty', `SELECT "id" FROM "Users" AS "User" WHERE "User"."id" IN (NULL)`, []);
q('Op.notIn empty', `SELECT "id" FROM "Users" AS "User" WHERE "User"."id" NOT IN (NULL)`, []);
q(
  'Op.ne null safe',
  `SELECT "id" FROM "Users" AS "User" WHERE "User"."email" != 'jane@example.com' ORDER BY "User"."id"`,
  [],
);
q('Op.substring', `SELECT "id" FROM "Users" AS "User" WHERE "User"."username" LIKE '%Doe%'`, []);
q(
  'Op.or',
  `SELECT "id" FROM "Users" AS "User" WHERE ("User"."status" = 'active' OR "User"."loginCount" = 0) ORDER BY "User"."id"`,
  [],
);
q(
  'include left outer join',
  `SELECT "User"."id", "User"."username", "Tasks"."id" AS "Tasks.id", "Tasks"."title" AS "Tasks.title", "Tasks"."done" AS "Tasks.done" FROM "Users" AS "User" LEFT OUTER JOIN "Tasks" AS "Tasks" ON "User"."id" = "Tasks"."UserId" WHERE ("User"."deletedAt" IS NULL) ORDER BY "User"."id", "Tasks"."id"`,
  [],
);
q(
  'include required inner join',
  `SELECT "User"."id", "Tasks"."id" AS "Tasks.id" FROM "Users" AS "User" INNER JOIN "Tasks" AS "Tasks" ON "User"."id" = "Tasks"."UserId" AND "Tasks"."done" = false WHERE ("User"."deletedAt" IS NULL) ORDER BY "User"."id", "Tasks"."id"`,
  [],
);
q(
  'include with limit subquery',
  `SELECT "User".*, "Tasks"."id" AS "Tasks.id", "Tasks"."title" AS "Tasks.title" FROM (SELECT "User"."id", "User"."username" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL) ORDER BY "User"."id" LIMIT 1 OFFSET 0) AS "User" LEFT OUTER JOIN "Tasks" AS "Tasks" ON "User"."id" = "Tasks"."UserId" ORDER BY "User"."id", "Tasks"."id"`,
  [],
);
q(
  'findAndCountAll count',
  `SELECT count("User"."id") AS "count" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL)`,
  [],
);
q(
  'count distinct include',
  `SELECT count(DISTINCT("User"."id")) AS "count" FROM "Users" AS "User" LEFT OUTER JOIN "Tasks" AS "Tasks" ON "User"."id" = "Tasks"."UserId" WHERE ("User"."deletedAt" IS NULL)`,
  [],
);
q(
  'aggregate sum',
  `SELECT sum("loginCount") AS "sum" FROM "Users" AS "User" WHERE ("User"."deletedAt" IS NULL)`,
  [],
);
q('aggregate max date', `SELECT max("createdAt") AS "max" FROM "Tasks" AS "Task"`, []);
q(
  'group by attributes fn',
  `SELECT "UserId", COUNT("id") AS "n" FROM "Tasks" AS "Task" GROUP BY "UserId" ORDER BY "UserId" NULLS FIRST`,
  [],
);
q(
  'create returning all',
  `INSERT INTO "Users" ("id","username","email","status","loginCount","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4,$5,$6) RETURNING "id","username","email","status","loginCount","createdAt","updatedAt","deletedAt"`,
  ['newbie', null, 'pending', 0, '2024-06-01 10:00:00.000 +00:00', '2024-06-01 10:00:00.000 +00:00'],
);
q(
  'create unique violation',
  `INSERT INTO "Users" ("id","username","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3) RETURNING "id"`,
  ['janedoe', '2024-06-01 10:00:00.000 +00:00', '2024-06-01 10:00:00.000 +00:00'],
);
q(
  'bulkCreate returning star',
  `INSERT INTO "Tasks" ("id","title","done","UserId","createdAt","updatedAt") VALUES (DEFAULT,'a',false,1,'2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00'),(DEFAULT,'b',true,NULL,'2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00') RETURNING "id","title","done","UserId","createdAt","updatedAt"`,
  [],
);
q(
  'bulkCreate ignoreDuplicates',
  `INSERT INTO "Users" ("id","username","createdAt","updatedAt") VALUES (DEFAULT,'janedoe','2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00'),(DEFAULT,'other','2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00') ON CONFLICT DO NOTHING RETURNING "id","username"`,
  [],
);
q(
  'bulkCreate updateOnDuplicate',
  `INSERT INTO "Users" ("id","username","email","createdAt","updatedAt") VALUES (1,'janedoe','new@example.com','2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00'),(10,'ten',NULL,'2024-06-01 10:00:00.000 +00:00','2024-06-01 10:00:00.000 +00:00') ON CONFLICT ("id") DO UPDATE SET "email"=EXCLUDED."email","updatedAt"=EXCLUDED."updatedAt" RETURNING "id","username","email","updatedAt"`,
  [],
);
q(
  'upsert returning',
  `INSERT INTO "Users" ("id","username","loginCount","createdAt","updatedAt") VALUES ($1,$2,$3,$4,$5) ON CONFLICT ("id") DO UPDATE SET "username"=EXCLUDED."username","loginCount"=EXCLUDED."loginCount","updatedAt"=EXCLUDED."updatedAt" RETURNING "id","username","email","status","loginCount","createdAt","updatedAt","deletedAt"`,
  [2, 'JohnDoe', 5, '2024-06-01 10:00:00.000 +00:00', '2024-06-02 10:00:00.000 +00:00'],
);
q(
  'upsert on unique username',
  `INSERT INTO "Users" ("username","loginCount","createdAt","updatedAt") VALUES ($1,$2,$3,$4) ON CONFLICT ("username") DO UPDATE SET "loginCount"=EXCLUDED."loginCount" RETURNING "id","loginCount"`,
  ['janedoe', 42, '2024-06-01 10:00:00.000 +00:00', '2024-06-01 10:00:00.000 +00:00'],
);
q(
  'update returning star',
  `UPDATE "Users" SET "email"=$1,"updatedAt"=$2 WHERE "id" = $3 AND "deletedAt" IS NULL RETURNING "id","username","email","status","loginCount","createdAt","updatedAt","deletedAt"`,
  ['x@y.z', '2024-06-01 10:00:00.000 +00:00', 1],
);
q(
  'increment',
  `UPDATE "Users" SET "loginCount"="loginCount"+ 1,"updatedAt"='2024-06-01 10:00:00.000 +00:00' WHERE "id" = 1 RETURNING "id","loginCount"`,
  [],
);
q(
  'increment by negative',
  `UPDATE "Users" SET "loginCount"="loginCount"+ -2 WHERE "id" = 1 RETURNING "loginCount"`,
  [],
);
q('paranoid destroy', `UPDATE "Users" SET "deletedAt"=$1 WHERE "deletedAt" IS NULL AND "id" = $2`, [
  '2024-06-01 10:00:00.000 +00:00',
  2,
]);
q('force destroy set null tasks', `DELETE FROM "Users" WHERE "id" = 1`, []);
qs('force destroy set null visible', [
  `DELETE FROM "Users" WHERE "id" = 1`,
  `SELECT "title", "UserId" FROM "Tasks" ORDER BY "id"`,
]);
q('restore', `UPDATE "Users" SET "deletedAt"=$1,"updatedAt"=$2 WHERE "deletedAt" IS NOT NULL AND "id" = $3`, [
  null,
  '2024-06-01 10:00:00.000 +00:00',
  3,
]);
q(
  'timestamp with offset param',
  `SELECT "id" FROM "Tasks" AS "Task" WHERE "Task"."createdAt" > $1 ORDER BY "Task"."id"`,
  ['2024-01-06 01:00:00.000 +01:00'],
);
q(
  'literal fn',
  `SELECT "id", "username", (SELECT COUNT(*) FROM "Tasks" AS "t" WHERE "t"."UserId" = "User"."id") AS "taskCount" FROM "Users" AS "User" ORDER BY "User"."id"`,
  [],
);
q('order by fn', `SELECT "id" FROM "Users" AS "User" ORDER BY lower("User"."username") DESC`, []);
qs('transaction', [
  'START TRANSACTION;',
  `SELECT "id" FROM "Users" AS "User" WHERE "User"."id" = 1 FOR UPDATE;`,
  `UPDATE "Users" SET "loginCount"=4 WHERE "id" = 1`,
  'COMMIT;',
  `SELECT "loginCount" FROM "Users" WHERE "id" = 1`,
]);
qs('transaction rollback deferred', [
  'START TRANSACTION;',
  `SET CONSTRAINTS ALL DEFERRED;`,
  `DELETE FROM "Users" WHERE "id" = 2`,
  'ROLLBACK;',
  `SELECT count(*) AS "n" FROM "Users"`,
]);
list.add(
  'sequelize describeTable',
  [
    `SELECT pk.constraint_type as "Constraint",c.column_name as "Field", c.column_default as "Default",c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 'Users' AND c.table_schema = 'public' ORDER BY c.ordinal_position`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize showAllTables',
  [
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type LIKE '%TABLE' AND table_name != 'spatial_ref_sys' ORDER BY table_name`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize showIndex',
  [
    `SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum ORDER BY a.attnum) as column_indexes, array_agg(a.attname ORDER BY a.attnum) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 'Users' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize foreign key references',
  [
    `SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.table_name as table_name, kcu.column_name as column_name, ccu.table_schema  AS referenced_table_schema, ccu.table_name  AS referenced_table_name, ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = 'Tasks' AND tc.table_catalog = current_database()`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize enum lookup',
  [
    `SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname='enum_Users_status' GROUP BY 1`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize enum add value',
  [
    `ALTER TYPE "public"."enum_Users_status" ADD VALUE 'archived' AFTER 'disabled'`,
    `ALTER TYPE "public"."enum_Users_status" ADD VALUE IF NOT EXISTS 'archived'`,
    `SELECT array_agg(e.enumlabel ORDER BY enumsortorder)::text AS "labels" FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'enum_Users_status'`,
  ],
  SEQUELIZE,
);
list.add(
  'sequelize enum filter',
  [`SELECT "id" FROM "Users" AS "User" WHERE "User"."status" IN ('active', 'pending') ORDER BY "id"`],
  SEQUELIZE_DATA,
);
list.add('sequelize enum bad value', [`UPDATE "Users" SET "status"='gone' WHERE "id" = 1`], SEQUELIZE_DATA);
const META = `CREATE TABLE IF NOT EXISTS "SequelizeMeta" ("name" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY ("name"));`;
list.add('sequelize meta bootstrap', [
  META,
  META,
  `SELECT i.relname AS name FROM pg_class t, pg_class i, pg_index ix WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND t.relname = 'SequelizeMeta' ORDER BY 1`,
]);
list.add('sequelize meta log and list', [
  META,
  withParams(
    `INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name";`,
    '20240101000000-create-user.js',
  ),
  withParams(
    `INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name";`,
    '20240102000000-add-tasks.js',
  ),
  `SELECT "name" FROM "SequelizeMeta" AS "SequelizeMeta" ORDER BY "SequelizeMeta"."name" ASC;`,
  withParams(`DELETE FROM "SequelizeMeta" WHERE "name" = $1`, '20240102000000-add-tasks.js'),
  `SELECT "name" FROM "SequelizeMeta" AS "SequelizeMeta" ORDER BY "SequelizeMeta"."name" ASC;`,
]);
list.add('sequelize meta duplicate', [
  META,
  withParams(`INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name";`, 'a.js'),
  withParams(`INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name";`, 'a.js'),
]);
list.add(
  'sequelize queryInterface changeColumn',
  [
    `ALTER TABLE "public"."Users" ALTER COLUMN "email" SET NOT NULL;ALTER TABLE "public"."Users" ALTER COLUMN "email" DROP DEFAULT;ALTER TABLE "public"."Users" ALTER COLUMN "email" TYPE VARCHAR(100);`,
    `SELECT character_maximum_length AS "len", is_nullable AS "nullable" FROM information_schema.columns WHERE table_name = 'Users' AND column_name = 'email'`,
  ],
  SEQUELIZE_DATA,
);
list.add(
  'sequelize queryInterface changeColumn null violation',
  [`ALTER TABLE "public"."Tasks" ALTER COLUMN "UserId" SET NOT NULL;`],
  SEQUELIZE_DATA,
);
list.add(
  'sequelize queryInterface addIndex',
  [
    `CREATE UNIQUE INDEX "users_email_status" ON "Users" ("email", "status")`,
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS "tasks_done" ON "Tasks" ("done")`,
    `SELECT indexname AS "i", indexdef AS "d" FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
  ],
  SEQUELIZE,
);

// ---------------------------------------------------------------- MikroORM
m('findOne e0', `select "e0".* from "person" as "e0" where "e0"."id" = $1 limit $2`, [1, 1]);
m(
  'find populate pets',
  `select "e0".* from "pet" as "e0" where "e0"."owner_id" in ($1, $2) order by "e0"."owner_id" asc, "e0"."id" asc`,
  [1, 2],
);
m(
  'find joined strategy',
  `select "e0".*, "e1"."id" as "e1__id", "e1"."name" as "e1__name", "e1"."species" as "e1__species" from "person" as "e0" left join "pet" as "e1" on "e0"."id" = "e1"."owner_id" where "e0"."gender" = $1 order by "e0"."id" asc, "e1"."id" asc`,
  ['female'],
);
m('count', `select count(*) as "count" from "person" as "e0" where "e0"."age" >= $1`, [30]);
m(
  'count distinct pk',
  `select count(distinct("e0"."id")) as "count" from "person" as "e0" left join "pet" as "e1" on "e0"."id" = "e1"."owner_id" where "e1"."species" = $1`,
  ['cat'],
);
m(
  'findAndCount limit offset',
  `select "e0".* from "person" as "e0" order by "e0"."first_name" asc limit $1 offset $2`,
  [2, 2],
);
m(
  '$in $nin $like',
  `select "e0"."id" from "person" as "e0" where "e0"."id" in ($1, $2, $3) and "e0"."first_name" not in ($4) and "e0"."first_name" like $5 order by "e0"."id"`,
  [1, 2, 4, 'Arnold', '%e%'],
);
m(
  '$ilike $or',
  `select "e0"."id" from "person" as "e0" where ("e0"."first_name" ilike $1 or "e0"."last_name" ilike $2) order by "e0"."id"`,
  ['%SYL%', '%ÜNAL%'],
);
m(
  '$overlap $contains',
  `select "e0"."id" from "pet" as "e0" where "e0"."tags" && $1 and "e0"."tags" @> $2 order by "e0"."id"`,
  ['{cute,x}', '{cute}'],
);
m(
  'insert returning',
  `insert into "person" ("first_name", "gender", "age") values ($1, $2, $3) returning "id", "created_at"`.replace(
    ', "created_at"',
    '',
  ),
  ['Mikro', 'x', 9],
);
m(
  'batch insert returning',
  `insert into "pet" ("name", "owner_id", "species") values ($1, $2, $3), ($4, $5, $6) returning "id", "tags"`,
  ['m1', 1, 'cat', 'm2', 2, 'dog'],
);
m(
  'batch update case when',
  `update "person" set "age" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "age" end where "id" in ($5, $6) returning "id", "age"`,
  [1, 60, 2, 80, 1, 2],
);
m(
  'batch update case when null',
  `update "person" set "last_name" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "last_name" end where "id" in ($5, $6)`,
  [3, 'Stallone', 4, null, 3, 4],
);
m('batch delete', `delete from "toy" where "id" in ($1, $2)`, [3, 4]);
m(
  'upsert merge',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "name" = excluded."name", "owner_id" = excluded."owner_id", "species" = excluded."species" returning "id", "name"`,
  [2, 'Doggo2', 1, 'dog'],
);
m('nativeUpdate', `update "pet" set "species" = $1 where "species" = $2`, ['feline', 'cat']);
m('nativeDelete', `delete from "pet" as "e0" where "e0"."id" = $1`, [4]);
m('pessimistic lock', `select "e0".* from "pet" as "e0" where "e0"."id" = $1 limit $2 for update`, [1, 1]);
m(
  'qb raw fragment',
  `select "e0"."id", concat("e0"."first_name", ' ', coalesce("e0"."last_name", '')) as "full_name" from "person" as "e0" order by "e0"."id"`,
  [],
);
m(
  'qb group having',
  `select "e0"."owner_id", count("e0"."id") as "c" from "pet" as "e0" group by "e0"."owner_id" having count("e0"."id") >= $1 order by "e0"."owner_id"`,
  [1],
);
m(
  'qb subquery in where',
  `select "e0"."id" from "person" as "e0" where "e0"."id" in (select "e1"."owner_id" from "pet" as "e1" where "e1"."species" = $1) order by "e0"."id"`,
  ['hamster'],
);
list.add('mikro-orm migrations table', [
  `create table if not exists "public"."mikro_orm_migrations" ("id" serial primary key, "name" varchar(255), "executed_at" timestamptz default current_timestamp)`,
  `select * from "public"."mikro_orm_migrations" order by "id" asc`,
  withParams(`insert into "public"."mikro_orm_migrations" ("name") values ($1)`, 'Migration20240101000000'),
  `select "name", "executed_at" is not null as "stamped" from "public"."mikro_orm_migrations" order by "id" asc`,
]);
list.add(
  'mikro-orm schema exists check',
  [
    `select table_name as table_name, nullif(table_schema, 'public') as schema_name, obj_description(('"' || table_schema || '"."' || table_name || '"')::regclass) as table_comment from information_schema.tables where "table_schema" not like 'pg_%' and "table_schema" != 'information_schema' and "table_name" != 'geography_columns' and "table_name" != 'geometry_columns' and "table_name" != 'spatial_ref_sys' and "table_type" != 'VIEW' order by "table_name"`,
  ],
  SHOP_DATA,
);

export default list.cases;
