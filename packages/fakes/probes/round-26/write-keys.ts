// Round 26 part C: UPDATE and DELETE finding their rows by a key compared with a value of another
// type (PostgreSQL 15 docs 10.2, 9.2): the same comparison through the primary key's index and on a
// column without one must find the same rows, and the final state shows which rows were written.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r26 write keys: ');

const KEYS: readonly [string, readonly string[], readonly string[], readonly unknown[]][] = [
  [
    'int',
    ['1', '2', '3'],
    ['1.5', '2.0', "'2'", '2::bigint', '2::numeric', '2.0::float8', "'2.0'::numeric", '1.9999999999'],
    ['2', 2, '2.0', 2.5],
  ],
  [
    'bigint',
    ['1', '2', '3'],
    ['1.5', '2.0', "'2'", '2::smallint', '2.5::float4', '2::numeric(3,1)'],
    ['2', 2.5],
  ],
  ['smallint', ['1', '2', '3'], ['1.5', '2.0', '70000', '2::bigint', "'2'"], ['2', '70000']],
  [
    'numeric',
    ['1.5', '2', '3.00'],
    ['2.0', '1.50', '3', '1.5::float8', "'3.000'", '2::int'],
    ['2.00', '1.5', 3],
  ],
  ['float8', ['0.1', '2', '3'], ['0.1::float4', '0.1::numeric', '2', '2.0::numeric', "'0.1'"], ['0.1', '2']],
  ['real', ['0.1', '2', '3'], ['0.1', '0.1::float8', '0.1::real', '2', "'0.1'"], ['0.1', 2]],
  [
    'text',
    ["'a'", "'b '", "'C'"],
    ["'b'", "'b '", "'b'::char(2)", "'b '::char(2)", "'c'", "'a'::varchar", "'a'::name"],
    ['b', 'b ', 'a'],
  ],
  ['varchar(3)', ["'a'", "'b '", "'C'"], ["'b'", "'b '", "'b'::char(3)", "'a'::text", "'abcd'"], ['b ', 'a']],
  [
    'char(3)',
    ["'a'", "'b '", "'C'"],
    ["'a'", "'a  '", "'a'::text", "'a  '::text", "'a '::varchar", "'b'"],
    ['a', 'a  '],
  ],
  [
    'uuid',
    ["'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'00000000-0000-0000-0000-000000000000'"],
    [
      "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'",
      "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'",
      "'a0eebc999c0b4ef8bb6d6bb9bd380a11'",
    ],
    ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'],
  ],
  [
    'date',
    ["'2024-01-01'", "'2024-01-02'"],
    [
      "'2024-01-01'::timestamp",
      "'2024-01-01 12:00'::timestamp",
      "'2024-01-02 00:00:00+00'::timestamptz",
      "'Jan 2 2024'",
    ],
    ['2024-01-01', '2024-01-01 00:00:00'],
  ],
  [
    'timestamptz',
    ["'2024-01-01 00:00+00'", "'2024-01-01 12:00+00'"],
    ["'2024-01-01 02:00+02'", "'2024-01-01'::date", "'2024-01-01 00:00'::timestamp"],
    ['2024-01-01T00:00:00Z', '2024-01-01 02:00+02'],
  ],
  [
    'timestamp',
    ["'2024-01-01 00:00'", "'2024-01-01 12:00'"],
    ["'2024-01-01'::date", "'2024-01-01 00:00+05'::timestamptz", "'2024-01-01 00:00:00.0000001'"],
    ['2024-01-01 00:00:00', '2024-01-01'],
  ],
  ['boolean', ['true', 'false'], ["'yes'", "'f'", '1::boolean', "'on'"], ['t', 'no']],
  [
    'interval',
    ["'1 day'", "'2 hours'"],
    ["'24 hours'", "'120 minutes'", "'1 mon'::interval - '29 days'::interval"],
    ['24 hours', '7200 seconds'],
  ],
  [
    'jsonb',
    ['\'{"a":1}\'', "'[1,2]'"],
    [`'{"a": 1.0}'`, `'[1, 2]'`, `'{"a":1}'::json::jsonb`],
    ['{"a":1.00}', '[1,2]'],
  ],
];
for (const [type, values, probes, params] of KEYS) {
  const setup = [
    `CREATE TABLE k (id ${type} PRIMARY KEY, n int);`,
    `CREATE TABLE u (id ${type}, n int);`,
    `INSERT INTO k VALUES ${values.map((v, i) => `(${v}, ${i + 1})`).join(', ')};`,
    'INSERT INTO u SELECT * FROM k;',
  ].join('\n');
  const read = ['SELECT * FROM k ORDER BY n', 'SELECT * FROM u ORDER BY n'];
  for (const probe of probes) {
    list.add(
      `${type} update where = ${probe}`,
      [
        `UPDATE k SET n = n + 100 WHERE id = ${probe} RETURNING n`,
        `UPDATE u SET n = n + 100 WHERE id = ${probe} RETURNING n`,
        ...read,
      ],
      setup,
    );
    list.add(
      `${type} delete where in (${probe})`,
      [
        `DELETE FROM k WHERE id IN (${probe}) RETURNING n`,
        `DELETE FROM u WHERE id IN (${probe}) RETURNING n`,
        ...read,
      ],
      setup,
    );
    list.add(
      `${type} upsert of ${probe}`,
      [
        `INSERT INTO k VALUES (${probe}, 0) ON CONFLICT (id) DO UPDATE SET n = k.n + 1000 RETURNING n`,
        ...read,
      ],
      setup,
    );
  }
  for (const [i, param] of params.entries()) {
    list.add(
      `${type} parameter ${i + 1}`,
      [
        withParams('UPDATE k SET n = n + 100 WHERE id = $1 RETURNING n', param),
        withParams('DELETE FROM u WHERE id = $1 RETURNING n', param),
        ...read,
      ],
      setup,
    );
    list.add(
      `${type} parameter ${i + 1} any`,
      [withParams('DELETE FROM k WHERE id = ANY($1) RETURNING n', [param]), ...read],
      setup,
    );
  }
}

export default list.cases;
