// Round 17 probe, wire part C: every common built-in type's text output (PostgreSQL 15 docs chapter 8)
// as node-pg parses it (pg-types: int2/int4/oid/float4/float8 to numbers, int8 and numeric kept as
// strings, bool, dates and timestamps to Date, bytea to Buffer, json/jsonb parsed, arrays of those),
// timestamp vs timestamptz under session TimeZone settings, domains, enums, composite types.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 wire results: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const literals: [string, string[]][] = [
  ['int2', ['0', '-32768', '32767']],
  ['int4', ['-2147483648', '2147483647', '0']],
  ['int8', ['9223372036854775807', '-9223372036854775808', '9007199254740993', '0']],
  ['numeric', ['0', '1.50', '-0.000001', '123456789012345678901234567890.123', 'NaN', '1e-20', '1e20']],
  ['numeric(5,2)', ['1.005', '-0', '999.994']],
  ['float4', ['1.1', '3.4028235e38', '1.4e-45', 'NaN', 'Infinity', '-Infinity', '-0', '0.1']],
  [
    'float8',
    [
      '0.1',
      '1.7976931348623157e308',
      '5e-324',
      'NaN',
      'Infinity',
      '-Infinity',
      '-0',
      '1e21',
      '123456789.123456789',
      '1e-7',
    ],
  ],
  ['money', ['12.34', '-1.5', '1000000']],
  ['bool', ['t', 'f', 'yes', 'off']],
  ['text', ['', 'a\tb\nc', "quote's", 'back\\slash', 'ünï😀']],
  ['varchar(3)', ['abc', 'ab']],
  ['char(4)', ['ab', '']],
  ['name', ['abc']],
  ['bytea', ['\\x', '\\x00ff10', 'abc', '\\\\']],
  [
    'date',
    ['2024-02-29', '0001-01-01', '4713-01-01 BC', 'infinity', '-infinity', '294276-12-31', '1999-12-31'],
  ],
  ['time', ['00:00', '23:59:59.999999', '24:00:00', '12:34:56.5']],
  ['timetz', ['12:34:56+02', '00:00:00-12:30']],
  [
    'timestamp',
    [
      '2024-01-02 03:04:05.678912',
      '1970-01-01',
      'infinity',
      '-infinity',
      '0001-01-01 00:00:00 BC',
      '2024-03-10 02:30:00',
    ],
  ],
  [
    'timestamptz',
    [
      '2024-01-02 03:04:05.678912+00',
      '2024-07-01 12:00:00+05:30',
      'infinity',
      '1900-01-01 00:00:00+00',
      '2024-03-10 07:30:00+00',
    ],
  ],
  [
    'interval',
    ['1 year 2 mons 3 days 04:05:06.7', '-1 day', '0', 'P1Y2M', '1 mon -1 day', '100 hours', '-00:00:01'],
  ],
  ['uuid', ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}']],
  ['inet', ['192.168.0.1', '192.168.0.1/24', '::1', '10.0.0.0/8']],
  ['cidr', ['10.0.0.0/8', '2001:db8::/32']],
  ['macaddr', ['08:00:2b:01:02:03']],
  ['json', ['{"b": 1,  "a": [1, 2]}', '[1, 2.50, "x"]', '"s"', 'null', '{"a": 1, "a": 2}']],
  [
    'jsonb',
    [
      '{"b": 1,  "a": [1, 2]}',
      '[1, 2.50, "x"]',
      '"s"',
      'null',
      '{"a": 1, "a": 2}',
      '{"n": 1e3}',
      '"\\u00e9"',
    ],
  ],
  ['point', ['(1,2)']],
  ['int4range', ['[1,5)', '(1,5]', 'empty']],
  ['tstzrange', ['[2024-01-01 00:00+00,2024-02-01 00:00+00)']],
  ['oid', ['1234']],
  ['bit(4)', ['1010']],
  ['varbit', ['101']],
  ['xml', ['<a>1</a>']],
  ['tsvector', ['a fat cat']],
  ['int4[]', ['{1,2,3}', '{}', '{{1,2},{3,4}}', '{1,NULL}', '[0:1]={5,6}']],
  ['int8[]', ['{9223372036854775807}']],
  ['numeric[]', ['{1.50,NaN}']],
  ['float8[]', ['{0.1,NaN,Infinity}']],
  ['text[]', ['{a,"b c","d\\"e","f\\\\g",NULL,"NULL",""}', '{{a,b},{c,d}}']],
  ['varchar[]', ['{x,y}']],
  ['bool[]', ['{t,f,NULL}']],
  ['bytea[]', ['{"\\\\x0102"}']],
  ['date[]', ['{2024-01-01,infinity}']],
  ['timestamp[]', ['{"2024-01-01 01:02:03"}']],
  ['timestamptz[]', ['{"2024-01-01 01:02:03+00"}']],
  ['interval[]', ['{"1 day","2 hours"}']],
  ['uuid[]', ['{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}']],
  ['json[]', ['{"{\\"a\\": 1}"}']],
  ['jsonb[]', ['{"{\\"a\\": 1}",null}']],
  ['inet[]', ['{10.0.0.1,::1}']],
  ['char[]', ['{a,b}']],
  ['money[]', ['{1.50}']],
  ['time[]', ['{12:00:00}']],
  ['circle', ['<(1,2),3>']],
  ['macaddr8', ['08:00:2b:01:02:03:04:05']],
  ['cidr[]', ['{10.0.0.0/8}']],
  ['bit(2)[]', ['{10,01}']],
  ['point[]', ['{"(1,2)","(3,4)"}']],
  ['date', ['0099-01-01', '10000-01-01']],
  ['timestamptz', ['10000-01-01 00:00:00+00', '0099-06-01 00:00:00+00', '0001-01-01 00:00:00+00 BC']],
  ['timestamp', ['2024-01-01 00:00:00.000001', '0099-06-01 12:00:00']],
];
// A type listed twice numbers its literals on from the first listing's.
const numbered = new Map<string, number>();
for (const [type, inputs] of literals) {
  for (const input of inputs) {
    const number = (numbered.get(type) ?? 0) + 1;
    numbered.set(type, number);
    const literal = `'${input.replace(/'/g, "''")}'::${type}`;
    list.add(`${type} #${number}`, [`SELECT ${literal} AS v, (${literal})::text AS t`]);
  }
}

// Results of expressions whose type comes from the operation, not a literal.
q('count is int8', 'count(*)');
q('sum of int is int8', 'sum(x) FROM (VALUES (1), (2)) s(x)');
q('sum of int8 is numeric', 'sum(x::int8) FROM (VALUES (1), (2)) s(x)');
q('avg of int is numeric', 'avg(x) FROM (VALUES (1), (2)) s(x)');
q('int division', '7 / 2');
q('numeric division scale', '1::numeric / 3');
q('float division', '1::float8 / 3');
q('float4 arithmetic', '0.1::float4 + 0.2::float4');
q('float8 arithmetic', '0.1::float8 + 0.2::float8');
q('numeric literal type', '1.5');
q('integer literal beyond int4', '3000000000');
q('integer literal beyond int8', '10000000000000000000');
q('unknown literal', `'abc'`);
q('null literal', 'NULL');
q('now is timestamptz type', `pg_typeof(now())::text`);
q('date minus date', `'2024-03-01'::date - '2024-02-01'::date`);
q('timestamp minus timestamp', `'2024-03-01'::timestamp - '2024-02-01 12:00'::timestamp`);
q('age', `age('2024-03-01'::timestamp, '2023-01-15'::timestamp)`);
q('money times', `'1.50'::money * 3`);
q('gen_random_uuid type', 'pg_typeof(gen_random_uuid())::text');
q('row constructor', `ROW(1, 'a', NULL)`);
q('array of rows', `ARRAY[ROW(1, 'a')]`);
q('array_agg of text', `array_agg(x ORDER BY x) FROM (VALUES ('b'), ('a c')) s(x)`);
q('array_agg of int8', `array_agg(x::int8 ORDER BY x) FROM (VALUES (1), (2)) s(x)`);
q('array_agg of jsonb', `array_agg(x ORDER BY x) FROM (VALUES ('{"a":1}'::jsonb)) s(x)`);
q('json_agg', `json_agg(x ORDER BY x) FROM (VALUES (1), (2)) s(x)`);
q('jsonb_agg of rows', `jsonb_agg(s ORDER BY x) FROM (VALUES (1, 'a')) s(x, y)`);
q('to_json timestamptz', `to_json('2024-01-02 03:04:05.5+00'::timestamptz)`);
q('to_jsonb numeric', `to_jsonb(1.50::numeric)`);
q('jsonb big number', `'12345678901234567890'::jsonb`);
q('json big number', `'12345678901234567890.5'::json`);
q('jsonb ->> gives text', `'{"a": 1.50}'::jsonb ->> 'a'`);
q('jsonb -> number', `'{"a": 1.50}'::jsonb -> 'a'`);
q('bool from comparison', '1 < 2');
q('char type', `'x'::"char"`);
q('regclass output', `'pg_class'::regclass`);
q('regtype output', `'int4'::regtype`);
q('void result', 'pg_sleep(0)');
q('empty array typed', `'{}'::text[]`);
q('array with dims', `array_dims('[2:3]={1,2}'::int[])`);
q('bytea from decode', `decode('68656c6c6f', 'hex')`);
q('bytea escape output', `encode('\\x00ff'::bytea, 'escape')`);
q('numeric trailing zeros kept', `1.500::numeric(10,4)`);
q('float8 shortest repr', '1.1::float8 * 3');
q('float4 to float8', '1.1::float4::float8');
q('extract returns numeric', `extract(epoch FROM '2024-01-01 00:00:00.5+00'::timestamptz)`);
q('date_part returns float8', `date_part('epoch', '2024-01-01 00:00:00.5+00'::timestamptz)`);

// bytea_output setting.
list.add('bytea_output escape', [
  `SET bytea_output = 'escape'`,
  `SELECT '\\x00ff41'::bytea AS v, '\\x00ff41'::bytea::text AS t`,
]);

// Session TimeZone: timestamptz text follows it, timestamp does not.
const zones = [
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Europe/Berlin',
  '+05:30',
  'Australia/Lord_Howe',
  'PST8PDT',
];
zones.forEach((zone) => {
  list.add(`TimeZone ${zone}`, [
    `SET TimeZone = '${zone}'`,
    `SELECT '2024-01-15 12:00:00+00'::timestamptz AS a, '2024-07-15 12:00:00+00'::timestamptz::text AS b,
      '2024-01-15 12:00:00'::timestamp AS c, '2024-01-15 12:00:00'::timestamptz::text AS d,
      '2024-01-15 12:00:00+00'::timestamptz::timestamp AS e, '2024-01-15 12:00:00+00'::timestamptz::date AS f,
      '12:00:00'::timetz::text AS g, current_setting('TimeZone') AS h,
      to_char('2024-01-15 12:00:00+00'::timestamptz, 'YYYY-MM-DD HH24:MI TZ') AS i`,
  ]);
  list.add(`TimeZone ${zone} with parameter Date`, [
    `SET TimeZone = '${zone}'`,
    {
      sql: 'SELECT $1::timestamptz::text AS a, $1::timestamp::text AS b, $1::date::text AS c',
      params: [new Date(Date.UTC(2024, 0, 15, 23, 30))],
    },
  ]);
});
list.add('timestamptz array under TimeZone', [
  `SET TimeZone = 'Asia/Kolkata'`,
  `SELECT ARRAY['2024-01-15 12:00:00+00', '2024-07-15 00:00:00.5+00']::timestamptz[] AS a, ARRAY['2024-01-15 12:00:00']::timestamp[] AS b`,
]);
list.add('date and timestamp infinity under TimeZone', [
  `SET TimeZone = 'America/Los_Angeles'`,
  `SELECT 'infinity'::timestamptz AS a, '-infinity'::date AS b, 'infinity'::timestamp AS c`,
]);
list.add('SET TIME ZONE LOCAL', [`SET TIME ZONE LOCAL`, `SELECT current_setting('TimeZone') AS v`]);
list.add('SET TIME ZONE interval', [
  `SET TIME ZONE INTERVAL '+02:00' HOUR TO MINUTE`,
  `SELECT '2024-01-01 00:00+00'::timestamptz::text AS v`,
]);
list.add('SET TimeZone invalid', [`SET TimeZone = 'Mars/Olympus'`]);
list.add('AT TIME ZONE', [
  `SELECT ('2024-01-15 12:00:00+00'::timestamptz AT TIME ZONE 'America/New_York') AS a,
    ('2024-01-15 12:00:00'::timestamp AT TIME ZONE 'America/New_York') AS b`,
]);
list.add('DateStyle German', [
  `SET DateStyle = 'German, DMY'`,
  `SELECT '2024-01-15'::date::text AS a, '2024-01-15 01:02:03'::timestamp::text AS b`,
]);
list.add('DateStyle SQL', [
  `SET DateStyle = 'SQL, DMY'`,
  `SELECT '2024-01-15 01:02:03+00'::timestamptz::text AS a`,
]);
list.add('IntervalStyle iso_8601', [
  `SET IntervalStyle = 'iso_8601'`,
  `SELECT '1 day 2 hours'::interval AS a, '1 day 2 hours'::interval::text AS b`,
]);
list.add('IntervalStyle postgres_verbose', [
  `SET IntervalStyle = 'postgres_verbose'`,
  `SELECT '1 day 2 hours'::interval::text AS b`,
]);
list.add('extra_float_digits 0', [
  `SET extra_float_digits = 0`,
  `SELECT 0.1::float8 + 0.2::float8 AS a, 1.1::float4 AS b`,
]);
list.add('extra_float_digits 3', [`SET extra_float_digits = 3`, `SELECT 0.1::float8 AS a`]);

// Domains, enums, composite types.
const types = `CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE pair AS (a int, b text);
CREATE TABLE t (id int PRIMARY KEY, p posint, e email, m mood, pr pair, ms mood[]);
INSERT INTO t VALUES (1, 5, 'a@b', 'ok', ROW(1, 'x y'), '{sad,happy}')`;
list.add('domain over int parses as int', ['SELECT p AS v FROM t ORDER BY id'], types);
list.add('domain over text', ['SELECT e AS v FROM t ORDER BY id'], types);
list.add('enum output', ['SELECT m AS v, m::text AS t FROM t ORDER BY id'], types);
list.add('enum array output', ['SELECT ms AS v FROM t ORDER BY id'], types);
list.add('composite output', ['SELECT pr AS v, (pr).b AS b FROM t ORDER BY id'], types);
list.add('composite star', ['SELECT (pr).* FROM t ORDER BY id'], types);
list.add('domain check via parameter', [{ sql: 'INSERT INTO t (id, p) VALUES (2, $1)', params: [0] }], types);
list.add(
  'domain parameter ok',
  [{ sql: 'INSERT INTO t (id, p) VALUES (2, $1) RETURNING p AS v', params: ['7'] }],
  types,
);
list.add(
  'enum parameter',
  [{ sql: 'SELECT id AS v FROM t WHERE m = $1 ORDER BY id', params: ['ok'] }],
  types,
);
list.add(
  'enum parameter invalid',
  [{ sql: 'SELECT id AS v FROM t WHERE m = $1 ORDER BY id', params: ['meh'] }],
  types,
);
list.add(
  'enum array parameter',
  [{ sql: 'SELECT id AS v FROM t WHERE m = ANY($1) ORDER BY id', params: [['ok', 'sad']] }],
  types,
);
list.add('enum array parameter cast', [{ sql: 'SELECT $1::mood[] AS v', params: [['ok', 'sad']] }], types);
list.add('composite parameter', [{ sql: 'SELECT ($1::pair).b AS v', params: ['(1,"a b")'] }], types);
list.add(
  'enum ordering',
  ["SELECT x AS v FROM unnest(ARRAY['happy', 'sad', 'ok']::mood[]) x ORDER BY x"],
  types,
);
list.add('domain array', ['SELECT ARRAY[p] AS v FROM t ORDER BY id'], types);

export default list.cases;
