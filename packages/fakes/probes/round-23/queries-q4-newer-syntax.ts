type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const S = `CREATE TABLE tgt (id int PRIMARY KEY, v int, note text); CREATE TABLE src (id int, v int);
INSERT INTO tgt VALUES (1,10,'x'),(2,20,'y'),(3,30,'z'); INSERT INTO src VALUES (2,200),(3,NULL),(4,400);`;
const E = `CREATE TABLE emp (id int PRIMARY KEY, name text, dept text, salary int, manager_id int);
INSERT INTO emp VALUES (1,'ann','eng',100,NULL),(2,'bob','eng',90,1),(3,'cy',NULL,NULL,1),(4,'dee','ops',70,1);`;
export default [
  c(
    'returning old in update is a missing table in 15',
    S,
    'UPDATE tgt SET v = v + 1 WHERE id = 1 RETURNING old.v, new.v',
  ),
  c('returning old star', S, 'DELETE FROM tgt WHERE id = 1 RETURNING old.*'),
  c('returning new in insert', S, 'INSERT INTO tgt VALUES (9, 9) RETURNING new.id'),
  c(
    'returning with old as alias syntax',
    S,
    'UPDATE tgt SET v = 0 WHERE id = 1 RETURNING WITH (OLD AS o) o.v',
  ),
  c(
    'table aliased old in update from',
    S,
    'UPDATE tgt SET v = old.v + 1 FROM tgt AS old WHERE old.id = tgt.id AND tgt.id = 1 RETURNING old.v, tgt.v',
  ),
  c('table aliased new in update', S, 'UPDATE tgt AS new SET v = 5 WHERE id = 2 RETURNING new.v'),
  c('table aliased old in delete', S, 'DELETE FROM tgt AS old WHERE id = 2 RETURNING old.v'),
  c('insert into alias old returning', S, 'INSERT INTO tgt AS old VALUES (8, 1) RETURNING old.id'),
  c(
    'merge returning old new',
    S,
    'MERGE INTO tgt t USING src s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 1 RETURNING old.v',
  ),
  c('merge_action function missing', S, 'SELECT merge_action()'),
  c(
    'merge not matched by target',
    S,
    'MERGE INTO tgt t USING src s ON t.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.id, s.v)',
  ),
  c(
    'merge into view',
    `${S} CREATE VIEW tv AS SELECT * FROM tgt;`,
    'MERGE INTO tv USING src s ON tv.id = s.id WHEN MATCHED THEN UPDATE SET v = 0',
  ),
  c(
    'virtual generated column default in 18',
    '',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))',
  ),
  c('virtual generated keyword', '', 'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)'),
  c('not enforced check', '', 'CREATE TABLE g (a int CHECK (a > 0) NOT ENFORCED)'),
  c(
    'not enforced fk',
    'CREATE TABLE pa (id int PRIMARY KEY);',
    'CREATE TABLE ch (pid int REFERENCES pa NOT ENFORCED)',
  ),
  c('enforced keyword', '', 'CREATE TABLE g (a int CHECK (a > 0) ENFORCED)'),
  c(
    'without overlaps primary key',
    'CREATE EXTENSION IF NOT EXISTS btree_gist;',
    'CREATE TABLE g (id int, valid tstzrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
  ),
  c(
    'alter column set expression',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);',
    'ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)',
  ),
  c(
    'alter column drop expression',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO g VALUES (2);',
    'ALTER TABLE g ALTER COLUMN b DROP EXPRESSION',
    'INSERT INTO g VALUES (1, 100) RETURNING *',
  ),
  c(
    'not null constraint not in pg_constraint',
    'CREATE TABLE a (v int NOT NULL, w int PRIMARY KEY);',
    "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'a'::regclass ORDER BY 1",
  ),
  c(
    'drop not null by constraint name',
    'CREATE TABLE a (v int NOT NULL);',
    'ALTER TABLE a DROP CONSTRAINT a_v_not_null',
  ),
  c(
    'named not null constraint',
    '',
    'CREATE TABLE a (v int CONSTRAINT v_nn NOT NULL)',
    "SELECT count(*) FROM pg_constraint WHERE conname = 'v_nn'",
  ),
  c(
    'add constraint not null syntax',
    'CREATE TABLE a (v int);',
    'ALTER TABLE a ADD CONSTRAINT v_nn NOT NULL v',
  ),
  c('table level not null syntax', '', 'CREATE TABLE a (v int, NOT NULL v)'),
  c(
    'not null not valid',
    'CREATE TABLE a (v int);',
    'ALTER TABLE a ADD CONSTRAINT v_nn NOT NULL v NOT VALID',
  ),
  c(
    'information schema not null check constraints',
    'CREATE TABLE a (v int NOT NULL);',
    "SELECT constraint_type FROM information_schema.table_constraints WHERE table_name = 'a' ORDER BY 1",
  ),
  c(
    'check constraints info schema not null',
    'CREATE TABLE a (v int NOT NULL CHECK (v > 0));',
    "SELECT check_clause FROM information_schema.check_constraints WHERE constraint_schema = 'public' ORDER BY 1",
  ),
  c('any_value missing in 15', E, 'SELECT dept, any_value(name) FROM emp GROUP BY dept'),
  c('subquery alias optional 16', '', 'SELECT * FROM (SELECT 1 AS a), (SELECT 2 AS b)'),
  c('numeric underscore literal', '', 'SELECT 1_000'),
  c('hex literal', '', 'SELECT 0x1F'),
  c('trailing junk literal', '', 'SELECT 123abc'),
  c('octal literal', '', 'SELECT 0o17'),
  c('binary literal', '', 'SELECT 0b101 AS x'),
  c('limit with literal underscore', E, 'SELECT id FROM emp ORDER BY id LIMIT 1_0'),
  c(
    'count alias star null extended',
    E,
    'SELECT m.id, count(e.*) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c(
    'count alias whole row null extended',
    E,
    'SELECT m.id, count(e) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c(
    'whole row is null on null extended',
    E,
    'SELECT m.id, e IS NULL AS n, e.* IS NULL AS ns FROM emp m LEFT JOIN emp e ON e.manager_id = m.id ORDER BY m.id, e.id',
  ),
  c(
    'whole row with null fields counted',
    'CREATE TABLE r (a int, b int); INSERT INTO r VALUES (NULL, NULL), (1, NULL);',
    'SELECT count(r), count(r.*), count(*) FROM r',
  ),
  c(
    'whole row is null all null fields',
    'CREATE TABLE r (a int, b int); INSERT INTO r VALUES (NULL, NULL), (1, NULL), (1, 1);',
    'SELECT a, b, r IS NULL, r IS NOT NULL FROM r ORDER BY a NULLS FIRST, b',
  ),
  c(
    'row_to_json over null extended',
    E,
    'SELECT m.id, row_to_json(e) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id WHERE m.id > 2 ORDER BY m.id',
  ),
  c(
    'count of column from null side',
    E,
    'SELECT m.id, count(e.id) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c(
    'json_agg of null extended rows',
    E,
    'SELECT m.id, json_agg(e) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id WHERE m.id = 2 GROUP BY m.id',
  ),
  c('array_agg of whole row', E, 'SELECT array_agg(e ORDER BY e.id)::text FROM emp e WHERE id < 3'),
  c('whole row comparison', E, 'SELECT a.id, b.id FROM emp a JOIN emp b ON a = b ORDER BY 1'),
  c(
    'row comparison with null',
    '',
    'SELECT ROW(1, NULL) = ROW(1, NULL), ROW(1, 2) < ROW(1, 3), ROW(1, NULL) < ROW(2, NULL), (1, 2) IS DISTINCT FROM (1, NULL)',
  ),
  c('row in list', E, "SELECT id FROM emp WHERE (dept, salary) IN (('eng', 90), (NULL, NULL)) ORDER BY id"),
  c('keyset pagination row comparison', E, {
    sql: 'SELECT id FROM emp WHERE (salary, id) > ($1, $2) ORDER BY salary, id',
    params: [70, 4],
  }),
  c('count distinct multiple columns row', E, 'SELECT count(DISTINCT (dept, salary)) FROM emp'),
  c(
    'count star with group by null group',
    E,
    'SELECT dept, count(*) FROM emp GROUP BY dept ORDER BY dept NULLS FIRST',
  ),
  c(
    'sum of null extended',
    E,
    'SELECT m.id, sum(e.salary), coalesce(sum(e.salary), 0) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c(
    'exists on null extended',
    E,
    'SELECT m.id FROM emp m LEFT JOIN emp e ON e.manager_id = m.id WHERE e IS NULL ORDER BY 1',
  ),
  c(
    'whole row reference of table with null fields via left join not null',
    'CREATE TABLE p (id int); CREATE TABLE q (id int, x int); INSERT INTO p VALUES (1), (2); INSERT INTO q VALUES (1, NULL);',
    'SELECT p.id, q IS NULL AS isnull, q IS NOT NULL AS notnull, count(q) OVER () FROM p LEFT JOIN q USING (id) ORDER BY p.id',
  ),
  c(
    'count q where q has all null columns',
    'CREATE TABLE p (id int); CREATE TABLE q (pid int, x int); INSERT INTO p VALUES (1), (2); INSERT INTO q VALUES (NULL, NULL);',
    'SELECT count(q), count(q.*), count(q.x) FROM p LEFT JOIN q ON true',
  ),
  c('update returning whole row', S, 'UPDATE tgt SET v = 0 WHERE id = 1 RETURNING tgt'),
  c('select whole row text', S, 'SELECT t::text FROM tgt t ORDER BY id'),
  c('select star of joined alias', S, 'SELECT t.*, s.* FROM tgt t LEFT JOIN src s USING (id) ORDER BY t.id'),
  c(
    'coalesce whole row',
    E,
    "SELECT m.id, coalesce(e.name, '-') FROM emp m LEFT JOIN emp e ON e.manager_id = m.id ORDER BY 1, 2",
  ),
  c(
    'string_agg null extended',
    E,
    "SELECT m.id, string_agg(e.name, ',') FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id",
  ),
  c(
    'array_agg null extended gives null elements',
    E,
    'SELECT m.id, array_agg(e.name) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c(
    'count filter null extended',
    E,
    'SELECT m.id, count(*) FILTER (WHERE e.id IS NOT NULL) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id GROUP BY m.id ORDER BY m.id',
  ),
  c('jsonb_agg whole row', E, 'SELECT jsonb_agg(e ORDER BY id) FROM emp e WHERE id <= 2'),
  c(
    'to_jsonb whole row null extended',
    E,
    'SELECT m.id, to_jsonb(e) FROM emp m LEFT JOIN emp e ON e.manager_id = m.id WHERE m.id = 3',
  ),
];
