// Round 19 probe, sysfuncs: PostgreSQL 15 docs 9.26 (system information functions): session
// information, pg_typeof, format_type, to_reg*, access privilege inquiry, catalog definition
// functions, comment functions, pg_column_size, current_setting / set_config. Values that depend
// on the installation (version string, pid) are compared by shape only.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: info: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- session information
q('current_database nonempty', `length(current_database()) > 0`);
q('current_database type', 'pg_typeof(current_database())');
q('current_catalog equals current_database', 'current_catalog = current_database()');
q('current_schema', 'current_schema');
q('current_schema func', 'current_schema()');
q('current_schema type', 'pg_typeof(current_schema())');
q('current_schemas false', 'current_schemas(false)');
q('current_schemas true', 'current_schemas(true)');
q('current_schemas type', 'pg_typeof(current_schemas(false))');
q('current_schemas null', 'current_schemas(NULL)');
q('current_user', 'current_user');
q('current_user type', 'pg_typeof(current_user)');
q('session_user', 'session_user');
q('current_role', 'current_role');
q('user keyword', 'user');
q('current_user parens error', 'current_user()');
q('all users equal', 'current_user = session_user AND user = current_role');
add('search_path changes current_schema', [
  'CREATE SCHEMA s1',
  'SET search_path = s1, public',
  'SELECT current_schema() AS a, current_schemas(false) AS b',
]);
add('search_path missing schema', [
  'SET search_path = nosuch, public',
  'SELECT current_schema() AS a, current_schemas(false) AS b',
]);
add('search_path empty', [
  `SET search_path = ''`,
  'SELECT current_schema() AS a, current_schemas(false) AS b, current_schemas(true) AS c',
]);
add('search_path user', ['SET search_path = "$user", public', 'SELECT current_schemas(false) AS b']);
add('search_path pg_temp', [
  'CREATE TEMP TABLE tt (a int)',
  'SELECT current_schemas(true) <> current_schemas(false) AS v',
]);
q('inet_client_addr type', 'pg_typeof(inet_client_addr())');
q('pg_backend_pid type', 'pg_typeof(pg_backend_pid())');
q('pg_backend_pid positive', 'pg_backend_pid() > 0');
q('version shape', `starts_with(version(), 'PostgreSQL 15.')`);
q('version type', 'pg_typeof(version())');
q('server_version_num shape', `current_setting('server_version_num')::int / 10000`);
q('server_version shape', `starts_with(current_setting('server_version'), '15.')`);
q('pg_postmaster_start_time type', 'pg_typeof(pg_postmaster_start_time())');
q('pg_conf_load_time type', 'pg_typeof(pg_conf_load_time())');
q('pg_is_in_recovery', 'pg_is_in_recovery()');
q('pg_trigger_depth top', 'pg_trigger_depth()');
q('pg_current_xact_id type', 'pg_typeof(pg_current_xact_id())');
q('pg_jit_available type', 'pg_typeof(pg_jit_available())');
q('pg_my_temp_schema type', 'pg_typeof(pg_my_temp_schema())');
q('pg_is_other_temp_schema', `pg_is_other_temp_schema('public'::regnamespace)`);
q('txid_current type', 'pg_typeof(txid_current())');
q('pg_current_xact_id_if_assigned null', 'pg_current_xact_id_if_assigned()');

// ---------------------------------------------------------------- pg_typeof / format_type
q('pg_typeof int', 'pg_typeof(33)');
q('pg_typeof bigint literal', 'pg_typeof(3000000000)');
q('pg_typeof numeric literal', 'pg_typeof(1.5)');
q('pg_typeof text literal unknown', `pg_typeof('a')`);
q('pg_typeof text', `pg_typeof('a'::text)`);
q('pg_typeof varchar n', `pg_typeof('a'::varchar(5))`);
q('pg_typeof char n', `pg_typeof('a'::char(3))`);
q('pg_typeof null', 'pg_typeof(NULL)');
q('pg_typeof bool', 'pg_typeof(true)');
q('pg_typeof int sum', 'pg_typeof(1 + 2)');
q('pg_typeof int smallint sum', 'pg_typeof(1::smallint + 1::smallint)');
q('pg_typeof int div float', 'pg_typeof(1 / 2.0)');
q('pg_typeof array', 'pg_typeof(ARRAY[1,2])');
q('pg_typeof array text', `pg_typeof(ARRAY['a'])`);
q('pg_typeof row', 'pg_typeof(ROW(1, 2))');
q('pg_typeof now', 'pg_typeof(now())');
q('pg_typeof current_date', 'pg_typeof(current_date)');
q('pg_typeof interval', `pg_typeof(interval '1 day')`);
q('pg_typeof jsonb', `pg_typeof('{}'::jsonb)`);
q('pg_typeof json arrow', `pg_typeof('{"a":1}'::jsonb -> 'a')`);
q('pg_typeof json arrow text', `pg_typeof('{"a":1}'::jsonb ->> 'a')`);
q('pg_typeof uuid', 'pg_typeof(gen_random_uuid())');
q('pg_typeof count', 'pg_typeof(count(*))');
q('pg_typeof sum int', 'pg_typeof(sum(1))');
q('pg_typeof avg int', 'pg_typeof(avg(1))');
q('pg_typeof sum bigint', 'pg_typeof(sum(1::bigint))');
q('pg_typeof regclass', `pg_typeof('pg_class'::regclass)`);
q('pg_typeof result type', 'pg_typeof(pg_typeof(1))');
q('pg_typeof cast text', 'pg_typeof(pg_typeof(1))::text');
q(
  'pg_typeof column',
  'pg_typeof(a), pg_typeof(b), pg_typeof(c) FROM t',
  'CREATE TABLE t (a numeric(5,2), b varchar(3), c timestamptz); INSERT INTO t VALUES (1, $$x$$, now());',
);
q('pg_typeof domain', 'pg_typeof(1::posint)', 'CREATE DOMAIN posint AS int CHECK (VALUE > 0);');
q('pg_typeof enum', `pg_typeof('a'::mood)`, `CREATE TYPE mood AS ENUM ('a', 'b');`);
q('pg_typeof case', 'pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)');
q('pg_typeof coalesce', 'pg_typeof(coalesce(NULL, 1))');
q('pg_typeof greatest', 'pg_typeof(greatest(1, 2::bigint))');
q('pg_typeof string concat', `pg_typeof('a' || 1)`);
q('pg_typeof in where', `1 AS v WHERE pg_typeof(1) = 'integer'::regtype`);
q('pg_typeof compare text', `pg_typeof(1)::text = 'integer'`);
q('format_type int', `format_type('integer'::regtype, NULL)`);
q('format_type varchar mod', `format_type('varchar'::regtype, 14)`);
q('format_type numeric mod', `format_type('numeric'::regtype, 327686)`);
q('format_type numeric no mod', `format_type('numeric'::regtype, -1)`);
q('format_type bpchar', `format_type('bpchar'::regtype, 7)`);
q('format_type timestamp mod', `format_type('timestamp'::regtype, 3)`);
q('format_type timestamptz', `format_type('timestamptz'::regtype, NULL)`);
q('format_type int array', `format_type('int4[]'::regtype, NULL)`);
q('format_type oid', `format_type(23, NULL)`);
q('format_type unknown oid', 'format_type(999999, NULL)');
q('format_type null oid', 'format_type(NULL, NULL)');
q('format_type interval mod', `format_type('interval'::regtype, 2147418111)`);
q('format_type bit', `format_type('bit'::regtype, 8)`);
q('format_type user table type', `format_type('t'::regtype, NULL)`, 'CREATE TABLE t (a int);');
q('format_type mixed case', `format_type('"MyT"'::regtype, NULL)`, 'CREATE TABLE "MyT" (a int);');
q(
  'format_type schema qualified',
  `format_type('s1.t'::regtype, NULL)`,
  'CREATE SCHEMA s1; CREATE TABLE s1.t (a int);',
);
q('format_type char', `format_type('"char"'::regtype, NULL)`);
q('format_type double', `format_type('float8'::regtype, NULL)`);
q(
  'format_type attributes',
  `attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum`,
  'CREATE TABLE t (a varchar(10), b numeric(7,3), c char(2), d timestamp(0), e int[], f time with time zone, g bit varying(4));',
);

// ---------------------------------------------------------------- to_reg*
q('to_regclass existing', `to_regclass('pg_class')`);
q('to_regclass missing null', `to_regclass('nosuch')`);
q('to_regclass user table', `to_regclass('t')`, 'CREATE TABLE t (a int);');
q('to_regclass qualified', `to_regclass('public.t')`, 'CREATE TABLE t (a int);');
q('to_regclass missing schema null', `to_regclass('nosuch.t')`);
q('to_regclass bad syntax error', `to_regclass('a.b.c.d')`);
q('to_regclass quoted', `to_regclass('"T"')`, 'CREATE TABLE "T" (a int);');
q('to_regclass type', `pg_typeof(to_regclass('pg_class'))`);
q('to_regclass null', 'to_regclass(NULL)');
q('to_regclass index', `to_regclass('t_pkey')`, 'CREATE TABLE t (a int PRIMARY KEY);');
q('to_regclass is null', `to_regclass('nosuch') IS NULL`);
q('to_regtype int', `to_regtype('integer')`);
q('to_regtype alias', `to_regtype('int4')`);
q('to_regtype varchar mod', `to_regtype('varchar(20)')`);
q('to_regtype missing', `to_regtype('nosuchtype')`);
q('to_regtype array', `to_regtype('text[]')`);
q('to_regtype bad syntax error', `to_regtype('int int')`);
q('to_regproc', `to_regproc('now')`);
q('to_regproc overloaded null', `to_regproc('abs')`);
q('to_regproc missing', `to_regproc('nosuchfunc')`);
q('to_regprocedure', `to_regprocedure('abs(integer)')`);
q('to_regprocedure missing', `to_regprocedure('abs(text)')`);
q('to_regoper', `to_regoper('||/')`);
q('to_regoper ambiguous null', `to_regoper('+')`);
q('to_regoperator', `to_regoperator('+(integer,integer)')`);
q('to_regnamespace', `to_regnamespace('public')`);
q('to_regnamespace missing', `to_regnamespace('nosuch')`);
q('to_regrole', `to_regrole('postgres')`);
q('to_regrole missing', `to_regrole('nosuchrole')`);
q('to_regcollation', `to_regcollation('C')`);
q('to_regcollation missing', `to_regcollation('nosuch')`);
q('regclass cast missing error', `'nosuch'::regclass`);
q('regtype cast missing error', `'nosuchtype'::regtype`);
q('regproc ambiguous error', `'abs'::regproc`);
q('regclass oid roundtrip', `'pg_class'::regclass::oid::regclass`);
q('regnamespace', `'pg_catalog'::regnamespace`);
q('regrole missing error', `'nosuchrole'::regrole`);
q('regprocedure cast', `'abs(int)'::regprocedure`);

// ---------------------------------------------------------------- privileges
q('has_table_privilege select', `has_table_privilege('t', 'SELECT')`, 'CREATE TABLE t (a int);');
q('has_table_privilege user', `has_table_privilege('postgres', 't', 'INSERT')`, 'CREATE TABLE t (a int);');
q('has_table_privilege multiple', `has_table_privilege('t', 'SELECT, UPDATE')`, 'CREATE TABLE t (a int);');
q(
  'has_table_privilege with grant option',
  `has_table_privilege('t', 'SELECT WITH GRANT OPTION')`,
  'CREATE TABLE t (a int);',
);
q('has_table_privilege lowercase', `has_table_privilege('t', 'select')`, 'CREATE TABLE t (a int);');
q(
  'has_table_privilege all types',
  `has_table_privilege('t', 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER')`,
  'CREATE TABLE t (a int);',
);
q('has_table_privilege bad privilege error', `has_table_privilege('t', 'FLY')`, 'CREATE TABLE t (a int);');
q('has_table_privilege missing table error', `has_table_privilege('nosuch', 'SELECT')`);
q('has_table_privilege missing user error', `has_table_privilege('nosuchrole', 'pg_class', 'SELECT')`);
q('has_table_privilege oid', `has_table_privilege('pg_class'::regclass::oid, 'SELECT')`);
q('has_table_privilege bad oid null', `has_table_privilege(999999::oid, 'SELECT')`);
q('has_table_privilege public', `has_table_privilege('public', 't', 'SELECT')`, 'CREATE TABLE t (a int);');
q('has_table_privilege null', `has_table_privilege(NULL::text, 'SELECT')`);
q('has_table_privilege view', `has_table_privilege('v', 'SELECT')`, 'CREATE VIEW v AS SELECT 1 AS a;');
q('has_table_privilege sequence', `has_table_privilege('s', 'SELECT')`, 'CREATE SEQUENCE s;');
q('has_table_privilege catalog', `has_table_privilege('pg_catalog.pg_authid', 'SELECT')`);
q('has_table_privilege empty priv error', `has_table_privilege('t', '')`, 'CREATE TABLE t (a int);');
q('has_table_privilege USAGE error', `has_table_privilege('t', 'USAGE')`, 'CREATE TABLE t (a int);');
q('has_column_privilege', `has_column_privilege('t', 'a', 'SELECT')`, 'CREATE TABLE t (a int);');
q(
  'has_column_privilege attnum',
  `has_column_privilege('t', 1::smallint, 'UPDATE')`,
  'CREATE TABLE t (a int);',
);
q(
  'has_column_privilege missing column error',
  `has_column_privilege('t', 'zz', 'SELECT')`,
  'CREATE TABLE t (a int);',
);
q(
  'has_column_privilege bad priv error',
  `has_column_privilege('t', 'a', 'DELETE')`,
  'CREATE TABLE t (a int);',
);
q('has_any_column_privilege', `has_any_column_privilege('t', 'INSERT')`, 'CREATE TABLE t (a int);');
q('has_schema_privilege', `has_schema_privilege('public', 'USAGE')`);
q('has_schema_privilege create', `has_schema_privilege('public', 'CREATE')`);
q('has_schema_privilege missing error', `has_schema_privilege('nosuch', 'USAGE')`);
q('has_schema_privilege bad priv error', `has_schema_privilege('public', 'SELECT')`);
q('has_function_privilege', `has_function_privilege('abs(int)', 'EXECUTE')`);
q('has_function_privilege user', `has_function_privilege('postgres', 'now()', 'EXECUTE')`);
q('has_function_privilege missing error', `has_function_privilege('nosuchfn(int)', 'EXECUTE')`);
q('has_function_privilege no args error', `has_function_privilege('abs', 'EXECUTE')`);
q('has_function_privilege bad priv error', `has_function_privilege('abs(int)', 'SELECT')`);
q('has_sequence_privilege', `has_sequence_privilege('s', 'USAGE')`, 'CREATE SEQUENCE s;');
q(
  'has_sequence_privilege not sequence error',
  `has_sequence_privilege('t', 'USAGE')`,
  'CREATE TABLE t (a int);',
);
q('has_database_privilege', `has_database_privilege(current_database(), 'CONNECT')`);
q('has_database_privilege missing error', `has_database_privilege('nosuchdb', 'CONNECT')`);
q('has_type_privilege', `has_type_privilege('int4', 'USAGE')`);
q('has_language_privilege', `has_language_privilege('plpgsql', 'USAGE')`);
q('pg_has_role', `pg_has_role('postgres', 'MEMBER')`);
q('pg_has_role usage', `pg_has_role('postgres', 'postgres', 'USAGE')`);
q('pg_has_role missing error', `pg_has_role('nosuchrole', 'MEMBER')`);
q('pg_has_role bad priv error', `pg_has_role('postgres', 'SELECT')`);
q('row_security_active', `row_security_active('t')`, 'CREATE TABLE t (a int);');

// ---------------------------------------------------------------- definition functions
q(
  'pg_get_constraintdef pk',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 't_pkey'`,
  'CREATE TABLE t (a int PRIMARY KEY, b int);',
);
q(
  'pg_get_constraintdef check',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck'`,
  'CREATE TABLE t (a int, CONSTRAINT ck CHECK (a > 0 AND a < 100));',
);
q(
  'pg_get_constraintdef fk',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'fk'`,
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int, CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id) ON DELETE CASCADE);',
);
q(
  'pg_get_constraintdef unique',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'uq'`,
  'CREATE TABLE t (a int, b text, CONSTRAINT uq UNIQUE (a, b));',
);
q(
  'pg_get_constraintdef not valid',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck'`,
  'CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0) NOT VALID;',
);
q(
  'pg_get_constraintdef pretty',
  `pg_get_constraintdef(oid, true) FROM pg_constraint WHERE conname = 'ck'`,
  'CREATE TABLE t (a int, CONSTRAINT ck CHECK ((a > 0) AND (a < 100)));',
);
q(
  'pg_get_constraintdef check text',
  `pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck'`,
  `CREATE TABLE t (s text, CONSTRAINT ck CHECK (s IN ('a', 'b')));`,
);
q('pg_get_constraintdef bad oid', 'pg_get_constraintdef(0)');
q(
  'pg_get_indexdef',
  `pg_get_indexdef('i'::regclass)`,
  'CREATE TABLE t (a int, b text); CREATE INDEX i ON t (a, lower(b));',
);
q(
  'pg_get_indexdef unique partial',
  `pg_get_indexdef('i'::regclass)`,
  'CREATE TABLE t (a int, b text); CREATE UNIQUE INDEX i ON t (a) WHERE b IS NOT NULL;',
);
q(
  'pg_get_indexdef column',
  `pg_get_indexdef('i'::regclass, 2, true)`,
  'CREATE TABLE t (a int, b text); CREATE INDEX i ON t (a, lower(b));',
);
q(
  'pg_get_indexdef desc',
  `pg_get_indexdef('i'::regclass)`,
  'CREATE TABLE t (a int, b text); CREATE INDEX i ON t (a DESC NULLS LAST, b);',
);
q(
  'pg_get_indexdef gin',
  `pg_get_indexdef('i'::regclass)`,
  `CREATE TABLE t (b text); CREATE INDEX i ON t USING gin (to_tsvector('english', b));`,
);
q('pg_get_indexdef bad oid', 'pg_get_indexdef(0)');
q(
  'pg_get_viewdef',
  `pg_get_viewdef('v')`,
  'CREATE TABLE t (a int, b text); CREATE VIEW v AS SELECT a, b FROM t WHERE a > 1;',
);
q(
  'pg_get_viewdef pretty',
  `pg_get_viewdef('v', true)`,
  'CREATE TABLE t (a int, b text); CREATE VIEW v AS SELECT a, b FROM t WHERE a > 1 ORDER BY b;',
);
q(
  'pg_get_viewdef wrap',
  `pg_get_viewdef('v'::regclass, 20)`,
  'CREATE TABLE t (a int, b text); CREATE VIEW v AS SELECT a, b, a + 1 AS c FROM t;',
);
q(
  'pg_get_viewdef join',
  `pg_get_viewdef('v')`,
  'CREATE TABLE t (a int); CREATE TABLE u (a int, c text); CREATE VIEW v AS SELECT t.a, u.c FROM t JOIN u USING (a);',
);
q('pg_get_viewdef not view', `pg_get_viewdef('t')`, 'CREATE TABLE t (a int);');
q('pg_get_viewdef missing error', `pg_get_viewdef('nosuch')`);
q(
  'pg_get_functiondef sql',
  `pg_get_functiondef('f'::regproc)`,
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + 1 $$;',
);
q(
  'pg_get_functiondef plpgsql',
  `pg_get_functiondef('f'::regproc)`,
  'CREATE FUNCTION f(a int, b text DEFAULT $$x$$) RETURNS text LANGUAGE plpgsql STRICT AS $$ BEGIN RETURN b || a; END $$;',
);
q('pg_get_functiondef builtin', `pg_get_functiondef('now'::regproc)`);
q(
  'pg_get_function_arguments',
  `pg_get_function_arguments('f'::regproc)`,
  'CREATE FUNCTION f(a int, b text DEFAULT $$x$$, OUT c int) LANGUAGE sql AS $$ SELECT 1 $$;',
);
q(
  'pg_get_function_identity_arguments',
  `pg_get_function_identity_arguments('f'::regproc)`,
  'CREATE FUNCTION f(a int, b text DEFAULT $$x$$, OUT c int) LANGUAGE sql AS $$ SELECT 1 $$;',
);
q(
  'pg_get_function_result',
  `pg_get_function_result('f'::regproc)`,
  'CREATE FUNCTION f(a int) RETURNS TABLE (x int, y text) LANGUAGE sql AS $$ SELECT 1, $$a$$ $$;',
);
q(
  'pg_get_function_result setof',
  `pg_get_function_result('f'::regproc)`,
  'CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql AS $$ SELECT 1 $$;',
);
q(
  'pg_get_expr default',
  `pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass`,
  `CREATE TABLE t (a int DEFAULT 1 + 2, b text DEFAULT 'x' || 'y');`,
);
q(
  'pg_get_expr default now',
  `pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass`,
  'CREATE TABLE t (a timestamptz DEFAULT now());',
);
q(
  'pg_get_expr check',
  `pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conname = 'ck'`,
  'CREATE TABLE t (a int, CONSTRAINT ck CHECK (a > 0));',
);
q(
  'pg_get_expr index predicate',
  `pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'i'::regclass`,
  'CREATE TABLE t (a int); CREATE INDEX i ON t (a) WHERE a > 5;',
);
q(
  'pg_get_triggerdef',
  `pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'tr'`,
  'CREATE TABLE t (a int); CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$; CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF a ON t FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION tf();',
);
q(
  'pg_get_ruledef',
  `pg_get_ruledef(oid) FROM pg_rewrite WHERE rulename = 'r'`,
  'CREATE TABLE t (a int); CREATE RULE r AS ON INSERT TO t WHERE NEW.a < 0 DO INSTEAD NOTHING;',
);
q(
  'pg_get_statisticsobjdef',
  `pg_get_statisticsobjdef(oid) FROM pg_statistic_ext WHERE stxname = 'st'`,
  'CREATE TABLE t (a int, b int); CREATE STATISTICS st (dependencies) ON a, b FROM t;',
);
q('pg_get_userbyid', 'pg_get_userbyid(10)');
q('pg_get_userbyid missing', 'pg_get_userbyid(999999)');
q(
  'pg_get_keywords sample',
  `word, catcode FROM pg_get_keywords() WHERE word IN ('select', 'abort', 'between', 'authorization') ORDER BY word`,
);
q('pg_tablespace_location', 'pg_tablespace_location(0)');
q('pg_typeof regproc', `pg_typeof('now'::regproc)`);
q(
  'pg_index_column_has_property',
  `pg_index_column_has_property('i'::regclass, 1, 'asc')`,
  'CREATE TABLE t (a int); CREATE INDEX i ON t (a);',
);
q(
  'pg_index_has_property',
  `pg_index_has_property('i'::regclass, 'clusterable')`,
  'CREATE TABLE t (a int); CREATE INDEX i ON t (a);',
);
q(
  'pg_indexam_has_property',
  `pg_indexam_has_property((SELECT oid FROM pg_am WHERE amname = 'btree'), 'can_order')`,
);
q(
  'pg_index_column_has_property bad',
  `pg_index_column_has_property('i'::regclass, 1, 'bogus')`,
  'CREATE TABLE t (a int); CREATE INDEX i ON t (a);',
);

// ---------------------------------------------------------------- comments
add(
  'comment on table',
  [`COMMENT ON TABLE t IS 'the table'`, `SELECT obj_description('t'::regclass, 'pg_class') AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'comment on table one arg',
  [`COMMENT ON TABLE t IS 'the table'`, `SELECT obj_description('t'::regclass) AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'comment on column',
  [`COMMENT ON COLUMN t.a IS 'col a'`, `SELECT col_description('t'::regclass, 1) AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'comment on column missing',
  [`SELECT col_description('t'::regclass, 1) AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'comment on column bad attnum',
  [`SELECT col_description('t'::regclass, 99) AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'comment null removes',
  [
    `COMMENT ON TABLE t IS 'x'`,
    'COMMENT ON TABLE t IS NULL',
    `SELECT obj_description('t'::regclass, 'pg_class') AS v`,
  ],
  'CREATE TABLE t (a int);',
);
add(
  'comment empty removes',
  [
    `COMMENT ON TABLE t IS 'x'`,
    `COMMENT ON TABLE t IS ''`,
    `SELECT obj_description('t'::regclass, 'pg_class') AS v`,
  ],
  'CREATE TABLE t (a int);',
);
add('comment on missing table error', [`COMMENT ON TABLE nosuch IS 'x'`]);
add('comment on missing column error', [`COMMENT ON COLUMN t.zz IS 'x'`], 'CREATE TABLE t (a int);');
add(
  'comment on schema',
  [`COMMENT ON SCHEMA s1 IS 'sch'`, `SELECT obj_description('s1'::regnamespace, 'pg_namespace') AS v`],
  'CREATE SCHEMA s1;',
);
add(
  'comment on function',
  [`COMMENT ON FUNCTION f(int) IS 'fn'`, `SELECT obj_description('f'::regproc, 'pg_proc') AS v`],
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;',
);
add(
  'comment on index',
  [`COMMENT ON INDEX i IS 'idx'`, `SELECT obj_description('i'::regclass, 'pg_class') AS v`],
  'CREATE TABLE t (a int); CREATE INDEX i ON t (a);',
);
add(
  'comment on sequence',
  [`COMMENT ON SEQUENCE s IS 'seq'`, `SELECT obj_description('s'::regclass, 'pg_class') AS v`],
  'CREATE SEQUENCE s;',
);
add(
  'comment on view',
  [`COMMENT ON VIEW v IS 'vw'`, `SELECT obj_description('v'::regclass, 'pg_class') AS v`],
  'CREATE VIEW v AS SELECT 1 AS a;',
);
add(
  'comment on view column',
  [`COMMENT ON COLUMN v.a IS 'va'`, `SELECT col_description('v'::regclass, 1) AS v`],
  'CREATE VIEW v AS SELECT 1 AS a;',
);
add(
  'comment on type',
  [`COMMENT ON TYPE mood IS 'enum'`, `SELECT obj_description('mood'::regtype, 'pg_type') AS v`],
  `CREATE TYPE mood AS ENUM ('a');`,
);
add(
  'comment on constraint',
  [
    `COMMENT ON CONSTRAINT ck ON t IS 'check'`,
    `SELECT obj_description(oid, 'pg_constraint') AS v FROM pg_constraint WHERE conname = 'ck'`,
  ],
  'CREATE TABLE t (a int, CONSTRAINT ck CHECK (a > 0));',
);
add('comment wrong object kind error', [`COMMENT ON VIEW t IS 'x'`], 'CREATE TABLE t (a int);');
add('comment on table with view', [`COMMENT ON TABLE v IS 'x'`], 'CREATE VIEW v AS SELECT 1 AS a;');
add(
  'comment quote escaping',
  [`COMMENT ON TABLE t IS 'it''s'`, `SELECT obj_description('t'::regclass, 'pg_class') AS v`],
  'CREATE TABLE t (a int);',
);
add('shobj_description missing', [`SELECT shobj_description(0, 'pg_database') AS v`]);
add(
  'obj_description wrong catalog',
  [`COMMENT ON TABLE t IS 'x'`, `SELECT obj_description('t'::regclass, 'pg_proc') AS v`],
  'CREATE TABLE t (a int);',
);
add(
  'pg_description row',
  [
    `COMMENT ON COLUMN t.b IS 'bee'`,
    `SELECT objsubid, description FROM pg_description WHERE objoid = 't'::regclass`,
  ],
  'CREATE TABLE t (a int, b int);',
);
add(
  'comment on dropped table gone',
  [
    `COMMENT ON TABLE t IS 'x'`,
    'DROP TABLE t',
    `SELECT count(*) AS n FROM pg_description WHERE description = 'x'`,
  ],
  'CREATE TABLE t (a int);',
);
add(
  'comment in transaction rolled back',
  [
    'BEGIN',
    `COMMENT ON TABLE t IS 'x'`,
    'ROLLBACK',
    `SELECT obj_description('t'::regclass, 'pg_class') AS v`,
  ],
  'CREATE TABLE t (a int);',
);
add(
  'comment param',
  [`COMMENT ON TABLE t IS 'x'`, withParams(`SELECT obj_description($1::regclass, 'pg_class') AS v`, 't')],
  'CREATE TABLE t (a int);',
);

// ---------------------------------------------------------------- pg_column_size / sizes
q('pg_column_size int', 'pg_column_size(1)');
q('pg_column_size bigint', 'pg_column_size(1::bigint)');
q('pg_column_size smallint', 'pg_column_size(1::smallint)');
q('pg_column_size text', `pg_column_size('abc'::text)`);
q('pg_column_size text empty', `pg_column_size(''::text)`);
q('pg_column_size unknown literal', `pg_column_size('abc')`);
q('pg_column_size null', 'pg_column_size(NULL::int)');
q('pg_column_size bool', 'pg_column_size(true)');
q('pg_column_size numeric', 'pg_column_size(123.45)');
q('pg_column_size numeric zero', 'pg_column_size(0::numeric)');
q('pg_column_size timestamptz', 'pg_column_size(now())');
q('pg_column_size uuid', 'pg_column_size(gen_random_uuid())');
q('pg_column_size float8', 'pg_column_size(1.5::float8)');
q('pg_column_size jsonb', `pg_column_size('{"a":1}'::jsonb)`);
q('pg_column_size array', 'pg_column_size(ARRAY[1,2,3])');
q('pg_column_size long text', `pg_column_size(repeat('x', 200))`);
q(
  'pg_column_size column',
  'pg_column_size(a) AS a, pg_column_size(b) AS b FROM t',
  `CREATE TABLE t (a int, b text); INSERT INTO t VALUES (1, 'hello');`,
);
q('pg_column_size char', `pg_column_size('ab'::char(5))`);
q('pg_column_size bytea', `pg_column_size('\\x0102'::bytea)`);
q('octet_length compare', `octet_length('héllo')`);
q('pg_size_pretty', 'pg_size_pretty(123456789::bigint)');
q('pg_size_pretty numeric', 'pg_size_pretty(1024::numeric)');
q('pg_size_bytes', `pg_size_bytes('1.5 GB')`);
q('pg_size_bytes bad error', `pg_size_bytes('1 XB')`);
q('pg_relation_size type', `pg_typeof(pg_relation_size('t'))`, 'CREATE TABLE t (a int);');
q('pg_table_size empty', `pg_table_size('t') >= 0`, 'CREATE TABLE t (a int);');

// ---------------------------------------------------------------- current_setting / set_config
q('current_setting datestyle', `current_setting('DateStyle')`);
q('current_setting case insensitive', `current_setting('datestyle')`);
q('current_setting timezone', `current_setting('TimeZone')`);
q('current_setting missing error', `current_setting('no_such_setting')`);
q('current_setting missing_ok custom', `current_setting('my.custom', true)`);
q('current_setting missing_ok false error', `current_setting('my.custom', false)`);
q('current_setting missing_ok builtin', `current_setting('work_mem', true)`);
q('current_setting missing_ok bad name', `current_setting('nosuch_plain', true)`);
q('current_setting null', 'current_setting(NULL)');
q('current_setting type', `pg_typeof(current_setting('work_mem'))`);
q('current_setting search_path', `current_setting('search_path')`);
q('current_setting integer_datetimes', `current_setting('integer_datetimes')`);
q('current_setting client_encoding', `current_setting('client_encoding')`);
q('current_setting server_encoding', `current_setting('server_encoding')`);
q('current_setting standard_conforming_strings', `current_setting('standard_conforming_strings')`);
q('current_setting statement_timeout', `current_setting('statement_timeout')`);
q('current_setting max_identifier_length', `current_setting('max_identifier_length')`);
q('current_setting application_name', `current_setting('application_name') IS NOT NULL`);
q('current_setting is_superuser', `current_setting('is_superuser')`);
q('current_setting transaction_isolation', `current_setting('transaction_isolation')`);
q('set_config returns value', `set_config('work_mem', '8MB', false)`);
q('set_config custom', `set_config('my.var', 'hello', false)`);
q('set_config bad value error', `set_config('work_mem', 'lots', false)`);
q('set_config unknown builtin error', `set_config('no_such_setting', 'x', false)`);
q('set_config null value', `set_config('my.var', NULL, false)`);
q('set_config null name error', `set_config(NULL, 'x', false)`);
q('set_config null is_local error', `set_config('my.var', 'x', NULL)`);
q('set_config normalises', `set_config('work_mem', '1024kB', false)`);
q('set_config bool normalises', `set_config('enable_seqscan', 'off', false)`);
q('set_config datestyle', `set_config('DateStyle', 'SQL, DMY', false)`);
q('set_config timezone', `set_config('TimeZone', 'UTC', false)`);
q('set_config search_path', `set_config('search_path', 'public, pg_catalog', false)`);
q('set_config bad custom name error', `set_config('bad name', 'x', false)`);
q('set_config custom one part error', `set_config('nodot', 'x', false)`);
add('set_config then current_setting', [
  `SELECT set_config('my.var', 'v1', false) AS a`,
  `SELECT current_setting('my.var') AS b`,
]);
add('set_config then show', [`SELECT set_config('work_mem', '16MB', false) AS a`, 'SHOW work_mem']);
add('set_config local outside tx', [
  `SELECT set_config('my.var', 'v1', true) AS a`,
  `SELECT current_setting('my.var', true) AS b`,
]);
add('set_config local in tx', [
  'BEGIN',
  `SELECT set_config('my.var', 'v1', true) AS a`,
  `SELECT current_setting('my.var') AS b`,
  'COMMIT',
  `SELECT current_setting('my.var', true) AS c`,
]);
add('set_config not local in tx committed', [
  'BEGIN',
  `SELECT set_config('my.var', 'v1', false) AS a`,
  'COMMIT',
  `SELECT current_setting('my.var') AS b`,
]);
add('set_config not local in tx rolled back', [
  'BEGIN',
  `SELECT set_config('my.var', 'v1', false) AS a`,
  'ROLLBACK',
  `SELECT current_setting('my.var', true) AS b`,
]);
add('set_config rolled back restores', [
  `SELECT set_config('my.var', 'old', false) AS a`,
  'BEGIN',
  `SELECT set_config('my.var', 'new', false) AS b`,
  'ROLLBACK',
  `SELECT current_setting('my.var') AS c`,
]);
add('set_config local builtin restores', [
  'BEGIN',
  `SELECT set_config('work_mem', '32MB', true) AS a`,
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set_config local then session in tx', [
  'BEGIN',
  `SELECT set_config('my.var', 'sess', false) AS a`,
  `SELECT set_config('my.var', 'loc', true) AS b`,
  `SELECT current_setting('my.var') AS c`,
  'COMMIT',
  `SELECT current_setting('my.var') AS d`,
]);
add('set_config savepoint rollback', [
  'BEGIN',
  `SELECT set_config('my.var', 'a', false) AS a`,
  'SAVEPOINT sp',
  `SELECT set_config('my.var', 'b', false) AS b`,
  'ROLLBACK TO SAVEPOINT sp',
  `SELECT current_setting('my.var') AS c`,
  'COMMIT',
]);
add('set_config not visible other session', [
  `SELECT set_config('my.var', 'a', false) AS a`,
  { sql: `SELECT current_setting('my.var', true) AS b`, client: 'second' },
]);
add('set_config custom after reset', [
  `SELECT set_config('my.var', 'a', false) AS a`,
  'RESET my.var',
  `SELECT current_setting('my.var') AS b`,
]);
add('set_config params', [
  withParams('SELECT set_config($1, $2, $3) AS v', 'my.p', 'x', false),
  `SELECT current_setting('my.p') AS w`,
]);
add('set_config in select list rows', [
  `SELECT set_config('my.n', i::text, false) AS v FROM generate_series(1, 3) i`,
  `SELECT current_setting('my.n') AS w`,
]);
add('set local via SET then current_setting', [
  'BEGIN',
  `SET LOCAL my.var = 'z'`,
  `SELECT current_setting('my.var') AS a`,
  'COMMIT',
  `SELECT current_setting('my.var', true) AS b`,
]);
add('current_setting placeholder case', [`SET My.Var = 'x'`, `SELECT current_setting('my.var') AS a`]);
add('pg_settings row', [`SELECT name, setting, unit, vartype FROM pg_settings WHERE name = 'work_mem'`]);
add('pg_settings custom', [
  `SELECT set_config('my.var', 'x', false) AS a`,
  `SELECT name, setting FROM pg_settings WHERE name = 'my.var'`,
]);

export default list.cases;
