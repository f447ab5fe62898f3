const c = (name, setup, ...steps) => ({ name, setup, steps });
const s = (name, sql) => c(name, undefined, sql);
export default [
  s(
    'int types output',
    'SELECT 1::int2 a, 2::int4 b, 3::int8 c, -9223372036854775808::int8 d, 32767::int2 + 1::int2 AS e',
  ),
  s('int2 overflow arithmetic', 'SELECT 32767::int2 + 1::int2'),
  s('int4 overflow', 'SELECT 2147483647 + 1'),
  s('int8 overflow', 'SELECT 9223372036854775807 + 1'),
  s(
    'int literal type escalation',
    'SELECT pg_typeof(2147483647) a, pg_typeof(2147483648) b, pg_typeof(9223372036854775808) c, pg_typeof(1.0) d',
  ),
  s('int division truncates', 'SELECT 7 / 2 a, -7 / 2 b, 7 % -3 c, -7 % 3 d, 7::numeric / 2 e'),
  s('int2 literal cast errors', "SELECT '32768'::int2"),
  s('int input spaces', "SELECT ' 42 '::int a, '+7'::int b, '-0'::int c"),
  s('int input junk', "SELECT '4 2'::int"),
  s('int input empty', "SELECT ''::int"),
  s(
    'numeric precision scale',
    'SELECT 123.456::numeric(5,2) a, 0.5::numeric(1,0) b, 1.5::numeric(1,0) c, -0.5::numeric(1,0) d, 2.5::numeric(2,0) e',
  ),
  s('numeric overflow 22003', 'SELECT 12345.6::numeric(5,2)'),
  s('numeric negative scale 15', 'SELECT 12345::numeric(2,-3) a, 1.5::numeric(3,5) b'),
  s(
    'numeric nan inf',
    "SELECT 'NaN'::numeric a, 'Infinity'::numeric b, '-inf'::numeric c, 'NaN'::numeric = 'NaN'::numeric d, 'NaN'::numeric > 1 e",
  ),
  s('numeric nan into precision', "SELECT 'NaN'::numeric(5,2) a"),
  s('numeric inf into precision 22003', "SELECT 'Infinity'::numeric(5,2)"),
  s(
    'numeric trailing zeros kept',
    'SELECT 1.10::numeric a, 1.100::numeric * 2 b, 0.000::numeric c, 100::numeric / 3 d, 1::numeric / 8 e',
  ),
  s(
    'numeric division scale',
    'SELECT 10::numeric / 4 a, 1::numeric / 3 b, 2::numeric / 3 * 3 c, 1.0 / 1000000 d',
  ),
  s(
    'numeric round half away',
    'SELECT round(2.5) a, round(-2.5) b, round(2.5::float8) c, round(-0.5::float8) d, round(1.2345, 2) e, round(1234.5, -2) f',
  ),
  s(
    'numeric to int cast rounds',
    'SELECT 2.5::int a, 3.5::int b, -2.5::int c, 2.5::float8::int d, 3.5::float8::int e, 0.5::real::int f',
  ),
  s(
    'float output digits',
    'SELECT 0.1::float8 a, 0.1::real b, 1e100::float8 c, 1/3::float8 d, 100000000000000000000::float8 e, 1.0e-7::float8 f, 123456789.0::real g',
  ),
  s(
    'float special',
    "SELECT 'NaN'::float8 a, 'inf'::float8 b, '-Infinity'::float8 c, 'NaN'::float8 = 'NaN'::float8 d, 0::float8 * -1 e, -0.0::float8 f",
  ),
  s('float overflow', 'SELECT 1e308::float8 * 10'),
  s('real overflow input', "SELECT '1e39'::real"),
  s('float division zero', 'SELECT 1::float8 / 0'),
  s('float to numeric', "SELECT 0.1::float8::numeric a, 1e20::float8::numeric b, 'NaN'::float8::numeric c"),
  s(
    'real arithmetic type',
    'SELECT pg_typeof(1::real + 1::float8) a, pg_typeof(1::real * 2) b, pg_typeof(1::int + 1.5) c, pg_typeof(1::float4 + 1::numeric) d',
  ),
  s(
    'char padding',
    "SELECT 'ab'::char(4) a, length('ab'::char(4)) b, octet_length('ab'::char(4)) c, 'ab'::char(4) || 'x' d, 'ab  '::char(4) = 'ab'::char(2) e",
  ),
  s('char too long 22001', "SELECT 'abcde'::char(4)"),
  c('char column too long insert', 'CREATE TABLE t (c char(3))', "INSERT INTO t VALUES ('abcd')"),
  c(
    'char column trailing spaces ok',
    'CREATE TABLE t (c char(3))',
    "INSERT INTO t VALUES ('ab   ') RETURNING c, c = 'ab', c::text = 'ab', c LIKE 'ab', length(c)",
  ),
  s(
    'char comparison vs text',
    "SELECT 'a '::char(2) = 'a'::text a, 'a '::char(2)::text b, 'a'::char(3)::varchar c, 'a '::varchar = 'a'::varchar d",
  ),
  s('char default length 1', "SELECT 'abc'::char a, 'abc'::character b, pg_typeof('abc'::char) c"),
  s('bpchar unlimited', "SELECT 'ab  '::bpchar a, length('ab  '::bpchar) b"),
  s(
    'varchar explicit truncation',
    "SELECT 'abcdef'::varchar(3) a, 'abc   '::varchar(3) b, 'ab'::char(5)::varchar(3) c",
  ),
  c(
    'varchar insert trailing spaces truncates silently',
    'CREATE TABLE t (v varchar(3))',
    "INSERT INTO t VALUES ('abc   ') RETURNING v, length(v)",
  ),
  c(
    'varchar insert too long with non-space',
    'CREATE TABLE t (v varchar(3))',
    "INSERT INTO t VALUES ('abc  d')",
  ),
  c(
    'varchar update too long 22001',
    "CREATE TABLE t (v varchar(3)); INSERT INTO t VALUES ('a')",
    "UPDATE t SET v = v || 'bcd'",
  ),
  c(
    'varchar multibyte length',
    'CREATE TABLE t (v varchar(3))',
    "INSERT INTO t VALUES ('äöü') RETURNING v, length(v), octet_length(v)",
  ),
  s(
    'text vs name',
    "SELECT 'abc'::name a, pg_typeof('x'::name) b, length(repeat('x', 100)::name) c, 'abc'::name = 'abc'::text d",
  ),
  s('name truncation 63', "SELECT length(repeat('ab', 40)::name) n"),
  s(
    'bool input forms',
    "SELECT 't'::bool a, 'true'::bool b, 'y'::bool c, 'on'::bool d, '1'::bool e, 'f'::bool f, 'no'::bool g, 'OFF'::bool h, '0'::bool i, ' yes '::bool j",
  ),
  s('bool input ambiguous o', "SELECT 'o'::bool"),
  s('bool input partial prefixes', "SELECT 'tr'::bool a, 'fa'::bool b, 'ye'::bool c, 'of'::bool d"),
  s('bool bad input', "SELECT 'tru e'::bool"),
  s('bool to text', 'SELECT true::text a, false::varchar b, true::char(5) c'),
  s('bool int cast', 'SELECT 1::bool a, 0::bool b, 5::bool c, true::int d'),
  s('bool int8 cast fails', 'SELECT 1::int8::bool'),
  s(
    'bool comparisons',
    'SELECT true > false a, bool_and(x) b, bool_or(x) c FROM (VALUES (true), (NULL), (false)) v(x)',
  ),
  s(
    'uuid input forms',
    "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid a, '{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid b, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid c, 'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid d",
  ),
  s('uuid bad input', "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid"),
  s('uuid bad braces', "SELECT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid"),
  s('uuid bad group dash', "SELECT 'a0eebc99-9c0b4-ef8-bb6d-6bb9bd380a11'::uuid"),
  s(
    'uuid comparison order',
    "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid a, max(u::text) b FROM (VALUES ('00000000-0000-0000-0000-000000000001'::uuid)) v(u)",
  ),
  c('uuid param bad 22P02', 'CREATE TABLE t (u uuid)', {
    sql: 'INSERT INTO t VALUES ($1)',
    params: ['not-a-uuid'],
  }),
  c('uuid param upper', 'CREATE TABLE t (u uuid)', {
    sql: 'INSERT INTO t VALUES ($1) RETURNING u',
    params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'],
  }),
  s('uuid to text', "SELECT 'A0EEBC999C0B4EF8BB6D6BB9BD380A11'::uuid::text || '' s"),
  s(
    'bytea output hex',
    "SELECT '\\xdeadbeef'::bytea a, 'abc'::bytea b, '\\000'::bytea c, E'\\\\x41'::bytea d, length('\\xdeadbeef'::bytea) e",
  ),
  s('bytea escape input', "SELECT 'a\\\\b'::bytea a, 'a\\101'::bytea b"),
  s('bytea bad hex', "SELECT '\\xabc'::bytea"),
  c('bytea param buffer', 'CREATE TABLE t (b bytea)', {
    sql: 'INSERT INTO t VALUES ($1) RETURNING b, length(b)',
    params: [Buffer.from([0, 1, 255])],
  }),
  s(
    'bytea concat and functions',
    "SELECT '\\x01'::bytea || '\\x02'::bytea a, substring('\\x010203'::bytea from 2 for 1) b, encode('\\x0102'::bytea, 'hex') c, encode('ab'::bytea, 'base64') d, decode('YWI=', 'base64') e",
  ),
  s('money', "SELECT 12.345::money a, '$1,000.50'::money b, 1.5::money * 2 c"),
];
