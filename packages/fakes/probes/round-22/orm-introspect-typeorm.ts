// Round 22 ORM introspection probe, TypeORM: the catalog queries PostgresQueryRunner sends when it
// synchronises or generates a migration (loadTables: tables with comments, columns.* with regtype
// and format_type, constraints with pg_get_constraintdef, indices with predicates, foreign keys
// unnesting conkey/confkey; hasTable/hasColumn/hasSchema; the enum lookup; clearDatabase's drop
// lists; the relispartition probe), run verbatim against the SHOP schema. Columns that name the
// database (table_catalog) are dropped by an outer SELECT; the inner query is TypeORM's text.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './orm-introspect-schema.js';

const list = new ProbeCases('r22 orm-introspect typeorm ');
const q = (name: string, sql: string) => list.add(name, [sql], SHOP);

const TABLES = `("table_schema" = 'public' AND "table_name" = 'users') OR ("table_schema" = 'public' AND "table_name" = 'orders') OR ("table_schema" = 'public' AND "table_name" = 'order_items') OR ("table_schema" = 'billing' AND "table_name" = 'invoices')`;
const CONSTRAINT_TABLES = `("ns"."nspname" = 'public' AND "t"."relname" = 'users') OR ("ns"."nspname" = 'public' AND "t"."relname" = 'orders') OR ("ns"."nspname" = 'public' AND "t"."relname" = 'order_items') OR ("ns"."nspname" = 'billing' AND "t"."relname" = 'invoices')`;
const FK_TABLES = `("ns"."nspname" = 'public' AND "cl"."relname" = 'users') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 'orders') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 'order_items') OR ("ns"."nspname" = 'billing' AND "cl"."relname" = 'invoices')`;

q('getCurrentSchema', `SELECT * FROM current_schema()`);
q(
  'hasSchema billing',
  `SELECT count(*) AS n FROM (SELECT * FROM "information_schema"."schemata" WHERE "schema_name" = 'billing') s`,
);
q(
  'hasSchema missing',
  `SELECT count(*) AS n FROM (SELECT * FROM "information_schema"."schemata" WHERE "schema_name" = 'nope') s`,
);
q(
  'hasTable',
  `SELECT table_schema, table_name, table_type FROM (SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'orders') s`,
);
q(
  'hasTable view',
  `SELECT table_schema, table_name, table_type FROM (SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'active_users') s`,
);
q(
  'hasTable matview is absent',
  `SELECT count(*) AS n FROM (SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'billing' AND "table_name" = 'order_counts') s`,
);
q(
  'hasColumn',
  `SELECT column_name, data_type FROM (SELECT * FROM "information_schema"."columns" WHERE "table_schema" = 'public' AND "table_name" = 'orders' AND "column_name" = 'line_total') s`,
);
q(
  'hasSupportForPartitionedTables',
  `SELECT TRUE FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition'`,
);
q(
  'loadTables all with comments',
  `SELECT "table_schema", "table_name", obj_description((quote_ident("table_schema") || '.' || quote_ident("table_name"))::regclass, 'pg_class') AS table_comment FROM "information_schema"."tables" WHERE "table_schema" IN ('public', 'billing')`,
);
q(
  'loadTables named',
  `SELECT "table_schema", "table_name", obj_description((quote_ident("table_schema") || '.' || quote_ident("table_name"))::regclass, 'pg_class') AS table_comment FROM "information_schema"."tables" WHERE ${TABLES}`,
);
q(
  'loadTables columns',
  `SELECT table_schema, table_name, column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale, datetime_precision, udt_schema, udt_name, is_identity, identity_generation, is_generated, generation_expression, collation_name, description, regtype, format_type FROM (SELECT columns.*, pg_catalog.col_description((quote_ident(table_catalog) || '.' || quote_ident(table_schema) || '.' || quote_ident(table_name))::regclass::oid, ordinal_position) AS description, ('"' || "udt_schema" || '"."' || "udt_name" || '"')::"regtype"::text AS "regtype", pg_catalog.format_type("col_attr"."atttypid", "col_attr"."atttypmod") AS "format_type" FROM "information_schema"."columns" LEFT JOIN "pg_catalog"."pg_attribute" AS "col_attr" ON "col_attr"."attname" = "columns"."column_name" AND "col_attr"."attrelid" = ( SELECT "cls"."oid" FROM "pg_catalog"."pg_class" AS "cls" LEFT JOIN "pg_catalog"."pg_namespace" AS "ns" ON "ns"."oid" = "cls"."relnamespace" WHERE "cls"."relname" = "columns"."table_name" AND "ns"."nspname" = "columns"."table_schema" ) WHERE ${TABLES}) s ORDER BY table_schema, table_name, ordinal_position`,
);
q(
  'loadTables constraints',
  `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND (${CONSTRAINT_TABLES})`,
);
q(
  'loadTables indices',
  `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN 't' THEN 'TRUE' ELSE'FALSE' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid"  AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN ('r', 'p') AND "cnst"."contype" IS NULL AND (${CONSTRAINT_TABLES})`,
);
q(
  'loadTables foreign keys',
  `SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM ( SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN 'INITIALLY DEFERRED' ELSE 'INITIALLY IMMEDIATE' END as condeferred, CASE "con1"."confdeltype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confdeltype", CASE "con1"."confupdtype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = 'f' AND (${FK_TABLES}) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid"  AND "cl"."relispartition" = 'f'INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent"`,
);
q(
  'enum values of a column type',
  `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'order_status'`,
);
q(
  'enum values in second schema',
  `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'billing' AND "t"."typname" = 'currency'`,
);
q(
  'getUserDefinedTypeName',
  `SELECT "udt_schema", "udt_name" FROM "information_schema"."columns" WHERE "table_schema" = 'billing' AND "table_name" = 'invoices' AND "column_name"='currency'`,
);
q(
  'materialized view indices',
  `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN 't' THEN 'TRUE' ELSE'FALSE' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid"  AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN ('m') AND "cnst"."contype" IS NULL AND (1=1)`,
);
q(
  'clearDatabase view drops',
  `SELECT 'DROP VIEW IF EXISTS ' || quote_ident(schemaname) || '.' || quote_ident(viewname) || ' CASCADE;' as "query" FROM "pg_views" WHERE "schemaname" IN ('billing', current_schema()) AND "viewname" NOT IN ('geography_columns', 'geometry_columns', 'raster_columns', 'raster_overviews')`,
);
q(
  'clearDatabase matview drops',
  `SELECT 'DROP MATERIALIZED VIEW IF EXISTS ' || quote_ident(schemaname) || '.' || quote_ident(matviewname) || ' CASCADE;' as "query" FROM "pg_matviews" WHERE "schemaname" IN ('billing', current_schema())`,
);
q(
  'clearDatabase table drops',
  `SELECT 'DROP TABLE IF EXISTS ' || quote_ident(schemaname) || '.' || quote_ident(tablename) || ' CASCADE;' as "query" FROM "pg_tables" WHERE "schemaname" IN ('billing', current_schema()) AND "tablename" NOT IN ('spatial_ref_sys')`,
);
q(
  'clearDatabase enum drops',
  `SELECT 'DROP TYPE IF EXISTS "' || n.nspname || '"."' || t.typname || '" CASCADE;' as "query" FROM "pg_type" "t" INNER JOIN "pg_enum" "e" ON "e"."enumtypid" = "t"."oid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" IN ('billing', current_schema()) GROUP BY "n"."nspname", "t"."typname"`,
);
list.add(
  'clearDatabase runs its drops',
  [
    'START TRANSACTION',
    'DROP VIEW IF EXISTS public.active_users CASCADE;',
    'DROP VIEW IF EXISTS billing.invoice_totals CASCADE;',
    'DROP MATERIALIZED VIEW IF EXISTS billing.order_counts CASCADE;',
    'DROP TABLE IF EXISTS public.orders CASCADE;',
    'DROP TABLE IF EXISTS public.users CASCADE;',
    'DROP TABLE IF EXISTS billing.invoices CASCADE;',
    'DROP TYPE IF EXISTS "public"."order_status" CASCADE;',
    'COMMIT',
    `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('public', 'billing') ORDER BY 1, 2`,
    `SELECT conname FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid WHERE r.relname = 'order_items' ORDER BY 1`,
  ],
  SHOP,
);
q(
  'typeorm_metadata table check',
  `SELECT count(*) AS n FROM (SELECT * FROM "information_schema"."tables" WHERE "table_schema" = 'public' AND "table_name" = 'typeorm_metadata') s`,
);
list.add(
  'typeorm_metadata generated column expression',
  [
    `CREATE TABLE "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    withParams(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, $1, $2, $3, $4, $5)`,
      'public',
      'orders',
      'GENERATED_COLUMN',
      'line_total',
      'quantity * unit_price',
    ),
    `SELECT * FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "schema" = 'public' AND "table" = 'orders' AND "name" = 'line_total'`,
  ],
  SHOP,
);
list.add(
  'migrations table and insert',
  [
    `CREATE TABLE "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"))`,
    `INSERT INTO "migrations"("timestamp", "name") VALUES (1700000000000, 'Init1700000000000')`,
    `SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC`,
  ],
  SHOP,
);

export default list.cases;
