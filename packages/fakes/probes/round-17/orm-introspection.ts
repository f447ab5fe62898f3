// Round 17 ORM probe, schema reading and bulk parameters: the information_schema and pg_catalog
// queries ORMs, migrators and schema-diff tools run (Prisma's describer, drizzle-kit pull, Kysely and
// TypeORM introspection, node-pg-migrate, postgres.js's array-type fetch), the settings they read at
// connect, Slonik's and postgres.js's unnest($1::int[], $2::text[]) bulk inserts and = ANY($1), and
// node-pg-migrate's pgmigrations table with its advisory lock. No oid, owner or database name is
// printed: those differ between any two databases.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP_DATA } from './orm-schema.js';

const list = new ProbeCases('r17 orm ');
const i = (name: string, sql: string, setup = INTRO) => list.add(`introspect ${name}`, [sql], setup);

/** Every feature a schema reader reports: identity, generated and defaulted columns, checks, keys. */
const INTRO = `
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SEQUENCE invoice_no START 1000 INCREMENT 10 MAXVALUE 999999 CACHE 1;
CREATE TABLE account (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email varchar(320) NOT NULL,
  handle text COLLATE "C",
  balance numeric(12,2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
  rate double precision,
  tiny smallint,
  created timestamptz(3) NOT NULL DEFAULT now(),
  local_ts timestamp without time zone,
  day date DEFAULT CURRENT_DATE,
  flags bit varying(8),
  code char(4),
  tags text[] DEFAULT '{}'::text[],
  matrix integer[][],
  meta jsonb DEFAULT '{}'::jsonb,
  lower_email text GENERATED ALWAYS AS (lower(email)) STORED,
  state mood DEFAULT 'ok',
  uid uuid DEFAULT gen_random_uuid(),
  invoice integer DEFAULT nextval('invoice_no'),
  CONSTRAINT account_email_key UNIQUE (email),
  CONSTRAINT account_handle_len CHECK (char_length(handle) BETWEEN 3 AND 30)
);
CREATE TABLE membership (
  account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE ON UPDATE RESTRICT,
  org text NOT NULL,
  role text NOT NULL DEFAULT 'member',
  since serial,
  sponsor_id bigint,
  PRIMARY KEY (account_id, org),
  CONSTRAINT membership_sponsor_fk FOREIGN KEY (sponsor_id) REFERENCES account (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT membership_role_uq UNIQUE (org, role, sponsor_id)
);
CREATE INDEX membership_org_idx ON membership (org DESC NULLS LAST);
CREATE UNIQUE INDEX account_lower_email_idx ON account (lower(email)) WHERE handle IS NOT NULL;
CREATE INDEX account_meta_gin ON account USING gin (meta jsonb_path_ops);
CREATE INDEX account_created_brin ON account USING brin (created);
CREATE INDEX account_email_inc ON account (email) INCLUDE (balance);
CREATE VIEW active_accounts AS SELECT id, email, balance * 2 AS doubled FROM account WHERE balance > 0 ORDER BY email;
COMMENT ON TABLE account IS 'people who pay';
COMMENT ON COLUMN account.email IS 'login';
`;

// ---------------------------------------------------------------- information_schema
i(
  'is tables',
  `SELECT table_schema AS s, table_name AS n, table_type AS t, is_insertable_into AS ins FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
);
i(
  'is columns full',
  `SELECT table_name AS t, column_name AS c, ordinal_position AS pos, column_default AS def, is_nullable AS nul, data_type AS dt, udt_name AS udt, character_maximum_length AS len, numeric_precision AS np, numeric_precision_radix AS npr, numeric_scale AS ns, datetime_precision AS dtp, is_identity AS ident, identity_generation AS igen, identity_start AS istart, identity_increment AS iinc, identity_maximum AS imax, is_generated AS gen, generation_expression AS gexpr, is_updatable AS upd, collation_name AS coll FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
);
i(
  'is columns of view',
  `SELECT column_name AS c, data_type AS dt, is_nullable AS nul, is_updatable AS upd FROM information_schema.columns WHERE table_name = 'active_accounts' ORDER BY ordinal_position`,
);
i(
  'is columns interval and arrays',
  `SELECT column_name AS c, data_type AS dt, udt_name AS udt FROM information_schema.columns WHERE table_name = 'account' AND data_type IN ('ARRAY', 'USER-DEFINED', 'bit varying', 'character') ORDER BY ordinal_position`,
);
i(
  'is element_types of arrays',
  `SELECT c.column_name AS c, e.data_type AS elem FROM information_schema.columns c LEFT JOIN information_schema.element_types e ON ((c.table_catalog, c.table_schema, c.table_name, 'TABLE', c.dtd_identifier) = (e.object_catalog, e.object_schema, e.object_name, e.object_type, e.collection_type_identifier)) WHERE c.table_name = 'account' AND c.data_type = 'ARRAY' ORDER BY c.ordinal_position`,
);
i(
  'is table_constraints non-check',
  `SELECT table_name AS t, constraint_name AS n, constraint_type AS ty, is_deferrable AS d, initially_deferred AS id FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type <> 'CHECK' ORDER BY table_name, constraint_name`,
);
i(
  'is table_constraints check count',
  `SELECT table_name AS t, count(*) AS n FROM information_schema.table_constraints WHERE table_schema = 'public' AND constraint_type = 'CHECK' GROUP BY table_name ORDER BY table_name`,
);
i(
  'is check_constraints named',
  `SELECT cc.constraint_name AS n, cc.check_clause AS c FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) WHERE tc.table_schema = 'public' AND cc.check_clause NOT LIKE '%IS NOT NULL' ORDER BY 1`,
);
i(
  'is check_constraints not null count',
  `SELECT count(*) AS n FROM information_schema.check_constraints WHERE constraint_schema = 'public' AND check_clause LIKE '%IS NOT NULL'`,
);
i(
  'is key_column_usage',
  `SELECT table_name AS t, constraint_name AS n, column_name AS c, ordinal_position AS pos, position_in_unique_constraint AS puc FROM information_schema.key_column_usage WHERE table_schema = 'public' ORDER BY table_name, constraint_name, ordinal_position`,
);
i(
  'is referential_constraints',
  `SELECT constraint_name AS n, unique_constraint_name AS u, match_option AS m, update_rule AS ur, delete_rule AS dr FROM information_schema.referential_constraints WHERE constraint_schema = 'public' ORDER BY 1`,
);
i(
  'is constraint_column_usage',
  `SELECT table_name AS t, column_name AS c, constraint_name AS n FROM information_schema.constraint_column_usage WHERE table_schema = 'public' ORDER BY 3, 1, 2`,
);
i(
  'is constraint_table_usage',
  `SELECT table_name AS t, constraint_name AS n FROM information_schema.constraint_table_usage WHERE table_schema = 'public' ORDER BY 2, 1`,
);
i(
  'is fk join three views',
  `SELECT tc.table_name AS t, kcu.column_name AS c, ccu.table_name AS ft, ccu.column_name AS fc, rc.delete_rule AS dr FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' ORDER BY 1, 2`,
);
i(
  'is schemata',
  `SELECT schema_name AS s FROM information_schema.schemata WHERE schema_name NOT LIKE 'pg_%' ORDER BY 1`,
);
i(
  'is sequences',
  `SELECT sequence_name AS n, data_type AS dt, numeric_precision AS np, start_value AS sv, minimum_value AS mn, maximum_value AS mx, increment AS inc, cycle_option AS cy FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`,
);
i(
  'is views definition',
  `SELECT table_name AS n, view_definition AS d, check_option AS co, is_updatable AS u FROM information_schema.views WHERE table_schema = 'public'`,
);
i(
  'is view_table_usage',
  `SELECT view_name AS v, table_name AS t FROM information_schema.view_table_usage WHERE view_schema = 'public'`,
);
i(
  'is exists with empty select list',
  `SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'account') AS e, EXISTS (SELECT FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'nope') AS f`,
);
i(
  'is columns count per table',
  `SELECT table_name AS t, count(*) AS n FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name ORDER BY 1`,
);
i(
  'is user defined types',
  `SELECT user_defined_type_name AS n FROM information_schema.user_defined_types WHERE user_defined_type_schema = 'public'`,
);
i(
  'is enum via pg_enum join',
  `SELECT t.typname AS t, e.enumlabel AS l, e.enumsortorder AS o FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`,
);

list.add(
  'introspect is tables found once by name',
  [
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'person'`,
    withParams(`SELECT 1 AS one FROM information_schema.tables WHERE table_name = $1`, 'pet'),
  ],
  SHOP_DATA,
);

// ---------------------------------------------------------------- pg_catalog
i(
  'pg_tables',
  `SELECT schemaname AS s, tablename AS t, hasindexes AS hi, hasrules AS hr, hastriggers AS ht, rowsecurity AS rs FROM pg_tables WHERE schemaname = 'public' ORDER BY 2`,
);
i(
  'pg_indexes',
  `SELECT tablename AS t, indexname AS i, indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
);
i(
  'pg_class relkinds',
  `SELECT c.relname AS n, c.relkind AS k, c.relpersistence AS p, c.relnatts AS na, c.relchecks AS ch, c.relhasindex AS hi FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1`,
);
i(
  'pg_attribute format_type',
  `SELECT a.attname AS n, a.attnum AS num, format_type(a.atttypid, a.atttypmod) AS ty, a.attnotnull AS nn, a.atthasdef AS hd, a.attidentity AS idn, a.attgenerated AS gen, a.attndims AS dims, a.attlen AS len FROM pg_attribute a WHERE a.attrelid = 'public.account'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
);
i(
  'quoted pg_attribute reads 15 columns',
  `SELECT "a"."attname" AS n, "a"."attstattarget" AS st, "a"."attinhcount" AS ih FROM "pg_catalog"."pg_attribute" "a" WHERE "a"."attrelid" = 'account'::regclass AND "a"."attnum" > 0 AND NOT "a"."attisdropped" ORDER BY "a"."attnum"`,
);
i(
  'quoted pg_constraint count by type',
  `SELECT "c"."contype" AS t, count(*) AS n FROM "pg_constraint" "c" INNER JOIN "pg_class" "r" ON "r"."oid" = "c"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "r"."relnamespace" WHERE "ns"."nspname" = 'public' GROUP BY 1 ORDER BY 1`,
);
i(
  'quoted pg_class newer column unknown',
  `SELECT "c"."relallfrozen" AS f FROM "pg_catalog"."pg_class" "c" LIMIT 1`,
);
i(
  'quoted pg_depend of not null',
  `SELECT count(*) AS n FROM "pg_depend" "d" WHERE "d"."refobjid" = 'account'::regclass AND "d"."classid" = 'pg_constraint'::regclass`,
);
i(
  'pg_attribute system columns',
  `SELECT a.attname AS n, a.attnum AS num FROM pg_attribute a WHERE a.attrelid = 'membership'::regclass AND a.attnum < 0 ORDER BY a.attnum`,
);
i(
  'pg_attrdef defaults',
  `SELECT a.attname AS n, pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid IN ('account'::regclass, 'membership'::regclass) ORDER BY d.adrelid::regclass::text, a.attnum`,
);
i(
  'pg_index with indkey',
  `SELECT i.relname AS n, ix.indisunique AS u, ix.indisprimary AS p, ix.indnatts AS na, ix.indnkeyatts AS nk, ix.indkey::text AS k, ix.indoption::text AS o, pg_get_indexdef(ix.indexrelid) AS d, pg_get_expr(ix.indpred, ix.indrelid) AS pred, pg_get_expr(ix.indexprs, ix.indrelid) AS exprs, am.amname AS am FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_am am ON am.oid = i.relam WHERE t.relname IN ('account', 'membership') ORDER BY 1`,
);
i(
  'pg_get_indexdef columns',
  `SELECT i.relname AS n, pg_get_indexdef(ix.indexrelid, 1, true) AS c1, pg_get_indexdef(ix.indexrelid, 2, true) AS c2 FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid WHERE ix.indrelid = 'membership'::regclass ORDER BY 1`,
);
i(
  'pg_index unnest indkey ordinality',
  `SELECT i.relname AS n, k.ord AS ord, a.attname AS col FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum WHERE ix.indrelid = 'account'::regclass ORDER BY 1, 2`,
);
i(
  'pg_constraint defs',
  `SELECT c.conname AS n, c.contype AS t, c.condeferrable AS d, c.condeferred AS dd, c.convalidated AS v, c.confupdtype AS fu, c.confdeltype AS fd, c.confmatchtype AS fm, c.conkey::text AS k, c.confkey::text AS fk, pg_get_constraintdef(c.oid) AS def, pg_get_constraintdef(c.oid, true) AS pretty FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.contype <> 'n' ORDER BY 1`,
);
i(
  'pg_constraint contypes count',
  `SELECT c.contype AS t, count(*) AS n FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = 'public' GROUP BY 1 ORDER BY 1`,
);
i(
  'pg_constraint fk referenced names',
  `SELECT c.conname AS n, c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref, ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text AS cols FROM pg_constraint c WHERE c.contype = 'f' ORDER BY 1`,
);
i(
  'to_regclass',
  `SELECT to_regclass('public.account')::text AS a, to_regclass('account')::text AS b, to_regclass('public.nope') IS NULL AS c, to_regclass('"Account"') IS NULL AS d, to_regclass('account_pkey')::text AS e, to_regclass('invoice_no')::text AS f`,
);
i('regclass cast missing', `SELECT 'nope'::regclass AS r`);
i(
  'regclass text of quoted',
  `SELECT 'account'::regclass::text AS a, 'public.active_accounts'::regclass::text AS b`,
);
i(
  'regtype of columns',
  `SELECT ('"' || udt_schema || '"."' || udt_name || '"')::regtype::text AS r FROM information_schema.columns WHERE table_name = 'account' ORDER BY ordinal_position`,
);
i(
  'pg_namespace',
  `SELECT nspname AS n FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY 1`,
);
i(
  'pg_type enum and array',
  `SELECT t.typname AS n, t.typtype AS ty, t.typcategory AS cat, et.typname AS elem FROM pg_type t LEFT JOIN pg_type et ON et.oid = t.typelem JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('e', 'b') ORDER BY 1`,
);
i(
  'pg_sequences',
  `SELECT sequencename AS n, data_type::text AS dt, start_value AS sv, min_value AS mn, max_value AS mx, increment_by AS inc, cycle AS cy, cache_size AS cs, last_value AS lv FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
);
i(
  'pg_get_serial_sequence',
  `SELECT pg_get_serial_sequence('account', 'id') AS a, pg_get_serial_sequence('membership', 'since') AS b, pg_get_serial_sequence('account', 'invoice') AS c`,
);
i('pg_get_serial_sequence quoted', `SELECT pg_get_serial_sequence('"public"."account"', 'id') AS a`);
i('pg_get_serial_sequence bad column', `SELECT pg_get_serial_sequence('account', 'nope') AS a`);
i('pg_views', `SELECT viewname AS n, definition AS d FROM pg_views WHERE schemaname = 'public'`);
i('pg_get_viewdef pretty', `SELECT pg_get_viewdef('active_accounts'::regclass, true) AS d`);
i(
  'obj_description and col_description',
  `SELECT obj_description('account'::regclass, 'pg_class') AS t, col_description('account'::regclass, 2) AS c, col_description('account'::regclass, 1) AS none`,
);
i(
  'pg_description join',
  `SELECT c.relname AS t, d.objsubid AS sub, d.description AS d FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relname = 'account' ORDER BY 2`,
);
i(
  'drizzle-kit pull columns',
  `SELECT a.attrelid::regclass::text AS tbl, a.attname AS col, a.attnum AS num, format_type(a.atttypid, a.atttypmod) AS data_type, a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attidentity AS identity, a.attgenerated AS generated, t.typname AS udt FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 3`,
);
i(
  'prisma describer sequences',
  `SELECT sequence_name, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_schema = ANY ( $1 ) ORDER BY sequence_name`.replace(
    'ANY ( $1 )',
    `ANY ( ARRAY['public'] )`,
  ),
);
i(
  'prisma describer enums',
  `SELECT t.typname as name, e.enumlabel as value, n.nspname as namespace FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ANY ( ARRAY['public'] ) ORDER BY e.enumsortorder`,
);
i(
  'prisma describer table info',
  `SELECT tbl.relname AS table_name, namespace.nspname as namespace, (tbl.relhassubclass and tbl.relkind = 'p') as is_partition, (tbl.relhassubclass and tbl.relkind = 'r') as has_subclass, tbl.relrowsecurity as has_row_level_security, reloptions, obj_description(tbl.oid, 'pg_class') as description FROM pg_class AS tbl INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace WHERE ( ( tbl.relkind = 'r' AND tbl.relispartition = 'f' ) OR tbl.relkind = 'p' ) AND namespace.nspname = ANY ( ARRAY['public'] ) ORDER BY namespace, table_name`,
);
i(
  'prisma describer constraints',
  `SELECT schemainfo.nspname AS namespace, tableinfo.relname AS table_name, constr.conname AS constraint_name, constr.contype AS constraint_type, pg_get_constraintdef(constr.oid) AS constraint_definition, constr.condeferrable AS is_deferrable, constr.condeferred AS is_deferred FROM pg_constraint constr JOIN pg_class AS tableinfo ON tableinfo.oid = constr.conrelid JOIN pg_namespace AS schemainfo ON schemainfo.oid = tableinfo.relnamespace WHERE schemainfo.nspname = ANY ( ARRAY['public'] ) AND contype NOT IN ('p', 'u', 'f', 'n') ORDER BY namespace, table_name, constr.contype, constraint_name`,
);
i(
  'prisma describer columns',
  `SELECT oid.namespace, info.table_name, info.column_name, format_type(att.atttypid, att.atttypmod) as formatted_type, info.numeric_precision, info.numeric_scale, info.numeric_precision_radix, info.datetime_precision, info.data_type, info.udt_schema as type_schema_name, info.udt_name as full_data_type, pg_get_expr(attdef.adbin, attdef.adrelid) AS column_default, info.is_nullable, info.is_identity, info.character_maximum_length, col_description(att.attrelid, ordinal_position) AS description FROM information_schema.columns info JOIN pg_attribute att ON att.attname = info.column_name JOIN ( SELECT pg_class.oid, relname, pg_namespace.nspname as namespace FROM pg_class JOIN pg_namespace on pg_namespace.oid = pg_class.relnamespace AND pg_namespace.nspname = ANY ( ARRAY['public'] ) WHERE reltype > 0 ) as oid on oid.oid = att.attrelid AND relname = info.table_name AND namespace = info.table_schema LEFT OUTER JOIN pg_attrdef attdef ON attdef.adrelid = att.attrelid AND attdef.adnum = att.attnum AND table_schema = namespace WHERE table_schema = ANY ( ARRAY['public'] ) ORDER BY namespace, table_name, ordinal_position`,
);
i(
  'prisma describer fks',
  `SELECT con.oid IS NOT NULL AS has_oid, con.conname as constraint_name, child, parent, table_name, namespace, referenced_table_name, referenced_schema_name, confdeltype, confupdtype, condeferrable, condeferred FROM (SELECT con.oid, ns.nspname as namespace, unnest(con.conkey) as child, unnest(con.confkey) as parent, cl.relname as table_name, ns2.nspname as referenced_schema_name, cl2.relname as referenced_table_name, con.conname, con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred FROM pg_class cl join pg_constraint con on con.conrelid = cl.oid join pg_namespace ns on cl.relnamespace = ns.oid join pg_class cl2 on con.confrelid = cl2.oid join pg_namespace ns2 on cl2.relnamespace = ns2.oid WHERE ns.nspname = ANY ( ARRAY['public'] ) AND con.contype = 'f') con ORDER BY namespace, table_name, constraint_name, child`,
);
i(
  'prisma describer indexes',
  `SELECT indexinfo.relname AS index_name, tableinfo.relname AS table_name, columninfo.attname AS column_name, rawIndex.indisunique AS is_unique, rawIndex.indisprimary AS is_primary_key, rawIndex.indkey_idx AS column_index, opclass.opcname AS opclass, opclass.opcdefault AS opcdefault, indexAccess.amname AS index_algo, CASE rawIndex.indoption[rawIndex.indkey_idx] & 1 WHEN 1 THEN 'DESC' ELSE 'ASC' END AS column_order FROM pg_index rawIndex_0 CROSS JOIN LATERAL (SELECT rawIndex_0.*, k.indkey_idx FROM generate_subscripts(rawIndex_0.indkey, 1) AS k(indkey_idx)) AS rawIndex JOIN pg_class AS tableinfo ON tableinfo.oid = rawIndex.indrelid JOIN pg_class AS indexinfo ON indexinfo.oid = rawIndex.indexrelid JOIN pg_namespace AS schemainfo ON schemainfo.oid = tableinfo.relnamespace LEFT JOIN pg_attribute AS columninfo ON columninfo.attrelid = tableinfo.oid AND columninfo.attnum = rawIndex.indkey[rawIndex.indkey_idx] JOIN pg_am AS indexAccess ON indexAccess.oid = indexinfo.relam LEFT JOIN pg_opclass AS opclass ON opclass.oid = rawIndex.indclass[rawIndex.indkey_idx] WHERE schemainfo.nspname = ANY ( ARRAY['public'] ) ORDER BY table_name, index_name, column_index`,
);
i(
  'prisma describer version num',
  `SELECT current_setting('server_version_num')::integer >= 150000 AS v15, current_setting('server_version_num')::integer < 160000 AS below16`,
);

// ---------------------------------------------------------------- settings read at connect
const SETTINGS = [
  'server_encoding',
  'client_encoding',
  'DateStyle',
  'IntervalStyle',
  'TimeZone',
  'integer_datetimes',
  'standard_conforming_strings',
  'max_identifier_length',
  'search_path',
  'transaction_isolation',
  'default_transaction_read_only',
  'is_superuser',
  'lc_collate',
  'bytea_output',
  'extra_float_digits',
  'row_security',
  'default_transaction_isolation',
  'max_index_keys',
  'block_size',
];
for (const name of SETTINGS) list.add(`setting show ${name}`, [`SHOW ${name}`]);
list.add('setting current_setting many', [
  `SELECT ${SETTINGS.slice(0, 8)
    .map((n, k) => `current_setting('${n}') AS s${k}`)
    .join(', ')}`,
]);
list.add('setting current_setting missing_ok', [`SELECT current_setting('app.tenant_id', true) AS t`]);
list.add('setting current_setting missing', [`SELECT current_setting('app.tenant_id') AS t`]);
list.add('setting pg_settings rows', [
  `SELECT name AS n, setting AS s, unit AS u, vartype AS t FROM pg_settings WHERE name IN ('max_identifier_length', 'statement_timeout', 'lock_timeout', 'TimeZone', 'DateStyle') ORDER BY 1`,
]);
list.add('setting server_version_num major', [
  `SELECT current_setting('server_version_num')::int / 10000 AS major, substring(version() from '^PostgreSQL (\\d+)') AS from_version`,
]);
list.add('setting show server_version major', [
  `SELECT split_part(current_setting('server_version'), '.', 1) AS major`,
]);
list.add('setting set_config local in tx', [
  'BEGIN',
  `SELECT set_config('app.user_id', '42', true) AS s`,
  `SELECT current_setting('app.user_id') AS v`,
  'COMMIT',
  `SELECT current_setting('app.user_id', true) AS after`,
]);
list.add('setting statement_timeout', [
  `SET statement_timeout = 5000`,
  'SHOW statement_timeout',
  `SET statement_timeout TO '2min'`,
  'SHOW statement_timeout',
  'RESET statement_timeout',
  'SHOW statement_timeout',
]);
list.add('setting application_name', [
  `SET application_name = 'prisma-migrate'`,
  `SELECT current_setting('application_name') AS a`,
]);
list.add('setting search_path to schema', [
  `CREATE SCHEMA app`,
  `SET search_path TO app, public`,
  `CREATE TABLE t (id int)`,
  `SELECT table_schema AS s FROM information_schema.tables WHERE table_name = 't'`,
  'SHOW search_path',
]);
list.add('postgres.js fetch array types', [
  `select b.oid, b.typarray from pg_catalog.pg_type a left join pg_catalog.pg_type b on b.oid = a.typelem where a.typcategory = 'A' and b.oid < 10000 group by b.oid, b.typarray order by b.oid`,
]);
list.add('pg type oids of builtins', [
  `SELECT typname AS n, oid::int AS o, typarray::int AS a FROM pg_type WHERE typname IN ('bool', 'int2', 'int4', 'int8', 'text', 'varchar', 'numeric', 'float8', 'json', 'jsonb', 'uuid', 'timestamp', 'timestamptz', 'date', 'bytea', 'interval', 'time', 'oid', 'char', 'bpchar') ORDER BY 1`,
]);
list.add('pg type lookup hstore citext', [
  `SELECT typname AS n FROM pg_type WHERE typname IN ('hstore', 'citext', 'geometry')`,
]);
list.add('pg_extension list', [`SELECT extname AS n FROM pg_extension ORDER BY 1`]);
list.add('pg_available_extensions uuid-ossp', [
  `SELECT count(*) > 0 AS has FROM pg_available_extensions WHERE name = 'uuid-ossp'`,
]);
list.add('current_user and session_user', [
  `SELECT current_user = session_user AS same, current_user::text <> '' AS named`,
]);
list.add('current_schema function', [`SELECT current_schema AS a, current_schema() AS b`]);
list.add(
  'has_table_privilege',
  [`SELECT has_table_privilege('account', 'SELECT') AS s, has_schema_privilege('public', 'USAGE') AS u`],
  INTRO,
);
list.add('pg_is_in_recovery', [`SELECT pg_is_in_recovery() AS r`]);
list.add('txid and xact status', [
  'BEGIN',
  `SELECT txid_current_if_assigned() IS NULL AS none_yet`,
  'CREATE TEMP TABLE x (i int)',
  `SELECT txid_current_if_assigned() IS NOT NULL AS assigned`,
  'ROLLBACK',
]);

// ---------------------------------------------------------------- Slonik / postgres.js bulk parameters
const sl = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = SHOP_DATA) =>
  list.add(`slonik ${name}`, steps, setup);
sl('unnest bulk insert', [
  withParams(
    `insert into "pet" ("name", "owner_id", "species") select * from unnest($1::"text"[], $2::"int4"[], $3::"text"[]) returning "id", "name"`,
    ['a', 'b', 'c'],
    [1, 2, 4],
    ['x', 'y', 'z'],
  ),
]);
sl('unnest bulk insert with nulls', [
  withParams(
    `insert into "person" ("first_name", "last_name", "gender", "age") select * from unnest($1::text[], $2::text[], $3::text[], $4::int4[]) returning "first_name", "last_name", "age"`,
    ['n1', 'n2'],
    [null, 'L'],
    ['g', 'g'],
    [null, 7],
  ),
]);
sl('unnest lengths differ', [
  withParams(
    `select * from unnest($1::int4[], $2::text[]) as t(id, name) order by 1 nulls last`,
    [1, 2, 3],
    ['a'],
  ),
]);
sl('unnest timestamptz array', [
  withParams(`select t.v as v from unnest($1::timestamptz[]) as t(v) order by 1`, [
    '2024-01-01T00:00:00.000Z',
    '2023-06-15T12:30:00.500+02:00',
  ]),
]);
sl('unnest jsonb array of objects', [
  withParams(
    `select t.v as v, jsonb_typeof(t.v) as ty from unnest($1::jsonb[]) with ordinality as t(v, o) order by t.o`,
    [JSON.stringify({ a: 1 }), JSON.stringify([1, 'two']), '"s"', 'null'],
  ),
]);
sl('unnest bool numeric arrays', [
  withParams(
    `select * from unnest($1::bool[], $2::numeric[]) as t(b, n)`,
    [true, false, null],
    ['1.50', '-0.0001', null],
  ),
]);
sl('unnest text array with quotes', [
  withParams(
    `select t.v as v, length(t.v) as l from unnest($1::text[]) with ordinality as t(v, o) order by t.o`,
    ['a,b', 'say "hi"', 'back\\slash', '{braces}', '', 'NULL', ' spaced '],
  ),
]);
sl('unnest upsert', [
  withParams(
    `insert into "pet" ("id", "name", "owner_id", "species") select * from unnest($1::int[], $2::text[], $3::int[], $4::text[]) on conflict ("id") do update set "name" = excluded."name" returning "id", "name"`,
    [1, 77],
    ['one', 'seventy-seven'],
    [1, 2],
    ['cat', 'dog'],
  ),
]);
sl('unnest bulk update from', [
  withParams(
    `update "toy" set "price" = u.price from unnest($1::int[], $2::numeric[]) as u(id, price) where "toy"."id" = u.id returning "toy"."id", "toy"."price"`,
    [1, 2],
    ['9.99', '0.01'],
  ),
]);
sl('unnest bulk delete', [
  withParams(
    `delete from "toy" where ("pet_id", "name") in (select * from unnest($1::int[], $2::text[])) returning "id"`,
    [1, 2],
    ['ball', 'bone'],
  ),
]);
sl('any int array param', [
  withParams(`select "id" from "pet" where "id" = any($1::"int4"[]) order by "id"`, [2, 3, 99]),
]);
sl('any untyped param int column', [
  withParams(`select "id" from "pet" where "id" = any($1) order by "id"`, [1, 4]),
]);
sl('any untyped param text column', [
  withParams(`select "id" from "person" where "first_name" = any($1) order by "id"`, ['Zoë', 'Jennifer']),
]);
sl('any array with null element', [
  withParams(`select "id" from "pet" where "owner_id" = any($1::int[]) order by "id"`, [null, 2]),
]);
sl('not all array', [
  withParams(`select "id" from "pet" where "id" <> all($1::int[]) order by "id"`, [1, 2]),
]);
sl('all with null gives no rows', [
  withParams(`select "id" from "pet" where "id" <> all($1::int[]) order by "id"`, [1, null]),
]);
sl('array_position order', [
  withParams(
    `select "id" from "pet" where "id" = any($1::int[]) order by array_position($1::int[], "id")`,
    [3, 1, 2],
  ),
]);
sl('sql.json param', [
  withParams(`select $1::json as j, $1::jsonb as jb`, JSON.stringify({ b: 1, a: [2, { c: null }], d: 1.0 })),
]);
sl('sql.jsonb object param', [withParams(`select $1::jsonb -> 'k' as v`, { k: { nested: [1, 2, 3] } })]);
sl('sql.date param', [withParams(`select $1::date as d, $1::date + 1 as next`, '2024-02-28')]);
sl('sql.timestamp to_timestamp', [withParams(`select to_timestamp($1) as t`, 1704067200.123)]);
sl('sql.interval make_interval', [
  withParams(`select make_interval("days" => $1, "hours" => $2) as i`, 2, 3),
]);
sl('sql.identifier qualified', [`select count(*) as n from "public"."pet"`]);
sl('sql.array of text typed', [
  withParams(`select $1::text[] as a, cardinality($1::text[]) as n`, ['x', 'y', null]),
]);
sl('sql.array empty', [
  withParams(`select $1::int4[] as a, cardinality($1::int4[]) as n, array_length($1::int4[], 1) as l`, []),
]);
sl('nested array param 2d', [
  withParams(`select $1::int[] as a, array_dims($1::int[]) as d`, [
    [1, 2],
    [3, 4],
  ]),
]);
sl('postgres.js multi-row insert helper', [
  withParams(
    `insert into "person" ("first_name","gender","age") values ($1,$2,$3),($4,$5,$6) returning "id","first_name"`,
    'p1',
    'g',
    1,
    'p2',
    'g',
    null,
  ),
]);
sl('postgres.js in helper', [
  withParams(`select "id" from "pet" where "id" in ($1,$2,$3) order by "id"`, 3, 2, 9),
]);
sl('postgres.js update helper', [
  withParams(`update "person" set "first_name"=$1,"age"=$2 where "id" = $3 returning *`, 'Jen', 56, 1),
]);
sl('bytea param hex', [withParams(`select $1::bytea as b, length($1::bytea) as l`, '\\xdeadbeef')]);
sl('int8 param from string', [withParams(`select $1::int8 + 1 as v`, '9223372036854775806')]);
sl('int8 param overflow', [withParams(`select $1::int8 + 1 as v`, '9223372036854775807')]);
sl('numeric param precision', [withParams(`select $1::numeric * 3 as v`, '0.1000000000000000000001')]);
sl('float param', [withParams(`select $1::float8 as v, $2::float4 as w`, 0.1, 1e-7)]);
sl('boolean text params', [
  withParams(`select $1::bool as a, $2::bool as b, $3::bool as c`, 'yes', 'off', 't'),
]);
sl('uuid param upper', [withParams(`select $1::uuid as u`, '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}')]);
sl('uuid param invalid', [withParams(`select $1::uuid as u`, 'not-a-uuid')]);

// ---------------------------------------------------------------- node-pg-migrate
const NPM_LOCK = 7241865325823964;
const NPM_TABLE = `CREATE TABLE "public"."pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`;
list.add('node-pg-migrate lock', [
  `SELECT pg_try_advisory_lock(${NPM_LOCK}) AS "lockObtained"`,
  `SELECT pg_try_advisory_lock(${NPM_LOCK}) AS "lockObtained"`,
  `SELECT pg_advisory_unlock(${NPM_LOCK}) AS "lockReleased"`,
  `SELECT pg_advisory_unlock(${NPM_LOCK}) AS "lockReleased"`,
  `SELECT pg_advisory_unlock(${NPM_LOCK}) AS "lockReleased"`,
]);
list.add('node-pg-migrate ensure table', [
  `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'`,
  NPM_TABLE,
  `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations'`,
  `SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY'`,
]);
list.add('node-pg-migrate run and list', [
  NPM_TABLE,
  `SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id`,
  'BEGIN',
  `CREATE TABLE "users" (\n  "id" serial PRIMARY KEY,\n  "name" varchar(1000) NOT NULL,\n  "createdAt" timestamp DEFAULT current_timestamp NOT NULL\n);`,
  `CREATE TABLE "posts" (\n  "id" serial PRIMARY KEY,\n  "userId" integer NOT NULL REFERENCES "users" ON DELETE CASCADE,\n  "body" text NOT NULL\n);\nCREATE INDEX "posts_userId_index" ON "posts" ("userId");`,
  `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('1700000000000_init', NOW());`,
  'COMMIT',
  `SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id`,
  `SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'f'`,
]);
list.add('node-pg-migrate down', [
  NPM_TABLE,
  `INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('a', '2024-01-01'), ('b', '2024-01-02');`,
  `DELETE FROM "public"."pgmigrations" WHERE name='b';`,
  `SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id`,
]);
list.add('node-pg-migrate DDL helpers', [
  `CREATE TYPE "mood" AS ENUM ('sad', 'ok');`,
  `CREATE TABLE "t" ("id" serial PRIMARY KEY, "m" "mood" DEFAULT 'ok', "data" jsonb);`,
  `ALTER TABLE "t" ADD "extra" text;`,
  `ALTER TABLE "t" ADD CONSTRAINT "t_extra_check" CHECK (extra <> '');`,
  `COMMENT ON COLUMN "t"."extra" IS $pga$note's$pga$;`,
  `ALTER TABLE "t" ALTER "extra" SET DATA TYPE varchar(10);`,
  `CREATE UNIQUE INDEX CONCURRENTLY "t_extra_unique_index" ON "t" ("extra");`,
  `SELECT column_name AS c, data_type AS d, character_maximum_length AS l FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`,
]);
list.add('node-pg-migrate create index concurrently in tx', [
  'BEGIN',
  `CREATE TABLE "t" ("id" int)`,
  `CREATE INDEX CONCURRENTLY "t_id_index" ON "t" ("id")`,
  'ROLLBACK',
]);

export default list.cases;
