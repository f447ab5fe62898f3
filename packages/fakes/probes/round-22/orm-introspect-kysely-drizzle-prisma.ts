// Round 22 ORM introspection probe, Kysely, drizzle-kit and Prisma: Kysely's PostgresIntrospector
// (both the pg_tables join of 0.2x and the pg_class/pg_namespace form with col_description and
// pg_get_serial_sequence, parameters as Kysely binds them), drizzle-kit pull's pg queries (tables
// by relkind, schemas joined to pg_user, pg_sequences, enums, roles, policies, constraints through
// information_schema, checks, foreign keys with CASE rules, indexes with indoption bits and
// opclass, constraint-made indexes from pg_stat_user_indexes, view info with tablespace), and
// Prisma's namespace, extension, view and _prisma_migrations queries, run on the SHOP schema.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP } from './orm-introspect-schema.js';

const list = new ProbeCases('r22 orm-introspect ');
const q = (name: string, sql: string) => list.add(name, [sql], SHOP);
const p = (name: string, sql: string, params: unknown[]) =>
  list.add(name, [withParams(sql, ...params)], SHOP);

// ---------------------------------------------------------------- Kysely
q(
  'kysely getSchemas',
  `select "nspname" from "pg_catalog"."pg_namespace" where "nspname" !~ '^pg_toast' and "nspname" !~ '^pg_temp'`,
);
p(
  'kysely getTables 0.2x',
  `select "a"."attname" as "column", "a"."attnotnull" as "not_null", "t"."tablename" as "table", "t"."schemaname" as "schema", "typ"."typname" as "type" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_tables" as "t" on "t"."tablename" = "c"."relname" inner join "pg_catalog"."pg_type" as "typ" on "a"."atttypid" = "typ"."oid" where "t"."schemaname" !~ $1 and "t"."schemaname" != $2 and "a"."attnum" >= $3 and "a"."attisdropped" != $4 and "t"."tablename" != $5 and "t"."tablename" != $6`,
  ['^pg_', 'information_schema', 0, true, 'kysely_migration', 'kysely_migration_lock'],
);
const KYSELY_TABLES = `select "a"."attname" as "column", "a"."attnotnull" as "not_null", "a"."atthasdef" as "has_default", "c"."relname" as "table", "c"."relkind" as "table_type", "ns"."nspname" as "schema", "typ"."typname" as "type", "dtns"."nspname" as "type_schema", col_description(a.attrelid, a.attnum) as "column_description", pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) as "auto_incrementing" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_namespace" as "ns" on "c"."relnamespace" = "ns"."oid" inner join "pg_catalog"."pg_type" as "typ" on "a"."atttypid" = "typ"."oid" inner join "pg_catalog"."pg_namespace" as "dtns" on "typ"."typnamespace" = "dtns"."oid" where "c"."relkind" in ($1, $2, $3) and "ns"."nspname" !~ $4 and "ns"."nspname" != $5 and "ns"."nspname" != $6 and has_schema_privilege(ns.nspname, 'USAGE') and "a"."attnum" >= $7 and "a"."attisdropped" != $8 and "c"."relname" != $9 and "c"."relname" != $10 order by "ns"."nspname", "c"."relname", "a"."attnum"`;
const KYSELY_PARAMS = [
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
];
p('kysely getTables 0.27', KYSELY_TABLES, KYSELY_PARAMS);
list.add(
  'kysely getTables after drop column',
  [
    `ALTER TABLE jobs DROP COLUMN locked_by`,
    withParams(
      KYSELY_TABLES.replace(`"c"."relname" != $10`, `"c"."relname" = 'jobs'`),
      ...KYSELY_PARAMS.slice(0, 9),
    ),
  ],
  SHOP,
);
p(
  'kysely getTables typed params',
  `select "c"."relname" as "table", count(*)::int as "columns" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_namespace" as "ns" on "c"."relnamespace" = "ns"."oid" where "c"."relkind" = any($1::"char"[]) and "ns"."nspname" = any($2) and "a"."attnum" >= $3 group by "c"."relname" order by "c"."relname"`,
  [['r', 'v', 'm'], ['public', 'billing'], 1],
);

// ---------------------------------------------------------------- drizzle-kit pull
q(
  'drizzle-kit allTables',
  `SELECT
    n.nspname AS table_schema,
    c.relname AS table_name,
    CASE
        WHEN c.relkind = 'r' THEN 'table'
        WHEN c.relkind = 'v' THEN 'view'
        WHEN c.relkind = 'm' THEN 'materialized_view'
    END AS type,
	c.relrowsecurity AS rls_enabled
FROM
    pg_catalog.pg_class c
JOIN
    pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE
	c.relkind IN ('r', 'v', 'm')
     AND n.nspname = 'public' or n.nspname = 'billing';`,
);
q(
  'drizzle-kit allSchemas',
  `select s.nspname as table_schema
  from pg_catalog.pg_namespace s
  join pg_catalog.pg_user u on u.usesysid = s.nspowner
  where nspname not in ('information_schema', 'pg_catalog', 'public')
        and nspname not like 'pg_toast%'
        and nspname not like 'pg_temp_%'
  order by table_schema;`,
);
list.add(
  'drizzle-kit allSequences',
  [
    `CREATE SEQUENCE billing.invoice_no AS integer START 100 INCREMENT 5 MINVALUE 100 MAXVALUE 100000 CACHE 10 CYCLE`,
    `select schemaname, sequencename, start_value, min_value, max_value, increment_by, cycle, cache_size from pg_sequences as seq WHERE schemaname = 'public' or schemaname = 'billing';`,
  ],
  SHOP,
);
q(
  'drizzle-kit allEnums',
  `select n.nspname as enum_schema,
  t.typname as enum_name,
  e.enumlabel as enum_value,
  e.enumsortorder as sort_order
  from pg_type t
  join pg_enum e on t.oid = e.enumtypid
  join pg_catalog.pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = 'public' or n.nspname = 'billing'
  order by enum_schema, enum_name, sort_order;`,
);
list.add(
  'drizzle-kit enum sortorder after add value',
  [
    `ALTER TYPE order_status ADD VALUE 'on_hold' BEFORE 'shipped'`,
    `select t.typname as enum_name, e.enumlabel as enum_value, e.enumsortorder > 2 and e.enumsortorder < 3 as between_paid_and_shipped from pg_type t join pg_enum e on t.oid = e.enumtypid where t.typname = 'order_status' order by e.enumsortorder;`,
  ],
  SHOP,
);
q(
  'drizzle-kit allRoles non-builtin',
  `SELECT rolname, rolinherit, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user;`,
);
list.add(
  'drizzle-kit allPolicies',
  [
    `ALTER TABLE orders ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY own_orders ON orders AS PERMISSIVE FOR SELECT TO public USING (user_id = 1)`,
    `CREATE POLICY insert_orders ON orders AS RESTRICTIVE FOR INSERT TO public WITH CHECK (total >= 0)`,
    `SELECT schemaname, tablename, policyname as name, permissive as "as", roles as to, cmd as for, qual as using, with_check as "withCheck" FROM pg_policies WHERE schemaname = 'public';`,
    `SELECT c.relname AS table_name, c.relrowsecurity AS rls_enabled FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 1`,
  ],
  SHOP,
);
const tableConstraints = (
  table: string,
  schema: string,
) => `SELECT c.column_name, c.data_type, constraint_type, constraint_name, constraint_schema
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage AS ccu USING (constraint_schema, constraint_name)
      JOIN information_schema.columns AS c ON c.table_schema = tc.constraint_schema
        AND tc.table_name = c.table_name AND ccu.column_name = c.column_name
      WHERE tc.table_name = '${table}' and constraint_schema = '${schema}';`;
q('drizzle-kit tableConstraints orders', tableConstraints('orders', 'public'));
q('drizzle-kit tableConstraints order_items', tableConstraints('order_items', 'public'));
q('drizzle-kit tableConstraints invoices', tableConstraints('invoices', 'billing'));
q(
  'drizzle-kit tableChecks',
  `SELECT
						tc.constraint_name,
						tc.constraint_type,
						pg_get_constraintdef(con.oid) AS constraint_definition
					FROM
						information_schema.table_constraints AS tc
						JOIN pg_constraint AS con
							ON tc.constraint_name = con.conname
							AND con.conrelid = (
								SELECT oid
								FROM pg_class
								WHERE relname = tc.table_name
								AND relnamespace = (
									SELECT oid
									FROM pg_namespace
									WHERE nspname = tc.constraint_schema
								)
							)
					WHERE
						tc.table_name = 'orders'
						AND tc.constraint_schema = 'public'
						AND tc.constraint_type = 'CHECK'
						AND con.contype = 'c';`,
);
const tableForeignKeys = (table: string, schema: string) => `SELECT
            con.contype AS constraint_type,
            nsp.nspname AS constraint_schema,
            con.conname AS constraint_name,
            rel.relname AS table_name,
            att.attname AS column_name,
            fnsp.nspname AS foreign_table_schema,
            frel.relname AS foreign_table_name,
            fatt.attname AS foreign_column_name,
            CASE con.confupdtype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS update_rule,
            CASE con.confdeltype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS delete_rule
          FROM
            pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
            JOIN pg_catalog.pg_namespace nsp ON nsp.oid = con.connamespace
            LEFT JOIN pg_catalog.pg_attribute att ON att.attnum = ANY (con.conkey)
              AND att.attrelid = con.conrelid
            LEFT JOIN pg_catalog.pg_class frel ON frel.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fnsp ON fnsp.oid = frel.relnamespace
            LEFT JOIN pg_catalog.pg_attribute fatt ON fatt.attnum = ANY (con.confkey)
              AND fatt.attrelid = con.confrelid
          WHERE
            nsp.nspname = '${schema}'
            AND rel.relname = '${table}'
            AND con.contype IN ('f');`;
q('drizzle-kit tableForeignKeys orders', tableForeignKeys('orders', 'public'));
q('drizzle-kit tableForeignKeys order_items', tableForeignKeys('order_items', 'public'));
q('drizzle-kit tableForeignKeys invoices', tableForeignKeys('invoices', 'billing'));
const dbIndexes = (
  table: string,
  schema: string,
) => `SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname,
        k.i AS index_order,
        i.indisunique as is_unique,
        am.amname as method,
        ic.reloptions as with,
        coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name,
          CASE
        WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1
        ELSE 0
    END AS is_expression,
        i.indoption[k.i-1] & 1 = 1 AS descending,
        i.indoption[k.i-1] & 2 = 2 AS nulls_first,
        pg_get_expr(
                              i.indpred,
                              i.indrelid
                          ) as where,
         opc.opcname
      FROM pg_class t
          LEFT JOIN pg_index i ON t.oid = i.indrelid
          LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
		  CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)
          LEFT JOIN pg_attribute AS a
            ON i.indrelid = a.attrelid AND k.attnum = a.attnum
          JOIN pg_namespace c on c.oid = t.relnamespace
        LEFT JOIN pg_am AS am ON ic.relam = am.oid
        JOIN pg_opclass opc ON opc.oid = ANY(i.indclass)
      WHERE
      c.nspname = '${schema}' AND
      t.relname = '${table}';`;
q('drizzle-kit dbIndexes users', dbIndexes('users', 'public'));
q(
  'drizzle-kit dbIndexes orders single-type keys',
  dbIndexes('orders', 'public').replace(
    `t.relname = 'orders';`,
    `t.relname = 'orders' AND ic.relname <> 'orders_status_id';`,
  ),
);
q('drizzle-kit dbIndexes jobs none', dbIndexes('jobs', 'public'));
q(
  'drizzle-kit dbIndexFromConstraint',
  `SELECT
          idx.indexrelname AS index_name,
          idx.relname AS table_name,
          schemaname,
          CASE WHEN con.conname IS NOT NULL THEN 1 ELSE 0 END AS generated_by_constraint
        FROM
          pg_stat_user_indexes idx
        LEFT JOIN
          pg_constraint con ON con.conindid = idx.indexrelid
        WHERE idx.relname = 'orders' and schemaname = 'public'
        group by index_name, table_name,schemaname, generated_by_constraint;`,
);
p(
  'drizzle-kit composite pk name',
  `SELECT conname AS primary_key
            FROM   pg_constraint join pg_class on (pg_class.oid = conrelid)
            WHERE  contype = 'p'
            AND    connamespace = $1::regnamespace
            AND    pg_class.relname = $2;`,
  ['public', 'order_items'],
);
p(
  'drizzle-kit composite pk name unknown schema',
  `SELECT conname AS primary_key
            FROM   pg_constraint join pg_class on (pg_class.oid = conrelid)
            WHERE  contype = 'p'
            AND    connamespace = $1::regnamespace
            AND    pg_class.relname = $2;`,
  ['nope', 'order_items'],
);
const viewInfo = (view: string, schema: string) => `
					SELECT
    c.relname AS view_name,
    n.nspname AS schema_name,
    pg_get_viewdef(c.oid, true) AS definition,
    ts.spcname AS tablespace_name,
    c.reloptions AS options,
    pg_tablespace_location(ts.oid) AS location
FROM
    pg_class c
JOIN
    pg_namespace n ON c.relnamespace = n.oid
LEFT JOIN
    pg_tablespace ts ON c.reltablespace = ts.oid
WHERE
    (c.relkind = 'm' OR c.relkind = 'v')
    AND n.nspname = '${schema}'
    AND c.relname = '${view}';`;
q('drizzle-kit viewInfo view', viewInfo('active_users', 'public'));
q('drizzle-kit viewInfo grouped view', viewInfo('invoice_totals', 'billing'));
q('drizzle-kit viewInfo materialized', viewInfo('order_counts', 'billing'));
list.add(
  'drizzle-kit viewInfo with options',
  [
    `CREATE VIEW paid_orders WITH (security_barrier = true, check_option = cascaded) AS SELECT id, user_id, total FROM orders WHERE status = 'paid'`,
    viewInfo('paid_orders', 'public'),
  ],
  SHOP,
);

// ---------------------------------------------------------------- Prisma
p('prisma namespace exists', `SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1)`, ['billing']);
p('prisma namespace missing', `SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1)`, ['nope']);
q(
  'prisma extensions',
  `SELECT ext.extname AS extension_name, ext.extversion AS extension_version, ext.extrelocatable AS relocatable, pn.nspname AS extension_schema FROM pg_extension ext INNER JOIN pg_namespace pn ON ext.extnamespace = pn.oid ORDER BY ext.extname ASC`,
);
p(
  'prisma views',
  `SELECT viewname AS view_name, definition AS view_sql, schemaname as namespace, obj_description(format('%s.%s', quote_ident(schemaname), quote_ident(viewname))::regclass, 'pg_class') AS description FROM pg_catalog.pg_views WHERE schemaname = ANY ( $1 ) ORDER BY view_name`,
  [['public', 'billing']],
);
p(
  'prisma table comments',
  `SELECT tbl.relname AS table_name, namespace.nspname as namespace, obj_description(tbl.oid, 'pg_class') as description FROM pg_class AS tbl INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace WHERE ( ( tbl.relkind = 'r' AND tbl.relpersistence = 'p' ) OR tbl.relkind = 'p' ) AND namespace.nspname = ANY ( $1 ) ORDER BY namespace, table_name`,
  [['public', 'billing']],
);
list.add(
  'prisma migrations table lifecycle',
  [
    `SELECT pg_advisory_lock(72707369)`,
    `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`,
    withParams(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now())`,
      '11111111-2222-3333-4444-555555555555',
      'f'.repeat(64),
      '20240101000000_init',
    ),
    withParams(
      `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1`,
      '11111111-2222-3333-4444-555555555555',
    ),
    `SELECT id, checksum, finished_at IS NOT NULL AS finished, migration_name, logs, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
    `SELECT pg_advisory_unlock(72707369)`,
  ],
  SHOP,
);

export default list.cases;
