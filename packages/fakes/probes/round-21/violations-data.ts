// Round 21 probe (h119), violations part 4: data exceptions (class 22) a repository meets when
// writing: 22001 string too long, 22003 out of range, 22P02 invalid text with parameters sent as
// text through node-pg, 22007/22008 datetime, 22012 division by zero, 2200H sequence limits,
// 22023/22004/22P05 where a write produces them (PostgreSQL 15 docs 8.3, 8.1, 9.17, Appendix A).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: data: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- 22001 string lengths
const S = `CREATE TABLE s (id int, v varchar(5), c char(3), b varchar, vb bit varying(3), arr varchar(2)[]);`;
const LEN: readonly (readonly [string, string, string])[] = [
  ['varchar 6 chars', 'v', "'abcdef'"],
  ['varchar trailing spaces trimmed', 'v', "'abcde   '"],
  ['varchar trailing spaces beyond non-space', 'v', "'abcd  x'"],
  ['varchar multibyte 5 ok', 'v', "'ééééé'"],
  ['varchar multibyte 6', 'v', "'éééééé'"],
  ['varchar emoji 6', 'v', "'😀😀😀😀😀😀'"],
  ['varchar tab not trimmed', 'v', "E'abcde\\t'"],
  ['char 4 chars', 'c', "'abcd'"],
  ['char trailing spaces ok', 'c', "'ab     '"],
  ['char multibyte', 'c', "'äöüß'"],
  ['unbounded varchar huge ok', 'b', "repeat('z', 10000)"],
  ['varbit too long', 'vb', "B'1111'"],
  ['array element too long', 'arr', "ARRAY['abc']"],
  ['array element trailing space ok', 'arr', "ARRAY['ab  ']"],
  ['varchar from int', 'v', '123456'],
  ['varchar from numeric', 'v', '1.23456'],
  ['varchar from boolean', 'v', 'true'],
  ['varchar from date', 'v', "'2024-01-01'::date"],
];
for (const [label, col, value] of LEN) {
  add(`22001 insert ${label}`, [`INSERT INTO s (id, ${col}) VALUES (1, ${value}) RETURNING ${col}`], S);
  add(
    `22001 update ${label}`,
    ['INSERT INTO s (id) VALUES (1)', `UPDATE s SET ${col} = ${value} RETURNING ${col}`],
    S,
  );
}
for (const value of ['abcdef', 'abcde   ', 'ééééé', 'éééééé', 'abc', '']) {
  add(
    `22001 param varchar ${JSON.stringify(value)}`,
    [withParams('INSERT INTO s (id, v) VALUES ($1, $2) RETURNING v', 1, value)],
    S,
  );
  add(
    `22001 param char ${JSON.stringify(value)}`,
    [withParams('INSERT INTO s (id, c) VALUES ($1, $2) RETURNING c', 1, value)],
    S,
  );
}
add(
  '22001 explicit cast in insert truncates',
  ["INSERT INTO s (id, v) VALUES (1, 'abcdefgh'::varchar(5)) RETURNING v"],
  S,
);
add(
  '22001 explicit cast param truncates',
  [withParams('INSERT INTO s (id, v) VALUES (1, $1::varchar(5)) RETURNING v', 'abcdefgh')],
  S,
);
add('22001 explicit cast char(3) truncates', [
  "SELECT 'abcdef'::char(3) AS v, length('abcdef'::char(3)) AS n",
]);
add('22001 explicit cast varchar(2) multibyte', ["SELECT '日本語'::varchar(2) AS v"]);
add('22001 insert select too long', ["INSERT INTO s (id, v) SELECT 1, 'abcdefg'"], S);
add(
  '22001 insert select cast column',
  [
    'CREATE TABLE src (t text)',
    "INSERT INTO src VALUES ('abcdefgh')",
    'INSERT INTO s (id, v) SELECT 1, t FROM src',
  ],
  S,
);
add(
  '22001 upsert do update too long',
  [
    "INSERT INTO s (id, v) VALUES (1, 'a')",
    'CREATE UNIQUE INDEX ON s (id)',
    "INSERT INTO s (id, v) VALUES (1, 'b') ON CONFLICT (id) DO UPDATE SET v = s.v || 'bcdefg'",
  ],
  S,
);
add('22001 update concat grows', ["INSERT INTO s (id, v) VALUES (1, 'abc')", 'UPDATE s SET v = v || v'], S);
add('22001 default too long', [
  'CREATE TABLE dl (v varchar(2) DEFAULT $$abc$$)',
  'INSERT INTO dl DEFAULT VALUES',
]);
add(
  '22001 alter column type shorter',
  ["INSERT INTO s (id, b) VALUES (1, 'abcdef')", 'ALTER TABLE s ALTER b TYPE varchar(3)'],
  S,
);
add(
  '22001 alter column type shorter using truncation',
  [
    "INSERT INTO s (id, b) VALUES (1, 'abcdef')",
    'ALTER TABLE s ALTER b TYPE varchar(3) USING b::varchar(3)',
    'SELECT b FROM s',
  ],
  S,
);
add('22001 plpgsql variable too long', ["DO $$ DECLARE x varchar(2); BEGIN x := 'abc'; END $$"]);
add('22001 plpgsql variable cast truncates', [
  "DO $$ DECLARE x varchar(2); BEGIN x := 'abc'::varchar(2); RAISE NOTICE '%', x; END $$",
]);
add('22001 function arg varchar(n) not enforced', [
  'CREATE FUNCTION ff(x varchar(2)) RETURNS text LANGUAGE sql AS $$ SELECT x $$',
  "SELECT ff('abcdef') AS v",
]);
add(
  '22001 returning length of char',
  ["INSERT INTO s (id, c) VALUES (1, 'a') RETURNING c, length(c) AS n, octet_length(c) AS o"],
  S,
);
add(
  '22001 char comparison ignores padding',
  ["INSERT INTO s (id, c) VALUES (1, 'a')", "SELECT count(*) AS n FROM s WHERE c = 'a  '"],
  S,
);
add('22001 bit exact length', ['CREATE TABLE bt (b bit(3))', "INSERT INTO bt VALUES (B'11')"]);
add('22001 bit cast pads', ["SELECT B'11'::bit(3) AS v, B'1111'::bit(3) AS w"]);
add('22001 varbit cast truncates', ["SELECT B'10101'::bit varying(3) AS v"]);
add(
  '22001 multi row second too long nothing inserted',
  ["INSERT INTO s (id, v) VALUES (1, 'a'), (2, 'abcdefgh')", 'SELECT count(*) AS n FROM s'],
  S,
);

// ---------------------------------------------------------------- 22003 out of range on write
const N = `CREATE TABLE n (i2 smallint, i4 int, i8 bigint, nm numeric(5,2), n0 numeric(3), r real, f float8);`;
const RANGE: readonly (readonly [string, string])[] = [
  ['i2', '32768'],
  ['i2', '-32769'],
  ['i2', '32767'],
  ['i2', '32767.5'],
  ['i2', '-32768.5'],
  ['i4', '2147483648'],
  ['i4', '-2147483649'],
  ['i4', '2147483647.4'],
  ['i4', '2147483647.5'],
  ['i8', '9223372036854775808'],
  ['i8', '-9223372036854775809'],
  ['i8', '9223372036854775807'],
  ['nm', '999.99'],
  ['nm', '999.995'],
  ['nm', '1000'],
  ['nm', '-999.994'],
  ['nm', '0.001'],
  ['n0', '999'],
  ['n0', '999.5'],
  ['n0', '-1000'],
  ['r', '1e39'],
  ['r', '1e-46'],
  ['r', "'Infinity'"],
  ['f', '1e308'],
  ['f', "'1e309'"],
  ['f', "'NaN'"],
  ['nm', "'NaN'"],
  ['nm', "'Infinity'"],
  ['i4', "'Infinity'::float8"],
  ['i4', "'NaN'::numeric"],
];
for (const [col, value] of RANGE) {
  add(`22003 insert ${col} ${value}`, [`INSERT INTO n (${col}) VALUES (${value}) RETURNING ${col}`], N);
}
const RANGE_PARAMS: readonly (readonly [string, string])[] = [
  ['i2', '32768'],
  ['i2', '1e3'],
  ['i2', '12.0'],
  ['i4', '2147483648'],
  ['i4', '  42  '],
  ['i4', '+7'],
  ['i4', '0x10'],
  ['i4', '1_000'],
  ['i8', '9223372036854775808'],
  ['nm', '1000'],
  ['nm', '12.345'],
  ['nm', '1e2'],
  ['nm', '  5 '],
  ['n0', '1e3'],
  ['r', '3.4e39'],
  ['f', '1e400'],
  ['f', '-0'],
  ['nm', 'NaN'],
  ['nm', 'inf'],
  ['f', 'infinity'],
];
for (const [col, value] of RANGE_PARAMS) {
  add(
    `22003 param ${col} ${JSON.stringify(value)}`,
    [withParams(`INSERT INTO n (${col}) VALUES ($1) RETURNING ${col}`, value)],
    N,
  );
}
add(
  '22003 param number js value',
  [withParams('INSERT INTO n (i4) VALUES ($1) RETURNING i4', 3000000000)],
  N,
);
add('22003 param js float into int', [withParams('INSERT INTO n (i4) VALUES ($1) RETURNING i4', 1.5)], N);
add(
  '22003 param bigint string into i8',
  [withParams('INSERT INTO n (i8) VALUES ($1) RETURNING i8', '-9223372036854775808')],
  N,
);
add(
  '22003 update arithmetic overflow',
  ['INSERT INTO n (i4) VALUES (2147483647)', 'UPDATE n SET i4 = i4 + 1'],
  N,
);
add('22003 update smallint multiply', ['INSERT INTO n (i2) VALUES (200)', 'UPDATE n SET i2 = i2 * i2'], N);
add(
  '22003 update numeric scaled overflow',
  ['INSERT INTO n (nm) VALUES (500)', 'UPDATE n SET nm = nm * 2'],
  N,
);
add(
  '22003 insert select sum overflow int',
  [
    'CREATE TABLE big (v int)',
    'INSERT INTO big VALUES (2147483647), (1)',
    'INSERT INTO n (i4) SELECT sum(v) FROM big',
  ],
  N,
);
add('22003 sum bigint to int column', ['INSERT INTO n (i4) SELECT 3000000000::bigint'], N);
add('22003 serial overflow nextval', [
  'CREATE TABLE so (id serial, v int)',
  "SELECT setval('so_id_seq', 2147483647)",
  'INSERT INTO so (v) VALUES (1)',
]);
add('22003 smallserial overflow', [
  'CREATE TABLE so (id smallserial, v int)',
  "SELECT setval('so_id_seq', 32767)",
  'INSERT INTO so (v) VALUES (1)',
]);
add('2200H identity maxvalue reached', [
  'CREATE TABLE so (id int GENERATED ALWAYS AS IDENTITY (MAXVALUE 2), v int)',
  'INSERT INTO so (v) VALUES (1), (2)',
  'INSERT INTO so (v) VALUES (3)',
]);
add('2200H sequence minvalue descending', [
  'CREATE SEQUENCE r21_h119_desc INCREMENT -1 MINVALUE 1 MAXVALUE 2 START 2',
  "SELECT nextval('r21_h119_desc') AS a, nextval('r21_h119_desc') AS b",
  "SELECT nextval('r21_h119_desc')",
]);
add('2200H sequence cycle ok', [
  'CREATE SEQUENCE r21_h119_cyc MAXVALUE 2 CYCLE',
  "SELECT nextval('r21_h119_cyc') AS a, nextval('r21_h119_cyc') AS b, nextval('r21_h119_cyc') AS c",
]);
add('22003 setval beyond max', [
  'CREATE SEQUENCE r21_h119_sv MAXVALUE 10',
  "SELECT setval('r21_h119_sv', 11)",
]);
add('22003 identity column int overflow via sequence', [
  'CREATE TABLE so (id smallint GENERATED BY DEFAULT AS IDENTITY, v int)',
  "SELECT setval(pg_get_serial_sequence('so', 'id'), 32767)",
  'INSERT INTO so (v) VALUES (1)',
]);
add('22003 numeric precision error detail', ['SELECT 12345.678::numeric(5,2) AS v']);
add('22003 numeric negative scale', [
  'SELECT 12345::numeric(3,-2) AS v',
  'SELECT 123456::numeric(3,-2) AS w',
]);
add('22003 float to int rounding boundary', ['SELECT 2147483647.5::float8::int AS v']);
add('22003 int8 to int2 cast', ['SELECT 70000::bigint::smallint AS v']);
add('22003 money overflow', ["SELECT '92233720368547758.08'::money AS v"]);
add('22003 extract epoch big to int', ["SELECT extract(epoch FROM '3000-01-01'::timestamptz)::int AS v"]);

// ---------------------------------------------------------------- 22P02 parameters sent as text per type
const TYPES: readonly (readonly [string, readonly string[]])[] = [
  ['int', ['abc', '', ' ', '1.0', '1e2', '12abc', '--1', '٣']],
  ['bigint', ['x', '1.', '9223372036854775807x']],
  ['smallint', ['1 2', 'one']],
  ['numeric', ['abc', '1..2', '', '1e', '.', '-']],
  ['float8', ['abc', '1.2.3', '', 'infinit']],
  ['real', ['x1']],
  ['boolean', ['maybe', 'tru', 'yes', 'on', '2', '', 'f ']],
  ['uuid', ['not-a-uuid', 'a0eebc999c0b4ef8bb6d6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1', '']],
  ['date', ['2024-13-01', '2024-02-30', 'tomorrowish', '', '24-1-1', '0000-01-01']],
  ['timestamp', ['2024-01-01 24:00:01', '2024-01-01T25:00', 'x']],
  ['timestamptz', ['2024-01-01 10:00 +25', '2024-01-01 10:00 Mars/Base']],
  ['time', ['25:00', '12:60', '24:00']],
  ['interval', ['1 fortnight', 'P1Y2Mx', '']],
  ['jsonb', ['{', "{'a':1}", '', 'undefined', 'NaN', '[1,]']],
  ['json', ['{"a":}', 'tru']],
  ['int[]', ['{1,x}', '1,2', '{{1},{2,3}}', '[1,2]']],
  ['text[]', ['{"a}', 'abc']],
  ['inet', ['300.1.1.1', 'abc', '10.0.0.1/33']],
  ['cidr', ['10.0.0.1/8']],
  ['macaddr', ['zz:00:00:00:00:00']],
  ['bytea', ['\\xabc', '\\x0g']],
  ['money', ['abc']],
  ['int4range', ['[1,', '(3,1)', '[a,b)']],
  ['point', ['(1,)', 'x']],
  ['bit(3)', ['102']],
  ['xid', ['x']],
  ['oid', ['-1x']],
  ['tsquery', ['&']],
];
for (const [type, inputs] of TYPES) {
  for (const input of inputs) {
    add(`22P02 param ${type} ${JSON.stringify(input)}`, [withParams(`SELECT $1::${type} AS v`, input)]);
  }
  add(`22P02 param into ${type} column`, [
    `CREATE TABLE pc (id int, v ${type})`,
    withParams('INSERT INTO pc VALUES ($1, $2) RETURNING v', 1, inputs[0]),
  ]);
  add(`22P02 param where ${type} column`, [
    `CREATE TABLE pc (id int, v ${type})`,
    withParams('SELECT id FROM pc WHERE v = $1', inputs[0]),
  ]);
}
add('22P02 param enum invalid', [
  "CREATE TYPE st AS ENUM ('a', 'b')",
  'CREATE TABLE pe (s st)',
  withParams('INSERT INTO pe VALUES ($1)', 'c'),
]);
add('22P02 param enum case sensitive', [
  "CREATE TYPE st AS ENUM ('a', 'b')",
  withParams('SELECT $1::st AS v', 'A'),
]);
add('22P02 param second of three', [
  'CREATE TABLE p3 (a int, b int, c int)',
  withParams('INSERT INTO p3 VALUES ($1, $2, $3)', 1, 'two', 3),
]);
add('22P02 param in limit', [withParams('SELECT 1 AS v LIMIT $1', 'x')]);
add('22P02 param in in-list', [
  'CREATE TABLE p3 (a int)',
  withParams('SELECT a FROM p3 WHERE a IN ($1, $2)', 1, 'b'),
]);
add('22P02 param any array', [
  'CREATE TABLE p3 (a int)',
  withParams('SELECT a FROM p3 WHERE a = ANY($1)', '{1,b}'),
]);
add('22P02 param js array with bad element', [
  'CREATE TABLE p3 (a int[])',
  withParams('INSERT INTO p3 VALUES ($1)', ['1', 'x']),
]);
add('22P02 param js object into jsonb', [
  'CREATE TABLE p3 (a jsonb)',
  withParams('INSERT INTO p3 VALUES ($1) RETURNING a', { k: "it's" }),
]);
add('22P02 param js object into int', [
  'CREATE TABLE p3 (a int)',
  withParams('INSERT INTO p3 VALUES ($1)', { k: 1 }),
]);
add('22P02 param js boolean into int', [
  'CREATE TABLE p3 (a int)',
  withParams('INSERT INTO p3 VALUES ($1)', true),
]);
add('22P02 param js date into date column', [
  'CREATE TABLE p3 (a int)',
  withParams('INSERT INTO p3 VALUES ($1)', '2024-01-01'),
]);
add('22P02 param update set', [
  'CREATE TABLE p3 (id int, a numeric)',
  'INSERT INTO p3 VALUES (1, 1)',
  withParams('UPDATE p3 SET a = $1 WHERE id = $2', '1,5', 1),
]);
add('22P02 param delete where', [
  'CREATE TABLE p3 (id uuid)',
  withParams('DELETE FROM p3 WHERE id = $1', '123'),
]);
add('22P02 param in transaction then 25P02', [
  'CREATE TABLE p3 (id int)',
  'BEGIN',
  withParams('INSERT INTO p3 VALUES ($1)', 'x'),
  withParams('INSERT INTO p3 VALUES ($1)', 1),
  'ROLLBACK',
]);
add('22P02 literal into column position', [
  'CREATE TABLE p3 (a int, b int)',
  "INSERT INTO p3 VALUES (1, 'b')",
]);
add('22P02 literal in multi row position', [
  'CREATE TABLE p3 (a int)',
  "INSERT INTO p3 VALUES (1), (2), ('three')",
]);
add('22P02 literal update position', ['CREATE TABLE p3 (a int)', "UPDATE p3 SET a = 'x'"]);
add('22P02 cast of column value no position', [
  'CREATE TABLE p3 (t text)',
  "INSERT INTO p3 VALUES ('x')",
  'SELECT t::int FROM p3',
]);
add('22P02 insert select text into int', [
  'CREATE TABLE p3 (t text)',
  'CREATE TABLE p4 (i int)',
  "INSERT INTO p3 VALUES ('x')",
  'INSERT INTO p4 SELECT t::int FROM p3',
]);

// ---------------------------------------------------------------- 22007 / 22008 datetime writes
const DT = 'CREATE TABLE dt (d date, ts timestamp, tz timestamptz, t time, iv interval);';
const DTV: readonly (readonly [string, string])[] = [
  ['d', '2023-02-29'],
  ['d', '2024-04-31'],
  ['d', '5874898-01-01'],
  ['d', '4714-11-23 BC'],
  ['d', '4714-11-24 BC'],
  ['d', '2024-1-1'],
  ['d', '20240101'],
  ['d', '01/02/2024'],
  ['d', '13/01/2024'],
  ['d', 'epoch'],
  ['d', 'infinity'],
  ['ts', '294277-01-01'],
  ['ts', '2024-01-01 23:59:60'],
  ['ts', '2024-01-01 23:59:61'],
  ['ts', 'allballs'],
  ['ts', '2024-01-01 12:00 PM'],
  ['ts', '2024-01-01 13:00 PM'],
  ['tz', '2024-06-01 12:00 America/New_York'],
  ['tz', '2024-06-01 12:00 XYZ'],
  ['t', '24:00:00'],
  ['t', '24:00:00.000001'],
  ['t', '23:59:60'],
  ['iv', '1 year 13 months'],
  ['iv', '100000000 years'],
  ['iv', 'P1Y'],
  ['iv', '@ 1 minute ago'],
];
for (const [col, value] of DTV) {
  add(
    `datetime insert ${col} ${JSON.stringify(value)}`,
    [`INSERT INTO dt (${col}) VALUES ('${value}') RETURNING ${col}::text AS v`],
    DT,
  );
  add(
    `datetime param ${col} ${JSON.stringify(value)}`,
    [withParams(`INSERT INTO dt (${col}) VALUES ($1) RETURNING ${col}::text AS v`, value)],
    DT,
  );
}
add(
  '22008 timestamp plus interval overflow in update',
  ["INSERT INTO dt (ts) VALUES ('294276-12-31')", "UPDATE dt SET ts = ts + interval '2 years'"],
  DT,
);
add('22008 date plus int overflow', ["SELECT '5874897-12-31'::date + 1 AS v"]);
add('22008 make_date zero year', ['SELECT make_date(0, 1, 1) AS v']);
add('22008 make_time bad', ['SELECT make_time(25, 0, 0) AS v']);
add('22008 to_timestamp field out of range', ["SELECT to_timestamp('2024-13-01', 'YYYY-MM-DD') AS v"]);
add('22007 to_date text mismatch', ["SELECT to_date('2024/xx/01', 'YYYY/MM/DD') AS v"]);
add('22009 at time zone interval with months', [
  "SELECT '2024-01-01 00:00'::timestamp AT TIME ZONE interval '1 month' AS v",
]);

// ---------------------------------------------------------------- 22012 in writes
add('22012 in insert values', ['CREATE TABLE z (v int)', 'INSERT INTO z VALUES (1 / 0)']);
add('22012 in update set with rows', [
  'CREATE TABLE z (a int, b int)',
  'INSERT INTO z VALUES (1, 0)',
  'UPDATE z SET a = a / b',
]);
add('22012 in returning', ['CREATE TABLE z (a int)', 'INSERT INTO z VALUES (0) RETURNING 1 / a']);
add('22012 insert returning error leaves nothing', [
  'CREATE TABLE z (a int)',
  'INSERT INTO z VALUES (0) RETURNING 1 / a',
  'SELECT count(*) AS n FROM z',
]);
add('22012 numeric param division', [withParams('SELECT 1 / $1::numeric AS v', '0')]);
add('22012 generated column division', [
  'CREATE TABLE z (a int, b int GENERATED ALWAYS AS (10 / a) STORED)',
  'INSERT INTO z (a) VALUES (0)',
]);
add('22012 check expression division', [
  'CREATE TABLE z (a int CHECK (10 / a > 0))',
  'INSERT INTO z VALUES (0)',
]);
add('22012 default expression division', [
  'CREATE TABLE z (a int, b int DEFAULT 1 / 0)',
  'INSERT INTO z (a) VALUES (1)',
]);
add('22012 trigger division', [
  'CREATE TABLE z (a int)',
  'CREATE FUNCTION zt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 1 / NEW.a; RETURN NEW; END $$',
  'CREATE TRIGGER zt BEFORE INSERT ON z FOR EACH ROW EXECUTE FUNCTION zt()',
  'INSERT INTO z VALUES (0)',
]);

// ---------------------------------------------------------------- 22023 / 22004 / 22P05 / 22021 in writes
add('22004 jsonb_set null path into column', [
  'CREATE TABLE j (d jsonb)',
  "INSERT INTO j VALUES ('{}')",
  "UPDATE j SET d = jsonb_set(d, '{a}', NULL) RETURNING d",
]);
add('22P05 null byte text param', [
  'CREATE TABLE j (t text)',
  withParams('INSERT INTO j VALUES ($1)', 'a\u0000b'),
]);
add('22P05 null byte jsonb literal', [
  'CREATE TABLE j (d jsonb)',
  `INSERT INTO j VALUES ('{"a": "\\u0000"}')`,
]);
add('22P05 null byte json ok', [`SELECT '{"a": "\\u0000"}'::json AS v`]);
add('22021 invalid utf8 bytea convert', ["SELECT convert_from('\\xff'::bytea, 'UTF8') AS v"]);
add('22023 jsonb_set non-object path', [
  'CREATE TABLE j (d jsonb)',
  "INSERT INTO j VALUES ('[1]')",
  "UPDATE j SET d = jsonb_set(d, '{a}', '1') RETURNING d",
]);
add('2202E array subscript update', [
  'CREATE TABLE j (a int[])',
  "INSERT INTO j VALUES ('{1,2}')",
  'UPDATE j SET a[1:2] = ARRAY[1] RETURNING a',
]);
add('2202E array subscript assignment far', [
  'CREATE TABLE j (a int[])',
  "INSERT INTO j VALUES ('{1,2}')",
  'UPDATE j SET a[5] = 9 RETURNING a',
]);
add('22023 array dimensions in column', ['CREATE TABLE j (a int[])', "INSERT INTO j VALUES ('{{1,2},{3}}')"]);

// ---------------------------------------------------------------- xid / cid / xid8 input (15 reads any text)
for (const [type, text] of [
  ['xid', 'x'],
  ['xid', ' 12abc'],
  ['xid', '0x1f'],
  ['xid', '017'],
  ['xid', '-1'],
  ['xid', '99999999999'],
  ['xid', ''],
  ['cid', 'x'],
  ['cid', '-1'],
  ['xid8', 'x'],
  ['xid8', '-1'],
  ['xid8', '99999999999999999999'],
  ['xid8', '1 2'],
] as const) {
  add(`counter literal ${type} ${JSON.stringify(text)}`, [`SELECT '${text}'::${type}::text AS v`]);
  add(`counter param ${type} ${JSON.stringify(text)}`, [withParams(`SELECT $1::${type}::text AS v`, text)]);
}
add('counter xmin compared with garbage param', [
  'CREATE TABLE xm (a int)',
  'INSERT INTO xm VALUES (1)',
  withParams('SELECT a FROM xm WHERE xmin = $1', 'zz'),
]);
add('counter text column cast at run time', [
  'CREATE TABLE xm (t text)',
  "INSERT INTO xm VALUES ('abc')",
  'SELECT t::xid::text AS v FROM xm',
]);

export default list.cases;
