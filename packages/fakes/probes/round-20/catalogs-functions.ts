// Round 20 probe, catalogs part D: the system information functions of 9.26 that introspection
// leans on: format_type, the reg* types' input and output (::regclass, ::regtype, ::regproc,
// ::regprocedure, ::regnamespace, to_regclass, to_regtype, to_regproc, to_regprocedure), pg_typeof,
// pg_table_is_visible, pg_type_is_visible, pg_relation_is_updatable, pg_column_is_updatable,
// pg_get_keywords (counted), pg_get_expr, has_*_privilege on the case's own objects. No oid printed.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 catalogs functions: ');
const q = (name: string, sql: string, setup = S) => list.add(name, [sql], setup);
const v = (name: string, expr: string, setup = S) => list.select(name, expr, setup);

const S = `CREATE SCHEMA app;
CREATE TABLE t (id int PRIMARY KEY, a text, "Mixed" int, g int GENERATED ALWAYS AS (id * 2) STORED);
CREATE TABLE app.t (x int);
CREATE TABLE app.only_app (x int);
CREATE TABLE "Quoted Table" (x int);
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TYPE app.mood2 AS ENUM ('c');
CREATE DOMAIN dom AS varchar(5);
CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1';
CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS 'SELECT $1';
CREATE FUNCTION g1(a int, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT a';
CREATE VIEW v_simple AS SELECT id, a FROM t;
CREATE VIEW v_expr AS SELECT id, a || 'x' AS ax FROM t;
CREATE VIEW v_join AS SELECT t.id, app.t.x FROM t JOIN app.t ON t.id = app.t.x;
CREATE VIEW v_agg AS SELECT count(*) AS n FROM t;
CREATE VIEW v_checked AS SELECT id FROM t WHERE id > 0 WITH CHECK OPTION;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE SEQUENCE seq;`;

// ------------------------------------------------------------------ format_type
const FORMAT_TYPES: Array<[string, string]> = [
  ["'int4'::regtype, NULL", 'int4 no typmod'],
  ["'int4'::regtype, -1", 'int4 typmod -1'],
  ["'varchar'::regtype, 14", 'varchar typmod 14'],
  ["'bpchar'::regtype, 5", 'bpchar typmod 5'],
  ["'bpchar'::regtype, -1", 'bpchar no typmod'],
  ["'numeric'::regtype, 655366", 'numeric 10,2'],
  ["'numeric'::regtype, -1", 'numeric no typmod'],
  ["'timestamptz'::regtype, 3", 'timestamptz 3'],
  ["'timestamp'::regtype, 0", 'timestamp 0'],
  ["'time'::regtype, 6", 'time 6'],
  ["'timetz'::regtype, 2", 'timetz 2'],
  ["'interval'::regtype, 2147418114", 'interval year to month... as typmod'],
  ["'interval'::regtype, -1", 'interval plain'],
  ["'bit'::regtype, 3", 'bit 3'],
  ["'varbit'::regtype, 8", 'varbit 8'],
  ["'_int4'::regtype, NULL", 'int4 array'],
  ["'_varchar'::regtype, 14", 'varchar array typmod'],
  ["'_bpchar'::regtype, NULL", 'bpchar array'],
  ["'float8'::regtype, NULL", 'float8'],
  ["'float4'::regtype, NULL", 'float4'],
  ["'bool'::regtype, NULL", 'bool'],
  ["'name'::regtype, NULL", 'name'],
  ['\'"char"\'::regtype, NULL', 'char internal'],
  ["'mood'::regtype, NULL", 'own enum'],
  ["'app.mood2'::regtype, NULL", 'enum in other schema'],
  ["'dom'::regtype, NULL", 'domain'],
  ["'_mood'::regtype, NULL", 'enum array'],
  ["'t'::regtype, NULL", 'row type'],
  ['\'"Quoted Table"\'::regtype, NULL', 'quoted row type'],
  ["'anyelement'::regtype, NULL", 'pseudo type'],
  ["'record'::regtype, NULL", 'record'],
  ["'int2vector'::regtype, NULL", 'int2vector'],
  ["'oidvector'::regtype, NULL", 'oidvector'],
  ['0, NULL', 'zero oid'],
  ['NULL, NULL', 'null oid'],
  ['999999, NULL', 'unknown oid'],
  ["'jsonb'::regtype, NULL", 'jsonb'],
  ["'timestamp'::regtype, NULL", 'timestamp without tz'],
  ["'int4range'::regtype, NULL", 'int4range'],
  ["'varchar'::regtype, 4", 'varchar zero length typmod'],
];
for (const [args, label] of FORMAT_TYPES) v(`format_type ${label}`, `format_type(${args})`);

// ------------------------------------------------------------------ regclass
const REGCLASS: Array<[string, string]> = [
  ["'t'::regclass::text", 'plain table'],
  ["'public.t'::regclass::text", 'qualified public'],
  ["'app.t'::regclass::text", 'shadowed in other schema'],
  ["'app.only_app'::regclass::text", 'only in other schema'],
  ['\'"Quoted Table"\'::regclass::text', 'quoted name'],
  ['\'"t"\'::regclass::text', 'quoted lower'],
  ["'T'::regclass::text", 'upper folds'],
  ["'t_pkey'::regclass::text", 'index'],
  ["'seq'::regclass::text", 'sequence'],
  ["'v_simple'::regclass::text", 'view'],
  ["'mv'::regclass::text", 'matview'],
  ["'pg_class'::regclass::text", 'catalog'],
  ["'pg_catalog.pg_class'::regclass::text", 'qualified catalog'],
  ["'information_schema.tables'::regclass::text", 'information_schema view'],
  ["'t'::regclass = 'public.t'::regclass", 'equal spellings'],
  ["'nope'::regclass", 'missing relation'],
  ["'app.nope'::regclass", 'missing in schema'],
  ["'nope.t'::regclass", 'missing schema'],
  ["'a.b.c.d'::regclass", 'too many dots'],
  ["''::regclass", 'empty name'],
  ["'-'::regclass", 'dash is invalid oid'],
  ["'0'::regclass::text", 'zero oid text'],
  ["to_regclass('t')::text", 'to_regclass plain'],
  ["to_regclass('app.only_app')::text", 'to_regclass qualified'],
  ["to_regclass('only_app') IS NULL", 'to_regclass not on path'],
  ["to_regclass('nope') IS NULL", 'to_regclass missing'],
  ["to_regclass('nope.t') IS NULL", 'to_regclass missing schema'],
  ["to_regclass('a.b.c.d')", 'to_regclass too many dots'],
  ['to_regclass(\'"Quoted Table"\')::text', 'to_regclass quoted'],
  ["to_regclass('Quoted Table')", 'to_regclass unquoted with space'],
  ['to_regclass(NULL)', 'to_regclass null'],
  ["to_regclass('')", 'to_regclass empty'],
  ["pg_typeof(to_regclass('t'))::text", 'to_regclass type'],
  ["pg_typeof('t'::regclass)::text", 'regclass type'],
];
for (const [expr, label] of REGCLASS) v(`regclass ${label}`, expr);

q(
  'regclass after set search_path',
  `SELECT 't'::regclass::text AS a, 'public.t'::regclass::text AS b, 'only_app'::regclass::text AS c`,
  `${S} SET search_path = app, public;`,
);
list.add(
  'regclass and search_path reset',
  [
    'SET search_path = app, public',
    `SELECT 't'::regclass::text AS a, to_regclass('only_app')::text AS b, pg_table_is_visible('public.t'::regclass) AS c`,
    'RESET search_path',
    `SELECT 'app.t'::regclass::text AS a, pg_table_is_visible('app.t'::regclass) AS c`,
  ],
  S,
);
q(
  'pg_table_is_visible of own',
  `SELECT c.relname AS n, n.nspname AS s, pg_table_is_visible(c.oid) AS vis FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'app') AND c.relname IN ('t', 'only_app', 'Quoted Table', 'seq', 'v_simple') ORDER BY 2, 1`,
);
q(
  'pg_type_is_visible of own',
  `SELECT t.typname AS n, pg_type_is_visible(t.oid) AS vis FROM pg_type t WHERE t.typname IN ('mood', 'mood2', 'dom') ORDER BY 1`,
);
q(
  'pg_function_is_visible of own',
  `SELECT p.oid::regprocedure::text AS f, pg_function_is_visible(p.oid) AS vis FROM pg_proc p WHERE p.proname IN ('f', 'g1') ORDER BY 1`,
);

// ------------------------------------------------------------------ regtype
const REGTYPE: Array<[string, string]> = [
  ["'int'::regtype::text", 'int alias'],
  ["'integer'::regtype::text", 'integer'],
  ["'int4'::regtype::text", 'int4'],
  ["'bigint'::regtype::text", 'bigint'],
  ["'smallint'::regtype::text", 'smallint'],
  ["'float'::regtype::text", 'float'],
  ["'real'::regtype::text", 'real'],
  ["'double precision'::regtype::text", 'double precision'],
  ["'varchar'::regtype::text", 'varchar'],
  ["'varchar(10)'::regtype::text", 'varchar with typmod drops it'],
  ["'character varying'::regtype::text", 'character varying'],
  ["'char'::regtype::text", 'char'],
  ['\'"char"\'::regtype::text', 'quoted char'],
  ["'text[]'::regtype::text", 'text array'],
  ["'_text'::regtype::text", 'underscore array'],
  ["'int[][]'::regtype::text", 'two dim array'],
  ["'timestamptz'::regtype::text", 'timestamptz'],
  ["'timestamp with time zone'::regtype::text", 'timestamp with time zone'],
  ["'timestamp'::regtype::text", 'timestamp'],
  ["'time with time zone'::regtype::text", 'timetz'],
  ["'interval'::regtype::text", 'interval'],
  ["'bool'::regtype::text", 'bool'],
  ["'decimal'::regtype::text", 'decimal'],
  ["'numeric(10,2)'::regtype::text", 'numeric typmod'],
  ["'bit varying'::regtype::text", 'bit varying'],
  ["'mood'::regtype::text", 'own enum'],
  ["'app.mood2'::regtype::text", 'enum other schema'],
  ["'mood[]'::regtype::text", 'own enum array'],
  ["'dom'::regtype::text", 'domain'],
  ["'public.mood'::regtype::text", 'qualified on path'],
  ["'pg_catalog.int4'::regtype::text", 'qualified catalog'],
  ["'nope'::regtype", 'missing type'],
  ["'int4 int4'::regtype", 'garbage type'],
  ["to_regtype('int')::text", 'to_regtype int'],
  ["to_regtype('nope') IS NULL", 'to_regtype missing'],
  ["to_regtype('varchar(20)')::text", 'to_regtype typmod'],
  ["to_regtype('mood2') IS NULL", 'to_regtype not on path'],
  ["to_regtype('app.mood2')::text", 'to_regtype qualified'],
  ["to_regtype('int4 int4')", 'to_regtype syntax error'],
  ["to_regtype('')", 'to_regtype empty'],
  ["'int4'::regtype = 'integer'::regtype", 'equal spellings'],
  ["'integer'::regtype::oid = 'int4'::regtype::oid", 'oid equality'],
  ["pg_typeof('int'::regtype)::text", 'regtype type'],
];
for (const [expr, label] of REGTYPE) v(`regtype ${label}`, expr);

// ------------------------------------------------------------------ regproc, regprocedure
const REGPROC: Array<[string, string]> = [
  ["'g1'::regproc::text", 'regproc unique'],
  ["'f'::regproc", 'regproc ambiguous'],
  ["'nope'::regproc", 'regproc missing'],
  ["'now'::regproc::text", 'regproc builtin'],
  ["'pg_catalog.now'::regproc::text", 'regproc qualified builtin'],
  ["'f(int)'::regprocedure::text", 'regprocedure int'],
  ["'f(text)'::regprocedure::text", 'regprocedure text'],
  ["'f(integer)'::regprocedure::text", 'regprocedure integer'],
  ["'g1(int, text)'::regprocedure::text", 'regprocedure two args'],
  ["'g1(int)'::regprocedure", 'regprocedure missing overload'],
  ["'f'::regprocedure", 'regprocedure without parens'],
  ["'lower(text)'::regprocedure::text", 'regprocedure builtin'],
  ["'substring(text, int, int)'::regprocedure::text", 'regprocedure substring'],
  ["'now()'::regprocedure::text", 'regprocedure now'],
  ["'generate_series(int, int)'::regprocedure::text", 'regprocedure srf'],
  ["to_regproc('g1')::text", 'to_regproc unique'],
  ["to_regproc('f') IS NULL", 'to_regproc ambiguous'],
  ["to_regproc('nope') IS NULL", 'to_regproc missing'],
  ["to_regprocedure('f(text)')::text", 'to_regprocedure'],
  ["to_regprocedure('f(bool)') IS NULL", 'to_regprocedure missing overload'],
  ["to_regprocedure('f') IS NULL", 'to_regprocedure without parens'],
  ["'+(int4,int4)'::regoperator::text", 'regoperator'],
  ["to_regoper('||')::text", 'to_regoper ambiguous'],
  ["to_regoperator('+(int,int)')::text", 'to_regoperator'],
  ["'public'::regnamespace::text", 'regnamespace'],
  ["'app'::regnamespace::text", 'regnamespace own'],
  ["'nope'::regnamespace", 'regnamespace missing'],
  ["to_regnamespace('nope') IS NULL", 'to_regnamespace missing'],
  ['\'"C"\'::regcollation::text', 'regcollation'],
  ["to_regcollation('nope') IS NULL", 'to_regcollation missing'],
  ["'english'::regconfig::text", 'regconfig'],
  ["'simple'::regdictionary::text", 'regdictionary'],
  ["pg_typeof('f(int)'::regprocedure)::text", 'regprocedure type'],
];
for (const [expr, label] of REGPROC) v(`regproc ${label}`, expr);

// ------------------------------------------------------------------ pg_typeof
const TYPEOF: string[] = [
  '1',
  '2147483648',
  '9223372036854775808',
  '1.5',
  '1e3',
  "'x'",
  "'x'::varchar(3)",
  "'x'::char(3)",
  'NULL',
  'NULL::int',
  'true',
  'now()',
  'current_date',
  'current_time',
  'localtimestamp',
  "interval '1 day'",
  'ARRAY[1, 2]',
  "ARRAY['a']",
  'ROW(1, 2)',
  "'{}'::jsonb",
  "'a'::mood",
  "'ab'::dom",
  'id',
  'a',
  '"Mixed"',
  'g',
  '(SELECT count(*) FROM t)',
  'sum(id)',
  'avg(id)',
  "'t'::regclass",
  'pg_typeof(1)',
  'gen_random_uuid()',
  '1::smallint + 1::smallint',
  '1::smallint + 1',
  '1 / 2',
  '1.0 / 2',
  '2 ^ 3',
  "'1'::money",
  'current_user',
  'current_schema',
];
for (const expr of TYPEOF) {
  list.add(
    `pg_typeof of ${expr}`,
    [`SELECT pg_typeof(${expr})::text AS v FROM t LIMIT 1`],
    `${S} INSERT INTO t (id, a) VALUES (1, 'x');`,
  );
}
list.add('pg_typeof of parameters', [
  withParams('SELECT pg_typeof($1)::text AS a, pg_typeof($2::int)::text AS b', 'x', '1'),
]);
list.add('pg_typeof result type is regtype', [`SELECT pg_typeof(pg_typeof(1))::text AS v`]);

// ------------------------------------------------------------------ updatability
q(
  'pg_relation_is_updatable',
  `SELECT c.relname AS n, pg_relation_is_updatable(c.oid, false) AS u, pg_relation_is_updatable(c.oid, true) AS ut FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN ('t', 'v_simple', 'v_expr', 'v_join', 'v_agg', 'v_checked', 'mv', 'seq', 't_pkey') ORDER BY 1`,
);
q(
  'pg_column_is_updatable',
  `SELECT c.relname AS n, a.attname AS col, pg_column_is_updatable(c.oid, a.attnum, false) AS u FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN ('t', 'v_simple', 'v_expr', 'v_join', 'v_agg', 'mv') ORDER BY 1, a.attnum`,
);
q(
  'information_schema.views updatable flags',
  `SELECT table_name AS n, check_option AS co, is_updatable AS u, is_insertable_into AS i, is_trigger_updatable AS tu, is_trigger_deletable AS td, is_trigger_insertable_into AS ti FROM information_schema.views WHERE table_schema = 'public' AND table_name IN ('v_simple', 'v_expr', 'v_join', 'v_agg', 'v_checked') ORDER BY 1`,
);
q(
  'information_schema.tables types and insertable',
  `SELECT table_name AS n, table_type AS ty, is_insertable_into AS i, is_typed AS typed, self_referencing_column_name AS sr, commit_action AS ca FROM information_schema.tables WHERE table_schema IN ('public', 'app') AND table_name IN ('t', 'only_app', 'Quoted Table', 'v_simple', 'v_agg', 'mv', 'seq') ORDER BY table_schema, 1`,
);
q(
  'information_schema.columns updatable per view column',
  `SELECT table_name AS n, column_name AS c, is_updatable AS u FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('v_simple', 'v_expr', 'v_join', 'v_agg', 't') ORDER BY 1, ordinal_position`,
);
q(
  'information_schema.view_column_usage',
  `SELECT view_name AS v, table_schema AS ts, table_name AS t, column_name AS c FROM information_schema.view_column_usage WHERE view_schema = 'public' AND view_name IN ('v_simple', 'v_expr', 'v_join', 'v_agg') ORDER BY 1, 2, 3, 4`,
);
q(
  'information_schema.view_table_usage',
  `SELECT view_name AS v, table_schema AS ts, table_name AS t FROM information_schema.view_table_usage WHERE view_schema = 'public' AND view_name IN ('v_simple', 'v_expr', 'v_join', 'v_agg') ORDER BY 1, 2, 3`,
);
q(
  'information_schema.view_routine_usage',
  `SELECT table_name AS v, specific_name LIKE 'f_%' AS f FROM information_schema.view_routine_usage WHERE table_schema = 'public' AND table_name IN ('vf') ORDER BY 1`,
  `${S} CREATE VIEW vf AS SELECT f(id) AS y FROM t;`,
);
q(
  'information_schema.columns generated and identity',
  `SELECT column_name AS c, is_identity AS idn, identity_generation AS ig, identity_start AS st, identity_increment AS inc, identity_minimum AS mn, identity_maximum AS mx, identity_cycle AS cy, is_generated AS gen, generation_expression AS ge, column_default AS def FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('idg') ORDER BY ordinal_position`,
  `CREATE TABLE idg (a int GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY -1 MINVALUE -10 MAXVALUE 100 CYCLE), c smallint GENERATED ALWAYS AS IDENTITY, d int GENERATED ALWAYS AS (a + 1) STORED, e text GENERATED ALWAYS AS (upper(f)) STORED, f text, g numeric GENERATED ALWAYS AS (a::numeric / 3) STORED);`,
);
q(
  'pg_attribute identity and generated letters',
  `SELECT attname AS c, attidentity AS idn, attgenerated AS gen, atthasdef AS hd, attnotnull AS nn FROM pg_attribute WHERE attrelid = 'idg'::regclass AND attnum > 0 ORDER BY attnum`,
  `CREATE TABLE idg (a int GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY, d int GENERATED ALWAYS AS (a + 1) STORED, f text DEFAULT 'x', h int);`,
);
q(
  'identity sequence found by pg_get_serial_sequence',
  `SELECT pg_get_serial_sequence('idg', 'a') AS a, pg_get_serial_sequence('idg', 'b') AS b, pg_get_serial_sequence('idg', 'd') AS d`,
  `CREATE TABLE idg (a int GENERATED ALWAYS AS IDENTITY, b bigint GENERATED BY DEFAULT AS IDENTITY, d int GENERATED ALWAYS AS (a + 1) STORED);`,
);
q(
  'identity after alter add and drop',
  `SELECT column_name AS c, is_identity AS idn, identity_generation AS ig FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('idg') ORDER BY ordinal_position`,
  `CREATE TABLE idg (a int NOT NULL, b int NOT NULL GENERATED ALWAYS AS IDENTITY); ALTER TABLE idg ALTER COLUMN a ADD GENERATED BY DEFAULT AS IDENTITY; ALTER TABLE idg ALTER COLUMN b DROP IDENTITY;`,
);
q(
  'identity set generated always',
  `SELECT attname AS c, attidentity AS idn FROM pg_attribute WHERE attrelid = 'idg'::regclass AND attnum > 0 ORDER BY attnum`,
  `CREATE TABLE idg (a int GENERATED BY DEFAULT AS IDENTITY); ALTER TABLE idg ALTER COLUMN a SET GENERATED ALWAYS;`,
);

// ------------------------------------------------------------------ keywords and misc
v('pg_get_keywords count', '(SELECT count(*) FROM pg_get_keywords())');
v(
  'pg_get_keywords by category',
  "(SELECT string_agg(catcode || ':' || n, ',' ORDER BY catcode) FROM (SELECT catcode, count(*) AS n FROM pg_get_keywords() GROUP BY catcode) s)",
);
v(
  'pg_get_keywords reserved sample',
  "(SELECT string_agg(word, ',' ORDER BY word) FROM pg_get_keywords() WHERE word IN ('select', 'user', 'json', 'merge', 'system_user', 'absent', 'returning', 'window'))",
);
v(
  'pg_get_keywords barelabel',
  "(SELECT string_agg(word || '=' || barelabel::text, ',' ORDER BY word) FROM pg_get_keywords() WHERE word IN ('as', 'from', 'name', 'type', 'value'))",
);
v(
  'quote_ident of keyword and mixed',
  "quote_ident('select') || quote_ident('Mixed') || quote_ident('plain') || quote_ident('user')",
);
v(
  'has_table_privilege own',
  "has_table_privilege('t', 'SELECT') AND has_table_privilege('public.t', 'INSERT, UPDATE')",
);
v('has_column_privilege own', "has_column_privilege('t', 'a', 'UPDATE')");
v('has_sequence_privilege own', "has_sequence_privilege('seq', 'USAGE')");
v('has_function_privilege own', "has_function_privilege('f(int)', 'EXECUTE')");
v('has_table_privilege missing table', "has_table_privilege('nope', 'SELECT')");
v('has_table_privilege bad privilege', "has_table_privilege('t', 'FLY')");
v(
  'pg_get_expr of pg_attrdef of generated',
  "(SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass)",
);
v(
  'pg_get_expr of check',
  "(SELECT pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conname = 'ck_t')",
  `${S} ALTER TABLE t ADD CONSTRAINT ck_t CHECK (id > 0 AND a <> '');`,
);
v(
  'pg_get_expr pretty of check',
  "(SELECT pg_get_expr(conbin, conrelid, true) FROM pg_constraint WHERE conname = 'ck_t')",
  `${S} ALTER TABLE t ADD CONSTRAINT ck_t CHECK (id > 0 AND a <> '');`,
);
v(
  'pg_get_partkeydef of list',
  "pg_get_partkeydef('pt'::regclass)",
  `CREATE TABLE pt (a int, b text) PARTITION BY LIST (lower(b));`,
);
v('pg_get_partkeydef of plain table', "pg_get_partkeydef('t'::regclass)");
v(
  'pg_get_statisticsobjdef',
  "(SELECT pg_get_statisticsobjdef(oid) FROM pg_statistic_ext WHERE stxname = 'st1')",
  `${S} CREATE STATISTICS st1 (dependencies) ON id, a FROM t;`,
);
v(
  'pg_get_userbyid of owner is current user',
  "(SELECT pg_get_userbyid(relowner) = current_user FROM pg_class WHERE relname = 't' AND relnamespace = 'public'::regnamespace)",
);
v(
  'pg_relation_filenode is not null',
  "pg_relation_filenode('t') IS NOT NULL AND pg_relation_filenode('v_simple') IS NULL",
);
v('pg_get_indexdef of pkey', "pg_get_indexdef('t_pkey'::regclass)");
v(
  'pg_get_constraintdef of pkey',
  "(SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 't_pkey')",
);
v('pg_get_function_arguments with default', "pg_get_function_arguments('g1(int, text)'::regprocedure)");
v('pg_get_function_result of text f', "pg_get_function_result('f(text)'::regprocedure)");
v('pg_get_function_identity_arguments', "pg_get_function_identity_arguments('g1(int, text)'::regprocedure)");

export default list.cases;
