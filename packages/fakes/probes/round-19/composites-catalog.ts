// Round 19 probe, composites part H: how the catalog and information_schema describe the theme's
// types (docs 8.7, 8.15-8.18; chapters 37 and 53): composite, enum, domain, range and multirange
// types and array columns, as ORMs and introspection tools read them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: catalog: ');
const S = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE addr AS (street text, zip varchar(10), n int);
CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CONSTRAINT pos CHECK (VALUE > 0);
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN codes AS varchar(3)[];
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE c (id posint PRIMARY KEY, m mood, a addr, e email, cs codes, fr floatrange, ir int4range, mr int4multirange, arr int[][], tarr text[], ma mood[], aa addr[], d numeric(6,2)[]);`;

const Q: Array<[string, string]> = [
  [
    'pg_type composite',
    `SELECT typname, typtype, typcategory, typarray <> 0 AS has_array, typrelid <> 0 AS has_rel FROM pg_type WHERE typname IN ('addr', '_addr') ORDER BY 1`,
  ],
  [
    'pg_type enum',
    `SELECT typname, typtype, typcategory, typlen, typbyval FROM pg_type WHERE typname IN ('mood', '_mood') ORDER BY 1`,
  ],
  [
    'pg_type domain',
    `SELECT typname, typtype, typcategory, typnotnull, typdefault, format_type(typbasetype, typtypmod) AS base FROM pg_type WHERE typname IN ('posint', 'email', 'codes') ORDER BY 1`,
  ],
  [
    'pg_type range',
    `SELECT typname, typtype, typcategory, typlen, typalign FROM pg_type WHERE typname IN ('floatrange', 'floatmultirange', '_floatrange', '_floatmultirange') ORDER BY 1`,
  ],
  [
    'pg_type builtin ranges',
    `SELECT typname, typtype, typcategory FROM pg_type WHERE typtype IN ('r', 'm') AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1`,
  ],
  [
    'pg_range',
    `SELECT rngtypid::regtype::text AS r, rngsubtype::regtype::text AS s, rngmultitypid::regtype::text AS m, rngsubdiff::text AS diff, rngcanonical::text AS canon FROM pg_range ORDER BY 1`,
  ],
  [
    'pg_enum',
    `SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder`,
  ],
  [
    'pg_constraint domain',
    `SELECT conname, contype, convalidated, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contypid IN ('posint'::regtype, 'email'::regtype) ORDER BY conname`,
  ],
  [
    'pg_attribute composite',
    `SELECT attname, format_type(atttypid, atttypmod) AS t, attnum FROM pg_attribute WHERE attrelid = 'addr'::regclass ORDER BY attnum`,
  ],
  ['pg_class composite', `SELECT relname, relkind, relnatts FROM pg_class WHERE relname = 'addr'`],
  [
    'pg_attribute table',
    `SELECT attname, format_type(atttypid, atttypmod) AS t, attndims, attnotnull FROM pg_attribute WHERE attrelid = 'c'::regclass AND attnum > 0 ORDER BY attnum`,
  ],
  [
    'format_type arrays',
    `SELECT format_type('_mood'::regtype, NULL) AS a, format_type('int4range'::regtype, NULL) AS b, format_type('_int4multirange'::regtype, NULL) AS c, format_type('codes'::regtype, NULL) AS d`,
  ],
  [
    'regtype texts',
    `SELECT 'mood[]'::regtype::text AS a, 'addr'::regtype::text AS b, 'int4multirange'::regtype::text AS c, '_floatrange'::regtype::text AS d`,
  ],
  ['regtype bad', `SELECT 'nosuch'::regtype`],
  [
    'is columns',
    `SELECT column_name, data_type, udt_name, domain_name, character_maximum_length, numeric_precision FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position`,
  ],
  [
    'is columns nullable',
    `SELECT column_name, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position`,
  ],
  [
    'is element_types',
    `SELECT collection_type_identifier, data_type, udt_name FROM information_schema.element_types WHERE object_name = 'c' ORDER BY collection_type_identifier`,
  ],
  [
    'is domains',
    `SELECT domain_name, data_type, character_maximum_length, domain_default FROM information_schema.domains WHERE domain_schema = 'public' ORDER BY 1`,
  ],
  [
    'is domain_constraints',
    `SELECT constraint_name, domain_name, is_deferrable, initially_deferred FROM information_schema.domain_constraints WHERE domain_schema = 'public' ORDER BY 1`,
  ],
  [
    'is check_constraints domains',
    `SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_name IN ('pos', 'email_check') ORDER BY 1`,
  ],
  [
    'is column_domain_usage',
    `SELECT domain_name, column_name FROM information_schema.column_domain_usage WHERE table_name = 'c' ORDER BY 1`,
  ],
  [
    'is domain_udt_usage',
    `SELECT udt_name, domain_name FROM information_schema.domain_udt_usage WHERE domain_schema = 'public' ORDER BY 2`,
  ],
  [
    'is attributes',
    `SELECT attribute_name, ordinal_position, data_type, character_maximum_length, attribute_udt_name FROM information_schema.attributes WHERE udt_name = 'addr' ORDER BY ordinal_position`,
  ],
  [
    'is user_defined_types',
    `SELECT user_defined_type_name, user_defined_type_category, is_instantiable FROM information_schema.user_defined_types WHERE user_defined_type_schema = 'public' ORDER BY 1`,
  ],
  [
    'is column_udt_usage',
    `SELECT udt_name, column_name FROM information_schema.column_udt_usage WHERE table_name = 'c' ORDER BY 2, 1`,
  ],
  [
    'is data_type_privileges',
    `SELECT object_name, object_type, dtd_identifier FROM information_schema.data_type_privileges WHERE object_name IN ('posint', 'addr') ORDER BY 1, 3`,
  ],
  [
    'pg_get_expr default',
    `SELECT pg_get_expr(adbin, adrelid) AS d FROM pg_attrdef WHERE adrelid = 'c'::regclass`,
  ],
  ['enum array column insert', `INSERT INTO c (id, ma) VALUES (1, '{sad,happy}') RETURNING ma`],
  [
    'composite array column insert',
    `INSERT INTO c (id, aa) VALUES (1, ARRAY[ROW('x', '1', 2)::addr]) RETURNING aa`,
  ],
  ['domain array column too long', `INSERT INTO c (id, cs) VALUES (1, '{abcd}')`],
  ['domain array column ok', `INSERT INTO c (id, cs) VALUES (1, '{abc,de}') RETURNING cs`],
  ['numeric array column typmod', `INSERT INTO c (id, d) VALUES (1, '{1.234,5}') RETURNING d`],
  ['numeric array column overflow', `INSERT INTO c (id, d) VALUES (1, '{12345.6}')`],
  [
    'user range column',
    `INSERT INTO c (id, fr) VALUES (1, '[1.5,2.5)') RETURNING fr, pg_typeof(fr)::text AS t`,
  ],
  ['domain default used', `INSERT INTO c (m) VALUES ('ok') RETURNING id`],
  ['domain not null via insert', `INSERT INTO c (id) VALUES (NULL)`],
  ['result type oids', `SELECT m, a, e, cs, fr, ir, mr, ma FROM c`],
  ['drop enum cascade', `DROP TYPE mood CASCADE`],
  ['alter composite type rename attribute', `ALTER TYPE addr RENAME ATTRIBUTE n TO num`],
  ['alter composite type drop attribute in use', `ALTER TYPE addr DROP ATTRIBUTE zip`],
  ['alter composite type alter attribute type in use', `ALTER TYPE addr ALTER ATTRIBUTE n TYPE bigint`],
  ['create type duplicate attribute', `CREATE TYPE dup AS (a int, a text)`],
  ['create type empty', `CREATE TYPE empty_t AS ()`],
  ['create range bad subtype', `CREATE TYPE badrange AS RANGE (subtype = nosuch)`],
  ['create range no subtype', `CREATE TYPE badrange AS RANGE (subtype_diff = float8mi)`],
  [
    'create range multirange name',
    `CREATE TYPE r2 AS RANGE (subtype = int8, multirange_type_name = r2_multi)`,
  ],
  ['domain on domain catalog', `CREATE DOMAIN small AS posint CHECK (VALUE < 10)`],
];
for (const [name, sql] of Q) list.add(name, [sql], S);
list.add(
  'create range multirange name then use',
  [
    `CREATE TYPE r2 AS RANGE (subtype = int8, multirange_type_name = r2_multi)`,
    `SELECT '{[1,3)}'::r2_multi AS v, pg_typeof(range_agg(r2(1,2)))::text AS t`,
  ],
  S,
);
list.add(
  'domain on domain catalog rows',
  [
    `CREATE DOMAIN small AS posint CHECK (VALUE < 10)`,
    `SELECT typname, format_type(typbasetype, typtypmod) AS b, typnotnull FROM pg_type WHERE typname = 'small'`,
    `SELECT 20::small AS v`,
  ],
  S,
);

export default list.cases;
