// Round 17 probe, part F: PostgreSQL 15 docs 9.27 (system information functions) and 9.11
// (geometric functions and operators, lightly). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 functions: ');
const q = (name: string, expr: string) => list.select(name, expr);
const s = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- 9.27 session information
q('current_database', `current_database() IS NOT NULL`);
q('current_database typeof', `pg_typeof(current_database())::text`);
q('current_catalog', `current_catalog = current_database()`);
q('current_schema', `current_schema()`);
q('current_schema no parens', `current_schema`);
q('current_schema typeof', `pg_typeof(current_schema)::text`);
q('current_schemas false', `current_schemas(false)`);
q('current_schemas true', `current_schemas(true)`);
q('current_schemas typeof', `pg_typeof(current_schemas(false))::text`);
q('current_user', `current_user`);
q('current_user typeof', `pg_typeof(current_user)::text`);
q('current_role', `current_role`);
q('session_user', `session_user`);
q('user', `user`);
q('current_user with parens errors', `current_user()`);
q('current_query', `current_query()`);
q('pg_backend_pid positive', `pg_backend_pid() > 0`);
q('inet_server_addr', `inet_server_addr() IS NULL OR true`);
q('pg_postmaster_start_time', `pg_postmaster_start_time() < now() + interval '1 day'`);
q('version prefix', `substr(version(), 1, 14)`);
q('server_version_num', `current_setting('server_version_num')::int / 10000`);
q('pg_trigger_depth', `pg_trigger_depth()`);
q('pg_current_xact_id positive', `pg_current_xact_id()::text::bigint > 0`);
q('txid_current positive', `txid_current() > 0`);
q('pg_is_in_recovery', `pg_is_in_recovery()`);
q('pg_jit_available', `pg_jit_available() IS NOT NULL`);
q('pg_listening_channels', `(SELECT count(*) FROM pg_listening_channels())`);
q('pg_notification_queue_usage', `pg_notification_queue_usage()`);
q('pg_conf_load_time', `pg_conf_load_time() IS NOT NULL`);
q('pg_my_temp_schema', `pg_my_temp_schema()::int`);
q('pg_is_other_temp_schema', `pg_is_other_temp_schema('public'::regnamespace)`);
q('current_setting', `current_setting('datestyle')`);
q('current_setting missing errors', `current_setting('no.such_setting')`);
q('current_setting missing ok', `current_setting('no.such_setting', true) IS NULL`);
q('current_setting unknown builtin errors', `current_setting('nosuch')`);
q('set_config', `set_config('app.x', 'v', false)`);
q('set_config then read', `set_config('app.x', 'v', false) || current_setting('app.x')`);
q('set_config bad name errors', `set_config('nosuch', 'v', false)`);
q('current_setting search_path', `current_setting('search_path')`);

// ---------------------------------------------------------------- 9.27 access privilege
const table = 'CREATE TABLE t (id int, x text)';
s('has_table_privilege', [`SELECT has_table_privilege('t', 'SELECT') AS v`], table);
s('has_table_privilege user', [`SELECT has_table_privilege('postgres', 't', 'INSERT') AS v`], table);
s('has_table_privilege multiple', [`SELECT has_table_privilege('t', 'SELECT, UPDATE') AS v`], table);
s(
  'has_table_privilege with grant option',
  [`SELECT has_table_privilege('t', 'SELECT WITH GRANT OPTION') AS v`],
  table,
);
s('has_table_privilege bad privilege errors', [`SELECT has_table_privilege('t', 'FLY') AS v`], table);
s('has_table_privilege missing table errors', [`SELECT has_table_privilege('nope', 'SELECT') AS v`], table);
s(
  'has_table_privilege missing user errors',
  [`SELECT has_table_privilege('nobody', 't', 'SELECT') AS v`],
  table,
);
s('has_table_privilege lowercase', [`SELECT has_table_privilege('t', 'select') AS v`], table);
s('has_column_privilege', [`SELECT has_column_privilege('t', 'x', 'SELECT') AS v`], table);
s(
  'has_column_privilege missing column errors',
  [`SELECT has_column_privilege('t', 'nope', 'SELECT') AS v`],
  table,
);
s('has_column_privilege attnum', [`SELECT has_column_privilege('t', 1::int2, 'SELECT') AS v`], table);
s('has_any_column_privilege', [`SELECT has_any_column_privilege('t', 'UPDATE') AS v`], table);
s('has_schema_privilege', [`SELECT has_schema_privilege('public', 'CREATE') AS v`], table);
s('has_schema_privilege usage', [`SELECT has_schema_privilege('public', 'USAGE') AS v`], table);
s('has_schema_privilege missing errors', [`SELECT has_schema_privilege('nope', 'USAGE') AS v`], table);
s('has_database_privilege', [`SELECT has_database_privilege(current_database(), 'CONNECT') AS v`], table);
s('has_database_privilege temp', [`SELECT has_database_privilege(current_database(), 'TEMP') AS v`], table);
s('has_sequence_privilege', [`SELECT has_sequence_privilege('s', 'USAGE') AS v`], 'CREATE SEQUENCE s');
s('has_sequence_privilege on table errors', [`SELECT has_sequence_privilege('t', 'USAGE') AS v`], table);
s('has_function_privilege', [`SELECT has_function_privilege('now()', 'EXECUTE') AS v`], table);
s(
  'has_function_privilege missing errors',
  [`SELECT has_function_privilege('nope()', 'EXECUTE') AS v`],
  table,
);
s('has_type_privilege', [`SELECT has_type_privilege('int4', 'USAGE') AS v`], table);
s('has_language_privilege', [`SELECT has_language_privilege('plpgsql', 'USAGE') AS v`], table);
s('has_tablespace_privilege', [`SELECT has_tablespace_privilege('pg_default', 'CREATE') AS v`], table);
s('pg_has_role', [`SELECT pg_has_role('postgres', 'MEMBER') AS v`], table);
s('pg_has_role usage', [`SELECT pg_has_role(current_user, 'postgres', 'USAGE') AS v`], table);
s('row_security_active', [`SELECT row_security_active('t') AS v`], table);
s(
  'has_table_privilege after revoke',
  [`SELECT has_table_privilege('r17u', 't', 'SELECT') AS v`],
  `${table}; DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'r17u') THEN CREATE ROLE r17u; END IF; END $$`,
);

// ---------------------------------------------------------------- 9.27 schema visibility and catalog info
s('pg_table_is_visible', [`SELECT pg_table_is_visible('t'::regclass) AS v`], table);
s('pg_type_is_visible', [`SELECT pg_type_is_visible('int4'::regtype) AS v`], table);
s('pg_function_is_visible', [`SELECT pg_function_is_visible('now()'::regprocedure) AS v`], table);
q('pg_typeof int', `pg_typeof(33)::text`);
q('pg_typeof text literal', `pg_typeof('a')::text`);
q('pg_typeof typed text', `pg_typeof('a'::text)::text`);
q('pg_typeof null', `pg_typeof(NULL)::text`);
q('pg_typeof numeric', `pg_typeof(1.5)::text`);
q('pg_typeof large int', `pg_typeof(3000000000)::text`);
q('pg_typeof bool', `pg_typeof(true)::text`);
q('pg_typeof array', `pg_typeof(ARRAY[1])::text`);
q('pg_typeof row', `pg_typeof(ROW(1, 'a'))::text`);
q('pg_typeof varchar typmod', `pg_typeof('a'::varchar(5))::text`);
q('pg_typeof numeric typmod', `pg_typeof(1::numeric(5,2))::text`);
q('pg_typeof timestamp', `pg_typeof(now())::text`);
q('pg_typeof interval', `pg_typeof(interval '1 day')::text`);
q('pg_typeof jsonb', `pg_typeof('{}'::jsonb)::text`);
q('pg_typeof regtype', `pg_typeof(pg_typeof(1))::text`);
q('pg_typeof no cast', `pg_typeof(1)`);
q('pg_typeof compared with regtype', `pg_typeof(1) = 'integer'::regtype`);
q('pg_typeof char', `pg_typeof('a'::char)::text`);
q('pg_typeof name', `pg_typeof(current_user)::text`);
q('pg_typeof int2 arith', `pg_typeof(1::int2 * 2)::text`);
q('pg_typeof float4', `pg_typeof(1::real)::text`);
q('pg_typeof double', `pg_typeof(1e2)::text`);
q('pg_typeof cast text', `pg_typeof(1)::text || '!'`);
s(
  'pg_typeof column',
  [`SELECT pg_typeof(id)::text AS a, pg_typeof(x)::text AS b FROM t`],
  `${table}; INSERT INTO t VALUES (1, 'a')`,
);
s(
  'pg_typeof varchar column',
  [`SELECT pg_typeof(v)::text AS v FROM t`],
  `CREATE TABLE t (v varchar(10)); INSERT INTO t VALUES ('a')`,
);
s(
  'pg_typeof serial column',
  [`SELECT pg_typeof(id)::text AS v FROM t`],
  `CREATE TABLE t (id bigserial); INSERT INTO t DEFAULT VALUES`,
);
q('format_type int4', `format_type('int4'::regtype, NULL)`);
q('format_type varchar typmod', `format_type('varchar'::regtype, 14)`);
q('format_type numeric typmod', `format_type('numeric'::regtype, 655366)`);
q('format_type numeric no typmod', `format_type('numeric'::regtype, -1)`);
q('format_type timestamp typmod', `format_type('timestamp'::regtype, 3)`);
q('format_type timestamptz', `format_type('timestamptz'::regtype, NULL)`);
q('format_type bpchar', `format_type('bpchar'::regtype, 9)`);
q('format_type int array', `format_type('int4[]'::regtype, NULL)`);
q('format_type null oid', `format_type(NULL, NULL) IS NULL`);
q('format_type bad oid', `format_type(0, NULL)`);
q('format_type huge oid', `format_type(999999, NULL)`);
q('format_type bit typmod', `format_type('bit'::regtype, 8)`);
q('format_type interval', `format_type('interval'::regtype, NULL)`);
q('format_type char', `format_type('"char"'::regtype, NULL)`);
q('format_type double', `format_type('float8'::regtype, NULL)`);
q('format_type bool', `format_type('bool'::regtype, NULL)`);
s(
  'format_type of column',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'c'`,
  ],
  'CREATE TABLE t (c numeric(12,4))',
);
s(
  'format_type of varchar column',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'c'`,
  ],
  'CREATE TABLE t (c varchar(40))',
);
s(
  'format_type of enum column',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'c'`,
  ],
  `CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (c mood)`,
);
s(
  'format_type of array column',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'c'`,
  ],
  'CREATE TABLE t (c text[])',
);
s(
  'format_type of timestamptz column',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'c'`,
  ],
  'CREATE TABLE t (c timestamptz(3))',
);
s('to_regclass', [`SELECT to_regclass('t')::text AS v`], table);
s('to_regclass missing', [`SELECT to_regclass('nope') IS NULL AS v`], table);
s('to_regclass schema', [`SELECT to_regclass('public.t')::text AS v`], table);
s('to_regclass bad schema', [`SELECT to_regclass('nope.t') IS NULL AS v`], table);
s('to_regclass quoted', [`SELECT to_regclass('"T"')::text AS v`], 'CREATE TABLE "T" (id int)');
s('to_regclass case fold', [`SELECT to_regclass('T')::text AS v`], table);
s('to_regclass index', [`SELECT to_regclass('t_pkey')::text AS v`], 'CREATE TABLE t (id int PRIMARY KEY)');
s('to_regclass sequence', [`SELECT to_regclass('s')::text AS v`], 'CREATE SEQUENCE s');
s('to_regclass syntax error', [`SELECT to_regclass('a b') AS v`], table);
s('to_regclass typeof', [`SELECT pg_typeof(to_regclass('t'))::text AS v`], table);
s('to_regclass text argument', [`SELECT to_regclass('t'::text)::text AS v`], table);
s('to_regclass catalog', [`SELECT to_regclass('pg_class')::text AS v`], table);
s('regclass cast missing errors', [`SELECT 'nope'::regclass AS v`], table);
s('regclass cast', [`SELECT 't'::regclass::text AS v`], table);
s('regclass cast schema qualified output', [`SELECT 'public.t'::regclass::text AS v`], table);
s(
  'regclass cast other schema output',
  [`SELECT 'x.t'::regclass::text AS v`],
  `CREATE SCHEMA x; CREATE TABLE x.t (id int)`,
);
q('to_regtype', `to_regtype('integer')::text`);
q('to_regtype alias', `to_regtype('int')::text`);
q('to_regtype varchar typmod', `to_regtype('varchar(10)')::text`);
q('to_regtype missing', `to_regtype('nope') IS NULL`);
q('to_regtype array', `to_regtype('text[]')::text`);
q('to_regtype timestamptz', `to_regtype('timestamp with time zone')::text`);
q('to_regtype syntax error', `to_regtype('int int') IS NULL`);
q('regtype cast', `'int8'::regtype::text`);
q('regtype cast missing errors', `'nope'::regtype`);
q('regtype double precision', `'float8'::regtype::text`);
q('regtype character varying', `'varchar'::regtype::text`);
q('to_regproc', `to_regproc('now')::text`);
q('to_regproc missing', `to_regproc('nope') IS NULL`);
q('to_regproc ambiguous', `to_regproc('abs') IS NULL`);
q('to_regprocedure', `to_regprocedure('abs(int4)')::text`);
q('to_regnamespace', `to_regnamespace('public')::text`);
q('to_regnamespace missing', `to_regnamespace('nope') IS NULL`);
q('to_regrole', `to_regrole('postgres')::text`);
q('to_regrole missing', `to_regrole('nope') IS NULL`);
q('to_regoper', `to_regoper('||/')::text`);
q('to_regoperator', `to_regoperator('+(int4,int4)')::text`);
q('to_regtypemod is pg18', `to_regtypemod('varchar(10)')`);
q('regnamespace cast', `'public'::regnamespace::text`);
q('regrole cast', `'postgres'::regrole::text`);
q('regproc cast', `'now'::regproc::text`);
q('regprocedure cast', `'abs(integer)'::regprocedure::text`);
q('regoperator cast', `'-(integer,integer)'::regoperator::text`);

s(
  'obj_description table',
  [`SELECT obj_description('t'::regclass, 'pg_class') AS v`],
  `${table}; COMMENT ON TABLE t IS 'a table'`,
);
s('obj_description no comment', [`SELECT obj_description('t'::regclass, 'pg_class') IS NULL AS v`], table);
s(
  'obj_description one arg',
  [`SELECT obj_description('t'::regclass) AS v`],
  `${table}; COMMENT ON TABLE t IS 'a table'`,
);
s(
  'obj_description wrong catalog',
  [`SELECT obj_description('t'::regclass, 'pg_proc') IS NULL AS v`],
  `${table}; COMMENT ON TABLE t IS 'a table'`,
);
s(
  'col_description',
  [`SELECT col_description('t'::regclass, 2) AS v`],
  `${table}; COMMENT ON COLUMN t.x IS 'the x'`,
);
s(
  'col_description none',
  [`SELECT col_description('t'::regclass, 1) IS NULL AS v`],
  `${table}; COMMENT ON COLUMN t.x IS 'the x'`,
);
s('col_description bad attnum', [`SELECT col_description('t'::regclass, 99) IS NULL AS v`], table);
// The server's current database is a scratch one (no comment), PGlite's is postgres, which has one
// on every cluster: template1's comment is the same on both.
s(
  'shobj_description',
  [`SELECT shobj_description(oid, 'pg_database') AS v FROM pg_database WHERE datname = 'template1'`],
  table,
);
s('obj_description schema', [`SELECT obj_description('public'::regnamespace, 'pg_namespace') AS v`], table);
s(
  'obj_description sequence',
  [`SELECT obj_description('s'::regclass, 'pg_class') AS v`],
  `CREATE SEQUENCE s; COMMENT ON SEQUENCE s IS 'seq'`,
);
s(
  'comment removed',
  [`SELECT obj_description('t'::regclass, 'pg_class') IS NULL AS v`],
  `${table}; COMMENT ON TABLE t IS 'a'; COMMENT ON TABLE t IS NULL`,
);
s(
  'comment on column via pg_description',
  [`SELECT description AS v FROM pg_description WHERE objoid = 't'::regclass AND objsubid = 2`],
  `${table}; COMMENT ON COLUMN t.x IS 'the x'`,
);
s(
  'comment on type',
  [`SELECT obj_description('mood'::regtype, 'pg_type') AS v`],
  `CREATE TYPE mood AS ENUM ('a'); COMMENT ON TYPE mood IS 'feelings'`,
);
s(
  'comment on index',
  [`SELECT obj_description('t_pkey'::regclass, 'pg_class') AS v`],
  `CREATE TABLE t (id int PRIMARY KEY); COMMENT ON INDEX t_pkey IS 'pk'`,
);
s(
  'comment on constraint',
  [`SELECT obj_description(oid, 'pg_constraint') AS v FROM pg_constraint WHERE conname = 't_pkey'`],
  `CREATE TABLE t (id int PRIMARY KEY); COMMENT ON CONSTRAINT t_pkey ON t IS 'pkc'`,
);
s('comment on missing column errors', [`COMMENT ON COLUMN t.nope IS 'x'`], table);

s(
  'pg_get_expr default',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (id int DEFAULT 42)`,
);
s(
  'pg_get_expr default text',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text DEFAULT 'a')`,
);
s(
  'pg_get_expr default now',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x timestamptz DEFAULT now())`,
);
s(
  'pg_get_expr default serial',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (id serial)`,
);
s(
  'pg_get_expr default expression',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x int DEFAULT 1 + 2 * 3)`,
);
s(
  'pg_get_expr default numeric',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x numeric(5,2) DEFAULT 1.5)`,
);
s(
  'pg_get_expr default uuid',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x uuid DEFAULT gen_random_uuid())`,
);
s(
  'pg_get_expr default jsonb',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x jsonb DEFAULT '{}')`,
);
s(
  'pg_get_expr default array',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text[] DEFAULT '{}')`,
);
s(
  'pg_get_expr default bool',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x boolean DEFAULT false)`,
);
s(
  'pg_get_expr default current_timestamp',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x timestamp DEFAULT CURRENT_TIMESTAMP)`,
);
s(
  'pg_get_expr default negative',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x int DEFAULT -1)`,
);
s(
  'pg_get_expr check',
  [
    `SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'`,
  ],
  `CREATE TABLE t (x int CHECK (x > 0))`,
);
s(
  'pg_get_constraintdef check',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'`,
  ],
  `CREATE TABLE t (x int CHECK (x > 0 AND x < 10))`,
);
s(
  'pg_get_constraintdef pk',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'p'`,
  ],
  `CREATE TABLE t (id int PRIMARY KEY)`,
);
s(
  'pg_get_constraintdef fk',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 'c'::regclass AND contype = 'f'`,
  ],
  `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON DELETE CASCADE)`,
);
s(
  'pg_get_constraintdef unique',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'u'`,
  ],
  `CREATE TABLE t (a int, b int, UNIQUE (a, b))`,
);
s(
  'pg_get_indexdef',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (a int, b text); CREATE INDEX i ON t (a, lower(b))`,
);
s(
  'pg_get_indexdef unique',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (a int); CREATE UNIQUE INDEX i ON t (a DESC) WHERE a > 0`,
);
s(
  'pg_get_indexdef column',
  [`SELECT pg_get_indexdef('i'::regclass, 2, true) AS v`],
  `CREATE TABLE t (a int, b text); CREATE INDEX i ON t (a, lower(b))`,
);
s(
  'pg_get_viewdef',
  [`SELECT pg_get_viewdef('v'::regclass) AS v`],
  `CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t WHERE a > 1`,
);
s(
  'pg_get_viewdef pretty',
  [`SELECT pg_get_viewdef('v'::regclass, true) AS v`],
  `CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t WHERE a > 1`,
);
s(
  'pg_get_functiondef',
  [`SELECT pg_get_functiondef('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1'`,
);
s(
  'pg_get_function_arguments',
  [`SELECT pg_get_function_arguments('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT a'`,
);
s(
  'pg_get_function_result',
  [`SELECT pg_get_function_result('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int) RETURNS SETOF text LANGUAGE sql AS 'SELECT a::text'`,
);
s(
  'pg_get_function_identity_arguments',
  [`SELECT pg_get_function_identity_arguments('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT a'`,
);
s(
  'pg_get_triggerdef',
  [`SELECT pg_get_triggerdef(oid) AS v FROM pg_trigger WHERE tgname = 'tr'`],
  `CREATE TABLE t (a int); CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()`,
);
s(
  'pg_get_userbyid',
  [`SELECT pg_get_userbyid(relowner)::text AS v FROM pg_class WHERE relname = 't'`],
  table,
);
s('pg_get_userbyid missing', [`SELECT pg_get_userbyid(0)::text AS v`], table);
s(
  'pg_get_serial_sequence quoted',
  [`SELECT pg_get_serial_sequence('"T"', 'id') AS v`],
  'CREATE TABLE "T" (id serial)',
);
s('pg_get_statisticsobjdef missing', [`SELECT pg_get_statisticsobjdef(0) IS NULL AS v`], table);
s('pg_relation_size empty', [`SELECT pg_relation_size('t') AS v`], table);
s('pg_column_size int', [`SELECT pg_column_size(1::int4) AS v`], table);
s('pg_column_size text', [`SELECT pg_column_size('abc'::text) AS v`], table);
s('pg_column_size numeric', [`SELECT pg_column_size(1.5) AS v`], table);
q('pg_size_pretty', `pg_size_pretty(1024::bigint)`);
q('pg_size_pretty large', `pg_size_pretty(10485760::bigint)`);
q('pg_size_pretty numeric', `pg_size_pretty(123456789012::numeric)`);
q('pg_size_pretty negative', `pg_size_pretty(-1024::bigint)`);
q('pg_size_bytes', `pg_size_bytes('1 MB')`);
q('pg_size_bytes bad errors', `pg_size_bytes('1 XB')`);
q('pg_size_bytes fraction', `pg_size_bytes('1.5kB')`);
q('pg_size_bytes bytes', `pg_size_bytes('123 bytes')`);
q('pg_typeof of pg_size_pretty', `pg_typeof(pg_size_pretty(1::bigint))::text`);
q('col type via regtype text array', `ARRAY['int4'::regtype, 'text'::regtype]::text`);
q('pg_input_is_valid is pg16', `pg_input_is_valid('1', 'int4')`);
q('pg_char_to_encoding', `pg_encoding_to_char(6)`);
q('pg_client_encoding', `pg_client_encoding()`);
q('has_table_privilege missing user oid', `has_table_privilege(0::oid, 'pg_class', 'SELECT')`);
q('pg_options_to_table', `(SELECT count(*) FROM pg_options_to_table(ARRAY['a=1', 'b=2']))`);
q('pg_safe_snapshot_blocking_pids', `pg_safe_snapshot_blocking_pids(pg_backend_pid())`);
q('pg_blocking_pids', `pg_blocking_pids(pg_backend_pid())`);
q('txid_status', `txid_status(1)`);
q('pg_get_keywords', `(SELECT catcode FROM pg_get_keywords() WHERE word = 'select')`);
q('pg_get_catalog_foreign_keys', `(SELECT count(*) > 0 FROM pg_get_catalog_foreign_keys())`);
q('pg_tablespace_location', `pg_tablespace_location(0)`);
q('pg_collation_actual_version', `pg_collation_actual_version(0)`);

// ---------------------------------------------------------------- 9.11 geometric, lightly
q('point add', `point '(1,1)' + point '(2,0)'`);
q('point subtract', `point '(1,1)' - point '(2,0)'`);
q('point multiply', `point '(1,1)' * point '(2,0)'`);
q('point divide', `point '(2,2)' / point '(2,0)'`);
q('point divide by zero', `point '(2,2)' / point '(0,0)'`);
q('box add point', `box '(1,1),(0,0)' + point '(2,0)'`);
q('path concat', `path '[(0,0),(1,1)]' + path '[(2,2),(3,3),(4,4)]'`);
q('area box', `area(box '(2,2),(0,0)')`);
q('area circle', `area(circle '<(0,0),2>')`);
q('center box', `center(box '(1,2),(0,0)')`);
q('diameter', `diameter(circle '<(0,0),2>')`);
q('height width', `ARRAY[height(box '(1,2),(0,0)'), width(box '(1,2),(0,0)')]`);
q('length path', `length(path '((-1,0),(1,0))')`);
q('npoints', `npoints(path '[(0,0),(1,1),(2,0)]')`);
q('distance point', `point '(0,0)' <-> point '(3,4)'`);
q('distance circle', `circle '<(0,0),1>' <-> circle '<(5,0),1>'`);
q('point equal', `point '(1,1)' ~= point '(1,1)'`);
q('box overlap', `box '(1,1),(0,0)' && box '(2,2),(0,0)'`);
q('box contains point', `box '(2,2),(0,0)' @> point '(1,1)'`);
q('circle contains point', `circle '<(0,0),2>' @> point '(1,1)'`);
q('point left of', `point '(1,0)' << point '(2,0)'`);
q('point above', `point '(0,2)' |>> point '(0,1)'`);
q('box input normalizes', `box '(0,0),(1,1)'`);
q('point input', `point '(1.5, 2)'`);
q('point input bad', `point '(1.5)'`);
q('line input', `line '{1,-1,0}'`);
q('lseg length', `@-@ lseg '[(-1,0),(1,0)]'`);
q('circle from box', `circle(box '(1,1),(0,0)')`);
q('box from circle', `box(circle '<(0,0),2>')`);
q('point from box', `point(box '(1,1),(0,0)')`);
q('polygon from box', `polygon(box '(1,1),(0,0)')`);
q('bound_box', `bound_box(box '(1,1),(0,0)', box '(4,4),(3,3)')`);
q('isclosed isopen', `ARRAY[isclosed(path '((0,0),(1,1))'), isopen(path '[(0,0),(1,1)]')]`);
q('pclose popen', `ARRAY[pclose(path '[(0,0),(1,1)]')::text, popen(path '((0,0),(1,1))')::text]`);
q('slope', `slope(point '(0,0)', point '(2,1)')`);
q('slope vertical', `slope(point '(0,0)', point '(0,1)')`);
q('point equality operator', `point '(1,1)' = point '(1,1)'`);
q('box equality is area', `box '(1,1),(0,0)' = box '(2,0.5),(0,0)'`);
q('point x y subscripts', `ARRAY[(point '(3,4)')[0], (point '(3,4)')[1]]`);
q('point float output', `point(0.1, 0.2)`);
q('circle input bad radius', `circle '<(0,0),-1>'`);
q('geometric intersection', `lseg '[(0,0),(2,2)]' # lseg '[(0,2),(2,0)]'`);
q('geometric closest point', `point '(0,1)' ## lseg '[(-1,0),(1,0)]'`);
q('polygon contains', `polygon '((0,0),(2,0),(2,2),(0,2))' @> point '(1,1)'`);
q('rotate point by multiply', `point '(1,0)' * point(cosd(90), sind(90))`);

export default list.cases;
