const T =
  "CREATE TYPE status AS ENUM ('draft','active'); CREATE TABLE f (id int primary key, a timestamptz, b timestamp, c date, d jsonb, e text[], g int[], h status, i bool, k numeric(6,2), l float8, m text NOT NULL, n uuid, o bytea, p json)";
const one = (name, sql, params) => ({
  name: `pgm5: ${name}`,
  setup: T,
  steps: [params ? { sql, params } : sql],
});
export default [
  one(
    'failing row tz',
    "INSERT INTO f (id, a, b, c) VALUES (1, '2024-01-01 10:00:00.5+02', '2024-01-01 10:00:00.25', '2024-01-01')",
  ),
  one('failing row jsonb', `INSERT INTO f (id, d) VALUES (1, '{"b":1, "a": [1, "x"], "c": {"d": null}}')`),
  one(
    'failing row arrays',
    `INSERT INTO f (id, e, g) VALUES (1, '{a,"b c",NULL,"","q\\\\"x"}', '{1,NULL,3}')`,
  ),
  one('failing row enum bool numeric', "INSERT INTO f (id, h, i, k, l) VALUES (1, 'active', true, 1.5, 0.1)"),
  one(
    'failing row uuid bytea',
    "INSERT INTO f (id, n, o) VALUES (1, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '\\x0102ff')",
  ),
  one('failing row json', `INSERT INTO f (id, p) VALUES (1, '{"b":1,  "a":2}')`),
  one('failing row params', 'INSERT INTO f (id, a, c, d, e, g) VALUES ($1, $2, $3, $4, $5, $6)', [
    1,
    new Date('2024-01-01T10:00:00.123Z'),
    '2024-01-01',
    { z: 1, a: 'é' },
    ['x', null],
    [1, 2],
  ]),
  one('failing row float', 'INSERT INTO f (id, l) VALUES (1, 1e100)'),
  one('failing row float small', 'INSERT INTO f (id, l) VALUES (1, 1.0/3)'),
  one('failing row numeric', 'INSERT INTO f (id, k) VALUES (1, 2)'),
  one('failing row ts bc', "INSERT INTO f (id, b) VALUES (1, '2024-01-01 00:00:00')"),
  one(
    'failing row tz session',
    "SET TimeZone = 'America/New_York'; INSERT INTO f (id, a) VALUES (1, '2024-07-01 00:00:00+00')",
  ),
  one('failing row long text', `INSERT INTO f (id, e) VALUES (1, ARRAY[repeat('x', 100)])`),
  one(
    'failing row update',
    "INSERT INTO f (id, m, a, d) VALUES (1, 'x', '2024-01-01 10:00+00', '[1,2]'); UPDATE f SET m = NULL",
  ),
  one(
    'check violation detail',
    "CREATE TABLE ch (id int, at date CHECK (at > '2020-01-01'), j jsonb CHECK (j ? 'a')); INSERT INTO ch VALUES (1, '2019-01-01', '{\"a\":1}')",
  ),
  one(
    'check violation jsonb',
    "CREATE TABLE ch (id int, j jsonb CHECK (j ? 'a')); INSERT INTO ch VALUES (1, '{\"b\":[1, 2]}')",
  ),
  one(
    'unique violation date',
    "CREATE TABLE u (d date UNIQUE); INSERT INTO u VALUES ('2024-01-01'), ('2024-01-01')",
  ),
  one(
    'unique violation ts',
    "CREATE TABLE u (d timestamptz UNIQUE); INSERT INTO u VALUES ('2024-01-01 00:00+00'), ('2024-01-01 02:00+02')",
  ),
  one('unique violation array', "CREATE TABLE u (d int[] UNIQUE); INSERT INTO u VALUES ('{1,2}'), ('{1,2}')"),
  one(
    'unique violation text array',
    'CREATE TABLE u (d text[] UNIQUE); INSERT INTO u VALUES (\'{a,"b c"}\'), (\'{a,"b c"}\')',
  ),
  one(
    'unique violation enum',
    "CREATE TYPE s2 AS ENUM ('x'); CREATE TABLE u (d s2 UNIQUE); INSERT INTO u VALUES ('x'), ('x')",
  ),
  one(
    'unique violation jsonb',
    'CREATE TABLE u (d jsonb UNIQUE); INSERT INTO u VALUES (\'{"a":1,"b":2}\'), (\'{"b":2,"a":1}\')',
  ),
  one(
    'unique violation expression',
    'CREATE TABLE u (d jsonb); CREATE UNIQUE INDEX ON u ((d->>\'k\')); INSERT INTO u VALUES (\'{"k":"x"}\'), (\'{"k":"x"}\')',
  ),
  one(
    'unique violation lower date',
    "CREATE TABLE u (d timestamp); CREATE UNIQUE INDEX ON u ((d::date)); INSERT INTO u VALUES ('2024-01-01 10:00'), ('2024-01-01 11:00')",
  ),
  one('unique violation numeric', 'CREATE TABLE u (d numeric UNIQUE); INSERT INTO u VALUES (1.0), (1.00)'),
  one(
    'unique violation interval',
    "CREATE TABLE u (d interval UNIQUE); INSERT INTO u VALUES ('1 day'), ('24 hours')",
  ),
  one('unique violation bool', "CREATE TABLE u (d bool UNIQUE); INSERT INTO u VALUES (true), ('t')"),
];
