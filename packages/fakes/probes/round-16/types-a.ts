// Round 16 probe, part A: PostgreSQL 15 docs 8.1 (numeric), 8.2 (money), 8.3 (character), 8.4 (bytea),
// 8.6 (boolean), 8.7 (enum). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 8.1 integers
list.select('t16 int4 max plus one overflows', `2147483647 + 1`);
list.select('t16 int2 input out of range', `'32768'::int2`);
list.select('t16 int4 input out of range', `'2147483648'::int4`);
list.select('t16 int8 input out of range', `'9223372036854775808'::int8`);
list.select('t16 int4 input with spaces', `'  42  '::int4`);
list.select('t16 int4 input with plus sign', `'+42'::int4`);
list.select('t16 int4 input trailing junk', `'12abc'::int4`);
list.select('t16 int4 input empty string', `''::int4`);
list.select('t16 int4 input decimal point', `'1.0'::int4`);
list.select('t16 int4 input exponent', `'1e3'::int4`);
list.select('t16 int4 input underscores (PG16 accepts)', `'1_000'::int4`);
list.select('t16 int4 input hex (PG16 accepts)', `'0x1F'::int4`);
list.select('t16 int4 input octal (PG16 accepts)', `'0o17'::int4`);
list.select('t16 int4 input binary (PG16 accepts)', `'0b101'::int4`);
list.add('t16 hex integer literal (PG16 syntax)', [`SELECT 0x1F AS v`]);
list.add('t16 underscore numeric literal (PG16 syntax)', [`SELECT 1_000 AS v`]);
list.select('t16 int8 value to node is string', `9007199254740993::int8`);
list.select('t16 int2 value type', `pg_typeof(1::int2)::text`);
list.select('t16 int literal past int4 is bigint', `pg_typeof(2147483648)::text`);
list.select('t16 int literal past int8 is numeric', `pg_typeof(9223372036854775808)::text`);
list.select('t16 int2 times int2 overflow', `32767::int2 * 2::int2`);
list.select('t16 int4 min divided by minus one', `(-2147483648)::int4 / (-1)::int4`);
list.select('t16 int8 min abs overflow', `abs((-9223372036854775808)::int8)`);
list.select('t16 int4 unary minus min', `-(-2147483648)::int4`);
list.select('t16 int modulo negative', `ARRAY[-7 % 3, 7 % -3]`);
list.select('t16 int division truncates toward zero', `ARRAY[-7 / 2, 7 / -2]`);
list.select(
  't16 float8 to int rounds half even',
  `ARRAY[2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int]`,
);
list.select(
  't16 numeric to int rounds half away',
  `ARRAY[2.5::numeric::int, 3.5::numeric::int, (-2.5)::numeric::int]`,
);
list.select('t16 float4 to int2 rounds', `1.5::float4::int2`);
list.select('t16 float8 to int overflow', `3e9::float8::int4`);
list.select('t16 float8 NaN to int', `'NaN'::float8::int4`);
list.select('t16 numeric NaN to int', `'NaN'::numeric::int4`);
list.select('t16 numeric Infinity to int', `'Infinity'::numeric::int4`);
list.select('t16 numeric to int8 overflow', `9223372036854775808::numeric::int8`);
list.select('t16 int to float4 loses precision', `16777217::int4::float4::text`);

// ---------------------------------------------------------------- 8.1 numeric
list.select('t16 numeric(5,2) rounds half up', `123.455::numeric(5,2)`);
list.select('t16 numeric(5,2) rounds negative half away', `(-123.455)::numeric(5,2)`);
list.select('t16 numeric(5,2) pads scale', `1.5::numeric(5,2)`);
list.select('t16 numeric(3,1) overflow after rounding', `99.95::numeric(3,1)`);
list.select('t16 numeric(3) rounds to integer', `2.5::numeric(3)`);
list.select('t16 numeric(2,-3) negative scale (PG15)', `12345::numeric(2,-3)`);
list.select('t16 numeric(3,5) scale above precision (PG15)', `0.00123::numeric(3,5)`);
list.select('t16 numeric(3,5) overflow', `0.01::numeric(3,5)`);
list.select('t16 numeric precision zero invalid', `1::numeric(0)`);
list.select('t16 numeric precision too large', `1::numeric(1001)`);
list.select('t16 numeric keeps trailing zeros', `1.500::numeric`);
list.select('t16 numeric text keeps trailing zeros', `1.500::numeric::text`);
list.select('t16 numeric exponent input', `'1.5e3'::numeric`);
list.select('t16 numeric small exponent input', `'1e-7'::numeric`);
list.select('t16 numeric negative zero', `'-0.00'::numeric`);
list.select('t16 numeric division scale', `1::numeric / 3`);
list.select('t16 numeric division large scale', `10::numeric / 3.000000000000000000001`);
list.select('t16 numeric multiplication scale', `1.10 * 2.200`);
list.select('t16 numeric addition keeps max scale', `1.5 + 2.25`);
list.select('t16 numeric NaN input forms', `ARRAY['NaN'::numeric, 'nan'::numeric]`);
list.select(
  't16 numeric Infinity input forms (PG14)',
  `ARRAY['Infinity'::numeric, '-inf'::numeric, 'INF'::numeric]`,
);
list.select('t16 numeric NaN equals NaN', `'NaN'::numeric = 'NaN'::numeric`);
list.select('t16 numeric NaN greater than Infinity', `'NaN'::numeric > 'Infinity'::numeric`);
list.select('t16 numeric Infinity arithmetic', `'Infinity'::numeric + 1`);
list.select('t16 numeric Infinity minus Infinity', `'Infinity'::numeric - 'Infinity'::numeric`);
list.select('t16 numeric zero divided by zero', `0::numeric / 0`);
list.select('t16 numeric Infinity divided by zero', `'Infinity'::numeric / 0`);
list.add('t16 numeric NaN sorts last', [
  `SELECT x AS v FROM (VALUES ('1'::numeric), ('NaN'), ('-Infinity'), ('Infinity'), ('-5')) t(x) ORDER BY x`,
]);
list.add(
  't16 numeric(5,2) column accepts NaN',
  [`INSERT INTO t VALUES ('NaN')`, `SELECT x AS v FROM t`],
  `CREATE TABLE t (x numeric(5,2))`,
);
list.add(
  't16 numeric(5,2) column rejects Infinity',
  [`INSERT INTO t VALUES ('Infinity')`],
  `CREATE TABLE t (x numeric(5,2))`,
);
list.add(
  't16 numeric(5,2) column overflow',
  [`INSERT INTO t VALUES (1000)`],
  `CREATE TABLE t (x numeric(5,2))`,
);
list.add(
  't16 numeric(5,2) column rounds on insert',
  [`INSERT INTO t VALUES (1.005), (2.994), (-0.005)`, `SELECT x AS v FROM t ORDER BY x`],
  `CREATE TABLE t (x numeric(5,2))`,
);
list.add(
  't16 numeric(5,2) column sum scale',
  [`INSERT INTO t VALUES (1.10), (2.20)`, `SELECT sum(x) AS s, avg(x) AS a FROM t`],
  `CREATE TABLE t (x numeric(5,2))`,
);
list.select('t16 numeric round half away', `ARRAY[round(2.5), round(-2.5), round(0.5)]`);
list.select(
  't16 float8 round half even',
  `ARRAY[round(2.5::float8), round(3.5::float8), round(-2.5::float8)]`,
);
list.select('t16 numeric round negative places', `round(1234.5678, -2)`);
list.select('t16 numeric trunc places', `trunc(1234.5678, 2)`);
list.select('t16 numeric scale function', `scale(1.500)`);
list.select('t16 numeric min_scale', `min_scale(1.500)`);
list.select('t16 numeric trim_scale', `trim_scale(1.500)`);
list.select('t16 numeric ceil floor negatives', `ARRAY[ceil(-1.5), floor(-1.5), ceil(1.2), floor(1.8)]`);
list.select('t16 numeric sign', `ARRAY[sign(-3.2), sign(0.0), sign(7)]`);
list.select('t16 numeric power fractional', `power(2::numeric, 0.5)`);
list.select('t16 numeric sqrt', `sqrt(2::numeric)`);
list.select('t16 numeric exp ln', `ARRAY[exp(1.0), ln(10.0)]`);
list.select('t16 numeric factorial', `factorial(20)`);
list.select('t16 numeric big multiplication', `99999999999999999999 * 99999999999999999999`);
list.select('t16 numeric to float8', `0.1::numeric::float8`);
list.select('t16 numeric value to node is string', `12345678901234567890.123456789`);
list.select('t16 numeric div operator', `div(9, 4)`);
list.select('t16 numeric mod', `mod(-9.5, 4)`);
list.select('t16 numeric gcd lcm', `ARRAY[gcd(12, 18), lcm(4, 6)]`);
list.select('t16 width_bucket numeric', `width_bucket(5.35, 0.024, 10.06, 5)`);
list.params('t16 numeric param with scale', `SELECT $1::numeric(6,2) AS v`, ['3.14159']);
list.params('t16 numeric param as number', `SELECT $1::numeric * 2 AS v`, [1.1]);

// ---------------------------------------------------------------- 8.1 floating point
list.select(
  't16 float8 special inputs',
  `ARRAY['NaN'::float8, 'Infinity'::float8, '-Infinity'::float8, 'inf'::float8, '-INF'::float8]`,
);
list.select('t16 float8 special text output', `'-Infinity'::float8::text || ' ' || 'NaN'::float8::text`);
list.select('t16 float8 NaN equals NaN', `'NaN'::float8 = 'NaN'::float8`);
list.select('t16 float8 NaN greater than everything', `'NaN'::float8 > 'Infinity'::float8`);
list.select('t16 float8 negative zero text', `'-0'::float8::text`);
list.select('t16 float8 negative zero equals zero', `'-0'::float8 = 0::float8`);
list.select('t16 float8 subnormal', `'4.9e-324'::float8::text`);
list.select('t16 float8 max', `'1.7976931348623157e308'::float8::text`);
list.select('t16 float8 overflow multiplication', `1e308::float8 * 10`);
list.select('t16 float8 underflow multiplication', `1e-300::float8 * 1e-300::float8`);
list.select('t16 float8 division by zero', `1::float8 / 0`);
list.select('t16 float8 Infinity minus Infinity', `'Infinity'::float8 - 'Infinity'::float8`);
list.select('t16 float8 Infinity times zero', `'Infinity'::float8 * 0`);
list.select(
  't16 float4 text shortest',
  `ARRAY[1.1::float4::text, 100000000::float4::text, 0.000001::float4::text]`,
);
list.select(
  't16 float8 text shortest',
  `ARRAY[1.1::float8::text, 1e21::float8::text, 123456789012345678::float8::text, 0.0001::float8::text]`,
);
list.select('t16 float(24) is real', `pg_typeof(1::float(24))::text`);
list.select('t16 float(25) is double', `pg_typeof(1::float(25))::text`);
list.select('t16 float(54) invalid', `1::float(54)`);
list.select('t16 float(0) invalid', `1::float(0)`);
list.select('t16 float default is double', `pg_typeof(1::float)::text`);
list.add('t16 float8 NaN sorts last', [
  `SELECT x AS v FROM (VALUES (1::float8), ('NaN'), ('-Infinity'), ('Infinity'), (0)) t(x) ORDER BY x`,
]);
list.add('t16 float8 NaN in aggregate', [
  `SELECT max(x) AS mx, min(x) AS mn, sum(x) AS sm FROM (VALUES (1::float8), ('NaN')) t(x)`,
]);
list.add(
  't16 float4 column to node',
  [`INSERT INTO t VALUES (0.1), (1.5), (3.4028235e38)`, `SELECT x AS v FROM t ORDER BY x`],
  `CREATE TABLE t (x real)`,
);
list.select('t16 float4 overflow cast', `3.5e38::float8::float4`);
list.select('t16 float4 underflow cast', `1e-50::float8::float4`);
list.select('t16 float8 input garbage', `'1.5x'::float8`);
list.select('t16 float8 input hexadecimal rejected', `'0x10'::float8`);
list.select('t16 float8 input leading dot', `'.5'::float8`);
list.select('t16 float8 input trailing dot', `'5.'::float8`);
list.select('t16 float8 to numeric', `0.1::float8::numeric`);
list.select('t16 float8 to numeric Infinity (PG14)', `'Infinity'::float8::numeric`);
list.select('t16 float4 to numeric', `0.1::float4::numeric`);
list.select('t16 float8 cbrt', `cbrt(27::float8)`);
list.select('t16 float8 trig degrees', `ARRAY[sind(30), cosd(60), tand(45), degrees(pi())]`);
list.select('t16 float8 power negative fractional errors', `power(-8::float8, 1.0/3)`);
list.select('t16 float8 sqrt negative errors', `sqrt(-1::float8)`);
list.select('t16 float8 ln zero errors', `ln(0::float8)`);
list.select('t16 numeric ln zero errors', `ln(0::numeric)`);
list.select('t16 numeric log base', `log(2.0, 64.0)`);

// ---------------------------------------------------------------- 8.1.4 serial
list.add(
  't16 serial ids from one',
  [`INSERT INTO t (name) VALUES ('a'), ('b') RETURNING id`],
  `CREATE TABLE t (id serial PRIMARY KEY, name text)`,
);
list.add(
  't16 serial column is not null',
  [`INSERT INTO t (id, name) VALUES (NULL, 'a')`],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16 serial explicit value does not advance sequence',
  [`INSERT INTO t (id, name) VALUES (1, 'a')`, `INSERT INTO t (name) VALUES ('b')`],
  `CREATE TABLE t (id serial PRIMARY KEY, name text)`,
);
list.add(
  't16 bigserial returns string',
  [`INSERT INTO t (name) VALUES ('a') RETURNING id`],
  `CREATE TABLE t (id bigserial PRIMARY KEY, name text)`,
);
list.add(
  't16 smallserial type',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'id'`,
  ],
  `CREATE TABLE t (id smallserial, name text)`,
);
list.add(
  't16 serial default expression',
  [
    `SELECT column_default AS v FROM information_schema.columns WHERE table_name = 't' AND column_name = 'id'`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16 serial sequence name',
  [`SELECT pg_get_serial_sequence('t', 'id') AS v`],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16 serial currval after insert',
  [`INSERT INTO t (name) VALUES ('a'), ('b')`, `SELECT currval('t_id_seq') AS v`],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16 serial gap after rollback',
  [
    `BEGIN`,
    `INSERT INTO t (name) VALUES ('a')`,
    `ROLLBACK`,
    `INSERT INTO t (name) VALUES ('b') RETURNING id`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16 smallserial overflow',
  [`SELECT setval('t_id_seq', 32767)`, `INSERT INTO t (name) VALUES ('a')`],
  `CREATE TABLE t (id smallserial, name text)`,
);
list.add(
  't16 identity column generated always rejects value',
  [`INSERT INTO t (id, name) VALUES (5, 'a')`],
  `CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, name text)`,
);
list.add(
  't16 identity overriding system value',
  [`INSERT INTO t (id, name) OVERRIDING SYSTEM VALUE VALUES (5, 'a') RETURNING id`],
  `CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, name text)`,
);

// ---------------------------------------------------------------- 8.2 money
list.select('t16 money input rounds', `'12.345'::money`);
list.select('t16 money from numeric', `1234567.891::numeric::money`);
list.select('t16 money negative output', `'-12'::money`);
list.select('t16 money with currency symbol input', `'$1,000.50'::money`);
list.select('t16 money parentheses negative input', `'(5.00)'::money`);
list.select('t16 money from int', `100::money`);
list.select('t16 money from float8 not allowed', `1.5::float8::money`);
list.select('t16 money to numeric', `'$1,234.56'::money::numeric`);
list.select('t16 money addition', `'1.10'::money + '2.25'::money`);
list.select('t16 money times int', `'1.10'::money * 3`);
list.select('t16 money times float rounds', `'1.00'::money * 0.333`);
list.select('t16 money divided by int truncates', `'10.00'::money / 3`);
list.select('t16 money divided by money is float8', `'10.00'::money / '4.00'::money`);
list.select('t16 money divided by zero', `'10.00'::money / 0`);
list.select('t16 money comparison', `'1.00'::money < '1.01'::money`);
list.select('t16 money sum', `(SELECT sum(m) FROM (VALUES ('1.10'::money), ('2.20')) t(m))`);
list.select('t16 money overflow input', `'92233720368547758.08'::money`);
list.select('t16 money invalid input', `'abc'::money`);
list.select('t16 money text cast', `'7.5'::money::text`);
list.add(
  't16 money column insert numeric literal',
  [`INSERT INTO t VALUES (9.999)`, `SELECT m AS v FROM t`],
  `CREATE TABLE t (m money)`,
);
list.params('t16 money param', `SELECT $1::money AS v`, ['42.1']);
list.select('t16 cash_words', `cash_words('12.34'::money)`);

// ---------------------------------------------------------------- 8.3 character types
list.select('t16 char(n) output padded', `'ab'::char(4)`);
list.select('t16 char(n) length ignores padding', `length('ab'::char(4))`);
list.select('t16 char(n) char_length ignores padding', `char_length('ab  '::char(4))`);
list.select('t16 char(n) octet_length counts padding', `octet_length('ab'::char(4))`);
list.select('t16 char(n) to text strips padding', `'ab'::char(4)::text || '|'`);
list.select('t16 char(n) to varchar strips padding', `'ab'::char(4)::varchar || '|'`);
list.select('t16 char(n) trailing spaces insignificant in comparison', `'ab '::char(4) = 'ab'::char(2)`);
list.select('t16 char(n) leading spaces significant', `' ab'::char(4) = 'ab'::char(4)`);
list.select('t16 char(n) concatenation strips padding', `'a'::char(3) || 'b'::char(3)`);
list.select('t16 char(n) concat function keeps padding', `concat('a'::char(3), 'b')`);
list.select('t16 char(n) format keeps padding', `format('[%s]', 'a'::char(3))`);
list.select('t16 char(n) explicit cast truncates', `'abcdef'::char(3)`);
list.select('t16 char without length is char(1)', `'abc'::char`);
list.select('t16 bpchar without length keeps value', `'abc  '::bpchar || '|'`);
list.select('t16 varchar(n) explicit cast truncates', `'abcdef'::varchar(3)`);
list.select('t16 varchar keeps trailing spaces', `length('ab  '::varchar)`);
list.select('t16 varchar trailing spaces significant', `'ab '::varchar = 'ab'::varchar`);
list.select('t16 text vs char comparison uses text', `'ab '::text = 'ab'::char(3)`);
list.select('t16 char vs unknown literal comparison', `'ab'::char(3) = 'ab   '`);
list.select('t16 char(n) LIKE', `'ab'::char(4) LIKE 'ab'`);
list.select('t16 char(n) LIKE with trailing pattern', `'ab'::char(4) LIKE 'ab%'`);
list.select('t16 char(n) upper returns text', `upper('ab'::char(4)) || '|'`);
list.select('t16 char(n) position', `position('b' in 'ab'::char(4))`);
list.select('t16 char(n) array output', `ARRAY['a'::char(3), 'bb'::char(3)]::text`);
list.select(
  't16 char(n) hash distinct',
  `(SELECT count(DISTINCT x) FROM (VALUES ('a'::char(3)), ('a  '::char(3)), ('a'::char(1))) t(x))`,
);
list.select('t16 char(n) max length error', `'a'::char(10485761)`);
list.select('t16 char(0) invalid', `'a'::char(0)`);
list.select('t16 internal char type', `'abc'::"char"`);
list.select('t16 internal char to int', `'A'::"char"::int`);
list.select('t16 int to internal char', `66::"char"`);
list.select('t16 name type truncates to 63 bytes', `length(repeat('x', 70)::name)`);
list.select('t16 name type type', `pg_typeof('a'::name)::text`);
list.add('t16 char column insert too long', [`INSERT INTO t VALUES ('abc')`], `CREATE TABLE t (c char(2))`);
list.add(
  't16 char column insert trailing spaces truncated',
  [`INSERT INTO t VALUES ('ab    ')`, `SELECT c || '|' AS v, octet_length(c) AS o FROM t`],
  `CREATE TABLE t (c char(2))`,
);
list.add(
  't16 varchar column insert too long',
  [`INSERT INTO t VALUES ('abc')`],
  `CREATE TABLE t (c varchar(2))`,
);
list.add(
  't16 varchar column insert trailing spaces truncated',
  [`INSERT INTO t VALUES ('ab    ')`, `SELECT c || '|' AS v FROM t`],
  `CREATE TABLE t (c varchar(2))`,
);
list.add(
  't16 char column select returns padded',
  [`INSERT INTO t VALUES ('ab')`, `SELECT c AS v FROM t`],
  `CREATE TABLE t (c char(5))`,
);
list.add(
  't16 char column where with unpadded literal',
  [`INSERT INTO t VALUES ('ab'), ('ab  '), ('abc')`, `SELECT count(*) AS v FROM t WHERE c = 'ab'`],
  `CREATE TABLE t (c char(5))`,
);
list.add(
  't16 char column where with text param',
  [`INSERT INTO t VALUES ('ab')`, { sql: `SELECT count(*) AS v FROM t WHERE c = $1`, params: ['ab'] }],
  `CREATE TABLE t (c char(5))`,
);
list.add(
  't16 char column where with text cast',
  [`INSERT INTO t VALUES ('ab')`, `SELECT count(*) AS v FROM t WHERE c = 'ab'::text`],
  `CREATE TABLE t (c char(5))`,
);
list.add(
  't16 char column group by',
  [
    `INSERT INTO t VALUES ('ab'), ('ab '), ('b')`,
    `SELECT c AS c, count(*) AS n FROM t GROUP BY c ORDER BY c`,
  ],
  `CREATE TABLE t (c char(3))`,
);
list.add(
  't16 char column string_agg',
  [`INSERT INTO t VALUES ('a'), ('b')`, `SELECT string_agg(c, ',' ORDER BY c) AS v FROM t`],
  `CREATE TABLE t (c char(3))`,
);
list.add(
  't16 char column unique ignores padding',
  [`INSERT INTO t VALUES ('a')`, `INSERT INTO t VALUES ('a  ')`],
  `CREATE TABLE t (c char(3) UNIQUE)`,
);
list.add(
  't16 varchar column length and type',
  [
    `SELECT character_maximum_length AS len, data_type AS dt FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (a varchar(7), b char(3), c text)`,
);
list.add(
  't16 varchar param too long',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['abcdef'] }],
  `CREATE TABLE t (c varchar(5))`,
);
list.add(
  't16 varchar update too long',
  [`INSERT INTO t VALUES ('a')`, `UPDATE t SET c = c || 'bcdef'`],
  `CREATE TABLE t (c varchar(5))`,
);
list.select('t16 varchar length counts characters', `'héllo'::varchar(5)`);
list.select('t16 char length multibyte', `octet_length('é'::char(3))`);
list.select('t16 bpchar comparison ordering', `'a'::char(3) < 'a '::char(3)`);
list.select('t16 char(n) rtrim semantics with tab', `E'a\\t'::char(3) = 'a'::char(3)`);

// ---------------------------------------------------------------- 8.4 bytea
list.select('t16 bytea hex output', `'\\xDEADBEEF'::bytea::text`);
list.select('t16 bytea from text output', `'abc'::bytea::text`);
list.select('t16 bytea escape input octal', `E'\\\\001\\\\002'::bytea::text`);
list.select('t16 bytea escape input backslash', `E'a\\\\\\\\b'::bytea::text`);
list.select('t16 bytea hex with spaces between bytes', `'\\x de ad'::bytea::text`);
list.select('t16 bytea hex odd digits', `'\\x123'::bytea`);
list.select('t16 bytea hex invalid digit', `'\\xZZ'::bytea`);
list.select('t16 bytea invalid escape', `E'\\\\9'::bytea`);
list.select('t16 bytea value to node', `'\\x0102ff'::bytea`);
list.add('t16 bytea escape output', [
  `SET bytea_output = 'escape'`,
  `SELECT E'a\\\\000b\\\\377'::bytea::text AS v`,
]);
list.add('t16 bytea escape output printable', [
  `SET bytea_output = 'escape'`,
  `SELECT 'hello'::bytea::text AS v`,
]);
list.add('t16 bytea escape output backslash and quote', [
  `SET bytea_output = 'escape'`,
  `SELECT '\\x5c27'::bytea::text AS v`,
]);
list.add('t16 bytea escape output to node', [
  `SET bytea_output = 'escape'`,
  `SELECT '\\x00ff41'::bytea AS v`,
]);
list.select('t16 bytea length', `ARRAY[length('\\x0001ff'::bytea), octet_length('\\x0001ff'::bytea)]`);
list.select('t16 bytea concat', `('\\x01'::bytea || '\\x02'::bytea)::text`);
list.select('t16 bytea get_byte', `get_byte('\\x0102ff'::bytea, 2)`);
list.select('t16 bytea get_byte out of range', `get_byte('\\x01'::bytea, 5)`);
list.select('t16 bytea set_byte', `set_byte('\\x010203'::bytea, 1, 255)::text`);
list.select('t16 bytea get_bit', `get_bit('\\x80'::bytea, 7)`);
list.select('t16 bytea substring', `substring('\\x0102030405'::bytea from 2 for 3)::text`);
list.select('t16 bytea position', `position('\\x03'::bytea in '\\x0102030405'::bytea)`);
list.select('t16 bytea comparison prefix', `'\\x00'::bytea < '\\x0000'::bytea`);
list.select('t16 bytea comparison unsigned', `'\\x7f'::bytea < '\\x80'::bytea`);
list.select('t16 bytea encode base64', `encode('\\x00010203ff'::bytea, 'base64')`);
list.select('t16 bytea encode escape', `encode(E'a\\\\000\\\\377'::bytea, 'escape')`);
list.select('t16 bytea decode hex', `decode('DEADbeef', 'hex')::text`);
list.select('t16 bytea decode base64 invalid', `decode('@@@', 'base64')`);
list.select('t16 bytea sha256', `encode(sha256('abc'), 'hex')`);
list.select('t16 bytea md5', `md5('\\x616263'::bytea)`);
list.select('t16 bytea convert_from', `convert_from('\\x68c3a9'::bytea, 'UTF8')`);
list.select('t16 bytea convert_to', `convert_to('hé', 'UTF8')::text`);
list.select('t16 bytea convert_from invalid utf8', `convert_from('\\xff'::bytea, 'UTF8')`);
list.select('t16 bytea btrim', `btrim('\\x00010200'::bytea, '\\x00'::bytea)::text`);
list.select('t16 bytea to text cast is hex', `('\\x41'::bytea)::text = '\\x41'`);
list.select('t16 text to bytea cast backslash', `'a\\b'::bytea`);
list.add(
  't16 bytea column param buffer',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['\\x00ff'] }, `SELECT b::text AS v, length(b) AS n FROM t`],
  `CREATE TABLE t (b bytea)`,
);
list.add(
  't16 bytea column order by',
  [`INSERT INTO t VALUES ('\\x02'), ('\\x0100'), ('\\x01'), ('')`, `SELECT b::text AS v FROM t ORDER BY b`],
  `CREATE TABLE t (b bytea)`,
);

// ---------------------------------------------------------------- 8.6 boolean
list.select(
  't16 bool true spellings',
  `ARRAY['t'::bool, 'true'::bool, 'TRUE'::bool, 'y'::bool, 'yes'::bool, 'on'::bool, '1'::bool]`,
);
list.select(
  't16 bool false spellings',
  `ARRAY['f'::bool, 'false'::bool, 'n'::bool, 'no'::bool, 'off'::bool, '0'::bool]`,
);
list.select('t16 bool input with spaces', `'  true  '::bool`);
list.select('t16 bool unique prefix tr', `'tr'::bool`);
list.select('t16 bool unique prefix fa', `'fa'::bool`);
list.select('t16 bool prefix of ambiguous o', `'o'::bool`);
list.select('t16 bool prefix of', `'of'::bool`);
list.select('t16 bool invalid input', `'maybe'::bool`);
list.select('t16 bool input 2', `'2'::bool`);
list.select('t16 bool empty string', `''::bool`);
list.select('t16 bool to text', `true::text || ',' || false::text`);
list.select('t16 bool to varchar', `true::varchar`);
list.select('t16 bool to int', `ARRAY[true::int, false::int]`);
list.select('t16 int to bool', `ARRAY[0::bool, 1::bool, 2::bool, (-1)::bool]`);
list.select('t16 int8 to bool no cast', `1::int8::bool`);
list.select('t16 numeric to bool no cast', `1.0::bool`);
list.select('t16 text to bool', `'yes'::text::bool`);
list.select('t16 bool concatenation with text', `'x' || true`);
list.select('t16 bool ordering', `false < true`);
list.select('t16 bool compare with literal', `true = 'yes'`);
list.select(
  't16 bool IS UNKNOWN',
  `ARRAY[NULL::bool IS UNKNOWN, NULL::bool IS NOT TRUE, NULL::bool IS FALSE, true IS NOT FALSE]`,
);
list.add('t16 bool aggregates', [
  `SELECT bool_and(b) AS a, bool_or(b) AS o, every(b) AS e FROM (VALUES (true), (NULL), (false)) t(b)`,
]);
list.add('t16 bool aggregates empty', [
  `SELECT bool_and(b) AS a, bool_or(b) AS o FROM (VALUES (true)) t(b) WHERE false`,
]);
list.add('t16 bool order by with nulls', [
  `SELECT b AS v FROM (VALUES (true), (NULL), (false)) t(b) ORDER BY b`,
]);
list.add(
  't16 bool column insert text forms',
  [`INSERT INTO t VALUES ('yes'), ('off'), ('1')`, `SELECT b AS v FROM t ORDER BY b`],
  `CREATE TABLE t (b boolean)`,
);
list.add('t16 bool column insert int literal', [`INSERT INTO t VALUES (1)`], `CREATE TABLE t (b boolean)`);
list.add(
  't16 bool column params',
  [{ sql: `INSERT INTO t VALUES ($1), ($2)`, params: [true, 'f'] }, `SELECT b AS v FROM t ORDER BY b`],
  `CREATE TABLE t (b boolean)`,
);
list.add(
  't16 bool column where bare',
  [
    `INSERT INTO t VALUES (true), (false), (NULL)`,
    `SELECT count(*) AS yes, count(*) FILTER (WHERE NOT b) AS no FROM t WHERE b OR NOT b`,
  ],
  `CREATE TABLE t (b boolean)`,
);
list.select(
  't16 bool count true via int cast',
  `(SELECT sum(b::int) FROM (VALUES (true), (true), (false)) t(b))`,
);
list.select('t16 bool in CASE', `CASE WHEN 'on'::bool THEN 'y' ELSE 'n' END`);
list.select('t16 bool xor via distinct', `true IS DISTINCT FROM false`);

// ---------------------------------------------------------------- 8.7 enum
const moodSetup = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')`;
const moodTable = `${moodSetup}; CREATE TABLE person (name text, current_mood mood)`;
list.add('t16 enum cast and output', [`SELECT 'happy'::mood AS v`], moodSetup);
list.add('t16 enum invalid value', [`SELECT 'angry'::mood AS v`], moodSetup);
list.add('t16 enum case sensitive', [`SELECT 'Happy'::mood AS v`], moodSetup);
list.add('t16 enum value with trailing space', [`SELECT 'happy '::mood AS v`], moodSetup);
list.add(
  't16 enum ordering by declaration',
  [`SELECT 'sad'::mood < 'happy'::mood AS a, 'ok'::mood > 'happy'::mood AS b`],
  moodSetup,
);
list.add(
  't16 enum order by column',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad'), ('c', NULL), ('d', 'ok')`,
    `SELECT name AS n, current_mood AS m FROM person ORDER BY current_mood, name`,
  ],
  moodTable,
);
list.add(
  't16 enum where greater than literal',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad'), ('d', 'ok')`,
    `SELECT name AS n FROM person WHERE current_mood > 'sad' ORDER BY name`,
  ],
  moodTable,
);
list.add(
  't16 enum min max',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad'), ('d', 'ok')`,
    `SELECT min(current_mood) AS mn, max(current_mood) AS mx FROM person`,
  ],
  moodTable,
);
list.add('t16 enum insert invalid', [`INSERT INTO person VALUES ('a', 'angry')`], moodTable);
list.add(
  't16 enum insert param',
  [{ sql: `INSERT INTO person VALUES ($1, $2) RETURNING current_mood AS v`, params: ['a', 'ok'] }],
  moodTable,
);
list.add(
  't16 enum insert text typed value errors',
  [`INSERT INTO person VALUES ('a', 'ok'::text)`],
  moodTable,
);
list.add('t16 enum compare with text column errors', [`SELECT 'ok'::mood = 'ok'::text AS v`], moodSetup);
list.add('t16 enum to text', [`SELECT 'ok'::mood::text || '!' AS v`], moodSetup);
list.add('t16 enum concatenation with text', [`SELECT 'ok'::mood || '!' AS v`], moodSetup);
list.add(
  't16 enum compare different enums errors',
  [`SELECT 'ok'::mood = 'ok'::other AS v`],
  `${moodSetup}; CREATE TYPE other AS ENUM ('ok')`,
);
list.add(
  't16 enum_first enum_last',
  [`SELECT enum_first(NULL::mood) AS f, enum_last(NULL::mood) AS l`],
  moodSetup,
);
list.add('t16 enum_range all', [`SELECT enum_range(NULL::mood) AS v`], moodSetup);
list.add('t16 enum_range all text', [`SELECT enum_range(NULL::mood)::text AS v`], moodSetup);
list.add(
  't16 enum_range bounds',
  [
    `SELECT enum_range('ok'::mood, NULL) AS a, enum_range(NULL, 'ok'::mood) AS b, enum_range('sad'::mood, 'ok'::mood) AS c`,
  ],
  moodSetup,
);
list.add('t16 enum_range reversed empty', [`SELECT enum_range('happy'::mood, 'sad'::mood) AS v`], moodSetup);
list.add(
  't16 enum add value before',
  [`ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'`, `SELECT enum_range(NULL::mood)::text AS v`],
  moodSetup,
);
list.add(
  't16 enum add value after',
  [`ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'`, `SELECT 'ecstatic'::mood > 'happy'::mood AS v`],
  moodSetup,
);
list.add(
  't16 enum add value appends',
  [`ALTER TYPE mood ADD VALUE 'meh'`, `SELECT enum_last(NULL::mood) AS v`],
  moodSetup,
);
list.add('t16 enum add existing value errors', [`ALTER TYPE mood ADD VALUE 'ok'`], moodSetup);
list.add(
  't16 enum add value if not exists',
  [`ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'`, `SELECT enum_range(NULL::mood)::text AS v`],
  moodSetup,
);
list.add(
  't16 enum rename value',
  [`ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'`, `SELECT enum_range(NULL::mood)::text AS v`],
  moodSetup,
);
list.add('t16 enum rename missing value', [`ALTER TYPE mood RENAME VALUE 'nope' TO 'fine'`], moodSetup);
list.add(
  't16 enum new value in same transaction unusable',
  [`BEGIN`, `ALTER TYPE mood ADD VALUE 'meh'`, `SELECT 'meh'::mood AS v`],
  moodSetup,
);
list.add('t16 enum label too long', [`CREATE TYPE big AS ENUM ('${'x'.repeat(64)}')`]);
list.add('t16 enum empty', [`CREATE TYPE e AS ENUM ()`, `SELECT enum_range(NULL::e) AS v`]);
list.add('t16 enum with spaces and quotes', [
  `CREATE TYPE e AS ENUM ('a b', 'it''s')`,
  `SELECT enum_range(NULL::e)::text AS v`,
]);
list.add('t16 enum array', [`SELECT ARRAY['ok', 'sad']::mood[] AS v`], moodSetup);
list.add('t16 enum array text', [`SELECT ARRAY['ok', 'sad']::mood[]::text AS v`], moodSetup);
list.add(
  't16 enum IN list',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad')`,
    `SELECT name AS n FROM person WHERE current_mood IN ('happy', 'ok') ORDER BY name`,
  ],
  moodTable,
);
list.add(
  't16 enum = ANY text array param',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad')`,
    {
      sql: `SELECT name AS n FROM person WHERE current_mood = ANY($1::mood[]) ORDER BY name`,
      params: [['happy', 'ok']],
    },
  ],
  moodTable,
);
list.add(
  't16 enum group by',
  [
    `INSERT INTO person VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'happy')`,
    `SELECT current_mood AS m, count(*) AS n FROM person GROUP BY current_mood ORDER BY current_mood`,
  ],
  moodTable,
);
list.add('t16 enum pg_typeof', [`SELECT pg_typeof('ok'::mood)::text AS v`], moodSetup);
list.add(
  't16 enum column default',
  [`CREATE TABLE t (m mood DEFAULT 'ok')`, `INSERT INTO t DEFAULT VALUES`, `SELECT m AS v FROM t`],
  moodSetup,
);
list.add('t16 enum drop type in use', [`DROP TYPE mood`], moodTable);
list.add(
  't16 enum check via information_schema',
  [
    `SELECT data_type AS dt, udt_name AS u FROM information_schema.columns WHERE table_name = 'person' AND column_name = 'current_mood'`,
  ],
  moodTable,
);
list.add(
  't16 enum labels from pg_enum',
  [`SELECT enumlabel AS l FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder`],
  moodSetup,
);
list.add('t16 enum cast from int errors', [`SELECT 1::mood AS v`], moodSetup);
list.add(
  't16 enum unique index',
  [
    `CREATE UNIQUE INDEX ON person (current_mood)`,
    `INSERT INTO person VALUES ('a', 'ok')`,
    `INSERT INTO person VALUES ('b', 'ok')`,
  ],
  moodTable,
);

export default list.cases;
