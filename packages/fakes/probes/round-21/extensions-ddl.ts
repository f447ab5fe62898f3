// Round 21 probe, contrib extensions: PostgreSQL 15 docs CREATE EXTENSION / ALTER EXTENSION / DROP
// EXTENSION, Appendix F, and the catalogs pg_extension, pg_available_extensions,
// pg_available_extension_versions: IF NOT EXISTS, SCHEMA, VERSION, CASCADE, an extension that is not
// available (0A000), one created twice (42710), extension functions used before CREATE EXTENSION
// (42883, 42704 for types), objects that belong to an extension (pg_depend 'e'), DROP ... CASCADE.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: ddl: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

/** Extensions every PostgreSQL 15 contrib package has, with one call or type each that shows it is there. */
const SAMPLES: readonly (readonly [ext: string, probe: string])[] = [
  ['pgcrypto', "SELECT encode(digest('x', 'md5'), 'hex') AS v"],
  ['uuid-ossp', 'SELECT uuid_nil() AS v'],
  ['hstore', "SELECT 'a=>1'::hstore -> 'a' AS v"],
  ['citext', "SELECT 'A'::citext = 'a'::citext AS v"],
  ['pg_trgm', "SELECT show_trgm('cat')::text AS v"],
  ['fuzzystrmatch', "SELECT levenshtein('kitten', 'sitting') AS v"],
  ['unaccent', "SELECT unaccent('Hotel') AS v"],
  ['intarray', "SELECT (icount('{1,2,3}'::int[])) AS v"],
  ['ltree', "SELECT nlevel('a.b.c'::ltree) AS v"],
  ['cube', "SELECT cube_dim('(1,2,3)'::cube) AS v"],
  ['seg', "SELECT '1.5 .. 2.5'::seg::text AS v"],
  ['isn', 'SELECT isn_weak() AS v'],
  ['tablefunc', 'SELECT count(*) AS v FROM connectby(NULL, NULL, NULL, NULL, 0) AS t(a text, b text, c int)'],
  [
    'btree_gin',
    "SELECT count(*) AS v FROM pg_opclass WHERE opcname = 'int4_ops' AND opcmethod = (SELECT oid FROM pg_am WHERE amname = 'gin')",
  ],
  ['btree_gist', "SELECT count(*) AS v FROM pg_opclass WHERE opcname = 'gist_int4_ops'"],
  ['tsm_system_rows', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'system_rows'"],
  ['tsm_system_time', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'system_time'"],
  ['lo', "SELECT count(*) AS v FROM pg_type WHERE typname = 'lo'"],
  ['bloom', "SELECT amname AS v FROM pg_am WHERE amname = 'bloom'"],
  ['dict_int', "SELECT ts_lexize('intdict', '12345678') AS v"],
  ['dict_xsyn', "SELECT dictname AS v FROM pg_ts_dict WHERE dictname = 'xsyn'"],
  ['autoinc', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'autoinc'"],
  ['moddatetime', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'moddatetime'"],
  ['insert_username', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'insert_username'"],
  ['refint', "SELECT count(*) AS v FROM pg_proc WHERE proname IN ('check_primary_key', 'check_foreign_key')"],
  ['tcn', "SELECT count(*) AS v FROM pg_proc WHERE proname = 'triggered_change_notification'"],
  ['intagg', "SELECT count(*) AS v FROM pg_proc WHERE proname IN ('int_array_aggregate', 'int_array_enum')"],
];

// ---------------------------------------------------------------- each extension: create, version, a call
for (const [ext, probe] of SAMPLES) {
  const q = `"${ext}"`;
  add(`${ext} create then version`, [
    `CREATE EXTENSION ${q}`,
    `SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = '${ext}'`,
  ]);
  add(`${ext} sample call`, [probe], `CREATE EXTENSION ${q}`);
  add(`${ext} create twice`, [`CREATE EXTENSION ${q}`, `CREATE EXTENSION ${q}`]);
  add(
    `${ext} drop`,
    [`DROP EXTENSION ${q}`, `SELECT count(*) AS v FROM pg_extension WHERE extname = '${ext}'`],
    `CREATE EXTENSION ${q}`,
  );
  add(`${ext} available row`, [
    `SELECT name, default_version, installed_version, comment FROM pg_available_extensions WHERE name = '${ext}'`,
  ]);
}

// ---------------------------------------------------------------- not available, names
add('create not available', ['CREATE EXTENSION r21_h116_nosuch']);
add('create not available if not exists', ['CREATE EXTENSION IF NOT EXISTS r21_h116_nosuch']);
add('create not available quoted', ['CREATE EXTENSION "R21 Nosuch"']);
add('create postgis not available', ['CREATE EXTENSION postgis']);
add('create vector not available', ['CREATE EXTENSION vector']);
add('create timescaledb not available', ['CREATE EXTENSION timescaledb']);
add('drop not installed', ['DROP EXTENSION pgcrypto']);
add('drop not installed if exists', ['DROP EXTENSION IF EXISTS pgcrypto']);
add('drop nosuch if exists', ['DROP EXTENSION IF EXISTS r21_h116_nosuch']);
add('drop two one missing', ['DROP EXTENSION pgcrypto, hstore'], 'CREATE EXTENSION pgcrypto');
add(
  'drop two if exists one missing',
  [
    'DROP EXTENSION IF EXISTS pgcrypto, hstore',
    "SELECT count(*) AS v FROM pg_extension WHERE extname = 'pgcrypto'",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'drop two both present',
  [
    'DROP EXTENSION pgcrypto, "uuid-ossp"',
    "SELECT count(*) AS v FROM pg_extension WHERE extname <> 'plpgsql'",
  ],
  'CREATE EXTENSION pgcrypto; CREATE EXTENSION "uuid-ossp"',
);
add('create plpgsql exists', ['CREATE EXTENSION plpgsql']);
add('create plpgsql if not exists', ['CREATE EXTENSION IF NOT EXISTS plpgsql']);
add('pg_extension fresh', ['SELECT extname, extversion, extrelocatable FROM pg_extension ORDER BY extname']);
add('pg_extension plpgsql schema', [
  "SELECT extnamespace::regnamespace::text AS v FROM pg_extension WHERE extname = 'plpgsql'",
]);
add('pg_extension columns', [
  "SELECT attname FROM pg_attribute WHERE attrelid = 'pg_extension'::regclass AND attnum > 0 ORDER BY attnum",
]);
add('pg_available_extensions columns', [
  "SELECT attname, atttypid::regtype::text AS t FROM pg_attribute WHERE attrelid = 'pg_available_extensions'::regclass ORDER BY attnum",
]);
add('pg_available_extension_versions columns', [
  "SELECT attname FROM pg_attribute WHERE attrelid = 'pg_available_extension_versions'::regclass ORDER BY attnum",
]);
add('pg_available_extensions names', [
  'SELECT name, default_version FROM pg_available_extensions ORDER BY name',
]);
add('pg_available_extensions count', ['SELECT count(*) AS v FROM pg_available_extensions']);
add('pg_available_extensions installed only', [
  'SELECT name FROM pg_available_extensions WHERE installed_version IS NOT NULL ORDER BY 1',
]);
add('pg_available_extension_versions pgcrypto', [
  "SELECT version, superuser, trusted, relocatable, schema, requires FROM pg_available_extension_versions WHERE name = 'pgcrypto' ORDER BY version",
]);
add('pg_available_extension_versions hstore', [
  "SELECT version, trusted, relocatable FROM pg_available_extension_versions WHERE name = 'hstore' ORDER BY version",
]);
add('pg_available_extension_versions earthdistance requires', [
  "SELECT version, requires::text AS r FROM pg_available_extension_versions WHERE name = 'earthdistance' ORDER BY version",
]);
add('pg_available_extension_versions uuid-ossp', [
  "SELECT version, trusted FROM pg_available_extension_versions WHERE name = 'uuid-ossp' ORDER BY version",
]);
add('pg_available_extension_versions plpgsql', [
  "SELECT version, superuser, trusted, relocatable, schema FROM pg_available_extension_versions WHERE name = 'plpgsql'",
]);
add('pg_extension_update_paths pgcrypto', [
  "SELECT source, target, path FROM pg_extension_update_paths('pgcrypto') WHERE path IS NOT NULL ORDER BY 1, 2",
]);
add('pg_extension_update_paths nosuch', ["SELECT * FROM pg_extension_update_paths('r21_h116_nosuch')"]);

// ---------------------------------------------------------------- before CREATE EXTENSION
for (const [name, sql] of [
  ['digest', "SELECT digest('x', 'sha1')"],
  ['hmac', "SELECT hmac('x', 'k', 'sha1')"],
  ['crypt', "SELECT crypt('pw', 'xx')"],
  ['gen_salt', "SELECT gen_salt('bf')"],
  ['uuid_generate_v4', 'SELECT uuid_generate_v4()'],
  ['uuid_generate_v5', "SELECT uuid_generate_v5(uuid_nil(), 'x')"],
  ['uuid_nil', 'SELECT uuid_nil()'],
  ['similarity', "SELECT similarity('a', 'b')"],
  ['show_trgm', "SELECT show_trgm('abc')"],
  ['levenshtein', "SELECT levenshtein('a', 'b')"],
  ['soundex', "SELECT soundex('Robert')"],
  ['metaphone', "SELECT metaphone('Thompson', 10)"],
  ['unaccent', "SELECT unaccent('é')"],
  ['akeys', "SELECT akeys('a=>1')"],
  ['icount', "SELECT icount('{1}'::int[])"],
  ['nlevel', "SELECT nlevel('a.b')"],
  ['crosstab', "SELECT * FROM crosstab('select 1') AS t(a int)"],
  ['normal_rand', 'SELECT * FROM normal_rand(1, 0, 1)'],
  ['earth_distance', 'SELECT earth_distance(ll_to_earth(0, 0), ll_to_earth(1, 1))'],
  ['cube function', 'SELECT cube(1)'],
  ['gen_random_uuid core', 'SELECT length(gen_random_uuid()::text) AS v'],
  ['gen_random_bytes', 'SELECT gen_random_bytes(4)'],
  ['pgp_sym_encrypt', "SELECT pgp_sym_encrypt('x', 'k')"],
  ['word_similarity', "SELECT word_similarity('a', 'b')"],
  ['difference', "SELECT difference('a', 'b')"],
  ['dmetaphone', "SELECT dmetaphone('a')"],
  ['each', "SELECT * FROM each('a=>1')"],
  [
    'lo_manage trigger',
    'CREATE TABLE r21_t (x int); CREATE TRIGGER t BEFORE UPDATE ON r21_t FOR EACH ROW EXECUTE FUNCTION lo_manage(x)',
  ],
] as const) {
  add(`${name} before create extension`, [sql]);
}
for (const [name, sql] of [
  ['hstore', "SELECT 'a=>1'::hstore"],
  ['citext', "SELECT 'a'::citext"],
  ['ltree', "SELECT 'a.b'::ltree"],
  ['cube', "SELECT '(1)'::cube"],
  ['seg', "SELECT '1'::seg"],
  ['isbn', "SELECT '0-306-40615-2'::isbn"],
  ['ean13', "SELECT '9780306406157'::ean13"],
  ['hstore column', 'CREATE TABLE r21_t (h hstore)'],
  ['citext column', 'CREATE TABLE r21_t (c citext)'],
  ['gin_trgm_ops', 'CREATE TABLE r21_t (t text); CREATE INDEX ON r21_t USING gin (t gin_trgm_ops)'],
  ['gist_trgm_ops', 'CREATE TABLE r21_t (t text); CREATE INDEX ON r21_t USING gist (t gist_trgm_ops)'],
  ['gist int exclusion', 'CREATE TABLE r21_t (r int, p tsrange, EXCLUDE USING gist (r WITH =, p WITH &&))'],
  ['gin int index', 'CREATE TABLE r21_t (a int); CREATE INDEX ON r21_t USING gin (a)'],
  ['bloom index', 'CREATE TABLE r21_t (a int); CREATE INDEX ON r21_t USING bloom (a)'],
  ['system_rows sample', 'CREATE TABLE r21_t (a int); SELECT * FROM r21_t TABLESAMPLE system_rows(1)'],
  ['trgm operator', "SELECT 'abc' % 'abd'"],
  ['hstore operator', "SELECT 'a' ? 'b'"],
] as const) {
  add(`${name} before create extension`, [sql]);
}

// ---------------------------------------------------------------- SCHEMA, VERSION, CASCADE
add('create schema clause', [
  'CREATE SCHEMA r21_ext',
  'CREATE EXTENSION hstore SCHEMA r21_ext',
  "SELECT extnamespace::regnamespace::text AS v FROM pg_extension WHERE extname = 'hstore'",
  "SELECT 'a=>1'::r21_ext.hstore -> 'a' AS v",
]);
add('create schema clause type not on path', [
  'CREATE SCHEMA r21_ext',
  'CREATE EXTENSION hstore SCHEMA r21_ext',
  "SELECT 'a=>1'::hstore",
]);
add('create schema missing', ['CREATE EXTENSION hstore SCHEMA r21_nope']);
add('create with schema keyword', [
  'CREATE SCHEMA r21_ext',
  'CREATE EXTENSION pgcrypto WITH SCHEMA r21_ext',
  "SELECT encode(r21_ext.digest('a', 'md5'), 'hex') AS v",
  "SELECT digest('a', 'md5')",
]);
add('create version explicit', [
  "CREATE EXTENSION hstore VERSION '1.8'",
  "SELECT extversion FROM pg_extension WHERE extname = 'hstore'",
]);
add('create version old', [
  "CREATE EXTENSION hstore VERSION '1.4'",
  "SELECT extversion FROM pg_extension WHERE extname = 'hstore'",
]);
add('create version old then update', [
  "CREATE EXTENSION hstore VERSION '1.4'",
  'ALTER EXTENSION hstore UPDATE',
  "SELECT extversion FROM pg_extension WHERE extname = 'hstore'",
]);
add('create version old then update to', [
  "CREATE EXTENSION hstore VERSION '1.5'",
  "ALTER EXTENSION hstore UPDATE TO '1.6'",
  "SELECT extversion FROM pg_extension WHERE extname = 'hstore'",
]);
add('create version bogus', ["CREATE EXTENSION hstore VERSION '9.9'"]);
add('create version pgcrypto 1.4', ["CREATE EXTENSION pgcrypto VERSION '1.4'"]);
add('create version btree_gist 1.8', ["CREATE EXTENSION btree_gist VERSION '1.8'"]);
add('create version uuid-ossp 1.1', [
  `CREATE EXTENSION "uuid-ossp" VERSION '1.1'`,
  "SELECT extversion FROM pg_extension WHERE extname = 'uuid-ossp'",
]);
add('create version unquoted ident', [
  'CREATE EXTENSION cube VERSION "1.5"',
  "SELECT extversion FROM pg_extension WHERE extname = 'cube'",
]);
add('alter update already current', ['ALTER EXTENSION hstore UPDATE'], 'CREATE EXTENSION hstore');
add('alter update to same', ["ALTER EXTENSION hstore UPDATE TO '1.8'"], 'CREATE EXTENSION hstore');
add('alter update to bogus', ["ALTER EXTENSION hstore UPDATE TO '7.0'"], 'CREATE EXTENSION hstore');
add('alter update not installed', ['ALTER EXTENSION hstore UPDATE']);
add(
  'alter set schema',
  [
    'CREATE SCHEMA r21_ext',
    'ALTER EXTENSION hstore SET SCHEMA r21_ext',
    "SELECT extnamespace::regnamespace::text AS v FROM pg_extension WHERE extname = 'hstore'",
    "SELECT typnamespace::regnamespace::text AS v FROM pg_type WHERE typname = 'hstore'",
  ],
  'CREATE EXTENSION hstore',
);
add('alter set schema not relocatable', [
  'CREATE SCHEMA r21_ext',
  'ALTER EXTENSION plpgsql SET SCHEMA r21_ext',
]);
add(
  'alter set schema earthdistance',
  ['CREATE SCHEMA r21_ext', 'ALTER EXTENSION earthdistance SET SCHEMA r21_ext'],
  'CREATE EXTENSION cube; CREATE EXTENSION earthdistance',
);
add('create cascade', [
  'CREATE EXTENSION earthdistance CASCADE',
  "SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1",
]);
add('create requires missing', ['CREATE EXTENSION earthdistance']);
add('create requires present', [
  'CREATE EXTENSION cube',
  'CREATE EXTENSION earthdistance',
  "SELECT extname, extversion FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1",
]);
add('drop required restrict', ['DROP EXTENSION cube'], 'CREATE EXTENSION earthdistance CASCADE');
add(
  'drop required cascade',
  ['DROP EXTENSION cube CASCADE', 'SELECT extname FROM pg_extension ORDER BY 1'],
  'CREATE EXTENSION earthdistance CASCADE',
);
add(
  'drop with dependent column restrict',
  ['DROP EXTENSION hstore'],
  'CREATE EXTENSION hstore; CREATE TABLE r21_t (id int, h hstore)',
);
add(
  'drop with dependent column cascade',
  [
    'DROP EXTENSION hstore CASCADE',
    "SELECT attname FROM pg_attribute WHERE attrelid = 'r21_t'::regclass AND attnum > 0 ORDER BY attnum",
  ],
  'CREATE EXTENSION hstore; CREATE TABLE r21_t (id int, h hstore)',
);
add(
  'drop with dependent view cascade',
  ['DROP EXTENSION pgcrypto CASCADE', "SELECT count(*) AS v FROM pg_class WHERE relname = 'r21_v'"],
  "CREATE EXTENSION pgcrypto; CREATE VIEW r21_v AS SELECT digest('a', 'md5') AS d",
);
add(
  'drop with dependent index restrict',
  ['DROP EXTENSION btree_gin'],
  'CREATE EXTENSION btree_gin; CREATE TABLE r21_t (a int); CREATE INDEX r21_i ON r21_t USING gin (a)',
);
add(
  'drop with dependent index cascade',
  ['DROP EXTENSION btree_gin CASCADE', "SELECT count(*) AS v FROM pg_class WHERE relname = 'r21_i'"],
  'CREATE EXTENSION btree_gin; CREATE TABLE r21_t (a int); CREATE INDEX r21_i ON r21_t USING gin (a)',
);
add(
  'drop with dependent function',
  ['DROP EXTENSION pgcrypto'],
  "CREATE EXTENSION pgcrypto; CREATE FUNCTION r21_f() RETURNS bytea LANGUAGE sql BEGIN ATOMIC SELECT digest('a', 'md5'); END",
);
add(
  'drop with dependent plain sql function',
  ['DROP EXTENSION pgcrypto', 'SELECT r21_f()'],
  "CREATE EXTENSION pgcrypto; CREATE FUNCTION r21_f() RETURNS bytea LANGUAGE sql AS $$ SELECT digest('a', 'md5') $$",
);
add('drop extension member function', ['DROP FUNCTION digest(text, text)'], 'CREATE EXTENSION pgcrypto');
add('drop extension member type', ['DROP TYPE hstore'], 'CREATE EXTENSION hstore');
add('drop extension member type cascade', ['DROP TYPE hstore CASCADE'], 'CREATE EXTENSION hstore');
add(
  'alter extension drop function',
  [
    'ALTER EXTENSION pgcrypto DROP FUNCTION digest(text, text)',
    'DROP FUNCTION digest(text, text)',
    "SELECT count(*) AS v FROM pg_proc WHERE proname = 'digest'",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'alter extension add function',
  [
    'CREATE FUNCTION r21_f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
    'ALTER EXTENSION hstore ADD FUNCTION r21_f()',
    'DROP EXTENSION hstore',
    "SELECT count(*) AS v FROM pg_proc WHERE proname = 'r21_f'",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'alter extension add already member',
  ['ALTER EXTENSION hstore ADD FUNCTION akeys(hstore)'],
  'CREATE EXTENSION hstore',
);
add('alter extension not installed add', [
  'CREATE FUNCTION r21_f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'ALTER EXTENSION hstore ADD FUNCTION r21_f()',
]);
add(
  'extension members counted',
  [
    "SELECT count(*) > 50 AS v FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hstore')",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'extension member types',
  [
    "SELECT t.typname FROM pg_depend d JOIN pg_type t ON t.oid = d.objid WHERE d.classid = 'pg_type'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hstore') ORDER BY 1",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'extension member functions pgcrypto',
  [
    "SELECT p.proname FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pgcrypto') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'extension member functions uuid-ossp',
  [
    "SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS a FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'uuid-ossp') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION "uuid-ossp"',
);
add(
  'extension member functions fuzzystrmatch',
  [
    "SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS a FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fuzzystrmatch') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION fuzzystrmatch',
);
add(
  'extension member functions tablefunc',
  [
    "SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS a FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tablefunc') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION tablefunc',
);
add(
  'extension member functions earthdistance',
  [
    "SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS a FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'earthdistance') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION earthdistance CASCADE',
);
add(
  'extension member count pgcrypto',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pgcrypto') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'extension member count hstore',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hstore') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'extension member count btree_gist',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'btree_gist') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION btree_gist',
);
add(
  'extension member count btree_gin',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'btree_gin') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION btree_gin',
);
add(
  'extension member count cube',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cube') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION cube',
);
add(
  'extension member count intarray',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'intarray') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION intarray',
);
add(
  'extension member count isn',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'isn') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION isn',
);
add(
  'extension member count seg',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'seg') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION seg',
);
add(
  'extension member count fuzzystrmatch',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fuzzystrmatch') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION fuzzystrmatch',
);
add(
  'extension member count tablefunc',
  [
    "SELECT classid::regclass::text AS c, count(*) AS n FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'tablefunc') GROUP BY 1 ORDER BY 1",
  ],
  'CREATE EXTENSION tablefunc',
);
add(
  'extension comment',
  ["SELECT obj_description(oid, 'pg_extension') AS v FROM pg_extension WHERE extname = 'pgcrypto'"],
  'CREATE EXTENSION pgcrypto',
);
add(
  'comment on extension',
  [
    "COMMENT ON EXTENSION hstore IS 'r21 mine'",
    "SELECT obj_description(oid, 'pg_extension') AS v FROM pg_extension WHERE extname = 'hstore'",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'function comment from extension',
  ["SELECT obj_description('digest(text,text)'::regprocedure, 'pg_proc') AS v"],
  'CREATE EXTENSION pgcrypto',
);
add(
  'pg_describe_object of member',
  [
    "SELECT pg_describe_object(classid, objid, objsubid) AS v FROM pg_depend WHERE deptype = 'e' AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'uuid-ossp') ORDER BY 1",
  ],
  'CREATE EXTENSION "uuid-ossp"',
);
add(
  'regprocedure of digest',
  [
    "SELECT 'digest(text,text)'::regprocedure::text AS v",
    "SELECT 'digest(bytea,text)'::regprocedure::text AS v",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'function result types pgcrypto',
  [
    "SELECT proname, pg_get_function_arguments(oid) AS a, prorettype::regtype::text AS r, provolatile, proisstrict, proparallel FROM pg_proc WHERE proname IN ('digest', 'hmac', 'crypt', 'gen_salt', 'gen_random_bytes', 'gen_random_uuid', 'encrypt', 'decrypt') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION pgcrypto',
);
add(
  'function result types uuid-ossp',
  [
    "SELECT proname, pg_get_function_arguments(oid) AS a, prorettype::regtype::text AS r, provolatile, proisstrict FROM pg_proc WHERE proname LIKE 'uuid%' ORDER BY 1, 2",
  ],
  'CREATE EXTENSION "uuid-ossp"',
);
add(
  'function result types fuzzystrmatch',
  [
    "SELECT proname, pg_get_function_arguments(oid) AS a, prorettype::regtype::text AS r, provolatile, proisstrict, proparallel FROM pg_proc WHERE proname IN ('levenshtein', 'levenshtein_less_equal', 'soundex', 'difference', 'metaphone', 'dmetaphone', 'dmetaphone_alt', 'text_soundex') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION fuzzystrmatch',
);
add(
  'function result types hstore',
  [
    "SELECT proname, pg_get_function_arguments(oid) AS a, prorettype::regtype::text AS r, provolatile FROM pg_proc WHERE proname IN ('akeys', 'avals', 'skeys', 'svals', 'each', 'hstore_to_json', 'hstore_to_jsonb', 'exist', 'defined', 'delete', 'slice', 'populate_record') ORDER BY 1, 2",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'operators of hstore',
  [
    "SELECT oprname, oprleft::regtype::text AS l, oprright::regtype::text AS r, oprresult::regtype::text AS res FROM pg_operator WHERE oprleft = 'hstore'::regtype OR oprright = 'hstore'::regtype ORDER BY 1, 2, 3",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'casts of hstore',
  [
    "SELECT castsource::regtype::text AS s, casttarget::regtype::text AS t, castcontext FROM pg_cast WHERE castsource = 'hstore'::regtype OR casttarget = 'hstore'::regtype ORDER BY 1, 2",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'type hstore row',
  [
    "SELECT typname, typlen, typbyval, typtype, typcategory, typdelim, typstorage, typalign FROM pg_type WHERE typname = 'hstore'",
  ],
  'CREATE EXTENSION hstore',
);
add(
  'type cube row',
  ["SELECT typname, typlen, typtype, typcategory, typstorage, typalign FROM pg_type WHERE typname = 'cube'"],
  'CREATE EXTENSION cube',
);
add(
  'type seg row',
  ["SELECT typname, typlen, typbyval, typtype, typalign FROM pg_type WHERE typname = 'seg'"],
  'CREATE EXTENSION seg',
);
add(
  'types isn',
  [
    "SELECT typname, typlen, typbyval, typcategory FROM pg_type WHERE typname IN ('ean13', 'isbn', 'isbn13', 'ismn', 'ismn13', 'issn', 'issn13', 'upc') ORDER BY 1",
  ],
  'CREATE EXTENSION isn',
);
add(
  'format_type of extension types',
  [
    "SELECT format_type('hstore'::regtype, NULL) AS a, format_type('cube'::regtype, NULL) AS b, format_type('_hstore'::regtype, NULL) AS c",
  ],
  'CREATE EXTENSION hstore; CREATE EXTENSION cube',
);
add(
  'pg_typeof extension values',
  [
    "SELECT pg_typeof('a=>1'::hstore)::text AS a, pg_typeof(cube(1))::text AS b, pg_typeof('1'::seg)::text AS c",
  ],
  'CREATE EXTENSION hstore; CREATE EXTENSION cube; CREATE EXTENSION seg',
);
add(
  'opclasses btree_gin',
  [
    "SELECT opcname, opcintype::regtype::text AS t, opcdefault FROM pg_opclass WHERE opcmethod = (SELECT oid FROM pg_am WHERE amname = 'gin') AND opcname NOT IN ('array_ops', 'jsonb_ops', 'jsonb_path_ops', 'tsvector_ops') ORDER BY 1",
  ],
  'CREATE EXTENSION btree_gin',
);
add(
  'opclasses btree_gist',
  [
    "SELECT opcname, opcintype::regtype::text AS t, opcdefault FROM pg_opclass WHERE opcname LIKE 'gist\\_%' ORDER BY 1",
  ],
  'CREATE EXTENSION btree_gist',
);
add(
  'opclasses intarray',
  [
    "SELECT opcname, opcmethod, opcdefault FROM pg_opclass o JOIN pg_am a ON a.oid = o.opcmethod WHERE opcname LIKE '%int%' AND opcname LIKE '%\\_ops' AND a.amname IN ('gin', 'gist') AND opcname LIKE 'gi%' ORDER BY 1",
  ],
  'CREATE EXTENSION intarray',
);
add(
  'ext search_path in function',
  ["SELECT proconfig FROM pg_proc WHERE proname = 'll_to_earth'"],
  'CREATE EXTENSION earthdistance CASCADE',
);
add('create in transaction rolled back', [
  'BEGIN',
  'CREATE EXTENSION hstore',
  'ROLLBACK',
  "SELECT count(*) AS v FROM pg_extension WHERE extname = 'hstore'",
]);
add('create in savepoint rolled back', [
  'BEGIN',
  'SAVEPOINT s',
  'CREATE EXTENSION pgcrypto',
  'ROLLBACK TO s',
  "SELECT count(*) AS v FROM pg_extension WHERE extname = 'pgcrypto'",
  'COMMIT',
]);
add('create in aborted transaction', ['BEGIN', 'SELECT 1/0', 'CREATE EXTENSION hstore', 'ROLLBACK']);
add('create in function body', [
  "DO $$ BEGIN EXECUTE 'CREATE EXTENSION hstore'; END $$",
  "SELECT extname FROM pg_extension WHERE extname = 'hstore'",
]);
add('create unavailable in DO', ["DO $$ BEGIN EXECUTE 'CREATE EXTENSION r21_h116_nosuch'; END $$"]);
add('create unavailable caught in DO', [
  "DO $$ BEGIN CREATE EXTENSION r21_h116_nosuch; EXCEPTION WHEN feature_not_supported THEN RAISE NOTICE 'caught'; END $$",
  'SELECT 1 AS v',
]);
add('create extension extended protocol', [
  { sql: 'CREATE EXTENSION IF NOT EXISTS pgcrypto', params: [] },
  "SELECT encode(digest('a', 'sha1'), 'hex') AS v",
]);
add('create extension command tag', ['CREATE EXTENSION pgcrypto']);
add('drop extension command tag', ['DROP EXTENSION pgcrypto'], 'CREATE EXTENSION pgcrypto');
add(
  'alter extension command tag',
  ['CREATE SCHEMA r21_ext', 'ALTER EXTENSION pgcrypto SET SCHEMA r21_ext'],
  'CREATE EXTENSION pgcrypto',
);
add('create extension name case', [
  'CREATE EXTENSION HSTORE',
  "SELECT extname FROM pg_extension WHERE extname = 'hstore'",
]);
add('create extension quoted upper', ['CREATE EXTENSION "HSTORE"']);
add('create extension uuid-ossp unquoted', ['CREATE EXTENSION uuid-ossp']);
add('create extension string name', ["CREATE EXTENSION 'hstore'"]);
add('create extension from unpackaged', ['CREATE EXTENSION hstore FROM unpackaged']);
add(
  'create extension schema conflicting object',
  ['CREATE EXTENSION hstore'],
  'CREATE FUNCTION akeys(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$; CREATE TYPE hstore AS (a int)',
);
add('create extension type name taken', ['CREATE EXTENSION cube'], 'CREATE TYPE cube AS (a int)');
add(
  'create extension function name taken',
  ['CREATE EXTENSION "uuid-ossp"', 'SELECT uuid_nil() AS v'],
  "CREATE FUNCTION uuid_nil() RETURNS text LANGUAGE sql AS $$ SELECT 'mine' $$",
);
add('two schemas same extension', [
  'CREATE SCHEMA r21_a',
  'CREATE EXTENSION hstore SCHEMA r21_a',
  'CREATE SCHEMA r21_b',
  'CREATE EXTENSION hstore SCHEMA r21_b',
]);
add(
  'drop schema holding extension',
  ['DROP SCHEMA r21_ext'],
  'CREATE SCHEMA r21_ext; CREATE EXTENSION hstore SCHEMA r21_ext',
);
add(
  'drop schema holding extension cascade',
  ['DROP SCHEMA r21_ext CASCADE', "SELECT count(*) AS v FROM pg_extension WHERE extname = 'hstore'"],
  'CREATE SCHEMA r21_ext; CREATE EXTENSION hstore SCHEMA r21_ext',
);
add('drop schema public with extension', ['DROP SCHEMA public'], 'CREATE EXTENSION pgcrypto');
add(
  'drop owned by postgres keeps extension?',
  ["SELECT extowner::regrole::text AS v FROM pg_extension WHERE extname = 'pgcrypto'"],
  'CREATE EXTENSION pgcrypto',
);
add(
  'extconfig of tablefunc',
  ["SELECT extconfig, extcondition FROM pg_extension WHERE extname = 'tablefunc'"],
  'CREATE EXTENSION tablefunc',
);
add(
  'has_function_privilege on member',
  ["SELECT has_function_privilege('digest(text,text)', 'execute') AS v"],
  'CREATE EXTENSION pgcrypto',
);
add(
  'information_schema routines of extension',
  [
    "SELECT routine_name, data_type FROM information_schema.routines WHERE routine_name IN ('uuid_nil', 'uuid_ns_dns', 'uuid_generate_v5') ORDER BY 1",
  ],
  'CREATE EXTENSION "uuid-ossp"',
);
add(
  'information_schema column of extension type',
  [
    "SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 'r21_t' ORDER BY ordinal_position",
  ],
  'CREATE EXTENSION hstore; CREATE EXTENSION cube; CREATE TABLE r21_t (h hstore, c cube, hs hstore[])',
);
add(
  'pg_get_indexdef of extension opclass',
  ["SELECT pg_get_indexdef('r21_i'::regclass) AS v"],
  'CREATE EXTENSION btree_gist; CREATE TABLE r21_t (a int, b int); CREATE INDEX r21_i ON r21_t USING gist (a, b)',
);
add(
  'pg_get_constraintdef of exclusion',
  ["SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'r21_x'"],
  'CREATE EXTENSION btree_gist; CREATE TABLE r21_t (room int, during tsrange, CONSTRAINT r21_x EXCLUDE USING gist (room WITH =, during WITH &&))',
);

export default list.cases;
