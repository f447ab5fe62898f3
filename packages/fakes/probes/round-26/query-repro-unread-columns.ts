// Round 26 part B, reproduction: a column of a derived table, CTE or view that the outer query never
// reads is never computed by PostgreSQL (the planner drops it), so an error it would raise (division
// by zero, overflow, a bad cast) is not raised. Found by query-more.ts's composed cases 086 and 215.
import { ProbeCases } from '../probe-kit.js';

const T = `CREATE TABLE t (id int PRIMARY KEY, n int, s text);
INSERT INTO t VALUES (1, 5, 'x'), (2, 0, '7'), (3, 2147483647, '8');`;
const l = new ProbeCases('q-repro unread ');
const q = (name: string, sql: string, setup = T) => l.add(name, [sql], setup);

q('count over a derived table', 'SELECT count(*) FROM (SELECT id, 10 / n AS q FROM t) s');
q(
  'count over a derived table with offset',
  'SELECT count(*) FROM (SELECT id, 10 / n AS q FROM t OFFSET 0) s',
);
q('one column of a derived table', 'SELECT id FROM (SELECT id, n + 1 AS m FROM t) s');
q('cast not read', 'SELECT s.id FROM (SELECT id, s::int AS v FROM t) s');
q('scalar subquery counting', 'SELECT (SELECT count(*) FROM (SELECT 10 / n FROM t) s) AS c');
q('exists ignores its select list', 'SELECT EXISTS (SELECT 10 / n FROM t) AS e');
q('cte inlined', 'WITH w AS (SELECT id, 10 / n AS q FROM t) SELECT count(*) FROM w');
q('cte not materialized', 'WITH w AS NOT MATERIALIZED (SELECT id, 10 / n AS q FROM t) SELECT id FROM w');
q(
  'cte materialized computes it',
  'WITH w AS MATERIALIZED (SELECT id, 10 / n AS q FROM t) SELECT count(*) FROM w',
);
q('view column not read', 'CREATE VIEW v AS SELECT id, 10 / n AS q FROM t; SELECT id FROM v');
q('read column raises', 'SELECT count(q) FROM (SELECT id, 10 / n AS q FROM t) s');
q('distinct keeps it', 'SELECT count(*) FROM (SELECT DISTINCT id, 10 / n AS q FROM t) s');
q('join side not read', 'SELECT a.id FROM t a JOIN (SELECT id, 10 / n AS q FROM t) b ON a.id = b.id');
q('where reads it', 'SELECT id FROM (SELECT id, 10 / n AS q FROM t) s WHERE id > 1');

export default l.cases;
