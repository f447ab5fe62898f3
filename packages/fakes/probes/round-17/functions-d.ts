// Round 17 probe, part D: PostgreSQL 15 docs 9.8 (to_char and to_number for numbers), 9.10 (enum
// support functions), 9.12 (network address functions and operators), 9.14 (UUID). Every output
// column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 functions: ');
const q = (name: string, expr: string) => list.select(name, expr);
const s = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- 9.8 to_char numbers
q('to_char 99.99 fraction', `to_char(-0.1, '99.99')`);
q('to_char FM999', `to_char(-0.1, 'FM9.99')`);
q('to_char 0.1 9.9', `to_char(0.1, '0.9')`);
q('to_char 0000', `to_char(12, '9990999.9')`);
q('to_char FM0000', `to_char(12, 'FM9990999.9')`);
q('to_char 999', `to_char(485, '999')`);
q('to_char negative 999', `to_char(-485, '999')`);
q('to_char 9 9 9', `to_char(485, '9 9 9')`);
q('to_char comma', `to_char(1485, '9,999')`);
q('to_char G', `to_char(1485, '9G999')`);
q('to_char D', `to_char(148.5, '999.999')`);
q('to_char FM D', `to_char(148.5, 'FM999.999')`);
q('to_char FM990', `to_char(148.5, 'FM999.990')`);
q('to_char 999D999', `to_char(148.5, '999D999')`);
q('to_char G D', `to_char(3148.5, '9G999D999')`);
q('to_char MI', `to_char(-485, '999MI')`);
q('to_char MI positive', `to_char(485, '999MI')`);
q('to_char FMMI positive', `to_char(485, 'FM999MI')`);
q('to_char PL', `to_char(485, 'PL999')`);
q('to_char SG', `to_char(485, 'SG999')`);
q('to_char SG negative', `to_char(-485, 'SG999')`);
q('to_char leading minus 9SG99', `to_char(-485, '9SG99')`);
q('to_char S leading', `to_char(-485, 'S999')`);
q('to_char S trailing', `to_char(485, '999S')`);
q('to_char S trailing negative', `to_char(-485, '999S')`);
q('to_char FMS', `to_char(485, 'FMS999')`);
q('to_char PR', `to_char(-485, '999PR')`);
q('to_char PR positive', `to_char(485, '999PR')`);
q('to_char FM PR', `to_char(-485, 'FM999PR')`);
q('to_char L', `to_char(485, 'L999')`);
q('to_char RN', `to_char(485, 'RN')`);
q('to_char FMRN', `to_char(485, 'FMRN')`);
q('to_char rn lower', `to_char(1999, 'rn')`);
q('to_char RN zero', `to_char(0, 'RN')`);
q('to_char RN 4000', `to_char(4000, 'RN')`);
q('to_char RN 3999', `to_char(3999, 'FMRN')`);
q('to_char RN fraction', `to_char(4.6, 'FMRN')`);
q('to_char RN negative', `to_char(-5, 'RN')`);
q('to_char V', `to_char(12, '99V999')`);
q('to_char V fraction', `to_char(12.4, '99V999')`);
q('to_char V 9', `to_char(12.45, '99V9')`);
q('to_char V with decimal errors', `to_char(12.45, '99.9V9')`);
q('to_char TH', `to_char(482, '999th')`);
q('to_char TH upper', `to_char(482, '999TH')`);
q('to_char TH teens', `to_char(11, 'FM99TH')`);
q(
  'to_char TH 1 2 3',
  `ARRAY[to_char(1, 'FM9th'), to_char(2, 'FM9th'), to_char(3, 'FM9th'), to_char(4, 'FM9th'), to_char(12, 'FM99th'), to_char(13, 'FM99th'), to_char(21, 'FM99th'), to_char(22, 'FM99th'), to_char(23, 'FM99th'), to_char(101, 'FM999th'), to_char(111, 'FM999th')]`,
);
q('to_char TH negative', `to_char(-1, 'FM9th')`);
q('to_char literal text', `to_char(485, '"Good number:"999')`);
q('to_char literal text numeric', `to_char(485.8, '"Pre:"999" Post:" .999')`);
q('to_char EEEE', `to_char(0.0004859, '9.99EEEE')`);
q('to_char EEEE large', `to_char(12345678, '9.99EEEE')`);
q('to_char EEEE negative', `to_char(-12345678, '9.99EEEE')`);
q('to_char EEEE no decimals', `to_char(12345, '9EEEE')`);
q('to_char EEEE zero', `to_char(0, '9.99EEEE')`);
q('to_char EEEE float', `to_char(1.5e300::float8, '9.99EEEE')`);
q('to_char EEEE bad format errors', `to_char(12345, '99.99EEEE9')`);
q('to_char EEEE with comma errors', `to_char(12345, '9,999EEEE')`);
q('to_char overflow hash', `to_char(12345, '999')`);
q('to_char overflow with decimal', `to_char(12345.6, '99.9')`);
q('to_char float8', `to_char(125.8::real, '999D9')`);
q('to_char float8 round', `to_char(0.125::float8, '9.99')`);
q('to_char numeric round half', `to_char(0.125, '9.99')`);
q('to_char numeric negative round', `to_char(-0.125, '9.99')`);
q('to_char int8', `to_char(9223372036854775807, '9999999999999999999')`);
q('to_char int8 FM', `to_char(-9223372036854775808, 'FM9999999999999999999')`);
q('to_char empty format', `to_char(1, '')`);
q('to_char format without digits', `to_char(1, 'abc')`);
q('to_char zero 9', `to_char(0, '999')`);
q('to_char zero FM9', `to_char(0, 'FM999')`);
q('to_char zero FM9.9', `to_char(0, 'FM9.9')`);
q('to_char zero 0.00', `to_char(0, '0.00')`);
q('to_char fraction only', `to_char(0.5, '.99')`);
q('to_char fraction only negative', `to_char(-0.5, '.99')`);
q('to_char negative zero leading', `to_char(-0.5, '0.99')`);
q('to_char many zeros', `to_char(5, '00000')`);
q('to_char mixed 0 9', `to_char(5, '9090')`);
q('to_char nan', `to_char('NaN'::numeric, '999.99')`);
q('to_char infinity numeric', `to_char('Infinity'::numeric, '999.99')`);
q('to_char infinity float', `to_char('Infinity'::float8, '999.99')`);
q('to_char nan float', `to_char('NaN'::float8, '9.99')`);
q('to_char nan EEEE', `to_char('NaN'::numeric, '9.99EEEE')`);
q('to_char int', `to_char(12345, '99999')`);
q('to_char int with FM trailing zeros', `to_char(10, 'FM9990.00')`);
q('to_char B fill', `to_char(123, 'B999')`);
q('to_char two decimal points errors', `to_char(1, '9.9.9')`);
q('to_char MI twice errors', `to_char(1, 'MI9MI')`);
q('to_char S and PR errors', `to_char(1, 'S9PR')`);
q('to_char S and MI errors', `to_char(-1, 'S9MI')`);
q('to_char PL and MI', `to_char(-1, 'PL9MI')`);
q('to_char TH with RN', `to_char(5, 'RNth')`);
q('to_char lowercase letters', `to_char(-12.5, 'fm99d9mi')`);
q('to_char numeric big', `to_char(123456789012345678901234567890.12, 'FM999999999999999999999999999999.99')`);
q('to_char numeric many fraction digits', `to_char(1.123456789012345, '9.999999999999999')`);
q('to_char float8 precision', `to_char(1.123456789012345::float8, '9.999999999999999')`);
q('to_char null', `to_char(NULL::numeric, '9') IS NULL`);
q('to_char null format', `to_char(1, NULL) IS NULL`);
q('to_char money', `to_char(12.5::money, '999.99')`);
q('to_char int2', `to_char(5::int2, '99')`);
q('to_char V zero', `to_char(1, '9V')`);
q('to_char 9 after decimal with FM', `to_char(1.10, 'FM9.99')`);
q('to_char FM0 after decimal', `to_char(1.10, 'FM9.09')`);
q('to_char leading 0 then FM', `to_char(1, 'FM009')`);
q('to_char sign position with zeros', `to_char(-5, '000')`);
q('to_char sign with S zeros', `to_char(-5, 'S000')`);
q('to_char group separator with padding', `to_char(5, '9,999')`);
q('to_char group separator with zeros', `to_char(5, '0,000')`);

q('to_number', `to_number('12,454.8-', '99G999D9S')`);
q('to_number simple', `to_number('12345', '99999')`);
q('to_number decimal', `to_number('123.45', '999.99')`);
q('to_number fewer digits', `to_number('123.456', '999.99')`);
q('to_number more format', `to_number('12', '99999')`);
q('to_number comma', `to_number('1,234', '9,999')`);
q('to_number leading spaces', `to_number('  42', '9999')`);
q('to_number MI', `to_number('42-', '99MI')`);
q('to_number PR', `to_number('<42>', '99PR')`);
q('to_number S leading', `to_number('-42', 'S99')`);
q('to_number L', `to_number('$42', 'L99')`);
q('to_number dollar sign literal', `to_number('$1,234.50', 'L9,999.99')`);
q('to_number FM', `to_number('42', 'FM99')`);
q('to_number garbage', `to_number('abc', '999')`);
q('to_number empty', `to_number('', '999')`);
q('to_number too many digits', `to_number('12345', '99')`);
q('to_number V', `to_number('1234', '99V99')`);
q('to_number EEEE', `to_number('1.2E+03', '9.9EEEE')`);
q('to_number RN', `to_number('XIV', 'RN')`);
q('to_number type', `pg_typeof(to_number('1', '9'))::text`);
q('to_number scale', `to_number('1.5', '9.999')`);
q('to_number negative minus prefix', `to_number('-1.5', '9.9')`);
q('to_number minus with 0', `to_number('-01', '00')`);
q('to_number TH', `to_number('12th', '99th')`);
q('to_number null', `to_number(NULL, '99') IS NULL`);
q('to_number format with letters', `to_number('a12', 'x99')`);
q('to_number G D', `to_number('1.234,5', '9G999D9')`);

// ---------------------------------------------------------------- 9.10 enum functions
const rainbow = `CREATE TYPE rainbow AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')`;
s('enum_first', ['SELECT enum_first(null::rainbow) AS v'], rainbow);
s('enum_last', ['SELECT enum_last(null::rainbow) AS v'], rainbow);
s('enum_range', ['SELECT enum_range(null::rainbow) AS v'], rainbow);
s('enum_range bounds', [`SELECT enum_range('orange'::rainbow, 'green'::rainbow) AS v`], rainbow);
s('enum_range null low', [`SELECT enum_range(NULL, 'green'::rainbow) AS v`], rainbow);
s('enum_range null high', [`SELECT enum_range('orange'::rainbow, NULL) AS v`], rainbow);
s('enum_range reversed', [`SELECT enum_range('green'::rainbow, 'orange'::rainbow) AS v`], rainbow);
s('enum_range same', [`SELECT enum_range('green'::rainbow, 'green'::rainbow) AS v`], rainbow);
s('enum_range text', ['SELECT enum_range(null::rainbow)::text AS v'], rainbow);
s('enum_first typeof', ['SELECT pg_typeof(enum_first(null::rainbow))::text AS v'], rainbow);
s('enum_range typeof', ['SELECT pg_typeof(enum_range(null::rainbow))::text AS v'], rainbow);
s('enum_first ignores value', [`SELECT enum_first('blue'::rainbow) AS v`], rainbow);
s('enum_first on text errors', [`SELECT enum_first('blue'::text) AS v`], rainbow);
s('enum_first unknown errors', [`SELECT enum_first(NULL) AS v`], rainbow);
s(
  'enum_range unnest',
  ['SELECT x::text AS v FROM unnest(enum_range(null::rainbow)) WITH ORDINALITY AS t(x, n) ORDER BY n'],
  rainbow,
);
s('enum comparisons', [`SELECT ARRAY['red'::rainbow < 'blue', 'purple'::rainbow > 'green'] AS v`], rainbow);
s('enum invalid value', [`SELECT 'pink'::rainbow AS v`], rainbow);
s('enum greatest', [`SELECT greatest('red'::rainbow, 'blue'::rainbow) AS v`], rainbow);
s('enum max', [`SELECT max(x) AS v FROM unnest(ARRAY['red', 'blue', 'green']::rainbow[]) x`], rainbow);
s('enum empty range', ['SELECT enum_range(null::e) AS v'], `CREATE TYPE e AS ENUM ()`);
s('enum empty first', ['SELECT enum_first(null::e) IS NULL AS v'], `CREATE TYPE e AS ENUM ()`);
s(
  'enum after add value',
  ['SELECT enum_range(null::rainbow)::text AS v'],
  `${rainbow}; ALTER TYPE rainbow ADD VALUE 'indigo' BEFORE 'purple'`,
);
s(
  'enum after add value last',
  ['SELECT enum_last(null::rainbow) AS v'],
  `${rainbow}; ALTER TYPE rainbow ADD VALUE 'ultra'`,
);
s(
  'enum after rename value',
  ['SELECT enum_range(null::rainbow)::text AS v'],
  `${rainbow}; ALTER TYPE rainbow RENAME VALUE 'red' TO 'crimson'`,
);
s(
  'enum order by',
  ['SELECT c::text AS v FROM t ORDER BY c'],
  `${rainbow}; CREATE TABLE t (c rainbow); INSERT INTO t VALUES ('blue'), ('red'), ('green')`,
);
s('enum to text concat', [`SELECT 'red'::rainbow || '!' AS v`], rainbow);
s('enum cast from text column', [`SELECT 'blue'::text::rainbow AS v`], rainbow);
s('enum compare with text errors', [`SELECT 'red'::rainbow = 'red'::text AS v`], rainbow);

// ---------------------------------------------------------------- 9.12 network
q('inet less', `inet '192.168.1.5' < inet '192.168.1.6'`);
q('inet less equal', `inet '192.168.1.5' <= inet '192.168.1.5'`);
q('inet equal', `inet '192.168.1.5' = inet '192.168.1.5'`);
q('inet greater equal', `inet '192.168.1.5' >= inet '192.168.1.5'`);
q('inet greater', `inet '192.168.1.5' > inet '192.168.1.4'`);
q('inet not equal', `inet '192.168.1.5' <> inet '192.168.1.4'`);
q('inet compare masks', `inet '192.168.1.5/24' < inet '192.168.1.5/25'`);
q('inet compare families', `inet '10.0.0.1' < inet '::1'`);
q('inet contained by', `inet '192.168.1.5' << inet '192.168.1/24'`);
q('inet contained by self', `inet '192.168.1/24' << inet '192.168.1/24'`);
q('inet contained or equal', `inet '192.168.1/24' <<= inet '192.168.1/24'`);
q('inet contains', `inet '192.168.1/24' >> inet '192.168.1.5'`);
q('inet contains or equal', `inet '192.168.1/24' >>= inet '192.168.1/24'`);
q('inet overlaps', `inet '192.168.1/24' && inet '192.168.1.80/28'`);
q('inet overlaps not', `inet '192.168.1/24' && inet '192.168.2.0/28'`);
q('inet bitwise not', `~ inet '192.168.1.6'`);
q('inet bitwise and', `inet '192.168.1.6' & inet '0.0.0.255'`);
q('inet bitwise or', `inet '192.168.1.6' | inet '0.0.0.255'`);
q('inet plus', `inet '192.168.1.6' + 25`);
q('inet plus overflow', `inet '255.255.255.255' + 1`);
q('int plus inet', `200 + inet '::ffff:fff0:1'`);
q('inet minus int', `inet '192.168.1.43' - 36`);
q('inet minus inet', `inet '192.168.1.43' - inet '192.168.1.19'`);
q('inet minus inet family mismatch', `inet '192.168.1.43' - inet '::1'`);
q('inet minus underflow', `inet '0.0.0.0' - 1`);
q('inet and family mismatch', `inet '10.0.0.1' & inet '::1'`);
q('inet plus keeps mask', `inet '192.168.1.6/24' + 300`);
q('inet ipv6 plus', `inet '::1' + 65535`);
q('inet ipv6 minus', `inet '::1' - inet '::'`);
q('abbrev inet', `abbrev(inet '10.1.0.0/16')`);
q('abbrev inet host', `abbrev(inet '10.1.0.0/32')`);
q('abbrev cidr', `abbrev(cidr '10.1.0.0/16')`);
q('abbrev cidr 8', `abbrev(cidr '10.0.0.0/8')`);
q('abbrev cidr ipv6', `abbrev(cidr '2001:db8::/32')`);
q('broadcast', `broadcast(inet '192.168.1.5/24')`);
q('broadcast ipv6', `broadcast(inet '2001:db8::1/64')`);
q('family', `ARRAY[family(inet '::1'), family(inet '10.0.0.1')]`);
q('host', `host(inet '192.168.1.0/24')`);
q('host ipv6', `host(inet '2001:db8::1/64')`);
q('hostmask', `hostmask(inet '192.168.23.20/30')`);
q('hostmask ipv6', `hostmask(inet '2001:db8::/120')`);
q('inet_merge', `inet_merge(inet '192.168.1.5/24', inet '192.168.2.5/24')`);
q('inet_merge mixed family errors', `inet_merge(inet '192.168.1.5/24', inet '::1')`);
q(
  'inet_same_family',
  `ARRAY[inet_same_family(inet '192.168.1.5/24', inet '::1'), inet_same_family(inet '10.0.0.1', inet '10.0.0.2')]`,
);
q('masklen', `masklen(inet '192.168.1.5/24')`);
q('masklen host', `masklen(inet '192.168.1.5')`);
q('masklen ipv6', `masklen(inet '::1')`);
q('netmask', `netmask(inet '192.168.1.5/24')`);
q('netmask ipv6', `netmask(inet '2001:db8::/48')`);
q('network', `network(inet '192.168.1.5/24')`);
q('set_masklen inet', `set_masklen(inet '192.168.1.5/24', 16)`);
q('set_masklen cidr', `set_masklen(cidr '192.168.1.0/24', 16)`);
q('set_masklen cidr widen', `set_masklen(cidr '192.168.0.0/16', 24)`);
q('set_masklen out of range', `set_masklen(inet '192.168.1.5/24', 33)`);
q('set_masklen minus one', `set_masklen(inet '192.168.1.5/24', -1)`);
q('set_masklen ipv6', `set_masklen(inet '::1', 64)`);
q('text of inet', `text(inet '192.168.1.5')`);
q('text of cidr', `text(cidr '192.168.1.0/24')`);
q('inet output drops /32', `inet '192.168.1.5/32'`);
q('inet cast to text keeps /32', `inet '192.168.1.5'::text`);
q('cidr output keeps mask', `cidr '192.168.1.0/24'`);
q('cidr abbreviated input', `cidr '192.168.1'`);
q('cidr class a input', `cidr '10'`);
q('cidr bits right of mask errors', `cidr '192.168.1.5/24'`);
q('inet bad input', `inet '300.1.1.1'`);
q('inet bad mask', `inet '10.0.0.1/33'`);
q('inet ipv6 compressed output', `inet '2001:0db8:0000:0000:0000:0000:0000:0001'`);
q('inet ipv4 mapped', `inet '::ffff:1.2.3.4'`);
q('inet to cidr', `inet '192.168.1.5/24'::cidr`);
q('cidr to inet', `cidr '192.168.1.0/24'::inet`);
q('inet_client_addr null', `inet_client_addr() IS NULL OR true`);
q('macaddr input', `macaddr '08:00:2b:01:02:03'`);
q('macaddr input dash', `macaddr '08-00-2b-01-02-03'`);
q('macaddr input dot', `macaddr '0800.2b01.0203'`);
q('macaddr input nodelim', `macaddr '08002b010203'`);
q('macaddr input bad', `macaddr '08:00:2b:01:02'`);
q('trunc macaddr', `trunc(macaddr '12:34:56:78:90:ab')`);
q('macaddr8 input', `macaddr8 '08:00:2b:01:02:03:04:05'`);
q('macaddr8 from 6 bytes', `macaddr8 '08:00:2b:01:02:03'`);
q('trunc macaddr8', `trunc(macaddr8 '12:34:56:78:90:ab:cd:ef')`);
q('macaddr8_set7bit', `macaddr8_set7bit(macaddr8 '00:34:56:ab:cd:ef')`);
q(
  'macaddr bitwise',
  `ARRAY[~ macaddr '00:00:00:00:00:ff', macaddr '12:34:56:78:90:ab' & macaddr 'ff:ff:ff:00:00:00', macaddr '12:34:56:78:90:ab' | macaddr '00:00:00:ff:ff:ff']::text`,
);
q('macaddr compare', `macaddr '08:00:2b:01:02:03' < macaddr '08:00:2b:01:02:04'`);
q(
  'inet order',
  `(SELECT array_agg(x ORDER BY x) FROM (VALUES (inet '10.0.0.1'), (inet '::1'), (inet '10.0.0.0/8'), (inet '9.0.0.1')) t(x))::text`,
);
q('inet typeof plus', `pg_typeof(inet '1.2.3.4' + 1)::text`);
q('cidr plus typeof', `pg_typeof(cidr '10.0.0.0/8' + 1)::text`);
q('inet text cast with mask', `'10.0.0.1/8'::inet::text`);
q('host of cidr', `host(cidr '10.0.0.0/8')`);

// ---------------------------------------------------------------- 9.14 UUID
q('uuid input', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q('uuid input upper', `'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid`);
q('uuid input braces', `'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid`);
q('uuid input no hyphens', `'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid`);
q('uuid input odd hyphens', `'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid`);
q('uuid input bad', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid`);
q('uuid input bad char', `'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
q(
  'uuid compare',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`,
);
q('gen_random_uuid version', `substr(gen_random_uuid()::text, 15, 1)`);
q('gen_random_uuid variant', `substr(gen_random_uuid()::text, 20, 1) IN ('8', '9', 'a', 'b')`);
q('gen_random_uuid length', `length(gen_random_uuid()::text)`);
q('gen_random_uuid type', `pg_typeof(gen_random_uuid())::text`);
q('gen_random_uuid distinct', `gen_random_uuid() <> gen_random_uuid()`);
q('uuid to text', `'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid::text`);
q('uuid_generate_v4 needs extension', `uuid_generate_v4() IS NOT NULL`);
q('uuidv4 is pg18', `uuidv4() IS NOT NULL`);
q('uuidv7 is pg18', `uuidv7() IS NOT NULL`);
q('uuid_extract_version is pg17', `uuid_extract_version('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`);
q(
  'uuid max',
  `(SELECT max(x::text) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), ('00000000-0000-0000-0000-000000000000')) t(x))`,
);
q('uuid cast to bytea errors', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::bytea`);
q('uuid md5 cast', `md5('x')::uuid`);

export default list.cases;
