// Round 25: introspection queries exactly as the tools send them, without an ORDER BY: the tools sort
// or key the rows themselves, but the rows a driver hands back come in the order 15's plan reads
// them (by a catalog index), which a fake's catalog reads must keep.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const SCHEMA = `
  CREATE TABLE parent (id serial PRIMARY KEY, code text NOT NULL UNIQUE);
  CREATE TABLE t (id serial PRIMARY KEY, name varchar(50) NOT NULL, parent_id int REFERENCES parent(id), price numeric(10,2) DEFAULT 0 CHECK (price >= 0),
    created_at timestamptz NOT NULL DEFAULT now(), tags text[], note text, UNIQUE (name, parent_id));
  CREATE INDEX t_created_idx ON t (created_at DESC);
  CREATE INDEX t_note_idx ON t (lower(note)) WHERE note IS NOT NULL;
  ALTER TABLE t DROP COLUMN note;
  ALTER TABLE t ADD COLUMN note2 text;
  ALTER TABLE t ADD COLUMN z int;`;

const l = new ProbeCases('unordered ');
const q = (name: string, sql: string, ...params: unknown[]) =>
  l.add(name, [params.length ? p(sql, ...params) : sql], SCHEMA);

q(
  'knex columnInfo',
  `select column_name, data_type, character_maximum_length, is_nullable, column_default from information_schema.columns where table_name = $1 and table_catalog = current_database() and table_schema = current_schema()`,
  't',
);
q(
  'information_schema columns by table',
  `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't'`,
);
q(
  'information_schema columns two tables',
  `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t', 'parent')`,
);
q(
  'information_schema columns whole schema',
  `SELECT table_name, column_name, ordinal_position FROM information_schema.columns WHERE table_schema = 'public'`,
);
q(
  'pg_attribute join by name',
  `SELECT a.attname, a.attnum FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 't' AND a.attnum > 0`,
);
q(
  'pg_attribute join with dropped',
  `SELECT a.attname, a.attisdropped FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 't'`,
);
q(
  'pg_attribute by regclass',
  `SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped`,
);
q(
  'pg_attribute comma join namespace',
  `SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a, pg_catalog.pg_class c, pg_catalog.pg_namespace n WHERE a.attrelid = c.oid AND c.relnamespace = n.oid AND n.nspname = 'public' AND c.relname = 't' AND a.attnum > 0 AND NOT a.attisdropped`,
);
// Not here: array_agg(a.attname) over pg_class JOIN pg_attribute with attnum > 0 for two tables, whose
// plan (and so order) on 15 itself changes from run to run as autovacuum visits the catalogs.
q(
  'pg_attribute string_agg names',
  `SELECT string_agg(a.attname, ',') AS cols FROM pg_attribute a WHERE a.attrelid = 'parent'::regclass`,
);
q(
  'sequelize showIndex raw',
  `SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 't' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;`,
);
q(
  'sequelize showIndex raw parent',
  `SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a , pg_namespace s WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 'parent' AND s.oid = t.relnamespace AND s.nspname = 'public' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;`,
);
q(
  'index columns via unnest indkey',
  `SELECT i.relname, a.attname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey) WHERE x.indrelid = 't'::regclass`,
);
q(
  'constraint columns any conkey',
  `SELECT c.conname, a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) WHERE c.conrelid = 't'::regclass`,
);
q(
  'typeorm constraints raw',
  `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND (("ns"."nspname" = 'public' AND "t"."relname" = 't'))`,
);
q(
  'typeorm indices raw',
  `SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN 't' THEN 'TRUE' ELSE'FALSE' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid"  AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN ('r', 'p') AND "cnst"."contype" IS NULL AND (("ns"."nspname" = 'public' AND "t"."relname" = 't'))`,
);
q(
  'typeorm foreign keys raw',
  `SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM ( SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN 'INITIALLY DEFERRED' ELSE 'INITIALLY IMMEDIATE' END as condeferred, CASE "con1"."confdeltype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confdeltype", CASE "con1"."confupdtype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = 'f' AND (("ns"."nspname" = 'public' AND "cl"."relname" = 't')) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid"  AND "cl"."relispartition" = 'f'INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent"`,
);
q(
  'information_schema table_constraints',
  `SELECT constraint_name, constraint_type FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 't' AND constraint_name !~ '_not_null$'`,
);
q(
  'information_schema key_column_usage',
  `SELECT constraint_name, column_name, ordinal_position FROM information_schema.key_column_usage WHERE table_schema = 'public' AND table_name = 't'`,
);
q(
  'information_schema constraint_column_usage',
  `SELECT constraint_name, table_name, column_name FROM information_schema.constraint_column_usage WHERE table_schema = 'public'`,
);
q(
  'information_schema check_constraints',
  `SELECT cc.check_clause FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc ON tc.constraint_name = cc.constraint_name WHERE tc.table_name = 't'`,
);
q(
  'information_schema tables',
  `SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public'`,
);
q('pg_indexes by table', `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't'`);
q('pg_indexes schema', `SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public'`);
q('pg_tables schema', `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
q(
  'pg_class relkind r',
  `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
);
q(
  'pg_class all in schema',
  `SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace`,
);
q('pg_constraint by table', `SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass`);
q(
  'pg_constraint whole schema',
  `SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
);
q(
  'pg_attrdef by table',
  `SELECT adnum, pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 't'::regclass`,
);
q('pg_index by table', `SELECT indexrelid::regclass, indkey FROM pg_index WHERE indrelid = 't'::regclass`);
q(
  'pg_depend of sequence',
  `SELECT classid::regclass, objid::regclass, refobjsubid, deptype FROM pg_depend WHERE objid = 't_id_seq'::regclass`,
);
q(
  'pg_sequences',
  `SELECT sequencename, start_value, increment_by FROM pg_sequences WHERE schemaname = 'public'`,
);
q(
  'information_schema sequences',
  `SELECT sequence_name, data_type, start_value FROM information_schema.sequences WHERE sequence_schema = 'public'`,
);
q(
  'drizzle-kit columns per table',
  `SELECT a.attrelid::regclass::text AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type, a.attnotnull AS not_null FROM pg_attribute a WHERE a.attrelid IN ('t'::regclass, 'parent'::regclass) AND a.attnum > 0 AND NOT a.attisdropped`,
);
q(
  'prisma columns query shape',
  `SELECT oid.namespace, info.table_name, info.column_name, format_type(att.atttypid, att.atttypmod) as formatted_type, info.numeric_precision, info.numeric_scale, info.data_type, info.is_nullable, info.column_default FROM information_schema.columns info JOIN pg_attribute att ON att.attname = info.column_name JOIN (SELECT pg_class.oid, relname, pg_namespace.nspname as namespace FROM pg_class JOIN pg_namespace on pg_namespace.oid = pg_class.relnamespace AND pg_namespace.nspname = ANY ( $1 )) as oid on oid.oid = att.attrelid AND relname = info.table_name AND namespace = info.table_schema`,
  ['public'],
);
q(
  'mikroorm columns',
  `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns where table_schema = $1 and table_name in ($2, $3)`,
  'public',
  't',
  'parent',
);

// Other catalogs the fake reads as 15's, joined without an ORDER BY.
const ENUMS = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TYPE size AS ENUM ('s', 'm', 'l', 'xl');
  ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'; CREATE DOMAIN posint AS int CHECK (VALUE > 0);
  CREATE TABLE e (id serial PRIMARY KEY, m mood, s size, p posint);
  CREATE FUNCTION f1(a int) RETURNS int LANGUAGE sql AS 'SELECT a'; CREATE FUNCTION f2(a text, b int DEFAULT 1) RETURNS text LANGUAGE sql AS 'SELECT a';
  CREATE VIEW v AS SELECT id, m FROM e;`;
const qe = (name: string, sql: string) => l.add(name, [sql], ENUMS);
qe(
  'enum labels joined',
  `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname IN ('mood', 'size')`,
);
qe(
  'enum labels typeorm',
  `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'mood'`,
);
qe(
  'enum labels array_agg',
  `SELECT t.typname, array_agg(e.enumlabel) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typtype = 'e' GROUP BY t.typname`,
);
qe('enum_range', `SELECT enum_range(NULL::mood) AS r`);
qe(
  'types in schema',
  `SELECT t.typname, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'`,
);
qe(
  'domain constraint joined',
  `SELECT t.typname, c.conname, pg_get_constraintdef(c.oid) FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid WHERE t.typname = 'posint'`,
);
qe(
  'functions in schema',
  `SELECT p.proname, pg_get_function_arguments(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
);
qe(
  'columns of view joined',
  `SELECT a.attname, a.attnum FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'v'`,
);
qe(
  'columns with types joined',
  `SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 'e'::regclass AND a.attnum > 0`,
);
qe(
  'depend of view',
  `SELECT d.refobjid::regclass, d.refobjsubid FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class = 'v'::regclass AND d.refobjid <> 'v'::regclass`,
);
qe(
  'relations in schema with kind',
  `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`,
);
qe(
  'attribute count per relation',
  `SELECT c.relname, count(a.*) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' GROUP BY c.relname`,
);
qe(
  'information_schema columns view',
  `SELECT column_name FROM information_schema.columns WHERE table_name = 'v'`,
);
qe(
  'information_schema view_column_usage',
  `SELECT view_name, table_name, column_name FROM information_schema.view_column_usage WHERE view_schema = 'public'`,
);
qe(
  'information_schema routines',
  `SELECT routine_name, data_type FROM information_schema.routines WHERE routine_schema = 'public'`,
);
qe(
  'information_schema parameters',
  `SELECT specific_name ~ '^f[12]_' AS named, parameter_name, data_type, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public'`,
);
qe(
  'information_schema domains',
  `SELECT domain_name, data_type FROM information_schema.domains WHERE domain_schema = 'public'`,
);
qe(
  'information_schema element_types',
  `SELECT object_name, data_type FROM information_schema.element_types WHERE object_schema = 'public'`,
);

export default l.cases;
