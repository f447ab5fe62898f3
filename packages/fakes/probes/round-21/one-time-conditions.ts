// Round 21 probe, one-time conditions: WHERE conditions pg-mem tests once before any row (constants, uncorrelated
// subqueries and EXISTS), referential actions at statement end and untyped VALUES, aimed at round 21's own changes.
const M =
  'CREATE TABLE m(v int); INSERT INTO m VALUES (1),(2); CREATE TABLE t(id int); INSERT INTO t VALUES (1); CREATE TABLE e(id int);';
const TR =
  'CREATE TABLE tr(id int primary key, p int references tr(id) on delete set null on update cascade); INSERT INTO tr VALUES (1,null),(2,1),(3,2);';
const TC =
  'CREATE TABLE tc(id int primary key, p int references tc(id) on delete cascade); INSERT INTO tc VALUES (1,null),(2,1),(3,2),(4,null);';
const PC =
  'CREATE TABLE pa(id int primary key); CREATE TABLE ch(id int primary key, pid int references pa(id) on delete cascade on update cascade); INSERT INTO pa VALUES (1),(2),(3); INSERT INTO ch VALUES (10,1),(20,2),(21,2);';
export default [
  { name: 'otf: limit 0', setup: M, steps: ['SELECT * FROM t WHERE (SELECT v FROM m) = 1 LIMIT 0'] },
  {
    name: 'otf: fetch first 0',
    setup: M,
    steps: ['SELECT * FROM t WHERE (SELECT v FROM m) = 1 FETCH FIRST 0 ROWS ONLY'],
  },
  {
    name: 'otf: union second branch after limit',
    setup: M,
    steps: ['SELECT 1 AS x UNION ALL SELECT id FROM t WHERE (SELECT v FROM m) = 1 LIMIT 1'],
  },
  {
    name: 'otf: union both',
    setup: M,
    steps: ['SELECT 1 AS x UNION ALL SELECT id FROM e WHERE (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: prepare then fix',
    setup: M,
    steps: [
      'PREPARE p AS SELECT * FROM t WHERE (SELECT v FROM m) = 1',
      'DELETE FROM m WHERE v = 2',
      'EXECUTE p',
    ],
  },
  {
    name: 'otf: view then fix',
    setup: M,
    steps: [
      'CREATE VIEW vw AS SELECT * FROM t WHERE (SELECT v FROM m) = 1',
      'DELETE FROM m WHERE v = 2',
      'SELECT * FROM vw',
    ],
  },
  {
    name: 'otf: cursor close',
    setup: M,
    steps: ['BEGIN', 'DECLARE c CURSOR FOR SELECT * FROM t WHERE (SELECT v FROM m) = 1', 'CLOSE c', 'COMMIT'],
  },
  { name: 'otf: empty table', setup: M, steps: ['SELECT * FROM e WHERE (SELECT v FROM m) = 1'] },
  {
    name: 'otf: empty table param',
    setup: M,
    steps: [{ sql: 'SELECT * FROM e WHERE (SELECT v FROM m) = $1', params: [1] }],
  },
  {
    name: 'otf: param first false',
    setup: M,
    steps: [{ sql: 'SELECT * FROM t WHERE $1::boolean AND (SELECT v FROM m) = 1', params: [false] }],
  },
  {
    name: 'otf: exists false first',
    setup: M,
    steps: ['SELECT * FROM t WHERE EXISTS (SELECT 1 FROM m WHERE v = 3) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: in subquery in from',
    setup: M,
    steps: ['SELECT * FROM (SELECT * FROM e WHERE (SELECT v FROM m) = 1) s'],
  },
  {
    name: 'otf: insert select limit 0',
    setup: M,
    steps: ['INSERT INTO e SELECT id FROM t WHERE (SELECT v FROM m) = 1 LIMIT 0', 'SELECT count(*) FROM e'],
  },
  {
    name: 'otf: create table as with no data',
    setup: M,
    steps: [
      'CREATE TABLE x AS SELECT id FROM t WHERE (SELECT v FROM m) = 1 WITH NO DATA',
      'SELECT count(*) FROM x',
    ],
  },
  { name: 'otf: delete where', setup: M, steps: ['DELETE FROM e WHERE (SELECT v FROM m) = 1'] },
  { name: 'otf: update where', setup: M, steps: ['UPDATE e SET id = 1 WHERE (SELECT v FROM m) = 1'] },
  {
    name: 'otf: sql function',
    setup: M,
    steps: [
      'CREATE FUNCTION f() RETURNS SETOF t LANGUAGE sql AS $$ SELECT * FROM t WHERE (SELECT v FROM m) = 1 $$',
      'DELETE FROM m WHERE v = 2',
      'SELECT * FROM f()',
    ],
  },
  {
    name: 'otf: explain',
    setup: M,
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM t WHERE (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: case when not reached',
    setup: M,
    steps: ['SELECT CASE WHEN false THEN (SELECT id FROM t WHERE (SELECT v FROM m) = 1) END AS c'],
  },
  { name: 'otf: having', setup: M, steps: ['SELECT count(*) FROM e HAVING (SELECT v FROM m) = 1'] },
  {
    name: 'otf: one-row ok',
    setup: M,
    steps: ['SELECT * FROM t WHERE (SELECT v FROM m WHERE v = 1) = 1 AND id = 1'],
  },
  { name: 'otf: divide by zero const', setup: M, steps: ['SELECT * FROM e WHERE 1/0 = 1'] },
  { name: 'otf: divide by zero in subquery', setup: M, steps: ['SELECT * FROM e WHERE (SELECT 1/0) = 1'] },
  {
    name: 'otf: divide by zero in subquery with false after',
    setup: M,
    steps: ['SELECT * FROM e WHERE (SELECT 1/0) = 1 AND 1 = 2'],
  },
  {
    name: 'otf: two gating in order',
    setup: M,
    steps: ['SELECT * FROM t WHERE (SELECT v FROM m WHERE v = 5) = 1 AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: null first',
    setup: M,
    steps: ['SELECT * FROM t WHERE (SELECT v FROM m WHERE v = 5) IS NOT NULL AND (SELECT 1/0) = 1'],
  },
  {
    name: 'otf: in transaction rollback after',
    setup: M,
    steps: ['BEGIN', 'SELECT * FROM e WHERE (SELECT v FROM m) = 1', 'ROLLBACK', 'SELECT count(*) FROM m'],
  },
  {
    name: 'otf: savepoint',
    setup: M,
    steps: [
      'BEGIN',
      'SAVEPOINT s',
      'SELECT * FROM e WHERE (SELECT v FROM m) = 1',
      'ROLLBACK TO s',
      'SELECT count(*) FROM m',
      'COMMIT',
    ],
  },
  {
    name: 'fk: self set null delete two',
    setup: TR,
    steps: ['DELETE FROM tr WHERE id IN (1,2)', 'SELECT * FROM tr ORDER BY id'],
  },
  { name: 'fk: self set null delete all', setup: TR, steps: ['DELETE FROM tr', 'SELECT count(*) FROM tr'] },
  {
    name: 'fk: self set null delete returning',
    setup: TR,
    steps: ['DELETE FROM tr WHERE id = 1 RETURNING *', 'SELECT * FROM tr ORDER BY id'],
  },
  {
    name: 'fk: self update cascade',
    setup: TR,
    steps: ['UPDATE tr SET id = id + 10', 'SELECT * FROM tr ORDER BY id'],
  },
  {
    name: 'fk: self update cascade one',
    setup: TR,
    steps: ['UPDATE tr SET id = 100 WHERE id = 2', 'SELECT * FROM tr ORDER BY id'],
  },
  {
    name: 'fk: self cascade delete chain',
    setup: TC,
    steps: ['DELETE FROM tc WHERE id = 1', 'SELECT * FROM tc ORDER BY id'],
  },
  {
    name: 'fk: self cascade delete all',
    setup: TC,
    steps: ['DELETE FROM tc WHERE id IN (1,3)', 'SELECT * FROM tc ORDER BY id'],
  },
  {
    name: 'fk: self cascade delete returning',
    setup: TC,
    steps: ['DELETE FROM tc WHERE id = 1 RETURNING id', 'SELECT count(*) FROM tc'],
  },
  {
    name: 'fk: cascade delete in tx',
    setup: PC,
    steps: [
      'BEGIN',
      'DELETE FROM pa WHERE id = 2',
      'SELECT * FROM ch ORDER BY id',
      'ROLLBACK',
      'SELECT * FROM ch ORDER BY id',
    ],
  },
  {
    name: 'fk: cascade delete savepoint',
    setup: PC,
    steps: [
      'BEGIN',
      'SAVEPOINT s',
      'DELETE FROM pa WHERE id = 2',
      'ROLLBACK TO s',
      'SELECT * FROM ch ORDER BY id',
      'COMMIT',
    ],
  },
  {
    name: 'fk: cascade update swap',
    setup: PC,
    steps: [
      'UPDATE pa SET id = CASE id WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE id END',
      'SELECT * FROM ch ORDER BY id',
    ],
  },
  {
    name: 'fk: cascade update shift',
    setup: PC,
    steps: ['UPDATE pa SET id = id + 1', 'SELECT * FROM ch ORDER BY id'],
  },
  {
    name: 'fk: cascade update then delete child',
    setup: PC,
    steps: ['UPDATE pa SET id = 5 WHERE id = 1', 'DELETE FROM ch WHERE pid = 5 RETURNING *'],
  },
  {
    name: 'fk: cascade delete then insert child fails',
    setup: PC,
    steps: ['DELETE FROM pa WHERE id = 1', 'INSERT INTO ch VALUES (11, 1)'],
  },
  { name: 'fk: cascade delete all parents', setup: PC, steps: ['DELETE FROM pa', 'SELECT count(*) FROM ch'] },
  { name: 'fk: truncate cascade', setup: PC, steps: ['TRUNCATE pa CASCADE', 'SELECT count(*) FROM ch'] },
  {
    name: 'fk: set null not null child',
    setup:
      'CREATE TABLE pa(id int primary key); CREATE TABLE ch(id int, pid int NOT NULL references pa(id) on delete set null); INSERT INTO pa VALUES (1); INSERT INTO ch VALUES (1,1);',
    steps: ['DELETE FROM pa WHERE id = 1', 'SELECT count(*) FROM pa'],
  },
  {
    name: 'fk: set default',
    setup:
      'CREATE TABLE pa(id int primary key); INSERT INTO pa VALUES (0),(1); CREATE TABLE ch(id int, pid int DEFAULT 0 references pa(id) on delete set default); INSERT INTO ch VALUES (1,1);',
    steps: ['DELETE FROM pa WHERE id = 1', 'SELECT * FROM ch'],
  },
  {
    name: 'fk: set default missing',
    setup:
      'CREATE TABLE pa(id int primary key); INSERT INTO pa VALUES (1); CREATE TABLE ch(id int, pid int DEFAULT 0 references pa(id) on delete set default); INSERT INTO ch VALUES (1,1);',
    steps: ['DELETE FROM pa WHERE id = 1', 'SELECT * FROM ch'],
  },
  {
    name: 'fk: two level cascade',
    setup:
      'CREATE TABLE a(id int primary key); CREATE TABLE b(id int primary key, a int references a on delete cascade); CREATE TABLE c(id int primary key, b int references b on delete cascade); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1,1),(2,1); INSERT INTO c VALUES (1,1),(2,2);',
    steps: ['DELETE FROM a', 'SELECT (SELECT count(*) FROM b) AS b, (SELECT count(*) FROM c) AS c'],
  },
  {
    name: 'fk: cascade restrict mix',
    setup:
      'CREATE TABLE a(id int primary key); CREATE TABLE b(id int primary key, a int references a on delete cascade); CREATE TABLE c(id int primary key, b int references b); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1,1); INSERT INTO c VALUES (1,1);',
    steps: ['DELETE FROM a', 'SELECT count(*) FROM b'],
  },
  {
    name: 'fk: cascade update child unique clash',
    setup:
      'CREATE TABLE pa(id int primary key); CREATE TABLE ch(pid int unique references pa on update cascade); INSERT INTO pa VALUES (1),(2); INSERT INTO ch VALUES (1),(2);',
    steps: ['UPDATE pa SET id = 3 - id', 'SELECT * FROM ch ORDER BY pid'],
  },
  { name: 'values: untyped numeric scale', steps: ["SELECT * FROM (VALUES (1.50), ('2')) v(x)"] },
  {
    name: 'values: typed then untyped',
    steps: ["SELECT x, pg_typeof(x) FROM (VALUES (1.5::numeric(4,2)), ('2')) v(x)"],
  },
  {
    name: 'values: varchar length',
    steps: ["SELECT x, pg_typeof(x) FROM (VALUES ('ab'::varchar(3)), ('abcdef')) v(x)"],
  },
  {
    name: 'values: insert untyped',
    setup: 'CREATE TABLE n(x numeric(5,2));',
    steps: ["INSERT INTO n VALUES (1.5), ('2'), (NULL)", 'SELECT x::text FROM n ORDER BY x'],
  },
  {
    name: 'values: insert select values',
    setup: 'CREATE TABLE n(x numeric(5,2));',
    steps: ["INSERT INTO n SELECT * FROM (VALUES (1.5), ('2')) v(x)", 'SELECT x::text FROM n ORDER BY x'],
  },
  { name: 'values: max untyped', steps: ["SELECT max(x) FROM (VALUES ('b'), ('a')) v(x)"] },
  { name: 'values: min mixed', steps: ['SELECT min(x), pg_typeof(min(x)) FROM (VALUES (2), (1)) v(x)'] },
  {
    name: 'otf: exists false after',
    setup: M,
    steps: ['SELECT * FROM e WHERE (SELECT v FROM m) = 1 AND EXISTS (SELECT 1 FROM m WHERE v = 3)'],
  },
  {
    name: 'otf: not exists false first',
    setup: M,
    steps: ['SELECT * FROM e WHERE NOT EXISTS (SELECT 1 FROM m) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: exists true first',
    setup: M,
    steps: ['SELECT * FROM e WHERE EXISTS (SELECT 1 FROM m) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: in false first',
    setup: M,
    steps: ['SELECT * FROM e WHERE 3 IN (SELECT v FROM m) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: in false after',
    setup: M,
    steps: ['SELECT * FROM e WHERE (SELECT v FROM m) = 1 AND 3 IN (SELECT v FROM m)'],
  },
  {
    name: 'otf: any false first',
    setup: M,
    steps: ['SELECT * FROM e WHERE 3 = ANY (SELECT v FROM m) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: exists union false first',
    setup: M,
    steps: [
      'SELECT * FROM e WHERE EXISTS (SELECT 1 FROM m WHERE v = 3 UNION SELECT 1 FROM m WHERE v = 4) AND (SELECT v FROM m) = 1',
    ],
  },
  {
    name: 'otf: exists correlated first',
    setup: M,
    steps: ['SELECT * FROM t WHERE EXISTS (SELECT 1 FROM m WHERE m.v = t.id + 5) AND (SELECT v FROM m) = 1'],
  },
  {
    name: 'otf: exists correlated semi first',
    setup: M,
    steps: [
      'SELECT * FROM t WHERE EXISTS (SELECT 1 FROM m WHERE m.v = t.id AND m.v > 5) AND (SELECT v FROM m) = 1',
    ],
  },
  {
    name: 'otf: exists in or',
    setup: M,
    steps: [
      'SELECT * FROM e WHERE (EXISTS (SELECT 1 FROM m WHERE v = 3) OR false) AND (SELECT v FROM m) = 1',
    ],
  },
  {
    name: 'otf: exists delete',
    setup: M,
    steps: ['DELETE FROM e WHERE EXISTS (SELECT 1 FROM m WHERE v = 3) AND (SELECT v FROM m) = 1'],
  },
];
