// Round 21 probe, recursion: PostgreSQL 15 docs 20.4.1 (max_stack_depth), 43 (PL/pgSQL), 38.5 (SQL
// functions) and 39 (triggers). A function or trigger that recurses past the server's stack answers
// 54001 stack depth limit exceeded; every deep case is followed by a statement in the same session,
// which must answer as usual (one deep recursion does not break the session).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 recursion: functions: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

const R = `CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$
  BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN 1 + r(n - 1); END $$`;
const ALIVE = 'SELECT 1 AS alive';

for (const depth of [10, 100, 400, 500, 800, 1000, 2000, 5000]) {
  add(`plpgsql r(${depth}) then the session answers`, [`SELECT r(${depth}) AS v`, ALIVE], R);
}
add('plpgsql r(100000) then the session answers', ['SELECT r(100000) AS v', ALIVE], R);
add(
  'plpgsql deep recursion twice, then a table still reads',
  [
    'SELECT r(5000) AS v',
    'SELECT r(5000) AS v',
    'INSERT INTO t VALUES (2)',
    'SELECT id FROM t ORDER BY id',
    'SELECT r(50) AS v',
  ],
  `${R}; CREATE TABLE t (id int); INSERT INTO t VALUES (1)`,
);
add(
  'plpgsql deep recursion in a transaction aborts it, rollback recovers',
  [
    'BEGIN',
    'INSERT INTO t VALUES (2)',
    'SELECT r(5000) AS v',
    ALIVE,
    'ROLLBACK',
    'SELECT id FROM t ORDER BY id',
  ],
  `${R}; CREATE TABLE t (id int); INSERT INTO t VALUES (1)`,
);
add(
  'plpgsql deep recursion inside a savepoint, rollback to savepoint recovers',
  [
    'BEGIN',
    'INSERT INTO t VALUES (2)',
    'SAVEPOINT s',
    'SELECT r(5000) AS v',
    'ROLLBACK TO SAVEPOINT s',
    'INSERT INTO t VALUES (3)',
    'COMMIT',
    'SELECT id FROM t ORDER BY id',
  ],
  `${R}; CREATE TABLE t (id int); INSERT INTO t VALUES (1)`,
);
add(
  'plpgsql deep recursion caught by an exception block',
  [
    `DO $$ BEGIN PERFORM r(5000); EXCEPTION WHEN statement_too_complex THEN RAISE NOTICE 'caught %', SQLSTATE; END $$`,
    ALIVE,
  ],
  R,
);
add(
  'plpgsql deep recursion caught by when others',
  [
    `CREATE FUNCTION safe_r(n int) RETURNS text LANGUAGE plpgsql AS $$
      BEGIN RETURN r(n)::text; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE; END $$`,
    'SELECT safe_r(5000) AS v',
    'SELECT safe_r(20) AS v',
  ],
  R,
);
add(
  'plpgsql deep recursion with extended protocol parameter',
  [
    { sql: 'SELECT r($1) AS v', params: [5000] },
    { sql: 'SELECT r($1) AS v', params: [30] },
  ],
  R,
);
add('plpgsql recursion through PERFORM', [
  `CREATE FUNCTION p(n int) RETURNS void LANGUAGE plpgsql AS $$ BEGIN IF n > 0 THEN PERFORM p(n - 1); END IF; END $$`,
  'SELECT p(50) AS v',
  'SELECT p(5000) AS v',
  ALIVE,
]);
add('plpgsql mutual recursion even/odd', [
  `CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN IF n = 0 THEN RETURN true; END IF; RETURN is_odd(n - 1); END $$;
     CREATE FUNCTION is_odd(n int) RETURNS boolean LANGUAGE plpgsql AS $$
      BEGIN IF n = 0 THEN RETURN false; END IF; RETURN is_even(n - 1); END $$`,
  'SELECT is_even(10) AS a, is_odd(7) AS b, is_even(101) AS c',
  'SELECT is_even(200) AS v',
  'SELECT is_even(6000) AS v',
  'SELECT is_odd(9) AS v',
]);
add('plpgsql recursion through EXECUTE', [
  `CREATE FUNCTION e(n int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE v int;
      BEGIN IF n <= 0 THEN RETURN 0; END IF; EXECUTE 'SELECT e($1)' INTO v USING n - 1; RETURN v + 1; END $$`,
  'SELECT e(40) AS v',
  'SELECT e(5000) AS v',
  ALIVE,
]);
// SQL-language functions: 15 inlines none of these recursive calls (each call plans its body).
const S = `CREATE FUNCTION s(n int) RETURNS int LANGUAGE sql AS
  'SELECT CASE WHEN n <= 0 THEN 0 ELSE 1 + s(n - 1) END'`;
add('sql function s(10)', ['SELECT s(10) AS v', ALIVE], S);
add('sql function s(100)', ['SELECT s(100) AS v', ALIVE], S);
add('sql function s(5000) then the session answers', ['SELECT s(5000) AS v', ALIVE], S);
add('sql function s(100000) then the session answers', ['SELECT s(100000) AS v', ALIVE], S);
// Triggers: an AFTER INSERT row trigger inserting into its own table recurses through the executor.
const TRIG = `CREATE TABLE chain (n int);
  CREATE FUNCTION chain_next() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.n > 0 THEN INSERT INTO chain VALUES (NEW.n - 1); END IF; RETURN NULL; END $$;
  CREATE TRIGGER chain_after AFTER INSERT ON chain FOR EACH ROW EXECUTE FUNCTION chain_next()`;
add(
  'after insert trigger chain 20 levels',
  ['INSERT INTO chain VALUES (20)', 'SELECT count(*)::int AS n, min(n) AS lo FROM chain'],
  TRIG,
);
add(
  'after insert trigger chain 5000 levels then the table is empty and usable',
  [
    'INSERT INTO chain VALUES (5000)',
    'SELECT count(*)::int AS n FROM chain',
    'INSERT INTO chain VALUES (3)',
    'SELECT count(*)::int AS n FROM chain',
  ],
  TRIG,
);
add(
  'after insert trigger chain 5000 levels on the extended protocol commits nothing',
  [
    { sql: 'INSERT INTO chain VALUES ($1)', params: [5000] },
    'SELECT count(*)::int AS n FROM chain',
    { sql: 'INSERT INTO chain VALUES ($1)', params: [2] },
    'SELECT count(*)::int AS n FROM chain',
  ],
  TRIG,
);
const BTRIG = `CREATE TABLE chain (n int);
  CREATE FUNCTION chain_before() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.n > 0 THEN INSERT INTO chain VALUES (NEW.n - 1); END IF; RETURN NEW; END $$;
  CREATE TRIGGER chain_b BEFORE INSERT ON chain FOR EACH ROW EXECUTE FUNCTION chain_before()`;
add(
  'before insert trigger chain 30 levels',
  ['INSERT INTO chain VALUES (30)', 'SELECT count(*)::int AS n FROM chain'],
  BTRIG,
);
add(
  'before insert trigger chain 5000 levels then the session answers',
  ['INSERT INTO chain VALUES (5000)', 'SELECT count(*)::int AS n FROM chain', ALIVE],
  BTRIG,
);
add(
  'update trigger recursing on its own table, 3000 levels',
  ['UPDATE cnt SET v = v + 1', ALIVE, 'SELECT v FROM cnt'],
  `CREATE TABLE cnt (v int); INSERT INTO cnt VALUES (0);
   CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN IF NEW.v < 3000 THEN UPDATE cnt SET v = NEW.v + 1; END IF; RETURN NULL; END $$;
   CREATE TRIGGER bump_after AFTER UPDATE ON cnt FOR EACH ROW EXECUTE FUNCTION bump()`,
);
// What 15 tells about its limit: the setting must be 15's 2MB however the fake guards its stack.
add('show max_stack_depth', ['SHOW max_stack_depth']);
add('current_setting max_stack_depth', ["SELECT current_setting('max_stack_depth') AS v"]);
add('pg_settings max_stack_depth', [
  "SELECT setting, unit, boot_val, reset_val, source FROM pg_settings WHERE name = 'max_stack_depth'",
]);
add('show max_stack_depth after discard all', ['DISCARD ALL', 'SHOW max_stack_depth']);
add('show max_stack_depth after reset all', ['RESET ALL', 'SHOW max_stack_depth']);
add('set max_stack_depth then show', ["SET max_stack_depth = '1MB'", 'SHOW max_stack_depth']);
add('set max_stack_depth too large', ["SET max_stack_depth = '100MB'"]);
add(
  'set max_stack_depth 100kB then recursion 2000',
  ["SET max_stack_depth = '100kB'", 'SELECT r(2000) AS v', 'RESET max_stack_depth', 'SELECT r(10) AS v'],
  R,
);
add('set local max_stack_depth', [
  'BEGIN',
  "SET LOCAL max_stack_depth = '500kB'",
  'SHOW max_stack_depth',
  'COMMIT',
  'SHOW max_stack_depth',
]);

export default list.cases;
