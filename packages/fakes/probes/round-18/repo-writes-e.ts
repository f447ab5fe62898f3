// Round 18 probe, repository writes part 5: parameters of every JS type node-pg sends into write
// statements (string, number, bigint, boolean, Date, null/undefined, arrays, objects as JSON, Buffer).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: params: ');

// One column of each type; a case of one column gets a table of that column alone, so that a type
// one engine refuses does not hide the others.
const COLUMNS: Readonly<Record<string, string>> = {
  s: 'text',
  vc: 'varchar(10)',
  i: 'int',
  si: 'smallint',
  bi: 'bigint',
  n: 'numeric',
  n2: 'numeric(8,2)',
  r: 'real',
  d: 'double precision',
  b: 'boolean',
  ts: 'timestamp',
  tz: 'timestamptz',
  dt: 'date',
  tm: 'time',
  iv: 'interval',
  u: 'uuid',
  j: 'json',
  jb: 'jsonb',
  ta: 'text[]',
  ia: 'int[]',
  by: 'bytea',
  inet_: 'inet',
  c: 'char(3)',
};
const tableOf = (columns: readonly string[]) =>
  `CREATE TABLE t (id int PRIMARY KEY, ${columns.map((column) => `${column} ${COLUMNS[column]}`).join(', ')});`;
// The shared table leaves out the types pg-mem refuses outright (real, time, interval, inet, char).
const SHARED = Object.keys(COLUMNS).filter((column) => !['r', 'tm', 'iv', 'inet_', 'c'].includes(column));
const T = tableOf(SHARED);
const ins = (name: string, column: string, ...values: unknown[]) =>
  list.add(
    name,
    [
      'SET TIME ZONE UTC',
      ...values.map((value, index) =>
        withParams(
          `INSERT INTO t (id, ${column}) VALUES ($1, $2) RETURNING ${column}, pg_typeof(${column})::text AS t`,
          index + 1,
          value,
        ),
      ),
    ],
    tableOf([column]),
  );

// ---------------------------------------------------------------- strings
ins(
  'string into text keeps unicode and whitespace',
  's',
  'héllo wörld ☺',
  '  padded  ',
  '',
  'line1\nline2\ttab',
  'quote \' and " and \\',
);
ins('string into varchar within its length', 'vc', 'abcdefghij', 'ab  ');
ins('string into char pads', 'c', 'a', 'abc');
ins('string into int with sign and spaces', 'i', '+5', '-0', ' 7');
ins('string into bigint at the limits', 'bi', '9223372036854775807', '-9223372036854775808');
ins(
  'string into numeric keeps scale',
  'n',
  '1.10',
  '-0.000',
  '1e3',
  'NaN',
  '123456789012345678901234567890.123456789',
);
ins('string into numeric with scale rounds half away from zero', 'n2', '1.005', '-1.005', '2.675');
ins('string into real and double', 'd', '1e308', '-0', 'Infinity', '-Infinity', 'NaN', '0.1');
ins('string into boolean in its spellings', 'b', 't', 'yes', 'on', '1', 'FALSE', 'n', 'off', '0');
ins(
  'string into timestamp without zone ignores the offset',
  'ts',
  '2024-01-02 03:04:05+05',
  '2024-01-02T03:04:05.123456Z',
  'infinity',
);
ins(
  'string into timestamptz with offsets',
  'tz',
  '2024-01-02 03:04:05+05:30',
  '2024-01-02T03:04:05Z',
  '2024-01-02',
  'epoch',
  '-infinity',
);
ins('string into date', 'dt', '2024-02-29', 'Feb 29, 2024', '20240229', 'infinity');
ins('string into time', 'tm', '23:59:59.999999', '24:00:00', '1:2:3');
ins('string into interval in several styles', 'iv', '1 day 2 hours', 'P1DT2H', '-01:30:00', '1 mon -3 days');
ins('string into inet', 'inet_', '192.168.0.1', '10.0.0.0/8', '::1');
list.add(
  'invalid date string parameter is 22008',
  ['SET TIME ZONE UTC', withParams('INSERT INTO t (id, dt) VALUES ($1, $2)', 1, '2024-02-30')],
  T,
);
list.add(
  'invalid timestamp string parameter is 22007',
  [withParams('INSERT INTO t (id, tz) VALUES ($1, $2)', 1, 'yesterday-ish')],
  T,
);
list.add(
  'invalid boolean string parameter is 22P02',
  [withParams('INSERT INTO t (id, b) VALUES ($1, $2)', 1, 'maybe')],
  T,
);
list.add(
  'invalid inet string parameter is 22P02',
  [withParams('INSERT INTO t (id, inet_) VALUES ($1, $2)', 1, '999.1.1.1')],
  tableOf(['inet_']),
);
list.add(
  'invalid interval string parameter is 22007',
  [withParams('INSERT INTO t (id, iv) VALUES ($1, $2)', 1, 'sometime')],
  tableOf(['iv']),
);
list.add(
  'too long varchar parameter is 22001',
  [withParams('INSERT INTO t (id, vc) VALUES ($1, $2)', 1, 'abcdefghijk')],
  T,
);
list.add(
  'too long char parameter is 22001',
  [withParams('INSERT INTO t (id, c) VALUES ($1, $2)', 1, 'abcd')],
  tableOf(['c']),
);
list.add(
  'bigint overflow string is 22003',
  [withParams('INSERT INTO t (id, bi) VALUES ($1, $2)', 1, '9223372036854775808')],
  T,
);
list.add(
  'int overflow string is 22003',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, '2147483648')],
  T,
);
list.add(
  'numeric with scale overflow is 22003',
  [withParams('INSERT INTO t (id, n2) VALUES ($1, $2)', 1, '1000000')],
  T,
);
list.add(
  'real overflow string is 22003',
  [withParams('INSERT INTO t (id, r) VALUES ($1, $2)', 1, '1e39')],
  tableOf(['r']),
);
list.add('empty string into int is 22P02', [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, '')], T);
list.add(
  'empty string into numeric is 22P02',
  [withParams('INSERT INTO t (id, n) VALUES ($1, $2)', 1, '')],
  T,
);
list.add(
  'empty string into timestamptz is 22007',
  [withParams('INSERT INTO t (id, tz) VALUES ($1, $2)', 1, '')],
  T,
);
list.add(
  'empty string into boolean is 22P02',
  [withParams('INSERT INTO t (id, b) VALUES ($1, $2)', 1, '')],
  T,
);
list.add(
  'error in the first parameter names $1',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2)', 'x', 'ok')],
  T,
);

// ---------------------------------------------------------------- numbers
ins('number into int', 'i', 0, -1, 2147483647);
ins('number into bigint beyond 2^53 loses precision in JS first', 'bi', Number('9007199254740993'), -42);
ins('number into numeric with JS float text', 'n', 0.1 + 0.2, 1e21, 1e-7, -0, 123.456);
ins('number into numeric with scale', 'n2', 0.125, 19.995, -3);
ins('number into double and real', 'd', 0.1, 1.7976931348623157e308, 5e-324);
ins('number into real rounds to float4', 'r', 0.1, 16777217, 3.4e38);
ins('number into smallint', 'si', 32767, -32768);
ins('number into text is its JS string', 's', 1.5, 1e21, -0, 0.000001, 1e-7);
ins('number into boolean 1 and 0', 'b', 1, 0);
ins(
  'number NaN and Infinity into double',
  'd',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);
ins('number NaN into numeric', 'n', Number.NaN);
list.add(
  'number Infinity into numeric is accepted in 15',
  [withParams('INSERT INTO t (id, n) VALUES ($1, $2) RETURNING n', 1, Number.POSITIVE_INFINITY)],
  T,
);
list.add(
  'number Infinity into int is 22P02',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, Number.POSITIVE_INFINITY)],
  T,
);
list.add('number 2 into boolean is 22P02', [withParams('INSERT INTO t (id, b) VALUES ($1, $2)', 1, 2)], T);
list.add(
  'number into smallint overflow is 22003',
  [withParams('INSERT INTO t (id, si) VALUES ($1, $2)', 1, 32768)],
  T,
);
list.add(
  'number into timestamptz is 22007',
  [withParams('INSERT INTO t (id, tz) VALUES ($1, $2)', 1, 1700000000000)],
  T,
);
list.add(
  'number into timestamptz through to_timestamp',
  [
    'SET TIME ZONE UTC',
    withParams(
      'INSERT INTO t (id, tz) VALUES ($1, to_timestamp($2 / 1000.0)) RETURNING tz',
      1,
      1700000000123,
    ),
  ],
  T,
);
list.add('number into uuid is 22P02', [withParams('INSERT INTO t (id, u) VALUES ($1, $2)', 1, 12345)], T);
list.add(
  'number into jsonb is a json number',
  [withParams('INSERT INTO t (id, jb) VALUES ($1, $2) RETURNING jb, jsonb_typeof(jb) AS k', 1, 42.5)],
  T,
);
list.add(
  'number into interval is seconds',
  [withParams('INSERT INTO t (id, iv) VALUES ($1, $2) RETURNING iv', 1, 90)],
  tableOf(['iv']),
);
list.add(
  'number into interval times a unit interval',
  [withParams(`INSERT INTO t (id, iv) VALUES ($1, $2 * interval '1 minute') RETURNING iv`, 1, 90)],
  tableOf(['iv']),
);

// ---------------------------------------------------------------- bigint
ins('bigint into bigint column', 'bi', 9007199254740993n, -9223372036854775808n);
ins('bigint into numeric column', 'n', 123456789012345678901234567890n);
ins('bigint into text column', 's', 42n);
list.add(
  'bigint beyond int8 into bigint is 22003',
  [withParams('INSERT INTO t (id, bi) VALUES ($1, $2)', 1, 9223372036854775808n)],
  T,
);
list.add(
  'bigint id parameter',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING id', 7n, 'x')],
  T,
);

// ---------------------------------------------------------------- booleans
ins('boolean into boolean', 'b', true, false);
ins('boolean into text is true and false', 's', true, false);
list.add('boolean into int is 22P02', [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, true)], T);
ins('boolean into jsonb', 'jb', true);

// ---------------------------------------------------------------- dates
ins(
  'Date into timestamptz',
  'tz',
  new Date('2024-06-15T12:34:56.789Z'),
  new Date(0),
  new Date('1999-12-31T23:59:59.999Z'),
);
ins('Date into timestamp is the local time node-pg writes', 'ts', new Date('2024-06-15T12:34:56.789Z'));
ins('Date into date takes the date part of the local time', 'dt', new Date('2024-06-15T23:59:59.999Z'));
ins('Date into text is the node-pg string', 's', new Date('2024-06-15T12:34:56.789Z'));
ins('Date before the common era', 'tz', new Date('-000100-01-01T00:00:00Z'));
ins('Date with year beyond 9999', 'tz', new Date('+010000-01-01T00:00:00Z'));
list.add(
  'invalid Date is 22007',
  [withParams('INSERT INTO t (id, tz) VALUES ($1, $2)', 1, new Date(Number.NaN))],
  T,
);
list.add(
  'Date compared in a where',
  [
    'SET TIME ZONE UTC',
    withParams('INSERT INTO t (id, tz) VALUES ($1, $2)', 1, new Date('2024-06-15T12:00:00Z')),
    withParams(
      'UPDATE t SET s = $1 WHERE tz >= $2 AND tz < $3 RETURNING id',
      'hit',
      new Date('2024-06-15T00:00:00Z'),
      new Date('2024-06-16T00:00:00Z'),
    ),
  ],
  T,
);
list.add(
  'Date into a timestamptz with another session zone',
  [
    `SET TIME ZONE 'America/New_York'`,
    withParams(
      'INSERT INTO t (id, tz) VALUES ($1, $2) RETURNING tz, tz::text AS txt',
      1,
      new Date('2024-03-10T07:30:00Z'),
    ),
  ],
  T,
);
list.add(
  'Date into jsonb via to_jsonb of the parameter as timestamptz',
  [
    'SET TIME ZONE UTC',
    withParams(
      'INSERT INTO t (id, jb) VALUES ($1, to_jsonb($2::timestamptz)) RETURNING jb',
      1,
      new Date('2024-06-15T12:34:56.789Z'),
    ),
  ],
  T,
);

// ---------------------------------------------------------------- null and undefined
list.add(
  'null into every column type',
  [
    withParams(
      `INSERT INTO t VALUES (${[0, ...SHARED].map((_, index) => `$${index + 1}`).join(', ')}) RETURNING *`,
      1,
      ...SHARED.map(() => null),
    ),
  ],
  T,
);
list.add(
  'undefined is sent as null',
  [
    withParams(
      'INSERT INTO t (id, s, i) VALUES ($1, $2, $3) RETURNING s IS NULL AS sn, i IS NULL AS iN',
      1,
      undefined,
      undefined,
    ),
  ],
  T,
);
list.add(
  'null in coalesce keeps the default-like value',
  [withParams(`INSERT INTO t (id, s) VALUES ($1, COALESCE($2, 'fallback')) RETURNING s`, 1, null)],
  T,
);
list.add(
  'null parameter in an update set keeps others',
  [
    withParams('INSERT INTO t (id, s, i) VALUES ($1, $2, $3)', 1, 'x', 5),
    withParams(
      'UPDATE t SET s = COALESCE($1, s), i = COALESCE($2, i) WHERE id = $3 RETURNING s, i',
      null,
      9,
      1,
    ),
  ],
  T,
);
list.add(
  'null parameter compared with equals matches nothing',
  [
    withParams('INSERT INTO t (id, s) VALUES ($1, $2)', 1, null),
    withParams('UPDATE t SET i = 1 WHERE s = $1', null),
    withParams('UPDATE t SET i = 2 WHERE s IS NOT DISTINCT FROM $1 RETURNING i', null),
  ],
  T,
);
list.add(
  'null parameter for a primary key is 23502',
  [withParams('INSERT INTO t (id) VALUES ($1)', null)],
  T,
);

// ---------------------------------------------------------------- arrays
ins(
  'JS string array into text[]',
  'ta',
  ['a', 'b'],
  ['with space', 'comma,here', 'quote"here', 'back\\slash', '{brace}'],
  [],
  ['NULL', null, ''],
);
ins('JS number array into int[]', 'ia', [1, 2, 3], [], [null, 1]);
ins('JS nested array into int[]', 'ia', [
  [1, 2],
  [3, 4],
]);
ins('JS string array of numbers into int[]', 'ia', ['1', '2']);
list.add(
  'JS array with a fraction into int[] is 22P02',
  [withParams('INSERT INTO t (id, ia) VALUES ($1, $2)', 1, [1.5])],
  T,
);
list.add(
  'JS array into a scalar int column is 22P02',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, [1])],
  T,
);
list.add(
  'JS array into a text column is its literal',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 1, ['a', 'b c', null])],
  T,
);
list.add('JS array into json is 22P02', [withParams('INSERT INTO t (id, j) VALUES ($1, $2)', 1, ['a'])], T);
list.add(
  'JS array of Dates into an update any',
  [
    'SET TIME ZONE UTC',
    withParams(
      'INSERT INTO t (id, tz) VALUES ($1, $2), ($3, $4)',
      1,
      new Date('2024-01-01T00:00:00Z'),
      2,
      new Date('2024-01-02T00:00:00Z'),
    ),
    withParams('UPDATE t SET s = $1 WHERE tz = ANY($2::timestamptz[]) RETURNING id', 'x', [
      new Date('2024-01-02T00:00:00Z'),
    ]),
  ],
  T,
);
list.add('JS array of Buffers into bytea[]', [
  'CREATE TABLE bb (id int, xs bytea[])',
  withParams('INSERT INTO bb VALUES ($1, $2) RETURNING xs', 1, [Buffer.from([0, 1, 255]), Buffer.from('hi')]),
]);
list.add('JS array of bigint into bigint[]', [
  'CREATE TABLE bb (id int, xs bigint[])',
  withParams('INSERT INTO bb VALUES ($1, $2) RETURNING xs', 1, [1n, 9007199254740993n]),
]);
list.add('JS array of objects into json[] column', [
  'CREATE TABLE bb (id int, xs json[])',
  withParams('INSERT INTO bb VALUES ($1, $2) RETURNING xs', 1, [{ a: 1 }, { b: [2, '"'] }]),
]);
list.add('JS array of uuids into uuid[]', [
  'CREATE TABLE bb (id int, xs uuid[])',
  withParams('INSERT INTO bb VALUES ($1, $2) RETURNING xs', 1, [
    '0f8fad5b-d9cb-469f-a165-70867728950e',
    null,
  ]),
]);
list.add('JS array of booleans into boolean[]', [
  'CREATE TABLE bb (id int, xs boolean[])',
  withParams('INSERT INTO bb VALUES ($1, $2) RETURNING xs', 1, [true, false, null]),
]);

// ---------------------------------------------------------------- objects as json
ins('object into jsonb normalizes key order and spacing', 'jb', { b: 1, a: { d: [1, 2], c: null } }, {});
ins('object into json keeps the JSON.stringify text', 'j', { b: 1, a: 'x' });
ins('object with unicode and escapes into jsonb', 'jb', { s: 'é☺\n"\\', e: '' });
ins('object with large numbers into jsonb', 'jb', { big: 1e21, small: 1e-7, neg: -0, f: 0.1 });
list.add(
  'object into text column is its JSON',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 1, { a: 1 })],
  T,
);
list.add(
  'object into int column is 22P02',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, { a: 1 })],
  T,
);
list.add(
  'object with a toPostgres method',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 1, { toPostgres: () => 'custom' })],
  T,
);
list.add(
  'object parameter merged into jsonb in an update',
  [
    withParams('INSERT INTO t (id, jb) VALUES ($1, $2)', 1, { a: 1 }),
    withParams('UPDATE t SET jb = jb || $1::jsonb WHERE id = $2 RETURNING jb', { b: 2 }, 1),
  ],
  T,
);
list.add(
  'object parameter in a jsonb containment where',
  [
    withParams('INSERT INTO t (id, jb) VALUES ($1, $2), ($3, $4)', 1, { role: 'admin', x: 1 }, 2, {
      role: 'user',
    }),
    withParams('DELETE FROM t WHERE jb @> $1 RETURNING id', { role: 'admin' }),
  ],
  T,
);
list.add(
  'JSON string parameter with a top level null into jsonb',
  [
    withParams(
      'INSERT INTO t (id, jb) VALUES ($1, $2) RETURNING jb, jb IS NULL AS sqlnull, jsonb_typeof(jb) AS k',
      1,
      'null',
    ),
  ],
  T,
);

// ---------------------------------------------------------------- Buffer
ins('Buffer into bytea', 'by', Buffer.from([0, 1, 2, 254, 255]), Buffer.alloc(0), Buffer.from('hello'));
list.add(
  'Buffer into text is its UTF-8 text',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 1, Buffer.from('héllo'))],
  T,
);
list.add(
  'Buffer with invalid UTF-8 into text is 22021',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $2)', 1, Buffer.from([0xff, 0xfe]))],
  T,
);
list.add(
  'Buffer of four bytes into int is binary int4',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2) RETURNING i', 1, Buffer.from([0, 0, 1, 0]))],
  T,
);
list.add(
  'Buffer of three bytes into int is 22P03',
  [withParams('INSERT INTO t (id, i) VALUES ($1, $2)', 1, Buffer.from([0, 1, 0]))],
  T,
);
list.add(
  'Buffer compared with bytea in a where',
  [
    withParams('INSERT INTO t (id, by) VALUES ($1, $2)', 1, Buffer.from([1, 2, 3])),
    withParams('DELETE FROM t WHERE by = $1 RETURNING id, length(by) AS l', Buffer.from([1, 2, 3])),
  ],
  T,
);
list.add(
  'Buffer into bytea with a hex string instead',
  [withParams('INSERT INTO t (id, by) VALUES ($1, $2) RETURNING by', 1, '\\x00ff10')],
  T,
);
list.add(
  'string escape format into bytea',
  [withParams('INSERT INTO t (id, by) VALUES ($1, $2) RETURNING by', 1, 'a\\000b')],
  T,
);
list.add(
  'invalid hex string into bytea is 22P02',
  [withParams('INSERT INTO t (id, by) VALUES ($1, $2)', 1, '\\xZZ')],
  T,
);
list.add(
  'Buffer into bytea then decode and encode',
  [
    withParams(
      `INSERT INTO t (id, by) VALUES ($1, $2) RETURNING encode(by, 'base64') AS b64, encode(by, 'hex') AS hex, sha256(by) AS h`,
      1,
      Buffer.from('seams'),
    ),
  ],
  T,
);
list.add(
  'Buffer into uuid binary sixteen bytes',
  [
    withParams(
      'INSERT INTO t (id, u) VALUES ($1, $2) RETURNING u',
      1,
      Buffer.from('0f8fad5bd9cb469fa16570867728950e', 'hex'),
    ),
  ],
  T,
);
list.add(
  'Buffer into jsonb is binary jsonb with a version byte',
  [
    withParams(
      'INSERT INTO t (id, jb) VALUES ($1, $2) RETURNING jb',
      1,
      Buffer.concat([Buffer.from([1]), Buffer.from('{"a":1}')]),
    ),
  ],
  T,
);
list.add(
  'Buffer into jsonb without the version byte is 22P03',
  [withParams('INSERT INTO t (id, jb) VALUES ($1, $2)', 1, Buffer.from('{"a":1}'))],
  T,
);

// ---------------------------------------------------------------- untyped and mismatched parameters
list.add('too few parameters is 08P01', [withParams('INSERT INTO t (id, s) VALUES ($1, $2)', 1)], T);
list.add('too many parameters is 08P01', [withParams('INSERT INTO t (id) VALUES ($1)', 1, 2)], T);
list.add(
  'parameter used with two types is 42P08',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $1)', 1)],
  T,
);
list.add(
  'parameter used as int and text through a cast',
  [withParams('INSERT INTO t (id, s) VALUES ($1, $1::text) RETURNING id, s', 4)],
  T,
);
list.add(
  'parameter in a select list of insert select is text',
  [withParams('INSERT INTO t (id, s) SELECT 1, $1 RETURNING s', 'v')],
  T,
);
list.add(
  'parameter in insert select of an int column from text unknown',
  [withParams('INSERT INTO t (id, i) SELECT 1, $1 RETURNING i', '5')],
  T,
);
list.add(
  'parameter in a union of insert select is text and fails for int',
  [withParams('INSERT INTO t (id, i) SELECT 1, $1 UNION ALL SELECT 2, 3', '5')],
  T,
);
list.add(
  'parameter concatenated into text',
  [withParams(`INSERT INTO t (id, s) VALUES ($1, 'pre-' || $2) RETURNING s`, 1, 5)],
  T,
);
list.add(
  'parameter in a case expression into int',
  [withParams('INSERT INTO t (id, i) VALUES ($1, CASE WHEN $2 THEN 1 ELSE 0 END) RETURNING i', 1, true)],
  T,
);
list.add(
  'parameter in interval arithmetic',
  [
    'SET TIME ZONE UTC',
    withParams(
      `INSERT INTO t (id, tz) VALUES ($1, $2::timestamptz + $3::interval) RETURNING tz`,
      1,
      '2024-01-31T00:00:00Z',
      '1 month',
    ),
  ],
  T,
);
list.add(
  'parameter into generated now plus make_interval',
  [withParams('INSERT INTO t (id, iv) VALUES ($1, make_interval(days => $2)) RETURNING iv', 1, 3)],
  tableOf(['iv']),
);
list.add(
  'same statement text reused with different parameter types',
  [
    withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 1, 'a'),
    withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 2, 5),
    withParams('INSERT INTO t (id, s) VALUES ($1, $2) RETURNING s', 3, true),
  ],
  T,
);

export default list.cases;
