// Round 21 probe, recursion depth: PostgreSQL 15 checks its stack against max_stack_depth (2MB,
// docs 20.4.1) and fails deeper recursion with 54001 stack depth limit exceeded. PL/pgSQL recursion
// (docs 43), SQL-function recursion (38.5), a trigger firing itself (39.1), deeply nested jsonb
// input (8.14). Around 15's boundaries, where a fake must fail (or refuse) rather than answer.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 recursion: ');

const PLPGSQL =
  'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN r(n - 1) + 1; END $$';
const SQLFN =
  'CREATE FUNCTION s(n int) RETURNS int LANGUAGE sql AS $$ SELECT CASE WHEN n <= 0 THEN 0 ELSE s(n - 1) + 1 END $$';
const TRIGGER = `CREATE TABLE t (n int);
  CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.n > 0 THEN INSERT INTO t VALUES (NEW.n - 1); END IF; RETURN NEW; END $$;
  CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf()`;

for (let n = 800; n <= 1200; n += 50)
  list.add(`plpgsql r(${n})`, [`SELECT r(${n}) AS v`, 'SELECT 1 AS alive'], PLPGSQL);
list.add('plpgsql r(100)', ['SELECT r(100) AS v'], PLPGSQL);
for (const n of [1000, 5000, 7000, 7500, 9000])
  list.add(`sql function s(${n})`, [`SELECT s(${n}) AS v`, 'SELECT 1 AS alive'], SQLFN);
for (const n of [100, 500, 550, 600, 800, 900])
  list.add(
    `trigger recursion ${n}`,
    [`INSERT INTO t VALUES (${n})`, 'SELECT count(*) FROM t', 'SELECT 1 AS alive'],
    TRIGGER,
  );
for (const n of [3000, 14000, 15000, 20000, 25000])
  list.add(`jsonb nested ${n}`, [
    `SELECT jsonb_typeof((repeat('[', ${n}) || repeat(']', ${n}))::jsonb) AS t`,
    'SELECT 1 AS alive',
  ]);
list.add('jsonb 100000 open brackets', ["SELECT repeat('[', 100000)::jsonb", 'SELECT 1 AS alive']);
list.add(
  'recursion in a transaction then rollback',
  ['BEGIN', 'SELECT r(1100) AS v', 'SELECT 1', 'ROLLBACK', 'SELECT r(10) AS v'],
  PLPGSQL,
);

export default list.cases;
