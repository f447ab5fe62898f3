const S = `CREATE TABLE t(id serial PRIMARY KEY, v int CONSTRAINT v_pos CHECK (v > 0), email text UNIQUE); CREATE INDEX t_v ON t(v); CREATE VIEW tv AS SELECT id FROM t; CREATE SEQUENCE s; CREATE TYPE mood AS ENUM ('a','b'); CREATE DOMAIN pos AS int CHECK (VALUE > 0); CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT a'; CREATE SCHEMA app; CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x;`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'comment on function',
    `COMMENT ON FUNCTION f(int) IS 'adds nothing'`,
    `SELECT obj_description('f'::regproc, 'pg_proc') AS a, obj_description('f(int)'::regprocedure) AS b`,
  ),
  c(
    'comment on function no args',
    `COMMENT ON FUNCTION f IS 'x'`,
    `SELECT obj_description('f'::regproc, 'pg_proc')`,
  ),
  c('comment on function wrong args', `COMMENT ON FUNCTION f(text) IS 'x'`),
  c(
    'comment on schema',
    `COMMENT ON SCHEMA app IS 'application'`,
    `SELECT obj_description('app'::regnamespace, 'pg_namespace') AS a`,
  ),
  c(
    'comment on type',
    `COMMENT ON TYPE mood IS 'feelings'`,
    `SELECT obj_description('mood'::regtype, 'pg_type') AS a`,
  ),
  c(
    'comment on domain',
    `COMMENT ON DOMAIN pos IS 'positive'`,
    `SELECT obj_description('pos'::regtype, 'pg_type') AS a`,
  ),
  c(
    'comment on index',
    `COMMENT ON INDEX t_v IS 'by v'`,
    `SELECT obj_description('t_v'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment on constraint',
    `COMMENT ON CONSTRAINT v_pos ON t IS 'positive v'`,
    `SELECT obj_description(oid, 'pg_constraint') AS a FROM pg_constraint WHERE conname = 'v_pos'`,
  ),
  c(
    'comment on constraint domain',
    `COMMENT ON CONSTRAINT pos_check ON DOMAIN pos IS 'dom chk'`,
    `SELECT obj_description(oid, 'pg_constraint') AS a FROM pg_constraint WHERE conname = 'pos_check'`,
  ),
  c('comment on view', `COMMENT ON VIEW tv IS 'a view'`, `SELECT obj_description('tv'::regclass) AS a`),
  c('comment on view via table', `COMMENT ON TABLE tv IS 'a view'`),
  c('comment on table via view', `COMMENT ON VIEW t IS 'x'`),
  c(
    'comment on mat view',
    `COMMENT ON MATERIALIZED VIEW mv IS 'mat'`,
    `SELECT obj_description('mv'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment on sequence',
    `COMMENT ON SEQUENCE s IS 'seq'`,
    `SELECT obj_description('s'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment on column of view',
    `COMMENT ON COLUMN tv.id IS 'view col'`,
    `SELECT col_description('tv'::regclass, 1) AS a`,
  ),
  c(
    'comment on trigger',
    `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'`,
    `CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()`,
    `COMMENT ON TRIGGER tr ON t IS 'trig'`,
    `SELECT obj_description(oid, 'pg_trigger') AS a FROM pg_trigger WHERE tgname = 'tr'`,
  ),
  c(
    'comment on extension',
    `COMMENT ON EXTENSION plpgsql IS 'pl'`,
    `SELECT obj_description(oid, 'pg_extension') AS a FROM pg_extension WHERE extname = 'plpgsql'`,
  ),
  c(
    'comment on database',
    `DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), 'the db'); END $$`,
    `SELECT shobj_description(oid, 'pg_database') AS a FROM pg_database WHERE datname = current_database()`,
  ),
  c(
    'comment on role',
    `CREATE ROLE cr1`,
    `COMMENT ON ROLE cr1 IS 'a role'`,
    `SELECT shobj_description('cr1'::regrole, 'pg_authid') AS a`,
  ),
  c('comment on missing', `COMMENT ON TABLE nope IS 'x'`),
  c('comment on column missing table', `COMMENT ON COLUMN nope.x IS 'x'`),
  c(
    'comment dollar quoted',
    `COMMENT ON TABLE t IS $$it's$$`,
    `SELECT obj_description('t'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment e string',
    `COMMENT ON TABLE t IS E'line1\\nline2'`,
    `SELECT obj_description('t'::regclass, 'pg_class') AS a`,
  ),
  c('comment param not allowed', { sql: 'COMMENT ON TABLE t IS $1', params: ['x'] }),
  c(
    'comment in tx rollback',
    `BEGIN`,
    `COMMENT ON TABLE t IS 'temp'`,
    `ROLLBACK`,
    `SELECT obj_description('t'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment survives rename',
    `COMMENT ON TABLE t IS 'kept'`,
    `ALTER TABLE t RENAME TO t2`,
    `SELECT obj_description('t2'::regclass, 'pg_class') AS a`,
  ),
  c(
    'comment dropped with column',
    `COMMENT ON COLUMN t.v IS 'v'`,
    `ALTER TABLE t DROP COLUMN v`,
    `SELECT count(*) FROM pg_description WHERE objoid = 't'::regclass`,
  ),
  c(
    'obj_description one arg deprecated',
    `COMMENT ON TABLE t IS 'x'`,
    `SELECT obj_description('t'::regclass) AS a`,
  ),
  c(
    'obj_description wrong catalog',
    `COMMENT ON TABLE t IS 'x'`,
    `SELECT obj_description('t'::regclass, 'pg_proc') AS a`,
  ),
  c('obj_description bad catalog name', `SELECT obj_description('t'::regclass, 'nope')`),
  c(
    'col_description bad column',
    `SELECT col_description('t'::regclass, 99) AS a, col_description(0, 1) AS b`,
  ),
  c(
    'psql dt',
    `SELECT n.nspname as "Schema", c.relname as "Name", CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type", pg_catalog.pg_get_userbyid(c.relowner) as "Owner" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam WHERE c.relkind IN ('r','p','v','m','S','f','') AND n.nspname <> 'pg_catalog' AND n.nspname !~ '^pg_toast' AND n.nspname <> 'information_schema' AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1,2`,
  ),
  c(
    'psql d table',
    `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), a.attnotnull, (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation, a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a WHERE a.attrelid = 't'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
  ),
  c(
    'psql indexes',
    `SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident, c2.reltablespace FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = 't'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname`,
  ),
  c(
    'psql df',
    `SELECT n.nspname, p.proname, pg_catalog.pg_get_function_result(p.oid), pg_catalog.pg_get_function_arguments(p.oid), CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE pg_catalog.pg_function_is_visible(p.oid) AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' ORDER BY 1, 2, 4`,
  ),
  c(
    'psql dT',
    `SELECT n.nspname, pg_catalog.format_type(t.oid, NULL), pg_catalog.obj_description(t.oid, 'pg_type') FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE (t.typrelid = 0 OR (SELECT c.relkind = 'c' FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid)) AND NOT EXISTS(SELECT 1 FROM pg_catalog.pg_type el WHERE el.oid = t.typelem AND el.typarray = t.oid) AND n.nspname <> 'pg_catalog' AND n.nspname <> 'information_schema' AND pg_catalog.pg_type_is_visible(t.oid) ORDER BY 1, 2`,
  ),
  c(
    'psql dn',
    `SELECT n.nspname AS "Name", pg_catalog.pg_get_userbyid(n.nspowner) AS "Owner" FROM pg_catalog.pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1`,
  ),
  c(
    'psql du',
    `SELECT r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin, r.rolconnlimit, r.rolvaliduntil, r.rolreplication, r.rolbypassrls FROM pg_catalog.pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1`,
  ),
  c(
    'psql l',
    `SELECT d.datname = current_database() AS me, pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding", d.datcollate, d.datctype, d.datlocprovider FROM pg_catalog.pg_database d WHERE d.datname = current_database()`,
  ),
  c(
    'psql dx',
    `SELECT e.extname, e.extversion, n.nspname, c.description FROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass ORDER BY 1`,
  ),
];
