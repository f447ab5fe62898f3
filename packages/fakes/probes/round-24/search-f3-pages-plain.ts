import { ProbeCases, withParams as p } from '../probe-kit.js';

const DOCS = `
  CREATE TABLE posts (id int PRIMARY KEY, title text NOT NULL, body text, created_at timestamptz, views int);
  INSERT INTO posts (id, title, body, created_at, views) VALUES
    (1, 'Running with Postgres', 'The quick brown fox jumps over the lazy dog', '2024-01-01 10:00:00+00', 10),
    (2, 'Cats and dogs', 'Dogs are running in the park; cats are sleeping', '2024-01-01 10:00:00+00', 5),
    (3, 'Full text search', 'Searching documents with tsvector and tsquery in PostgreSQL', '2024-01-02 09:00:00+00', NULL),
    (4, 'The fat rats', 'A fat cat sat on a mat and ate a fat rat', NULL, 7),
    (5, 'Postgres tips', 'Indexes, vacuum and search tips for postgres users', '2024-01-03 00:00:00+00', 10),
    (6, 'Ünïcödé títle', 'Café naïve résumé', '2024-01-03 00:00:00+00', 1);`;

/**
 * The pagination and filter cases, on `docs` (a posts table): search-f2 runs them beside its text
 * search cases, this file on a plain table pg-mem can set up (it refuses f2's tsvector column).
 */
export function addPaging(l: ProbeCases, docs: string): void {
  l.add('limit offset order by pk', ['SELECT id FROM posts ORDER BY id LIMIT 2 OFFSET 2'], docs);
  l.add('offset beyond', ['SELECT id FROM posts ORDER BY id LIMIT 2 OFFSET 100'], docs);
  l.add('limit 0', ['SELECT id FROM posts ORDER BY id LIMIT 0'], docs);
  l.add('limit null', ['SELECT id FROM posts ORDER BY id LIMIT NULL'], docs);
  l.add('limit all', ['SELECT id FROM posts ORDER BY id LIMIT ALL OFFSET 4'], docs);
  l.add('offset null', ['SELECT id FROM posts ORDER BY id OFFSET NULL'], docs);
  l.add('limit negative 2201W', ['SELECT id FROM posts ORDER BY id LIMIT -1'], docs);
  l.add('offset negative 2201X', ['SELECT id FROM posts ORDER BY id OFFSET -1'], docs);
  l.add('limit param text', [p('SELECT id FROM posts ORDER BY id LIMIT $1 OFFSET $2', '2', '1')], docs);
  l.add('limit param number', [p('SELECT id FROM posts ORDER BY id LIMIT $1 OFFSET $2', 2, 1)], docs);
  l.add('limit param fractional', [p('SELECT id FROM posts ORDER BY id LIMIT $1', 2.5)], docs);
  l.add('limit param fractional text', [p('SELECT id FROM posts ORDER BY id LIMIT $1', '2.5')], docs);
  l.add('limit param null', [p('SELECT id FROM posts ORDER BY id LIMIT $1 OFFSET $2', null, null)], docs);
  l.add('limit param negative', [p('SELECT id FROM posts ORDER BY id LIMIT $1', -3)], docs);
  l.add(
    'limit param bigint string',
    [p('SELECT id FROM posts ORDER BY id LIMIT $1', '9223372036854775807')],
    docs,
  );
  l.add(
    'limit param overflow',
    [p('SELECT id FROM posts ORDER BY id LIMIT $1', '9223372036854775808')],
    docs,
  );
  l.add('limit param cast int', [p('SELECT id FROM posts ORDER BY id LIMIT $1::int', '3')], docs);
  l.add('limit literal numeric', ['SELECT id FROM posts ORDER BY id LIMIT 2.5'], docs);
  l.add('limit literal 1.5 rounding', ['SELECT id FROM posts ORDER BY id LIMIT 1.5 OFFSET 0.5'], docs);
  l.add('limit text literal', ["SELECT id FROM posts ORDER BY id LIMIT '3'"], docs);
  l.add('limit text typed 42804', ["SELECT id FROM posts ORDER BY id LIMIT '3'::text"], docs);
  l.add('limit float', ['SELECT id FROM posts ORDER BY id LIMIT 2.5::float8'], docs);
  l.add('limit subquery', ['SELECT id FROM posts ORDER BY id LIMIT (SELECT 2)'], docs);
  l.add('limit column ref error', ['SELECT id FROM posts ORDER BY id LIMIT id'], docs);
  l.add('fetch first', ['SELECT id FROM posts ORDER BY id FETCH FIRST 2 ROWS ONLY'], docs);
  l.add(
    'fetch next row only default',
    ['SELECT id FROM posts ORDER BY id OFFSET 1 ROW FETCH NEXT ROW ONLY'],
    docs,
  );
  l.add(
    'fetch with ties',
    ['SELECT id, views FROM posts ORDER BY views DESC NULLS LAST FETCH FIRST 1 ROWS WITH TIES'],
    docs,
  );
  l.add(
    'fetch with ties created_at',
    ['SELECT id FROM posts ORDER BY created_at FETCH FIRST 1 ROW WITH TIES'],
    docs,
  );
  l.add('fetch with ties no order error', ['SELECT id FROM posts FETCH FIRST 1 ROW WITH TIES'], docs);
  l.add(
    'fetch with ties null count',
    ['SELECT id FROM posts ORDER BY views FETCH FIRST NULL ROWS WITH TIES'],
    docs,
  );
  l.add(
    'fetch with ties param',
    [
      p(
        'SELECT id FROM posts ORDER BY views DESC NULLS LAST, id OFFSET $1 ROWS FETCH FIRST $2 ROWS WITH TIES',
        0,
        2,
      ),
    ],
    docs,
  );
  l.add('fetch first percent', ['SELECT id FROM posts ORDER BY id FETCH FIRST (1+1) ROWS ONLY'], docs);
  l.add(
    'keyset row compare',
    [
      p(
        'SELECT id FROM posts WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT 3',
        '2024-01-01T10:00:00Z',
        1,
      ),
    ],
    docs,
  );
  l.add(
    'keyset row compare desc',
    [
      p(
        'SELECT id FROM posts WHERE (created_at, id) < ($1::timestamptz, $2::int) ORDER BY created_at DESC, id DESC LIMIT 3',
        '2024-01-03T00:00:00Z',
        6,
      ),
    ],
    docs,
  );
  l.add(
    'keyset row compare null',
    ['SELECT id FROM posts WHERE (created_at, id) > (NULL, 1) ORDER BY id'],
    docs,
  );
  l.add('keyset row null second', [
    'SELECT (1, NULL) < (2, 1) AS a, (1, NULL) < (1, 2) AS b, (1, 2) = (1, NULL) AS c, (1, 2) <> (2, NULL) AS d',
  ]);
  l.add(
    'keyset row compare expanded',
    [
      p(
        'SELECT id FROM posts WHERE created_at > $1 OR (created_at = $1 AND id > $2) ORDER BY created_at, id',
        '2024-01-01T10:00:00Z',
        1,
      ),
    ],
    docs,
  );
  l.add(
    'keyset text',
    [
      p(
        'SELECT id, title FROM posts WHERE (title, id) > ($1, $2) ORDER BY title, id LIMIT 3',
        'Full text search',
        3,
      ),
    ],
    docs,
  );
  l.add(
    'keyset nulls last coalesce',
    [
      p(
        'SELECT id FROM posts WHERE (coalesce(views, -1), id) < ($1, $2) ORDER BY coalesce(views, -1) DESC, id DESC',
        10,
        5,
      ),
    ],
    docs,
  );
  l.add('row compare size mismatch', ['SELECT (1, 2) < (1, 2, 3)']);
  l.add('row compare types mismatch', ["SELECT (1, 'a') < (1, 2)"]);
  l.add('row compare mixed numeric', [
    'SELECT (1, 2.5) < (1, 3) AS a, (1::bigint, 2) >= (1::numeric, 2::float8) AS b',
  ]);
  l.add('row is distinct from', [
    'SELECT (1, NULL) IS DISTINCT FROM (1, NULL) AS a, ROW(1, NULL) IS NULL AS b, ROW(NULL, NULL) IS NULL AS c',
  ]);
  l.add(
    'count over total',
    ['SELECT id, count(*) OVER () AS total FROM posts ORDER BY id LIMIT 2 OFFSET 1'],
    docs,
  );
  l.add(
    'count over total empty page',
    ['SELECT id, count(*) OVER () AS total FROM posts ORDER BY id LIMIT 2 OFFSET 10'],
    docs,
  );
  l.add('order by alias', ['SELECT id, views * 2 AS v2 FROM posts ORDER BY v2 DESC NULLS LAST, id'], docs);
  l.add(
    'order by alias in expression error',
    ['SELECT id, views * 2 AS v2 FROM posts ORDER BY v2 + 1'],
    docs,
  );
  l.add('order by position out of range', ['SELECT id FROM posts ORDER BY 2'], docs);
  l.add('order by position zero', ['SELECT id FROM posts ORDER BY 0'], docs);
  l.add('distinct order by not in list', ['SELECT DISTINCT views FROM posts ORDER BY id'], docs);
  l.add(
    'distinct order by expression in list',
    ['SELECT DISTINCT lower(title) AS t FROM posts ORDER BY lower(title)'],
    docs,
  );
  l.add('distinct on order mismatch', ['SELECT DISTINCT ON (views) id FROM posts ORDER BY id'], docs);
  l.add(
    'distinct on pagination',
    ['SELECT DISTINCT ON (created_at) created_at, id FROM posts ORDER BY created_at, id DESC LIMIT 3'],
    docs,
  );
  l.add('order by ambiguous alias', ['SELECT id AS x, views AS x FROM posts ORDER BY x'], docs);
  l.add('order by alias shadows column', ['SELECT id, -views AS views FROM posts ORDER BY views, id'], docs);
  l.add(
    'order by alias in union',
    [
      'SELECT id AS k FROM posts WHERE id < 3 UNION ALL SELECT id FROM posts WHERE id > 4 ORDER BY k DESC LIMIT 3',
    ],
    docs,
  );
  l.add(
    'order by expression in union error',
    ['SELECT id FROM posts UNION SELECT id FROM posts ORDER BY id + 1'],
    docs,
  );
  l.add('order by using operator', ['SELECT id FROM posts ORDER BY views USING >, id'], docs);
  l.add(
    'limit in subquery then order',
    ['SELECT * FROM (SELECT id FROM posts ORDER BY id DESC LIMIT 3) s ORDER BY id'],
    docs,
  );
  l.add(
    'window page row_number',
    [
      'SELECT id FROM (SELECT id, row_number() OVER (ORDER BY created_at NULLS LAST, id) AS rn FROM posts) s WHERE rn BETWEEN 3 AND 4 ORDER BY rn',
    ],
    docs,
  );
  l.add('order by bool', ['SELECT id FROM posts ORDER BY views IS NULL, views DESC, id'], docs);
  l.add(
    'order by case',
    ["SELECT id FROM posts ORDER BY CASE WHEN title ILIKE 'postgres%' THEN 0 ELSE 1 END, id"],
    docs,
  );
  l.add(
    'order by param direction-free expression',
    [p('SELECT id FROM posts ORDER BY id <> $1, id', 4)],
    docs,
  );
  l.add('order by param position is constant', [p('SELECT id FROM posts ORDER BY $1, id', 2)], docs);
  // numbers and text in filters
  l.select('between mixed types', '5 BETWEEN 1.5 AND 10::bigint AS a, 2.5::float8 BETWEEN 2 AND 3 AS b');
  l.select('between symmetric', '5 BETWEEN SYMMETRIC 10 AND 1 AS a, 5 BETWEEN 10 AND 1 AS b');
  l.select('not between null', '5 NOT BETWEEN NULL AND 1 AS a, 5 BETWEEN NULL AND 10 AS b');
  l.select('between text', "'b' BETWEEN 'a' AND 'c' AS a, 'B' BETWEEN 'a' AND 'c' AS b");
  l.select('in list null', '1 IN (2, NULL) AS a, 1 IN (1, NULL) AS b, 1 NOT IN (2, NULL) AS c');
  l.select('in list mixed numeric', '1 IN (1.0, 2) AS a, 1.5 IN (1, 2) AS b');
  l.select('in list text int error', "1 IN ('a', 2)");
  l.select('in list text literal int', "1 IN ('1', 2) AS a");
  l.add('any int array param', [p('SELECT id FROM posts WHERE id = ANY($1) ORDER BY id', [1, 3, 5])], docs);
  l.add(
    'any int array param typed',
    [p('SELECT id FROM posts WHERE id = ANY($1::int[]) ORDER BY id', [2, 4])],
    docs,
  );
  l.add(
    'any text array param',
    [p('SELECT id FROM posts WHERE title = ANY($1) ORDER BY id', ['Cats and dogs', 'nope'])],
    docs,
  );
  l.add(
    'any text array with null',
    [p('SELECT id FROM posts WHERE title = ANY($1::text[]) ORDER BY id', ['Cats and dogs', null])],
    docs,
  );
  l.add('not all array null', [p('SELECT count(*) FROM posts WHERE id <> ALL($1::int[])', [1, null])], docs);
  l.add('any empty array', [p('SELECT count(*) FROM posts WHERE id = ANY($1::int[])', [])], docs);
  l.add(
    'any string array for int',
    [p('SELECT id FROM posts WHERE id = ANY($1) ORDER BY id', ['1', '2'])],
    docs,
  );
  l.add('any bad int array', [p('SELECT id FROM posts WHERE id = ANY($1) ORDER BY id', ['1', 'x'])], docs);
  l.add(
    'any bigint array param',
    [p('SELECT id FROM posts WHERE id = ANY($1::bigint[]) ORDER BY id', ['1', '6'])],
    docs,
  );
  l.add(
    'in param list',
    [p('SELECT id FROM posts WHERE id IN ($1, $2, $3) ORDER BY id', 1, '2', null)],
    docs,
  );
  l.add('views gt param string', [p('SELECT id FROM posts WHERE views > $1 ORDER BY id', '6')], docs);
  l.add('views gt param fractional', [p('SELECT id FROM posts WHERE views > $1 ORDER BY id', '6.5')], docs);
  l.add(
    'views gt param numeric cast',
    [p('SELECT id FROM posts WHERE views > $1::numeric ORDER BY id', '6.5')],
    docs,
  );
  l.add(
    'views eq param text cast error',
    [p('SELECT id FROM posts WHERE views = $1::text ORDER BY id', '5')],
    docs,
  );
  l.add('int column vs text literal', ["SELECT id FROM posts WHERE views = '5'"], docs);
  l.add('int column vs text typed 42883', ["SELECT id FROM posts WHERE views = '5'::text"], docs);
  l.add('text column vs int 42883', ['SELECT id FROM posts WHERE title = 5'], docs);
  l.add('int column vs decimal literal', ['SELECT id FROM posts WHERE views = 5.0 ORDER BY id'], docs);
  l.add('int column vs bad literal', ["SELECT id FROM posts WHERE views = 'five'"], docs);
  l.add('int column vs fractional literal string', ["SELECT id FROM posts WHERE views = '5.0'"], docs);
  l.select(
    'numeric vs float',
    '0.1::numeric + 0.2::numeric = 0.3 AS a, 0.1::float8 + 0.2::float8 = 0.3 AS b, 0.1::float4 = 0.1::float8 AS c',
  );
  l.select(
    'numeric vs int compare',
    '1::numeric = 1::int AS a, 1.0::numeric = 1::bigint AS b, 2::int2 < 3.5 AS c',
  );
  l.select(
    'nan ordering',
    "array_agg(x ORDER BY x) FROM (VALUES ('NaN'::numeric), (1), ('Infinity'::numeric), (-1)) v(x)",
  );
  l.select(
    'float nan ordering',
    "array_agg(x ORDER BY x)::text FROM (VALUES ('NaN'::float8), (1), ('Infinity'), ('-Infinity')) v(x)",
  );
  l.select('nan equality', "'NaN'::float8 = 'NaN'::float8 AS a, 'NaN'::numeric > 1e300 AS b");
  l.select(
    'numeric trailing zeros distinct',
    'count(DISTINCT x) AS n, min(x)::text AS mn FROM (VALUES (1.0), (1.00), (1)) v(x)',
  );
  l.select('text to number compare 42883', "'10'::text > 9");
  l.select('text numeric compare via cast', "'10'::numeric > 9 AS a, '10' > '9' AS b");
  l.select(
    'char n compare padding',
    "'a '::char(3) = 'a'::char(3) AS a, 'a '::char(3) = 'a'::text AS b, 'a'::char(3) || 'b' AS c, length('a '::char(3)) AS d",
  );
  l.select('varchar trailing space compare', "'a '::varchar = 'a'::varchar AS a, 'a ' = 'a' AS b");
  l.add('char column lookup', [
    'CREATE TABLE c (code char(5))',
    "INSERT INTO c VALUES ('ab'), ('ab  ')",
    p('SELECT count(*) FROM c WHERE code = $1', 'ab'),
    p('SELECT count(*) FROM c WHERE code = $1::text', 'ab'),
  ]);
  l.add('char column like', [
    'CREATE TABLE c (code char(5))',
    "INSERT INTO c VALUES ('ab')",
    "SELECT count(*) AS a FROM c WHERE code LIKE 'ab'",
    "SELECT count(*) AS b FROM c WHERE code LIKE 'ab%'",
  ]);
  l.add('char column distinct', [
    'CREATE TABLE c (code char(5))',
    "INSERT INTO c VALUES ('ab'), ('ab  '), ('AB')",
    'SELECT count(DISTINCT code) FROM c',
  ]);
  l.select(
    'trim compare',
    "trim('  a ') = 'a' AS a, rtrim('a..', '.') AS b, btrim('xxaxx', 'x') AS c, lpad('7', 3, '0') AS d",
  );
  l.select(
    'lpad sort',
    "array_agg(lpad(x, 4, '0') ORDER BY lpad(x, 4, '0')) FROM (VALUES ('10'), ('9'), ('100')) v(x)",
  );
  l.select(
    'sum of int bigint numeric types',
    'pg_typeof(sum(1::int)) AS a, pg_typeof(sum(1::bigint)) AS b, pg_typeof(avg(1::int)) AS c',
  );
  l.select('int overflow in filter', '2147483647::int + 1 > 0');
  l.select('between timestamps text', "'2024-01-02'::date BETWEEN '2024-01-01' AND '2024-01-03' AS a");
  l.select('coalesce mixed numeric', 'pg_typeof(coalesce(1, 2.5)) AS a, coalesce(NULL::int, 2.5) AS b');
  l.select(
    'union type resolution numeric',
    'array_agg(x ORDER BY x) FROM (SELECT 1 AS x UNION SELECT 2.5 UNION SELECT 1.0) v',
  );
}

const l = new ProbeCases('f3 ');
addPaging(l, DOCS);
export default l.cases;
