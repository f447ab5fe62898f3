const S = `CREATE TABLE users(id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age integer DEFAULT 18, created_at timestamptz NOT NULL DEFAULT now(), active boolean DEFAULT true, data jsonb, ext_id uuid);
CREATE TABLE posts(id bigserial PRIMARY KEY, user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE, title varchar(100) NOT NULL, body text, score numeric(8,2) DEFAULT 0);
CREATE INDEX posts_user_idx ON posts(user_id);`;
const c = (name, ...steps) => ({ name, setup: S, steps });
const e = (name, ...steps) => ({ name, steps });
const kysely = `select a.attname as column, a.attnotnull as not_null, a.atthasdef as has_default, c.relname as table, c.relkind as table_type, ns.nspname as schema, typ.typname as type, dtns.nspname as type_schema, col_description(a.attrelid, a.attnum) as column_description, pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) as auto_incrementing from pg_catalog.pg_attribute as a inner join pg_catalog.pg_class as c on a.attrelid = c.oid inner join pg_catalog.pg_namespace as ns on c.relnamespace = ns.oid inner join pg_catalog.pg_type as typ on a.atttypid = typ.oid inner join pg_catalog.pg_namespace as dtns on typ.typnamespace = dtns.oid where c.relkind in ('r', 'v', 'p') and ns.nspname != 'pg_catalog' and ns.nspname != 'information_schema' and a.attnum >= 0 and a.attisdropped != true order by ns.nspname, c.relname, a.attnum`;
export default [
  c('kysely getTables', kysely),
  c('kysely getSchemas', `select nspname from pg_catalog.pg_namespace where nspname = 'public'`),
  c(
    'kysely migration tables',
    `create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)`,
    `create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null)`,
    `insert into "kysely_migration_lock" ("id", "is_locked") values ('migration_lock', 0) on conflict ("id") do nothing`,
    `select pg_advisory_xact_lock(3853314791062309107)`,
    `select "name", "timestamp" from "kysely_migration" order by "timestamp", "name"`,
  ),
  c(
    'kysely migration in tx',
    `begin`,
    `select pg_advisory_xact_lock(3853314791062309107)`,
    `create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)`,
    `insert into "kysely_migration" ("name", "timestamp") values ('001', '2024-01-01T00:00:00.000Z')`,
    `commit`,
    `select * from kysely_migration`,
  ),
  c(
    'node-pg-migrate check table',
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'`,
    `CREATE TABLE "public"."pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'`,
  ),
  c(
    'node-pg-migrate lock',
    `SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained"`,
    `SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased"`,
    `SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased"`,
  ),
  c(
    'node-pg-migrate pk constraint',
    `CREATE TABLE "public"."pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`,
    `SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY'`,
    `SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id`,
    `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('1_init', NOW())`,
    `SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id`,
  ),
  c('knex hasTable', {
    sql: 'select * from information_schema.tables where table_name = $1 and table_schema = current_schema()',
    params: ['users'],
  }),
  c('knex hasColumn', {
    sql: 'select * from information_schema.columns where table_name = $1 and column_name = $2 and table_schema = current_schema()',
    params: ['users', 'email'],
  }),
  c('knex columnInfo', {
    sql: 'select * from information_schema.columns where table_name = $1 and table_catalog = current_database() and table_schema = current_schema()',
    params: ['posts'],
  }),
  c(
    'typeorm current schema',
    `SELECT * FROM current_schema()`,
    `SELECT version()::text LIKE 'PostgreSQL%' AS v`,
    `SELECT * FROM current_database()`,
  ),
  c(
    'typeorm migrations table',
    `SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'migrations'`,
    `CREATE TABLE "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"))`,
    `SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC`,
  ),
  c('typeorm uuid extension', `SELECT * FROM "pg_extension" WHERE "extname" = 'uuid-ossp'`),
  c(
    'prisma schema exists',
    { sql: 'SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1)', params: ['public'] },
    { sql: 'SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1) AS e', params: ['nope'] },
  ),
  c('prisma advisory', `SELECT pg_advisory_lock(72707369)`, `SELECT pg_advisory_unlock(72707369)`),
  c(
    'prisma migrations table',
    `CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
    {
      sql: 'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now()) RETURNING id, applied_steps_count, finished_at',
      params: ['a', 'b', 'c'],
    },
  ),
  c(
    'drizzle migrations',
    `CREATE SCHEMA IF NOT EXISTS "drizzle"`,
    `CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
    `select id, hash, created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1`,
    {
      sql: 'insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values($1, $2)',
      params: ['abc', '1700000000000'],
    },
    `select id, hash, created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1`,
  ),
  c(
    'drizzle schema exists notice',
    `CREATE SCHEMA IF NOT EXISTS "drizzle"`,
    `CREATE SCHEMA IF NOT EXISTS "drizzle"`,
    `CREATE SCHEMA IF NOT EXISTS public`,
  ),
  c(
    'drizzle column introspect',
    `SELECT a.attrelid::regclass::text AS tbl, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 'public.users'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
  ),
  c(
    'drizzle enums',
    `select n.nspname as enum_schema, t.typname as enum_name, e.enumlabel as enum_value, e.enumsortorder as sort_order from pg_type t join pg_enum e on t.oid = e.enumtypid join pg_catalog.pg_namespace n ON n.oid = t.typnamespace where t.typtype = 'e' order by sort_order`,
  ),
  c(
    'information_schema columns simple',
    `SELECT column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default, is_identity, is_generated FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' ORDER BY ordinal_position`,
  ),
  c(
    'information_schema columns posts',
    `SELECT column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, numeric_precision_radix, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'posts' ORDER BY ordinal_position`,
  ),
  c(
    'information_schema columns count',
    `SELECT table_name, count(*)::int FROM information_schema.columns WHERE table_schema='public' GROUP BY table_name ORDER BY 1`,
  ),
  c(
    'is tables simple',
    `SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  ),
  c(
    'is tables base only',
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  ),
  c(
    'is constraints simple',
    `SELECT constraint_name, constraint_type FROM information_schema.table_constraints WHERE table_schema='public' AND table_name='posts' AND constraint_type IN ('PRIMARY KEY','FOREIGN KEY','UNIQUE') ORDER BY 1`,
  ),
  c(
    'is fk join',
    `SELECT tc.constraint_name, kcu.column_name, ccu.table_name AS foreign_table_name, ccu.column_name AS foreign_column_name, rc.delete_rule, rc.update_rule FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name='posts'`,
  ),
  c(
    'is kcu pk',
    `SELECT kcu.column_name FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_name = 'users'`,
  ),
  c(
    'pg_indexes simple',
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'posts' ORDER BY indexname`,
  ),
  c(
    'pg_index pk columns',
    `SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS data_type FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'users'::regclass AND i.indisprimary`,
  ),
  c(
    'pg_class tables simple',
    `SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY relname`,
  ),
  c('pg_tables simple', `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`),
  c(
    'pg_tables exists',
    `SELECT EXISTS (SELECT FROM pg_tables WHERE schemaname = 'public' AND tablename = 'users') AS e, EXISTS (SELECT FROM pg_tables WHERE schemaname = 'public' AND tablename = 'nope') AS f`,
  ),
  c(
    'to_regclass exists',
    `SELECT to_regclass('public.users') IS NOT NULL AS a, to_regclass('public.nope') IS NULL AS b, to_regclass('users')::text AS c`,
  ),
  c('to_regclass coalesce bool', {
    sql: 'SELECT COALESCE(to_regclass($1), FALSE) = FALSE AS missing',
    params: ['users'],
  }),
  c('to_regclass param null', { sql: 'SELECT to_regclass($1) AS r', params: [null] }),
  c(
    'regclass cast text',
    `SELECT 'users'::regclass::text AS a, 'public.users'::regclass::oid::regclass::text AS b, 'users'::regclass = 'public.users'::regclass AS c`,
  ),
  c('regclass cast param', { sql: 'SELECT $1::regclass::text AS a', params: ['posts'] }),
  c('regclass cast missing', `SELECT 'nope'::regclass::text`),
  c('regclass cast param missing', { sql: 'SELECT $1::regclass AS a', params: ['nope'] }),
  c(
    'pg_get_serial_sequence simple',
    `SELECT pg_get_serial_sequence('users', 'id') AS a, pg_get_serial_sequence('posts', 'id') AS b, pg_get_serial_sequence('posts', 'title') AS c`,
  ),
  c(
    'setval serial',
    `SELECT setval(pg_get_serial_sequence('users', 'id'), 100)`,
    `INSERT INTO users(email) VALUES ('a') RETURNING id`,
    `SELECT setval(pg_get_serial_sequence('users', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM users`,
    `INSERT INTO users(email) VALUES ('b') RETURNING id`,
  ),
  c(
    'setval empty table reset',
    `SELECT setval(pg_get_serial_sequence('users', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM users`,
    `INSERT INTO users(email) VALUES ('b') RETURNING id`,
  ),
  c('currval before nextval', `SELECT currval(pg_get_serial_sequence('users', 'id'))`),
  c('lastval before', `SELECT lastval()`),
  c(
    'lastval after insert',
    `INSERT INTO users(email) VALUES ('a')`,
    `SELECT lastval(), currval('users_id_seq')`,
  ),
  c(
    'current_schema basics',
    `SELECT current_schema() AS a, current_schemas(false) AS b, current_user = 'postgres' AS c, session_user = current_user AS d`,
  ),
  c('current_schemas true', `SELECT current_schemas(true)`),
  c(
    'current_database',
    `SELECT current_database() AS db, pg_typeof(current_database()) AS t, pg_typeof(current_user) AS u, pg_typeof(current_schema()) AS s, pg_typeof(current_schemas(false)) AS ss`,
  ),
  c('version', `SELECT version() ~ '^PostgreSQL 15\\.' AS ok, pg_typeof(version())`),
  c(
    'server_version_num',
    `SHOW server_version_num`,
    `SELECT current_setting('server_version_num')::int >= 150000 AS a`,
  ),
  c('pg_backend_pid stable', `SELECT pg_backend_pid() = pg_backend_pid() AS a`, {
    sql: 'SELECT pg_backend_pid() > 0 AS b',
    params: [],
  }),
  c('txid_current type', `SELECT pg_typeof(txid_current()) AS a, pg_typeof(pg_current_xact_id()) AS b`),
  c('txid_current tx stable', `BEGIN`, `SELECT txid_current() = txid_current() AS same`, `COMMIT`),
  c('txid_current increments', `SELECT txid_current() AS a`, `SELECT txid_current() > 0 AS b`),
  c('inet_server_port type', `SELECT pg_typeof(inet_server_port()) AS a`),
  c(
    'has_table_privilege simple',
    `SELECT has_table_privilege('users', 'SELECT') AS a, has_table_privilege('public.posts', 'INSERT') AS b, has_table_privilege('users', 'select, update') AS c`,
  ),
  c(
    'obj_description none',
    `SELECT obj_description('users'::regclass, 'pg_class') AS a, col_description('users'::regclass, 1) AS b`,
  ),
  c(
    'comment on',
    `COMMENT ON TABLE users IS 'people'`,
    `COMMENT ON COLUMN users.email IS 'login'`,
    `SELECT obj_description('users'::regclass, 'pg_class') AS a, col_description('users'::regclass, 2) AS b, obj_description('users'::regclass) AS c`,
  ),
  c('comment on missing col', `COMMENT ON COLUMN users.nope IS 'x'`),
  c(
    'pg_typeof simple',
    `SELECT pg_typeof(1) AS a, pg_typeof(1.5) AS b, pg_typeof('x'::text) AS c, pg_typeof(now()) AS d, pg_typeof(true) AS e, pg_typeof(null) AS f, pg_typeof('x') AS g, pg_typeof(1::bigint) AS h`,
  ),
  c(
    'pg_typeof columns',
    `SELECT pg_typeof(id) AS a, pg_typeof(email) AS b, pg_typeof(created_at) AS c, pg_typeof(data) AS d, pg_typeof(ext_id) AS e FROM users`,
    `INSERT INTO users(email) VALUES ('x')`,
    `SELECT pg_typeof(id)::text AS a, pg_typeof(email)::text AS b, pg_typeof(created_at)::text AS c, pg_typeof(data)::text AS d, pg_typeof(ext_id)::text AS e, pg_typeof(age) AS f FROM users`,
  ),
  c(
    'pg_typeof text compare',
    `SELECT pg_typeof(1)::text = 'integer' AS a, pg_typeof(1) = 'int4'::regtype AS b, pg_typeof(1.0) = 'numeric'::regtype AS c`,
  ),
  c(
    'pg_typeof agg',
    `SELECT pg_typeof(count(*)) AS a, pg_typeof(sum(age)) AS b, pg_typeof(avg(age)) AS c, pg_typeof(sum(id)) AS d, pg_typeof(max(email)) AS e FROM users`,
  ),
  c(
    'pg_column_size simple',
    `SELECT pg_column_size(1) AS a, pg_column_size(1::bigint) AS b, pg_column_size('hello'::text) AS c, pg_column_size(true) AS d`,
  ),
  c(
    'pg_column_size row',
    `INSERT INTO users(email, name) VALUES ('a', 'bob')`,
    `SELECT pg_column_size(email) AS a, pg_column_size(name) AS b, pg_column_size(age) AS c, pg_column_size(data) AS d FROM users`,
  ),
  e(
    'regtype outputs',
    `SELECT 'integer'::regtype AS a, 'int8'::regtype AS b, 'varchar'::regtype AS c, 'timestamp with time zone'::regtype AS d, 'text[]'::regtype AS e, 'json'::regtype AS f`,
  ),
  e(
    'regtype to oid',
    `SELECT 'int4'::regtype::oid AS a, 'text'::regtype::oid::int AS b, 23::regtype AS c, 25::regtype::text AS d`,
  ),
  e('regclass of oid', `SELECT 1259::regclass AS a, 0::regclass AS b, 99999999::regclass AS c`),
  e('regtype missing', `SELECT 'nosuch'::regtype`),
  e('regnamespace', `SELECT 'public'::regnamespace::text AS a, 'pg_catalog'::regnamespace::oid AS b`),
  e('regnamespace missing', `SELECT 'nope'::regnamespace`),
];
