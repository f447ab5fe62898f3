const c = (name, setup, ...steps) => ({ name, setup, steps });
const P = 'CREATE TABLE p (id int PRIMARY KEY); INSERT INTO p VALUES (1)';
export default [
  c(
    'viol notnull before check',
    'CREATE TABLE t (a int NOT NULL CHECK (a > 0), b int NOT NULL)',
    'INSERT INTO t VALUES (-1, NULL)',
  ),
  c(
    'viol two checks alphabetical',
    'CREATE TABLE t (a int, CONSTRAINT zz CHECK (a > 0), CONSTRAINT aa CHECK (a > 10))',
    'INSERT INTO t VALUES (-1)',
  ),
  c(
    'viol two checks alpha reversed',
    'CREATE TABLE t (a int, CONSTRAINT aa CHECK (a > 0), CONSTRAINT zz CHECK (a > 10))',
    'INSERT INTO t VALUES (-1)',
  ),
  c(
    'viol two notnull column order',
    'CREATE TABLE t (b int NOT NULL, a int NOT NULL)',
    'INSERT INTO t (a, b) VALUES (NULL, NULL)',
  ),
  c(
    'viol check before unique',
    'CREATE TABLE t (a int UNIQUE CHECK (a < 5)); INSERT INTO t VALUES (1)',
    'INSERT INTO t VALUES (1), (9)',
  ),
  c(
    'viol check second row vs unique first row',
    'CREATE TABLE t (a int UNIQUE CHECK (a < 5)); INSERT INTO t VALUES (1)',
    'INSERT INTO t VALUES (9), (1)',
  ),
  c(
    'viol unique first row vs check second',
    'CREATE TABLE t (a int UNIQUE CHECK (a < 5)); INSERT INTO t VALUES (1)',
    'INSERT INTO t VALUES (1), (9)',
  ),
  c(
    'viol fk row1 unique row2',
    `${P}; CREATE TABLE t (a int UNIQUE, pid int REFERENCES p); INSERT INTO t VALUES (1, 1)`,
    'INSERT INTO t VALUES (2, 99), (1, 1)',
  ),
  c(
    'viol fk row1 check row2',
    `${P}; CREATE TABLE t (a int CHECK (a > 0), pid int REFERENCES p)`,
    'INSERT INTO t VALUES (2, 99), (-1, 1)',
  ),
  c(
    'viol fk row1 notnull row2',
    `${P}; CREATE TABLE t (a int NOT NULL, pid int REFERENCES p)`,
    'INSERT INTO t VALUES (2, 99), (NULL, 1)',
  ),
  c(
    'viol two fks which first',
    `${P}; CREATE TABLE t (a int, p1 int CONSTRAINT fk_b REFERENCES p, p2 int CONSTRAINT fk_a REFERENCES p)`,
    'INSERT INTO t VALUES (1, 98, 99)',
  ),
  c(
    'viol two uniques which first',
    'CREATE TABLE t (a int CONSTRAINT u_b UNIQUE, b int CONSTRAINT u_a UNIQUE); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ),
  c(
    'viol pk and unique which first',
    'CREATE TABLE t (b int UNIQUE, a int PRIMARY KEY); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ),
  c(
    'viol unique index created later',
    'CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX ib ON t (b); CREATE UNIQUE INDEX ia ON t (a); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ),
  c(
    'viol varchar before notnull',
    'CREATE TABLE t (a int NOT NULL, b varchar(2))',
    "INSERT INTO t VALUES (NULL, 'abc')",
  ),
  c(
    'viol numeric overflow before notnull',
    'CREATE TABLE t (a int NOT NULL, b numeric(2,0))',
    'INSERT INTO t VALUES (NULL, 500)',
  ),
  c(
    'viol update fk row order',
    `${P}; CREATE TABLE t (a int UNIQUE, pid int REFERENCES p); INSERT INTO t VALUES (1, 1), (2, 1)`,
    'UPDATE t SET pid = CASE a WHEN 1 THEN 99 ELSE 1 END, a = CASE a WHEN 2 THEN 3 ELSE a END RETURNING *',
  ),
  c(
    'cte delete main sees old',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
    'WITH d AS (DELETE FROM t WHERE a = 1 RETURNING a) SELECT (SELECT count(*) FROM t) AS n, (SELECT count(*) FROM d) AS deleted',
  ),
  c(
    'cte insert main sees old',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
    'WITH i AS (INSERT INTO t VALUES (5) RETURNING a) SELECT (SELECT count(*) FROM t) AS n, (SELECT max(a) FROM i) AS ins',
  ),
  c(
    'cte insert returning join',
    'CREATE TABLE t (id serial PRIMARY KEY, a text); CREATE TABLE u (tid int, b text)',
    "WITH i AS (INSERT INTO t (a) VALUES ('x'), ('y') RETURNING id, a) INSERT INTO u SELECT id, a || '!' FROM i RETURNING *",
  ),
  c(
    'cte update then select after',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
    'WITH u AS (UPDATE t SET a = a + 1 RETURNING a) SELECT a FROM u',
    'SELECT a FROM t',
  ),
  c(
    'cte unreferenced modifying still runs',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
    'WITH d AS (DELETE FROM t) SELECT 1 AS one',
    'SELECT count(*) FROM t',
  ),
  c(
    'cte two updates same row',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1)',
    'WITH u1 AS (UPDATE t SET a = 10 RETURNING a), u2 AS (UPDATE t SET a = 20 RETURNING a) SELECT (SELECT a FROM u1) x, (SELECT count(*) FROM u2) y',
    'SELECT a FROM t',
  ),
  c(
    'cte delete and insert move rows',
    'CREATE TABLE t (a int); CREATE TABLE arch (a int); INSERT INTO t VALUES (1), (2)',
    'WITH moved AS (DELETE FROM t WHERE a > 1 RETURNING *) INSERT INTO arch SELECT * FROM moved',
    'SELECT (SELECT count(*) FROM t) t, (SELECT count(*) FROM arch) a',
  ),
  c(
    'insert select self halloween',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2)',
    'INSERT INTO t SELECT a + 10 FROM t RETURNING a',
    'SELECT count(*) FROM t',
  ),
  c(
    'update set uses old values',
    'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 2)',
    'UPDATE t SET a = a + 10, b = a RETURNING *',
  ),
  c(
    'update sees own row once',
    'CREATE TABLE t (a int PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3)',
    'UPDATE t SET a = a + 1 WHERE a IN (SELECT a FROM t) RETURNING a',
  ),
  c(
    'update where subquery same table',
    'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 1), (2, 2)',
    'UPDATE t SET b = (SELECT max(b) FROM t) + 1 RETURNING *',
  ),
  c(
    'delete where subquery same table max',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    'DELETE FROM t WHERE a = (SELECT max(a) FROM t) RETURNING a',
    'SELECT count(*) FROM t',
  ),
  c(
    'delete where less than avg',
    'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (9)',
    'DELETE FROM t WHERE a < (SELECT avg(a) FROM t) RETURNING a',
  ),
  c(
    'upsert same key twice do nothing',
    'CREATE TABLE t (a int PRIMARY KEY, b int)',
    'INSERT INTO t VALUES (1, 1), (1, 2) ON CONFLICT DO NOTHING RETURNING *',
  ),
  c(
    'upsert same key twice do update 21000',
    'CREATE TABLE t (a int PRIMARY KEY, b int)',
    'INSERT INTO t VALUES (1, 1), (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b',
  ),
  c(
    'upsert same key twice do update where false',
    'CREATE TABLE t (a int PRIMARY KEY, b int)',
    'INSERT INTO t VALUES (1, 1), (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE false RETURNING *',
  ),
  c(
    'upsert do update where false existing twice',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 0)',
    'INSERT INTO t VALUES (1, 1), (1, 2) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE t.b > 5 RETURNING *',
  ),
  c(
    'upsert returning count mix',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 0), (2, 0)',
    'INSERT INTO t VALUES (1, 1), (2, 2), (3, 3) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE t.a <> 2 RETURNING a, b',
  ),
  c(
    'upsert serial burn multirow',
    'CREATE TABLE t (id serial, k text UNIQUE)',
    "INSERT INTO t (k) VALUES ('a'), ('a'), ('b') ON CONFLICT (k) DO NOTHING RETURNING id, k",
  ),
  c(
    'upsert excluded of serial column',
    'CREATE TABLE t (id serial, k text UNIQUE, n int)',
    "INSERT INTO t (k, n) VALUES ('a', 1)",
    "INSERT INTO t (k, n) VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET n = excluded.id RETURNING *",
  ),
  c(
    'upsert update to conflicting key 23505',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 0), (2, 0)',
    'INSERT INTO t VALUES (1, 1) ON CONFLICT (a) DO UPDATE SET a = 2',
  ),
  c(
    'upsert do update check fails',
    'CREATE TABLE t (a int PRIMARY KEY, b int CHECK (b < 10)); INSERT INTO t VALUES (1, 5)',
    'INSERT INTO t VALUES (1, 1) ON CONFLICT (a) DO UPDATE SET b = t.b + 20',
  ),
  c(
    'upsert where references excluded null',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 5)',
    'INSERT INTO t VALUES (1, NULL) ON CONFLICT (a) DO UPDATE SET b = excluded.b WHERE excluded.b IS NOT NULL RETURNING *',
    'INSERT INTO t VALUES (1, NULL) ON CONFLICT (a) DO UPDATE SET b = coalesce(excluded.b, t.b) RETURNING *',
  ),
  c(
    'upsert do nothing returning excluded rows absent',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 5)',
    'INSERT INTO t VALUES (1, 6), (2, 7) ON CONFLICT (a) DO NOTHING RETURNING *',
  ),
  c(
    'upsert on conflict with cte source',
    'CREATE TABLE t (a int PRIMARY KEY, b int); INSERT INTO t VALUES (1, 5)',
    'WITH s(a, b) AS (VALUES (1, 10), (2, 20)) INSERT INTO t SELECT a, b FROM s ON CONFLICT (a) DO UPDATE SET b = t.b + excluded.b RETURNING *',
  ),
  c(
    'upsert param excluded numeric',
    'CREATE TABLE t (a text PRIMARY KEY, n numeric(6,2))',
    {
      sql: 'INSERT INTO t VALUES ($1, $2) ON CONFLICT (a) DO UPDATE SET n = t.n + excluded.n RETURNING n',
      params: ['x', '1.005'],
    },
    {
      sql: 'INSERT INTO t VALUES ($1, $2) ON CONFLICT (a) DO UPDATE SET n = t.n + excluded.n RETURNING n',
      params: ['x', '1.005'],
    },
  ),
  c(
    'upsert jsonb merge',
    'CREATE TABLE t (a int PRIMARY KEY, j jsonb); INSERT INTO t VALUES (1, \'{"x":1}\')',
    'INSERT INTO t VALUES (1, \'{"y":2}\') ON CONFLICT (a) DO UPDATE SET j = t.j || excluded.j RETURNING j',
  ),
  c(
    'upsert array append',
    "CREATE TABLE t (a int PRIMARY KEY, tags text[]); INSERT INTO t VALUES (1, '{x}')",
    "INSERT INTO t VALUES (1, '{y}') ON CONFLICT (a) DO UPDATE SET tags = array_cat(t.tags, excluded.tags) RETURNING tags",
  ),
  c(
    'upsert timestamp greatest',
    "CREATE TABLE t (a int PRIMARY KEY, ts timestamptz); INSERT INTO t VALUES (1, '2020-01-01Z')",
    "INSERT INTO t VALUES (1, '2019-01-01Z') ON CONFLICT (a) DO UPDATE SET ts = greatest(t.ts, excluded.ts) RETURNING ts",
  ),
  c(
    'upsert counter increment rowcount',
    'CREATE TABLE t (k text PRIMARY KEY, n int NOT NULL DEFAULT 1)',
    "INSERT INTO t (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET n = t.n + 1 RETURNING n",
    "INSERT INTO t (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET n = t.n + 1 RETURNING n",
  ),
];
