// Round 17 probe, wire part A: extended-protocol parameters of every JS kind node-pg sends
// (node-pg's prepareValue: strings as given, numbers and bigints by String(), booleans as 'true'/'false',
// null and undefined as NULL, Dates in local time with their offset, Buffers as bytea, arrays as array
// literals with quoting, plain objects as JSON, objects with toPostgres), against casts and columns of
// PostgreSQL 15's common types (docs chapter 8 and 55.2.3). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 wire params: ');

class Money {
  constructor(private readonly cents: number) {}
  toPostgres(): string {
    return (this.cents / 100).toFixed(2);
  }
}

class Point {
  constructor(
    private readonly x: number,
    private readonly y: number,
  ) {}
  toPostgres(prepare: (value: unknown) => unknown): unknown {
    return prepare([this.x, this.y]);
  }
}

const values: [string, unknown][] = [
  ['string digits', '42'],
  ['string text', 'hello'],
  ['empty string', ''],
  ['string with quote', "it's"],
  ['string with backslash', 'a\\b'],
  ['string unicode', 'ünïcødé ✓ 😀'],
  ['integer number', 42],
  ['negative number', -7],
  ['zero', 0],
  ['minus zero', -0],
  ['float number', 1.5],
  ['small float', 0.1],
  ['float exponent', 1e21],
  ['tiny float', 1e-7],
  ['max safe integer', Number.MAX_SAFE_INTEGER],
  ['large integer string', '9223372036854775807'],
  ['beyond int8 string', '9223372036854775808'],
  ['bigint', 12345678901234567890n],
  ['negative bigint', -9223372036854775808n],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['Date', new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789))],
  ['Date epoch', new Date(0)],
  ['Date before 1900', new Date(Date.UTC(1850, 0, 1, 0, 0, 0))],
  ['Buffer', Buffer.from([0, 1, 254, 255])],
  ['empty Buffer', Buffer.alloc(0)],
  ['int array', [1, 2, 3]],
  ['empty array', []],
  [
    'nested array',
    [
      [1, 2],
      [3, 4],
    ],
  ],
  ['array with null', [1, null, 3]],
  ['string array needing quotes', ['a b', 'c,d', 'e"f', 'g\\h', '', 'NULL', '{x}']],
  ['array of Buffers', [Buffer.from('ab')]],
  ['array of Dates', [new Date(Date.UTC(2020, 0, 1))]],
  ['array of booleans', [true, false]],
  ['plain object', { a: 1, b: [true, null], c: 'x"y' }],
  ['empty object', {}],
  ['invalid Date', new Date(Number.NaN)],
  ['object with toJSON', { toJSON: () => ({ wrapped: true }) }],
  ['object holding a Date', { at: new Date(Date.UTC(2024, 4, 5, 6, 7, 8, 9)) }],
  ['array of objects', [{ a: 1 }, { b: 'x' }]],
  [
    'array of arrays of strings',
    [
      ['a', 'b'],
      ['c', null],
    ],
  ],
  ['array of bigints', [1n, 9007199254740993n]],
  ['array of floats', [0.1, -0, 1e21]],
  ['toPostgres money', new Money(12345)],
  ['toPostgres returning array', new Point(1, 2)],
];

const casts = [
  'text',
  'int4',
  'int8',
  'numeric',
  'float8',
  'bool',
  'date',
  'timestamptz',
  'bytea',
  'jsonb',
  'int4[]',
  'text[]',
];

// One case per value, one statement per cast: a statement's error does not stop the next.
for (const [label, value] of values) {
  list.add(label, [
    { sql: 'SELECT $1 AS v', params: [value] },
    ...casts.map((cast) => ({ sql: `SELECT $1::${cast} AS v`, params: [value] })),
  ]);
}

// Parameters into columns of each type, read back as node-pg parses them.
// Each column in a table of its own, so that one type an engine refuses does not hide the others.
const columnTypes: Record<string, string> = {
  i4: 'int',
  i8: 'bigint',
  n: 'numeric(12,3)',
  f8: 'double precision',
  b: 'boolean',
  tx: 'text',
  vc: 'varchar(4)',
  ch: 'char(3)',
  d: 'date',
  ts: 'timestamp',
  tz: 'timestamptz',
  by: 'bytea',
  j: 'json',
  jb: 'jsonb',
  ia: 'int[]',
  ta: 'text[]',
  u: 'uuid',
  iv: 'interval',
  tm: 'time',
};
const columns: [string, unknown[]][] = [
  ['i4', [1, '2', -0, 2147483647, 2147483648, 1.5, '1.5', ' 3 ', true]],
  ['i8', ['9223372036854775807', 9007199254740993n, 1e15, '-9223372036854775808', '9223372036854775808']],
  ['n', [1.2345, '99999999.9995', 1e9, Number.NaN, '1e3', -0]],
  ['f8', [0.1, 1e308, '1e309', -0, Number.NaN, Number.POSITIVE_INFINITY, '-Infinity', 5e-324]],
  ['b', [true, false, 't', 'yes', 'off', 1, 0, '2']],
  ['tx', ['x', 12, true, { a: 1 }, [1, 2], Buffer.from('hi')]],
  ['vc', ['abcd', 'abcde', 'ab  ', 'abcd    ']],
  ['ch', ['a', 'abc', 'abcd', 'ab   ']],
  ['d', ['2024-02-29', '2023-02-29', new Date(Date.UTC(2024, 0, 15, 12)), 'infinity', '0001-01-01 BC']],
  [
    'ts',
    [
      '2024-01-02 03:04:05.678',
      new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
      '2024-01-02T03:04:05Z',
      'epoch',
    ],
  ],
  [
    'tz',
    ['2024-01-02 03:04:05+02', new Date(Date.UTC(2024, 6, 1, 23, 59, 59, 999)), '2024-01-02', '-infinity'],
  ],
  ['by', [Buffer.from('\\x00'), '\\x00ff', 'abc', 'a\\\\b', Buffer.from([92, 120])]],
  ['j', [{ b: 2, a: 1 }, [1, 'two'], '{"a": 1,  "a": 2}', 'not json', 42, 'null']],
  ['jb', [{ b: 2, a: 1 }, [{ x: null }], '{"a": 1,  "a": 2}', '"str"', 1.0, '{"n": 1.50}']],
  ['ia', [[1, 2], [[1], [2]], [null], '{1,2}', [1.5], ['1', '2']]],
  ['ta', [['a', 'b c'], ['"', '\\'], [null, 'NULL'], [], [['x']]]],
  [
    'u',
    [
      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      'A0EEBC999C0B4EF8BB6D6BB9BD380A11',
      '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
      'nope',
    ],
  ],
  ['iv', ['1 day', '1 year 2 mons', 'P1DT2H', '-1 hour', '00:00:01.5']],
  ['tm', ['12:34:56', '24:00:00', '25:00', '12:34:56.1234567']],
];
for (const [column, inputs] of columns) {
  inputs.forEach((value, index) => {
    list.add(
      `insert into ${column} #${index + 1}`,
      [
        { sql: `INSERT INTO t (id, ${column}) VALUES ($1, $2) RETURNING ${column} AS v`, params: [1, value] },
        `SELECT ${column} AS v, ${column}::text AS vt FROM t ORDER BY id`,
      ],
      `CREATE TABLE t (id int PRIMARY KEY, ${column} ${columnTypes[column]})`,
    );
  });
}

// Parameter text read by each type's input function (what a string from a form or a CSV meets).
const inputs: [string, string[]][] = [
  ['int4', ['+1', ' 1', '1 ', '0x10', '1_000', '1e3', '-0', '2147483648', '']],
  ['int8', ['+9', '-9223372036854775809', ' 42 ', '4.0']],
  ['numeric', ['+1.5', '.5', '5.', 'Infinity', '-inf', '1e-3', '1E+3', ' 2 ', '1_000', '0x1']],
  ['float8', ['inf', '-INFINITY', 'nan', '1e400', '1e-400', '.1e1', ' 3.5 ', '0x1p3']],
  ['bool', ['TRUE', ' t ', 'on', 'of', '1', '0', 'y', 'no', 'tr']],
  ['date', ['20240115', 'Jan 15 2024', '15.01.2024', '2024-01-15 10:00', 'today', 'J2460325']],
  [
    'timestamptz',
    [
      '2024-01-15T10:00:00.123456789Z',
      '2024-01-15 10:00 PST',
      '2024-01-15 10:00 America/New_York',
      'epoch',
      'allballs',
    ],
  ],
  ['interval', ['1d', '1 week', '@ 1 hour ago', 'PT1.5S', '1-2', '3 4:05:06']],
  [
    'uuid',
    [
      'a0eebc999c0b4ef8bb6d6bb9bd380a11',
      'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11',
      ' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
    ],
  ],
  ['jsonb', ['  {"a" : 1 }  ', '{"a": 1e2}', '[1, 2,]', 'NaN', '"\\u0000"', '{"b": 1, "a": 2}']],
];
for (const [type, texts] of inputs) {
  texts.forEach((text, index) => {
    list.params(`input text for ${type} #${index + 1}`, `SELECT $1::${type} AS v, ($1::${type})::text AS t`, [
      text,
    ]);
  });
}

// Array parameters compared with ANY and other array operators (how repositories pass IN-lists).
list.params('ANY int array', 'SELECT 2 = ANY($1::int[]) AS v', [[1, 2, 3]]);
list.params(
  'ANY text array untyped',
  "SELECT x AS v FROM (VALUES ('a'), ('b')) s(x) WHERE x = ANY($1) ORDER BY x",
  [['a', 'c']],
);
list.params('ANY empty array', 'SELECT 1 = ANY($1::int[]) AS v', [[]]);
list.params('ANY with null element', 'SELECT 5 = ANY($1::int[]) AS v', [[1, null]]);
list.params('unnest text array', 'SELECT x AS v FROM unnest($1::text[]) WITH ORDINALITY u(x, o) ORDER BY o', [
  ['a"b', 'c\\d', 'e,f', '', null],
]);
list.params(
  'array_length nested',
  'SELECT array_length($1::int[], 1) AS a, array_length($1::int[], 2) AS b',
  [
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
  ],
);
list.params('jagged nested array', 'SELECT $1::int[] AS v', [[[1, 2], [3]]]);
list.params('jsonb array param of objects', 'SELECT jsonb_array_length($1::jsonb) AS v', [
  JSON.stringify([{ a: 1 }, { b: 2 }]),
]);
list.params('JS array to jsonb is an array literal', 'SELECT $1::jsonb AS v', [[{ a: 1 }]]);
list.params('JS array to json column needs stringify', 'SELECT ($1::json)->0 AS v', [JSON.stringify([1, 2])]);
list.params('jsonb containment with object param', `SELECT '{"a": 1, "b": 2}'::jsonb @> $1 AS v`, [{ a: 1 }]);
list.params('jsonb key lookup with text param', `SELECT '{"a": {"b": 5}}'::jsonb -> $1 ->> 'b' AS v`, ['a']);
list.params('jsonb path array param', `SELECT '{"a": {"b": 5}}'::jsonb #>> $1 AS v`, [['a', 'b']]);
list.params('bytea param compared', `SELECT $1::bytea = '\\x6869'::bytea AS v`, [Buffer.from('hi')]);
list.params('bytea length', 'SELECT octet_length($1::bytea) AS v', [Buffer.alloc(1000, 7)]);
list.params('date param arithmetic', 'SELECT $1::date + 1 AS v', ['2024-02-28']);
list.params(
  'Date param to timestamptz text in UTC',
  `SELECT ($1::timestamptz AT TIME ZONE 'UTC')::text AS v`,
  [new Date(Date.UTC(2024, 2, 10, 7, 0, 0, 1))],
);
list.params('Date param ms precision', `SELECT extract(milliseconds FROM $1::timestamptz) AS v`, [
  new Date(Date.UTC(2024, 2, 10, 7, 0, 30, 250)),
]);

export default list.cases;
