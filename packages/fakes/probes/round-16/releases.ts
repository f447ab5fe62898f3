// Round 16: differential probe from the PostgreSQL 16, 17 and 18 release notes. Each case shows a
// difference between PostgreSQL 15 and a later version; the real server is PostgreSQL 15.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();
/** A setting that exists in 15 (or not): SHOW it and read it through current_setting/pg_settings. */
const setting = (tag: string, name: string) => {
  list.add(`${tag}: SHOW ${name}`, [`SHOW ${name}`]);
  list.add(`${tag}: pg_settings has ${name}`, [
    `SELECT count(*)::int AS n FROM pg_settings WHERE name = '${name}'`,
  ]);
  list.add(`${tag}: current_setting(${name}, true) is null`, [
    `SELECT current_setting('${name}', true) IS NULL AS v`,
  ]);
};
/** A column of a catalog or view that exists in one version only. */
const column = (tag: string, rel: string, col: string) => {
  list.add(`${tag}: ${rel}.${col} selectable`, [
    `SELECT count(${col})::int * 0 AS n FROM ${rel} WHERE false`,
  ]);
  list.add(`${tag}: information_schema lists ${rel}.${col}`, [
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema IN ('pg_catalog', 'information_schema') AND table_name = '${rel.replace(/^.*\./, '')}' AND column_name = '${col}'`,
  ]);
};
const relation = (tag: string, rel: string) => {
  list.add(`${tag}: ${rel} exists`, [`SELECT count(*) >= 0 AS v FROM ${rel}`]);
  list.add(`${tag}: to_regclass(${rel})`, [`SELECT to_regclass('${rel}') IS NULL AS v`]);
};
const fn = (tag: string, name: string) =>
  list.add(`${tag}: pg_proc has ${name}`, [
    `SELECT count(*)::int AS n FROM pg_proc WHERE proname = '${name}'`,
  ]);

// ================================================================ PostgreSQL 16: migration items
// Bound cursor variables: portal name no longer defaults to the variable name.
list.add('16 plpgsql bound cursor portal name is the variable name', [
  `CREATE FUNCTION cur_name() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT 1; BEGIN OPEN c; RETURN c::text; END $$`,
  `SELECT cur_name() AS v`,
]);
list.add('16 plpgsql bound cursor fetch by variable name in same transaction', [
  'BEGIN',
  `CREATE FUNCTION cur_open() RETURNS refcursor LANGUAGE plpgsql AS $$ DECLARE mycur CURSOR FOR SELECT 42 AS x; BEGIN OPEN mycur; RETURN mycur; END $$`,
  `SELECT cur_open()::text AS v`,
  'FETCH ALL FROM mycur',
  'COMMIT',
]);
list.add('16 plpgsql bound cursor two opens in two functions collide on 15', [
  'BEGIN',
  `CREATE FUNCTION cur_a() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT 1; BEGIN OPEN c; RETURN 1; END $$`,
  `SELECT cur_a() AS v`,
  `SELECT cur_a() AS v`,
  'ROLLBACK',
]);
// NULLS NOT DISTINCT index as primary key.
list.add('16 primary key using a NULLS NOT DISTINCT index', [
  'CREATE TABLE nnd (a int NOT NULL)',
  'CREATE UNIQUE INDEX nnd_i ON nnd (a) NULLS NOT DISTINCT',
  'ALTER TABLE nnd ADD PRIMARY KEY USING INDEX nnd_i',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'nnd'::regclass AND contype = 'p'`,
]);
list.add('16 unique constraint using a NULLS NOT DISTINCT index', [
  'CREATE TABLE nnd2 (a int)',
  'CREATE UNIQUE INDEX nnd2_i ON nnd2 (a) NULLS NOT DISTINCT',
  'ALTER TABLE nnd2 ADD CONSTRAINT nnd2_u UNIQUE USING INDEX nnd2_i',
  `SELECT indnullsnotdistinct AS v FROM pg_index WHERE indexrelid = 'nnd2_u'::regclass`,
]);
// Generated columns and inheritance.
list.add('16 inherited child with generated column where parent is plain', [
  'CREATE TABLE gp (a int, b int)',
  'CREATE TABLE gc (a int, b int GENERATED ALWAYS AS (a * 2) STORED) INHERITS (gp)',
  'INSERT INTO gc (a) VALUES (3)',
  'SELECT a AS a, b AS b FROM gp',
]);
list.add('16 inherited child plain where parent is generated', [
  'CREATE TABLE gp2 (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'CREATE TABLE gc2 (a int, b int) INHERITS (gp2)',
  `SELECT attgenerated AS v FROM pg_attribute WHERE attrelid = 'gc2'::regclass AND attname = 'b'`,
]);
list.add('16 partition with different generation expression', [
  'CREATE TABLE gpp (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a)',
  'CREATE TABLE gpp1 (a int, b int GENERATED ALWAYS AS (a * 3) STORED)',
  'ALTER TABLE gpp ATTACH PARTITION gpp1 FOR VALUES FROM (0) TO (10)',
  'INSERT INTO gpp (a) VALUES (2)',
  'SELECT a AS a, b AS b FROM gpp',
]);
list.add('16 partition plain column attached to generated parent', [
  'CREATE TABLE gpq (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a)',
  'CREATE TABLE gpq1 (a int, b int)',
  'ALTER TABLE gpq ATTACH PARTITION gpq1 FOR VALUES FROM (0) TO (10)',
]);
// Views made by ON SELECT rules.
list.add('16 CREATE RULE _RETURN turns a table into a view', [
  'CREATE TABLE rv (x int)',
  'CREATE TABLE rv_src (x int)',
  `CREATE RULE "_RETURN" AS ON SELECT TO rv DO INSTEAD SELECT * FROM rv_src`,
  `SELECT relkind AS v FROM pg_class WHERE relname = 'rv'`,
]);
// Removed and renamed settings.
setting('16 removed', 'vacuum_defer_cleanup_age');
setting('16 removed', 'promote_trigger_file');
setting('16 renamed from', 'force_parallel_mode');
setting('16 renamed to', 'debug_parallel_query');
setting('16 removed', 'lc_collate');
setting('16 removed', 'lc_ctype');
list.add('16 SET force_parallel_mode off', ['SET force_parallel_mode = off', 'SHOW force_parallel_mode']);
list.add('16 SET debug_parallel_query off', ['SET debug_parallel_query = off']);
list.add('16 lc_collate equals datcollate', [
  `SELECT current_setting('lc_collate') = datcollate AS v FROM pg_database WHERE datname = current_database()`,
]);
// CREATEROLE / role attributes visible in catalogs
list.add('16 predefined roles added in 16', [
  `SELECT string_agg(rolname, ',' ORDER BY rolname) AS v FROM pg_roles WHERE rolname IN ('pg_create_subscription', 'pg_use_reserved_connections')`,
]);
list.add('16 pg_auth_members new columns', [
  'SELECT count(inherit_option)::int * 0 AS a, count(set_option)::int * 0 AS b FROM pg_auth_members WHERE false',
]);
list.add('16 pg_auth_members.grantor only columns in 15', [
  `SELECT string_agg(attname, ',' ORDER BY attnum) AS v FROM pg_attribute WHERE attrelid = 'pg_auth_members'::regclass AND attnum > 0`,
]);

// ================================================================ PostgreSQL 16: numeric literals
list.select('16 hex integer literal', '0x1F');
list.select('16 octal integer literal', '0o17');
list.select('16 binary integer literal', '0b101');
list.select('16 uppercase hex literal', '0X1f');
list.select('16 underscore in integer literal', '1_000_000');
list.select('16 underscore in decimal literal', '1_000.000_5');
list.select('16 underscore in exponent', '1e1_0');
list.select('16 negative hex literal', '-0x10');
list.select('16 large hex literal becomes numeric', '0xFFFFFFFFFFFFFFFFFF');
list.select('16 hex literal pg_typeof', 'pg_typeof(0x7FFFFFFF)::text');
list.select('16 hex literal bigint pg_typeof', 'pg_typeof(0x80000000)::text');
list.select('16 trailing underscore literal', '100_');
list.select('16 double underscore literal', '1__000');
list.select('16 0x without digits', '0x');
list.select('16 0b with bad digit', '0b102');
list.select('16 hex in int4 input', `'0x1F'::int4`);
list.select('16 octal in int2 input', `'0o17'::int2`);
list.select('16 binary in int8 input', `'0b1010'::int8`);
list.select('16 underscore in int4 input', `'1_000'::int4`);
list.select('16 underscore in int8 input', `'1_000_000_000_000'::int8`);
list.select('16 underscore in numeric input', `'1_000.5'::numeric`);
list.select('16 hex in numeric input', `'0x10'::numeric`);
list.select('16 underscore in float8 input', `'1_000.5'::float8`);
list.select('16 hex in oid input', `'0x10'::oid`);
list.select('16 leading underscore int input', `'_1000'::int4`);
list.select('16 hex int4 with spaces', `' 0x1F '::int4`);
list.select('16 negative hex int4 input', `'-0x80000000'::int4`);
list.select('16 int4 hex overflow', `'0x80000000'::int4`);
list.add('16 hex literal in params cast', [{ sql: 'SELECT $1::int AS v', params: ['0x10'] }]);
list.add('16 underscore literal in params cast', [{ sql: 'SELECT $1::int AS v', params: ['1_0'] }]);
list.select('16 pg_input_is_valid hex', `pg_input_is_valid('0x10', 'int4')`);
list.select('16 jsonpath hex literal', `jsonb_path_query_first('{}', '0x10')`);
list.select('16 jsonpath underscore literal', `jsonb_path_query_first('{}', '1_000')`);
list.select('16 jsonpath trailing junk after number', `'$ ? (@ == 1a)'::jsonpath::text`);
list.select('16 jsonpath numeric literal .1', `jsonb_path_query_first('{}', '.1 + 1')`);
list.select('16 jsonpath numeric literal 1.', `jsonb_path_query_first('{}', '1. + 1')`);
list.select('16 jsonpath 0x text', `'$.a + 0x1'::jsonpath::text`);
list.select('16 numeric literal followed by identifier 1ab', '1ab');
list.select('16 literal 123abc', '123abc');
list.select('16 literal 0x1FG', '0x1FG');

// ================================================================ PostgreSQL 16: grammar and functions
list.add('16 subquery in FROM without alias', ['SELECT x AS x FROM (SELECT 1 AS x)']);
list.add('16 VALUES in FROM without alias', ['SELECT count(*)::int AS n FROM (VALUES (1), (2))']);
list.add('16 subquery in FROM without alias joined', [
  'SELECT count(*)::int AS n FROM (SELECT 1 AS a) JOIN (SELECT 1 AS b) ON true',
]);
list.select('16 IS JSON', `'{"a":1}' IS JSON`);
list.select('16 IS JSON OBJECT', `'[1]' IS JSON OBJECT`);
list.select('16 IS NOT JSON', `'x' IS NOT JSON`);
list.select('16 IS JSON ARRAY', `'[1]' IS JSON ARRAY`);
list.select('16 IS JSON SCALAR', `'1' IS JSON SCALAR`);
list.select('16 IS JSON WITH UNIQUE KEYS', `'{"a":1,"a":2}' IS JSON WITH UNIQUE KEYS`);
list.select('16 IS JSON on jsonb', `'{}'::jsonb IS JSON`);
list.select('16 JSON_OBJECT constructor', `JSON_OBJECT('a' VALUE 1)::text`);
list.select('16 JSON_OBJECT colon syntax', `JSON_OBJECT('a' : 1)::text`);
list.select('16 JSON_ARRAY constructor', `JSON_ARRAY(1, 'x', NULL)::text`);
list.select('16 JSON_ARRAY NULL ON NULL', `JSON_ARRAY(1, NULL NULL ON NULL)::text`);
list.select('16 JSON_ARRAY RETURNING jsonb', `JSON_ARRAY(1, 2 RETURNING jsonb)::text`);
list.add('16 JSON_ARRAYAGG', ['SELECT JSON_ARRAYAGG(x ORDER BY x)::text AS v FROM (VALUES (2), (1)) t(x)']);
list.add('16 JSON_OBJECTAGG', [`SELECT JSON_OBJECTAGG(k VALUE v)::text AS v FROM (VALUES ('a', 1)) t(k, v)`]);
list.add('16 json_array as identifier function name', [
  'CREATE FUNCTION json_array(int) RETURNS int LANGUAGE sql AS $f$ SELECT $1 $f$',
  'SELECT json_array(5) AS v',
]);
list.add('16 any_value aggregate', ['SELECT any_value(x) AS v FROM (VALUES (7), (7)) t(x)']);
list.add('16 any_value with group by', [
  'SELECT g AS g, any_value(x) AS v FROM (VALUES (1, 5), (2, 6)) t(g, x) GROUP BY g ORDER BY g',
]);
list.select('16 array_sample zero', `array_sample(ARRAY[1,2,3], 0)`);
list.select('16 array_shuffle cardinality', `cardinality(array_shuffle(ARRAY[1,2,3]))`);
list.select('16 random_normal count', `random_normal() IS NOT NULL`);
list.select('16 random_normal zero stddev', `random_normal(5, 0)`);
list.select('16 erf', `erf(0)`);
list.select('16 erfc', `erfc(0)`);
list.select('16 erf 1', `round(erf(1)::numeric, 6)`);
list.select(
  '16 date_add timestamptz interval',
  `date_add('2021-10-31 00:00:00+02'::timestamptz, '1 day'::interval, 'Europe/Warsaw')::text`,
);
list.select(
  '16 date_subtract',
  `date_subtract('2021-11-01 00:00:00+01'::timestamptz, '1 day'::interval, 'Europe/Warsaw')::text`,
);
list.select(
  '16 date_add without zone',
  `date_add('2021-01-01 00:00:00+00'::timestamptz, '1 day'::interval) IS NOT NULL`,
);
list.add('16 generate_series timestamptz with time zone', [
  `SELECT count(*)::int AS n FROM generate_series('2021-10-30 00:00+00'::timestamptz, '2021-11-02 00:00+00'::timestamptz, '1 day'::interval, 'Europe/Warsaw')`,
]);
list.select('16 pg_input_is_valid int', `pg_input_is_valid('42', 'integer')`);
list.select('16 pg_input_is_valid bad', `pg_input_is_valid('4x', 'integer')`);
list.add('16 pg_input_error_info', [`SELECT sql_error_code AS v FROM pg_input_error_info('4x', 'integer')`]);
list.select('16 SYSTEM_USER', 'SYSTEM_USER IS NULL');
list.select('16 system_user as column name', `(SELECT system_user FROM (SELECT 1 AS system_user) t)`);
list.select('16 to_regclass with numeric oid', `to_regclass('1259')::text`);
list.select('16 to_regtype with numeric oid', `to_regtype('23')::text`);
list.select('16 to_regproc with numeric oid', `to_regproc('1242') IS NULL`);
list.select('16 to_regnamespace with numeric oid', `to_regnamespace('11')::text`);
list.select('16 to_regrole with numeric oid', `to_regrole('10') IS NULL`);
list.select('16 to_regoper with numeric oid', `to_regoper('96') IS NULL`);
list.select('16 to_regcollation with numeric oid', `to_regcollation('100') IS NULL`);
list.select('16 xmlserialize INDENT', `xmlserialize(DOCUMENT '<a><b>1</b></a>' AS text INDENT)`);
list.select('16 xmlserialize NO INDENT', `xmlserialize(DOCUMENT '<a><b>1</b></a>' AS text NO INDENT)`);
list.select('16 pg_size_bytes with B', `pg_size_bytes('10 B')`);
list.select('16 pg_size_bytes bytes unit', `pg_size_bytes('10 bytes')`);
list.select('16 pg_size_pretty numeric huge', `pg_size_pretty(1e20::numeric)`);
list.select('16 pg_size_pretty bigint', `pg_size_pretty(10485760::bigint)`);
list.add('16 CREATE STATISTICS without a name', [
  'CREATE TABLE st (a int, b int)',
  'CREATE STATISTICS ON a, b FROM st',
  `SELECT count(*)::int AS n FROM pg_statistic_ext WHERE stxrelid = 'st'::regclass`,
]);
list.add('16 CREATE TABLE column STORAGE clause', [
  'CREATE TABLE sto (a text STORAGE EXTERNAL)',
  `SELECT attstorage AS v FROM pg_attribute WHERE attrelid = 'sto'::regclass AND attname = 'a'`,
]);
list.add('16 CREATE TABLE column COMPRESSION and STORAGE', [
  'CREATE TABLE sto2 (a text STORAGE MAIN COMPRESSION pglz)',
]);
list.add('16 ALTER TABLE SET STORAGE DEFAULT', [
  'CREATE TABLE sto3 (a text)',
  'ALTER TABLE sto3 ALTER COLUMN a SET STORAGE DEFAULT',
  `SELECT attstorage AS v FROM pg_attribute WHERE attrelid = 'sto3'::regclass AND attname = 'a'`,
]);
list.add('16 VACUUM PROCESS_MAIN', ['CREATE TABLE vm (a int)', 'VACUUM (PROCESS_MAIN false) vm']);
list.add('16 VACUUM BUFFER_USAGE_LIMIT', [
  'CREATE TABLE vb (a int)',
  `VACUUM (BUFFER_USAGE_LIMIT '256kB') vb`,
]);
list.add('16 VACUUM SKIP_DATABASE_STATS', ['CREATE TABLE vs (a int)', 'VACUUM (SKIP_DATABASE_STATS) vs']);
list.add('16 VACUUM ONLY_DATABASE_STATS', ['VACUUM (ONLY_DATABASE_STATS)']);
list.add('16 ANALYZE BUFFER_USAGE_LIMIT', [
  'CREATE TABLE ab (a int)',
  `ANALYZE (BUFFER_USAGE_LIMIT '256kB') ab`,
]);
setting('16 new', 'vacuum_buffer_usage_limit');
list.add('16 EXPLAIN GENERIC_PLAN', [
  'CREATE TABLE eg (a int)',
  'EXPLAIN (GENERIC_PLAN, COSTS OFF) SELECT * FROM eg WHERE a = $1',
]);
relation('16 new view', 'pg_stat_io');
column('16 new', 'pg_stat_all_tables', 'last_seq_scan');
column('16 new', 'pg_stat_all_tables', 'last_idx_scan');
column('16 new', 'pg_stat_all_tables', 'n_tup_newpage_upd');
column('16 new', 'pg_stat_all_indexes', 'last_idx_scan');
column('16 new', 'pg_database', 'daticurules');
column('16 new', 'pg_collation', 'collicurules');
column('16 new', 'pg_prepared_statements', 'result_types');
column('16 new', 'pg_stat_subscription', 'leader_pid');
column('16 new', 'pg_replication_slots', 'conflicting');
list.add('16 CREATE COLLATION with rules', [
  `CREATE COLLATION cr (provider = icu, locale = 'und', rules = '&a < g')`,
]);
list.add('16 GRANT role WITH INHERIT option grammar', [
  'GRANT pg_read_all_stats TO pg_monitor WITH INHERIT TRUE',
]);
list.add('16 GRANT role WITH SET option grammar', ['GRANT pg_read_all_stats TO pg_monitor WITH SET FALSE']);
fn('16 new function', 'pg_input_is_valid');
fn('16 new function', 'any_value');
fn('16 new function', 'array_sample');
fn('16 new function', 'erf');
fn('16 new function', 'date_add');
fn('16 new function', 'pg_split_walfile_name');
fn('16 new function', 'pg_log_standby_snapshot');
fn('16 new function', 'pg_stat_get_backend_subxact');
list.add('16 pg_split_walfile_name', [
  `SELECT segment_number::text AS a, timeline_id::text AS b FROM pg_split_walfile_name('000000010000000100000002')`,
]);
list.select('16 interval ago in the middle', `'1 day ago 2 hours'::interval::text`);
list.select('16 interval with repeated ago', `'1 day ago ago'::interval::text`);
list.select('16 justify_interval overflow', `justify_interval('2147483647 months 30 days'::interval)::text`);
list.select('16 justify_days overflow', `justify_days('2147483647 months 30 days'::interval)::text`);
list.select('16 justify_hours overflow', `justify_hours('2147483647 days 24 hrs'::interval)::text`);
list.select('16 interval unit less number', `'1 day 2'::interval::text`);
list.select('16 date J prefix with other fields', `'J2451187 2020-01-01'::date::text`);
list.select('16 timestamp with trailing junk field', `'2020-01-01 12:00 foo'::timestamp::text`);
list.select('16 plus infinity date input', `'+infinity'::date::text`);
list.select('16 plus infinity timestamp input', `'+infinity'::timestamp::text`);
list.select('16 minus infinity timestamptz input', `'-infinity'::timestamptz::text`);
list.select(
  '16 to_timestamp TZ pattern input',
  `to_timestamp('2020-01-01 12:00 PST', 'YYYY-MM-DD HH24:MI TZ')::timestamp::text`,
);
list.select(
  '16 to_timestamp OF pattern input',
  `to_timestamp('2020-01-01 12:00 +05:30', 'YYYY-MM-DD HH24:MI OF')::timestamp::text`,
);
list.select('16 to_date TZ pattern', `to_date('2020-01-01 UTC', 'YYYY-MM-DD TZ')::text`);
list.select('16 power numeric integer exponent', `power(1.000000000123::numeric, 1000000)::text`);
list.select('16 power numeric negative integer exponent', `power(2::numeric, -3)::text`);
list.select('16 power numeric large exponent', `power(10::numeric, 20)::text`);
list.select('16 numeric exp precision', `exp(1.0::numeric)::text`);
list.select('16 numeric ln small', `ln(1.00000000000000000001::numeric)::text`);
list.select('16 sqrt numeric', `sqrt(2::numeric)::text`);
list.select('16 numeric division rounding', `(1::numeric / 3)::text`);
list.select('16 numeric scale of multiplication', `(1.5::numeric * 1.25)::text`);
list.select('16 float8 to text', `(0.1::float8 + 0.2::float8)::text`);
list.select('16 to_char with V', `to_char(12.4, '99V9')`);
list.select('16 to_number with V', `to_number('124', '99V9')::text`);
list.select('16 to_char EEEE', `to_char(1234.5, '9.99EEEE')`);
list.select('16 pg_lsn minus numeric', `('0/10'::pg_lsn - 16::numeric)::text`);
list.select(
  '16 array_agg of arrays different dims',
  `(SELECT array_agg(a)::text FROM (VALUES (ARRAY[1]), (ARRAY[1,2])) t(a))`,
);
list.select('16 regexp_replace start arg', `regexp_replace('aaa', 'a', 'b', 2)`);
list.select(
  '16 string_agg with order bytea',
  `(SELECT string_agg(x, '\\x2c'::bytea ORDER BY x)::text FROM (VALUES ('\\x01'::bytea), ('\\x02'::bytea)) t(x))`,
);
list.add('16 COPY DEFAULT option rejected before data', [
  'CREATE TABLE cd (a int)',
  `COPY cd TO STDOUT (DEFAULT '\\D')`,
]);
list.add('16 CREATE TABLE LIKE INCLUDING STORAGE', [
  'CREATE TABLE l1 (a text STORAGE PLAIN)',
  'CREATE TABLE l2 (LIKE l1 INCLUDING ALL)',
]);
list.add('16 ALTER TABLE ADD COLUMN with STORAGE', [
  'CREATE TABLE ac (a int)',
  'ALTER TABLE ac ADD COLUMN b text STORAGE EXTERNAL',
]);
list.add('16 CREATE DATABASE ICU_RULES grammar in transaction', [
  'BEGIN',
  `CREATE DATABASE x_icu ICU_RULES '&a < g'`,
  'ROLLBACK',
]);
list.add('16 SET ROLE NONE grammar', [`SET ROLE NONE`, `SELECT current_user = session_user AS v`]);
list.add('16 REINDEX SYSTEM without name', ['REINDEX SYSTEM']);
list.add('16 REINDEX DATABASE without name', ['REINDEX DATABASE']);
list.add('16 ALTER TABLE ... ADD CONSTRAINT partition NND pk', [
  'CREATE TABLE pnn (a int) PARTITION BY LIST (a)',
  'ALTER TABLE pnn ADD PRIMARY KEY (a)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'pnn'::regclass`,
]);
list.add('16 json_object with duplicate keys', [`SELECT json_object('{a,1,a,2}')::text AS v`]);
list.select('16 jsonb subscripting with slice', `('[1,2,3]'::jsonb)[1]::text`);
list.select('16 to_char I format', `to_char('2020-12-31'::date, 'IYYY-IW-ID')`);
list.select('16 regexp class classifications', `'ǅ' ~ '[[:upper:]]'`);
list.select(
  '16 dateadd name not a function on 15',
  `pg_typeof(date_add('2020-01-01'::timestamptz, '1 day'))::text`,
);
list.select('16 timezone abbreviations in dates', `'2020-07-01 12:00 CEST'::timestamptz AT TIME ZONE 'UTC'`);
list.select(
  '16 date_trunc with time zone',
  `date_trunc('day', '2020-07-01 23:00+00'::timestamptz, 'Asia/Tokyo')::text`,
);
list.select('16 pg_get_partkeydef', `pg_get_partkeydef(0) IS NULL`);
list.add('16 pg_stat_get_backend_subxact', ['SELECT count(*) >= 0 AS v FROM pg_stat_get_backend_subxact(1)']);
list.add('16 SELECT FROM function without alias in lateral', [
  'SELECT count(*)::int AS n FROM (SELECT 1), LATERAL (SELECT 2)',
]);
list.add('16 ALTER DEFAULT PRIVILEGES', [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC',
  `SELECT count(*)::int AS n FROM pg_default_acl`,
  'ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM PUBLIC',
  `SELECT count(*)::int AS n FROM pg_default_acl`,
]);
list.add('16 pg_database datlocprovider', [
  `SELECT datlocprovider AS v FROM pg_database WHERE datname = current_database()`,
]);
list.add('16 pg_database daticulocale 15 name', [
  `SELECT daticulocale IS NULL AS v FROM pg_database WHERE datname = current_database()`,
]);

// ================================================================ PostgreSQL 17: migration items
list.add('17 expression index function depending on search_path', [
  'CREATE TABLE sp (a int)',
  'INSERT INTO sp VALUES (1), (2)',
  `CREATE FUNCTION sp_inner(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 10'`,
  `CREATE FUNCTION sp_outer(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT sp_inner($1)'`,
  'CREATE INDEX sp_i ON sp (sp_outer(a))',
  `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'sp_i'`,
]);
list.add('17 materialized view refresh with search_path dependent function', [
  `CREATE FUNCTION mv_inner() RETURNS int LANGUAGE sql AS 'SELECT 5'`,
  `CREATE FUNCTION mv_outer() RETURNS int LANGUAGE sql AS 'SELECT mv_inner()'`,
  'CREATE MATERIALIZED VIEW mvs AS SELECT mv_outer() AS x',
  'REFRESH MATERIALIZED VIEW mvs',
  'SELECT x AS x FROM mvs',
]);
list.add('17 ANALYZE with expression index function unqualified', [
  'CREATE TABLE spa (a int)',
  'INSERT INTO spa VALUES (1)',
  `CREATE FUNCTION spa_inner(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1'`,
  `CREATE FUNCTION spa_outer(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT spa_inner($1)'`,
  'CREATE INDEX ON spa (spa_outer(a))',
  'ANALYZE spa',
  'SELECT count(*)::int AS n FROM spa',
]);
list.add('17 CHECK constraint with search_path dependent function', [
  'CREATE TABLE spc (a int)',
  `CREATE FUNCTION spc_inner(int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0'`,
  `CREATE FUNCTION spc_outer(int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT spc_inner($1)'`,
  'CREATE INDEX spc_i ON spc (a) WHERE spc_outer(a)',
]);
list.select('17 interval ago at end only', `'1 day ago 1 hour'::interval::text`);
list.select('17 interval ago alone', `'ago'::interval::text`);
list.select('17 interval ago then ago', `'@ 1 day ago'::interval::text`);
list.select('17 interval empty unit repeated', `'1 2 days'::interval::text`);
list.select('17 interval day day', `'1 day 1 day'::interval::text`);
list.select('17 interval hour then number', `'1 hour 2'::interval::text`);
setting('17 removed', 'old_snapshot_threshold');
setting('17 removed', 'db_user_namespace');
setting('17 removed', 'trace_recovery_messages');
column('17 removed', 'information_schema.element_types', 'domain_default');
list.add('17 attstattarget default', [
  'CREATE TABLE ast (a int)',
  `SELECT attstattarget AS v FROM pg_attribute WHERE attrelid = 'ast'::regclass AND attname = 'a'`,
]);
list.add('17 attstattarget after SET STATISTICS -1', [
  'CREATE TABLE ast2 (a int)',
  'ALTER TABLE ast2 ALTER COLUMN a SET STATISTICS -1',
  `SELECT attstattarget AS v FROM pg_attribute WHERE attrelid = 'ast2'::regclass AND attname = 'a'`,
]);
list.add('17 attstattarget after SET STATISTICS 100', [
  'CREATE TABLE ast3 (a int)',
  'ALTER TABLE ast3 ALTER COLUMN a SET STATISTICS 100',
  `SELECT attstattarget AS v FROM pg_attribute WHERE attrelid = 'ast3'::regclass AND attname = 'a'`,
]);
list.add('17 stxstattarget default', [
  'CREATE TABLE sxt (a int, b int)',
  'CREATE STATISTICS sxt_s ON a, b FROM sxt',
  `SELECT stxstattarget AS v FROM pg_statistic_ext WHERE stxname = 'sxt_s'`,
]);
list.add('17 pg_attribute attstattarget nullability', [
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'pg_attribute'::regclass AND attname = 'attstattarget'`,
]);
column('17 removed', 'pg_stat_bgwriter', 'buffers_backend');
column('17 removed', 'pg_stat_bgwriter', 'buffers_backend_fsync');
column('17 moved', 'pg_stat_bgwriter', 'checkpoints_timed');
column('17 moved', 'pg_stat_bgwriter', 'checkpoints_req');
column('17 moved', 'pg_stat_bgwriter', 'checkpoint_write_time');
column('17 moved', 'pg_stat_bgwriter', 'buffers_checkpoint');
list.add('17 pg_stat_bgwriter column list', [
  `SELECT string_agg(attname, ',' ORDER BY attnum) AS v FROM pg_attribute WHERE attrelid = 'pg_stat_bgwriter'::regclass AND attnum > 0`,
]);
relation('17 new view', 'pg_stat_checkpointer');
relation('17 new view', 'pg_wait_events');
column('17 renamed', 'pg_stat_progress_vacuum', 'max_dead_tuples');
column('17 renamed', 'pg_stat_progress_vacuum', 'num_dead_tuples');
column('17 new', 'pg_stat_progress_vacuum', 'indexes_total');
column('17 new', 'pg_stat_progress_vacuum', 'max_dead_tuple_bytes');
list.add('17 pg_stat_slru names', [`SELECT string_agg(name, ',' ORDER BY name) AS v FROM pg_stat_slru`]);
column('17 renamed', 'pg_collation', 'colliculocale');
column('17 renamed to', 'pg_collation', 'colllocale');
column('17 renamed', 'pg_database', 'daticulocale');
column('17 renamed to', 'pg_database', 'datlocale');
column('17 new', 'pg_database', 'dathasloginevt');
column('17 new', 'pg_replication_slots', 'invalidation_reason');
column('17 new', 'pg_replication_slots', 'inactive_since');
column('17 new', 'pg_replication_slots', 'failover');
list.add('17 pg_walfile_name at segment boundary', [`SELECT substr(pg_walfile_name('0/1000000'), 9) AS v`]);
list.add('17 pg_walfile_name_offset at segment boundary', [
  `SELECT substr(file_name, 9) AS f, file_offset AS o FROM pg_walfile_name_offset('0/1000000')`,
]);
list.add('17 pg_walfile_name just after boundary', [`SELECT substr(pg_walfile_name('0/1000001'), 9) AS v`]);
list.add('17 SET SESSION AUTHORIZATION to self', [
  'SET SESSION AUTHORIZATION DEFAULT',
  'SELECT current_user = session_user AS v',
]);
list.add('17 pg_stat_statements absent', [
  `SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_stat_statements'`,
]);
list.add('17 adminpack available', [
  `SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'adminpack'`,
]);

// ================================================================ PostgreSQL 17: new features
list.select('17 JSON_EXISTS', `JSON_EXISTS('{"a":1}'::jsonb, '$.a')`);
list.select('17 JSON_VALUE', `JSON_VALUE('{"a":1}'::jsonb, '$.a')`);
list.select('17 JSON_VALUE RETURNING int', `JSON_VALUE('{"a":"5"}'::jsonb, '$.a' RETURNING int)`);
list.select('17 JSON_QUERY', `JSON_QUERY('{"a":[1,2]}'::jsonb, '$.a')::text`);
list.select('17 JSON_QUERY WITH WRAPPER', `JSON_QUERY('{"a":[1,2]}'::jsonb, '$.a[*]' WITH WRAPPER)::text`);
list.add('17 JSON_TABLE', [
  `SELECT x AS x FROM JSON_TABLE('[{"x":1},{"x":2}]'::jsonb, '$[*]' COLUMNS (x int PATH '$.x')) jt ORDER BY x`,
]);
list.select('17 JSON() constructor', `JSON('{"a":1}')::text`);
list.select('17 JSON_SCALAR', `JSON_SCALAR(1.5)::text`);
list.select('17 JSON_SERIALIZE', `JSON_SERIALIZE('{"a":1}'::json)`);
list.select('17 jsonpath .bigint()', `jsonb_path_query_first('"12"', '$.bigint()')::text`);
list.select('17 jsonpath .boolean()', `jsonb_path_query_first('"true"', '$.boolean()')::text`);
list.select('17 jsonpath .date()', `jsonb_path_query_first('"2020-01-01"', '$.date()')::text`);
list.select('17 jsonpath .decimal()', `jsonb_path_query_first('"1.234"', '$.decimal(3,1)')::text`);
list.select('17 jsonpath .integer()', `jsonb_path_query_first('"7"', '$.integer()')::text`);
list.select('17 jsonpath .number()', `jsonb_path_query_first('"7.5"', '$.number()')::text`);
list.select('17 jsonpath .string()', `jsonb_path_query_first('7', '$.string()')::text`);
list.select('17 jsonpath .time()', `jsonb_path_query_first('"12:34:56"', '$.time()')::text`);
list.select(
  '17 jsonpath .timestamp()',
  `jsonb_path_query_first('"2020-01-01 12:00:00"', '$.timestamp()')::text`,
);
list.select(
  '17 jsonpath .timestamp_tz()',
  `jsonb_path_query_first('"2020-01-01 12:00:00+00"', '$.timestamp_tz()')::text`,
);
list.select('17 jsonpath .time_tz()', `jsonb_path_query_first('"12:00:00+01"', '$.time_tz()')::text`);
list.select('17 jsonpath string method parse', `'$.a.string()'::jsonpath::text`);
list.select('17 jsonpath decimal parse', `'$.decimal(5,2)'::jsonpath::text`);
list.add('17 MERGE RETURNING', [
  'CREATE TABLE mt (id int PRIMARY KEY, v int)',
  `MERGE INTO mt USING (VALUES (1, 10)) s(id, v) ON mt.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v) RETURNING mt.id AS id, mt.v AS v`,
]);
list.add('17 merge_action()', [
  'CREATE TABLE mt2 (id int PRIMARY KEY, v int)',
  `MERGE INTO mt2 USING (VALUES (1, 10)) s(id, v) ON mt2.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v) RETURNING merge_action() AS a`,
]);
list.add('17 MERGE WHEN NOT MATCHED BY SOURCE', [
  'CREATE TABLE mt3 (id int PRIMARY KEY, v int)',
  'INSERT INTO mt3 VALUES (1, 1), (2, 2)',
  `MERGE INTO mt3 USING (VALUES (1)) s(id) ON mt3.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE`,
  'SELECT id AS id FROM mt3 ORDER BY id',
]);
list.add('17 MERGE WHEN NOT MATCHED BY TARGET', [
  'CREATE TABLE mt4 (id int PRIMARY KEY)',
  `MERGE INTO mt4 USING (VALUES (1)) s(id) ON mt4.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.id)`,
  'SELECT count(*)::int AS n FROM mt4',
]);
list.add('17 MERGE into a simple view', [
  'CREATE TABLE mt5 (id int PRIMARY KEY, v int)',
  'CREATE VIEW mt5v AS SELECT * FROM mt5',
  `MERGE INTO mt5v USING (VALUES (1, 10)) s(id, v) ON mt5v.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)`,
  'SELECT count(*)::int AS n FROM mt5',
]);
list.add('17 MERGE with WITH ... RETURNING in CTE', [
  'CREATE TABLE mt6 (id int)',
  `WITH m AS (MERGE INTO mt6 USING (VALUES (1)) s(id) ON mt6.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id) RETURNING mt6.id) SELECT count(*)::int AS n FROM m`,
]);
list.select('17 AT LOCAL', `('2020-01-01 12:00'::timestamp AT LOCAL) IS NOT NULL`);
list.select('17 AT LOCAL timestamptz', `('2020-01-01 12:00+00'::timestamptz AT LOCAL) IS NOT NULL`);
list.select('17 infinity interval', `'infinity'::interval::text`);
list.select('17 minus infinity interval', `'-infinity'::interval::text`);
list.select('17 plus infinity interval', `'+infinity'::interval::text`);
list.select('17 isfinite interval', `isfinite('1 day'::interval)`);
list.select('17 infinity timestamp minus finite', `('infinity'::timestamp - '2020-01-01'::timestamp)::text`);
list.select(
  '17 infinity timestamptz minus finite',
  `('infinity'::timestamptz - '2020-01-01'::timestamptz)::text`,
);
list.select('17 infinity date minus date integer', `('infinity'::date - '2020-01-01'::date)`);
list.select('17 age of infinity', `age('infinity'::timestamp, '2020-01-01'::timestamp)::text`);
list.select(
  '17 timestamp plus huge interval overflow',
  `('294276-12-31'::timestamp + '1 year'::interval)::text`,
);
list.select('17 interval overflow in multiplication', `('1 day'::interval * 1e20)::text`);
list.select(
  '17 interval sum overflow',
  `(SELECT sum(x)::text FROM (VALUES ('178000000 years'::interval), ('178000000 years'::interval)) t(x))`,
);
list.select(
  '17 interval avg',
  `(SELECT avg(x)::text FROM (VALUES ('1 day'::interval), ('3 days'::interval)) t(x))`,
);
list.select('17 extract epoch from huge interval', `extract(epoch FROM '178000000 years'::interval)::text`);
list.select(
  '17 interval minus interval overflow',
  `('-178000000 years'::interval - '178000000 years'::interval)::text`,
);
list.select('17 date_trunc interval infinity grammar', `date_trunc('day', '1 day 3 hours'::interval)::text`);
list.select('17 make_interval overflow', `make_interval(years => 2147483647)::text`);
list.select('17 to_bin', `to_bin(10)`);
list.select('17 to_oct', `to_oct(8)`);
list.select('17 to_hex bigint negative', `to_hex(-1::bigint)`);
list.select('17 random(min, max) int', `random(3, 3)`);
list.select('17 random(min, max) numeric', `random(1.5, 1.5)::text`);
list.select('17 random(min, max) bigint', `random(5::bigint, 5::bigint)`);
list.select('17 unicode_version', `unicode_version() IS NOT NULL`);
list.select('17 unicode_assigned', `unicode_assigned('abc')`);
list.select('17 icu_unicode_version', `icu_unicode_version() IS NULL`);
list.select('17 xmltext', `xmltext('<a>')::text`);
list.select('17 pg_basetype', `pg_basetype('int4'::regtype)::text`);
list.select('17 to_regtypemod', `to_regtypemod('varchar(10)')`);
list.select('17 uuid_extract_version', `uuid_extract_version('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`);
list.select(
  '17 uuid_extract_timestamp v1',
  `uuid_extract_timestamp('c232ab00-9414-11ec-b3c8-9f6bdeced846') AT TIME ZONE 'UTC'`,
);
list.add('17 pg_column_toast_chunk_id', [
  'CREATE TABLE tc (a text)',
  `INSERT INTO tc VALUES ('x')`,
  'SELECT pg_column_toast_chunk_id(a) IS NULL AS v FROM tc',
]);
list.add('17 ALTER TABLE SET EXPRESSION', [
  'CREATE TABLE se (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO se (a) VALUES (2)',
  'ALTER TABLE se ALTER COLUMN b SET EXPRESSION AS (a * 3)',
  'SELECT b AS b FROM se',
]);
list.add('17 ALTER TABLE SET ACCESS METHOD DEFAULT', [
  'CREATE TABLE sam (a int)',
  'ALTER TABLE sam SET ACCESS METHOD DEFAULT',
]);
list.add('17 partitioned table SET ACCESS METHOD', [
  'CREATE TABLE pam (a int) PARTITION BY LIST (a)',
  'ALTER TABLE pam SET ACCESS METHOD heap',
  `SELECT relam <> 0 AS v FROM pg_class WHERE relname = 'pam'`,
]);
list.add('17 partitioned table USING heap relam', [
  'CREATE TABLE pam2 (a int) PARTITION BY LIST (a) USING heap',
  `SELECT relam <> 0 AS v FROM pg_class WHERE relname = 'pam2'`,
]);
list.add('17 partitioned table relam default', [
  'CREATE TABLE pam3 (a int) PARTITION BY LIST (a)',
  `SELECT relam AS v FROM pg_class WHERE relname = 'pam3'`,
]);
list.add('17 identity column on partitioned table', [
  'CREATE TABLE pid (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY LIST (k)',
  'CREATE TABLE pid1 PARTITION OF pid FOR VALUES IN (1)',
  'INSERT INTO pid (k) VALUES (1)',
  'INSERT INTO pid1 (k) VALUES (1)',
  'SELECT id AS id FROM pid ORDER BY id',
]);
list.add('17 identity attidentity on partition', [
  'CREATE TABLE pid2 (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY LIST (k)',
  'CREATE TABLE pid21 PARTITION OF pid2 FOR VALUES IN (1)',
  `SELECT attidentity AS v FROM pg_attribute WHERE attrelid = 'pid21'::regclass AND attname = 'id'`,
]);
list.add('17 exclusion constraint on partitioned table', [
  'CREATE TABLE pex (k int, r int4range, EXCLUDE USING gist (k WITH =, r WITH &&)) PARTITION BY LIST (k)',
]);
list.add('17 exclusion constraint on partitioned btree', [
  'CREATE TABLE pex2 (k int, EXCLUDE USING btree (k WITH =)) PARTITION BY LIST (k)',
]);
list.add('17 EXPLAIN SERIALIZE', ['EXPLAIN (SERIALIZE) SELECT 1']);
list.add('17 EXPLAIN MEMORY', ['EXPLAIN (MEMORY, COSTS OFF) SELECT 1']);
list.add('17 EXPLAIN ANALYZE SERIALIZE text', [
  'EXPLAIN (ANALYZE, SERIALIZE text, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT 1',
]);
list.add('17 login event trigger', [
  `CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$`,
  'CREATE EVENT TRIGGER lt ON login EXECUTE FUNCTION on_login()',
]);
list.add('17 GRANT MAINTAIN', [
  'CREATE TABLE gm (a int)',
  'GRANT MAINTAIN ON gm TO PUBLIC',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gm'`,
]);
list.add('17 has_table_privilege MAINTAIN', [
  'CREATE TABLE gm2 (a int)',
  `SELECT has_table_privilege('gm2', 'MAINTAIN') AS v`,
]);
list.add('17 pg_maintain role', [`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = 'pg_maintain'`]);
list.add('17 aclexplode letters on table owner', [
  'CREATE TABLE gm3 (a int)',
  'GRANT SELECT ON gm3 TO PUBLIC',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gm3'`,
]);
list.add('17 acldefault for tables', [`SELECT acldefault('r', 10)::text LIKE '%arwdDxt%' AS v`]);
list.add('17 acldefault string', [
  `SELECT split_part(acldefault('r', 10)::text, '/', 1) LIKE '%=arwdDxt%' AS v, length(split_part(split_part(acldefault('r', 10)::text, '=', 2), '/', 1)) AS l`,
]);
list.add('17 GRANT ALL then privileges list', [
  'CREATE TABLE gm4 (a int)',
  'GRANT ALL ON gm4 TO PUBLIC',
  `SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) AS v FROM information_schema.role_table_grants WHERE table_name = 'gm4' AND grantee = 'PUBLIC'`,
]);
list.add('17 REINDEX privileges via MAINTAIN', [
  `SELECT has_database_privilege(current_database(), 'CONNECT') AS v`,
]);
setting('17 new', 'transaction_timeout');
setting('17 new', 'allow_alter_system');
setting('17 new', 'event_triggers');
setting('17 new', 'summarize_wal');
setting('17 new', 'huge_pages_status');
setting('17 new', 'io_combine_limit');
setting('17 new', 'commit_timestamp_buffers');
setting('17 new', 'enable_group_by_reordering');
setting('17 new', 'max_notify_queue_pages');
setting('17 new', 'sync_replicated_slots');
list.add('17 SET transaction_timeout', [`SET transaction_timeout = '1s'`]);
list.add('17 builtin collation pg_c_utf8', [`SELECT 'a' < 'B' COLLATE pg_c_utf8 AS v`]);
list.add('17 ucs_basic collation exists', [
  `SELECT count(*)::int AS n FROM pg_collation WHERE collname IN ('ucs_basic', 'pg_c_utf8', 'unicode', 'pg_unicode_fast')`,
]);
list.add('17 CREATE COLLATION builtin provider', [`CREATE COLLATION cb (provider = builtin, locale = 'C')`]);
list.add('17 collprovider list', [
  `SELECT string_agg(DISTINCT collprovider::text, ',' ORDER BY collprovider::text) AS v FROM pg_collation`,
]);
list.add('17 plpgsql %TYPE[]', [
  'CREATE TABLE tya (a int)',
  `CREATE FUNCTION tyarr() RETURNS text LANGUAGE plpgsql AS $$ DECLARE x tya.a%TYPE[] := ARRAY[1,2]; BEGIN RETURN x::text; END $$`,
  'SELECT tyarr() AS v',
]);
list.add('17 plpgsql %ROWTYPE[]', [
  'CREATE TABLE tyr (a int)',
  `CREATE FUNCTION tyrow() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x tyr%ROWTYPE[]; BEGIN RETURN cardinality(x); END $$`,
  'SELECT tyrow() IS NULL AS v',
]);
list.add('17 COPY ON_ERROR option TO', ['CREATE TABLE coe (a int)', `COPY coe TO STDOUT (ON_ERROR ignore)`]);
list.add('17 COPY FORCE_NULL star TO', [
  'CREATE TABLE cfn (a int)',
  `COPY cfn TO STDOUT (FORMAT csv, FORCE_NULL *)`,
]);
fn('17 new function', 'to_bin');
fn('17 new function', 'unicode_assigned');
fn('17 new function', 'xmltext');
fn('17 new function', 'pg_basetype');
fn('17 new function', 'merge_action');
fn('17 new function', 'uuid_extract_version');
fn('17 new function', 'pg_sync_replication_slots');
fn('17 removed function', 'pg_stat_get_checkpoint_write_time');
list.add('17 random overloads', [`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'random'`]);
list.add('17 pg_stat_reset_shared no argument', [`SELECT pg_stat_reset_shared('nonesuch') IS NULL AS v`]);
list.select('17 pg_stat_reset_shared NULL', `pg_stat_reset_shared(NULL) IS NULL`);
list.add('17 pg_stat_reset_shared checkpointer target', [
  `SELECT pg_stat_reset_shared('checkpointer') IS NULL AS v`,
]);
list.add('17 pg_stat_reset_shared io target', [`SELECT pg_stat_reset_shared('io') IS NULL AS v`]);
list.select('17 to_char of infinity interval', `to_char('infinity'::interval, 'HH24')`);
list.select('17 to_timestamp with TZ abbreviation', `to_timestamp('2021 EST', 'YYYY TZ')::timestamp::text`);
list.select('17 date_part of infinity timestamp', `date_part('year', 'infinity'::timestamp)::text`);
list.select('17 extract epoch infinity timestamp', `extract(epoch FROM 'infinity'::timestamp)::text`);
list.select('17 extract year infinity date', `extract(year FROM 'infinity'::date)::text`);
list.select('17 interval division by zero', `('1 day'::interval / 0)::text`);
list.select('17 interval text input overflow', `'2147483648 days'::interval::text`);
list.select('17 interval microsecond overflow', `'9223372036854775807 microseconds'::interval::text`);
list.select('17 infinite interval plus timestamp', `('2020-01-01'::timestamp + 'infinity'::interval)::text`);
list.select(
  '17 infinity timestamp minus infinity timestamp',
  `('infinity'::timestamp - 'infinity'::timestamp)::text`,
);
list.select('17 interval comparison', `'1 day'::interval = '24 hours'::interval`);
list.add('17 merge into table with rules', [
  'CREATE TABLE mr (id int)',
  'CREATE RULE mr_r AS ON INSERT TO mr DO ALSO NOTIFY x',
  'MERGE INTO mr USING (VALUES (1)) s(id) ON mr.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (1)',
]);
list.add('17 MERGE DO NOTHING when not matched by source', [
  'CREATE TABLE mt7 (id int)',
  'INSERT INTO mt7 VALUES (5)',
  'MERGE INTO mt7 USING (VALUES (1)) s(id) ON mt7.id = s.id WHEN NOT MATCHED BY SOURCE AND mt7.id > 1 THEN UPDATE SET id = 6',
  'SELECT id AS id FROM mt7',
]);
list.select('17 json_table as identifier', `(SELECT json_table FROM (SELECT 1 AS json_table) t)`);
list.select('17 json_value as function call name', `pg_typeof('x'::text)::text`);
list.add('17 ALTER TABLE partition identity ADD', [
  'CREATE TABLE pid3 (id int NOT NULL, k int) PARTITION BY LIST (k)',
  'CREATE TABLE pid31 PARTITION OF pid3 FOR VALUES IN (1)',
  'ALTER TABLE pid3 ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
]);
list.add('17 pg_stats range columns', [
  'SELECT count(range_length_histogram)::int * 0 AS n FROM pg_stats WHERE false',
]);
list.add('17 CREATE INDEX CONCURRENTLY BRIN parallel', [
  'CREATE TABLE bp (a int)',
  'CREATE INDEX ON bp USING brin (a)',
]);
list.add('17 EXPLAIN SUMMARY shows planning buffers', ['EXPLAIN (BUFFERS, COSTS OFF, SUMMARY OFF) SELECT 1']);
list.add('17 LOCK TABLE on view', ['CREATE VIEW lv AS SELECT 1 AS x', 'BEGIN', 'LOCK TABLE lv', 'ROLLBACK']);
list.add('17 ALTER SYSTEM unknown custom', [`ALTER SYSTEM SET foo.bar = 'x'`, `ALTER SYSTEM RESET foo.bar`]);
list.add('17 CREATE DATABASE BUILTIN_LOCALE in transaction', [
  'BEGIN',
  `CREATE DATABASE x_bl BUILTIN_LOCALE 'C'`,
  'ROLLBACK',
]);
list.select('17 upper of sharp s', `upper('ß' COLLATE "C")`);
list.select('17 normalize NFC', `normalize(U&'\\0065\\0301', NFC) = U&'\\00E9'`);

// ================================================================ PostgreSQL 18: migration items
list.add('18 time zone abbreviation from session zone', [
  `SET timezone = 'Asia/Kolkata'`,
  `SELECT '2024-01-01 12:00 IST'::timestamptz::text AS v`,
]);
list.add('18 time zone abbreviation output zone', [
  `SET timezone = 'Asia/Kolkata'`,
  `SELECT to_char('2024-01-01 12:00+00'::timestamptz, 'TZ') AS v`,
]);
list.add('18 abbreviation not in default set but in zone', [
  `SET timezone = 'Europe/Dublin'`,
  `SELECT '2024-07-01 12:00 IST'::timestamptz::text AS v`,
]);
list.add('18 abbreviation LMT from session zone', [
  `SET timezone = 'America/New_York'`,
  `SELECT '1850-01-01 12:00 LMT'::timestamptz::text AS v`,
]);
setting('18 default changed', 'data_checksums');
list.add('18 VACUUM ONLY', ['CREATE TABLE vo (a int)', 'VACUUM ONLY vo']);
list.add('18 ANALYZE ONLY', ['CREATE TABLE ao (a int)', 'ANALYZE ONLY ao']);
list.add('18 ANALYZE partitioned table', [
  'CREATE TABLE ap (a int) PARTITION BY LIST (a)',
  'CREATE TABLE ap1 PARTITION OF ap FOR VALUES IN (1)',
  'INSERT INTO ap VALUES (1)',
  'ANALYZE ap',
]);
list.add('18 VACUUM inherited parent processes children', [
  'CREATE TABLE vi (a int)',
  'CREATE TABLE vi1 () INHERITS (vi)',
  'INSERT INTO vi1 VALUES (1)',
  'ANALYZE vi',
  `SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'vi1'`,
]);
list.add('18 unlogged partitioned table', [
  'CREATE UNLOGGED TABLE up (a int) PARTITION BY LIST (a)',
  `SELECT relpersistence AS v FROM pg_class WHERE relname = 'up'`,
]);
list.add('18 ALTER partitioned SET UNLOGGED', [
  'CREATE TABLE up2 (a int) PARTITION BY LIST (a)',
  'ALTER TABLE up2 SET UNLOGGED',
  `SELECT relpersistence AS v FROM pg_class WHERE relname = 'up2'`,
]);
list.add('18 ALTER partitioned SET LOGGED', [
  'CREATE TABLE up3 (a int) PARTITION BY LIST (a)',
  'ALTER TABLE up3 SET LOGGED',
]);
list.add('18 unlogged partition of partitioned table', [
  'CREATE TABLE up4 (a int) PARTITION BY LIST (a)',
  'CREATE UNLOGGED TABLE up41 PARTITION OF up4 FOR VALUES IN (1)',
  `SELECT relpersistence AS v FROM pg_class WHERE relname = 'up41'`,
]);
list.add('18 GRANT RULE', [
  'CREATE TABLE gr (a int)',
  'GRANT RULE ON gr TO PUBLIC',
  `SELECT relacl IS NULL AS v FROM pg_class WHERE relname = 'gr'`,
]);
list.add('18 REVOKE RULE', ['CREATE TABLE gr2 (a int)', 'REVOKE RULE ON gr2 FROM PUBLIC']);
list.add('18 has_table_privilege RULE', [
  'CREATE TABLE gr3 (a int)',
  `SELECT has_table_privilege('gr3', 'RULE') AS v`,
]);
list.add('18 ALTER DEFAULT PRIVILEGES GRANT RULE', [
  'ALTER DEFAULT PRIVILEGES GRANT RULE ON TABLES TO PUBLIC',
  `SELECT count(*)::int AS n FROM pg_default_acl`,
  'ALTER DEFAULT PRIVILEGES REVOKE RULE ON TABLES FROM PUBLIC',
]);
column('18 removed', 'pg_backend_memory_contexts', 'parent');
column('18 new', 'pg_backend_memory_contexts', 'path');
column('18 new', 'pg_backend_memory_contexts', 'type');
list.add('18 memory context level of TopMemoryContext', [
  `SELECT level AS v FROM pg_backend_memory_contexts WHERE name = 'TopMemoryContext'`,
]);
list.add('18 memory context parent of CacheMemoryContext', [
  `SELECT parent AS v FROM pg_backend_memory_contexts WHERE name = 'CacheMemoryContext'`,
]);
column('18 removed', 'pg_stat_wal', 'wal_write');
column('18 removed', 'pg_stat_wal', 'wal_sync');
column('18 removed', 'pg_stat_wal', 'wal_write_time');
column('18 removed', 'pg_stat_wal', 'wal_sync_time');
list.add('18 pg_stat_wal column list', [
  `SELECT string_agg(attname, ',' ORDER BY attnum) AS v FROM pg_attribute WHERE attrelid = 'pg_stat_wal'::regclass AND attnum > 0`,
]);
list.add('18 EXPLAIN ANALYZE text shape', [
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT 1 AS x',
]);
list.add('18 EXPLAIN ANALYZE on table shows buffers by default', [
  'CREATE TABLE ea (a int)',
  'INSERT INTO ea SELECT g FROM generate_series(1, 10) g',
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM ea WHERE a > 5',
]);
list.add('18 EXPLAIN ANALYZE index scan', [
  'CREATE TABLE ei (a int PRIMARY KEY)',
  'INSERT INTO ei SELECT g FROM generate_series(1, 100) g',
  'ANALYZE ei',
  'SET enable_seqscan = off',
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF) SELECT * FROM ei WHERE a = 5',
]);
list.add('18 EXPLAIN rows fraction with loops', [
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM generate_series(1, 3) g WHERE g > 1',
]);
list.add('18 EXPLAIN disabled node', [
  'CREATE TABLE ed (a int)',
  'SET enable_seqscan = off',
  'EXPLAIN (COSTS OFF) SELECT * FROM ed',
]);
list.add('18 EXPLAIN VERBOSE WAL option', ['EXPLAIN (WAL) SELECT 1']);
list.add('18 AFTER trigger runs as queuing role', [
  'CREATE TABLE at (a int)',
  'CREATE TABLE atlog (who text)',
  `CREATE FUNCTION at_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO atlog VALUES (current_user = session_user); RETURN NULL; END $$`,
  'CREATE TRIGGER at_t AFTER INSERT ON at FOR EACH ROW EXECUTE FUNCTION at_f()',
  'INSERT INTO at VALUES (1)',
  'SELECT who AS who FROM atlog',
]);

// ================================================================ PostgreSQL 18: new features
list.select('18 uuidv7 version', `uuid_extract_version(uuidv7())`);
list.select('18 uuidv4 not null', `uuidv4() IS NOT NULL`);
list.select('18 uuidv7 with shift', `uuidv7('1 hour'::interval) IS NOT NULL`);
list.select('18 gen_random_uuid version 4 digit', `substr(gen_random_uuid()::text, 15, 1)`);
list.select('18 casefold', `casefold('HeLLo')`);
list.select('18 array_sort', `array_sort(ARRAY[3,1,2])`);
list.select('18 array_sort descending', `array_sort(ARRAY[3,1,2], true)`);
list.select('18 array_reverse', `array_reverse(ARRAY[1,2,3])`);
list.select('18 reverse bytea', `reverse('\\x010203'::bytea)`);
list.select('18 crc32', `crc32('abc'::bytea)`);
list.select('18 crc32c', `crc32c('abc'::bytea)`);
list.select('18 gamma', `gamma(5)`);
list.select('18 lgamma', `lgamma(1)`);
list.select('18 int4 to bytea cast', `1::int4::bytea`);
list.select('18 int8 to bytea cast', `256::int8::bytea`);
list.select('18 int2 to bytea cast', `1::int2::bytea`);
list.select('18 bytea to int4 cast', `'\\x00000102'::bytea::int4`);
list.select('18 bytea to int8 cast', `'\\x01'::bytea::int8`);
list.select('18 jsonb null to int', `'null'::jsonb::int`);
list.select('18 jsonb null to text via cast', `'null'::jsonb::numeric`);
list.select('18 jsonb null to bool', `'null'::jsonb::bool`);
list.select('18 jsonb null to float8', `'null'::jsonb::float8`);
list.select('18 jsonb field null to int', `('{"a":null}'::jsonb -> 'a')::int`);
list.select('18 json_strip_nulls strip_in_arrays', `json_strip_nulls('[1,null]'::json, true)::text`);
list.select('18 jsonb_strip_nulls strip_in_arrays', `jsonb_strip_nulls('{"a":[1,null]}'::jsonb, true)::text`);
list.select(
  '18 jsonb_strip_nulls named arg',
  `jsonb_strip_nulls('{"a":null}'::jsonb, strip_in_arrays => false)::text`,
);
list.select('18 to_number roman', `to_number('XIV', 'RN')`);
list.select('18 to_number roman lower', `to_number('xiv', 'rn')`);
list.select('18 to_number FM roman', `to_number('MMXX', 'FMRN')`);
list.select('18 pg_get_acl', `pg_get_acl('pg_class'::regclass, 'pg_class'::regclass::oid, 0) IS NULL`);
list.select('18 has_largeobject_privilege', `has_largeobject_privilege(0::oid, 'SELECT')`);
list.add('18 max of arrays', [`SELECT max(a)::text AS v FROM (VALUES (ARRAY[1,2]), (ARRAY[1,3])) t(a)`]);
list.add('18 min of arrays', [`SELECT min(a)::text AS v FROM (VALUES (ARRAY[1,2]), (ARRAY[1,3])) t(a)`]);
list.add('18 max of records', [`SELECT max(r)::text AS v FROM (VALUES (ROW(1, 'b')), (ROW(1, 'c'))) t(r)`]);
list.add('18 min of composite type', [
  'CREATE TYPE cpx AS (a int, b int)',
  `SELECT min(x)::text AS v FROM (VALUES (ROW(2,1)::cpx), (ROW(1,9)::cpx)) t(x)`,
]);
list.add('18 max of text arrays', [`SELECT max(a)::text AS v FROM (VALUES (ARRAY['a']), (ARRAY['b'])) t(a)`]);
list.select('18 pg_get_loaded_modules', `(SELECT count(*) >= 0 FROM pg_get_loaded_modules())`);
list.select('18 pg_numa_available', `pg_numa_available() IS NOT NULL`);
list.select('18 pg_ls_summariesdir', `(SELECT count(*) >= 0 FROM pg_ls_summariesdir())`);
list.select(
  '18 pg_stat_get_backend_io',
  `(SELECT count(*) >= 0 FROM pg_stat_get_backend_io(pg_backend_pid()))`,
);
list.select(
  '18 pg_stat_get_backend_wal',
  `(SELECT count(*) >= 0 FROM pg_stat_get_backend_wal(pg_backend_pid()))`,
);
list.select('18 encode base64url', `encode('\\xfbff'::bytea, 'base64url')`);
list.select('18 decode base64url', `decode('-_8', 'base64url')`);
list.add('18 RETURNING OLD NEW on UPDATE', [
  'CREATE TABLE ron (id int, v int)',
  'INSERT INTO ron VALUES (1, 1)',
  'UPDATE ron SET v = 2 RETURNING old.v AS o, new.v AS n',
]);
list.add('18 RETURNING WITH (OLD AS o)', [
  'CREATE TABLE ron2 (id int, v int)',
  'INSERT INTO ron2 VALUES (1, 1)',
  'UPDATE ron2 SET v = 2 RETURNING WITH (OLD AS o, NEW AS n) o.v AS o, n.v AS n',
]);
list.add('18 RETURNING old on DELETE', [
  'CREATE TABLE ron3 (v int)',
  'INSERT INTO ron3 VALUES (1)',
  'DELETE FROM ron3 RETURNING old.v AS o',
]);
list.add('18 RETURNING new on INSERT', [
  'CREATE TABLE ron4 (v int)',
  'INSERT INTO ron4 VALUES (1) RETURNING new.v AS n',
]);
list.add('18 table named old in RETURNING', [
  'CREATE TABLE old (v int)',
  'INSERT INTO old VALUES (1)',
  'UPDATE old SET v = 2 RETURNING old.v AS o',
]);
list.add('18 table alias new in RETURNING', [
  'CREATE TABLE ron5 (v int)',
  'INSERT INTO ron5 VALUES (1)',
  'UPDATE ron5 AS new SET v = 2 RETURNING new.v AS n',
]);
list.add('18 column named old in RETURNING', [
  'CREATE TABLE ron6 (old int, new int)',
  'INSERT INTO ron6 VALUES (1, 2)',
  'UPDATE ron6 SET old = 3 RETURNING old AS o, new AS n',
]);
list.add('18 RETURNING old with ON CONFLICT', [
  'CREATE TABLE ron7 (id int PRIMARY KEY, v int)',
  'INSERT INTO ron7 VALUES (1, 1)',
  'INSERT INTO ron7 VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET v = excluded.v RETURNING old.v AS o, new.v AS n',
]);
list.add('18 virtual generated column default kind', [
  'CREATE TABLE vg (a int, b int GENERATED ALWAYS AS (a * 2))',
  'INSERT INTO vg (a) VALUES (3)',
  'SELECT b AS b FROM vg',
]);
list.add('18 virtual generated column explicit', [
  'CREATE TABLE vg2 (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)',
]);
list.add('18 stored generated attgenerated', [
  'CREATE TABLE vg3 (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  `SELECT attgenerated AS v FROM pg_attribute WHERE attrelid = 'vg3'::regclass AND attname = 'b'`,
]);
list.add('18 ALTER TABLE ADD COLUMN generated without STORED', [
  'CREATE TABLE vg4 (a int)',
  'ALTER TABLE vg4 ADD COLUMN b int GENERATED ALWAYS AS (a + 1)',
]);
list.add('18 NOT NULL constraints in pg_constraint', [
  'CREATE TABLE nn (a int NOT NULL, b int)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'nn'::regclass`,
]);
list.add('18 NOT NULL constraint types', [
  'CREATE TABLE nn2 (a int PRIMARY KEY, b int NOT NULL, c int CHECK (c > 0))',
  `SELECT string_agg(contype::text, ',' ORDER BY contype) AS v FROM pg_constraint WHERE conrelid = 'nn2'::regclass`,
]);
list.add('18 NOT NULL constraint name', [
  'CREATE TABLE nn3 (a int CONSTRAINT a_nn NOT NULL)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conname = 'a_nn'`,
]);
list.add('18 named NOT NULL table constraint', ['CREATE TABLE nn4 (a int, CONSTRAINT nn4_a NOT NULL a)']);
list.add('18 ALTER TABLE ADD CONSTRAINT NOT NULL', [
  'CREATE TABLE nn5 (a int)',
  'ALTER TABLE nn5 ADD CONSTRAINT nn5_a NOT NULL a',
]);
list.add('18 NOT NULL NOT VALID', [
  'CREATE TABLE nn6 (a int)',
  'ALTER TABLE nn6 ADD CONSTRAINT nn6_a NOT NULL a NOT VALID',
]);
list.add('18 NOT NULL NO INHERIT', ['CREATE TABLE nn7 (a int NOT NULL NO INHERIT)']);
list.add('18 DROP CONSTRAINT of a NOT NULL', [
  'CREATE TABLE nn8 (a int CONSTRAINT nn8_a NOT NULL)',
  'ALTER TABLE nn8 DROP CONSTRAINT nn8_a',
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'nn8'::regclass AND attname = 'a'`,
]);
list.add('18 information_schema check constraints for not null', [
  'CREATE TABLE nn9 (a int NOT NULL, b int NOT NULL)',
  `SELECT count(*)::int AS n FROM information_schema.table_constraints WHERE table_name = 'nn9' AND constraint_type = 'CHECK'`,
]);
list.add('18 information_schema check_constraints not null text', [
  'CREATE TABLE nn10 (a int NOT NULL)',
  `SELECT cc.check_clause AS v FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) WHERE tc.table_name = 'nn10'`,
]);
list.add('18 inherited NOT NULL dropped on child', [
  'CREATE TABLE nnp (a int NOT NULL)',
  'CREATE TABLE nnc () INHERITS (nnp)',
  'ALTER TABLE nnc ALTER COLUMN a DROP NOT NULL',
]);
list.add('18 NOT NULL on child of inheritance kept after NO INHERIT', [
  'CREATE TABLE nnp2 (a int NOT NULL)',
  'CREATE TABLE nnc2 () INHERITS (nnp2)',
  'ALTER TABLE nnc2 NO INHERIT nnp2',
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'nnc2'::regclass AND attname = 'a'`,
]);
list.add('18 primary key DROP leaves NOT NULL', [
  'CREATE TABLE nnpk (a int PRIMARY KEY)',
  'ALTER TABLE nnpk DROP CONSTRAINT nnpk_pkey',
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'nnpk'::regclass AND attname = 'a'`,
]);
list.add('18 CHECK NOT ENFORCED', [
  'CREATE TABLE ne (a int CHECK (a > 0) NOT ENFORCED)',
  'INSERT INTO ne VALUES (-1)',
  'SELECT a AS a FROM ne',
]);
list.add('18 FOREIGN KEY NOT ENFORCED', [
  'CREATE TABLE nep (id int PRIMARY KEY)',
  'CREATE TABLE nec (p int REFERENCES nep NOT ENFORCED)',
]);
list.add('18 CHECK ENFORCED keyword', ['CREATE TABLE ne2 (a int CHECK (a > 0) ENFORCED)']);
column('18 new', 'pg_constraint', 'conenforced');
column('18 new', 'pg_constraint', 'conperiod');
column('18 new', 'pg_class', 'relallfrozen');
column('18 new', 'pg_stat_all_tables', 'total_vacuum_time');
column('18 new', 'pg_stat_checkpointer', 'num_done');
column('18 new', 'pg_stat_database', 'parallel_workers_to_launch');
column('18 new', 'pg_index', 'indnullsnotdistinct');
list.add('18 WITHOUT OVERLAPS primary key', [
  'CREATE EXTENSION IF NOT EXISTS btree_gist',
  'CREATE TABLE wo (id int, valid tstzrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
]);
list.add('18 WITHOUT OVERLAPS unique no extension', [
  'CREATE TABLE wo2 (valid int4range, UNIQUE (valid WITHOUT OVERLAPS))',
]);
list.add('18 FOREIGN KEY PERIOD', [
  'CREATE TABLE wp (valid int4range)',
  'CREATE TABLE wc (valid int4range, FOREIGN KEY (PERIOD valid) REFERENCES wp (PERIOD valid))',
]);
list.add('18 ALTER CONSTRAINT NO INHERIT', [
  'CREATE TABLE aci (a int CONSTRAINT aci_c CHECK (a > 0))',
  'ALTER TABLE aci ALTER CONSTRAINT aci_c NO INHERIT',
]);
list.add('18 ALTER CONSTRAINT NOT ENFORCED', [
  'CREATE TABLE acp (id int PRIMARY KEY)',
  'CREATE TABLE acc (p int CONSTRAINT acc_fk REFERENCES acp)',
  'ALTER TABLE acc ALTER CONSTRAINT acc_fk NOT ENFORCED',
]);
list.add('18 ALTER CONSTRAINT on check constraint', [
  'CREATE TABLE acc2 (a int CONSTRAINT acc2_c CHECK (a > 0))',
  'ALTER TABLE acc2 ALTER CONSTRAINT acc2_c DEFERRABLE',
]);
list.add('18 CREATE FOREIGN TABLE LIKE', [
  'CREATE EXTENSION IF NOT EXISTS postgres_fdw',
  'CREATE SERVER fs FOREIGN DATA WRAPPER postgres_fdw',
  'CREATE TABLE ftl (a int)',
  'CREATE FOREIGN TABLE ft (LIKE ftl) SERVER fs',
]);
list.add('18 LIKE with nondeterministic collation', [
  `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
  `SELECT 'ABC' LIKE 'a%' COLLATE ci AS v`,
]);
list.add('18 pg_unicode_fast collation', [`SELECT upper('ß' COLLATE pg_unicode_fast) AS v`]);
list.add('18 CREATE COLLATION builtin PG_UNICODE_FAST', [
  `CREATE COLLATION cuf (provider = builtin, locale = 'PG_UNICODE_FAST')`,
]);
setting('18 new', 'io_method');
setting('18 new', 'io_max_concurrency');
setting('18 new', 'autovacuum_worker_slots');
setting('18 new', 'autovacuum_vacuum_max_threshold');
setting('18 new', 'track_cost_delay_timing');
setting('18 new', 'vacuum_truncate');
setting('18 new', 'file_copy_method');
setting('18 new', 'max_active_replication_origins');
setting('18 new', 'idle_replication_slot_timeout');
setting('18 new', 'md5_password_warnings');
setting('18 new', 'extension_control_path');
setting('18 new', 'ssl_groups');
setting('18 new', 'ssl_tls13_ciphers');
setting('18 new', 'log_lock_failures');
setting('18 new', 'vacuum_max_eager_freeze_failure_rate');
setting('18 new', 'enable_distinct_reordering');
setting('18 new', 'enable_self_join_elimination');
setting('18 new', 'num_os_semaphores');
setting('18 new', 'effective_wal_level');
setting('18 new', 'oauth_validator_libraries');
list.add('18 SET vacuum_truncate', ['SET vacuum_truncate = off']);
list.add('18 log_connections value list', [`SET log_connections = 'receipt'`]);
list.add('18 pg_settings log_connections vartype', [
  `SELECT vartype AS v FROM pg_settings WHERE name = 'log_connections'`,
]);
list.add('18 pg_settings count of enum settings', [
  `SELECT vartype AS v FROM pg_settings WHERE name = 'password_encryption'`,
]);
relation('18 new view', 'pg_aios');
relation('18 new view', 'pg_shmem_allocations_numa');
relation('18 new view', 'pg_stat_get_backend_io');
fn('18 new function', 'uuidv7');
fn('18 new function', 'casefold');
fn('18 new function', 'array_sort');
fn('18 new function', 'crc32c');
fn('18 new function', 'gamma');
fn('18 new function', 'pg_get_acl');
list.add('18 MIN MAX aggregate count for anyarray', [
  `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'max' AND proargtypes::text = '2277'`,
]);
list.add('18 pg_cast int4 to bytea', [
  `SELECT count(*)::int AS n FROM pg_cast WHERE castsource = 'int4'::regtype AND casttarget = 'bytea'::regtype`,
]);
list.add('18 pg_collation count builtin', [
  `SELECT count(*)::int AS n FROM pg_collation WHERE collprovider = 'b'`,
]);
list.select('18 md5 still works', `md5('a')`);
list.add('18 CREATE TABLE AS with virtual column source', [
  'CREATE TABLE ctv (a int)',
  'INSERT INTO ctv VALUES (1)',
  'CREATE TABLE ctv2 AS SELECT a AS a FROM ctv',
  'SELECT a AS a FROM ctv2',
]);
list.add('18 COPY REJECT_LIMIT TO', ['CREATE TABLE crl (a int)', `COPY crl TO STDOUT (REJECT_LIMIT 1)`]);
list.add('18 COPY materialized view TO', [
  'CREATE MATERIALIZED VIEW cmv AS SELECT 1 AS a',
  'COPY cmv TO STDOUT',
]);
list.add('18 COPY LOG_VERBOSITY silent TO', [
  'CREATE TABLE clv (a int)',
  `COPY clv TO STDOUT (LOG_VERBOSITY silent)`,
]);
list.add('18 ALTER DEFAULT PRIVILEGES ON LARGE OBJECTS', [
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON LARGE OBJECTS TO PUBLIC',
]);
list.add('18 CREATE INDEX on virtual column', [
  'CREATE TABLE ivc (a int, b int GENERATED ALWAYS AS (a) STORED)',
  'CREATE INDEX ON ivc (b)',
]);
list.add('18 GROUP BY ALL', ['SELECT a AS a, count(*)::int AS n FROM (VALUES (1), (1)) t(a) GROUP BY ALL']);
list.add('18 self join elimination result same', [
  'CREATE TABLE sje (id int PRIMARY KEY, v int)',
  'INSERT INTO sje VALUES (1, 2)',
  'SELECT a.v AS v FROM sje a JOIN sje b ON a.id = b.id',
]);
list.select(
  '18 regexp_replace with named args',
  `regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')`,
);
list.select('18 regexp_count named args', `regexp_count(string => 'aaa', pattern => 'a')`);
list.select('18 initcap behaviour', `initcap('hello wORLD')`);
list.select('18 upper titlecase digraph', `upper('ǆ')`);
list.select('18 lower of greek final sigma C collation', `lower('ΣΑΣ' COLLATE "C")`);
list.select('18 unicode 16 normalization', `normalize(U&'\\+001C89', NFKC) = U&'\\+001C89'`);
list.select('18 is_normalized unassigned char', `is_normalized(U&'\\+001C89', NFC)`);
list.select('18 unicode 15 char upper', `upper(U&'\\+01DF25' COLLATE "C") = U&'\\+01DF25'`);
list.add('18 pg_get_viewdef of view with NOT NULL', [
  'CREATE VIEW gv AS SELECT 1 AS a WHERE 1 IS NOT NULL',
  `SELECT pg_get_viewdef('gv'::regclass) AS v`,
]);
list.add('18 pg_get_constraintdef of not null', [
  'CREATE TABLE gcd (a int NOT NULL)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'gcd'::regclass AND pg_get_constraintdef(oid) LIKE 'NOT NULL%'`,
]);
list.add('18 psql describe style query attnotnull', [
  'CREATE TABLE dsq (a int NOT NULL)',
  `SELECT c.conname IS NULL AS v FROM pg_attribute a LEFT JOIN pg_constraint c ON c.conrelid = a.attrelid AND c.conkey = ARRAY[a.attnum] WHERE a.attrelid = 'dsq'::regclass AND a.attname = 'a'`,
]);
list.add('18 deferrable not null', ['CREATE TABLE dnn (a int NOT NULL DEFERRABLE)']);
list.add('18 pg_dump style ADD NOT NULL', [
  'CREATE TABLE pdn (a int)',
  'ALTER TABLE ONLY pdn ALTER COLUMN a SET NOT NULL',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'pdn'::regclass`,
]);
list.add('18 SET NOT NULL on partitioned ONLY', [
  'CREATE TABLE pnot (a int) PARTITION BY LIST (a)',
  'CREATE TABLE pnot1 PARTITION OF pnot FOR VALUES IN (1)',
  'ALTER TABLE ONLY pnot ALTER COLUMN a SET NOT NULL',
]);
list.add('18 inheritance child drops NOT NULL', [
  'CREATE TABLE inp (a int NOT NULL)',
  'CREATE TABLE inc (a int) INHERITS (inp)',
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'inc'::regclass AND attname = 'a'`,
]);
list.add('18 attnotnull on child after parent set', [
  'CREATE TABLE inp2 (a int)',
  'CREATE TABLE inc2 () INHERITS (inp2)',
  'ALTER TABLE inp2 ALTER COLUMN a SET NOT NULL',
  `SELECT attnotnull AS v FROM pg_attribute WHERE attrelid = 'inc2'::regclass AND attname = 'a'`,
]);
list.add('18 ALTER TABLE ONLY parent SET NOT NULL with children', [
  'CREATE TABLE inp3 (a int)',
  'CREATE TABLE inc3 () INHERITS (inp3)',
  'ALTER TABLE ONLY inp3 ALTER COLUMN a SET NOT NULL',
]);
list.add('18 conislocal coninhcount of inherited not null', [
  'CREATE TABLE inp4 (a int NOT NULL)',
  'CREATE TABLE inc4 () INHERITS (inp4)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'inc4'::regclass`,
]);
list.add('18 CREATE TABLE LIKE copies not null', [
  'CREATE TABLE lk1 (a int NOT NULL)',
  'CREATE TABLE lk2 (LIKE lk1)',
  `SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'lk2'::regclass`,
]);
list.add('18 information_schema.columns is_nullable', [
  'CREATE TABLE isn (a int NOT NULL)',
  `SELECT is_nullable AS v FROM information_schema.columns WHERE table_name = 'isn' AND column_name = 'a'`,
]);
list.add('18 information_schema.constraint_column_usage for not null', [
  'CREATE TABLE isn2 (a int NOT NULL)',
  `SELECT count(*)::int AS n FROM information_schema.constraint_column_usage WHERE table_name = 'isn2'`,
]);
list.add('18 domain NOT NULL constraint name', [
  'CREATE DOMAIN dnn1 AS int NOT NULL',
  `SELECT contype::text AS v FROM pg_constraint WHERE contypid = 'dnn1'::regtype`,
]);
list.add('18 domain ADD CONSTRAINT NOT NULL', [
  'CREATE DOMAIN dnn2 AS int',
  'ALTER DOMAIN dnn2 ADD CONSTRAINT dnn2_nn NOT NULL',
]);
list.add('18 uuid_extract_timestamp v7', [
  `SELECT uuid_extract_timestamp('017f22e2-79b0-7cc3-98c4-dc0c0c07398f') AT TIME ZONE 'UTC' AS v`,
]);
list.select('18 uuid_extract_version v7', `uuid_extract_version('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')`);
list.select('18 array_sort nulls', `array_sort(ARRAY[2,NULL,1], false, true)`);
list.select('18 numeric random range', `random(0.0, 0.0)::text`);
list.select('18 random date range', `random('2020-01-01'::date, '2020-01-01'::date)::text`);
list.select('18 random timestamp range', `random('2020-01-01'::timestamp, '2020-01-01'::timestamp)::text`);
list.add('18 pg_stat_io read_bytes', ['SELECT count(read_bytes)::int * 0 AS n FROM pg_stat_io WHERE false']);
list.add('18 pg_stat_io op_bytes', ['SELECT count(op_bytes)::int * 0 AS n FROM pg_stat_io WHERE false']);
list.add('18 json_strip_nulls one arg still', [`SELECT json_strip_nulls('{"a":null,"b":1}')::text AS v`]);
list.add('18 SELECT pg_get_acl on table', [
  'CREATE TABLE pga (a int)',
  `SELECT pg_get_acl('pg_class'::regclass, 'pga'::regclass, 0) IS NULL AS v`,
]);
list.add('18 ALTER TABLE ... ADD COLUMN virtual then index', [
  'CREATE TABLE avc (a int)',
  'ALTER TABLE avc ADD COLUMN b int GENERATED ALWAYS AS (a) VIRTUAL',
]);
list.add('18 CREATE TABLE PERIOD in unique', [
  'CREATE TABLE pu (a int4range, b int4range, UNIQUE (a, b WITHOUT OVERLAPS))',
]);
list.add('18 IS JSON on domain over text', ['CREATE DOMAIN jd AS text', `SELECT '{}'::jd IS JSON AS v`]);
list.add('18 SIMILAR TO nondeterministic', [`SELECT 'abc' SIMILAR TO 'a%' AS v`]);
list.select('18 to_char of negative zero', `to_char(-0.0::float8, '9.9')`);
list.select('18 ltrim bytea', `ltrim('\\x0102'::bytea, '\\x01'::bytea)`);
list.select('18 greatest of arrays', `greatest(ARRAY[1,2], ARRAY[1,3])::text`);
list.select('18 bytea to int4 too long', `'\\x0000000001'::bytea::int4`);
list.select('18 int8 to bytea negative', `(-1)::int8::bytea`);
list.add('18 prepared statement with OLD keyword name', ['PREPARE old AS SELECT 1 AS v', 'EXECUTE old']);
list.add('18 SELECT old.x from table aliased old in FROM', ['SELECT old.x AS x FROM (SELECT 1 AS x) old']);
list.add('18 function named casefold user defined', [
  'CREATE FUNCTION casefold(text) RETURNS text LANGUAGE sql AS $f$ SELECT lower($1) || $$!$$ $f$',
  `SELECT casefold('A') AS v`,
]);
list.add('18 user function array_sort', [
  'CREATE FUNCTION array_sort(int[]) RETURNS text LANGUAGE sql AS $f$ SELECT $1::text || $$!$$ $f$',
  `SELECT array_sort(ARRAY[2,1]) AS v`,
]);
list.add('18 user function gamma', [
  'CREATE FUNCTION gamma(float8) RETURNS float8 LANGUAGE sql AS $f$ SELECT 42::float8 $f$',
  'SELECT gamma(5) AS v',
]);
list.add('18 user function crc32 on text', [
  'CREATE FUNCTION crc32(text) RETURNS int LANGUAGE sql AS $f$ SELECT 7 $f$',
  `SELECT crc32('abc') AS v`,
]);
list.add('18 user function any_value conflict', [
  'CREATE FUNCTION any_value(int) RETURNS int LANGUAGE sql AS $f$ SELECT $1 + 1 $f$',
  'SELECT any_value(1) AS v',
]);
list.add('17 user function random(int,int)', [
  'CREATE FUNCTION random(int, int) RETURNS int LANGUAGE sql AS $f$ SELECT $1 + $2 $f$',
  'SELECT random(1, 2) AS v',
]);
list.add('16 user function erf', [
  'CREATE FUNCTION erf(float8) RETURNS float8 LANGUAGE sql AS $f$ SELECT 9::float8 $f$',
  'SELECT erf(0) AS v',
]);
list.add('17 user function to_bin', [
  'CREATE FUNCTION to_bin(int) RETURNS text LANGUAGE sql AS $f$ SELECT $$x$$ $f$',
  'SELECT to_bin(3) AS v',
]);
list.add('18 user function uuidv7', [
  'CREATE FUNCTION uuidv7() RETURNS text LANGUAGE sql AS $f$ SELECT $$mine$$ $f$',
  'SELECT uuidv7() AS v',
]);
list.add('18 user function reverse bytea', [
  'CREATE FUNCTION reverse(bytea) RETURNS text LANGUAGE sql AS $f$ SELECT $$mine$$ $f$',
  `SELECT reverse('\\x01'::bytea) AS v`,
]);
list.add('18 user cast int to bytea', [
  'CREATE FUNCTION i2b(int) RETURNS bytea LANGUAGE sql AS $f$ SELECT $$\\xff$$::bytea $f$',
  'CREATE CAST (int AS bytea) WITH FUNCTION i2b(int)',
  'SELECT 1::bytea AS v',
]);
list.add('17 user table pg_stat_checkpointer in public', [
  'CREATE TABLE pg_wait_events_x (a int)',
  'SELECT count(*)::int AS n FROM pg_wait_events_x',
]);

// ================================================================ Round 16, second pass: systematic catalog shape
// Column lists (with types) of catalogs and views whose shape changed in 16-18, through pg_attribute,
// through information_schema.columns, and as the fields of SELECT * (names and type OIDs compared).
const shaped = [
  'pg_class',
  'pg_attribute',
  'pg_constraint',
  'pg_database',
  'pg_collation',
  'pg_index',
  'pg_type',
  'pg_proc',
  'pg_statistic_ext',
  'pg_subscription',
  'pg_auth_members',
  'pg_roles',
  'pg_authid',
  'pg_trigger',
  'pg_am',
  'pg_event_trigger',
  'pg_publication',
  'pg_sequence',
  'pg_aggregate',
  'pg_opclass',
  'pg_namespace',
  'pg_extension',
  'pg_settings',
  'pg_stat_activity',
  'pg_stat_all_tables',
  'pg_stat_user_tables',
  'pg_stat_all_indexes',
  'pg_stat_database',
  'pg_stat_database_conflicts',
  'pg_stat_bgwriter',
  'pg_stat_wal',
  'pg_stat_archiver',
  'pg_stat_slru',
  'pg_stat_subscription',
  'pg_stat_subscription_stats',
  'pg_stat_replication',
  'pg_stat_replication_slots',
  'pg_replication_slots',
  'pg_stat_progress_vacuum',
  'pg_stat_progress_analyze',
  'pg_stat_progress_create_index',
  'pg_stat_progress_copy',
  'pg_stat_progress_cluster',
  'pg_stat_progress_basebackup',
  'pg_stat_user_functions',
  'pg_prepared_statements',
  'pg_cursors',
  'pg_backend_memory_contexts',
  'pg_hba_file_rules',
  'pg_ident_file_mappings',
  'pg_stats',
  'pg_stats_ext',
  'pg_stats_ext_exprs',
  'pg_locks',
  'pg_sequences',
  'pg_tables',
  'pg_views',
  'pg_indexes',
  'pg_matviews',
  'pg_publication_tables',
  'pg_shmem_allocations',
  'pg_file_settings',
  'pg_available_extensions',
  'pg_available_extension_versions',
  'pg_timezone_names',
  'pg_config',
  'pg_stat_gssapi',
  'pg_stat_ssl',
  'pg_stat_wal_receiver',
  'pg_stat_recovery_prefetch',
  'pg_user',
  'pg_group',
  'pg_policies',
  'pg_rules',
  'pg_seclabels',
  'pg_stat_sys_tables',
  'pg_statio_all_tables',
  'pg_statio_all_indexes',
  'pg_statio_all_sequences',
  'pg_stat_xact_all_tables',
  'pg_stat_xact_user_functions',
  'pg_partitioned_table',
  'pg_inherits',
  'pg_depend',
  'pg_description',
  'pg_foreign_table',
  'pg_policy',
  'pg_range',
  'pg_enum',
  'pg_operator',
  'pg_cast',
  'pg_language',
  'pg_attrdef',
  'pg_rewrite',
  'pg_default_acl',
  'pg_init_privs',
  'pg_largeobject_metadata',
  'pg_publication_rel',
  'pg_publication_namespace',
  'pg_subscription_rel',
  'pg_ts_config',
  'pg_tablespace',
  'pg_shdepend',
  'pg_replication_origin_status',
  'pg_user_mappings',
  'pg_stat_all_tables',
];
for (const rel of [...new Set(shaped)]) {
  list.add(`shape: ${rel} columns and types via pg_attribute`, [
    `SELECT string_agg(attname || ':' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN '!' ELSE '' END, ',' ORDER BY attnum) AS v FROM pg_attribute WHERE attrelid = '${rel}'::regclass AND attnum > 0 AND NOT attisdropped`,
  ]);
  list.add(`shape: ${rel} columns via information_schema`, [
    `SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY ordinal_position) AS v FROM information_schema.columns WHERE table_schema = 'pg_catalog' AND table_name = '${rel}'`,
  ]);
  list.add(`shape: ${rel} SELECT * fields`, [`SELECT * FROM ${rel} WHERE false`]);
  list.add(`shape: ${rel} relnatts`, [`SELECT relnatts AS v FROM pg_class WHERE oid = '${rel}'::regclass`]);
}
for (const rel of [
  'columns',
  'tables',
  'element_types',
  'routines',
  'parameters',
  'table_constraints',
  'check_constraints',
  'attributes',
  'user_defined_types',
  'domains',
  'sequences',
  'triggers',
  'views',
  'key_column_usage',
]) {
  list.add(`shape: information_schema.${rel} columns`, [
    `SELECT string_agg(column_name, ',' ORDER BY ordinal_position) AS v FROM information_schema.columns WHERE table_schema = 'information_schema' AND table_name = '${rel}'`,
  ]);
  list.add(`shape: information_schema.${rel} SELECT * fields`, [
    `SELECT * FROM information_schema.${rel} WHERE false`,
  ]);
}
// Catalog sizes: every function, type, operator, cast, aggregate a version adds shows here.
for (const [cat, where] of [
  ['pg_proc', ''],
  ['pg_type', ''],
  ['pg_operator', ''],
  ['pg_cast', ''],
  ['pg_aggregate', ''],
  ['pg_am', ''],
  ['pg_opclass', ''],
  ['pg_opfamily', ''],
  ['pg_amop', ''],
  ['pg_amproc', ''],
  ['pg_conversion', ''],
  ['pg_ts_config', ''],
  ['pg_ts_dict', ''],
  ['pg_ts_parser', ''],
  ['pg_ts_template', ''],
  ['pg_language', ''],
  ['pg_namespace', ''],
  ['pg_authid', ` WHERE rolname LIKE 'pg\\_%'`],
  ['pg_settings', ''],
  ['pg_class', ` WHERE relnamespace = 'pg_catalog'::regnamespace`],
  ['pg_class', ` WHERE relnamespace = 'information_schema'::regnamespace`],
  ['pg_class', ` WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'v'`],
  ['pg_proc', ` WHERE prokind = 'a'`],
  ['pg_proc', ` WHERE prokind = 'w'`],
  ['pg_proc', ` WHERE proretset`],
  ['pg_proc', ` WHERE proname LIKE 'pg\\_stat\\_%'`],
  ['pg_proc', ` WHERE proname LIKE 'json%'`],
  ['pg_proc', ` WHERE proname LIKE 'pg\\_%'`],
  ['pg_type', ` WHERE typtype = 'b'`],
  ['pg_type', ` WHERE typtype = 'p'`],
  ['pg_operator', ` WHERE oprname = '@@'`],
  ['pg_description', ''],
  ['pg_collation', ` WHERE collprovider <> 'c'`],
  ['pg_depend', ` WHERE deptype = 'p'`],
  ['pg_init_privs', ''],
  ['pg_cast', ` WHERE castcontext = 'i'`],
] as const) {
  list.add(`size: ${cat}${where}`, [`SELECT count(*)::int AS n FROM ${cat}${where}`]);
}
list.add('size: predefined role names', [
  `SELECT string_agg(rolname, ',' ORDER BY rolname) AS v FROM pg_roles WHERE rolname LIKE 'pg\\_%'`,
]);
list.add('size: pg_stat functions by name', [
  `SELECT md5(string_agg(proname, ',' ORDER BY proname)) AS v FROM pg_proc WHERE proname LIKE 'pg\\_stat\\_%'`,
]);
list.add('size: all function names hash', [
  `SELECT md5(string_agg(DISTINCT proname, ',' ORDER BY proname)) AS v FROM pg_proc`,
]);
list.add('size: all type names hash', [
  `SELECT md5(string_agg(typname, ',' ORDER BY typname)) AS v FROM pg_type`,
]);
list.add('size: pg_catalog view names', [
  `SELECT string_agg(relname, ',' ORDER BY relname) AS v FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'v'`,
]);
list.add('size: pg_catalog view names via information_schema', [
  `SELECT count(*)::int AS n FROM information_schema.views WHERE table_schema = 'pg_catalog'`,
]);
list.add('size: pg_catalog tables via information_schema.tables', [
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pg_catalog'`,
]);
list.add('size: setting names hash', [
  `SELECT md5(string_agg(name, ',' ORDER BY name)) AS v FROM pg_settings`,
]);
list.add('size: pg_show_all_settings count', [`SELECT count(*)::int AS n FROM pg_show_all_settings()`]);
list.add('size: information_schema view count', [
  `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'information_schema'`,
]);
list.add('size: keywords count', [`SELECT count(*)::int AS n FROM pg_get_keywords()`]);
list.add('size: reserved keywords', [
  `SELECT string_agg(word, ',' ORDER BY word) AS v FROM pg_get_keywords() WHERE catcode = 'R'`,
]);
list.add('size: keyword json_table', [
  `SELECT count(*)::int AS n FROM pg_get_keywords() WHERE word IN ('json_table', 'json_array', 'system_user', 'merge_action', 'virtual', 'enforced', 'period', 'indent', 'format', 'absent', 'keys', 'scalar', 'wrapper', 'conditional', 'empty', 'error', 'nested', 'path', 'quotes', 'omit', 'string', 'unconditional', 'target', 'objects')`,
]);
list.add('size: pg_get_keywords catdesc of json', [
  `SELECT catcode AS v FROM pg_get_keywords() WHERE word = 'json'`,
]);

// Default settings (boot_val is the compiled default, independent of the server's configuration).
for (const name of [
  'effective_io_concurrency',
  'maintenance_io_concurrency',
  'log_connections',
  'data_checksums',
  'wal_level',
  'vacuum_cost_page_miss',
  'log_checkpoints',
  'hash_mem_multiplier',
  'autovacuum_vacuum_cost_delay',
  'wal_compression',
  'password_encryption',
  'default_toast_compression',
  'jit',
  'max_wal_senders',
  'log_autovacuum_min_duration',
  'log_line_prefix',
  'shared_buffers',
  'work_mem',
  'maintenance_work_mem',
  'autovacuum_max_workers',
  'max_locks_per_transaction',
  'wal_sync_method',
  'huge_pages',
  'recovery_prefetch',
  'stats_fetch_consistency',
  'track_io_timing',
  'wal_buffers',
  'io_combine_limit',
  'vacuum_truncate',
  'autovacuum_vacuum_insert_threshold',
  'ssl_min_protocol_version',
  'ssl_ciphers',
  'ssl_ecdh_curve',
  'max_parallel_workers_per_gather',
  'enable_presorted_aggregate',
  'logical_decoding_work_mem',
  'server_version_num',
  'max_slot_wal_keep_size',
  'wal_keep_size',
  'log_startup_progress_interval',
  'lock_timeout',
  'array_nulls',
  'extra_float_digits',
  'intervalstyle',
  'datestyle',
  'timezone_abbreviations',
  'standard_conforming_strings',
  'search_path',
  'default_table_access_method',
  'plan_cache_mode',
  'enable_partitionwise_join',
  'jit_above_cost',
  'debug_parallel_query',
  'force_parallel_mode',
  'lc_collate',
  'vacuum_defer_cleanup_age',
  'createrole_self_grant',
  'reserved_connections',
  'scram_iterations',
  'icu_validation_level',
  'enable_group_by_reordering',
  'transaction_timeout',
  'io_method',
  'autovacuum_worker_slots',
  'max_notify_queue_pages',
  'commit_timestamp_buffers',
  'logical_replication_mode',
  'debug_logical_replication_streaming',
  'recursive_worktable_factor',
  'vacuum_failsafe_age',
  'block_size',
  'max_identifier_length',
  'segment_size',
  'wal_block_size',
  'wal_segment_size',
  'integer_datetimes',
  'max_function_args',
  'max_index_keys',
  'data_directory_mode',
  'ssl_library',
  'shared_memory_type',
  'dynamic_shared_memory_type',
  'wal_init_zero',
  'vacuum_cost_limit',
  'bgwriter_lru_maxpages',
]) {
  list.add(`default: ${name} boot_val`, [
    `SELECT boot_val AS v, vartype AS t, coalesce(unit, '') AS u FROM pg_settings WHERE name = '${name}'`,
  ]);
  list.add(`default: ${name} enumvals and range`, [
    `SELECT enumvals::text AS e, min_val AS lo, max_val AS hi, context AS c FROM pg_settings WHERE name = '${name}'`,
  ]);
}
list.add('default: current effective_io_concurrency', ['SHOW effective_io_concurrency']);
list.add('default: current maintenance_io_concurrency', ['SHOW maintenance_io_concurrency']);
list.add('default: log_connections value', [`SELECT current_setting('log_connections') AS v`]);
list.add('default: server_version_num prefix', [
  `SELECT current_setting('server_version_num')::int / 10000 AS v`,
]);
list.add('default: server_version prefix', [
  `SELECT split_part(current_setting('server_version'), '.', 1) AS v`,
]);
list.add('default: version() prefix', [`SELECT split_part(version(), '.', 1) AS v`]);
setting('17 renamed', 'ssl_ecdh_curve');
setting('16 renamed from', 'logical_replication_mode');
setting('16 renamed to', 'debug_logical_replication_streaming');
for (const name of [
  'createrole_self_grant',
  'reserved_connections',
  'scram_iterations',
  'icu_validation_level',
  'send_abort_for_crash',
  'gss_accept_delegation',
  'enable_presorted_aggregate',
  'max_parallel_apply_workers_per_subscription',
  'debug_io_direct',
  'wal_summary_keep_time',
  'trace_connection_negotiation',
  'synchronized_standby_slots',
  'notify_buffers',
  'subtransaction_buffers',
  'multixact_member_buffers',
  'serializable_buffers',
  'transaction_buffers',
  'multixact_offset_buffers',
  'allow_in_place_tablespaces',
  'restrict_nonsystem_relation_kind',
  'autovacuum_vacuum_max_threshold',
  'vacuum_max_eager_freeze_failure_rate',
  'max_active_replication_origins',
]) {
  list.add(`17/18 new setting SET: ${name}`, [`SET ${name} = DEFAULT`]);
}
// More on the silent areas found in the first pass.
list.add('16 ADD COLUMN STORAGE MAIN', [
  'CREATE TABLE acs (a int)',
  'ALTER TABLE acs ADD COLUMN b text STORAGE MAIN',
]);
list.add('16 ADD COLUMN COMPRESSION then STORAGE', [
  'CREATE TABLE acs2 (a int)',
  'ALTER TABLE acs2 ADD COLUMN b text COMPRESSION pglz STORAGE MAIN',
]);
list.add('16 ADD COLUMN STORAGE and default', [
  'CREATE TABLE acs3 (a int)',
  `ALTER TABLE acs3 ADD b text STORAGE EXTERNAL DEFAULT 'x'`,
]);
list.add('16 CREATE TABLE column STORAGE then check', ['CREATE TABLE acs4 (a text STORAGE PLAIN NOT NULL)']);
list.add('16 CREATE FOREIGN/TYPE column STORAGE in composite', [
  'CREATE TYPE acs5 AS (a text STORAGE PLAIN)',
]);
list.add('16 generated child of plain parent via ALTER INHERIT', [
  'CREATE TABLE gip (a int, b int)',
  'CREATE TABLE gic (a int, b int GENERATED ALWAYS AS (a + 1) STORED)',
  'ALTER TABLE gic INHERIT gip',
]);
list.add('16 generated child with different expression via INHERITS', [
  'CREATE TABLE gip2 (a int, b int GENERATED ALWAYS AS (a + 1) STORED)',
  'CREATE TABLE gic2 (a int, b int GENERATED ALWAYS AS (a + 2) STORED) INHERITS (gip2)',
  'INSERT INTO gic2 (a) VALUES (1)',
  'SELECT b AS b FROM gip2',
]);
list.add('16 plain parent generated partition', [
  'CREATE TABLE gpr (a int, b int) PARTITION BY LIST (a)',
  'CREATE TABLE gpr1 PARTITION OF gpr (b GENERATED ALWAYS AS (a * 5) STORED) FOR VALUES IN (1)',
]);
list.add('16 partition different expression via PARTITION OF', [
  'CREATE TABLE gps (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY LIST (a)',
  'CREATE TABLE gps1 PARTITION OF gps (b GENERATED ALWAYS AS (a * 7) STORED) FOR VALUES IN (1)',
  'INSERT INTO gps (a) VALUES (1)',
  'SELECT b AS b FROM gps',
]);
list.add('16 partition attach generated child to plain parent', [
  'CREATE TABLE gpt (a int, b int) PARTITION BY LIST (a)',
  'CREATE TABLE gpt1 (a int, b int GENERATED ALWAYS AS (a) STORED)',
  'ALTER TABLE gpt ATTACH PARTITION gpt1 FOR VALUES IN (1)',
]);
list.add('16 ALTER TABLE DROP EXPRESSION on inherited child', [
  'CREATE TABLE gde (a int, b int GENERATED ALWAYS AS (a) STORED)',
  'CREATE TABLE gde1 () INHERITS (gde)',
  'ALTER TABLE gde1 ALTER COLUMN b DROP EXPRESSION',
]);
// Only targets 15 refuses: a valid one would reset the server's statistics.
for (const target of ['slru', 'io', 'checkpointer', 'WAL', '']) {
  list.add(`17 pg_stat_reset_shared target '${target}'`, [
    `SELECT pg_stat_reset_shared('${target}') IS NULL AS v`,
  ]);
}
list.add('17 pg_stat_get_slru names', [
  `SELECT string_agg(name, ',' ORDER BY name) AS v FROM pg_stat_get_slru()`,
]);
list.add('17 pg_stat_slru row count', [`SELECT count(*)::int AS n FROM pg_stat_slru`]);
for (const lsn of ['0/1000000', '0/2000000', '1/0', '0/0', '0/FFFFFF', '0/1000001', '5/5000000']) {
  list.add(`17 pg_walfile_name ${lsn}`, [`SELECT substr(pg_walfile_name('${lsn}'), 9) AS v`]);
  list.add(`17 pg_walfile_name_offset ${lsn}`, [
    `SELECT substr(file_name, 9) AS f, file_offset AS o FROM pg_walfile_name_offset('${lsn}')`,
  ]);
}
for (const ev of [
  'login',
  'ddl_command_start',
  'table_rewrite',
  'sql_drop',
  'ddl_command_end',
  'LOGIN',
  'logon',
]) {
  list.add(`17 event trigger on ${ev}`, [
    `CREATE FUNCTION evf() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$`,
    `CREATE EVENT TRIGGER evt ON ${ev} EXECUTE FUNCTION evf()`,
    `SELECT evtevent AS v FROM pg_event_trigger`,
    'DROP EVENT TRIGGER IF EXISTS evt',
  ]);
}
list.add('17 pg_event_trigger dathasloginevt after login trigger', [
  `SELECT count(*)::int AS n FROM pg_database WHERE datname = current_database()`,
]);
list.add('18 SET UNLOGGED on partitioned with partitions', [
  'CREATE TABLE ul (a int) PARTITION BY LIST (a)',
  'CREATE TABLE ul1 PARTITION OF ul FOR VALUES IN (1)',
  'ALTER TABLE ul SET UNLOGGED',
  `SELECT relname AS n, relpersistence AS p FROM pg_class WHERE relname IN ('ul', 'ul1') ORDER BY relname`,
]);
list.add('18 ALTER TABLE ONLY partitioned SET LOGGED', [
  'CREATE TABLE ul2 (a int) PARTITION BY RANGE (a)',
  'ALTER TABLE ONLY ul2 SET LOGGED',
]);
list.add('18 ALTER partitioned index? SET UNLOGGED on partitioned after unlogged create', [
  'CREATE UNLOGGED TABLE ul3 (a int) PARTITION BY LIST (a)',
  'ALTER TABLE ul3 SET LOGGED',
  `SELECT relpersistence AS v FROM pg_class WHERE relname = 'ul3'`,
]);
list.add('18 VACUUM parent vacuums child relpages', [
  'CREATE TABLE vip (a int)',
  'CREATE TABLE vic () INHERITS (vip)',
  'INSERT INTO vic VALUES (1)',
  'VACUUM vip',
  `SELECT relpages AS p, reltuples AS t FROM pg_class WHERE relname = 'vic'`,
]);
list.add('18 ANALYZE parent analyzes child reltuples', [
  'CREATE TABLE aip (a int)',
  'CREATE TABLE aic () INHERITS (aip)',
  'INSERT INTO aic VALUES (1), (2)',
  'ANALYZE aip',
  `SELECT reltuples AS t FROM pg_class WHERE relname = 'aic'`,
]);
list.add('18 ANALYZE parent pg_stats inherited rows', [
  'CREATE TABLE aip2 (a int)',
  'CREATE TABLE aic2 () INHERITS (aip2)',
  'INSERT INTO aic2 VALUES (1), (2)',
  'ANALYZE aip2',
  `SELECT tablename AS t, inherited AS i FROM pg_stats WHERE tablename IN ('aip2', 'aic2') ORDER BY tablename, inherited`,
]);
list.add('18 VACUUM ANALYZE parent child stats', [
  'CREATE TABLE aip3 (a int)',
  'CREATE TABLE aic3 () INHERITS (aip3)',
  'INSERT INTO aic3 VALUES (1)',
  'VACUUM ANALYZE aip3',
  `SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'aic3'`,
]);
list.add('18 ANALYZE partitioned analyzes partitions (unchanged)', [
  'CREATE TABLE app (a int) PARTITION BY LIST (a)',
  'CREATE TABLE app1 PARTITION OF app FOR VALUES IN (1)',
  'INSERT INTO app VALUES (1)',
  'ANALYZE app',
  `SELECT tablename AS t, inherited AS i FROM pg_stats WHERE tablename IN ('app', 'app1') ORDER BY tablename, inherited`,
]);
for (const [zone, abbr] of [
  ['America/New_York', 'LMT'],
  ['Europe/London', 'LMT'],
  ['Africa/Johannesburg', 'SAST'],
  ['Australia/Lord_Howe', 'LHDT'],
  ['Pacific/Chatham', 'CHADT'],
  ['Asia/Karachi', 'PKT'],
  ['America/Sao_Paulo', 'BRT'],
  ['Europe/Istanbul', 'TRT'],
  ['Asia/Kathmandu', 'NPT'],
  ['Europe/Dublin', 'GMT'],
  ['Asia/Manila', 'PST'],
  ['Asia/Jerusalem', 'IDT'],
  ['America/Havana', 'CST'],
  ['Asia/Shanghai', 'CST'],
  ['Europe/Moscow', 'MSK'],
] as const) {
  list.add(`18 abbreviation ${abbr} in zone ${zone}`, [
    `SET timezone = '${zone}'`,
    `SELECT '2024-01-15 12:00 ${abbr}'::timestamptz AT TIME ZONE 'UTC' AS v`,
  ]);
}
list.add('18 abbreviation LMT timestamptz in UTC session', [
  `SELECT '1850-01-01 12:00 LMT'::timestamptz::text AS v`,
]);
list.add('18 abbreviation LMT in to_timestamp', [
  `SET timezone = 'America/New_York'`,
  `SELECT to_timestamp('1850-01-01 12:00 LMT', 'YYYY-MM-DD HH24:MI TZ')::text AS v`,
]);
list.add('18 abbreviation in timetz input', [
  `SET timezone = 'America/New_York'`,
  `SELECT '12:00 LMT'::timetz::text AS v`,
]);
list.add('18 abbreviation AT TIME ZONE LMT', [
  `SET timezone = 'America/New_York'`,
  `SELECT ('2020-01-01 00:00+00'::timestamptz AT TIME ZONE 'LMT')::text AS v`,
]);
list.add('18 pg_timezone_abbrevs has LMT', [
  `SET timezone = 'America/New_York'`,
  `SELECT count(*)::int AS n FROM pg_timezone_abbrevs WHERE abbrev = 'LMT'`,
]);
list.add('18 pg_timezone_abbrevs count', [
  `SET timezone = 'America/New_York'`,
  `SELECT count(*)::int AS n FROM pg_timezone_abbrevs`,
]);
for (const [n, coll] of [
  ['ks2', "'und-u-ks-level2'"],
  ['ks1', "'und-u-ks-level1'"],
  ['colStrength', "'@colStrength=secondary'"],
] as const) {
  list.add(`18 nondeterministic ${n} LIKE`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'ABC' LIKE 'a%' COLLATE nd AS v`,
  ]);
  list.add(`18 nondeterministic ${n} NOT LIKE`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'ABC' NOT LIKE 'a%' COLLATE nd AS v`,
  ]);
  list.add(`18 nondeterministic ${n} ILIKE`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'ABC' ILIKE 'a%' COLLATE nd AS v`,
  ]);
  list.add(`18 nondeterministic ${n} column LIKE`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    'CREATE TABLE ndt (x text COLLATE nd)',
    `INSERT INTO ndt VALUES ('ABC')`,
    `SELECT count(*)::int AS n FROM ndt WHERE x LIKE 'abc'`,
  ]);
  list.add(`18 nondeterministic ${n} ~~ operator`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT ('ABC' COLLATE nd) ~~ 'a_c' AS v`,
  ]);
  list.add(`18 nondeterministic ${n} strpos`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT strpos('ABC' COLLATE nd, 'b') AS v`,
  ]);
  list.add(`18 nondeterministic ${n} SIMILAR TO`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'ABC' SIMILAR TO 'a%' COLLATE nd AS v`,
  ]);
  list.add(`18 nondeterministic ${n} regex`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'ABC' ~ ('a' COLLATE nd) AS v`,
  ]);
  list.add(`18 nondeterministic ${n} LIKE ESCAPE`, [
    `CREATE COLLATION nd (provider = icu, locale = ${coll}, deterministic = false)`,
    `SELECT 'A%C' LIKE 'a\\%c' ESCAPE '\\' COLLATE nd AS v`,
  ]);
}
list.add('18 RETURNING WITH (OLD AS o) on DELETE', [
  'CREATE TABLE rw (v int)',
  'INSERT INTO rw VALUES (1)',
  'DELETE FROM rw RETURNING WITH (OLD AS o) o.v AS o',
]);
list.add('18 RETURNING WITH (NEW AS n) on INSERT', [
  'CREATE TABLE rw2 (v int)',
  'INSERT INTO rw2 VALUES (1) RETURNING WITH (NEW AS n) n.v AS n',
]);
list.add('18 RETURNING WITH (OLD AS o) in MERGE', [
  'CREATE TABLE rw3 (id int, v int)',
  'INSERT INTO rw3 VALUES (1, 1)',
  'MERGE INTO rw3 USING (VALUES (1)) s(id) ON rw3.id = s.id WHEN MATCHED THEN UPDATE SET v = 2 RETURNING WITH (OLD AS o) o.v AS o',
]);
list.add('18 RETURNING WITH ON CONFLICT', [
  'CREATE TABLE rw4 (id int PRIMARY KEY, v int)',
  'INSERT INTO rw4 VALUES (1, 1)',
  'INSERT INTO rw4 VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET v = 3 RETURNING WITH (OLD AS o, NEW AS n) o.v AS o, n.v AS n',
]);
list.add('18 RETURNING WITH in CTE', [
  'CREATE TABLE rw5 (v int)',
  'INSERT INTO rw5 VALUES (1)',
  'WITH u AS (UPDATE rw5 SET v = 2 RETURNING WITH (OLD AS o) o.v AS ov) SELECT ov AS ov FROM u',
]);
list.add('18 RETURNING WITH as plain column named with', [
  'CREATE TABLE rw6 ("with" int)',
  'INSERT INTO rw6 VALUES (1) RETURNING "with" AS w',
]);
list.add('18 RETURNING WITH params', [
  'CREATE TABLE rw7 (v int)',
  'INSERT INTO rw7 VALUES (1)',
  { sql: 'UPDATE rw7 SET v = $1 RETURNING WITH (OLD AS o) o.v AS o', params: [5] },
]);
list.add('16 pg_stat_get_backend_subxact column names', [
  'SELECT * FROM pg_stat_get_backend_subxact(1) WHERE false',
]);
for (const f of [
  'pg_stat_get_backend_io(pg_backend_pid())',
  'pg_stat_get_backend_wal(pg_backend_pid())',
  'pg_stat_get_io()',
  'pg_stat_get_backend_subxact(1)',
  'pg_get_wait_events()',
  'pg_get_loaded_modules()',
  'pg_stat_get_checkpointer_num_timed()',
  'pg_stat_get_checkpointer_num_requested()',
  'pg_stat_get_bgwriter_timed_checkpoints()',
  'pg_stat_get_buf_written_backend()',
  'pg_stat_get_checkpoint_write_time()',
  'pg_stat_get_lastscan(0)',
  'pg_stat_get_ins_since_vacuum(0)',
  'pg_stat_get_tuples_newpage_updated(0)',
  'pg_stat_get_total_vacuum_time(0)',
  'pg_stat_get_numscans(0)',
  'pg_get_backend_memory_contexts()',
  'pg_log_standby_snapshot()',
  'pg_stat_get_wal(NULL)',
  'pg_stat_get_wal()',
  'pg_stat_get_replication_slot(NULL)',
  'pg_stat_get_subscription_stats(0)',
  'pg_stat_force_next_flush()',
  "pg_stat_have_stats('relation', 0, 0)",
  'pg_stat_get_xact_tuples_newpage_updated(0)',
  'pg_get_wal_resource_managers()',
  'pg_get_shmem_allocations_numa()',
  'pg_get_aios()',
  'pg_sync_replication_slots()',
  'pg_get_wal_summarizer_state()',
  'pg_available_wal_summaries()',
  'pg_stat_get_checkpointer_buffers_written()',
  'pg_stat_get_checkpointer_num_performed()',
  'pg_stat_get_checkpointer_slru_written()',
  'pg_stat_get_autovacuum_count(0)',
  'pg_stat_get_rev_all_frozen_pages(0)',
  "pg_clear_relation_stats('pg_catalog', 'pg_class')",
  'pg_restore_relation_stats()',
  'pg_current_logfile()',
  'pg_ls_logicalsnapdir()',
  'pg_ls_logicalmapdir()',
  "pg_ls_replslotdir('x')",
  'pg_ls_summariesdir()',
  "pg_split_walfile_name('000000010000000000000001')",
  "pg_input_error_info('1', 'int')",
  'pg_stat_get_backend_idset()',
  'pg_stat_get_activity(NULL)',
  'pg_get_multixact_members(1)',
  'pg_get_catalog_foreign_keys()',
  "pg_walfile_name_offset('0/0')",
  'pg_control_checkpoint()',
  "pg_settings_get_flags('work_mem')",
  'pg_get_acl(0, 0, 0)',
  'pg_numa_available()',
]) {
  list.add(`fn call: ${f.replace(/'/g, '')}`, [`SELECT count(*) >= 0 AS v FROM (SELECT * FROM ${f}) t`]);
}

// ================================================================ Round 16, third pass
list.add('17 EXPLAIN initplan parameter naming', [
  'CREATE TABLE ex1 (a int)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex1 WHERE a = (SELECT max(a) FROM ex1)',
]);
list.add('17 EXPLAIN subplan naming in filter', [
  'CREATE TABLE ex2 (a int, b int)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex2 o WHERE a > (SELECT min(b) FROM ex2 i WHERE i.a = o.a)',
]);
list.add('17 EXPLAIN hashed subplan naming', [
  'CREATE TABLE ex3 (a int)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex3 WHERE a NOT IN (SELECT a FROM ex3)',
]);
list.add('17 EXPLAIN VERBOSE initplan output', [
  'CREATE TABLE ex4 (a int)',
  'EXPLAIN (COSTS OFF, VERBOSE) SELECT (SELECT 1) AS x FROM ex4',
]);
list.add('18 EXPLAIN VERBOSE window definition', [
  'CREATE TABLE ex5 (a int, b int)',
  'EXPLAIN (COSTS OFF, VERBOSE) SELECT sum(a) OVER (PARTITION BY b ORDER BY a) AS s FROM ex5',
]);
list.add('18 EXPLAIN ANALYZE memoize/limit rows', [
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM generate_series(1, 10) g LIMIT 3',
]);
list.add('18 EXPLAIN ANALYZE nested loop loops rows fractional', [
  'CREATE TABLE ex6 (a int)',
  'INSERT INTO ex6 VALUES (1), (2), (3)',
  'SET enable_hashjoin = off',
  'SET enable_mergejoin = off',
  'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM ex6 x JOIN ex6 y ON x.a = y.a',
]);
list.add('16 EXPLAIN incremental sort / presorted agg', [
  'CREATE TABLE ex7 (a int, b int)',
  "EXPLAIN (COSTS OFF) SELECT a, string_agg(b::text, ',' ORDER BY b) AS s FROM ex7 GROUP BY a",
]);
list.add('16 EXPLAIN DISTINCT aggregate plan', [
  'CREATE TABLE ex8 (a int, b int)',
  'EXPLAIN (COSTS OFF) SELECT count(DISTINCT a) AS c FROM ex8',
]);
list.add('17 EXPLAIN IN list with Memoize/ScalarArray', [
  'CREATE TABLE ex9 (a int PRIMARY KEY)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex9 WHERE a IN (1, 2, 3)',
]);
list.add('17 EXPLAIN OR to ANY', [
  'CREATE TABLE ex10 (a int PRIMARY KEY)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex10 WHERE a = 1 OR a = 2',
]);
list.add('16 EXPLAIN left join removal/anti join', [
  'CREATE TABLE ex11 (a int PRIMARY KEY)',
  'CREATE TABLE ex12 (a int)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex12 WHERE NOT EXISTS (SELECT 1 FROM ex11 WHERE ex11.a = ex12.a)',
]);
list.add('18 EXPLAIN self join elimination', [
  'CREATE TABLE ex13 (id int PRIMARY KEY, v int)',
  'EXPLAIN (COSTS OFF) SELECT a.v FROM ex13 a JOIN ex13 b ON a.id = b.id',
]);
list.add('17 EXPLAIN IS NOT NULL on NOT NULL column', [
  'CREATE TABLE ex14 (a int NOT NULL)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex14 WHERE a IS NOT NULL',
]);
list.add('17 EXPLAIN IS NULL on NOT NULL column', [
  'CREATE TABLE ex15 (a int NOT NULL)',
  'EXPLAIN (COSTS OFF) SELECT * FROM ex15 WHERE a IS NULL',
]);
list.add('18 EXPLAIN DISTINCT reordering', [
  'CREATE TABLE ex16 (a int, b int)',
  'EXPLAIN (COSTS OFF) SELECT DISTINCT b, a FROM ex16',
]);
list.add('17 EXPLAIN GROUP BY reordering', [
  'CREATE TABLE ex17 (a int, b int)',
  'CREATE INDEX ON ex17 (a, b)',
  'SET enable_hashagg = off',
  'SET enable_seqscan = off',
  'EXPLAIN (COSTS OFF) SELECT b, a, count(*) FROM ex17 GROUP BY b, a',
]);
list.add('17 EXPLAIN CTE materialized name', [
  'EXPLAIN (COSTS OFF) WITH c AS MATERIALIZED (SELECT 1 AS x) SELECT * FROM c, c c2',
]);
list.add('17 EXPLAIN union all append', ['EXPLAIN (COSTS OFF) SELECT 1 AS x UNION ALL SELECT 2']);
list.add('17 ALTER OPERATOR SET HASHES', [
  `CREATE FUNCTION opeq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq)',
  'ALTER OPERATOR === (int, int) SET (HASHES)',
]);
list.add('17 ALTER OPERATOR SET COMMUTATOR', [
  `CREATE FUNCTION opeq2(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR ==== (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq2)',
  'ALTER OPERATOR ==== (int, int) SET (COMMUTATOR = ====)',
]);
list.add('17 ALTER OPERATOR SET MERGES', [
  `CREATE FUNCTION opeq3(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR ##= (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq3)',
  'ALTER OPERATOR ##= (int, int) SET (MERGES)',
]);
list.add('17 SET STATISTICS DEFAULT', [
  'CREATE TABLE ssd (a int)',
  'ALTER TABLE ssd ALTER COLUMN a SET STATISTICS DEFAULT',
]);
list.add('17 ALTER STATISTICS SET STATISTICS DEFAULT', [
  'CREATE TABLE ssd2 (a int, b int)',
  'CREATE STATISTICS ssd2_s ON a, b FROM ssd2',
  'ALTER STATISTICS ssd2_s SET STATISTICS DEFAULT',
]);
list.add('17 ALTER STATISTICS SET STATISTICS -1', [
  'CREATE TABLE ssd3 (a int, b int)',
  'CREATE STATISTICS ssd3_s ON a, b FROM ssd3',
  'ALTER STATISTICS ssd3_s SET STATISTICS -1',
  `SELECT stxstattarget AS v FROM pg_statistic_ext WHERE stxname = 'ssd3_s'`,
]);
list.add('17 GRANT ALL relacl letters', [
  'CREATE TABLE gal (a int)',
  'GRANT ALL ON gal TO PUBLIC',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gal'`,
]);
list.add('17 REVOKE then relacl owner letters', [
  'CREATE TABLE gal2 (a int)',
  'REVOKE INSERT ON gal2 FROM postgres',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gal2'`,
]);
list.add('17 aclexplode of acldefault privileges', [
  `SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) AS v FROM aclexplode(acldefault('r', 10))`,
]);
list.add('17 acldefault text for relation', [
  `SELECT replace(acldefault('r', 10)::text, current_user, 'U') AS v`,
]);
list.add('17 aclitem input with m', [`SELECT 'postgres=arwdDxtm/postgres'::aclitem::text AS v`]);
list.add('17 aclitem input with m for PUBLIC', [`SELECT '=m/postgres'::aclitem::text AS v`]);
list.add('17 makeaclitem MAINTAIN', [
  `SELECT makeaclitem(10, 10, 'MAINTAIN', false)::text LIKE '%=m/%' AS v`,
]);
list.add('17 information_schema.table_privileges after GRANT ALL', [
  'CREATE TABLE gal3 (a int)',
  `SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) AS v FROM information_schema.table_privileges WHERE table_name = 'gal3' AND grantee = current_user`,
]);
list.add('17 has_table_privilege ALL letters', [
  'CREATE TABLE gal4 (a int)',
  `SELECT has_table_privilege('gal4', 'SELECT, MAINTAIN') AS v`,
]);
list.add('17 privileges on view relacl', [
  'CREATE VIEW gav AS SELECT 1 AS x',
  'GRANT ALL ON gav TO PUBLIC',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gav'`,
]);
list.add('17 pg_class relacl of sequence after GRANT ALL', [
  'CREATE SEQUENCE gas',
  'GRANT ALL ON gas TO PUBLIC',
  `SELECT relacl::text AS v FROM pg_class WHERE relname = 'gas'`,
]);
list.add('17 ALTER DEFAULT PRIVILEGES GRANT MAINTAIN', [
  'ALTER DEFAULT PRIVILEGES GRANT MAINTAIN ON TABLES TO PUBLIC',
  'ALTER DEFAULT PRIVILEGES REVOKE MAINTAIN ON TABLES FROM PUBLIC',
]);
list.add('18 max of bytea', [`SELECT max(x) AS v FROM (VALUES ('\\x01'::bytea), ('\\x02'::bytea)) t(x)`]);
list.add('18 min of bytea', [`SELECT min(x) AS v FROM (VALUES ('\\x01'::bytea), ('\\x02'::bytea)) t(x)`]);
list.add('18 max of composite', [
  'CREATE TYPE mc AS (a int, b text)',
  `SELECT max(x)::text AS v FROM (VALUES (ROW(1, 'a')::mc), (ROW(1, 'b')::mc)) t(x)`,
]);
list.add('18 max of record subquery', [
  `SELECT max(r)::text AS v FROM (SELECT ROW(g, g) AS r FROM generate_series(1, 3) g) t`,
]);
list.add('18 NOT VALID foreign key on partitioned table', [
  'CREATE TABLE fkr (id int PRIMARY KEY)',
  'CREATE TABLE fkp (r int) PARTITION BY LIST (r)',
  'ALTER TABLE fkp ADD CONSTRAINT fkp_r FOREIGN KEY (r) REFERENCES fkr NOT VALID',
  `SELECT convalidated AS v FROM pg_constraint WHERE conname = 'fkp_r'`,
]);
list.add('18 ALTER TABLE ONLY partitioned DROP CONSTRAINT', [
  'CREATE TABLE dcp (a int CONSTRAINT dcp_c CHECK (a > 0)) PARTITION BY LIST (a)',
  'CREATE TABLE dcp1 PARTITION OF dcp FOR VALUES IN (1)',
  'ALTER TABLE ONLY dcp DROP CONSTRAINT dcp_c',
]);
list.add('18 ALTER TABLE ONLY partitioned no partitions DROP CONSTRAINT', [
  'CREATE TABLE dcq (a int CONSTRAINT dcq_c CHECK (a > 0)) PARTITION BY LIST (a)',
  'ALTER TABLE ONLY dcq DROP CONSTRAINT dcq_c',
]);
list.add('16 plpgsql GET DIAGNOSTICS PG_ROUTINE_OID', [
  `CREATE FUNCTION rid() RETURNS bool LANGUAGE plpgsql AS $$ DECLARE o oid; BEGIN GET DIAGNOSTICS o = PG_ROUTINE_OID; RETURN o = 'rid'::regproc::oid; END $$`,
  'SELECT rid() AS v',
]);
list.add('16 plpgsql PG_ROUTINE_OID as variable name', [
  `CREATE FUNCTION rid2() RETURNS int LANGUAGE plpgsql AS $$ DECLARE pg_routine_oid int := 3; BEGIN RETURN pg_routine_oid; END $$`,
  'SELECT rid2() AS v',
]);
list.add('16 JSON_ARRAY from subquery', [
  `SELECT JSON_ARRAY(SELECT g FROM generate_series(1, 3) g)::text AS v`,
]);
list.add('16 JSON_OBJECT ABSENT ON NULL', [`SELECT JSON_OBJECT('a' VALUE NULL ABSENT ON NULL)::text AS v`]);
list.add('16 JSON_OBJECT WITH UNIQUE', [
  `SELECT JSON_OBJECT('a' VALUE 1, 'a' VALUE 2 WITH UNIQUE KEYS)::text AS v`,
]);
list.add('16 json FORMAT JSON', [`SELECT JSON_OBJECT('a' VALUE '{"b":1}' FORMAT JSON)::text AS v`]);
list.add('16 IS JSON in CHECK constraint', ['CREATE TABLE ijc (j text CHECK (j IS JSON))']);
list.add('16 IS JSON via params', [{ sql: 'SELECT $1::text IS JSON OBJECT AS v', params: ['{}'] }]);
list.add('17 pg_walfile_name via param', [
  { sql: 'SELECT substr(pg_walfile_name($1::pg_lsn), 9) AS v', params: ['0/3000000'] },
]);
list.add('17 pg_walfile_name in subquery', [
  `SELECT substr(w, 9) AS v FROM (SELECT pg_walfile_name('0/4000000'::pg_lsn) AS w) t`,
]);
list.add('17 pg_walfile_name schema qualified', [
  `SELECT substr(pg_catalog.pg_walfile_name('0/6000000'), 9) AS v`,
]);
list.add('17 pg_walfile_name_offset columns', [
  `SELECT * FROM pg_walfile_name_offset('0/7000001') WHERE false`,
]);
list.add('17 pg_walfile_name_offset mid segment', [
  `SELECT substr(file_name, 9) AS f, file_offset AS o FROM pg_walfile_name_offset('0/7000010')`,
]);
list.add('16 pg_split_walfile_name roundtrip', [
  `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'pg_split_walfile_name'`,
]);
list.add('18 VACUUM (ANALYZE) parent with ONLY-less syntax', [
  'CREATE TABLE vop (a int)',
  'CREATE TABLE voc () INHERITS (vop)',
  'INSERT INTO voc VALUES (1)',
  'VACUUM (ANALYZE) vop',
  `SELECT reltuples AS t FROM pg_class WHERE relname = 'voc'`,
]);
list.add('18 ANALYZE parent column list', [
  'CREATE TABLE acp2 (a int, b int)',
  'CREATE TABLE acc3 () INHERITS (acp2)',
  'INSERT INTO acc3 VALUES (1, 2)',
  'ANALYZE acp2 (a)',
  `SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'acc3'`,
]);
list.add('18 ANALYZE whole database unaffected', [
  'CREATE TABLE awp (a int)',
  'CREATE TABLE awc () INHERITS (awp)',
  'INSERT INTO awc VALUES (1)',
  'ANALYZE awp, awc',
  `SELECT count(*)::int AS n FROM pg_stats WHERE tablename IN ('awp', 'awc')`,
]);
list.add('18 VACUUM FULL parent child relpages', [
  'CREATE TABLE vfp (a int)',
  'CREATE TABLE vfc () INHERITS (vfp)',
  'INSERT INTO vfc VALUES (1)',
  'VACUUM FULL vfp',
  `SELECT relpages AS p FROM pg_class WHERE relname = 'vfc'`,
]);
list.add('18 partitioned SET LOGGED with no partitions inside transaction', [
  'BEGIN',
  'CREATE TABLE upt (a int) PARTITION BY LIST (a)',
  'ALTER TABLE upt SET UNLOGGED',
  'COMMIT',
]);
list.add('18 timezone abbreviation of the session zone EST in New York', [
  `SET timezone = 'America/New_York'`,
  `SELECT '2024-01-15 12:00 EST'::timestamptz AT TIME ZONE 'UTC' AS v`,
]);
list.add('18 timezone abbreviation of the session zone in Lima (-05)', [
  `SET timezone = 'America/Lima'`,
  `SELECT '2024-01-15 12:00 LMT'::timestamptz::text AS v`,
]);
list.add('18 timezone abbreviation LMT with explicit zone name', [
  `SELECT '2024-01-15 12:00 America/New_York'::timestamptz AT TIME ZONE 'UTC' AS v`,
]);
list.add('18 to_timestamp TZ LMT', [
  `SET timezone = 'Europe/Paris'`,
  `SELECT to_char('1900-01-01 00:00+00'::timestamptz, 'TZ') AS v`,
]);
list.add('18 to_char TZ of LMT era', [
  `SET timezone = 'America/New_York'`,
  `SELECT to_char('1850-01-01 12:00+00'::timestamptz, 'TZ') AS v`,
]);
list.add('18 timestamptz output in LMT era', [
  `SET timezone = 'America/New_York'`,
  `SELECT '1850-01-01 12:00+00'::timestamptz::text AS v`,
]);

// ================================================================ Round 16, fourth pass: deparsing (pg_get_*def) across versions
const vd = (
  name: string,
  body: string,
  setup = 'CREATE TABLE vt (a int, b text, c numeric, d timestamptz, e int[], j jsonb)',
) =>
  list.add(
    `deparse view: ${name}`,
    [`CREATE VIEW v AS ${body}`, `SELECT pg_get_viewdef('v'::regclass, true) AS v`],
    setup,
  );
vd('simple', 'SELECT a, b FROM vt');
vd('cast', 'SELECT a::text AS t, c::int AS i FROM vt');
vd('like', `SELECT a FROM vt WHERE b LIKE 'x%' AND b NOT ILIKE 'y%'`);
vd('between', 'SELECT a FROM vt WHERE a BETWEEN 1 AND 5');
vd('in list', 'SELECT a FROM vt WHERE a IN (1, 2, 3)');
vd('not in list', 'SELECT a FROM vt WHERE a NOT IN (1, 2)');
vd('any array', 'SELECT a FROM vt WHERE a = ANY (e)');
vd('case', `SELECT CASE WHEN a > 0 THEN 'p' ELSE 'n' END AS s FROM vt`);
vd('coalesce nullif', 'SELECT coalesce(a, 0) AS x, nullif(a, 1) AS y FROM vt');
vd('extract', 'SELECT extract(year FROM d) AS y FROM vt');
vd(
  'substring',
  `SELECT substring(b FROM 2 FOR 3) AS s, trim(both 'x' FROM b) AS t, position('a' IN b) AS p FROM vt`,
);
vd(
  'current_date etc',
  'SELECT current_date AS d, current_timestamp AS t, localtimestamp AS l, current_user AS u FROM vt',
);
vd('join using', 'SELECT x.a FROM vt x JOIN vt y USING (a)');
vd('join using alias', 'SELECT a FROM vt x JOIN vt y USING (a) AS j');
vd('left join on', 'SELECT x.a, y.b FROM vt x LEFT JOIN vt y ON x.a = y.a');
vd('distinct on', 'SELECT DISTINCT ON (a) a, b FROM vt ORDER BY a, b');
vd('fetch with ties', 'SELECT a FROM vt ORDER BY a FETCH FIRST 3 ROWS WITH TIES');
vd('limit offset', 'SELECT a FROM vt ORDER BY a LIMIT 3 OFFSET 1');
vd('rollup', 'SELECT a, b, count(*) AS n FROM vt GROUP BY ROLLUP (a, b)');
vd('group by distinct', 'SELECT a, count(*) AS n FROM vt GROUP BY DISTINCT a, ROLLUP (a)');
vd('window frame', 'SELECT sum(a) OVER (ORDER BY a ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM vt');
vd(
  'window named',
  'SELECT sum(a) OVER w AS s, rank() OVER w AS r FROM vt WINDOW w AS (PARTITION BY b ORDER BY a)',
);
vd('filter aggregate', 'SELECT count(*) FILTER (WHERE a > 1) AS n FROM vt');
vd('ordered aggregate', `SELECT string_agg(b, ',' ORDER BY b DESC) AS s FROM vt`);
vd('within group', 'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY a) AS m FROM vt');
vd('lateral', 'SELECT x.a, l.z FROM vt x, LATERAL (SELECT x.a + 1 AS z) l');
vd('values', 'SELECT * FROM (VALUES (1, 2), (3, 4)) AS t(x, y)');
vd('cte', 'WITH c AS (SELECT a FROM vt) SELECT a FROM c');
vd('cte materialized', 'WITH c AS MATERIALIZED (SELECT a FROM vt) SELECT a FROM c');
vd(
  'recursive cte search',
  'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SEARCH DEPTH FIRST BY n SET o SELECT n FROM r',
);
vd('union order', 'SELECT a FROM vt UNION SELECT a FROM vt ORDER BY 1');
vd('exists subquery', 'SELECT a FROM vt x WHERE EXISTS (SELECT 1 FROM vt y WHERE y.a = x.a)');
vd('scalar subquery', 'SELECT (SELECT max(a) FROM vt) AS m');
vd('row compare', 'SELECT a FROM vt WHERE (a, b) > (1, $$x$$)');
vd('is distinct from', 'SELECT a FROM vt WHERE a IS DISTINCT FROM 3');
vd('is not null row', 'SELECT a FROM vt WHERE a IS NOT NULL AND b IS NULL');
vd('array constructors', 'SELECT ARRAY[a, 1] AS x, e[1] AS y, e[1:2] AS z FROM vt');
vd('jsonb operators', `SELECT j -> 'k' AS x, j ->> 'k' AS y, j #> '{a,b}' AS z, j @> '{}' AS w FROM vt`);
vd('jsonb subscript', `SELECT j['k'] AS x FROM vt`);
vd('collate', 'SELECT b COLLATE "C" AS c FROM vt ORDER BY b COLLATE "C"');
vd('at time zone', `SELECT d AT TIME ZONE 'UTC' AS u FROM vt`);
vd('interval literal', `SELECT d + interval '1 day' AS n, interval '1' hour AS h FROM vt`);
vd(
  'typed literals',
  `SELECT date '2020-01-01' AS d, time '12:00' AS t, numeric '1.5' AS n, bit '101' AS b, bool 't' AS o`,
);
vd('overlaps', `SELECT (d, d) OVERLAPS (d, d) AS o FROM vt`);
vd('normalize', `SELECT normalize(b, NFC) AS n, b IS NFC NORMALIZED AS i FROM vt`);
vd('xmlelement', `SELECT xmlelement(name foo, xmlattributes(a AS bar), b) AS x FROM vt`);
vd('xmlserialize', `SELECT xmlserialize(CONTENT '<a/>'::xml AS text) AS x`);
vd('tablesample', 'SELECT a FROM vt TABLESAMPLE SYSTEM (50) REPEATABLE (1)');
vd('set returning in target', 'SELECT generate_series(1, a) AS g FROM vt');
vd(
  'rows from',
  'SELECT * FROM ROWS FROM (generate_series(1, 2), generate_series(1, 3)) WITH ORDINALITY AS t(x, y, o)',
);
vd('nested subquery aliased', 'SELECT s.a FROM (SELECT a FROM vt) s');
vd('function named args', `SELECT make_interval(days => a) AS m FROM vt`);
vd('variadic', `SELECT concat_ws(',', VARIADIC ARRAY['a', 'b']) AS c`);
vd('operator schema', 'SELECT a OPERATOR(pg_catalog.+) 1 AS p FROM vt');
vd('is json like text check', `SELECT b ~ '^x' AS r, b SIMILAR TO 'x%' AS s FROM vt`);
vd(
  'boolean tests',
  'SELECT (a > 1) IS TRUE AS t, (a > 1) IS NOT FALSE AS f, (a > 1) IS UNKNOWN AS u FROM vt',
);
vd('cast to varchar(n)', 'SELECT b::varchar(10) AS v, c::numeric(10,2) AS n, d::timestamp(0) AS t FROM vt');
vd('negative literal and unary', 'SELECT -a AS n, - 1 AS m, a - -1 AS k FROM vt');
vd('order by nulls first using', 'SELECT a FROM vt ORDER BY a DESC NULLS LAST, b USING <');
vd('for update view clause', 'SELECT a FROM vt WHERE a > 0 FOR UPDATE');
vd('grouping sets', 'SELECT a, b, grouping(a, b) AS g FROM vt GROUP BY GROUPING SETS ((a), (b), ())');
vd('cube', 'SELECT a, b FROM vt GROUP BY CUBE (a, b)');
vd('check option', 'SELECT a FROM vt WHERE a > 0 WITH CHECK OPTION');
list.add('deparse: pg_get_constraintdef check', [
  'CREATE TABLE pc1 (a int CONSTRAINT c1 CHECK (a > 0 AND a < 10))',
  `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'c1'`,
]);
list.add('deparse: pg_get_constraintdef fk', [
  'CREATE TABLE pc2 (id int PRIMARY KEY)',
  'CREATE TABLE pc3 (r int CONSTRAINT fk1 REFERENCES pc2 ON DELETE SET NULL (r) DEFERRABLE)',
  `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'fk1'`,
]);
list.add('deparse: pg_get_constraintdef unique nulls not distinct', [
  'CREATE TABLE pc4 (a int CONSTRAINT u1 UNIQUE NULLS NOT DISTINCT)',
  `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'u1'`,
]);
list.add('deparse: pg_get_constraintdef exclusion', [
  'CREATE TABLE pc5 (r int4range, CONSTRAINT x1 EXCLUDE USING gist (r WITH &&))',
  `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'x1'`,
]);
list.add('deparse: pg_get_constraintdef pk include', [
  'CREATE TABLE pc6 (a int, b int, CONSTRAINT pk6 PRIMARY KEY (a) INCLUDE (b))',
  `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 'pk6'`,
]);
list.add('deparse: pg_get_indexdef nulls not distinct', [
  'CREATE TABLE pi1 (a int, b text)',
  'CREATE UNIQUE INDEX pi1_i ON pi1 (a) NULLS NOT DISTINCT',
  `SELECT pg_get_indexdef('pi1_i'::regclass) AS v`,
]);
list.add('deparse: pg_get_indexdef expression partial', [
  'CREATE TABLE pi2 (a int, b text)',
  'CREATE INDEX pi2_i ON pi2 (lower(b) text_pattern_ops, a DESC NULLS LAST) WHERE a > 0',
  `SELECT pg_get_indexdef('pi2_i'::regclass) AS v`,
]);
list.add('deparse: pg_get_functiondef sql standard body', [
  'CREATE FUNCTION fsb(x int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT x + 1; END',
  `SELECT pg_get_functiondef('fsb'::regproc) AS v`,
]);
list.add('deparse: pg_get_functiondef RETURN form', [
  'CREATE FUNCTION fsr(x int) RETURNS int LANGUAGE sql RETURN x * 2',
  `SELECT pg_get_functiondef('fsr'::regproc) AS v`,
]);
list.add('deparse: pg_get_functiondef plpgsql', [
  `CREATE FUNCTION fpl(x int) RETURNS int LANGUAGE plpgsql STABLE STRICT SECURITY DEFINER SET search_path = public COST 5 AS $$ BEGIN RETURN x; END $$`,
  `SELECT pg_get_functiondef('fpl'::regproc) AS v`,
]);
list.add('deparse: pg_get_function_arguments defaults', [
  `CREATE FUNCTION fda(a int, b text DEFAULT 'x', VARIADIC c int[] DEFAULT '{}') RETURNS int LANGUAGE sql AS 'SELECT 1'`,
  `SELECT pg_get_function_arguments('fda'::regproc) AS v`,
]);
list.add('deparse: pg_get_triggerdef', [
  'CREATE TABLE pt1 (a int)',
  `CREATE FUNCTION ptf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
  'CREATE TRIGGER pt1_t BEFORE INSERT OR UPDATE OF a ON pt1 FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION ptf()',
  `SELECT pg_get_triggerdef(oid) AS v FROM pg_trigger WHERE tgname = 'pt1_t'`,
]);
list.add('deparse: pg_get_expr of serial default', [
  'CREATE TABLE pe1 (id serial, t timestamptz DEFAULT now())',
  `SELECT string_agg(pg_get_expr(adbin, adrelid), ' | ' ORDER BY adnum) AS v FROM pg_attrdef WHERE adrelid = 'pe1'::regclass`,
]);
list.add('deparse: pg_get_expr of generated column', [
  'CREATE TABLE pe2 (a int, b int GENERATED ALWAYS AS (a * 2 + 1) STORED)',
  `SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 'pe2'::regclass`,
]);
list.add('deparse: pg_get_partkeydef', [
  'CREATE TABLE pk1 (a int, b text) PARTITION BY RANGE (a, lower(b))',
  `SELECT pg_get_partkeydef('pk1'::regclass) AS v`,
]);
list.add('deparse: partition bound', [
  'CREATE TABLE pb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE pb1 PARTITION OF pb FOR VALUES FROM (MINVALUE) TO (10)',
  `SELECT pg_get_expr(relpartbound, oid) AS v FROM pg_class WHERE relname = 'pb1'`,
]);
list.add('deparse: pg_get_ruledef', [
  'CREATE TABLE pr1 (a int)',
  'CREATE RULE pr1_r AS ON INSERT TO pr1 WHERE NEW.a < 0 DO INSTEAD NOTHING',
  `SELECT pg_get_ruledef(oid, true) AS v FROM pg_rewrite WHERE rulename = 'pr1_r'`,
]);
list.add('deparse: pg_get_statisticsobjdef', [
  'CREATE TABLE ps1 (a int, b int)',
  'CREATE STATISTICS ps1_s (ndistinct, dependencies) ON a, b FROM ps1',
  `SELECT pg_get_statisticsobjdef(oid) AS v FROM pg_statistic_ext WHERE stxname = 'ps1_s'`,
]);
list.add('deparse: policy qual', [
  'CREATE TABLE pq1 (a int, owner name)',
  `CREATE POLICY pq1_p ON pq1 USING (owner = current_user)`,
  `SELECT qual AS v FROM pg_policies WHERE policyname = 'pq1_p'`,
]);
list.add('17 ALTER OPERATOR SET HASHES = true', [
  `CREATE FUNCTION opeq4(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR ##== (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq4)',
  'ALTER OPERATOR ##== (int, int) SET (HASHES = true)',
]);
list.add('17 ALTER OPERATOR SET NEGATOR', [
  `CREATE FUNCTION opeq5(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR ##=== (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq5)',
  'ALTER OPERATOR ##=== (int, int) SET (NEGATOR = <>)',
]);
list.add('17 ALTER OPERATOR SET RESTRICT (15 ok)', [
  `CREATE FUNCTION opeq6(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2'`,
  'CREATE OPERATOR ##==== (LEFTARG = int, RIGHTARG = int, FUNCTION = opeq6)',
  'ALTER OPERATOR ##==== (int, int) SET (RESTRICT = eqsel)',
  `SELECT oprrest::text AS v FROM pg_operator WHERE oprname = '##===='`,
]);

// ================================================================ Round 16, fifth pass: what the catalog lists showed
list.add('cast: pg_cast text to integer rows', [
  `SELECT count(*)::int AS n FROM pg_cast WHERE castsource = 'text'::regtype AND casttarget = 'int4'::regtype`,
]);
list.add('cast: text value assigned to integer column', [
  'CREATE TABLE ca1 (a int)',
  `INSERT INTO ca1 VALUES ('1'::text)`,
  'SELECT a AS a FROM ca1',
]);
list.add('cast: varchar value assigned to integer column', [
  'CREATE TABLE ca2 (a int)',
  `INSERT INTO ca2 VALUES ('1'::varchar)`,
]);
list.add('cast: text param assigned to date column', [
  'CREATE TABLE ca3 (d date)',
  `INSERT INTO ca3 SELECT '2020-01-01'::text`,
]);
list.add('cast: text in arithmetic', [`SELECT 1 + '2'::text AS v`]);
list.add('cast: text compared to integer', [`SELECT 1 = '1'::text AS v`]);
list.add('cast: function taking int given text', [`SELECT abs('5'::text) AS v`]);
list.add('cast: UPDATE SET int from text column', [
  'CREATE TABLE ca4 (a int, t text)',
  `INSERT INTO ca4 VALUES (1, '2')`,
  'UPDATE ca4 SET a = t',
  'SELECT a AS a FROM ca4',
]);
list.add('cast: explicit text to int', [`SELECT '7'::text::int AS v, CAST('8'::varchar AS bigint) AS w`]);
list.add('cast: explicit text to int invalid', [`SELECT 'x'::text::int AS v`]);
list.add('cast: text to interval explicit', [`SELECT '1 day'::text::interval AS v`]);
list.add('cast: text to timestamptz assignment', [
  'CREATE TABLE ca5 (t timestamptz)',
  `INSERT INTO ca5 VALUES ('2020-01-01 00:00+00'::text)`,
]);
list.add('cast: pl/pgsql assignment text to int', [
  `CREATE FUNCTION caf() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x int; t text := '5'; BEGIN x := t; RETURN x; END $$`,
  'SELECT caf() AS v',
]);
list.add('cast: castcontext of text to int', [
  `SELECT castcontext::text AS v FROM pg_cast WHERE castsource = 'text'::regtype AND casttarget = 'int4'::regtype`,
]);
list.add('15-only: pg_timezone_abbrevs()', [`SELECT count(*) > 0 AS v FROM pg_timezone_abbrevs()`]);
list.add('15-only: pg_timezone_abbrevs() columns', [`SELECT * FROM pg_timezone_abbrevs() WHERE false`]);
list.add('15-only: pg_timezone_abbrevs view EST', [
  `SELECT utc_offset::text AS o, is_dst AS d FROM pg_timezone_abbrevs WHERE abbrev = 'EST'`,
]);
list.add('15-only: pg_stat_get_bgwriter_requested_checkpoints', [
  `SELECT pg_stat_get_bgwriter_requested_checkpoints() >= 0 AS v`,
]);
list.add('15-only: pg_stat_get_bgwriter_buf_written_checkpoints', [
  `SELECT pg_stat_get_bgwriter_buf_written_checkpoints() >= 0 AS v`,
]);
list.add('15-only: pg_stat_get_buf_fsync_backend', [`SELECT pg_stat_get_buf_fsync_backend() >= 0 AS v`]);
list.add('15-only: pg_stat_get_checkpoint_sync_time', [
  `SELECT pg_stat_get_checkpoint_sync_time() >= 0 AS v`,
]);
list.add('15-only: interval_avg state function', [
  `SELECT interval_avg(ARRAY['2 days'::interval, '2'::interval]) AS v`,
]);
list.add('15-only: interval_accum', [
  `SELECT interval_accum(ARRAY['0'::interval, '0'::interval], '1 day')::text AS v`,
]);
list.add('15-only: pg_get_publication_tables(text)', [
  `SELECT count(*)::int AS n FROM pg_get_publication_tables('nonesuch')`,
]);
list.add('15-only: pg_stat_have_stats oid third arg', [
  `SELECT pg_stat_have_stats('relation', 0, 0::oid) AS v`,
]);
list.add('18-only: record_larger', [`SELECT record_larger(ROW(1), ROW(2))::text AS v`]);
list.add('18-only: bytea_larger', [`SELECT bytea_larger('\\x01', '\\x02') AS v`]);
list.add('18-only: hashbool', [`SELECT hashbool(true) AS v`]);
list.add('18-only: timestamptz_hash', [`SELECT timestamptz_hash('2020-01-01 00:00+00') AS v`]);
list.add('18-only: pg_timezone_abbrevs_zone', [`SELECT count(*) >= 0 AS v FROM pg_timezone_abbrevs_zone()`]);
list.add('18-only: pg_stat_get_db_parallel_workers_launched', [
  `SELECT pg_stat_get_db_parallel_workers_launched(0) AS v`,
]);
list.add('18-only: pg_create_logical_replication_slot 5 args in pg_proc', [
  `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'pg_create_logical_replication_slot'`,
]);
list.add('16-only: pg_logical_emit_message 4 args', [
  `SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'pg_logical_emit_message' AND pronargs = 4`,
]);
list.add('renamed: pglite18_pg_stat_io visible', [
  `SELECT to_regclass('pg_catalog.pglite18_pg_stat_io') IS NULL AS v`,
]);
list.add('renamed: pglite18 relations in pg_class', [
  `SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'pglite%'`,
]);
list.add('renamed: pglite18 aggregates by name', [
  `SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'pglite%'`,
]);
list.add('15-only setting: extension_destdir', [`SHOW extension_destdir`]);
list.add('17 renamed setting ssl_ecdh_curve SHOW', [
  `SELECT count(*)::int AS n FROM pg_settings WHERE name IN ('ssl_ecdh_curve', 'ssl_groups')`,
]);
list.add('16 pg_auth_members indexes', [
  `SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'pg_auth_members%'`,
]);

export default list.cases;
