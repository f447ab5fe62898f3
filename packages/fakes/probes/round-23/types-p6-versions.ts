// Round 23 area C, part 6: type behaviours that changed after PostgreSQL 15 (PGlite runs 17/18), and more corners.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
c('v16 int input with underscores', "SELECT '1_000'::int");
c('v16 int input hex', "SELECT '0x1F'::int");
c('v16 int input octal binary', "SELECT '0o17'::int");
c('v16 bigint input binary', "SELECT '0b101'::bigint");
c('v16 numeric input underscores', "SELECT '1_000.5'::numeric");
c('v16 int column insert underscore string', "INSERT INTO t VALUES ('1_000')", 'CREATE TABLE t (a int)');
c(
  'v16 int param hex string',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['0x10'] },
  'CREATE TABLE t (a int)',
);
c('v16 float input underscores', "SELECT '1_000.5'::float8");
c('v16 numeric literal underscores in column', 'SELECT 1_000.5');
c('v16 pg_input_is_valid', "SELECT pg_input_is_valid('42', 'integer')");
c('v16 pg_input_error_info', "SELECT * FROM pg_input_error_info('x', 'integer')");
c('v16 IS JSON predicate', `SELECT '{"a":1}' IS JSON`);
c('v16 IS JSON OBJECT predicate', `SELECT '[1]' IS JSON ARRAY`);
c('v16 JSON_OBJECT constructor', "SELECT JSON_OBJECT('a' VALUE 1)");
c('v16 JSON_ARRAY constructor', 'SELECT JSON_ARRAY(1, 2)');
c('v16 JSON_ARRAYAGG', 'SELECT JSON_ARRAYAGG(g) FROM generate_series(1, 3) g');
c('v16 JSON_OBJECTAGG', 'SELECT JSON_OBJECTAGG(g::text VALUE g) FROM generate_series(1, 2) g');
c('v17 JSON_VALUE', `SELECT JSON_VALUE('{"a": 1}', '$.a')`);
c('v17 JSON_QUERY', `SELECT JSON_QUERY('{"a": [1]}', '$.a')`);
c('v17 JSON_EXISTS', `SELECT JSON_EXISTS('{"a": 1}', '$.a')`);
c('v17 JSON_TABLE', `SELECT * FROM JSON_TABLE('[{"a": 1}]', '$[*]' COLUMNS (a int PATH '$.a')) jt`);
c('v17 JSON constructor function', `SELECT JSON('{"a": 1}')`);
c('v17 JSON_SCALAR', 'SELECT JSON_SCALAR(1)');
c('v17 JSON_SERIALIZE', `SELECT JSON_SERIALIZE('{"a":1}' RETURNING text)`);
c('v17 jsonpath integer method', `SELECT jsonb_path_query('"12"', '$.integer()')`);
c('v17 jsonpath string method', `SELECT jsonb_path_query('12', '$.string()')`);
c('v17 jsonpath boolean method', `SELECT jsonb_path_query('"true"', '$.boolean()')`);
c('v17 jsonpath date method', `SELECT jsonb_path_query('"2024-01-02"', '$.date()')`);
c('v17 jsonpath decimal method', `SELECT jsonb_path_query('"1.25"', '$.decimal(4,1)')`);
c('v17 jsonpath bigint method', `SELECT jsonb_path_query('"12"', '$.bigint()')`);
c('v17 jsonpath timestamp method', `SELECT jsonb_path_query('"2024-01-02 10:00"', '$.timestamp()')`);
c('v17 jsonpath number method', `SELECT jsonb_path_query('"1.5"', '$.number()')`);
c('v17 jsonpath time method', `SELECT jsonb_path_query('"10:00"', '$.time()')`);
c('v17 interval infinity input', "SELECT 'infinity'::interval");
c('v17 interval minus infinity input', "SELECT '-infinity'::interval");
c('v17 timestamp infinity minus timestamp', "SELECT 'infinity'::timestamp - '2024-01-01'::timestamp");
c('v17 timestamptz infinity minus', "SELECT 'infinity'::timestamptz - now()");
c('v17 age of infinity', "SELECT age('infinity'::timestamp, '2024-01-01'::timestamp)");
c('v17 infinity timestamp plus interval', "SELECT 'infinity'::timestamp + interval '1 day' AS a");
c('v17 date infinity minus date', "SELECT 'infinity'::date - '2024-01-01'::date");
c(
  'v17 extract from infinity',
  "SELECT extract(year FROM 'infinity'::timestamp) a, extract(epoch FROM '-infinity'::timestamptz) b, date_part('day', 'infinity'::date) c",
);
c('v17 extract month from infinity', "SELECT extract(month FROM 'infinity'::timestamp) a");
c('v17 date_trunc infinity', "SELECT date_trunc('day', 'infinity'::timestamp) a");
c(
  'v17 interval sum overflow',
  "SELECT sum(i) FROM (VALUES (interval '2147483647 months'), (interval '1 month')) v(i)",
);
c(
  'v17 interval avg',
  "SELECT avg(i)::text FROM (VALUES (interval '1 day'), (interval '2 days 1 hour')) v(i)",
);
c('v17 interval multiply overflow', "SELECT interval '1000000 years' * 1000");
c('v16 date_add', "SELECT date_add('2024-01-01'::timestamptz, interval '1 day')");
c('v16 date_subtract', "SELECT date_subtract('2024-01-01'::timestamptz, interval '1 day', 'UTC')");
c('v16 any_value', 'SELECT any_value(g) FROM generate_series(1, 1) g');
c('v16 array_sample', 'SELECT array_sample(ARRAY[1], 1)');
c('v16 array_shuffle', 'SELECT array_shuffle(ARRAY[1])');
c('v16 random_normal', 'SELECT random_normal() IS NOT NULL');
c('v17 random range', 'SELECT random(1, 1)');
c('v17 to_bin to_oct', 'SELECT to_bin(5)');
c('v17 to_oct', 'SELECT to_oct(8)');
c('v18 uuidv7', 'SELECT uuidv7() IS NOT NULL');
c('v18 uuidv4', 'SELECT uuidv4() IS NOT NULL');
c('v18 uuid_extract_version', "SELECT uuid_extract_version('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')");
c('v18 array_sort', 'SELECT array_sort(ARRAY[3, 1, 2])');
c('v18 array_reverse', 'SELECT array_reverse(ARRAY[1, 2])');
c('v18 reverse bytea', "SELECT reverse('\\x0102'::bytea)");
c('v18 int to bytea cast', 'SELECT 1::bytea');
c('v18 bytea to int cast', "SELECT '\\x01'::bytea::int");
c('v18 casefold', "SELECT casefold('ABC')");
c('v18 crc32', "SELECT crc32('abc'::bytea)");
c('v18 jsonb null to int', "SELECT 'null'::jsonb::int");
c('v18 jsonb null to bool', "SELECT 'null'::jsonb::bool");
c('v18 jsonb null to numeric', "SELECT 'null'::jsonb::numeric");
c('v18 jsonb arrow null to int', `SELECT ('{"a": null}'::jsonb -> 'a')::int`);
c('v18 jsonb null to float', "SELECT 'null'::jsonb::float8");
c('v16 string to bool error', "SELECT 'tru e'::bool");
c('v16 bytea to text output', "SELECT '\\x00'::bytea::text");
c('v17 md5 of bytea', "SELECT md5('\\x00'::bytea)");
c('v16 numeric sqrt power', 'SELECT power(10::numeric, -2) a, 10 ^ -2 b');
c('v16 float8 rounding output', 'SELECT 1e22::float8 a, 1e-5::float8 b, 123456789.125::float8 c');
c('v17 pg_column_toast_chunk_id', 'SELECT 1');
c('v16 regex like', "SELECT regexp_like('abc', 'B', 'i')");
c('v17 substring with similar', "SELECT substring('foobar' similar 'f#\"o_b#\"%' escape '#')");
c(
  'v16 timestamptz input ISO with T and offset minutes',
  "SELECT '2024-01-01T10:00:00+05:45'::timestamptz::text",
);
c('v16 date input year 0', "SELECT '0000-01-01'::date");
c('v16 timestamp trailing junk', "SELECT '2024-01-01 10:00 junk'::timestamp");
c('v16 time input with ISO T', "SELECT 'T10:20:30'::time");
c('v16 date input julian', "SELECT 'J2451187'::date");
c('v16 ISO year week input', "SELECT to_date('2024-W01-1', 'IYYY-\"W\"IW-ID')");
c('v16 interval input ago with days', "SELECT '1 day ago'::interval::text");
c(
  'v16 interval output negative mixed',
  "SELECT interval '-1 day 2 hours'::text a, interval '1 day -2 hours'::text b, -interval '1 year 1 day'::text c",
);
c('v17 interval iso negative output', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT interval '-1 day 2 hours'::text a, interval '0'::text b",
]);
c('v17 interval postgres_verbose output', [
  "SET IntervalStyle = 'postgres_verbose'",
  "SELECT interval '-1 day 2 hours'::text a, interval '1 year 2 mons'::text b, interval '0'::text c",
]);
c('v16 timestamptz text output in UTC', "SELECT '2024-06-01 12:34:56.789+02'::timestamptz::text");
c('v16 timestamp output with BC', "SELECT '0001-01-01 00:00:00 BC'::timestamp::text");
c('v16 date output year 10000', "SELECT '10000-01-01'::date::text");
c('v16 datestyle german output', [
  "SET datestyle = 'German'",
  "SELECT '2024-03-05'::date::text a, '2024-03-05 10:00'::timestamp::text b",
]);
c('v16 datestyle postgres output', [
  "SET datestyle = 'Postgres, MDY'",
  "SELECT '2024-03-05'::date::text a, '2024-03-05 10:00'::timestamptz::text b",
]);
c('v16 to_char timezone', [
  "SET TIME ZONE 'America/New_York'",
  "SELECT to_char('2024-01-01 00:00+00'::timestamptz, 'YYYY-MM-DD HH24:MI TZ OF') a",
]);
c('v16 to_char TZH TZM', [
  "SET TIME ZONE 'Asia/Kolkata'",
  "SELECT to_char('2024-01-01 00:00+00'::timestamptz, 'TZH:TZM') a",
]);
c('v16 make_timestamptz', "SELECT make_timestamptz(2024, 1, 1, 0, 0, 0, 'Asia/Tokyo')::text");
c('v16 timezone offset posix sign', [
  "SET TIME ZONE 'EST5EDT'",
  "SELECT '2024-07-01 12:00+00'::timestamptz::text",
]);
c('v16 timezone abbreviations in output', [
  "SET TIME ZONE 'Europe/London'",
  "SELECT to_char('2024-07-01 12:00+00'::timestamptz, 'TZ') a, to_char('2024-01-01 12:00+00'::timestamptz, 'TZ') b",
]);
c('v16 show timezone after set', [
  "SET TIME ZONE 'Europe/Paris'",
  'SHOW timezone',
  "SELECT current_setting('TimeZone')",
]);
c('v16 set timezone utc alias', ["SET TIME ZONE 'utc'", 'SHOW TIME ZONE']);
c('v16 set timezone default', ['SET TIME ZONE DEFAULT', 'SHOW TimeZone']);
c('v16 set datestyle show', ["SET datestyle TO 'SQL, DMY'", 'SHOW DateStyle']);
c('v16 intervalstyle show', ["SET intervalstyle = 'sql_standard'", 'SHOW IntervalStyle']);
c('v16 extra_float_digits', [
  'SET extra_float_digits = 0',
  'SELECT 0.1::float8 a, 1.0/3::float8 b, (1.0/3::float8)::text c',
]);
c('v16 extra_float_digits negative', [
  'SET extra_float_digits = -3',
  'SELECT pi()::text a, 0.1::float4::text b',
]);
c('v16 bytea_output show', ["SET bytea_output = 'escape'", 'SHOW bytea_output']);
c('v16 numeric max scale', 'SELECT 1::numeric(1000, 1000)');
c('v16 numeric negative scale', 'SELECT 123.456::numeric(5, -1)');
c('v16 numeric scale greater than precision', 'SELECT 0.012::numeric(2, 3)');
c(
  'v16 numeric column negative scale',
  'INSERT INTO t VALUES (12345) RETURNING a',
  'CREATE TABLE t (a numeric(3, -2))',
);
c('v16 numeric typmod zero precision', 'SELECT 1::numeric(0, 0)');
c('v16 varchar length zero', "SELECT 'a'::varchar(0)");
c('v16 char length too big', 'CREATE TABLE t (a char(10485761))');
c('v16 timestamp precision too high', "SELECT '2024-01-01'::timestamp(7)");
c('v16 bit varying with typmod', "SELECT B'101'::varbit(2)");
c('v16 money arithmetic', "SELECT '1.50'::money * 2 a, '10'::money / 4 b, '1'::money / '3'::money c");
c(
  'v16 money from numeric and int',
  "SELECT 1.239::numeric::money a, 5::money b, '$1,000.50'::money::numeric c",
);
c('v16 money overflow', "SELECT '92233720368547758.08'::money");
c('v16 oid input', "SELECT '4294967295'::oid a, '-1'::oid b");
c('v16 oid input too big', "SELECT '4294967296'::oid");
c('v16 xid and cid', "SELECT '5'::xid a");
c('v16 pg_lsn', "SELECT '16/B374D848'::pg_lsn - '16/B374D840'::pg_lsn a");
c('v16 tsvector input', "SELECT 'a fat cat'::tsvector a, to_tsvector('english', 'The cats') b");
c('v16 point and box', "SELECT point(1, 2) a, '(1,2),(3,4)'::box b, '<(0,0),1>'::circle c");
c('v16 line segment distance', 'SELECT point(0, 0) <-> point(3, 4) a');
c(
  'v16 inet host function v6',
  "SELECT host('2001:db8::1/64'::inet) a, '2001:db8::/32'::cidr b, family('2001:db8::1'::inet) f",
);
c(
  'v16 macaddr8',
  "SELECT '08:00:2b:01:02:03:04:05'::macaddr8 a, macaddr8_set7bit('08:00:2b:01:02:03:04:05') b",
);
c('v16 txid_current type', 'SELECT pg_typeof(txid_current())::text t');
c('v16 pg_current_xact_id type', 'SELECT pg_typeof(pg_current_xact_id())::text t');
c('v16 regproc cast', "SELECT 'now'::regproc::text a, 'lower(text)'::regprocedure::text b");
c('v16 regoper', "SELECT '+(int4,int4)'::regoperator::text a");
c('v16 regnamespace regrole', "SELECT 'public'::regnamespace::text a, 'postgres'::regrole::text b");
c('v16 enum add value in transaction use', [
  "CREATE TYPE e AS ENUM ('a')",
  'BEGIN',
  "ALTER TYPE e ADD VALUE 'b'",
  "SELECT 'b'::e",
  'COMMIT',
]);
c('v16 enum add value in transaction then commit', [
  "CREATE TYPE e AS ENUM ('a')",
  'BEGIN',
  "ALTER TYPE e ADD VALUE 'b'",
  'COMMIT',
  "SELECT 'b'::e AS v",
]);
c('v16 enum drop value not supported', ["CREATE TYPE e AS ENUM ('a')", "ALTER TYPE e DROP VALUE 'a'"]);
c('v16 enum cross-type comparison via text', [
  "CREATE TYPE e AS ENUM ('a')",
  "CREATE TYPE f AS ENUM ('a')",
  "SELECT 'a'::e::text = 'a'::f::text AS v",
]);
c('v16 enum cast to other enum fails', [
  "CREATE TYPE e AS ENUM ('a')",
  "CREATE TYPE f AS ENUM ('a')",
  "SELECT 'a'::e::f",
]);
c('v16 enum long label', ["CREATE TYPE e AS ENUM ('" + 'x'.repeat(64) + "')"]);
c('v16 enum empty', ['CREATE TYPE e AS ENUM ()', 'SELECT enum_range(NULL::e)']);
c('v16 enum first of empty', ['CREATE TYPE e AS ENUM ()', 'SELECT enum_first(NULL::e)']);
c('v16 domain over enum', [
  "CREATE TYPE e AS ENUM ('a', 'b')",
  "CREATE DOMAIN d AS e CHECK (VALUE <> 'b')",
  "SELECT 'b'::d",
]);
c('v16 domain over array', [
  'CREATE DOMAIN ia AS int[] CHECK (cardinality(VALUE) < 3)',
  'SELECT ARRAY[1,2,3]::ia',
]);
c('v16 domain over composite', [
  'CREATE TYPE p AS (x int)',
  'CREATE DOMAIN dp AS p CHECK ((VALUE).x > 0)',
  'SELECT ROW(-1)::dp',
]);
c('v16 domain check with null value', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'SELECT NULL::posint IS NULL AS v',
]);
c('v16 domain drop in use', [
  'CREATE DOMAIN posint AS int',
  'CREATE TABLE t (a posint)',
  'DROP DOMAIN posint',
]);
c('v16 domain in function argument', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'SELECT abs((-5)::int)::posint AS v',
]);
c('v16 domain alter not null with nulls', [
  'CREATE DOMAIN d AS int',
  'CREATE TABLE t (a d)',
  'INSERT INTO t VALUES (NULL)',
  'ALTER DOMAIN d SET NOT NULL',
]);
c('v16 domain add constraint not valid', [
  'CREATE DOMAIN d AS int',
  'CREATE TABLE t (a d)',
  'INSERT INTO t VALUES (-1)',
  'ALTER DOMAIN d ADD CONSTRAINT pos CHECK (VALUE > 0) NOT VALID',
  'INSERT INTO t VALUES (-2)',
]);
c(
  'v16 domain param insert varchar',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['abc'] },
  'CREATE DOMAIN code AS varchar(2); CREATE TABLE t (a code)',
);
c('v16 domain result type oid', [
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
  'CREATE TABLE t (a posint)',
  'INSERT INTO t VALUES (1)',
  'SELECT a FROM t',
]);
c('v16 composite result type oid', ['CREATE TYPE p AS (x int, y text)', "SELECT ROW(1, 'a')::p AS v"]);
c('v16 composite array', [
  'CREATE TYPE p AS (x int, y text)',
  "SELECT ARRAY[ROW(1, 'a b')::p, ROW(2, NULL)::p] AS v",
]);
c('v16 record array output', "SELECT ARRAY[ROW(1, 'a')] AS v");
c('v16 composite quoting output', "SELECT ROW('a,b', 'c\"d', '', NULL, ' ') AS v");
c('v16 composite nested', "SELECT ROW(1, ROW(2, 'x')) AS v");
c('v16 composite to text', "SELECT ROW(1, 'a')::text AS v");
c('v16 row in where IN', 'SELECT (1, 2) IN ((1, 2), (3, 4)) a, (1, NULL) IN ((1, 2)) b');
c('v16 row comparison with null ordering', 'SELECT ROW(1, NULL) < ROW(2, 0) a, ROW(1, NULL) < ROW(1, 0) b');
c('v16 record equality with different types', 'SELECT ROW(1, 2) = ROW(1.0, 2) a');
c('v16 record equality mismatched types', "SELECT ROW(1, 'a') = ROW(1, 2)");
c(
  'v16 range type constructor with bound check',
  "SELECT int4range(1, 2, '()')::text a, int4range(1, 2, '[)') = int4range(1, 1, '[]') b",
);
c('v16 range of numeric non-canonical equality', "SELECT numrange(1, 2, '[]') = numrange(1, 2.0, '[]') a");
c('v16 tstzrange under time zone', [
  "SET TIME ZONE 'Asia/Tokyo'",
  "SELECT tstzrange('2024-01-01 00:00+00', '2024-01-02 00:00+00')::text a",
]);
c(
  'v16 range_intersect_agg',
  'SELECT range_intersect_agg(r) FROM (VALUES (int4range(1, 10)), (int4range(5, 15))) v(r)',
);
c('v16 range bounds invalid flags', "SELECT int4range(1, 2, 'xx')");
c('v16 range with infinite date', "SELECT daterange('-infinity', 'infinity', '[]') a");
c(
  'v16 range result type oid',
  'SELECT int4range(1, 2) a, int8range(1, 2) b, numrange(1, 2) c, tsrange(NULL, NULL) d, tstzrange(NULL, NULL) e, daterange(NULL, NULL) f',
);
c(
  'v16 multirange result type oid',
  'SELECT int4multirange() a, datemultirange() b, nummultirange(numrange(1,2)) c',
);
c('v16 unnest multirange', "SELECT unnest('{[1,3), [5,8)}'::int4multirange) r");
c('v16 range in array', 'SELECT ARRAY[int4range(1, 2)] a');
c('v16 array of ranges param', { sql: 'SELECT $1::int4range[] a', params: [['[1,2)', 'empty']] });
export default cases;
