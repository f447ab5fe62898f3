// Round 19 probe, sysfuncs: the session information functions (docs 9.26) and sequence calls
// (9.17) as the server prints them back: column defaults, check constraints, index expressions,
// view definitions, result column names, and EXPLAIN-free catalog reads of them.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: deparse: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const DEFS = `SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 't'::regclass ORDER BY a.attnum`;
const COLS = `SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`;

const defaults: Array<[string, string]> = [
  ['current_user', 'text DEFAULT current_user'],
  ['session_user', 'name DEFAULT session_user'],
  ['current_role', 'text DEFAULT current_role'],
  ['user', 'text DEFAULT user'],
  ['current_schema', 'text DEFAULT current_schema'],
  ['current_schema func', 'text DEFAULT current_schema()'],
  ['current_catalog', 'text DEFAULT current_catalog'],
  ['current_database', 'text DEFAULT current_database()'],
  ['current_timestamp', 'timestamptz DEFAULT CURRENT_TIMESTAMP'],
  ['current_timestamp precision', 'timestamptz DEFAULT CURRENT_TIMESTAMP(3)'],
  ['localtimestamp', 'timestamp DEFAULT LOCALTIMESTAMP'],
  ['current_date', 'date DEFAULT CURRENT_DATE'],
  ['current_time', 'timetz DEFAULT CURRENT_TIME'],
  ['now', 'timestamptz DEFAULT now()'],
  ['nextval', `bigint DEFAULT nextval('s')`],
  ['nextval regclass', `bigint DEFAULT nextval('s'::regclass)`],
  ['nextval qualified', `bigint DEFAULT nextval('public.s')`],
  ['gen_random_uuid', 'uuid DEFAULT gen_random_uuid()'],
  ['current_setting', `text DEFAULT current_setting('application_name')`],
  ['current_setting missing_ok', `text DEFAULT current_setting('my.x', true)`],
  ['pg_backend_pid', 'int DEFAULT pg_backend_pid()'],
  ['txid_current', 'bigint DEFAULT txid_current()'],
  ['to_tsvector', `tsvector DEFAULT to_tsvector('english', 'hello')`],
  ['tsvector literal', `tsvector DEFAULT 'a b'::tsvector`],
  ['tsquery literal', `tsquery DEFAULT 'a & b'`],
  ['uuid literal', `uuid DEFAULT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'`],
  ['version', 'text DEFAULT version()'],
  ['inet_client_addr', 'inet DEFAULT inet_client_addr()'],
];
for (const [label, column] of defaults) {
  add(`default ${label} pg_get_expr`, [DEFS], `CREATE SEQUENCE s; CREATE TABLE t (x ${column});`);
  add(`default ${label} information_schema`, [COLS], `CREATE SEQUENCE s; CREATE TABLE t (x ${column});`);
}
add('serial default text', [COLS], 'CREATE TABLE t (id serial, b bigserial);');
add(
  'serial default mixed case table',
  [`SELECT column_default FROM information_schema.columns WHERE table_name = 'MyT'`],
  'CREATE TABLE "MyT" (id serial);',
);
add(
  'serial default schema table',
  [`SELECT column_default FROM information_schema.columns WHERE table_name = 't' AND table_schema = 'sx'`],
  'CREATE SCHEMA sx; CREATE TABLE sx.t (id serial);',
);
add('identity default null', [COLS], 'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);');
add(
  'check current_user',
  [`SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 't'::regclass`],
  `CREATE TABLE t (o name CHECK (o = current_user));`,
);
add(
  'check session_user',
  [`SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 't'::regclass`],
  `CREATE TABLE t (o name CHECK (o <> session_user));`,
);
add(
  'check tsvector match',
  [`SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 't'::regclass`],
  `CREATE TABLE t (b text CHECK (NOT (to_tsvector('simple', b) @@ 'bad'::tsquery)));`,
);
add(
  'check uuid',
  [`SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 't'::regclass`],
  `CREATE TABLE t (u uuid CHECK (u <> '00000000-0000-0000-0000-000000000000'));`,
);
add(
  'index tsvector expression',
  [`SELECT pg_get_indexdef('i'::regclass) AS d`],
  `CREATE TABLE t (b text, c text); CREATE INDEX i ON t USING gin (to_tsvector('english', coalesce(b, '') || ' ' || coalesce(c, '')));`,
);
add(
  'index setweight expression',
  [`SELECT pg_get_indexdef('i'::regclass) AS d`],
  `CREATE TABLE t (b text, c text); CREATE INDEX i ON t USING gin ((setweight(to_tsvector('english', b), 'A') || setweight(to_tsvector('english', c), 'B')));`,
);
add(
  'generated tsvector column expr',
  [DEFS],
  `CREATE TABLE t (b text, x tsvector GENERATED ALWAYS AS (to_tsvector('english', b)) STORED);`,
);
add(
  'generated tsvector information_schema',
  [
    `SELECT column_name, is_generated, generation_expression FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (b text, x tsvector GENERATED ALWAYS AS (to_tsvector('english', b)) STORED);`,
);
add(
  'view current_user two tables',
  [`SELECT pg_get_viewdef('v') AS d`],
  `CREATE TABLE t (a int); CREATE TABLE u (a int); CREATE VIEW v AS SELECT current_user AS cu, session_user, current_schema, t.a FROM t JOIN u USING (a);`,
);
add(
  'view nextval two tables',
  [`SELECT pg_get_viewdef('v') AS d`],
  `CREATE SEQUENCE s; CREATE TABLE t (a int); CREATE TABLE u (a int); CREATE VIEW v AS SELECT nextval('s') AS n, t.a FROM t, u;`,
);
add(
  'view tsquery two tables',
  [`SELECT pg_get_viewdef('v') AS d`],
  `CREATE TABLE t (a int, b text); CREATE TABLE u (a int); CREATE VIEW v AS SELECT t.a FROM t JOIN u ON t.a = u.a WHERE to_tsvector('english', t.b) @@ websearch_to_tsquery('english', 'x -y');`,
);
add(
  'rule deparse',
  [`SELECT pg_get_ruledef(oid) AS d FROM pg_rewrite WHERE rulename = 'r'`],
  `CREATE TABLE t (a int, who name); CREATE RULE r AS ON UPDATE TO t DO ALSO NOTIFY t_changed;`,
);
add(
  'trigger deparse suppress',
  [`SELECT pg_get_triggerdef(oid) AS d FROM pg_trigger WHERE tgname = 'z'`],
  `CREATE TABLE t (a int); CREATE TRIGGER z BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();`,
);
add(
  'trigger deparse tsvector_update',
  [`SELECT pg_get_triggerdef(oid, true) AS d FROM pg_trigger WHERE tgname = 'z'`],
  `CREATE TABLE t (b text, v tsvector); CREATE TRIGGER z BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE tsvector_update_trigger(v, 'pg_catalog.english', b);`,
);
add('column names of functions', [
  `SELECT current_user, session_user, current_role, user, current_schema, current_catalog = current_database() AS same_db, current_schemas(false), version() IS NOT NULL, pg_backend_pid() > 0, gen_random_uuid() IS NOT NULL, pg_typeof(1)`,
]);
add('column names of fts functions', [
  `SELECT to_tsvector('a'), to_tsquery('a'), plainto_tsquery('a'), phraseto_tsquery('a'), websearch_to_tsquery('a'), ts_rank('a'::tsvector, 'a'::tsquery), numnode('a'::tsquery), 'a'::tsvector @@ 'a'::tsquery`,
]);
add(
  'column names of sequence functions',
  [`SELECT nextval('s'), currval('s'), lastval(), setval('s', 5), setval('s', 6, true)`],
  'CREATE SEQUENCE s;',
);
add('column names of lock functions', [
  `SELECT pg_try_advisory_lock(1), pg_advisory_unlock(1), pg_advisory_unlock_all(), pg_sleep(0)`,
]);
add('column names of setting functions', [
  `SELECT current_setting('work_mem'), set_config('my.x', 'y', false)`,
]);
add('column names of info functions', [
  `SELECT format_type(23, NULL), to_regclass('pg_class'), has_table_privilege('pg_class', 'SELECT'), obj_description(1259, 'pg_class'), pg_column_size(1)`,
]);

export default list.cases;
