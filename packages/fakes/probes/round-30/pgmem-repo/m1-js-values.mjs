// Round 30 probe: JS values as node-pg sends them into repository columns (prepareValue: Date in
// local time with its offset, arrays as array literals, objects as JSON, Buffer as bytea hex,
// booleans and numbers as their text), including the classic mismatches: a JS array of objects
// into a jsonb column, a boolean into an integer, NaN into numeric, a Date into a date column.
const SETUP = `CREATE TABLE v (id int PRIMARY KEY, n int, big bigint, amount numeric(10,2), num numeric, f float8, t text, vc varchar(8),
  flag boolean, day date, at timestamptz, ts timestamp, doc jsonb, js json, tags text[], ints int[], docs jsonb[], raw bytea, ref uuid);`;
const P = (sql, ...params) => ({ sql, params });
const values = [
  ['n', [true, false, 1.0, 2.5, '3', -0, 2147483647, 2147483648, Number.NaN, '', ' 4 ', '0x10', '1e2']],
  ['big', [9007199254740991, '9223372036854775807', '9223372036854775808', 1.5, true]],
  ['amount', [0.1 + 0.2, 1e21, '12345678.905', Number.NaN, Number.POSITIVE_INFINITY, -0.005, '1e-3']],
  ['num', [0.1 + 0.2, 123456789012345680000, '1.10', Number.NaN, 5e-324, -1.5e-7]],
  ['f', [0.1, 1e308, '1e309', Number.NaN, '-0', 'Infinity', 1 / 3]],
  ['t', [{ a: 1 }, [1, 2], true, 12.5, new Date('2024-01-02T03:04:05.678Z'), 'é\n\t"\\', '']],
  ['vc', ['12345678', '123456789', 'abcdefg  ', 'ééééééééé', 123456789]],
  ['flag', [true, 'yes', 'on', 1, 0, 't', 'TRUE ', 'nope']],
  [
    'day',
    [
      new Date('2024-01-10T23:00:00-05:00'),
      '2024-01-10T23:00:00Z',
      '2024-02-29',
      'today',
      '20240110',
      'Jan 10 2024',
    ],
  ],
  [
    'at',
    [
      new Date('2024-06-30T23:59:59.999Z'),
      '2024-06-30 23:59:59.9999999+00',
      '2024-06-30T12:00:00+14:00',
      1719791999,
      'infinity',
      '2024-06-30',
    ],
  ],
  ['ts', [new Date('2024-06-30T23:59:59.999Z'), '2024-06-30T12:00:00+02:00', '2024-06-30 12:00', 'epoch']],
  [
    'doc',
    [
      { a: 1, b: [true, null], c: { d: 'x' } },
      [1, 2],
      [{ a: 1 }, { b: 2 }],
      'plain',
      '"quoted"',
      1.5,
      true,
      { big: 12345678901234567000 },
      { u: '\u00e9\u0000' },
    ],
  ],
  ['js', [{ b: 1, a: 2 }, [3, 1], { a: 1, a2: { x: [] } }]],
  [
    'tags',
    [['a', 'b'], [], ['with,comma', 'with"quote', 'with\\slash', null, 'NULL'], [['nested']], 'x', '{a,b}'],
  ],
  [
    'ints',
    [
      [1, 2, 3],
      [],
      [null, 1],
      ['1', '2'],
      [1.5],
      [
        [1, 2],
        [3, 4],
      ],
      [[1], [2, 3]],
    ],
  ],
  ['docs', [[{ a: 1 }, { b: 2 }], []]],
  ['raw', [Buffer.from('héllo'), Buffer.from([0, 255, 10]), '\\x0aff', 'plain']],
  [
    'ref',
    [
      'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
      'a0eebc999c0b4ef8bb6d6bb9bd380a11',
      '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}',
      'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11',
      '',
    ],
  ],
];
const cases = [];
for (const [col, vals] of values) {
  vals.forEach((value, i) => {
    cases.push({
      name: `r30 js value ${col} #${i + 1}`,
      setup: SETUP,
      steps: [P(`INSERT INTO v (id, ${col}) VALUES (1, $1) RETURNING ${col}`, value)],
    });
    cases.push({
      name: `r30 js value ${col} compare #${i + 1}`,
      setup: `${SETUP} INSERT INTO v (id) VALUES (1);`,
      steps: [P(`SELECT id, ${col} = $1 AS same, ${col} IS NOT DISTINCT FROM $1 AS nd FROM v`, value)],
    });
  });
}
export default cases;
