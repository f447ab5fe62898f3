// Round 18 probe, repository writes part 1: INSERT as application repositories send it (defaults of
// every common type, multi-row, INSERT ... SELECT, bulk inserts through unnest and json recordsets).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: insert: ');

const USERS = `CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  name text,
  age int CHECK (age >= 0),
  active boolean NOT NULL DEFAULT true,
  tags text[] NOT NULL DEFAULT '{}',
  meta jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz
);`;
// The same table with fixed defaults, for errors whose detail shows the failing row.
const USERS_FIXED = USERS.replace(
  'DEFAULT gen_random_uuid()',
  "DEFAULT '00000000-0000-4000-8000-000000000001'",
).replace('DEFAULT now()', "DEFAULT '2024-01-01 00:00:00+00'");
const SERIAL = `CREATE TABLE items (id serial PRIMARY KEY, sku text NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(10,2));`;
const IDENT = `CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL, payload jsonb, at timestamptz DEFAULT now());`;
const ENUM = `CREATE TYPE status AS ENUM ('pending', 'active', 'archived');
CREATE TABLE jobs (id bigserial PRIMARY KEY, status status NOT NULL DEFAULT 'pending', attempts smallint NOT NULL DEFAULT 0, run_at timestamptz, data jsonb);`;

// ---------------------------------------------------------------- defaults
list.add(
  'uuid default has the uuid type and version 4',
  [
    withParams(
      `INSERT INTO users (email) VALUES ($1) RETURNING pg_typeof(id)::text AS t, length(id::text) AS l, substr(id::text, 15, 1) AS version`,
      'a@x',
    ),
  ],
  USERS,
);
list.add(
  'returning defaults of boolean array jsonb columns',
  [
    withParams(
      `INSERT INTO users (email) VALUES ($1) RETURNING email, name, age, active, tags, meta, updated_at`,
      'a@x',
    ),
  ],
  USERS,
);
list.add(
  'now default equals the transaction timestamp',
  [
    'BEGIN',
    withParams(`INSERT INTO users (email) VALUES ($1) RETURNING created_at = now() AS same`, 'a@x'),
    withParams(
      `INSERT INTO users (email) VALUES ($1) RETURNING created_at = transaction_timestamp() AS same`,
      'b@x',
    ),
    'COMMIT',
  ],
  USERS,
);
list.add(
  'two rows of one multi-row insert share now',
  [`INSERT INTO users (email) VALUES ('a'), ('b')`, 'SELECT count(DISTINCT created_at) AS n FROM users'],
  USERS,
);
list.add(
  'uuids of a multi-row insert differ',
  [`INSERT INTO users (email) VALUES ('a'), ('b'), ('c')`, 'SELECT count(DISTINCT id) AS n FROM users'],
  USERS,
);
list.add(
  'explicit uuid parameter is kept',
  [
    withParams(
      `INSERT INTO users (id, email) VALUES ($1, $2) RETURNING id`,
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      'a@x',
    ),
  ],
  USERS,
);
list.add(
  'uppercase uuid parameter is normalized',
  [
    withParams(
      `INSERT INTO users (id, email) VALUES ($1, $2) RETURNING id`,
      '0F8FAD5B-D9CB-469F-A165-70867728950E',
      'a@x',
    ),
  ],
  USERS,
);
list.add(
  'uuid without hyphens and in braces is accepted',
  [
    withParams(
      `INSERT INTO users (id, email) VALUES ($1, 'a'), ($2, 'b') RETURNING id`,
      '0f8fad5bd9cb469fa16570867728950e',
      '{0f8fad5b-d9cb-469f-a165-70867728950f}',
    ),
  ],
  USERS,
);
list.add(
  'invalid uuid parameter is 22P02',
  [withParams(`INSERT INTO users (id, email) VALUES ($1, $2)`, 'not-a-uuid', 'a@x')],
  USERS,
);
list.add(
  'empty string uuid parameter is 22P02',
  [withParams(`INSERT INTO users (id, email) VALUES ($1, $2)`, '', 'a@x')],
  USERS,
);
list.add(
  'explicit DEFAULT keyword in the values list',
  [
    withParams(
      `INSERT INTO users (id, email, active, tags) VALUES (DEFAULT, $1, DEFAULT, DEFAULT) RETURNING active, tags`,
      'a@x',
    ),
  ],
  USERS,
);
list.add(
  'null into a not null column with a default is 23502',
  [withParams(`INSERT INTO users (email, active) VALUES ($1, $2)`, 'a@x', null)],
  USERS_FIXED,
);
list.add(
  'DEFAULT VALUES with serial returns id 1',
  [
    'INSERT INTO events (kind) VALUES ($$x$$) RETURNING id',
    `CREATE TABLE c (id serial PRIMARY KEY, at timestamptz DEFAULT now())`,
    'INSERT INTO c DEFAULT VALUES RETURNING id',
  ],
  IDENT,
);
list.add('DEFAULT VALUES on table without defaults inserts nulls', [
  'CREATE TABLE n (a int, b text)',
  'INSERT INTO n DEFAULT VALUES RETURNING *',
  'SELECT count(*) AS c FROM n',
]);
list.add(
  'DEFAULT VALUES RETURNING star of users is not null violation',
  ['INSERT INTO users DEFAULT VALUES RETURNING *'],
  USERS_FIXED,
);
list.add(
  'serial ids increase across statements',
  [`INSERT INTO items (sku) VALUES ('a')`, `INSERT INTO items (sku) VALUES ('b'), ('c') RETURNING id`],
  SERIAL,
);
list.add(
  'serial id consumed by a failed insert leaves a gap',
  [
    `INSERT INTO items (sku) VALUES ('a')`,
    withParams(`INSERT INTO items (sku, qty) VALUES ($1, $2)`, 'b', 'x'),
    `INSERT INTO items (sku) VALUES (NULL)`,
    `INSERT INTO items (sku) VALUES ('c') RETURNING id`,
  ],
  SERIAL,
);
list.add(
  'serial id consumed by a rolled back insert is not reused',
  [
    'BEGIN',
    `INSERT INTO items (sku) VALUES ('a')`,
    'ROLLBACK',
    `INSERT INTO items (sku) VALUES ('b') RETURNING id`,
  ],
  SERIAL,
);
list.add(
  'explicit id into serial does not advance the sequence',
  [`INSERT INTO items (id, sku) VALUES (1, 'a')`, `INSERT INTO items (sku) VALUES ('b')`],
  SERIAL,
);
list.add(
  'setval after explicit ids then default insert',
  [
    `INSERT INTO items (id, sku) VALUES (5, 'a')`,
    `SELECT setval(pg_get_serial_sequence('items', 'id'), (SELECT max(id) FROM items)) AS s`,
    `INSERT INTO items (sku) VALUES ('b') RETURNING id`,
  ],
  SERIAL,
);
list.add(
  'pg_get_serial_sequence names the sequence',
  [`SELECT pg_get_serial_sequence('items', 'id') AS s`],
  SERIAL,
);
list.add(
  'currval after insert returns the last id',
  [`INSERT INTO items (sku) VALUES ('a'), ('b')`, `SELECT currval('items_id_seq') AS c, lastval() AS l`],
  SERIAL,
);
list.add('currval before any nextval is 55000', [`SELECT currval('items_id_seq') AS c`], SERIAL);
list.add(
  'identity always rejects explicit id with 428C9',
  [`INSERT INTO events (id, kind) VALUES (1, 'x')`],
  IDENT,
);
list.add(
  'identity always accepts OVERRIDING SYSTEM VALUE',
  [
    `INSERT INTO events (id, kind) OVERRIDING SYSTEM VALUE VALUES (10, 'x') RETURNING id`,
    `INSERT INTO events (kind) VALUES ('y') RETURNING id`,
  ],
  IDENT,
);
list.add(
  'identity always DEFAULT keyword is fine',
  [`INSERT INTO events (id, kind) VALUES (DEFAULT, 'x') RETURNING id`],
  IDENT,
);
list.add(
  'identity bigint is returned as int8',
  [withParams(`INSERT INTO events (kind) VALUES ($1) RETURNING id, pg_typeof(id)::text AS t`, 'k')],
  IDENT,
);
list.add('identity by default accepts explicit id', [
  'CREATE TABLE bd (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  `INSERT INTO bd (id, v) VALUES (1, 'a')`,
  `INSERT INTO bd (v) VALUES ('b')`,
]);
list.add('identity by default OVERRIDING USER VALUE uses the sequence', [
  'CREATE TABLE bd (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  `INSERT INTO bd (id, v) OVERRIDING USER VALUE VALUES (100, 'a') RETURNING id`,
]);
list.add('identity start with and increment by', [
  'CREATE TABLE st (id int GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text)',
  `INSERT INTO st (v) VALUES ('a'), ('b'), ('c') RETURNING id`,
]);
list.add(
  'enum default and explicit values',
  [
    'INSERT INTO jobs DEFAULT VALUES RETURNING id, status, attempts',
    withParams(
      `INSERT INTO jobs (status) VALUES ($1) RETURNING status, pg_typeof(status)::text AS t`,
      'active',
    ),
  ],
  ENUM,
);
list.add(
  'invalid enum parameter is 22P02',
  [withParams(`INSERT INTO jobs (status) VALUES ($1)`, 'done')],
  ENUM,
);
list.add(
  'enum label is case sensitive',
  [withParams(`INSERT INTO jobs (status) VALUES ($1)`, 'Active')],
  ENUM,
);
list.add('enum text expression needs a cast', [`INSERT INTO jobs (status) VALUES ('active'::text)`], ENUM);
list.add(
  'enum via explicit cast of a text parameter',
  [withParams(`INSERT INTO jobs (status) VALUES ($1::text::status) RETURNING status`, 'archived')],
  ENUM,
);
list.add(
  'smallint overflow from parameter is 22003',
  [withParams(`INSERT INTO jobs (attempts) VALUES ($1)`, 40000)],
  ENUM,
);
list.add('default expression referencing a function of other values', [
  `CREATE TABLE d (id int, slug text DEFAULT lower('ABC') || '-' || 1, at date DEFAULT CURRENT_DATE, n numeric DEFAULT 1.50)`,
  'INSERT INTO d (id) VALUES (1) RETURNING slug, at = CURRENT_DATE AS today, n',
]);
list.add('default of jsonb object and array', [
  `CREATE TABLE d (id int, a jsonb DEFAULT '[]', b jsonb DEFAULT '{"k": 1}', c json DEFAULT '{"x" : 2}')`,
  'INSERT INTO d (id) VALUES (1) RETURNING a, b, c',
]);
list.add('default of int array and empty text array', [
  `CREATE TABLE d (id int, a int[] DEFAULT ARRAY[1,2], b text[] DEFAULT ARRAY[]::text[], c int[] DEFAULT '{}')`,
  'INSERT INTO d (id) VALUES (1) RETURNING a, b, c, cardinality(b) AS nb',
]);
list.add('default of timestamptz literal and interval expression', [
  `CREATE TABLE d (id int, expires_at timestamptz DEFAULT now() + interval '1 day', since timestamp DEFAULT '2020-01-01 00:00')`,
  `INSERT INTO d (id) VALUES (1) RETURNING expires_at - now() AS ttl, since`,
]);
list.add('column default changed later applies to new rows', [
  `CREATE TABLE d (id int, v text DEFAULT 'a')`,
  'INSERT INTO d (id) VALUES (1)',
  `ALTER TABLE d ALTER COLUMN v SET DEFAULT 'b'`,
  'INSERT INTO d (id) VALUES (2)',
  `ALTER TABLE d ALTER COLUMN v DROP DEFAULT`,
  'INSERT INTO d (id) VALUES (3)',
  'SELECT id, v FROM d ORDER BY id',
]);
list.add('generated stored column computed on insert', [
  'CREATE TABLE g (a int, b int, total int GENERATED ALWAYS AS (a + b) STORED)',
  withParams('INSERT INTO g (a, b) VALUES ($1, $2) RETURNING total', 2, 3),
]);
list.add('generated column cannot be written', [
  'CREATE TABLE g (a int, b int, total int GENERATED ALWAYS AS (a + b) STORED)',
  'INSERT INTO g (a, b, total) VALUES (1, 2, 3)',
]);
list.add('generated column accepts DEFAULT', [
  'CREATE TABLE g (a int, b int, total int GENERATED ALWAYS AS (a + b) STORED)',
  'INSERT INTO g VALUES (1, 2, DEFAULT) RETURNING *',
]);
list.add('sequence nextval default on a text-prefixed id', [
  `CREATE SEQUENCE order_no START 1000`,
  `CREATE TABLE o (no text PRIMARY KEY DEFAULT 'ORD-' || nextval('order_no'), v int)`,
  'INSERT INTO o (v) VALUES (1), (2) RETURNING no',
]);

// ---------------------------------------------------------------- multi-row and shapes
list.add(
  'multi-row insert with parameters',
  [
    withParams(
      `INSERT INTO items (sku, qty, price) VALUES ($1, $2, $3), ($4, $5, $6) RETURNING id, sku, qty, price`,
      'a',
      1,
      '9.99',
      'b',
      2,
      19.5,
    ),
  ],
  SERIAL,
);
list.add(
  'multi-row insert rowCount without returning',
  [`INSERT INTO items (sku) VALUES ('a'), ('b'), ('c')`],
  SERIAL,
);
list.add(
  'multi-row values with null in first row gets type from column',
  [`INSERT INTO items (sku, price) VALUES ('a', NULL), ('b', 1.234) RETURNING price`],
  SERIAL,
);
list.add(
  'multi-row values of different lengths is 42601',
  [`INSERT INTO items (sku, qty) VALUES ('a', 1), ('b')`],
  SERIAL,
);
list.add(
  'price rounding to numeric scale from number parameter',
  [withParams('INSERT INTO items (sku, price) VALUES ($1, $2) RETURNING price', 'a', 1.005)],
  SERIAL,
);
list.add(
  'numeric precision overflow from parameter is 22003',
  [withParams('INSERT INTO items (sku, price) VALUES ($1, $2)', 'a', '123456789012')],
  SERIAL,
);
list.add(
  'integer from fractional number parameter is 22P02',
  [withParams('INSERT INTO items (sku, qty) VALUES ($1, $2)', 'a', 1.5)],
  SERIAL,
);
list.add(
  'integer from fractional literal rounds',
  [`INSERT INTO items (sku, qty) VALUES ('a', 2.5) RETURNING qty`],
  SERIAL,
);
list.add(
  'integer from numeric string parameter with spaces',
  [withParams('INSERT INTO items (sku, qty) VALUES ($1, $2) RETURNING qty', 'a', ' 42 ')],
  SERIAL,
);
list.add(
  'returning star column order follows the table',
  [`INSERT INTO items (qty, sku) VALUES (3, 'a') RETURNING *`],
  SERIAL,
);
list.add(
  'returning with alias and expression types',
  [
    `INSERT INTO items (sku, qty, price) VALUES ('a', 3, 2.5) RETURNING id AS "itemId", qty * price AS total, sku || '!' AS s, qty > 1 AS many`,
  ],
  SERIAL,
);
list.add(
  'returning tableoid and ctid are system columns',
  [`INSERT INTO items (sku) VALUES ('a') RETURNING tableoid::regclass::text AS t, ctid::text AS c`],
  SERIAL,
);
list.add(
  'returning a subquery',
  [
    `INSERT INTO items (sku) VALUES ('a')`,
    `INSERT INTO items (sku) VALUES ('b') RETURNING (SELECT count(*) FROM items) AS seen`,
  ],
  SERIAL,
);
list.add(
  'insert with table alias',
  [`INSERT INTO items AS i (sku) VALUES ('a') RETURNING i.id, i.sku`],
  SERIAL,
);
list.add(
  'insert with schema qualified table',
  [`INSERT INTO public.items (sku) VALUES ('a') RETURNING items.sku`],
  SERIAL,
);
list.add('insert into a missing table is 42P01', ['INSERT INTO nope (a) VALUES (1)']);
list.add('insert into a missing column is 42703', [`INSERT INTO items (sku, nope) VALUES ('a', 1)`], SERIAL);
list.add(
  'returning a missing column is 42703',
  [`INSERT INTO items (sku) VALUES ('a') RETURNING nope`],
  SERIAL,
);
list.add(
  'insert with a CTE source',
  [
    `WITH src(s, q) AS (VALUES ('a', 1), ('b', 2)) INSERT INTO items (sku, qty) SELECT s, q FROM src RETURNING sku, qty`,
  ],
  SERIAL,
);
list.add(
  'data-modifying CTE insert then select',
  [
    `WITH ins AS (INSERT INTO items (sku, qty) VALUES ('a', 5) RETURNING id, qty) SELECT id, qty * 2 AS d FROM ins`,
  ],
  SERIAL,
);
list.add(
  'two data-modifying CTEs insert into two tables',
  [
    'CREATE TABLE log (item_id int, note text)',
    `WITH ins AS (INSERT INTO items (sku) VALUES ('a') RETURNING id), l AS (INSERT INTO log SELECT id, 'created' FROM ins RETURNING item_id) SELECT (SELECT count(*) FROM l) AS logged`,
    'SELECT item_id, note FROM log',
  ],
  SERIAL,
);
list.add(
  'outer select does not see the CTE insert in the table',
  [`WITH ins AS (INSERT INTO items (sku) VALUES ('a') RETURNING id) SELECT count(*) AS n FROM items`],
  SERIAL,
);

// ---------------------------------------------------------------- INSERT ... SELECT
list.add(
  'insert select from another table with where',
  [
    `INSERT INTO items (sku, qty) VALUES ('a', 1), ('b', 0), ('c', 5)`,
    'CREATE TABLE stock (sku text, qty int)',
    'INSERT INTO stock SELECT sku, qty FROM items WHERE qty > 0',
    'SELECT * FROM stock ORDER BY sku',
  ],
  SERIAL,
);
list.add(
  'insert select with parameters',
  [
    `INSERT INTO items (sku, qty) VALUES ('a', 1), ('b', 0)`,
    'CREATE TABLE stock (sku text, qty int)',
    withParams(
      'INSERT INTO stock (sku, qty) SELECT sku || $1, qty + $2 FROM items WHERE qty >= $3 RETURNING *',
      '-x',
      10,
      1,
    ),
  ],
  SERIAL,
);
list.add(
  'insert select into the same table',
  [
    `INSERT INTO items (sku, qty) VALUES ('a', 1), ('b', 2)`,
    `INSERT INTO items (sku, qty) SELECT sku || '2', qty * 10 FROM items`,
    'SELECT sku, qty FROM items ORDER BY id',
  ],
  SERIAL,
);
list.add(
  'insert select with group by',
  [
    `INSERT INTO items (sku, qty) VALUES ('a', 1), ('a', 2), ('b', 3)`,
    'CREATE TABLE totals (sku text PRIMARY KEY, total bigint)',
    'INSERT INTO totals SELECT sku, sum(qty) FROM items GROUP BY sku RETURNING *',
  ],
  SERIAL,
);
list.add(
  'insert select column count mismatch is 42601',
  ['CREATE TABLE stock (sku text, qty int)', 'INSERT INTO stock (sku) SELECT sku, qty FROM items'],
  SERIAL,
);
list.add(
  'insert select type mismatch is 42804',
  ['CREATE TABLE stock (sku int)', 'INSERT INTO stock (sku) SELECT sku FROM items'],
  SERIAL,
);
list.add(
  'insert select where exists guard skips duplicates',
  [
    `INSERT INTO items (sku) VALUES ('a')`,
    withParams(
      'INSERT INTO items (sku) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM items WHERE sku = $1) RETURNING sku',
      'a',
    ),
    withParams(
      'INSERT INTO items (sku) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM items WHERE sku = $1) RETURNING sku',
      'b',
    ),
  ],
  SERIAL,
);
list.add(
  'insert select from generate_series',
  [
    `INSERT INTO items (sku, qty) SELECT 'sku-' || g, g FROM generate_series(1, 5) AS g`,
    'SELECT count(*) AS n, sum(qty) AS s FROM items',
  ],
  SERIAL,
);
list.add(
  'insert select with limit and order by',
  [
    `INSERT INTO items (sku, qty) SELECT 'sku-' || g, g FROM generate_series(1, 5) AS g ORDER BY g DESC LIMIT 2 RETURNING qty`,
  ],
  SERIAL,
);
list.add(
  'insert select distinct',
  [
    `INSERT INTO items (sku, qty) VALUES ('a', 1), ('a', 1), ('b', 2)`,
    'CREATE TABLE u (sku text, qty int)',
    'INSERT INTO u SELECT DISTINCT sku, qty FROM items',
  ],
  SERIAL,
);
list.add('insert select union all', [
  'CREATE TABLE u (v int)',
  'INSERT INTO u SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 2 RETURNING v',
]);
list.add(
  'insert values with parameter cast to target type',
  [withParams('INSERT INTO items (sku, qty) VALUES ($1::text, $2::int) RETURNING qty', 'a', '7')],
  SERIAL,
);

// ---------------------------------------------------------------- bulk via unnest
list.add('bulk insert with unnest of int and text arrays', [
  'CREATE TABLE b (id int PRIMARY KEY, name text)',
  withParams(
    'INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id, name',
    [1, 2, 3],
    ['a', 'b', 'c'],
  ),
]);
list.add('bulk insert with unnest and a column alias list', [
  'CREATE TABLE b (id int PRIMARY KEY, name text)',
  withParams(
    'INSERT INTO b (id, name) SELECT u.i, u.n FROM unnest($1::int[], $2::text[]) AS u(i, n)',
    [1, 2],
    ['a', 'b'],
  ),
  'SELECT * FROM b ORDER BY id',
]);
list.add('bulk insert with unnest of unequal lengths pads nulls', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id, name',
    [1, 2, 3],
    ['a'],
  ),
]);
list.add('bulk insert with unnest of empty arrays inserts nothing', [
  'CREATE TABLE b (id int, name text)',
  withParams('INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[])', [], []),
]);
list.add('bulk insert with unnest of arrays holding nulls', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id, name',
    [1, null],
    [null, 'b'],
  ),
]);
list.add('bulk insert with unnest of text with commas and quotes', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING name',
    [1, 2, 3],
    ['a,b', 'say "hi"', 'back\\slash'],
  ),
]);
list.add('bulk insert with unnest of uuid timestamptz numeric boolean arrays', [
  'CREATE TABLE b (id uuid, at timestamptz, amount numeric, ok boolean)',
  withParams(
    'INSERT INTO b SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::numeric[], $4::bool[]) RETURNING id, at, amount, ok',
    ['0f8fad5b-d9cb-469f-a165-70867728950e', '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ['2024-01-01T00:00:00Z', '2024-06-30T12:34:56.789Z'],
    ['1.10', 2],
    [true, false],
  ),
]);
list.add('bulk insert with unnest of jsonb array parameter', [
  'CREATE TABLE b (id int, doc jsonb)',
  withParams(
    'INSERT INTO b SELECT * FROM unnest($1::int[], $2::jsonb[]) RETURNING id, doc',
    [1, 2],
    ['{"a":1}', '[1,2]'],
  ),
]);
list.add('bulk insert with unnest of bigint strings', [
  'CREATE TABLE b (id bigint)',
  withParams('INSERT INTO b SELECT unnest($1::bigint[]) RETURNING id', [
    '9007199254740993',
    '-9223372036854775808',
  ]),
]);
list.add('bulk insert with unnest of a bad int element is 22P02', [
  'CREATE TABLE b (id int)',
  withParams('INSERT INTO b SELECT unnest($1::int[])', ['1', 'x']),
]);
list.add('bulk insert with unnest with ordinality', [
  'CREATE TABLE b (pos int, name text)',
  withParams(
    'INSERT INTO b SELECT ord, n FROM unnest($1::text[]) WITH ORDINALITY AS t(n, ord) RETURNING pos, name',
    ['x', 'y'],
  ),
]);
list.add('bulk insert with unnest into enum array', [
  `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')`,
  'CREATE TABLE b (m mood)',
  withParams('INSERT INTO b SELECT unnest($1::mood[]) RETURNING m', ['ok', 'happy']),
]);
list.add('bulk insert with unnest of text array into int column needs cast', [
  'CREATE TABLE b (id int)',
  withParams('INSERT INTO b SELECT unnest($1::text[])', ['1', '2']),
]);
list.add('bulk insert with unnest and on conflict do nothing', [
  'CREATE TABLE b (id int PRIMARY KEY, name text)',
  `INSERT INTO b VALUES (2, 'old')`,
  withParams(
    'INSERT INTO b SELECT * FROM unnest($1::int[], $2::text[]) ON CONFLICT (id) DO NOTHING RETURNING id',
    [1, 2, 3],
    ['a', 'b', 'c'],
  ),
]);
list.add('bulk insert with unnest of duplicate keys in one statement is 23505', [
  'CREATE TABLE b (id int PRIMARY KEY)',
  withParams('INSERT INTO b SELECT unnest($1::int[])', [1, 1]),
]);

// ---------------------------------------------------------------- bulk via json recordsets
list.add('bulk insert with json_to_recordset', [
  'CREATE TABLE b (id int, name text, score numeric)',
  withParams(
    'INSERT INTO b SELECT * FROM json_to_recordset($1::json) AS x(id int, name text, score numeric) RETURNING *',
    JSON.stringify([
      { id: 1, name: 'a', score: 1.5 },
      { id: 2, name: 'b' },
    ]),
  ),
]);
list.add('bulk insert with jsonb_to_recordset from an object parameter', [
  'CREATE TABLE b (id int, name text, tags text[])',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_to_recordset($1) AS x(id int, name text, tags text[]) RETURNING *',
    [{ id: 1, name: 'a', tags: ['x', 'y'] }],
  ),
]);
list.add('bulk insert with jsonb_populate_recordset', [
  'CREATE TABLE b (id int, name text, active boolean DEFAULT true)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_populate_recordset(NULL::b, $1::jsonb) RETURNING *',
    JSON.stringify([
      { id: 1, name: 'a' },
      { id: 2, active: false },
    ]),
  ),
]);
list.add('jsonb_populate_recordset ignores unknown keys', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_populate_recordset(NULL::b, $1::jsonb) RETURNING *',
    JSON.stringify([{ id: 1, name: 'a', extra: true }]),
  ),
]);
list.add('json_populate_recordset with a wrongly typed value is 22P02', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b SELECT * FROM json_populate_recordset(NULL::b, $1::json)',
    JSON.stringify([{ id: 'x' }]),
  ),
]);
list.add('jsonb_to_recordset of a non-array is 22023', [
  'CREATE TABLE b (id int)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int)',
    JSON.stringify({ id: 1 }),
  ),
]);
list.add('jsonb_to_recordset with nested object into jsonb column', [
  'CREATE TABLE b (id int, meta jsonb)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int, meta jsonb) RETURNING meta',
    JSON.stringify([{ id: 1, meta: { a: [1, { b: null }] } }]),
  ),
]);
list.add('jsonb_to_recordset timestamp string into timestamptz', [
  'SET TIME ZONE UTC',
  'CREATE TABLE b (id int, at timestamptz)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int, at timestamptz) RETURNING at',
    JSON.stringify([{ id: 1, at: '2024-02-29T10:00:00.000Z' }]),
  ),
]);
list.add('jsonb_array_elements bulk insert with ->> extraction', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    `INSERT INTO b SELECT (e->>'id')::int, e->>'name' FROM jsonb_array_elements($1::jsonb) e RETURNING *`,
    JSON.stringify([
      { id: 1, name: 'a' },
      { id: 2, name: null },
    ]),
  ),
]);
list.add('json_to_recordset with an empty array inserts nothing', [
  'CREATE TABLE b (id int)',
  withParams('INSERT INTO b SELECT * FROM json_to_recordset($1::json) AS x(id int)', '[]'),
]);
list.add('jsonb_populate_record single row insert', [
  'CREATE TABLE b (id int, name text)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_populate_record(NULL::b, $1::jsonb) RETURNING *',
    JSON.stringify({ id: 7, name: 'z' }),
  ),
]);
list.add('jsonb_to_recordset float into int column is 22P02', [
  'CREATE TABLE b (id int)',
  withParams(
    'INSERT INTO b SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int)',
    JSON.stringify([{ id: 1.5 }]),
  ),
]);

// ---------------------------------------------------------------- jsonb and array values
list.add('insert an object parameter into jsonb', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING doc, jsonb_typeof(doc) AS t', 1, {
    b: 2,
    a: [1, 'x', null, true],
    n: 1.5,
  }),
]);
list.add('insert a JSON string parameter into json keeps text', [
  'CREATE TABLE d (id int, doc json)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING doc', 1, '{"b" : 2,  "a":1, "a": 3}'),
]);
list.add('insert a JSON string parameter into jsonb dedupes keys', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING doc', 1, '{"b" : 2,  "a":1, "a": 3}'),
]);
list.add('insert an invalid JSON string into jsonb is 22P02', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2)', 1, '{bad'),
]);
list.add('insert a plain string into jsonb is 22P02', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2)', 1, 'hello'),
]);
list.add('insert a JSON string scalar into jsonb', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams(
    'INSERT INTO d VALUES ($1, $2) RETURNING doc, jsonb_typeof(doc) AS t',
    1,
    JSON.stringify('hello'),
  ),
]);
list.add('insert a jsonb containing unicode escapes and null char escape', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING doc', 1, '{"a":"\\u00e9\\u263a"}'),
  withParams('INSERT INTO d VALUES ($1, $2)', 2, '{"a":"\\u0000"}'),
]);
list.add('insert a JS array parameter into a text array column', [
  'CREATE TABLE d (id int, tags text[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING tags, array_length(tags, 1) AS n', 1, [
    'a',
    'b c',
    '',
    'NULL',
    null,
  ]),
]);
list.add('insert a JS array of arrays into int[][]', [
  'CREATE TABLE d (id int, m int[][])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING m, array_dims(m) AS dims', 1, [
    [1, 2],
    [3, 4],
  ]),
]);
list.add('insert a ragged JS array into int[] is 22P02', [
  'CREATE TABLE d (id int, m int[])',
  withParams('INSERT INTO d VALUES ($1, $2)', 1, [[1, 2], [3]]),
]);
list.add('insert an empty JS array into text array', [
  'CREATE TABLE d (id int, tags text[] NOT NULL)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING tags, cardinality(tags) AS n', 1, []),
]);
list.add('insert a JS array into a jsonb column is an array literal and fails', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2)', 1, [1, 2]),
]);
list.add('insert a JSON stringified array into jsonb', [
  'CREATE TABLE d (id int, doc jsonb)',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING doc', 1, JSON.stringify([1, 2])),
]);
list.add('insert a JS array of objects into jsonb[]', [
  'CREATE TABLE d (id int, docs jsonb[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING docs, cardinality(docs) AS n', 1, [
    { a: 1 },
    { b: 'x,y' },
  ]),
]);
list.add('insert a JS array of Dates into timestamptz[]', [
  'SET TIME ZONE UTC',
  'CREATE TABLE d (id int, ats timestamptz[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING ats', 1, [
    new Date('2024-01-02T03:04:05.678Z'),
    new Date(0),
  ]),
]);
list.add('insert a JS array of numbers into numeric[]', [
  'CREATE TABLE d (id int, xs numeric[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING xs', 1, [1, 2.5, -0.001, 1e21]),
]);
list.add('insert a JS array of booleans into bool[]', [
  'CREATE TABLE d (id int, xs bool[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING xs', 1, [true, false, null]),
]);
list.add('insert array literal string parameter with explicit bounds', [
  'CREATE TABLE d (id int, xs int[])',
  withParams('INSERT INTO d VALUES ($1, $2) RETURNING xs, array_lower(xs, 1) AS lo', 1, '[0:2]={7,8,9}'),
]);
list.add('insert ARRAY constructor with parameters', [
  'CREATE TABLE d (id int, xs text[])',
  withParams('INSERT INTO d VALUES ($1, ARRAY[$2, $3]) RETURNING xs', 1, 'a', 'b'),
]);
list.add('array_append in insert select', [
  'CREATE TABLE d (id int, xs text[])',
  withParams('INSERT INTO d SELECT 1, array_append($1::text[], $2) RETURNING xs', ['a'], 'b'),
]);

// ---------------------------------------------------------------- check, not null, domains in inserts
list.add(
  'check constraint violation with fields',
  [withParams('INSERT INTO users (email, age) VALUES ($1, $2)', 'a', -1)],
  USERS_FIXED,
);
list.add(
  'check passes with null',
  [withParams('INSERT INTO users (email, age) VALUES ($1, $2) RETURNING age', 'a', null)],
  USERS,
);
list.add(
  'not null violation of email with fields',
  [withParams('INSERT INTO users (name) VALUES ($1)', 'x')],
  USERS_FIXED,
);
list.add(
  'unique violation of email with fields',
  [
    withParams('INSERT INTO users (email) VALUES ($1)', 'a@x'),
    withParams('INSERT INTO users (email) VALUES ($1)', 'a@x'),
  ],
  USERS,
);
list.add(
  'unique violation within one multi-row insert',
  [`INSERT INTO users (email) VALUES ('a'), ('a')`],
  USERS,
);
list.add('unique allows many nulls', [
  'CREATE TABLE u (k text UNIQUE)',
  'INSERT INTO u VALUES (NULL), (NULL)',
  'SELECT count(*) AS n FROM u',
]);
list.add('unique nulls not distinct rejects second null', [
  'CREATE TABLE u (k text UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO u VALUES (NULL), (NULL)',
]);
list.add('domain check on insert with parameter', [
  `CREATE DOMAIN email AS text CHECK (VALUE ~ '@')`,
  'CREATE TABLE u (e email)',
  withParams('INSERT INTO u VALUES ($1)', 'nope'),
]);
list.add('varchar too long parameter is 22001', [
  'CREATE TABLE u (code varchar(3))',
  withParams('INSERT INTO u VALUES ($1)', 'abcd'),
]);
list.add('char pads on insert', [
  'CREATE TABLE u (code char(4))',
  withParams('INSERT INTO u VALUES ($1) RETURNING code, length(code) AS l, octet_length(code) AS o', 'ab'),
]);
list.add('insert text with a nul byte parameter is 22021', [
  'CREATE TABLE u (v text)',
  withParams('INSERT INTO u VALUES ($1)', 'a\u0000b'),
]);

export default list.cases;
