const T =
  'CREATE TABLE t (id serial primary key, d date, ts timestamp, tz timestamptz, xs int[], tx text[], b bool[], nu numeric[], j jsonb)';
const one = (name, steps, setup = T) => ({ name: `pgm3: ${name}`, setup, steps });
const dates = [
  '2024-1-5',
  '20240105',
  'Jan 5 2024',
  '5 January 2024',
  '1/5/2024',
  ' 2024-01-05 ',
  '2024-01-05T10:00:00Z',
  '2024-01-05 23:59:59+14',
  '2024-01-05 00:00:00-12',
  'January 5, 2024',
  '2024.01.05',
  '2024/01/05',
  '05.01.2024',
  '2024-001',
  'today',
  'epoch',
  'infinity',
  '0099-01-01',
  '99-01-05',
  '1-1-1',
  '2024-02-29',
  '2023-02-29',
  '10000-01-01',
  '2024-01-05 BC',
  '2024-01-05 AD',
  'J2460315',
  '2024-W01-5',
];
const stamps = [
  '2024-01-05 10:00',
  '2024-01-05T10:00:00',
  '2024-01-05T10:00:00.123Z',
  '2024-01-05 10:00:00+02',
  '2024-01-05 10:00:00.5-03:30',
  '2024-01-05 10:00 PM',
  '2024-01-05 12:00 AM',
  '2024-01-05 24:00:00',
  '2024-01-05 10:00:60',
  'Fri Jan 05 2024 10:00:00 GMT+0000',
  '2024-01-05 10:00:00 Z',
  '2024-01-05 10:00:00 UTC',
  '2024-01-05 10:00:00 EST',
  '2024-01-05 10:00:00 Europe/Paris',
  '2024-01-05',
  '10:00',
  '2024-01-05 10',
  '2024-01-05 10:00:00.1234',
  '2024-01-05T10:00:00+0530',
  '2024-01-05 10:00:00+05:30:00',
  '1970-01-01 00:00:00',
  '2024-01-05 10:00:00 +2',
  'now',
  'allballs',
];
export default [
  ...dates.map((s) =>
    one(`date input ${s}`, [{ sql: 'INSERT INTO t (d) VALUES ($1) RETURNING d::text AS v', params: [s] }]),
  ),
  ...dates.map((s) => one(`date literal ${s}`, [`SELECT '${s}'::date::text AS v`])),
  ...stamps.map((s) =>
    one(`ts input ${s}`, [
      { sql: 'INSERT INTO t (ts, tz) VALUES ($1, $1) RETURNING ts::text AS a, tz::text AS b', params: [s] },
    ]),
  ),
  ...stamps.map((s) =>
    one(`ts literal ${s}`, [`SELECT '${s}'::timestamp::text AS a, '${s}'::timestamptz::text AS b`]),
  ),
  one('js Date param', [
    {
      sql: 'INSERT INTO t (d, ts, tz) VALUES ($1, $1, $1) RETURNING d, ts, tz, d::text a, ts::text b, tz::text c',
      params: [new Date('2024-01-05T23:30:00.123Z')],
    },
  ]),
  one('number param to date', [
    { sql: 'INSERT INTO t (d) VALUES ($1) RETURNING d::text', params: [20240105] },
  ]),
  one('number param to ts', [
    { sql: 'INSERT INTO t (ts) VALUES ($1) RETURNING ts::text', params: [1704412800000] },
  ]),
  ...[
    "'{1,2,3}'",
    "'{ 1 , 2 }'",
    '\'{"1","2"}\'',
    "'{}'",
    "'{NULL}'",
    "'{null,1}'",
    "'{+1,-2}'",
    "'{ }'",
    "'{1,,2}'",
    "'{01}'",
    "'{1.0}'",
    "'{1e2}'",
    "'[2:3]={1,2}'",
    "'{{1},{2}}'",
    'ARRAY[1,NULL]',
    "'{2147483648}'",
    "'{ 1 2 }'",
    '\'{""}\'',
  ].map((v) => one(`int[] input ${v}`, [`INSERT INTO t (xs) VALUES (${v}) RETURNING xs, xs::text AS v`])),
  ...[
    "'{a,b}'",
    '\'{"a,b","c d"}\'',
    '\'{""}\'',
    '\'{"\\\\"}\'',
    '\'{"a\\"b"}\'',
    '\'{NULL,"NULL",null}\'',
    "'{ a , b }'",
    '\'{"{}"}\'',
    "'{é,ü}'",
    "'{a b}'",
    '\'{" x "}\'',
    "'{NULLx}'",
    "'{\\\\a}'",
    '\'{"a"b}\'',
    "'{{a,b},{c,d}}'",
    "ARRAY['x,y','z']",
    "ARRAY['', NULL, 'null', ' ']",
    "ARRAY[E'tab\\there', E'nl\\nx']",
  ].map((v) => one(`text[] input ${v}`, [`INSERT INTO t (tx) VALUES (${v}) RETURNING tx, tx::text AS v`])),
  ...["'{t,f}'", "'{true,false,NULL}'", "'{yes,no,on,off,1,0}'", "'{TRUE}'", "'{maybe}'"].map((v) =>
    one(`bool[] input ${v}`, [`INSERT INTO t (b) VALUES (${v}) RETURNING b, b::text AS v`]),
  ),
  ...["'{1.50,2}'", "'{NaN}'", "'{1e3}'", "'{-0.0}'"].map((v) =>
    one(`numeric[] input ${v}`, [`INSERT INTO t (nu) VALUES (${v}) RETURNING nu, nu::text AS v`]),
  ),
  one('int[] param', [
    {
      sql: 'INSERT INTO t (xs, tx) VALUES ($1, $2) RETURNING xs, tx, xs::text a, tx::text b',
      params: [
        [1, null, 3],
        ['a,b', 'c"d', null, '', 'NULL', 'x\\y', ' s '],
      ],
    },
  ]),
  one('int[] param nested', [
    {
      sql: 'INSERT INTO t (xs) VALUES ($1) RETURNING xs, xs::text a',
      params: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
    },
  ]),
  one('int[] param strings', [{ sql: 'INSERT INTO t (xs) VALUES ($1) RETURNING xs', params: [['1', '2']] }]),
  one('int[] param float', [{ sql: 'INSERT INTO t (xs) VALUES ($1) RETURNING xs', params: [[1.5]] }]),
  one('int[] param text', [{ sql: 'INSERT INTO t (xs) VALUES ($1) RETURNING xs', params: ['{4,5}'] }]),
  one('jsonb param object', [
    { sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: [{ a: 1, b: [1, 2], c: null }] },
  ]),
  one('jsonb param string', [{ sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: ['hello'] }]),
  one('jsonb param number', [{ sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: [42] }]),
  one('jsonb param bool', [{ sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: [true] }]),
  one('jsonb param quoted string', [
    { sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: ['"hello"'] },
  ]),
  one('jsonb param date', [
    { sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j', params: [new Date('2024-01-05T00:00:00Z')] },
  ]),
  one('jsonb param array of objects', [
    {
      sql: 'INSERT INTO t (j) VALUES ($1::jsonb) RETURNING j',
      params: [JSON.stringify([{ a: 1 }, { b: 'x' }])],
    },
  ]),
  one('jsonb param nested with unicode', [
    {
      sql: 'INSERT INTO t (j) VALUES ($1) RETURNING j, j::text AS v',
      params: [JSON.stringify({ ключ: 'значение', emoji: '😀', esc: '\u0001\t"\\' })],
    },
  ]),
];
