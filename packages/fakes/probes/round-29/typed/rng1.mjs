const c = (name, steps, setup) => ({ name, steps, ...(setup ? { setup } : {}) });
const T =
  "CREATE TABLE r (id serial primary key, ir int4range, nr numrange, dr daterange, tr tstzrange); INSERT INTO r (ir, nr, dr, tr) VALUES ('[1,5)', '[1.5,2.5]', '[2024-01-01,2024-01-31]', '[2024-01-01 00:00+00,2024-01-02 00:00+00)'), ('(1,5]', '(,3)', 'empty', '(,)'), ('empty', NULL, '(2024-01-01,2024-01-02)', 'empty'), (NULL, 'empty', '[2024-02-01,)', '[2024-01-01 10:00+00,2024-01-01 10:00+00]')";
export default [
  c(
    'rng: canonical output',
    [
      'SELECT id, ir, nr, dr, tr FROM r ORDER BY id',
      "SELECT '[3,7)'::int4range a, '(3,7)'::int4range b, '[3,7]'::int4range c, '[4,4)'::int4range d, '[4,4]'::int4range e, '(,5]'::int4range f, '[1.1,2.2)'::numrange g, '( 1 , 2 )'::numrange h, '[2024-01-01,2024-01-05]'::daterange i, '[\"a\",\"b\")'::tsrange j, 'EMPTY'::int8range k, '(5,5)'::int4range l",
    ],
    T,
  ),
  c('rng: constructors', [
    "SELECT int4range(1, 10) a, int4range(1, 10, '(]') b, int4range(NULL, 3) c, numrange(1, 2, '()') d, daterange('2024-01-01', '2024-01-02', '[]') e, int8range(1, 1) f, tsrange('2024-01-01', NULL) g, numrange(1.0, 1.0, '[]') h",
    'SELECT int4range(5, 1)',
    "SELECT int4range(1, 2, 'x')",
    "SELECT '[5,1)'::int4range",
    "SELECT '[1,2'::int4range",
    "SELECT int4range(1, 2147483647, '[]')",
  ]),
  c(
    'rng: bound functions',
    [
      'SELECT id, lower(ir) a, upper(ir) b, isempty(ir) c, lower_inc(ir) d, upper_inc(ir) e, lower_inf(ir) f, upper_inf(nr) g, lower(dr) h, upper(dr) i, upper_inf(tr) j, lower(tr) k FROM r ORDER BY id',
    ],
    T,
  ),
  c('rng: operators', [
    "SELECT int4range(2,4) @> int4range(2,3) a, '[2011-01-01,2011-03-01)'::tsrange @> '2011-01-10'::timestamp b, 42 <@ int4range(1,7) c, int8range(3,7) && int8range(4,12) d, int8range(1,10) << int8range(100,110) e, int8range(50,60) >> int8range(20,30) f, int8range(1,20) &< int8range(18,20) g, int8range(7,20) &> int8range(5,10) h, numrange(1.1,2.2) -|- numrange(2.2,3.3) i, int4range(1,3) -|- int4range(3,5,'(]') j",
    'SELECT numrange(5,15) + numrange(10,20) a, int8range(5,15) * int8range(10,20) b, int8range(5,15) - int8range(10,20) c, int4range(1,5) * int4range(7,9) d, int4range(1,10) - int4range(3,4) e',
    'SELECT numrange(1,2) + numrange(3,4)',
    'SELECT int4range(1,10) - int4range(3,4)',
    "SELECT range_merge(numrange(1,2), numrange(3,4)) a, range_merge('empty'::int4range, int4range(1,2)) b",
  ]),
  c(
    'rng: column queries',
    [
      'SELECT id FROM r WHERE ir @> 3 ORDER BY id',
      "SELECT id FROM r WHERE dr @> date '2024-01-15' ORDER BY id",
      "SELECT id FROM r WHERE tr && tstzrange('2024-01-01 09:00+00', '2024-01-01 11:00+00') ORDER BY id",
      { sql: 'SELECT id FROM r WHERE dr @> $1::date ORDER BY id', params: ['2024-03-01'] },
      { sql: 'SELECT id FROM r WHERE ir && $1 ORDER BY id', params: ['[4,10)'] },
      'SELECT id, ir FROM r ORDER BY ir NULLS LAST, id',
      "SELECT id, ir = 'empty' a, ir < '[1,2)' b FROM r ORDER BY id",
    ],
    T,
  ),
  c('rng: empty semantics', [
    "SELECT 'empty'::int4range @> 'empty'::int4range a, int4range(1,2) @> 'empty'::int4range b, 'empty'::int4range && int4range(1,2) c, 'empty'::int4range << int4range(1,2) d, 'empty'::int4range -|- int4range(1,2) e, lower('empty'::int4range) f, upper_inf('empty'::int4range) g, 'empty'::int4range < int4range(1,2) h, 'empty'::int4range = int4range(3,3) i",
  ]),
  c('rng: multirange', [
    "SELECT '{[3,7), [8,9)}'::int4multirange a, '{}'::int4multirange b, '{[1,3), [2,5)}'::int4multirange c, '{[1,2), [2,3)}'::int4multirange d, int4multirange(int4range(1,2), int4range(5,6)) e, '{(,5], [7,)}'::nummultirange f",
    'SELECT int4range(1,10) - int4range(3,4) ',
    "SELECT multirange(int4range(1,5)) a, range_merge('{[1,2), [5,6)}'::int4multirange) b, '{[1,2), [5,6)}'::int4multirange @> 5 c, '{[1,2), [5,6)}'::int4multirange + '{[2,5)}' d, '{[1,10)}'::int4multirange - '{[3,4)}' e, '{[1,10)}'::int4multirange * '{[3,20)}' f, unnest('{[1,2), [5,6)}'::int4multirange) g",
    "SELECT lower('{[1,2), [5,6)}'::int4multirange) a, upper('{[1,2), [5,6)}'::int4multirange) b, isempty('{}'::int4multirange) c, range_agg(r) d FROM (VALUES (int4range(1,3)), (int4range(2,5)), (int4range(7,8))) v(r)",
    'SELECT range_intersect_agg(r) FROM (VALUES (int4range(1,10)), (int4range(2,5))) v(r)',
    "SELECT '{[1,2)'::int4multirange",
  ]),
  c('rng: daterange discrete', [
    "SELECT daterange('2024-01-01', '2024-01-31', '[]') a, upper(daterange('2024-01-01', '2024-01-31', '[]')) b, '[2024-01-01,infinity)'::daterange c, '[-infinity,2024-01-01]'::daterange d, daterange('2024-01-31', '2024-01-31', '(]') e, tsrange('2024-01-01 10:00', '2024-01-01 10:00', '[]') f",
  ]),
  c('rng: numrange float', [
    "SELECT numrange(1, 2.50) a, '[1.500, 2.0]'::numrange b, lower('[1.500, 2.0]'::numrange) c, int8range(10, 20) @> 15::bigint d, numrange(0, 1) @> 0.5 e, int4range(1,5) @> 5 f",
  ]),
  c(
    'rng: exclusion constraint',
    [
      "INSERT INTO bk (room, during) VALUES (1, '[2024-01-01,2024-01-05)'), (2, '[2024-01-01,2024-01-05)')",
      "INSERT INTO bk (room, during) VALUES (1, '[2024-01-04,2024-01-06)')",
      "INSERT INTO bk (room, during) VALUES (1, '[2024-01-05,2024-01-06)') RETURNING during",
    ],
    'CREATE EXTENSION IF NOT EXISTS btree_gist; CREATE TABLE bk (room int, during daterange, EXCLUDE USING gist (room WITH =, during WITH &&))',
  ),
  c(
    'rng: insert params return',
    [
      {
        sql: 'INSERT INTO r (ir, dr, tr) VALUES ($1, $2, $3) RETURNING ir, dr, tr',
        params: ['[1,3]', '[2024-01-01,2024-01-03]', '["2024-01-01 00:00:00+00","2024-01-02 00:00:00+00")'],
      },
      { sql: 'INSERT INTO r (ir) VALUES (int4range($1, $2)) RETURNING ir', params: [5, 9] },
      { sql: 'SELECT tstzrange($1, $2) AS r', params: ['2024-01-01T00:00:00Z', null] },
    ],
    T,
  ),
];
