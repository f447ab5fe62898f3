const c = (name, setup, ...steps) => ({ name, setup, steps });
const K = "CREATE TABLE k (id int PRIMARY KEY, v int DEFAULT 42, s text DEFAULT 'dflt', n serial)";
export default [
  c(
    'upsert set default',
    `${K}; INSERT INTO k (id, v, s) VALUES (1, 1, 'a')`,
    'INSERT INTO k (id, v) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET v = DEFAULT, s = DEFAULT RETURNING id, v, s, n',
  ),
  c(
    'upsert set serial default',
    `${K}; INSERT INTO k (id, v, s) VALUES (1, 1, 'a')`,
    'INSERT INTO k (id, v) VALUES (1, 5) ON CONFLICT (id) DO UPDATE SET n = DEFAULT RETURNING id, n',
  ),
  c(
    'update serial default per row',
    `${K}; INSERT INTO k (id) VALUES (1), (2)`,
    'UPDATE k SET n = DEFAULT RETURNING id, n',
  ),
  c(
    'update default mixed',
    `${K}; INSERT INTO k (id, v, s) VALUES (1, 1, 'a')`,
    "UPDATE k SET v = DEFAULT, s = s || '!' RETURNING v, s",
  ),
  c(
    'insert default in first row of many',
    K,
    'INSERT INTO k (id, v) VALUES (1, DEFAULT), (2, 3), (3, DEFAULT) RETURNING id, v, n',
  ),
  c(
    'insert default serial multirow order',
    K,
    'INSERT INTO k (id, n) VALUES (1, DEFAULT), (2, 100), (3, DEFAULT) RETURNING id, n',
  ),
  c(
    'insert default now multirow',
    'CREATE TABLE d (id int, t timestamptz DEFAULT now(), d date DEFAULT current_date)',
    'INSERT INTO d (id, t, d) VALUES (1, DEFAULT, DEFAULT), (2, DEFAULT, DEFAULT) RETURNING id, t = now() AS same_t, d = current_date AS same_d',
  ),
  c(
    'default now in transaction same',
    'CREATE TABLE d (id int, t timestamptz DEFAULT now())',
    'BEGIN',
    'INSERT INTO d (id) VALUES (1)',
    'SELECT pg_sleep(0.01)',
    'INSERT INTO d (id) VALUES (2)',
    'COMMIT',
    'SELECT count(DISTINCT t) FROM d',
  ),
  c(
    'default clock_timestamp differs',
    'CREATE TABLE d (id int, t timestamptz DEFAULT clock_timestamp())',
    'INSERT INTO d (id) SELECT generate_series(1, 3)',
    'SELECT count(DISTINCT t) >= 1 AS ok FROM d',
  ),
  c(
    'default random per row',
    'CREATE TABLE d (id int, r float8 DEFAULT random())',
    'INSERT INTO d (id) VALUES (1), (2), (3)',
    'SELECT count(DISTINCT r) FROM d',
  ),
  c(
    'default gen_random_uuid per row',
    'CREATE TABLE d (id int, u uuid DEFAULT gen_random_uuid())',
    'INSERT INTO d (id) VALUES (1), (2)',
    'SELECT count(DISTINCT u) FROM d',
  ),
  c(
    'default expression numeric typmod',
    'CREATE TABLE d (id int, n numeric(5,2) DEFAULT 1/3::numeric)',
    'INSERT INTO d (id) VALUES (1), (2) RETURNING n',
  ),
  c(
    'default expression int from float',
    'CREATE TABLE d (id int, n int DEFAULT 2.5)',
    'INSERT INTO d (id) VALUES (1) RETURNING n',
    'INSERT INTO d (id, n) VALUES (2, DEFAULT), (3, DEFAULT) RETURNING n',
  ),
  c(
    'default text into int column error at create',
    undefined,
    "CREATE TABLE d (id int, n int DEFAULT '2.5')",
  ),
  c(
    'default bool from string',
    "CREATE TABLE d (id int, b bool DEFAULT 'yes')",
    'INSERT INTO d (id) VALUES (1) RETURNING b',
  ),
  c(
    'default array',
    "CREATE TABLE d (id int, a text[] DEFAULT '{}', b int[] DEFAULT ARRAY[1,2])",
    'INSERT INTO d (id) VALUES (1) RETURNING a, b',
  ),
  c(
    'default jsonb',
    'CREATE TABLE d (id int, j jsonb DEFAULT \'{"a": [1, 2]}\')',
    'INSERT INTO d (id) VALUES (1) RETURNING j',
  ),
  c(
    'default varchar fits after trailing space trim',
    "CREATE TABLE d (id int, v varchar(2) DEFAULT 'ab  ')",
    'INSERT INTO d (id) VALUES (1) RETURNING v, length(v)',
  ),
  c(
    'default null explicit',
    'CREATE TABLE d (id int, v int DEFAULT NULL NOT NULL)',
    'INSERT INTO d (id) VALUES (1)',
  ),
  c(
    'default sequence non owned',
    "CREATE SEQUENCE s START 10; CREATE TABLE d (id int DEFAULT nextval('s'), x int)",
    'INSERT INTO d (x) VALUES (1), (2) RETURNING id',
    'INSERT INTO d (id, x) VALUES (DEFAULT, 3), (DEFAULT, 4) RETURNING id',
  ),
  c(
    'default sequence regclass cast',
    "CREATE SEQUENCE s; CREATE TABLE d (id int DEFAULT nextval('s'::regclass), x int)",
    'INSERT INTO d (x) VALUES (1) RETURNING id',
  ),
  c(
    'default smallint overflow from sequence',
    "CREATE SEQUENCE s START 40000; CREATE TABLE d (id int2 DEFAULT nextval('s'), x int)",
    'INSERT INTO d (x) VALUES (1)',
  ),
  c(
    'default int from bigint sequence overflow',
    "CREATE SEQUENCE s START 3000000000; CREATE TABLE d (id int DEFAULT nextval('s'), x int)",
    'INSERT INTO d (x) VALUES (1)',
  ),
  c(
    'default values all defaults multiple columns',
    "CREATE TABLE d (a int DEFAULT 1, b text DEFAULT 'b', c bool DEFAULT false, e numeric DEFAULT 1.50)",
    'INSERT INTO d DEFAULT VALUES RETURNING *',
    'INSERT INTO d VALUES (DEFAULT, DEFAULT, DEFAULT, DEFAULT), (2, DEFAULT, true, DEFAULT) RETURNING *',
  ),
  c(
    'alter column set default then default values',
    'CREATE TABLE d (a int, b int)',
    'ALTER TABLE d ALTER COLUMN b SET DEFAULT 9',
    'INSERT INTO d (a) VALUES (1), (2) RETURNING *',
    'INSERT INTO d VALUES (3, DEFAULT), (4, DEFAULT) RETURNING *',
  ),
  c(
    'alter column set default bad type',
    'CREATE TABLE d (a int, b int)',
    "ALTER TABLE d ALTER COLUMN b SET DEFAULT 'x'",
  ),
  c(
    'alter column set default expression',
    'CREATE TABLE d (a int, b text)',
    "ALTER TABLE d ALTER COLUMN b SET DEFAULT 'x' || 'y'",
    'INSERT INTO d (a) VALUES (1) RETURNING b',
  ),
  c(
    'insert select default col order',
    'CREATE TABLE d (a int, b int DEFAULT 7, c int DEFAULT 8); CREATE TABLE s (x int); INSERT INTO s VALUES (1), (2)',
    'INSERT INTO d (c, a) SELECT x * 10, x FROM s RETURNING *',
  ),
];
