const S = `CREATE TABLE tree(id int PRIMARY KEY, parent int, label text);
INSERT INTO tree VALUES (1,null,'root'),(2,1,'a'),(3,1,'b'),(4,2,'a1'),(5,2,'a2'),(6,3,'b1');
CREATE TABLE g(f int, t int); INSERT INTO g VALUES (1,2),(2,3),(3,1),(3,4);
CREATE TABLE acct(id serial PRIMARY KEY, owner text, bal int); INSERT INTO acct(owner, bal) VALUES ('a',10),('b',20),('c',30);`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x(
    'doc sum 1..100',
    'WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n+1 FROM t WHERE n < 100) SELECT sum(n) FROM t',
  ),
  x(
    'recursive depth',
    'WITH RECURSIVE r AS (SELECT id, label, 0 AS depth FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.label, r.depth + 1 FROM tree t JOIN r ON t.parent = r.id) SELECT * FROM r ORDER BY id',
  ),
  x(
    'recursive path array',
    'WITH RECURSIVE r AS (SELECT id, ARRAY[id] AS path FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, r.path || t.id FROM tree t JOIN r ON t.parent = r.id) SELECT * FROM r ORDER BY path',
  ),
  x(
    'recursive union dedup cycle',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION SELECT t FROM g JOIN r ON g.f = r.n) SELECT n FROM r ORDER BY n',
  ),
  x(
    'search depth first',
    'WITH RECURSIVE r AS (SELECT id, label FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.label FROM tree t JOIN r ON t.parent = r.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, label, ord FROM r ORDER BY ord',
  ),
  x(
    'search breadth first',
    'WITH RECURSIVE r AS (SELECT id, label FROM tree WHERE parent IS NULL UNION ALL SELECT t.id, t.label FROM tree t JOIN r ON t.parent = r.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, label, ord FROM r ORDER BY ord',
  ),
  x(
    'search breadth first no order',
    'WITH RECURSIVE r AS (SELECT id FROM tree WHERE parent IS NULL UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH BREADTH FIRST BY id SET ord SELECT id FROM r ORDER BY ord, id',
  ),
  x(
    'cycle clause',
    'WITH RECURSIVE r(f, t) AS (SELECT f, t FROM g WHERE f = 1 UNION ALL SELECT g.f, g.t FROM g JOIN r ON g.f = r.t) CYCLE f SET is_cycle USING path SELECT * FROM r',
  ),
  x(
    'cycle clause custom',
    "WITH RECURSIVE r(f, t) AS (SELECT f, t FROM g WHERE f = 1 UNION ALL SELECT g.f, g.t FROM g JOIN r ON g.f = r.t) CYCLE f, t SET c TO 'Y' DEFAULT 'N' USING p SELECT f, t, c FROM r",
  ),
  x(
    'cycle and search',
    'WITH RECURSIVE r(f, t) AS (SELECT f, t FROM g WHERE f = 1 UNION ALL SELECT g.f, g.t FROM g JOIN r ON g.f = r.t) SEARCH DEPTH FIRST BY f SET ord CYCLE f SET cyc USING pth SELECT f, t, cyc FROM r ORDER BY ord',
  ),
  x(
    'cycle column exists error',
    'WITH RECURSIVE r(f, t) AS (SELECT f, t FROM g UNION ALL SELECT g.f, g.t FROM g JOIN r ON g.f = r.t) CYCLE f SET t USING p SELECT * FROM r',
  ),
  x('recursive non-recursive term error', 'WITH RECURSIVE r(n) AS (SELECT n FROM r) SELECT * FROM r'),
  x(
    'recursive order by in recursive term',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n < 3 ORDER BY 1) SELECT * FROM r',
  ),
  x(
    'recursive agg error',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT max(n)+1 FROM r) SELECT * FROM r',
  ),
  x(
    'recursive limit outer',
    'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM t) SELECT n FROM t LIMIT 5',
  ),
  x(
    'recursive type widen error',
    'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 0.5 FROM t WHERE n < 3) SELECT * FROM t',
  ),
  x(
    'recursive text concat error',
    "WITH RECURSIVE t(s) AS (SELECT 'a' UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t",
  ),
  x(
    'recursive text cast',
    "WITH RECURSIVE t(s) AS (SELECT 'a'::text UNION ALL SELECT s || 'a' FROM t WHERE length(s) < 3) SELECT * FROM t",
  ),
  x(
    'recursive varchar',
    "WITH RECURSIVE t(s) AS (SELECT 'a'::varchar(5) UNION ALL SELECT (s || 'a')::varchar(5) FROM t WHERE length(s) < 3) SELECT * FROM t",
  ),
  x('materialized', 'WITH w AS MATERIALIZED (SELECT * FROM tree) SELECT count(*) FROM w WHERE id > 2'),
  x('not materialized', 'WITH w AS NOT MATERIALIZED (SELECT * FROM tree) SELECT label FROM w WHERE id = 3'),
  x(
    'cte column list',
    'WITH w(a, b) AS (SELECT id, label FROM tree) SELECT a, b FROM w WHERE a < 3 ORDER BY a',
  ),
  x('cte column list too many', 'WITH w(a, b, c, d) AS (SELECT id, label FROM tree) SELECT * FROM w'),
  x('cte shadow table', 'WITH tree AS (SELECT 1 AS id) SELECT * FROM tree'),
  x('cte forward ref error', 'WITH a AS (SELECT * FROM b), b AS (SELECT 1) SELECT * FROM a'),
  x(
    'cte recursive forward ref',
    'WITH RECURSIVE a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT * FROM a',
  ),
  x(
    'data modifying insert returning',
    "WITH ins AS (INSERT INTO acct(owner, bal) VALUES ('d', 40) RETURNING id, bal) SELECT id, bal FROM ins",
  ),
  x(
    'data modifying update sees old',
    "WITH u AS (UPDATE acct SET bal = bal + 1 WHERE owner = 'a' RETURNING bal) SELECT (SELECT bal FROM acct WHERE owner = 'a') AS old, (SELECT bal FROM u) AS new",
  ),
  x(
    'data modifying delete move',
    "WITH moved AS (DELETE FROM acct WHERE bal > 15 RETURNING *) INSERT INTO acct(owner, bal) SELECT owner || '2', bal * 2 FROM moved RETURNING owner, bal",
  ),
  x(
    'data modifying not read still runs',
    "WITH d AS (DELETE FROM acct WHERE owner = 'a') SELECT count(*) FROM acct",
    'SELECT count(*) FROM acct',
  ),
  x(
    'data modifying two updates same row',
    'WITH a AS (UPDATE acct SET bal = 0 WHERE id = 1 RETURNING 1) UPDATE acct SET bal = 5 WHERE id = 1 RETURNING bal',
    'SELECT bal FROM acct WHERE id = 1',
  ),
  x('data modifying count', 'WITH u AS (UPDATE acct SET bal = bal * 2 RETURNING *) SELECT sum(bal) FROM u'),
  x(
    'data modifying in subquery error',
    'SELECT * FROM (WITH u AS (UPDATE acct SET bal = 1 RETURNING *) SELECT * FROM u) s',
  ),
  x(
    'cte in insert',
    "WITH src AS (SELECT 'z' AS o, 99 AS b) INSERT INTO acct(owner, bal) SELECT o, b FROM src RETURNING owner, bal",
  ),
  x(
    'cte in update',
    'WITH src AS (SELECT 1 AS id) UPDATE acct SET bal = 0 FROM src WHERE acct.id = src.id RETURNING acct.owner',
  ),
  x(
    'cte in delete',
    'WITH src AS (SELECT 2 AS id) DELETE FROM acct USING src WHERE acct.id = src.id RETURNING acct.owner',
  ),
  x('cte params', {
    sql: 'WITH p AS (SELECT $1::int AS lim) SELECT id FROM tree, p WHERE id <= p.lim ORDER BY id',
    params: [3],
  }),
  x('recursive with params', {
    sql: 'WITH RECURSIVE r AS (SELECT id FROM tree WHERE id = $1 UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SELECT array_agg(id ORDER BY id) FROM r',
    params: [2],
  }),
  x(
    'recursive ancestors',
    "WITH RECURSIVE up AS (SELECT id, parent, label FROM tree WHERE id = 5 UNION ALL SELECT t.id, t.parent, t.label FROM tree t JOIN up ON up.parent = t.id) SELECT string_agg(label, '/') FROM up",
  ),
  x('nested with', 'WITH a AS (WITH b AS (SELECT 2 AS x) SELECT x * 10 AS y FROM b) SELECT y FROM a'),
  x(
    'cte used twice',
    'WITH a AS (SELECT id FROM tree WHERE id < 3) SELECT * FROM a x JOIN a y ON x.id < y.id',
  ),
  x(
    'recursive generate dates',
    "WITH RECURSIVE d(day) AS (SELECT DATE '2024-01-30' UNION ALL SELECT (day + 1)::date FROM d WHERE day < DATE '2024-02-02') SELECT day FROM d",
  ),
  x(
    'recursive depth limit',
    'WITH RECURSIVE r(n, d) AS (SELECT 1, 0 UNION ALL SELECT t, d+1 FROM g JOIN r ON g.f = r.n WHERE d < 4) SELECT n, d FROM r ORDER BY d, n',
  ),
  x(
    'recursive two references error',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT r1.n FROM r r1, r r2) SELECT * FROM r',
  ),
  x(
    'recursive left join error',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT g.t FROM g LEFT JOIN r ON g.f = r.n) SELECT * FROM r LIMIT 3',
  ),
  x(
    'recursive in subquery not',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n IN (SELECT n FROM r)) SELECT * FROM r',
  ),
  x('cte materialized volatile', 'WITH r AS (SELECT random() AS v) SELECT a.v = b.v FROM r a, r b'),
  x(
    'cte insert conflict',
    'CREATE TABLE u(k int PRIMARY KEY, v int)',
    'WITH ins AS (INSERT INTO u VALUES (1,1),(2,2) ON CONFLICT DO NOTHING RETURNING k) SELECT count(*) FROM ins',
    'WITH ins AS (INSERT INTO u VALUES (1,9),(3,3) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, v) SELECT * FROM ins ORDER BY k',
  ),
  x(
    'cte delete then select same table',
    'WITH d AS (DELETE FROM acct WHERE id = 1 RETURNING id) SELECT a.id FROM acct a ORDER BY a.id',
  ),
  x(
    'cte update join returning',
    'WITH u AS (UPDATE acct SET bal = bal - 5 WHERE bal >= 20 RETURNING id, bal) SELECT a.owner, u.bal FROM u JOIN acct a USING (id) ORDER BY 1',
  ),
  x(
    'recursive union all with values',
    'WITH RECURSIVE fib(a, b) AS (VALUES (0::int8, 1::int8) UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib',
  ),
  x(
    'recursive int overflow',
    'WITH RECURSIVE f(n) AS (SELECT 1 UNION ALL SELECT n * 10 FROM f WHERE n < 10000000000) SELECT * FROM f',
  ),
  x(
    'search by column missing',
    'WITH RECURSIVE r AS (SELECT id FROM tree WHERE parent IS NULL UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH DEPTH FIRST BY nope SET ord SELECT * FROM r',
  ),
  x(
    'search ord type',
    'WITH RECURSIVE r AS (SELECT id FROM tree WHERE id = 1 UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH DEPTH FIRST BY id SET ord SELECT pg_typeof(ord), ord FROM r ORDER BY ord LIMIT 2',
  ),
  x(
    'search breadth ord output',
    'WITH RECURSIVE r AS (SELECT id FROM tree WHERE id = 1 UNION ALL SELECT t.id FROM tree t JOIN r ON t.parent = r.id) SEARCH BREADTH FIRST BY id SET ord SELECT ord::text FROM r ORDER BY ord',
  ),
  x(
    'cycle path output',
    'WITH RECURSIVE r(f, t) AS (SELECT f, t FROM g WHERE f = 1 UNION ALL SELECT g.f, g.t FROM g JOIN r ON g.f = r.t) CYCLE f SET is_cycle USING path SELECT path::text, is_cycle FROM r',
  ),
];
