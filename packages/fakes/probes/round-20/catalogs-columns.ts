// Round 20 probe, catalogs part A: how one column of each type is described to a schema reader
// (PostgreSQL 15 docs chapter 37.17 information_schema.columns, 37.25 element_types; chapter 53.7
// pg_attribute and 53.2 pg_attrdef; 9.26 format_type and pg_get_expr). Each case makes a table of one
// column and reads it back as Prisma, Kysely, TypeORM and drizzle-kit do. Only names are printed.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 catalogs columns: ');

const IS_COLUMN = `SELECT column_name AS c, data_type AS dt, udt_schema AS us, udt_name AS udt, character_maximum_length AS len, character_octet_length AS oct, numeric_precision AS np, numeric_precision_radix AS npr, numeric_scale AS ns, datetime_precision AS dtp, interval_type AS it, interval_precision AS ip, is_nullable AS nul, column_default AS def FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position`;
const PG_ATTRIBUTE = `SELECT a.attname AS c, a.attnum AS num, format_type(a.atttypid, a.atttypmod) AS ty, a.atttypmod AS mod, a.attndims AS dims, a.attnotnull AS nn, a.atthasdef AS hd, t.typname AS tn, t.typtype AS tt, t.typcategory AS cat FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 'public.t'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`;

const TYPES: string[] = [
  'integer',
  'int4',
  'smallint',
  'bigint',
  'int8',
  'real',
  'double precision',
  'float',
  'float(10)',
  'float(25)',
  'numeric',
  'numeric(10,2)',
  'numeric(5)',
  'decimal(7,3)',
  'numeric(3,-1)',
  'money',
  'text',
  'varchar',
  'varchar(10)',
  'character varying(255)',
  'char',
  'char(4)',
  'character(1)',
  '"char"',
  'name',
  'bytea',
  'boolean',
  'date',
  'time',
  'time(3)',
  'time with time zone',
  'timetz(0)',
  'timestamp',
  'timestamp(0)',
  'timestamp(6) without time zone',
  'timestamptz',
  'timestamp(3) with time zone',
  'interval',
  'interval(2)',
  'interval year to month',
  'interval day to second(3)',
  'interval hour',
  'uuid',
  'json',
  'jsonb',
  'xml',
  'inet',
  'cidr',
  'macaddr',
  'macaddr8',
  'bit',
  'bit(3)',
  'bit varying',
  'varbit(8)',
  'point',
  'box',
  'tsvector',
  'tsquery',
  'oid',
  'regclass',
  'int4range',
  'tstzrange',
  'int4multirange',
  'int[]',
  'integer[3]',
  'text[][]',
  'varchar(5)[]',
  'numeric(6,2)[]',
  'timestamptz(2)[]',
  'jsonb[]',
  'uuid[]',
  'bool[]',
];

for (const type of TYPES) {
  list.add(`information_schema.columns of ${type}`, [IS_COLUMN], `CREATE TABLE t (c ${type});`);
  list.add(`pg_attribute of ${type}`, [PG_ATTRIBUTE], `CREATE TABLE t (c ${type} NOT NULL);`);
}

const SERIALS: string[] = ['serial', 'bigserial', 'smallserial', 'serial4', 'serial8', 'serial2'];
for (const type of SERIALS) {
  list.add(`information_schema.columns of ${type}`, [IS_COLUMN], `CREATE TABLE t (c ${type});`);
  list.add(
    `pg_get_serial_sequence and default of ${type}`,
    [
      `SELECT pg_get_serial_sequence('t', 'c') AS s, pg_get_expr(d.adbin, d.adrelid) AS def, format_type(a.atttypid, a.atttypmod) AS ty FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 't'::regclass`,
    ],
    `CREATE TABLE t (c ${type});`,
  );
}

const USER = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE DOMAIN short_text AS varchar(20);
CREATE TYPE pair AS (a int, b text);
CREATE SCHEMA other;
CREATE TYPE other.color AS ENUM ('red', 'green');`;
const USER_TYPES: string[] = [
  'mood',
  'mood[]',
  'posint',
  'short_text',
  'pair',
  'pair[]',
  'other.color',
  'other.color[]',
  'posint[]',
];
for (const type of USER_TYPES) {
  list.add(
    `information_schema.columns of user type ${type}`,
    [
      `CREATE TABLE t (c ${type})`,
      `SELECT column_name AS c, data_type AS dt, udt_schema AS us, udt_name AS udt, domain_schema AS ds, domain_name AS dn, character_maximum_length AS len, numeric_precision AS np FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position`,
    ],
    USER,
  );
  list.add(
    `pg_attribute of user type ${type}`,
    [
      `CREATE TABLE t (c ${type})`,
      `SELECT a.attname AS c, format_type(a.atttypid, a.atttypmod) AS ty, a.atttypid::regtype::text AS rt, t.typtype AS tt, t.typcategory AS cat, n.nspname AS ns FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE a.attrelid = 't'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
    ],
    USER,
  );
}

const DEFAULTS: string[] = [
  `0`,
  `-1`,
  `1.5`,
  `'x'`,
  `'it''s'`,
  `now()`,
  `CURRENT_TIMESTAMP`,
  `CURRENT_DATE`,
  `LOCALTIMESTAMP`,
  `true`,
  `NULL`,
  `gen_random_uuid()`,
  `'{}'::jsonb`,
  `'{"a":1}'`,
  `ARRAY[1,2]`,
  `'{}'`,
  `1 + 2`,
  `lower('ABC')`,
  `(now() + interval '1 day')`,
  `'2024-01-01'::date`,
  `nextval('s')`,
];
const DEFAULT_TYPES: Record<string, string> = {
  '0': 'int',
  '-1': 'bigint',
  '1.5': 'numeric(4,2)',
  "'x'": 'text',
  "'it''s'": 'varchar(10)',
  'now()': 'timestamptz',
  CURRENT_TIMESTAMP: 'timestamp',
  CURRENT_DATE: 'date',
  LOCALTIMESTAMP: 'timestamp',
  true: 'boolean',
  NULL: 'int',
  'gen_random_uuid()': 'uuid',
  "'{}'::jsonb": 'jsonb',
  '\'{"a":1}\'': 'json',
  'ARRAY[1,2]': 'int[]',
  "'{}'": 'text[]',
  '1 + 2': 'int',
  "lower('ABC')": 'text',
  "(now() + interval '1 day')": 'timestamptz',
  "'2024-01-01'::date": 'date',
  "nextval('s')": 'bigint',
};
for (const def of DEFAULTS) {
  const type = DEFAULT_TYPES[def] ?? 'text';
  list.add(
    `column_default and pg_get_expr of DEFAULT ${def}`,
    [
      `SELECT c.column_default AS is_def, pg_get_expr(d.adbin, d.adrelid) AS pg_def, a.atthasdef AS hd FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = 't'::regclass AND a.attname = c.column_name LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE c.table_schema = 'public' AND c.table_name IN ('t') ORDER BY c.ordinal_position`,
    ],
    `CREATE SEQUENCE s; CREATE TABLE t (c ${type} DEFAULT ${def});`,
  );
}

list.add(
  'columns ordinal_position after drop column',
  [
    `ALTER TABLE t DROP COLUMN b`,
    `ALTER TABLE t ADD COLUMN d int`,
    `SELECT column_name AS c, ordinal_position AS pos FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position`,
    `SELECT attname AS c, attnum AS num, attisdropped AS dropped FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
  ],
  `CREATE TABLE t (a int, b int, c int);`,
);
list.add(
  'columns of a view are nullable and typed',
  [
    `SELECT column_name AS c, data_type AS dt, is_nullable AS nul, is_updatable AS upd, character_maximum_length AS len FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('v') ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (a int NOT NULL, b varchar(5) NOT NULL); CREATE VIEW v AS SELECT a, b, a + 1 AS c, b || 'x' AS d FROM t;`,
);
list.add(
  'columns of a materialized view are absent from information_schema',
  [
    `SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('mv')`,
    `SELECT count(*) AS n FROM pg_attribute WHERE attrelid = 'mv'::regclass AND attnum > 0`,
  ],
  `CREATE TABLE t (a int); CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;`,
);
list.add(
  'columns collation_name',
  [
    `SELECT column_name AS c, collation_schema AS cs, collation_name AS cn FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position`,
    `SELECT a.attname AS c, co.collname AS coll FROM pg_attribute a LEFT JOIN pg_collation co ON co.oid = a.attcollation WHERE a.attrelid = 't'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
  ],
  `CREATE TABLE t (a text, b text COLLATE "C", c varchar(3) COLLATE "POSIX", d int);`,
);
list.add(
  'columns dtd_identifier and maximum_cardinality',
  [
    `SELECT column_name AS c, dtd_identifier AS dtd, maximum_cardinality AS mc, is_self_referencing AS sr, is_system_time_period_start AS p FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (a int, b int[], c text);`,
);
list.add(
  'element_types of array columns',
  [
    `SELECT c.column_name AS c, e.data_type AS elem, e.udt_name AS eudt, e.character_maximum_length AS len, e.numeric_precision AS np, e.numeric_scale AS ns FROM information_schema.columns c LEFT JOIN information_schema.element_types e ON ((c.table_catalog, c.table_schema, c.table_name, 'TABLE', c.dtd_identifier) = (e.object_catalog, e.object_schema, e.object_name, e.object_type, e.collection_type_identifier)) WHERE c.table_schema = 'public' AND c.table_name IN ('t') ORDER BY c.ordinal_position`,
  ],
  `CREATE TABLE t (a int[], b varchar(7)[], c numeric(5,1)[], d text, e timestamptz[][]);`,
);

export default list.cases;
