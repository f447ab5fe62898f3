// Round 23 area C, part 1: numeric, character, bytea, date/time types.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });

// ---- numeric 8.1
c('int2 overflow on insert', 'INSERT INTO t VALUES (32768)', 'CREATE TABLE t (a int2)');
c('int2 min on insert ok', 'INSERT INTO t VALUES (-32768) RETURNING a', 'CREATE TABLE t (a int2)');
c('int4 overflow on insert', 'INSERT INTO t VALUES (2147483648)', 'CREATE TABLE t (a int4)');
c('int8 overflow on insert', 'INSERT INTO t VALUES (9223372036854775808)', 'CREATE TABLE t (a int8)');
c('int4 overflow in addition', 'SELECT 2147483647 + 1');
c('int4 overflow in multiplication', 'SELECT 65536 * 65536');
c('int2 overflow in arithmetic', 'SELECT 32767::int2 + 1::int2');
c('int2 plus int4 widens', 'SELECT 32767::int2 + 1 AS v, pg_typeof(32767::int2 + 1)::text AS t');
c('int8 overflow in addition', 'SELECT 9223372036854775807 + 1');
c('int8 negation overflow', 'SELECT -(-9223372036854775808)::int8');
c('int4 min divided by minus one', 'SELECT (-2147483648)::int4 / -1');
c('abs of int4 min', 'SELECT abs((-2147483648)::int4)');
c('cast numeric to int2 overflow', 'SELECT 40000::numeric::int2');
c('cast bigint to int overflow', 'SELECT 3000000000::bigint::int');
c('cast text to int overflow', "SELECT '3000000000'::int");
c('cast text to int with spaces', "SELECT '  42  '::int AS v");
c('cast text to int invalid', "SELECT '4x2'::int");
c('cast text to int with plus sign', "SELECT '+7'::int AS v");
c('cast decimal text to int fails', "SELECT '1.5'::int");
c(
  'numeric(5,2) rounding on insert',
  'INSERT INTO t VALUES (1.005), (2.345), (-2.345), (9.999) RETURNING a',
  'CREATE TABLE t (a numeric(5,2))',
);
c('numeric(5,2) overflow on insert', 'INSERT INTO t VALUES (1000)', 'CREATE TABLE t (a numeric(5,2))');
c(
  'numeric(5,2) overflow after rounding',
  'INSERT INTO t VALUES (999.995)',
  'CREATE TABLE t (a numeric(5,2))',
);
c(
  'numeric(3) rounds to integer',
  'INSERT INTO t VALUES (12.5), (-12.5) RETURNING a',
  'CREATE TABLE t (a numeric(3))',
);
c(
  'numeric(3,0) update overflow',
  ['INSERT INTO t VALUES (1)', 'UPDATE t SET a = 1234'],
  'CREATE TABLE t (a numeric(3,0))',
);
c('numeric cast with typmod rounds', 'SELECT 3.14159::numeric(4,2) AS a, 2.5::numeric(2,0) AS b');
c('numeric cast with typmod overflow', 'SELECT 123.45::numeric(4,2)');
c(
  'numeric NaN compares greater than all',
  "SELECT 'NaN'::numeric > 1e100 AS a, 'NaN'::numeric = 'NaN'::numeric AS b",
);
c('numeric Infinity', "SELECT 'Infinity'::numeric AS a, '-Infinity'::numeric AS b, 'inf'::numeric AS c");
c(
  'numeric infinity arithmetic',
  "SELECT 'Infinity'::numeric + 1 AS a, 'Infinity'::numeric - 'Infinity'::numeric AS b",
);
c(
  'numeric NaN into typmod column',
  "INSERT INTO t VALUES ('NaN') RETURNING a",
  'CREATE TABLE t (a numeric(5,2))',
);
c(
  'numeric infinity into typmod column fails',
  "INSERT INTO t VALUES ('Infinity')",
  'CREATE TABLE t (a numeric(5,2))',
);
c(
  'numeric NaN ordering',
  "SELECT a FROM (VALUES ('NaN'::numeric), (1), ('Infinity'), ('-Infinity')) v(a) ORDER BY a",
);
c('numeric division by zero', 'SELECT 1::numeric / 0');
c('integer division by zero', 'SELECT 1 / 0');
c('float division by zero', 'SELECT 1::float8 / 0');
c('modulo by zero', 'SELECT 5 % 0');
c('numeric trailing zeros kept', 'SELECT 1.500 AS a, 1.500::numeric + 0 AS b, 0.00 AS c');
c('numeric scale of multiplication', 'SELECT 1.10 * 2.200 AS a');
c('numeric negative zero', 'SELECT -0.0 AS a, -0::numeric AS b');
c('numeric exponent input', "SELECT '1.2e3'::numeric AS a, '1E-3'::numeric AS b");
c('numeric large exponent', 'SELECT 1e20::numeric AS a');
c(
  'numeric sqrt and power',
  'SELECT sqrt(2::numeric) AS a, power(2::numeric, 10) AS b, 2::numeric ^ 0.5 AS c',
);
c('trunc and ceil and floor numeric', 'SELECT trunc(-2.7) a, ceil(-2.7) b, floor(-2.7) c, trunc(2.789, 2) d');
c('round negative scale', 'SELECT round(1234.5, -2) AS a');
c('div and mod numeric', 'SELECT div(9, 4) AS a, mod(-9, 4) AS b, mod(9.5, 2) AS c');
c('scale and trim_scale', 'SELECT scale(1.500) AS a, trim_scale(1.500) AS b, min_scale(1.500) AS c');
c('float4 output shortest', 'SELECT 0.1::float4 AS a, 1.1::float4 * 3 AS b, 3.14159265358979::float4 AS c');
c(
  'float8 output shortest',
  'SELECT 0.1::float8 AS a, 1e100::float8 AS b, 1.5e-10::float8 AS c, 123456789012345678::float8 AS d',
);
c('float8 large integer output', 'SELECT 1e15::float8 AS a, 1e16::float8 AS b, 1e17::float8 AS c');
c(
  'float text output',
  'SELECT (1e16::float8)::text AS a, (0.1::float4)::text AS b, (1e-5::float8)::text AS c',
);
c(
  'special float inputs',
  "SELECT 'infinity'::float8 a, '-inf'::float8 b, 'nan'::float8 c, ' NaN '::float4 d",
);
c('float overflow input', "SELECT '1e400'::float8");
c('float4 overflow input', "SELECT '1e40'::float4");
c('float8 to float4 overflow', 'SELECT 1e300::float8::float4');
c('float underflow input', "SELECT '1e-400'::float8");
c('float overflow in arithmetic', 'SELECT 1e308::float8 * 10');
c(
  'float to int rounds half even',
  'SELECT 0.5::float8::int a, 1.5::float8::int b, 2.5::float8::int c, -2.5::float8::int d',
);
c('numeric to int rounds half away', 'SELECT 0.5::int a, 1.5::int b, -2.5::int c, 2.49::int d');
c('float4 to int rounds', 'SELECT 2.5::float4::int a, 3.5::float4::int b');
c('float to bigint overflow', 'SELECT 1e19::float8::bigint');
c('float NaN to int fails', "SELECT 'NaN'::float8::int");
c('numeric NaN to int fails', "SELECT 'NaN'::numeric::int");
c('float8 to numeric', 'SELECT 0.1::float8::numeric AS a, 1e20::float8::numeric AS b');
c('float equality NaN', "SELECT 'NaN'::float8 = 'NaN'::float8 AS a, 'NaN'::float8 > 'Infinity'::float8 AS b");
c('float negative zero', "SELECT '-0'::float8 AS a, -0.0::float8 AS b, '-0'::float8 = 0 AS c");
c(
  'int and float mixed type',
  'SELECT pg_typeof(1 + 1.5::float4)::text a, pg_typeof(1::int8 + 1.5)::text b, pg_typeof(1.5 + 1.5::float8)::text c',
);
c(
  'real column insert and select',
  'INSERT INTO t VALUES (1.1), (0.3333333333) RETURNING a',
  'CREATE TABLE t (a real)',
);
c(
  'double column insert',
  'INSERT INTO t VALUES (1.1), (1e-320) RETURNING a',
  'CREATE TABLE t (a double precision)',
);
c(
  'smallint column arithmetic result type',
  'SELECT pg_typeof(a + a)::text, pg_typeof(a * 2)::text FROM t',
  'CREATE TABLE t (a smallint); INSERT INTO t VALUES (1)',
);
c(
  'serial and bigserial types',
  'SELECT pg_typeof(id)::text, pg_typeof(b)::text FROM t',
  'CREATE TABLE t (id serial, b bigserial, x int); INSERT INTO t(x) VALUES (1)',
);
c('money cast', "SELECT '12.345'::money AS a, 12.34::money + 1::money AS b");
c('money output negative', "SELECT '-1234.5'::money AS a");
c('int literal with underscore not in 15', 'SELECT 1_000');
c('hex integer literal not in 15', 'SELECT 0x1F');
c('numeric literal trailing junk', 'SELECT 123abc');
c('bigint to text and back', 'SELECT 9223372036854775807::text::bigint AS a');
c('int8 min literal', 'SELECT -9223372036854775808 AS a, pg_typeof(-9223372036854775808)::text AS t');
c('numeric literal past int8', 'SELECT 9223372036854775808 AS a, pg_typeof(9223372036854775808)::text AS t');
c(
  'sum of int overflow to bigint',
  'SELECT sum(a) AS s FROM t',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (2147483647), (2147483647)',
);
c(
  'avg of float',
  'SELECT avg(a) AS s, pg_typeof(avg(a))::text FROM t',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (1), (2)',
);
c('numeric parameter from JS number', { sql: 'SELECT $1::numeric(10,2) AS a', params: [1.005] });
c('int parameter from JS float', { sql: 'SELECT $1::int AS a', params: [1.5] });
c(
  'int parameter from JS integer string',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['42'] },
  'CREATE TABLE t (a int)',
);
c(
  'int parameter from decimal string fails',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['4.2'] },
  'CREATE TABLE t (a int)',
);
c('float8 parameter from JS number', { sql: 'SELECT $1::float8 AS a, $2::float4 AS b', params: [0.1, 0.1] });
c('bigint parameter beyond 2^53 as string', {
  sql: 'SELECT $1::bigint + 1 AS a',
  params: ['9007199254740993'],
});
c(
  'numeric parameter in column insert',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['12345.678'] },
  'CREATE TABLE t (a numeric(7,2))',
);

// ---- character 8.3
c(
  'char(n) pads on output',
  "INSERT INTO t VALUES ('ab') RETURNING a, length(a) AS l, octet_length(a) AS o",
  'CREATE TABLE t (a char(5))',
);
c(
  'char(n) comparison ignores trailing spaces',
  "SELECT 'ab'::char(5) = 'ab   '::char(3) AS a, 'ab '::char(4) = 'ab'::char(2) AS b",
);
c('char(n) too long errors', "INSERT INTO t VALUES ('abcdef')", 'CREATE TABLE t (a char(5))');
c(
  'char(n) too long only spaces ok',
  "INSERT INTO t VALUES ('abc    ') RETURNING a",
  'CREATE TABLE t (a char(3))',
);
c('char(n) explicit cast truncates', "SELECT 'abcdef'::char(3) AS a");
c('char without length is char(1)', "SELECT 'abc'::char AS a, pg_typeof('abc'::char)::text AS t");
c(
  'char(n) concat drops padding',
  "SELECT a || 'x' AS v FROM t",
  "CREATE TABLE t (a char(5)); INSERT INTO t VALUES ('ab')",
);
c(
  'char(n) cast to text drops padding',
  'SELECT a::text AS v, a::varchar AS w FROM t',
  "CREATE TABLE t (a char(5)); INSERT INTO t VALUES ('ab')",
);
c(
  'char(n) like with padding',
  "SELECT a LIKE 'ab' AS l, a = 'ab' AS e FROM t",
  "CREATE TABLE t (a char(5)); INSERT INTO t VALUES ('ab')",
);
c('varchar(n) too long errors', "INSERT INTO t VALUES ('abcdef')", 'CREATE TABLE t (a varchar(5))');
c(
  'varchar(n) too long trailing spaces truncated',
  "INSERT INTO t VALUES ('abc   ') RETURNING a, length(a) AS l",
  'CREATE TABLE t (a varchar(3))',
);
c(
  'varchar(n) explicit cast truncates',
  "SELECT 'abcdef'::varchar(3) AS a, CAST('abcdef' AS character varying(2)) AS b",
);
c(
  'varchar(n) update too long',
  ["INSERT INTO t VALUES ('a')", "UPDATE t SET a = 'abcdef'"],
  'CREATE TABLE t (a varchar(5))',
);
c(
  'varchar keeps trailing spaces',
  "SELECT 'ab  '::varchar = 'ab'::varchar AS a, length('ab  '::varchar) AS l",
);
c('text keeps trailing spaces in compare', "SELECT 'ab  '::text = 'ab' AS a");
c(
  'varchar(n) param too long',
  { sql: 'INSERT INTO t VALUES ($1)', params: ['abcdef'] },
  'CREATE TABLE t (a varchar(5))',
);
c(
  'varchar length counts characters',
  "INSERT INTO t VALUES ('héllo') RETURNING a, length(a), octet_length(a)",
  'CREATE TABLE t (a varchar(5))',
);
c('text concatenation with integer', "SELECT 'n=' || 5 AS a, 5 || 'x' AS b, pg_typeof('n=' || 5)::text AS t");
c(
  'text concatenation with null',
  "SELECT 'a' || NULL AS a, concat('a', NULL, 1) AS b, concat_ws(',', 'a', NULL, 'b') AS c",
);
c('text concatenation with boolean and date', "SELECT 'x' || true AS a, 'd:' || DATE '2024-01-02' AS b");
c('integer concat integer fails', 'SELECT 1 || 2');
c('char type name quoted', `SELECT 'a'::"char" AS a, pg_typeof('abc'::"char")::text AS t`);
c('name type truncation', "SELECT repeat('x', 70)::name AS n, length(repeat('x', 70)::name) AS l");
c(
  'character varying without length',
  "INSERT INTO t VALUES (repeat('a', 1000)) RETURNING length(a)",
  'CREATE TABLE t (a character varying)',
);
c(
  'char(n) in order by and distinct',
  'SELECT DISTINCT a FROM t ORDER BY a',
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('a'), ('a  '), ('b')",
);
c(
  'upper lower on char(n)',
  'SELECT upper(a) AS u, pg_typeof(upper(a))::text AS t FROM t',
  "CREATE TABLE t (a char(4)); INSERT INTO t VALUES ('ab')",
);

// ---- bytea 8.4
c('bytea hex output', "SELECT '\\x DEADbeef'::bytea AS a, 'abc'::bytea AS b");
c('bytea escape input', "SELECT E'\\\\001\\\\377'::bytea AS a, 'a\\\\b'::bytea AS b");
c('bytea invalid hex', "SELECT '\\xabc'::bytea");
c('bytea invalid hex digit', "SELECT '\\xzz'::bytea");
c('bytea text output', "SELECT 'abc'::bytea::text AS a");
c(
  'bytea length and octet_length',
  "SELECT length('\\x0102ff'::bytea) AS a, octet_length('\\x0102ff'::bytea) AS b",
);
c(
  'bytea substring',
  "SELECT substring('\\x0102030405'::bytea from 2 for 2) AS a, substr('\\x0102030405'::bytea, 4) AS b",
);
c(
  'bytea get_byte set_byte',
  "SELECT get_byte('\\x0102ff'::bytea, 2) AS a, set_byte('\\x0102ff'::bytea, 0, 255) AS b",
);
c('bytea get_byte out of range', "SELECT get_byte('\\x01'::bytea, 5)");
c(
  'encode base64 and hex',
  "SELECT encode('hello'::bytea, 'base64') AS a, encode('hello'::bytea, 'hex') AS b, encode('\\x00ff41'::bytea, 'escape') AS c",
);
c(
  'decode base64 and hex',
  "SELECT decode('aGVsbG8=', 'base64') AS a, decode('DEAD', 'hex') AS b, decode('a\\\\000b', 'escape') AS c",
);
c('decode invalid base64', "SELECT decode('!!!', 'base64')");
c('bytea concatenation', "SELECT '\\x01'::bytea || '\\x02'::bytea AS a");
c(
  'bytea comparison',
  "SELECT '\\x01'::bytea < '\\x0100'::bytea AS a, '\\xff'::bytea > '\\x01ff'::bytea AS b",
);
c(
  'bytea Buffer parameter insert',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a, length(a) AS l', params: [Buffer.from([0, 1, 2, 255])] },
  'CREATE TABLE t (a bytea)',
);
c('bytea Buffer parameter compare', {
  sql: "SELECT $1::bytea = $2::bytea AS e, encode($1, 'hex') AS h",
  params: [Buffer.from('ab'), Buffer.from('ab')],
});
c('bytea md5 and sha256', "SELECT md5('abc'::bytea) AS a, sha256('abc'::bytea) AS b");
c(
  'bytea convert_from',
  "SELECT convert_from('\\x68c3a9'::bytea, 'UTF8') AS a, convert_to('hé', 'UTF8') AS b",
);
c(
  'bytea position and overlay',
  "SELECT position('\\x03'::bytea in '\\x010203'::bytea) AS a, overlay('\\x010203'::bytea placing '\\xff'::bytea from 2 for 1) AS b",
);
c('bytea bit_count and btrim', "SELECT btrim('\\x00010200'::bytea, '\\x00'::bytea) AS b");
c(
  'bytea string parameter hex',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING a', params: ['\\x0aff'] },
  'CREATE TABLE t (a bytea)',
);
c('bytea_output escape', [
  "SET bytea_output = 'escape'",
  "SELECT 'ab\\001'::bytea::text AS a, '\\x00ff'::bytea AS b",
]);

// ---- date/time 8.5
c(
  'timestamp ISO with T',
  "SELECT '2024-03-05T10:20:30'::timestamp AS a, '2024-03-05T10:20:30.123456'::timestamp AS b",
);
c(
  'timestamptz ISO with zone',
  "SELECT '2024-03-05T10:20:30+02:00'::timestamptz AS a, '2024-03-05 10:20:30Z'::timestamptz AS b",
);
c('timestamp ignores zone', "SELECT '2024-03-05 10:20:30+05'::timestamp AS a");
c(
  'timestamp special values',
  "SELECT 'epoch'::timestamp a, 'infinity'::timestamp b, '-infinity'::timestamptz c",
);
c(
  'date special values',
  "SELECT 'epoch'::date a, 'infinity'::date b, 'infinity'::date > '9999-12-31'::date c",
);
c('time allballs', "SELECT 'allballs'::time AS a");
c(
  'today tomorrow yesterday',
  "SELECT 'tomorrow'::date - 'today'::date AS a, 'yesterday'::date - current_date AS b",
);
c('now literal equals now', "SELECT 'now'::timestamptz <= now() + interval '1 second' AS a");
c('BC dates', "SELECT '0044-03-15 BC'::date AS a, '0001-01-01'::date - 1 AS b");
c('year 10000 dates', "SELECT '10000-01-01'::date AS a, '12345-06-07 08:09:10'::timestamp AS b");
c('date out of range', "SELECT '5874898-01-01'::date");
c('timestamp out of range', "SELECT '294277-01-01'::timestamp");
c('date invalid', "SELECT '2024-02-30'::date");
c('date invalid format', "SELECT 'not a date'::date");
c(
  'date input forms',
  "SELECT 'January 8, 1999'::date a, '1999-Jan-08'::date b, '19990108'::date c, '1/8/1999'::date d",
);
c('date DateStyle DMY', ["SET datestyle = 'ISO, DMY'", "SELECT '1/8/1999'::date AS a"]);
c('DateStyle SQL output', [
  "SET datestyle = 'SQL, MDY'",
  "SELECT '2024-03-05'::date::text AS a, '2024-03-05 01:02:03'::timestamp::text AS b",
]);
c('timestamptz under set time zone named', [
  "SET TIME ZONE 'America/New_York'",
  "SELECT '2024-07-01 12:00:00+00'::timestamptz::text AS a, '2024-01-01 12:00:00'::timestamptz::text AS b",
]);
c('timestamptz under set time zone offset', [
  "SET TIME ZONE '+05:30'",
  "SELECT '2024-07-01 12:00:00+00'::timestamptz::text AS a",
]);
c('timestamptz under set time zone number', [
  'SET TIME ZONE -3',
  "SELECT '2024-07-01 12:00:00+00'::timestamptz::text AS a",
]);
c('timestamptz under posix zone', [
  "SET TIME ZONE 'UTC+3'",
  "SELECT '2024-07-01 12:00:00+00'::timestamptz::text AS a",
]);
c('set time zone interval', [
  "SET TIME ZONE INTERVAL '+02:00' HOUR TO MINUTE",
  "SELECT '2024-07-01 12:00:00+00'::timestamptz::text AS a",
]);
c('set time zone local', ["SET TIME ZONE 'Europe/Paris'", 'SET TIME ZONE LOCAL', 'SHOW TimeZone']);
c('invalid time zone', "SET TIME ZONE 'Mars/Olympus'");
c(
  'at time zone conversions',
  "SELECT '2024-07-01 12:00:00+00'::timestamptz AT TIME ZONE 'Asia/Tokyo' AS a, '2024-07-01 12:00:00'::timestamp AT TIME ZONE 'UTC' AS b",
);
c(
  'timezone function',
  "SELECT timezone('America/Los_Angeles', '2024-01-01 00:00:00+00'::timestamptz)::text AS a",
);
c(
  'timestamp precision rounding',
  "SELECT '2024-01-01 00:00:00.123456'::timestamp(2) AS a, '2024-01-01 00:00:00.995'::timestamp(2) AS b, '2024-01-01 23:59:59.9'::timestamp(0) AS c",
);
c(
  'timestamp(p) column rounding',
  "INSERT INTO t VALUES ('2024-01-01 00:00:00.5555') RETURNING a::text",
  'CREATE TABLE t (a timestamp(3))',
);
c('time(p) rounding', "SELECT '10:00:00.126'::time(2) AS a, '23:59:59.999'::time(2)::text AS b");
c('time with time zone', "SELECT '10:00:00+02'::timetz AS a, '10:00:00 PST'::timetz::text AS b");
c('time 24:00:00', "SELECT '24:00:00'::time AS a, '24:00:01'::time AS b");
c('time invalid', "SELECT '25:00'::time");
c(
  'interval ISO 8601 input',
  "SELECT 'P1Y2M3DT4H5M6S'::interval AS a, 'PT1.5S'::interval AS b, 'P1W'::interval AS c",
);
c('interval ISO alternative', "SELECT 'P0001-02-03T04:05:06'::interval AS a");
c(
  'interval verbose input',
  "SELECT '1 year 2 months 3 days 4 hours'::interval::text AS a, '@ 1 day ago'::interval::text AS b, '-1 day +2 hours'::interval::text AS c",
);
c(
  'interval SQL standard input',
  "SELECT '1-2'::interval::text AS a, '3 4:05:06'::interval::text AS b, INTERVAL '1-2' YEAR TO MONTH AS c",
);
c(
  'interval field qualifier',
  "SELECT INTERVAL '1 day 2 hours' DAY::text AS a, INTERVAL '90' MINUTE::text AS b, INTERVAL '2:03' MINUTE TO SECOND::text AS c",
);
c(
  'interval fractional units',
  "SELECT '1.5 years'::interval::text AS a, '1.5 months'::interval::text AS b, '1.5 days'::interval::text AS c",
);
c(
  'interval output postgres style',
  "SELECT interval '1 year 2 months 3 days 04:05:06.7'::text AS a, interval '-1 months 2 days'::text AS b",
);
c('interval node-pg parse', "SELECT interval '1 year 2 months 3 days 04:05:06' AS a");
c('intervalstyle iso_8601', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT interval '1 year 2 months 3 days 04:05:06'::text AS a",
]);
c('intervalstyle sql_standard', [
  "SET IntervalStyle = 'sql_standard'",
  "SELECT interval '1 year 2 months'::text AS a, interval '3 days 04:05:06'::text AS b",
]);
c(
  'interval comparison 30-day months',
  "SELECT interval '1 month' = interval '30 days' AS a, interval '1 day' = interval '24 hours' AS b, interval '1 year' = interval '360 days' AS c",
);
c(
  'interval justify',
  "SELECT justify_hours(interval '27 hours')::text AS a, justify_days(interval '35 days')::text AS b, justify_interval(interval '1 mon -1 hour')::text AS c",
);
c(
  'interval arithmetic',
  "SELECT interval '1 day' * 1.5 AS a, interval '1 hour' / 3 AS b, interval '1 month' - interval '1 day' AS c",
);
c(
  'date plus interval month end',
  "SELECT date '2024-01-31' + interval '1 month' AS a, date '2024-02-29' - interval '1 year' AS b",
);
c(
  'date arithmetic integer',
  "SELECT date '2024-03-01' - date '2024-02-01' AS a, date '2024-03-01' - 1 AS b, pg_typeof(date '2024-03-01' - 1)::text AS t",
);
c(
  'date plus time',
  "SELECT date '2024-03-01' + time '10:30' AS a, pg_typeof(date '2024-03-01' + time '10:30')::text AS t",
);
c('timestamp minus timestamp', "SELECT timestamp '2024-03-01 10:00' - timestamp '2024-01-01' AS a");
c('age function', "SELECT age(timestamp '2024-03-15', timestamp '2022-01-20')::text AS a");
c('date overflow in arithmetic', "SELECT date '5874897-12-31' + 1");
c('interval overflow', "SELECT interval '2147483647 days' + interval '1 day'");
c('timestamp plus interval across DST', [
  "SET TIME ZONE 'Europe/Berlin'",
  "SELECT ('2024-03-30 12:00'::timestamptz + interval '1 day')::text AS a, ('2024-03-30 12:00'::timestamptz + interval '24 hours')::text AS b",
]);
c(
  'extract epoch',
  "SELECT extract(epoch FROM timestamptz '2024-01-01 00:00:00+00') AS a, extract(epoch FROM interval '1 day') AS b",
);
c(
  'extract returns numeric',
  "SELECT pg_typeof(extract(year FROM now()))::text AS a, date_part('year', date '2024-05-05') AS b",
);
c('date_trunc and timezones', [
  "SET TIME ZONE 'Asia/Kolkata'",
  "SELECT date_trunc('day', '2024-01-01 20:00:00+00'::timestamptz)::text AS a",
]);
c(
  'date_trunc with zone arg',
  "SELECT date_trunc('day', '2024-01-01 20:00:00+00'::timestamptz, 'Asia/Tokyo')::text AS a",
);
c(
  'make_date make_timestamp',
  'SELECT make_date(2024, 2, 29) AS a, make_timestamp(2024, 1, 2, 3, 4, 5.5)::text AS b, make_interval(days => 3, hours => 2)::text AS c',
);
c('make_date invalid', 'SELECT make_date(2023, 2, 29)');
c('to_timestamp epoch', 'SELECT to_timestamp(0)::text AS a, to_timestamp(1700000000.5) AS b');
c(
  'to_date and to_timestamp format',
  "SELECT to_date('05 Mar 2024', 'DD Mon YYYY') AS a, to_timestamp('2024-03-05 14:15', 'YYYY-MM-DD HH24:MI')::text AS b",
);
c('date parameter from JS Date', { sql: 'SELECT $1::date AS a', params: [new Date('2024-03-05T00:00:00Z')] });
c('timestamptz parameter from JS Date', {
  sql: 'SELECT $1::timestamptz AS a, ($1::timestamptz)::text AS b',
  params: [new Date('2024-03-05T10:20:30.123Z')],
});
c('timestamp parameter from JS Date', {
  sql: 'SELECT $1::timestamp AS a, ($1::timestamp)::text AS b',
  params: [new Date('2024-03-05T10:20:30.123Z')],
});
c(
  'Date param into timestamptz column',
  { sql: 'INSERT INTO t VALUES ($1, $1) RETURNING a, b', params: [new Date('2024-03-05T10:20:30.123Z')] },
  'CREATE TABLE t (a timestamptz, b timestamp)',
);
c(
  'timestamp without tz returns as local Date',
  "SELECT timestamp '2024-03-05 10:20:30' AS a, timestamptz '2024-03-05 10:20:30+00' AS b",
);
c(
  'date column comes back',
  'SELECT a FROM t',
  "CREATE TABLE t (a date); INSERT INTO t VALUES ('2024-03-05')",
);
c(
  'infinity timestamp node-pg',
  "SELECT 'infinity'::timestamptz AS a, '-infinity'::timestamp AS b, 'infinity'::date AS c",
);
c('BC timestamp node-pg', "SELECT '0010-01-01 BC'::timestamptz AS a");
c('time column comes back as string', "SELECT time '10:20:30.5' AS a, timetz '10:20:30+01' AS b");
c('timestamp string parameter with zone', {
  sql: 'SELECT $1::timestamptz::text AS a',
  params: ['2024-03-05T10:20:30+02:00'],
});
c('interval parameter', {
  sql: 'SELECT now() - $1::interval < now() AS a, $1::interval::text AS b',
  params: ['2 hours'],
});
c(
  'overlaps operator',
  "SELECT (DATE '2024-01-01', DATE '2024-02-01') OVERLAPS (DATE '2024-01-15', DATE '2024-03-01') AS a",
);
c('isfinite', "SELECT isfinite(date 'infinity') AS a, isfinite(interval '1 day') AS b");
c(
  'comparison date vs timestamp',
  "SELECT date '2024-01-01' = timestamp '2024-01-01 00:00' AS a, date '2024-01-01' < timestamptz '2024-01-01 00:00:01+00' AS b",
);
c(
  'generate_series timestamps',
  "SELECT g::text FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-03', interval '1 day') g",
);
c(
  'current_time type',
  'SELECT pg_typeof(current_time)::text a, pg_typeof(localtimestamp)::text b, pg_typeof(current_date)::text c',
);
c(
  'timestamp from date cast',
  "SELECT date '2024-01-01'::timestamptz::text AS a, timestamp '2024-01-01 23:59'::date AS b",
);
c(
  'timezone abbreviation input',
  "SELECT '2024-01-01 00:00 EST'::timestamptz::text AS a, '2024-01-01 00:00 America/Chicago'::timestamptz::text AS b",
);
export default cases;
