// Round 22 probe (h131), dumps part 4: the SQL migration tools send to set up a test database, as
// node-pg-migrate, Prisma migrate, Knex, TypeORM, golang-migrate, Flyway and Rails write it: their
// bookkeeping tables and queries, advisory locks (bigint keys, parameters, try/unlock, the
// transaction-level ones), SET lock_timeout / statement_timeout, CREATE INDEX CONCURRENTLY outside
// and inside transactions, idempotent DO blocks (EXCEPTION WHEN duplicate_object), ALTER TYPE ... ADD
// VALUE inside and outside transactions, NOT VALID + VALIDATE, and the multi-statement files the
// tools send in one query.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 dumps: migrations: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const LOCKS =
  "SELECT classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY classid, objid";

// ---------------------------------------------------------------- node-pg-migrate
const PGMIGRATE_LOCK = '7241865325823964';
add('node-pg-migrate bookkeeping', [
  'CREATE TABLE IF NOT EXISTS "public"."pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)',
  `SELECT pg_try_advisory_lock(${PGMIGRATE_LOCK}) AS "lockObtained"`,
  LOCKS,
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'",
  'SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id',
  'BEGIN',
  'CREATE TABLE "users" ( "id" serial PRIMARY KEY, "name" varchar(1000) NOT NULL, "createdAt" timestamp DEFAULT current_timestamp NOT NULL )',
  `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('1700000000000_init', NOW())`,
  'COMMIT',
  `SELECT pg_advisory_unlock(${PGMIGRATE_LOCK}) AS "lockReleased"`,
  LOCKS,
]);
add('node-pg-migrate lock twice in one session', [
  `SELECT pg_try_advisory_lock(${PGMIGRATE_LOCK}) AS a`,
  `SELECT pg_try_advisory_lock(${PGMIGRATE_LOCK}) AS b`,
  `SELECT pg_advisory_unlock(${PGMIGRATE_LOCK}) AS c`,
  LOCKS,
  `SELECT pg_advisory_unlock(${PGMIGRATE_LOCK}) AS d`,
  `SELECT pg_advisory_unlock(${PGMIGRATE_LOCK}) AS e`,
]);
add('advisory lock held by another session', [
  `SELECT pg_advisory_lock(${PGMIGRATE_LOCK})`,
  { sql: `SELECT pg_try_advisory_lock(${PGMIGRATE_LOCK}) AS other`, client: 'second' },
  `SELECT pg_advisory_unlock(${PGMIGRATE_LOCK})`,
  { sql: `SELECT pg_try_advisory_lock(${PGMIGRATE_LOCK}) AS other_after`, client: 'second' },
]);

// ---------------------------------------------------------------- Prisma migrate
const PRISMA_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;
const PRISMA_INIT = `-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" INTEGER NOT NULL,
    "tags" TEXT[],
    "meta" JSONB,
    "price" DECIMAL(65,30),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Post_authorId_published_idx" ON "Post"("authorId", "published");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
`;
const PRISMA_SECOND = `-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'EDITOR';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bio" TEXT,
ALTER COLUMN "name" SET NOT NULL;
`;
add('prisma migrate deploy', [
  'SELECT pg_advisory_lock(72707369)',
  PRISMA_TABLE,
  'SELECT "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count" FROM "_prisma_migrations" ORDER BY "started_at" ASC',
  withParams(
    'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count") VALUES ($1, $2, $3, $4, $5, now(), $6)',
    'f3b8c1a2-0000-4000-8000-000000000001',
    'a'.repeat(64),
    '20240101000000_init',
    null,
    null,
    0,
  ),
  PRISMA_INIT,
  withParams(
    'UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" + 1, "finished_at" = now() WHERE "id" = $1 RETURNING "applied_steps_count"',
    'f3b8c1a2-0000-4000-8000-000000000001',
  ),
  'SELECT pg_advisory_unlock(72707369)',
  LOCKS,
]);
add(
  'prisma second migration adds an enum value and NOT NULL on a nullable column',
  [PRISMA_SECOND],
  `${PRISMA_INIT}\nINSERT INTO "User" ("email", "updatedAt") VALUES ('a@b.c', '2024-01-01');`,
);
add(
  'prisma second migration on an empty table',
  [PRISMA_SECOND, `SELECT enum_range(NULL::"Role")::text AS v`],
  PRISMA_INIT,
);
add('prisma init migration twice', [PRISMA_INIT, PRISMA_INIT]);
add('prisma init migration in a transaction then using the enum', [
  'BEGIN',
  PRISMA_INIT,
  `INSERT INTO "User" ("email", "updatedAt", "role") VALUES ('x@y.z', '2024-01-01', 'ADMIN') RETURNING "id", "role"`,
  'COMMIT',
]);
add(
  'prisma restrict fk and cascade update',
  [
    `INSERT INTO "User" ("email", "updatedAt") VALUES ('a@b.c', '2024-01-01')`,
    `INSERT INTO "Post" ("id", "title", "authorId") VALUES ('p1', 't', 1)`,
    'UPDATE "User" SET "id" = 5',
    'SELECT "authorId" FROM "Post"',
    'DELETE FROM "User"',
  ],
  PRISMA_INIT,
);
add(
  'prisma decimal 65,30 column',
  [
    `INSERT INTO "User" ("email", "updatedAt") VALUES ('a@b.c', '2024-01-01')`,
    `INSERT INTO "Post" ("id", "title", "authorId", "price") VALUES ('p1', 't', 1, 12.5) RETURNING "price"`,
  ],
  PRISMA_INIT,
);
add(
  'prisma introspection of enums',
  [
    'SELECT t.typname AS name, e.enumlabel AS value, n.nspname AS namespace FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ANY ( $1 ) ORDER BY e.enumsortorder',
  ].map((sql) => withParams(sql, ['public'])),
  PRISMA_INIT,
);
add(
  'prisma introspection of columns',
  [
    withParams(
      `SELECT oid.namespace, info.table_name, info.column_name, format_type(att.atttypid, att.atttypmod) AS formatted_type, info.numeric_precision, info.numeric_scale, info.numeric_precision_radix, info.datetime_precision, info.data_type, info.udt_schema AS type_schema_name, info.udt_name AS full_data_type, pg_get_expr(attdef.adbin, attdef.adrelid) AS column_default, info.is_nullable, info.is_identity, info.character_maximum_length
     FROM information_schema.columns info
     JOIN pg_attribute att ON att.attname = info.column_name
     JOIN (SELECT pg_class.oid, relname, pg_namespace.nspname AS namespace FROM pg_class JOIN pg_namespace ON pg_namespace.oid = pg_class.relnamespace AND pg_namespace.nspname = ANY ( $1 )) AS oid ON oid.oid = att.attrelid AND relname = info.table_name AND namespace = info.table_schema
     LEFT OUTER JOIN pg_attrdef attdef ON attdef.adrelid = att.attrelid AND attdef.adnum = att.attnum AND table_schema = namespace
     WHERE table_schema = ANY ( $1 ) ORDER BY namespace, table_name, ordinal_position`,
      ['public'],
    ),
  ],
  PRISMA_INIT,
);
add(
  'prisma introspection of foreign keys',
  [
    `SELECT att2.attname AS "child_column", cl.relname AS "parent_table", att.attname AS "parent_column", con.confdeltype, con.confupdtype, rel_ns.nspname AS "referenced_schema_name", conname AS constraint_name, child, parent, table_name, namespace, condeferrable, condeferred
   FROM (SELECT ns.nspname AS "namespace", unnest(con1.conkey) AS "parent", unnest(con1.confkey) AS "child", cl.relname AS table_name, ns.nspname AS schema_name, generate_subscripts(con1.conkey, 1) AS colidx, con1.oid, con1.confrelid, con1.conrelid, con1.conname, con1.confdeltype, con1.confupdtype, con1.condeferrable AS condeferrable, con1.condeferred AS condeferred
         FROM pg_class cl JOIN pg_constraint con1 ON con1.conrelid = cl.oid JOIN pg_namespace ns ON cl.relnamespace = ns.oid
         WHERE ns.nspname = 'public' AND con1.contype = 'f' ORDER BY colidx) con
   JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = con.child
   JOIN pg_class cl ON cl.oid = con.confrelid
   JOIN pg_attribute att2 ON att2.attrelid = con.conrelid AND att2.attnum = con.parent
   JOIN pg_class rel_cl ON con.confrelid = rel_cl.oid
   JOIN pg_namespace rel_ns ON rel_cl.relnamespace = rel_ns.oid
   ORDER BY namespace, table_name, constraint_name, con.colidx`,
  ],
  PRISMA_INIT,
);

// ---------------------------------------------------------------- Knex
add('knex migrations bookkeeping', [
  withParams(
    'select * from information_schema.tables where table_name = $1 and table_schema = current_schema()',
    'knex_migrations',
  ),
  'create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)',
  withParams(
    'select * from information_schema.tables where table_name = $1 and table_schema = current_schema()',
    'knex_migrations_lock',
  ),
  'create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer)',
  'select * from "knex_migrations_lock"',
  withParams('insert into "knex_migrations_lock" ("is_locked") values ($1)', 0),
  'BEGIN',
  withParams('select * from "knex_migrations_lock" where "is_locked" = $1 for update', 0),
  withParams('update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2', 1, 0),
  'create table "accounts" ("id" bigserial primary key, "email" varchar(255) not null, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP)',
  'alter table "accounts" add constraint "accounts_email_unique" unique ("email")',
  withParams(
    'insert into "knex_migrations" ("batch", "migration_time", "name") values ($1, $2, $3)',
    1,
    '2024-01-01T00:00:00.000Z',
    '20240101_init.js',
  ),
  withParams('update "knex_migrations_lock" set "is_locked" = $1', 0),
  'COMMIT',
  'select "name" from "knex_migrations" order by "id" asc',
  'select max("batch") as "max" from "knex_migrations"',
]);
add('knex enum as a check constraint and its violation', [
  `create table "items" ("id" serial primary key, "state" text check ("state" in ('new', 'done')) not null default 'new')`,
  `insert into "items" ("state") values ('lost')`,
  "select conname, pg_get_constraintdef(oid) AS def from pg_constraint where conrelid = 'items'::regclass order by 1",
]);
add('knex hasColumn query', [
  'create table "t" ("Id" int, "name" text)',
  withParams(
    'select column_name, ordinal_position, data_type from information_schema.columns where table_name = $1 and table_schema = current_schema() and column_name = $2',
    't',
    'name',
  ),
]);
add('knex renameColumn and alter type', [
  'create table "t" ("a" varchar(10))',
  `insert into "t" values ('12')`,
  'alter table "t" rename "a" to "b"',
  'alter table "t" alter column "b" drop default, alter column "b" drop not null, alter column "b" type integer using ("b"::integer)',
  'select * from "t"',
]);

// ---------------------------------------------------------------- TypeORM
add('typeorm migrations bookkeeping', [
  'SELECT * FROM current_schema()',
  `SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'migrations'`,
  'CREATE TABLE "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"))',
  'SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC',
  'START TRANSACTION',
  'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
  `CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'user')`,
  `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "role" "public"."user_role_enum" NOT NULL DEFAULT 'user', "createdAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "IDX_role_created" ON "user" ("role", "createdAt") `,
  withParams(
    'INSERT INTO "migrations"("timestamp", "name") VALUES ($1, $2)',
    '1700000000000',
    'Init1700000000000',
  ),
  'COMMIT',
  'SELECT "timestamp", "name" FROM "migrations"',
]);
add('typeorm enum rename dance', [
  `CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'user')`,
  `CREATE TABLE "user" ("id" int PRIMARY KEY, "role" "public"."user_role_enum" NOT NULL DEFAULT 'user')`,
  `INSERT INTO "user" VALUES (1, 'admin')`,
  'START TRANSACTION',
  `ALTER TYPE "public"."user_role_enum" RENAME TO "user_role_enum_old"`,
  `CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'user', 'guest')`,
  `ALTER TABLE "user" ALTER COLUMN "role" DROP DEFAULT`,
  `ALTER TABLE "user" ALTER COLUMN "role" TYPE "public"."user_role_enum" USING "role"::"text"::"public"."user_role_enum"`,
  `ALTER TABLE "user" ALTER COLUMN "role" SET DEFAULT 'user'`,
  `DROP TYPE "public"."user_role_enum_old"`,
  'COMMIT',
  `SELECT "role", pg_typeof("role")::text AS t FROM "user"`,
]);
add('typeorm enum column query', [
  `CREATE TYPE "public"."user_role_enum" AS ENUM('admin', 'user')`,
  `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'user_role_enum' ORDER BY "e"."enumsortorder"`,
]);

// ---------------------------------------------------------------- golang-migrate
add('golang-migrate bookkeeping', [
  withParams('SELECT pg_advisory_lock($1)', '4127311380'),
  'SELECT CURRENT_SCHEMA()',
  withParams(
    'SELECT COUNT(1) FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2 LIMIT 1',
    'public',
    'schema_migrations',
  ),
  'CREATE TABLE IF NOT EXISTS "public"."schema_migrations" (version bigint not null primary key, dirty boolean not null)',
  'SELECT version, dirty FROM "public"."schema_migrations" LIMIT 1',
  'BEGIN',
  'TRUNCATE "public"."schema_migrations"',
  withParams(
    'INSERT INTO "public"."schema_migrations" (version, dirty) VALUES ($1, $2)',
    20240101120000,
    true,
  ),
  'COMMIT',
  'CREATE TABLE widgets (id bigserial PRIMARY KEY, label text NOT NULL);\nCREATE INDEX widgets_label_idx ON widgets (label);',
  'BEGIN',
  'TRUNCATE "public"."schema_migrations"',
  withParams(
    'INSERT INTO "public"."schema_migrations" (version, dirty) VALUES ($1, $2)',
    20240101120000,
    false,
  ),
  'COMMIT',
  'SELECT version, dirty FROM "public"."schema_migrations" LIMIT 1',
  LOCKS,
  withParams('SELECT pg_advisory_unlock($1)', '4127311380'),
]);
add('advisory lock keys at the bigint edges', [
  'SELECT pg_advisory_lock(9223372036854775807)',
  'SELECT pg_advisory_lock(-9223372036854775808)',
  'SELECT pg_advisory_lock(4294967296)',
  'SELECT pg_advisory_lock(-1)',
  'SELECT pg_advisory_lock(1, 2)',
  'SELECT pg_advisory_lock_shared(3)',
  LOCKS,
  'SELECT pg_advisory_unlock_all()',
  LOCKS,
]);
add('advisory lock key out of range', ['SELECT pg_advisory_lock(9223372036854775808)']);
add('advisory lock key as a parameter past bigint', [
  withParams('SELECT pg_advisory_lock($1)', '9223372036854775808'),
]);
add('advisory lock key as a text parameter', [
  withParams('SELECT pg_try_advisory_lock($1::bigint) AS ok', '123456789012'),
]);
add('advisory unlock of a lock not held', ['SELECT pg_advisory_unlock(42) AS released']);
add('advisory unlock shared of an exclusive lock', [
  'SELECT pg_advisory_lock(42)',
  'SELECT pg_advisory_unlock_shared(42) AS released',
  'SELECT pg_advisory_unlock(42) AS released2',
]);
add('transaction advisory lock released at commit', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(77431708279161)',
  'SELECT pg_try_advisory_xact_lock(77431708279161) AS again',
  LOCKS,
  'COMMIT',
  LOCKS,
]);
add('transaction advisory lock outside a transaction', ['SELECT pg_advisory_xact_lock(5)', LOCKS]);
add('session advisory lock survives rollback', ['BEGIN', 'SELECT pg_advisory_lock(6)', 'ROLLBACK', LOCKS]);
add('advisory lock with a hashtext key', [
  "SELECT pg_try_advisory_lock(hashtext('migrations')) AS ok",
  "SELECT hashtext('migrations') AS h",
]);

// ---------------------------------------------------------------- Flyway
const FLYWAY = `CREATE TABLE "public"."flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "public"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "public"."flyway_schema_history" ("success");`;
add('flyway schema history', [
  'SELECT current_user = session_user AS same_user',
  'SHOW search_path',
  withParams('SELECT pg_try_advisory_lock($1)', 77431708279161),
  FLYWAY,
  withParams(
    'INSERT INTO "public"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    1,
    '1',
    'init',
    'SQL',
    'V1__init.sql',
    -1234567890,
    'postgres',
    12,
    true,
  ),
  'SELECT "installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success" FROM "public"."flyway_schema_history" WHERE "installed_rank" > 0 ORDER BY "installed_rank"',
  withParams('SELECT pg_advisory_unlock($1)', 77431708279161),
]);
add('flyway clean style drop', [
  'CREATE SCHEMA s',
  'CREATE TABLE s.t (id int)',
  'DROP SCHEMA s CASCADE',
  "SELECT count(*) FROM pg_namespace WHERE nspname = 's'",
]);

// ---------------------------------------------------------------- Rails
add('rails schema_migrations and ar_internal_metadata', [
  'CREATE TABLE "schema_migrations" ("version" character varying NOT NULL PRIMARY KEY)',
  'CREATE TABLE "ar_internal_metadata" ("key" character varying NOT NULL PRIMARY KEY, "value" character varying, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)',
  'SELECT pg_try_advisory_lock(1553207924)',
  withParams(
    'INSERT INTO "ar_internal_metadata" ("key", "value", "created_at", "updated_at") VALUES ($1, $2, $3, $4) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value" RETURNING "key"',
    'environment',
    'test',
    '2024-01-01 00:00:00.123456',
    '2024-01-01 00:00:00.123456',
  ),
  'SELECT "schema_migrations"."version" FROM "schema_migrations" ORDER BY "schema_migrations"."version" ASC',
  'SELECT pg_advisory_unlock(1553207924)',
]);

// ---------------------------------------------------------------- timeouts
add('set lock_timeout forms', [
  "SET lock_timeout = '5s'",
  'SHOW lock_timeout',
  'SET lock_timeout TO 3000',
  'SHOW lock_timeout',
  "SET statement_timeout = '1min'",
  'SHOW statement_timeout',
  'RESET lock_timeout',
  'SHOW lock_timeout',
]);
add('set local lock_timeout in a migration transaction', [
  'BEGIN',
  "SET LOCAL lock_timeout = '2s'",
  'SHOW lock_timeout',
  'COMMIT',
  'SHOW lock_timeout',
]);
add('set local outside a transaction', ["SET LOCAL lock_timeout = '2s'", 'SHOW lock_timeout']);
add('lock_timeout bad values', ["SET lock_timeout = '5 parsecs'"]);
add('lock_timeout negative', ['SET lock_timeout = -1']);
add('idle_in_transaction_session_timeout from a dump', [
  'SET idle_in_transaction_session_timeout = 0',
  'SHOW idle_in_transaction_session_timeout',
]);
add('set_config lock_timeout local in a transaction', [
  'BEGIN',
  "SELECT set_config('lock_timeout', '4s', true) AS v",
  "SELECT current_setting('lock_timeout') AS v",
  'COMMIT',
  "SELECT current_setting('lock_timeout') AS v",
]);

// ---------------------------------------------------------------- CREATE INDEX CONCURRENTLY
const T =
  "CREATE TABLE t (id int PRIMARY KEY, email text, n int); INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 1);";
add(
  'create index concurrently outside a transaction',
  [
    'CREATE INDEX CONCURRENTLY t_email_idx ON t (email)',
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    "SELECT indisvalid, indisready FROM pg_index WHERE indexrelid = 't_email_idx'::regclass",
  ],
  T,
);
add(
  'create index concurrently inside a transaction',
  ['BEGIN', 'CREATE INDEX CONCURRENTLY t_email_idx ON t (email)', 'ROLLBACK'],
  T,
);
add(
  'create index concurrently in a multi-statement query',
  ['SELECT 1; CREATE INDEX CONCURRENTLY t_email_idx ON t (email)'],
  T,
);
add(
  'create index concurrently if not exists',
  [
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_email_idx ON t (email)',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_email_idx ON t (email)',
  ],
  T,
);
add(
  'unique index concurrently fails on duplicates',
  [
    'CREATE UNIQUE INDEX CONCURRENTLY t_n_key ON t (n)',
    "SELECT indexrelid::regclass::text, indisvalid FROM pg_index WHERE indrelid = 't'::regclass ORDER BY 1",
  ],
  T,
);
add(
  'drop index concurrently',
  [
    'CREATE INDEX t_email_idx ON t (email)',
    'DROP INDEX CONCURRENTLY IF EXISTS t_email_idx',
    'DROP INDEX CONCURRENTLY IF EXISTS t_email_idx',
  ],
  T,
);
add(
  'drop index concurrently of two indexes',
  ['CREATE INDEX a_idx ON t (email)', 'CREATE INDEX b_idx ON t (n)', 'DROP INDEX CONCURRENTLY a_idx, b_idx'],
  T,
);
add(
  'reindex index concurrently',
  [
    'CREATE INDEX t_email_idx ON t (email)',
    'REINDEX INDEX CONCURRENTLY t_email_idx',
    "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
  ],
  T,
);
add('create index concurrently on a partitioned table', [
  'CREATE TABLE p (k int) PARTITION BY RANGE (k)',
  'CREATE INDEX CONCURRENTLY p_k ON p (k)',
]);
add('create index concurrently on a temp table', [
  'CREATE TEMP TABLE tt (k int)',
  'CREATE INDEX CONCURRENTLY tt_k ON tt (k)',
  "SELECT indexdef FROM pg_indexes WHERE tablename = 'tt'",
]);

// ---------------------------------------------------------------- idempotent DO blocks
const DO_TYPE = `DO $$ BEGIN
    CREATE TYPE "status" AS ENUM ('active', 'inactive');
EXCEPTION
    WHEN duplicate_object THEN null;
END $$;`;
add('do block create type twice', [DO_TYPE, DO_TYPE, 'SELECT enum_range(NULL::status)::text AS v']);
add(
  'do block add constraint twice',
  [
    `DO $$ BEGIN
 ALTER TABLE "t" ADD CONSTRAINT "t_n_positive" CHECK ("n" > 0);
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
    `DO $$ BEGIN
 ALTER TABLE "t" ADD CONSTRAINT "t_n_positive" CHECK ("n" > 0);
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
    "SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1",
  ],
  T,
);
add(
  'do block add foreign key twice (drizzle style)',
  [
    `DO $$ BEGIN
 ALTER TABLE "c" ADD CONSTRAINT "c_t_id_t_id_fk" FOREIGN KEY ("t_id") REFERENCES "public"."t"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
    `DO $$ BEGIN
 ALTER TABLE "c" ADD CONSTRAINT "c_t_id_t_id_fk" FOREIGN KEY ("t_id") REFERENCES "public"."t"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
    "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'c'::regclass",
  ],
  `${T} CREATE TABLE c (id int, t_id int);`,
);
add(
  'do block duplicate primary key is not duplicate_object',
  [
    `DO $$ BEGIN
 ALTER TABLE "t" ADD CONSTRAINT "t_pk2" PRIMARY KEY ("id");
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
  ],
  T,
);
add(
  'do block duplicate index name is duplicate_table',
  [
    `DO $$ BEGIN
 CREATE INDEX t_pkey ON t (email);
EXCEPTION
 WHEN duplicate_object THEN RAISE NOTICE 'object';
 WHEN duplicate_table THEN RAISE NOTICE 'table';
END $$;`,
    "SELECT count(*) FROM pg_indexes WHERE tablename = 't'",
  ],
  T,
);
add(
  'do block duplicate column',
  [
    `DO $$ BEGIN
 ALTER TABLE t ADD COLUMN email text;
EXCEPTION
 WHEN duplicate_column THEN null;
END $$;`,
    'ALTER TABLE t ADD COLUMN IF NOT EXISTS email text',
    "SELECT count(*) FROM information_schema.columns WHERE table_name = 't'",
  ],
  T,
);
add('do block reraises other errors', [
  `DO $$ BEGIN
 CREATE TABLE status_log (id int REFERENCES missing_table);
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;`,
]);
add('do block checks pg_type first', [
  `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
    CREATE TYPE mood AS ENUM ('sad', 'ok');
  END IF;
END $$;`,
  "SELECT typname, typtype FROM pg_type WHERE typname = 'mood'",
]);
add('create type if not exists is a syntax error', ["CREATE TYPE IF NOT EXISTS mood AS ENUM ('sad')"]);

// ---------------------------------------------------------------- ALTER TYPE ... ADD VALUE
const ENUM = "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE m (v mood);";
add(
  'add value outside a transaction then use it',
  ["ALTER TYPE mood ADD VALUE 'happy'", "INSERT INTO m VALUES ('happy') RETURNING v"],
  ENUM,
);
add(
  'add value inside a transaction then use it',
  [
    'BEGIN',
    "ALTER TYPE mood ADD VALUE 'happy'",
    "INSERT INTO m VALUES ('happy')",
    'ROLLBACK',
    'SELECT enum_range(NULL::mood)::text AS v',
  ],
  ENUM,
);
add(
  'add value inside a transaction then commit',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'happy'", 'COMMIT', "INSERT INTO m VALUES ('happy') RETURNING v"],
  ENUM,
);
add(
  'add value inside a transaction then compare',
  [
    'BEGIN',
    "ALTER TYPE mood ADD VALUE 'happy' BEFORE 'ok'",
    "SELECT 'sad'::mood < 'ok'::mood AS lt",
    'COMMIT',
  ],
  ENUM,
);
add(
  'add value in a multi-statement query then use it',
  ["ALTER TYPE mood ADD VALUE 'happy'; INSERT INTO m VALUES ('happy')"],
  ENUM,
);
add(
  'add value if not exists twice',
  [
    "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy'",
    "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy'",
    "ALTER TYPE mood ADD VALUE 'happy'",
  ],
  ENUM,
);
add('add value after a missing neighbour', ["ALTER TYPE mood ADD VALUE 'x' AFTER 'nope'"], ENUM);
add('add value to a type created in the same transaction', [
  'BEGIN',
  "CREATE TYPE t2 AS ENUM ('a')",
  "ALTER TYPE t2 ADD VALUE 'b'",
  "SELECT 'b'::t2 AS v",
  'COMMIT',
]);
add('add value too long', [`ALTER TYPE mood ADD VALUE '${'x'.repeat(64)}'`], ENUM);
add(
  'rename value',
  [
    "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'",
    'SELECT enum_range(NULL::mood)::text AS v',
    "ALTER TYPE mood RENAME VALUE 'gone' TO 'x'",
  ],
  ENUM,
);
add(
  'add value inside a transaction, rolled back, value gone',
  ['BEGIN', "ALTER TYPE mood ADD VALUE 'happy'", 'ROLLBACK', "SELECT 'happy'::mood"],
  ENUM,
);
add(
  'add value in a savepoint then use after release',
  [
    'BEGIN',
    'SAVEPOINT s',
    "ALTER TYPE mood ADD VALUE 'happy'",
    'RELEASE SAVEPOINT s',
    "SELECT 'happy'::mood AS v",
    'ROLLBACK',
  ],
  ENUM,
);

// ---------------------------------------------------------------- other migration patterns
add(
  'not valid constraint then validate fails',
  [
    'ALTER TABLE t ADD CONSTRAINT n_big CHECK (n > 1) NOT VALID',
    "INSERT INTO t VALUES (3, 'c', 0)",
    'ALTER TABLE t VALIDATE CONSTRAINT n_big',
    "SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1",
  ],
  T,
);
add(
  'not valid foreign key then validate',
  [
    'CREATE TABLE c (t_id int)',
    'INSERT INTO c VALUES (9)',
    'ALTER TABLE c ADD CONSTRAINT c_t_fk FOREIGN KEY (t_id) REFERENCES t NOT VALID',
    'ALTER TABLE c VALIDATE CONSTRAINT c_t_fk',
  ],
  T,
);
add(
  'set not null via a validated check',
  [
    'ALTER TABLE t ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID',
    'ALTER TABLE t VALIDATE CONSTRAINT email_nn',
    'ALTER TABLE t ALTER COLUMN email SET NOT NULL',
    'ALTER TABLE t DROP CONSTRAINT email_nn',
    "SELECT attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'email'",
  ],
  T,
);
add(
  'add column with volatile default',
  [
    'ALTER TABLE t ADD COLUMN created timestamptz NOT NULL DEFAULT now()',
    'SELECT count(DISTINCT created) FROM t',
  ],
  T,
);
add(
  'create or replace view changing columns',
  ['CREATE VIEW v AS SELECT id, email FROM t', 'CREATE OR REPLACE VIEW v AS SELECT id FROM t'],
  T,
);
add(
  'create or replace view adding a column',
  [
    'CREATE VIEW v AS SELECT id FROM t',
    'CREATE OR REPLACE VIEW v AS SELECT id, email FROM t',
    'SELECT * FROM v ORDER BY id',
  ],
  T,
);
add(
  'drop table if exists cascade notice path',
  [
    'CREATE VIEW v AS SELECT id FROM t',
    'DROP TABLE IF EXISTS t',
    'DROP TABLE IF EXISTS t CASCADE',
    'DROP TABLE IF EXISTS t',
  ],
  T,
);
add('migration file with a transaction of its own in one query', [
  `BEGIN;
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
INSERT INTO b VALUES (1, 9);
COMMIT;`,
  "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')",
]);
add('migration file failing midway in one query', [
  `CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
ALTER TABLE b ADD COLUMN a_id int;`,
  "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')",
]);
add('migration file in a transaction block after an error', [
  'BEGIN',
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int)',
  'ROLLBACK',
  "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')",
]);
add(
  'lock table in a migration',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    "SELECT mode, granted FROM pg_locks WHERE relation = 't'::regclass AND locktype = 'relation'",
    'COMMIT',
  ],
  T,
);
add(
  'lock table nowait held by another session',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    { sql: 'LOCK TABLE t IN ACCESS SHARE MODE NOWAIT', client: 'second' },
    'COMMIT',
  ],
  T,
);
add(
  'lock_timeout against a held lock',
  [
    'BEGIN',
    'LOCK TABLE t IN ACCESS EXCLUSIVE MODE',
    { sql: "SET lock_timeout = '100ms'", client: 'second' },
    { sql: 'ALTER TABLE t ADD COLUMN z int', client: 'second' },
    'COMMIT',
  ],
  T,
);
add(
  'comment on column in a migration',
  [
    "COMMENT ON COLUMN t.email IS 'login'",
    'COMMENT ON TABLE t IS NULL',
    "SELECT col_description('t'::regclass, 2) AS d",
  ],
  T,
);
add('sequence restart in a migration', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  'ALTER SEQUENCE s RESTART WITH 100',
  "SELECT nextval('s')",
]);
add('identity restart in a migration', [
  'CREATE TABLE i (id int GENERATED BY DEFAULT AS IDENTITY, v text)',
  "INSERT INTO i (v) VALUES ('a')",
  'ALTER TABLE i ALTER COLUMN id RESTART WITH 50',
  "INSERT INTO i (v) VALUES ('b') RETURNING id",
]);
add('serial to identity conversion', [
  'CREATE TABLE s (id serial PRIMARY KEY, v text)',
  "INSERT INTO s (v) VALUES ('a'), ('b')",
  'ALTER TABLE s ALTER COLUMN id DROP DEFAULT',
  'DROP SEQUENCE s_id_seq',
  'ALTER TABLE s ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY',
  "SELECT setval(pg_get_serial_sequence('s', 'id'), (SELECT max(id) FROM s))",
  "INSERT INTO s (v) VALUES ('c') RETURNING id",
]);

export default list.cases;
