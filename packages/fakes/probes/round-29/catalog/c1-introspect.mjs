const S = `CREATE TYPE mood AS ENUM ('sad','ok','happy');
CREATE TABLE users(id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, age int2 DEFAULT 18, score numeric(10,2), balance numeric, created_at timestamptz NOT NULL DEFAULT now(), m mood DEFAULT 'ok', tags text[], data jsonb, flag boolean DEFAULT false, code char(3), b bytea, u uuid, f float8, r real, big int8 GENERATED ALWAYS AS IDENTITY, g int GENERATED ALWAYS AS (age * 2) STORED);
CREATE TABLE posts(id bigserial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id) ON DELETE CASCADE, title varchar(100) NOT NULL, body text, CONSTRAINT title_len CHECK (char_length(title) > 0));
CREATE INDEX posts_user_idx ON posts(user_id);
CREATE UNIQUE INDEX posts_title_lower ON posts (lower(title)) WHERE body IS NOT NULL;
CREATE VIEW active_users AS SELECT id, email FROM users WHERE flag;
CREATE SEQUENCE counter START 5 INCREMENT 2;
COMMENT ON TABLE users IS 'the users';
COMMENT ON COLUMN users.email IS 'login';`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'is columns users all',
    `SELECT column_name, ordinal_position, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, numeric_precision_radix, datetime_precision, is_nullable, column_default, is_identity, identity_generation, is_generated, generation_expression, is_updatable FROM information_schema.columns WHERE table_name = 'users' ORDER BY ordinal_position`,
  ),
  c(
    'is columns posts',
    `SELECT column_name, data_type, udt_name, character_maximum_length, character_octet_length, is_nullable, column_default FROM information_schema.columns WHERE table_schema='public' AND table_name = 'posts' ORDER BY ordinal_position`,
  ),
  c(
    'is columns view',
    `SELECT column_name, data_type, is_nullable, is_updatable FROM information_schema.columns WHERE table_name = 'active_users' ORDER BY ordinal_position`,
  ),
  c(
    'is tables',
    `SELECT table_catalog = current_database() AS cat, table_schema, table_name, table_type, is_insertable_into, is_typed FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  ),
  c(
    'is table_constraints',
    `SELECT constraint_name, constraint_type, table_name, is_deferrable, initially_deferred, enforced FROM information_schema.table_constraints WHERE table_schema='public' AND constraint_type <> 'CHECK' ORDER BY table_name, constraint_name`,
  ),
  c(
    'is check_constraints',
    `SELECT cc.constraint_name, cc.check_clause FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) WHERE tc.table_name='posts' ORDER BY 1`,
  ),
  c(
    'is key_column_usage',
    `SELECT constraint_name, table_name, column_name, ordinal_position, position_in_unique_constraint FROM information_schema.key_column_usage WHERE table_schema='public' ORDER BY constraint_name, ordinal_position`,
  ),
  c(
    'is referential_constraints',
    `SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema='public'`,
  ),
  c(
    'is constraint_column_usage',
    `SELECT table_name, column_name, constraint_name FROM information_schema.constraint_column_usage WHERE table_schema='public' ORDER BY constraint_name, column_name`,
  ),
  c(
    'is views',
    `SELECT table_name, view_definition, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_schema='public'`,
  ),
  c(
    'is sequences',
    `SELECT sequence_name, data_type, numeric_precision, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_schema='public' ORDER BY 1`,
  ),
  c(
    'is schemata',
    `SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT LIKE 'pg_temp%' AND schema_name NOT LIKE 'pg_toast_temp%' ORDER BY 1`,
  ),
  c(
    'is routines',
    `CREATE FUNCTION add1(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + 1'`,
    `SELECT routine_name, routine_type, data_type, routine_body, external_language, is_deterministic, security_type FROM information_schema.routines WHERE routine_schema='public'`,
  ),
  c(
    'is parameters',
    `CREATE FUNCTION add2(a int, INOUT b text DEFAULT 'x', OUT c int) LANGUAGE sql AS 'SELECT b, a'`,
    `SELECT p.parameter_name, p.parameter_mode, p.data_type, p.ordinal_position, p.parameter_default FROM information_schema.parameters p JOIN information_schema.routines r USING (specific_name) WHERE r.routine_name='add2' ORDER BY ordinal_position`,
  ),
  c(
    'is element_types',
    `SELECT c.column_name, e.data_type FROM information_schema.columns c LEFT JOIN information_schema.element_types e ON ((c.table_catalog, c.table_schema, c.table_name, 'TABLE', c.dtd_identifier) = (e.object_catalog, e.object_schema, e.object_name, e.object_type, e.collection_type_identifier)) WHERE c.table_name = 'users' AND c.data_type='ARRAY'`,
  ),
  c(
    'pg_class kinds',
    `SELECT c.relname, c.relkind, c.relpersistence, c.relhasindex, c.relnatts, c.relchecks FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace WHERE n.nspname='public' ORDER BY relname`,
  ),
  c(
    'pg_attribute users',
    `SELECT attname, atttypid::regtype, attnum, attnotnull, atthasdef, attidentity, attgenerated, atttypmod, attndims, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid='users'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
  ),
  c(
    'pg_attribute dropped',
    `ALTER TABLE users DROP COLUMN name`,
    `SELECT attname, attisdropped, atttypid FROM pg_attribute WHERE attrelid='users'::regclass AND attnum = 3`,
  ),
  c(
    'pg_index',
    `SELECT i.indexrelid::regclass, i.indisunique, i.indisprimary, i.indnatts, i.indkey::text, i.indpred IS NOT NULL AS partial, i.indexprs IS NOT NULL AS expr FROM pg_index i WHERE i.indrelid='posts'::regclass ORDER BY 1::text`,
  ),
  c(
    'pg_get_indexdef',
    `SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid='posts'::regclass ORDER BY 1`,
  ),
  c(
    'pg_get_indexdef col',
    `SELECT pg_get_indexdef('posts_title_lower'::regclass, 1, true), pg_get_indexdef('posts_title_lower'::regclass, 0, true)`,
  ),
  c(
    'pg_constraint',
    `SELECT conname, contype, pg_get_constraintdef(oid), pg_get_constraintdef(oid, true), conkey, confkey, confupdtype, confdeltype, confmatchtype, condeferrable FROM pg_constraint WHERE conrelid IN ('users'::regclass, 'posts'::regclass) ORDER BY conname`,
  ),
  c(
    'pg_attrdef',
    `SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid=d.adrelid AND a.attnum=d.adnum WHERE d.adrelid='users'::regclass ORDER BY a.attnum`,
  ),
  c(
    'pg_type enum',
    `SELECT t.typname, t.typtype, t.typcategory, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid=t.oid WHERE t.typname='mood' ORDER BY e.enumsortorder`,
  ),
  c(
    'pg_type array of enum',
    `SELECT typname, typcategory, typelem::regtype FROM pg_type WHERE typname = '_mood'`,
  ),
  c(
    'enum_range',
    `SELECT enum_range(NULL::mood), enum_first(NULL::mood), enum_last(NULL::mood), enum_range('ok'::mood, NULL)`,
  ),
  c(
    'pg_description',
    `SELECT objsubid, description FROM pg_description WHERE objoid='users'::regclass ORDER BY objsubid`,
  ),
  c(
    'obj col description',
    `SELECT obj_description('users'::regclass), obj_description('users'::regclass, 'pg_class'), col_description('users'::regclass, 2), col_description('users'::regclass, 3), obj_description('posts'::regclass, 'pg_class')`,
  ),
  c(
    'comment null removes',
    `COMMENT ON TABLE users IS NULL`,
    `COMMENT ON COLUMN users.email IS ''`,
    `SELECT obj_description('users'::regclass, 'pg_class'), col_description('users'::regclass, 2)`,
  ),
  c(
    'pg_sequences',
    `SELECT sequencename, data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences WHERE schemaname='public' ORDER BY 1`,
  ),
  c(
    'pg_sequences after nextval',
    `SELECT nextval('counter'), nextval('counter')`,
    `SELECT last_value FROM pg_sequences WHERE sequencename='counter'`,
    `SELECT last_value, is_called, log_cnt FROM counter`,
  ),
  c(
    'pg_indexes',
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public' ORDER BY indexname`,
  ),
  c(
    'pg_tables',
    `SELECT tablename, tableowner = current_user AS own, hasindexes, hasrules, hastriggers, rowsecurity FROM pg_tables WHERE schemaname='public' ORDER BY 1`,
  ),
  c('pg_views', `SELECT viewname, definition FROM pg_views WHERE schemaname='public'`),
  c(
    'pg_get_viewdef',
    `SELECT pg_get_viewdef('active_users'::regclass), pg_get_viewdef('active_users'::regclass, true)`,
  ),
  c(
    'pg_stat_user_tables exists',
    `SELECT relname, seq_scan >= 0 AS s, n_live_tup >= 0 AS n FROM pg_stat_user_tables WHERE schemaname='public' ORDER BY relname`,
  ),
  c(
    'format_type variants',
    `SELECT format_type('int4'::regtype, NULL), format_type('varchar'::regtype, 259), format_type('numeric'::regtype, 655366), format_type('timestamptz'::regtype, 3), format_type('bpchar'::regtype, -1), format_type('_int4'::regtype, NULL), format_type(0, NULL), format_type(NULL, NULL), format_type('mood'::regtype, NULL), format_type('bit'::regtype, 8), format_type('interval'::regtype, 2147418114)`,
  ),
  c(
    'pg_get_serial_sequence',
    `SELECT pg_get_serial_sequence('users', 'id'), pg_get_serial_sequence('public.posts', 'id'), pg_get_serial_sequence('users', 'big'), pg_get_serial_sequence('users', 'email')`,
  ),
  c('pg_get_serial_sequence missing col', `SELECT pg_get_serial_sequence('users', 'nope')`),
  c('pg_get_serial_sequence missing table', `SELECT pg_get_serial_sequence('nope', 'id')`),
  c(
    'pg_get_serial_sequence quoted',
    `CREATE TABLE "Mixed"("Id" serial)`,
    `SELECT pg_get_serial_sequence('"Mixed"', 'Id'), pg_get_serial_sequence('Mixed', 'Id')`,
  ),
  c(
    'to_regclass',
    `SELECT to_regclass('users'), to_regclass('public.users'), to_regclass('nope'), to_regclass('nope.users'), to_regclass('users_pkey'), to_regclass('counter')::text`,
  ),
  c('to_regclass param', {
    sql: 'SELECT to_regclass($1) AS r, to_regclass($1)::oid > 0 AS ok',
    params: ['public.posts'],
  }),
  c(
    'to_regtype',
    `SELECT to_regtype('int'), to_regtype('integer[]'), to_regtype('mood'), to_regtype('nope'), to_regtype('character varying(10)'), to_regproc('now'), to_regprocedure('lower(text)'), to_regnamespace('public'), to_regrole('nope')`,
  ),
  c(
    'regclass text out',
    `SET search_path = pg_catalog`,
    `SELECT 'public.users'::regclass::text, 'pg_class'::regclass::text`,
  ),
  c('regclass missing', `SELECT 'nope'::regclass`),
  c(
    'regtype text',
    `SELECT 'int4'::regtype, 'integer'::regtype::text, 'varchar(3)'::regtype, 'double precision'::regtype, 'timestamptz'::regtype, 'int8[]'::regtype, '"char"'::regtype, 'bool'::regtype::oid`,
  ),
  c('regtype missing', `SELECT 'nosuchtype'::regtype`),
  c('regproc', `SELECT 'now'::regproc, 'lower(text)'::regprocedure, 'upper'::regproc::oid > 0`),
  c('regproc ambiguous', `SELECT 'lower'::regproc`),
  c(
    'pg_typeof various',
    `SELECT pg_typeof(1), pg_typeof(1::int8), pg_typeof(1.5), pg_typeof('a'), pg_typeof('a'::text), pg_typeof(now()), pg_typeof(NULL), pg_typeof(ARRAY[1]), pg_typeof(row(1,2)), pg_typeof('{}'::jsonb), pg_typeof(current_date), pg_typeof(1::mood)`,
  ),
  c(
    'pg_typeof enum',
    `SELECT pg_typeof('ok'::mood), pg_typeof(m), pg_typeof(tags), pg_typeof(code) FROM users`,
  ),
  c('pg_typeof param', { sql: 'SELECT pg_typeof($1) AS t, pg_typeof($2::int) AS u', params: ['x', 1] }),
  c(
    'pg_column_size',
    `SELECT pg_column_size(1::int2), pg_column_size(1::int4), pg_column_size(1::int8), pg_column_size('abc'::text), pg_column_size(now()), pg_column_size(NULL::int), pg_column_size(true), pg_column_size('{"a":1}'::jsonb), pg_column_size(1.5::numeric), pg_column_size('00000000-0000-0000-0000-000000000000'::uuid)`,
  ),
  c(
    'session identity',
    `SELECT current_schema, current_schema(), current_schemas(false), current_schemas(true), current_database() = 'postgres' OR true AS db, current_user = session_user AS same, user = current_user AS u, current_catalog = current_database() AS cc`,
  ),
  c(
    'current_schema after search_path',
    `SET search_path TO nope, public`,
    `SELECT current_schema(), current_schemas(false)`,
    `SET search_path TO nope`,
    `SELECT current_schema(), current_schemas(false), current_schemas(true)`,
  ),
  c(
    'version and pid',
    `SELECT version() LIKE 'PostgreSQL 15.%' AS v, pg_backend_pid() > 0 AS pid, pg_typeof(pg_backend_pid()), current_setting('server_version_num')::int / 10000 AS major, current_setting('server_version') LIKE '15.%' AS sv`,
  ),
  c(
    'txid types',
    `SELECT pg_typeof(txid_current()), pg_typeof(pg_current_xact_id()), pg_typeof(txid_current_if_assigned()), pg_typeof(pg_current_snapshot()), pg_typeof(txid_current_snapshot())`,
  ),
  c(
    'txid values',
    `BEGIN`,
    `SELECT txid_current_if_assigned() IS NULL AS a`,
    `SELECT txid_current() = pg_current_xact_id()::text::bigint AS same`,
    `SELECT txid_current_if_assigned() IS NOT NULL AS b, pg_current_xact_id_if_assigned() IS NOT NULL AS c`,
    `COMMIT`,
  ),
  c(
    'inet_server_port',
    `SELECT pg_typeof(inet_server_port()), pg_typeof(inet_server_addr()), pg_typeof(inet_client_addr())`,
  ),
  c(
    'has_table_privilege',
    `SELECT has_table_privilege('users', 'SELECT'), has_table_privilege('public.users', 'INSERT,UPDATE'), has_table_privilege(current_user, 'users', 'DELETE'), has_schema_privilege('public', 'CREATE'), has_column_privilege('users', 'email', 'SELECT'), has_sequence_privilege('counter', 'USAGE'), has_function_privilege('now()', 'EXECUTE'), has_database_privilege(current_database(), 'CONNECT')`,
  ),
  c('has_table_privilege bad', `SELECT has_table_privilege('users', 'FLY')`),
  c('has_table_privilege missing', `SELECT has_table_privilege('nope', 'SELECT')`),
  c(
    'pg_table_is_visible',
    `SELECT c.relname FROM pg_class c WHERE pg_table_is_visible(c.oid) AND c.relnamespace = 'public'::regnamespace AND c.relkind='r' ORDER BY 1`,
  ),
  c(
    'pg_relation_size types',
    `SELECT pg_typeof(pg_relation_size('users')), pg_typeof(pg_total_relation_size('users')), pg_size_pretty(1024::bigint), pg_size_pretty(1536::numeric), pg_size_pretty(10485760::bigint), pg_size_bytes('1 MB')`,
  ),
  c(
    'pg_get_functiondef',
    `CREATE FUNCTION add1(a int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + 1'`,
    `SELECT pg_get_functiondef('add1'::regproc), pg_get_function_arguments('add1'::regproc), pg_get_function_result('add1'::regproc), pg_get_function_identity_arguments('add1'::regproc)`,
  ),
  c(
    'pg_proc lookup',
    `CREATE FUNCTION add1(a int) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + 1'`,
    `SELECT proname, prokind, provolatile, proisstrict, pronargs, prorettype::regtype, proargtypes::text, prosrc, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid=p.prolang WHERE proname='add1'`,
  ),
  c(
    'pg_namespace',
    `CREATE SCHEMA app`,
    `SELECT nspname FROM pg_namespace WHERE nspname IN ('public','app','pg_catalog','information_schema') ORDER BY 1`,
  ),
  c(
    'pg_settings search_path',
    `SELECT name, setting, unit, context, vartype FROM pg_settings WHERE name IN ('search_path','TimeZone','statement_timeout','DateStyle','IntervalStyle','extra_float_digits','application_name','client_min_messages','max_connections') ORDER BY name`,
  ),
];
