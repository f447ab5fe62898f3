const T = 'CREATE TABLE b (id int, n bigint, xs bigint[])';
const ins = {
  sql: 'INSERT INTO b VALUES (1, $1, $2), (2, $3, $4)',
  params: ['9007199254740993', ['9007199254740993', '1'], '-9223372036854775808', ['9223372036854775807']],
};
const one = (x) => ({ name: `pgm8: ${x}`, setup: T, steps: [ins, x] });
export default [
  'SELECT id, n FROM b ORDER BY id',
  'SELECT id, n::text AS v FROM b ORDER BY id',
  'SELECT id, xs FROM b ORDER BY id',
  "SELECT id, jsonb_build_object('n', n) AS v FROM b ORDER BY id",
  'SELECT id, jsonb_build_array(n) AS v FROM b ORDER BY id',
  'SELECT id, to_jsonb(n) AS v FROM b ORDER BY id',
  'SELECT id, xs @> ARRAY[n] AS v FROM b ORDER BY id',
  'SELECT id, n = ANY(xs) AS v FROM b ORDER BY id',
  'SELECT id, array_append(xs, n) AS v FROM b ORDER BY id',
  'SELECT id, xs || n AS v FROM b ORDER BY id',
  'SELECT id, xs[1] AS v FROM b ORDER BY id',
  'SELECT id, array_remove(xs, n) AS v FROM b ORDER BY id',
  'SELECT id, n + 0 AS v FROM b ORDER BY id',
  'SELECT id, n - 1 AS v FROM b ORDER BY id',
  'SELECT id, n * 1 AS v FROM b ORDER BY id',
  'SELECT id, n / 1 AS v FROM b ORDER BY id',
  'SELECT id, n % 10 AS v FROM b ORDER BY id',
  'SELECT id FROM b WHERE n = 9007199254740992 ORDER BY id',
  'SELECT id FROM b WHERE n > 9007199254740991 ORDER BY id',
  'SELECT max(n), min(n), sum(n) FROM b',
  'SELECT id, n::numeric AS v FROM b ORDER BY id',
  'SELECT id, n::float8 AS v FROM b ORDER BY id',
  'SELECT id, n::int AS v FROM b ORDER BY id',
  'SELECT id, -n AS v FROM b ORDER BY id',
  'SELECT id, abs(n) AS v FROM b ORDER BY id',
  'SELECT n FROM b ORDER BY n',
  'SELECT count(DISTINCT n) FROM b',
  'SELECT id, array_length(xs, 1) FROM b ORDER BY id',
  'SELECT id, xs::text AS v FROM b ORDER BY id',
  'SELECT id, json_agg(n) AS v FROM b GROUP BY id ORDER BY id',
  'SELECT jsonb_agg(n ORDER BY id) AS v FROM b',
  'SELECT array_agg(n ORDER BY id) AS v FROM b',
  "SELECT id, to_char(n, '9999999999999999999') AS v FROM b ORDER BY id",
  { sql: 'SELECT id FROM b WHERE n = $1 ORDER BY id', params: ['9007199254740992'] },
  { sql: 'SELECT id FROM b WHERE n = ANY($1::bigint[]) ORDER BY id', params: [['9007199254740992']] },
  { sql: 'UPDATE b SET n = n + 1 WHERE id = 1 RETURNING n', params: [] },
  { sql: 'UPDATE b SET xs = array_append(xs, $1) WHERE id = 1 RETURNING xs', params: ['9007199254740995'] },
].map((x) =>
  typeof x === 'string'
    ? one(x)
    : { name: `pgm8: ${x.sql} ${JSON.stringify(x.params)}`, setup: T, steps: [ins, x] },
);
