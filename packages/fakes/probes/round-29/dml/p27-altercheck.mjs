const c = (name, setup, ...steps) => ({ name, setup, steps });
export default [
  c(
    'alter add column check and null',
    'CREATE TABLE t (a int)',
    'ALTER TABLE t ADD COLUMN b int CHECK (a > 0 AND b > 0)',
    'INSERT INTO t VALUES (NULL, -1)',
  ),
  c(
    'alter add column check upper',
    'CREATE TABLE t (a int)',
    'ALTER TABLE t ADD COLUMN s text CHECK (s = upper(s))',
    "INSERT INTO t (s) VALUES ('ß') RETURNING s",
  ),
  c(
    'alter add column check division',
    'CREATE TABLE t (a int)',
    'ALTER TABLE t ADD COLUMN b int CHECK (10 / b > 0)',
    'INSERT INTO t (b) VALUES (0)',
  ),
  c(
    'alter add constraint check empty',
    'CREATE TABLE t (a int, b int)',
    'ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0 AND b > 0)',
    'INSERT INTO t VALUES (NULL, -1)',
  ),
  c(
    'alter add constraint check greatest',
    'CREATE TABLE t (a int, b int)',
    'ALTER TABLE t ADD CONSTRAINT ck CHECK (greatest(a, b) < 10)',
    'INSERT INTO t VALUES (11, NULL)',
  ),
  c(
    'create table like including constraints',
    'CREATE TABLE t (a int, b int, CHECK (a > 0 AND b > 0))',
    'CREATE TABLE u (LIKE t INCLUDING CONSTRAINTS)',
    'INSERT INTO u VALUES (NULL, -1)',
  ),
  c(
    'domain check and null',
    'CREATE DOMAIN d AS int CHECK (VALUE > 0 AND VALUE < 10); CREATE TABLE t (a d)',
    'INSERT INTO t VALUES (11)',
  ),
  c('check int div', 'CREATE TABLE t (a int, CHECK (a / 2 >= 1))', 'INSERT INTO t VALUES (1)'),
  c('check subquery refused', undefined, 'CREATE TABLE t (a int CHECK (a > (SELECT 1)))'),
  c('check aggregate refused', undefined, 'CREATE TABLE t (a int CHECK (count(*) > 0))'),
  c('check non boolean 42804', undefined, 'CREATE TABLE t (a int CHECK (a + 1))'),
  c('check unknown column', undefined, 'CREATE TABLE t (a int CHECK (b > 0))'),
  c(
    'check volatile allowed',
    'CREATE TABLE t (a int CHECK (random() >= 0))',
    'INSERT INTO t VALUES (1) RETURNING a',
  ),
  c(
    'check now allowed',
    "CREATE TABLE t (a timestamptz CHECK (a <= now() + interval '1 day'))",
    "INSERT INTO t VALUES ('2000-01-01Z') RETURNING a",
  ),
  c('check param-free text compare', "CREATE TABLE t (s text CHECK (s <> ''))", {
    sql: 'INSERT INTO t VALUES ($1)',
    params: [''],
  }),
  c(
    'check with typed literal',
    "CREATE TABLE t (d date CHECK (d > '2000-01-01'))",
    "INSERT INTO t VALUES ('1999-12-31')",
  ),
  c(
    'check with in text list',
    "CREATE TABLE t (status text CHECK (status IN ('new', 'done')))",
    "INSERT INTO t VALUES ('new'), ('x')",
  ),
  c(
    'check enum-like varchar',
    "CREATE TABLE t (status varchar(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')))",
    'INSERT INTO t DEFAULT VALUES RETURNING status',
    "UPDATE t SET status = 'bad'",
  ),
  c(
    'check jsonb',
    "CREATE TABLE t (j jsonb CHECK (jsonb_typeof(j) = 'object'))",
    "INSERT INTO t VALUES ('[]')",
  ),
  c('check array', 'CREATE TABLE t (a int[] CHECK (array_length(a, 1) > 0))', "INSERT INTO t VALUES ('{}')"),
  c(
    'check regex email',
    "CREATE TABLE t (e text CHECK (e ~ '^[^@]+@[^@]+$'))",
    "INSERT INTO t VALUES ('a@b'), ('ab')",
  ),
  c(
    'check numeric precision',
    'CREATE TABLE t (n numeric(10,2) CHECK (n >= 0.01))',
    'INSERT INTO t VALUES (0.004)',
  ),
  c(
    'check on upsert',
    'CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n >= 0)); INSERT INTO t VALUES (1, 0)',
    'INSERT INTO t VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = t.n - 1',
  ),
];
