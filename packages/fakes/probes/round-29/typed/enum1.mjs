const c = (name, steps, setup) => ({ name, steps, ...(setup ? { setup } : {}) });
const T =
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (id serial primary key, name text, m mood); INSERT INTO p (name, m) VALUES ('a', 'happy'), ('b', 'sad'), ('c', NULL), ('d', 'ok')";
export default [
  c(
    'enum: order and compare',
    [
      'SELECT name, m FROM p ORDER BY m, name',
      "SELECT name FROM p WHERE m > 'sad' ORDER BY name",
      'SELECT min(m), max(m) FROM p',
      "SELECT 'ok'::mood < 'happy'::mood a, 'ok'::mood = 'ok' b, 'happy'::mood > 'sad' c",
    ],
    T,
  ),
  c(
    'enum: functions',
    [
      "SELECT enum_first(null::mood) a, enum_last(null::mood) b, enum_range(null::mood) c, enum_range('ok'::mood, NULL) d, enum_range(NULL, 'ok'::mood) e, enum_range('ok'::mood, 'happy'::mood) f, enum_range('happy'::mood, 'sad'::mood) g",
      'SELECT enum_range(null::mood)::text[] a, array_length(enum_range(null::mood), 1) b, unnest(enum_range(null::mood)) c',
    ],
    T,
  ),
  c(
    'enum: errors',
    [
      "SELECT 'meh'::mood",
      "INSERT INTO p (m) VALUES ('Happy')",
      { sql: 'INSERT INTO p (m) VALUES ($1)', params: ['bored'] },
      "SELECT * FROM p WHERE m = 'nope'",
      "CREATE TYPE color AS ENUM ('red'); SELECT 'red'::color = 'sad'::mood",
      "SELECT m = 'sad'::text FROM p",
      "SELECT m || '!' AS s FROM p ORDER BY id",
    ],
    T,
  ),
  c(
    'enum: params and casts',
    [
      { sql: 'SELECT id FROM p WHERE m = $1 ORDER BY id', params: ['ok'] },
      { sql: 'SELECT id FROM p WHERE m = ANY($1::mood[]) ORDER BY id', params: [['ok', 'sad']] },
      { sql: 'UPDATE p SET m = $1 WHERE id = 3 RETURNING m', params: ['sad'] },
      'SELECT m::text, length(m::text), upper(m::text) FROM p ORDER BY id',
      "SELECT 'sad'::text::mood a, pg_typeof(m) FROM p LIMIT 1",
      'SELECT m, count(*) FROM p GROUP BY m ORDER BY m NULLS FIRST',
    ],
    T,
  ),
  c(
    'enum: alter type add value',
    [
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      'SELECT enum_range(null::mood)',
      "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'",
      'SELECT enum_range(null::mood)',
      "ALTER TYPE mood ADD VALUE 'ok'",
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'",
      "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'",
      'SELECT name, m FROM p ORDER BY m, name',
    ],
    T,
  ),
  c(
    'enum: array of enum',
    [
      "SELECT ARRAY['sad','ok']::mood[] a, '{happy,sad}'::mood[] b, '{happy,sad}'::mood[] @> ARRAY['sad'::mood] c",
      'SELECT array_agg(m ORDER BY m) FROM p',
      "SELECT '{happy,nope}'::mood[]",
    ],
    T,
  ),
  c(
    'enum: in jsonb',
    [
      'SELECT to_jsonb(m) FROM p ORDER BY id',
      "SELECT jsonb_build_object('m', m) FROM p WHERE id = 1",
      'SELECT json_agg(p ORDER BY id) FROM p',
    ],
    T,
  ),
  c('enum: empty and label checks', [
    'CREATE TYPE e0 AS ENUM ()',
    'SELECT enum_range(null::e0)',
    'SELECT enum_first(null::e0)',
    "CREATE TYPE e1 AS ENUM ('a', 'a')",
    "CREATE TYPE e2 AS ENUM ('')",
    `CREATE TYPE e3 AS ENUM ('${'x'.repeat(64)}')`,
  ]),
  c(
    'enum: case and default',
    [
      "CREATE TABLE q (id int, s mood NOT NULL DEFAULT 'ok')",
      'INSERT INTO q (id) VALUES (1) RETURNING s',
      "SELECT CASE WHEN s = 'ok' THEN 'fine' ELSE 'no' END FROM q",
      "SELECT COALESCE(m, 'ok') FROM p ORDER BY id",
      "SELECT greatest(m, 'ok') FROM p ORDER BY id",
      'SELECT DISTINCT m FROM p ORDER BY m',
    ],
    T,
  ),
];
