// Round 22 ORM introspection probe, Sequelize and MikroORM: Sequelize's describeTable (with its
// pg_statio_all_tables comment lookup and enum array_agg), showIndex (indkey int2vector,
// array_agg of attnum/attname, pg_get_indexdef), getForeignKeyReferencesForTable over three
// information_schema views, showAllTables and the enum listing; MikroORM's getListTablesSQL,
// getNamespaces, getAllColumns, getAllIndexes (pg_get_indexdef per key column), getAllChecks,
// getAllForeignKeys and getNativeEnumDefinitions, run verbatim against the SHOP schema.
import { ProbeCases } from '../probe-kit.js';
import { SHOP } from './orm-introspect-schema.js';

const list = new ProbeCases('r22 orm-introspect ');
const q = (name: string, sql: string) => list.add(name, [sql], SHOP);

// ---------------------------------------------------------------- Sequelize
const describeTable = (table: string, schema: string) =>
  `SELECT pk.constraint_type as "Constraint", c.column_name as "Field", c.column_default as "Default", c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = '${table}' AND c.table_schema = '${schema}'`;
q('sequelize describeTable users', describeTable('users', 'public'));
q('sequelize describeTable orders', describeTable('orders', 'public'));
q('sequelize describeTable composite pk', describeTable('order_items', 'public'));
q('sequelize describeTable second schema', describeTable('invoices', 'billing'));
q('sequelize describeTable view', describeTable('active_users', 'public'));
q('sequelize describeTable missing', describeTable('nope', 'public'));

const showIndex = (table: string, schema: string) =>
  `SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a , pg_namespace s WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = '${table}' AND s.oid = t.relnamespace AND s.nspname = '${schema}' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;`;
// array_agg over the whole pg_attribute of the table has no ORDER BY: only its length is printed.
q(
  'sequelize showIndex orders',
  `SELECT name, "primary", "unique", indkey, cardinality(column_names) AS n, definition FROM (${showIndex('orders', 'public').slice(0, -1)}) s ORDER BY name`,
);
q(
  'sequelize showIndex order_items',
  `SELECT name, "primary", "unique", indkey::text AS indkey, definition FROM (${showIndex('order_items', 'public').slice(0, -1)}) s ORDER BY name`,
);
q(
  'sequelize showIndex billing',
  `SELECT name, "primary", "unique", indkey, definition FROM (${showIndex('invoices', 'billing').slice(0, -1)}) s ORDER BY name`,
);
q(
  'sequelize showIndex newer with include fields',
  `SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey[:ix.indnkeyatts-1] AS index_fields, ix.indkey[ix.indnkeyatts:] AS include_fields, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_namespace s WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND t.relkind = 'r' and t.relname = 'order_items' AND s.oid = t.relnamespace AND s.nspname = 'public' ORDER BY i.relname`,
);
const fkRefs = (table: string) =>
  `SELECT constraint_name, constraint_schema, table_name, table_schema, initially_deferred, is_deferrable, column_name, referenced_table_schema, referenced_table_name, referenced_column_name FROM (SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.constraint_catalog as constraint_catalog, tc.table_name as table_name,tc.table_schema as table_schema,tc.table_catalog as table_catalog,tc.initially_deferred as initially_deferred,tc.is_deferrable as is_deferrable,kcu.column_name as column_name,ccu.table_schema  AS referenced_table_schema,ccu.table_catalog  AS referenced_table_catalog,ccu.table_name  AS referenced_table_name,ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = '${table}' AND tc.table_catalog = current_database()) s`;
q('sequelize getForeignKeyReferencesForTable orders', fkRefs('orders'));
q('sequelize getForeignKeyReferencesForTable order_items', fkRefs('order_items'));
q('sequelize getForeignKeyReferencesForTable invoices', fkRefs('invoices'));
q('sequelize getForeignKeyReferencesForTable none', fkRefs('users'));
q(
  'sequelize showAllTables',
  `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type LIKE '%TABLE' AND table_name != 'spatial_ref_sys';`,
);
q(
  'sequelize showAllTables with schema',
  `SELECT table_name as "tableName", table_schema as "schema" FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('information_schema', 'pg_catalog') AND table_name != 'spatial_ref_sys'`,
);
q(
  'sequelize pgListEnums',
  `SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY 1`,
);
q(
  'sequelize pgListEnums one',
  `SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'billing' AND t.typname='currency' GROUP BY 1`,
);
q(
  'sequelize SHOW SERVER_VERSION major',
  `SELECT split_part(setting, '.', 1) AS major FROM pg_settings WHERE name = 'server_version'`,
);
list.add(
  'sequelize pgEnumAdd after',
  [
    `ALTER TYPE "public"."order_status" ADD VALUE 'refunded' AFTER 'shipped'`,
    `SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY 1`,
  ],
  SHOP,
);
list.add(
  'sequelize pgEnumAdd before',
  [
    `ALTER TYPE "public"."order_status" ADD VALUE 'draft' BEFORE 'pending'`,
    `SELECT enum_range(NULL::order_status) AS r`,
  ],
  SHOP,
);
list.add(
  'sequelize changeColumn to enum via USING',
  [
    `CREATE TYPE "public"."enum_jobs_queue" AS ENUM('default', 'mail');`,
    `ALTER TABLE "public"."jobs" ALTER COLUMN "queue" DROP DEFAULT;ALTER TABLE "public"."jobs" ALTER COLUMN "queue" TYPE "public"."enum_jobs_queue" USING ("queue"::"public"."enum_jobs_queue");`,
    `SELECT queue, count(*) AS n FROM jobs GROUP BY queue ORDER BY queue`,
  ],
  SHOP,
);

// ---------------------------------------------------------------- MikroORM
q(
  'mikro getListTablesSQL',
  `select table_name, table_schema as schema_name, (select pg_catalog.obj_description(c.oid) from pg_catalog.pg_class c
          where c.oid = (select ('"' || table_schema || '"."' || table_name || '"')::regclass::oid) and c.relname = table_name) as table_comment from information_schema.tables where "table_schema" not like 'pg_%' and "table_schema" not like 'crdb_%' and "table_schema" not like '_timescaledb_%' and "table_schema" not in ('information_schema', 'tiger', 'topology') and table_name != 'geometry_columns' and table_name != 'spatial_ref_sys' and table_type != 'VIEW' and table_name not in (select inhrelid::regclass::text from pg_inherits) order by table_name`,
);
q(
  'mikro getNamespaces',
  `select schema_name from information_schema.schemata where "schema_name" not like 'pg_%' and "schema_name" not like 'crdb_%' and "schema_name" not like '_timescaledb_%' and "schema_name" not in ('information_schema', 'tiger', 'topology') order by schema_name`,
);
q(
  'mikro getNativeEnumDefinitions',
  `select t.typname as enum_name, n.nspname as schema_name, array_agg(e.enumlabel order by e.enumsortorder) as enum_value
        from pg_type t
        join pg_enum e on t.oid = e.enumtypid
        join pg_catalog.pg_namespace n on n.oid = t.typnamespace
        where n.nspname in ('public', 'billing')
        group by t.typname, n.nspname`,
);
q(
  'mikro getAllColumns',
  `select table_schema as schema_name, table_name, column_name,
      column_default,
      is_nullable,
      udt_name,
      udt_schema,
      coalesce(datetime_precision, character_maximum_length) length,
      atttypmod custom_length,
      numeric_precision,
      numeric_scale,
      data_type,
      is_identity,
      identity_generation,
      generation_expression,
      pg_catalog.col_description(pgc.oid, cols.ordinal_position::int) column_comment
      from information_schema.columns cols
      join pg_class pgc on cols.table_name = pgc.relname
      join pg_attribute pga on pgc.oid = pga.attrelid and cols.column_name = pga.attname
      where ((table_schema = 'public' and table_name in ('users','orders','order_items','jobs')) or (table_schema = 'billing' and table_name in ('invoices')))
      order by ordinal_position, table_schema, table_name`,
);
q(
  'mikro getAllIndexes',
  `select table_name::text, schema_name, constraint_name, "unique", "primary", contype, condeferrable, condeferred, index_def, expression, "deferrable", initially_deferred from (select indrelid::regclass as table_name, ns.nspname as schema_name, relname as constraint_name, idx.indisunique as unique, idx.indisprimary as primary, contype, condeferrable, condeferred,
      array(
        select pg_get_indexdef(idx.indexrelid, k + 1, true)
        from generate_subscripts(idx.indkey, 1) as k
        order by k
      ) as index_def,
      pg_get_indexdef(idx.indexrelid) as expression,
      c.condeferrable as deferrable,
      c.condeferred as initially_deferred
      from pg_index idx
      join pg_class as i on i.oid = idx.indexrelid
      join pg_namespace as ns on i.relnamespace = ns.oid
      left join pg_constraint as c on c.conname = i.relname
      where indrelid in ('"public"."users"'::regclass, '"public"."orders"'::regclass, '"public"."order_items"'::regclass, '"billing"."invoices"'::regclass)
      order by relname) s`,
);
q(
  'mikro getAllChecks',
  `select ccu.table_name as table_name, ccu.table_schema as schema_name, pgc.conname as name, conrelid::regclass as table_from, ccu.column_name as column_name, pg_get_constraintdef(pgc.oid) as expression
      from pg_constraint pgc
      join pg_namespace nsp on nsp.oid = pgc.connamespace
      join pg_class cls on pgc.conrelid = cls.oid
      join information_schema.constraint_column_usage ccu on pgc.conname = ccu.constraint_name and nsp.nspname = ccu.constraint_schema
      where contype = 'c' and (ccu.table_name in ('users','orders','order_items') and ccu.table_schema = 'public' or ccu.table_name in ('invoices') and ccu.table_schema = 'billing')
      order by pgc.conname`,
);
q(
  'mikro getAllForeignKeys',
  `select nsp1.nspname schema_name, cls1.relname table_name, nsp2.nspname referenced_schema_name,
      cls2.relname referenced_table_name, a.attname column_name, af.attname referenced_column_name, conname constraint_name,
      confupdtype update_rule, confdeltype delete_rule, array_position(con.conkey,a.attnum) as ord, condeferrable, condeferred,
      pg_get_constraintdef(con.oid) as constraint_def
      from pg_attribute a
      join pg_constraint con on con.conrelid = a.attrelid AND a.attnum = ANY (con.conkey)
      join pg_attribute af on af.attnum = con.confkey[array_position(con.conkey,a.attnum)] AND af.attrelid = con.confrelid
      join pg_namespace nsp1 on nsp1.oid = con.connamespace
      join pg_class cls1 on cls1.oid = con.conrelid
      join pg_class cls2 on cls2.oid = confrelid
      join pg_namespace nsp2 on nsp2.oid = cls2.relnamespace
      where ((cls1.relname in ('users','orders','order_items') and nsp1.nspname = 'public') or (cls1.relname in ('invoices') and nsp1.nspname = 'billing'))
      and confrelid > 0
      order by nsp1.nspname, cls1.relname, constraint_name, ord`,
);
q('mikro getDatabaseExistsSQL', `select 1 from pg_database where datname = 'r22_h133_no_such_db'`);
list.add(
  'mikro getAlterColumnAutoincrement',
  [
    `create sequence if not exists "jobs_attempts_seq"`,
    `select setval('jobs_attempts_seq', (select max("attempts") from "jobs"))`,
    `alter table "jobs" alter column "attempts" set default nextval('jobs_attempts_seq')`,
    `select column_default from information_schema.columns where table_name = 'jobs' and column_name = 'attempts'`,
  ],
  SHOP,
);
list.add(
  'mikro disableForeignKeysSQL',
  [
    `set session_replication_role = 'replica';`,
    `SELECT current_setting('session_replication_role') AS r`,
    `set session_replication_role = 'origin';`,
  ],
  SHOP,
);

export default list.cases;
