// Range and multirange types (8.17, 9.20).
const one = (name: string, sql: string) => ({ name, steps: [sql] });

export const rangeCases = [
  one(
    'range: int4range discrete canonical forms',
    "SELECT '[1,5]'::int4range AS a, '(1,5)'::int4range AS b, '(1,5]'::int4range AS c, '[1,5)'::int4range AS d",
  ),
  one(
    'range: daterange canonical form of an inclusive upper bound',
    "SELECT '[2024-01-01,2024-01-31]'::daterange AS r, daterange('2024-02-28', '2024-02-29', '[]') AS leap",
  ),
  one(
    'range: empty ranges in several spellings',
    "SELECT '[5,5)'::int4range AS a, '(5,6)'::int4range AS b, int4range(5, 5) AS c, 'EMPTY'::int4range AS d, numrange(2, 2, '()') AS e",
  ),
  one(
    'range: bounds functions on an ordinary range',
    "SELECT lower(r), upper(r), lower_inc(r), upper_inc(r), lower_inf(r), upper_inf(r) FROM (SELECT '[3,7]'::int4range AS r) s",
  ),
  one(
    'range: containment of an element',
    "SELECT int4range(1, 10) @> 10 AS a, int4range(1, 10) @> 9 AS b, 5 <@ int4range(1, 10) AS c, numrange(1, 2) @> 1.999 AS d, '[2024-01-01,2024-02-01)'::daterange @> '2024-02-01'::date AS e",
  ),
  one(
    'range: containment of ranges and the empty range',
    "SELECT int4range(1, 10) @> int4range(2, 3) AS a, int4range(2, 3) <@ int4range(1, 10) AS b, int4range(1, 2) @> 'empty'::int4range AS c, 'empty'::int4range <@ 'empty'::int4range AS d, int4range(1, 10) @> int4range(1, 11) AS e",
  ),
  one(
    'range: overlap &&',
    "SELECT int4range(1, 5) && int4range(5, 10) AS a, int4range(1, 5, '[]') && int4range(5, 10) AS b, 'empty'::int4range && int4range(1, 2) AS c, int4range(NULL, NULL) && int4range(3, 4) AS d",
  ),
  one(
    'range: strictly left and right << >>',
    "SELECT int4range(1, 5) << int4range(5, 10) AS a, int4range(1, 6) << int4range(5, 10) AS b, int4range(10, 20) >> int4range(1, 10) AS c, int4range(1, 5) << 'empty'::int4range AS d",
  ),
  one(
    'range: does not extend &< &>',
    'SELECT int4range(1, 20) &< int4range(18, 20) AS a, int4range(1, 21) &< int4range(18, 20) AS b, int4range(7, 20) &> int4range(5, 10) AS c, int4range(4, 20) &> int4range(5, 10) AS d',
  ),
  one(
    'range: adjacency -|-',
    "SELECT numrange(1.1, 2.2) -|- numrange(2.2, 3.3) AS a, int4range(1, 5, '[]') -|- int4range(6, 9) AS b, numrange(1, 2, '[]') -|- numrange(2, 3) AS c, int4range(1, 2) -|- 'empty'::int4range AS d",
  ),
  one(
    'range: union, intersection and difference',
    'SELECT int4range(5, 15) + int4range(10, 20) AS u, int4range(5, 15) * int4range(10, 20) AS i, int4range(5, 15) - int4range(10, 20) AS d, int4range(1, 3) * int4range(5, 7) AS empty_i',
  ),
  one('range: a difference that would split is 22000', 'SELECT int4range(1, 10) - int4range(4, 6)'),
  {
    name: 'range: ordering puts empty first, then by lower then upper',
    setup: `CREATE TABLE rs (r int4range); INSERT INTO rs VALUES ('[3,4)'), ('empty'), ('[1,9)'), ('[1,2)'), ('(,3)'), ('[5,)');`,
    steps: [
      'SELECT r FROM rs ORDER BY r',
      'SELECT min(r::text) AS t FROM rs',
      "SELECT r FROM rs WHERE r < '[1,5)' ORDER BY r",
    ],
  },
  one('range: a lower bound above the upper is 22000', 'SELECT int4range(10, 1)'),
  one('range: invalid bound flags', "SELECT int4range(1, 5, '[x')"),
  {
    name: 'range: tstzrange output in UTC',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT tstzrange('2024-01-01 00:00+02', '2024-01-02 00:00+02') AS r, '[2024-03-01 10:00:00+00,)'::tstzrange AS s",
    ],
  },
  {
    name: 'range: a range parameter and an element parameter',
    steps: [
      { sql: 'SELECT $1::int4range @> $2::int AS hit', params: ['[1,10)', '10'] },
      { sql: 'SELECT $1::int4range AS r', params: ['(1,5]'] },
      { sql: 'SELECT int4range($1, $2) AS r', params: ['3', '8'] },
      { sql: 'SELECT daterange($1, $2, $3) AS r', params: ['2024-01-01', '2024-01-10', '[]'] },
    ],
  },
  {
    name: 'range: a malformed range parameter is 22P02',
    steps: [{ sql: 'SELECT $1::int4range AS r', params: ['1,5'] }],
  },
  {
    name: 'range: a range column queried with containment and overlap parameters',
    setup: `CREATE TABLE booking (id int PRIMARY KEY, during daterange NOT NULL);
      INSERT INTO booking VALUES (1, '[2024-01-01,2024-01-05)'), (2, '[2024-01-05,2024-01-10)'), (3, '[2024-02-01,2024-02-03]');`,
    steps: [
      { sql: 'SELECT id FROM booking WHERE during @> $1::date ORDER BY id', params: ['2024-01-05'] },
      {
        sql: 'SELECT id FROM booking WHERE during && $1::daterange ORDER BY id',
        params: ['[2024-01-04,2024-02-01]'],
      },
      'SELECT id, during, upper(during) - lower(during) AS days FROM booking ORDER BY id',
    ],
  },
  {
    name: 'range: an exclusion constraint with an integer column needs btree_gist',
    steps: [
      'CREATE TABLE room2 (room int, during int4range, EXCLUDE USING gist (room WITH =, during WITH &&))',
    ],
  },
  {
    name: 'range: an exclusion constraint with btree_gist installed',
    steps: [
      'CREATE EXTENSION IF NOT EXISTS btree_gist',
      'CREATE TABLE room3 (room int, during int4range, EXCLUDE USING gist (room WITH =, during WITH &&))',
      "INSERT INTO room3 VALUES (1, '[1,5)'), (2, '[1,5)')",
      "INSERT INTO room3 VALUES (1, '[4,6)')",
    ],
  },
  {
    name: 'range: a named exclusion constraint reports its name and detail',
    setup: `CREATE TABLE slot (r int4range, CONSTRAINT no_overlap EXCLUDE USING gist (r WITH &&)); INSERT INTO slot VALUES ('[1,10)');`,
    steps: ["INSERT INTO slot VALUES ('[5,6)')", { sql: 'INSERT INTO slot VALUES ($1)', params: ['[9,12)'] }],
  },
  one(
    'range: range_agg merges overlapping and adjacent ranges',
    'SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(3, 5)), (int4range(8, 9)), (int4range(2, 4))) v(r)',
  ),
  one(
    'range: range_agg of no rows is NULL',
    'SELECT range_agg(r) IS NULL AS none FROM (SELECT int4range(1, 2) AS r WHERE false) s',
  ),
  one(
    'multirange: literals are normalised',
    "SELECT '{}'::int4multirange AS a, '{[1,3), [2,5)}'::int4multirange AS b, '{[1,3], [4,5]}'::int4multirange AS c, '{[5,6), [1,2)}'::int4multirange AS d, '{empty, [1,2)}'::int4multirange AS e",
  ),
  one(
    'multirange: operators',
    "SELECT m @> 6 AS a, m @> int4range(1, 3) AS b, m && int4range(3, 5) AS c, m + '{[3,5)}'::int4multirange AS u, m - '{[2,8)}'::int4multirange AS d, m * '{[2,8)}'::int4multirange AS i FROM (SELECT '{[1,3), [5,10)}'::int4multirange AS m) s",
  ),
  one('multirange: unnest in order', "SELECT r FROM unnest('{[5,7), [1,3), [10,11)}'::int4multirange) AS r"),
  {
    name: 'multirange: a parameter as a multirange',
    steps: [
      {
        sql: 'SELECT $1::int4multirange @> $2::int AS hit, $1::int4multirange AS m',
        params: ['{[1,3),[2,6)}', '5'],
      },
    ],
  },
  one('range: @> with an unknown literal on the right', "SELECT int4range(1, 5) @> '3' AS a"),
];
