// Round 22 probe (h128): when PostgreSQL 15 evaluates a scalar subquery (chapter 9.23 "Subquery
// Expressions", 4.2.11 "Scalar Subqueries", 4.2.14 "Expression Evaluation Rules"): an uncorrelated one
// is an InitPlan run once, when its value is first needed, so one that would fail (21000 more than one
// row, 22012 division by zero) fails only if reached: not over zero rows, not in a CASE branch not taken,
// not after COALESCE found a value, not under LIMIT 0.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r22 subquery evaluation: ');
const T = 'CREATE TABLE e (a int); CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);';
const q = (name: string, sql: string) => list.add(name, [sql], T);

const MANY = '(SELECT x FROM (VALUES (1), (2)) v(x))';
const ONE = '(SELECT x FROM (VALUES (7)) v(x))';
const NONE = '(SELECT x FROM (VALUES (1)) v(x) WHERE x > 5)';
const DIV0 = '(SELECT 1 / x FROM (VALUES (0)) v(x))';
const MANYT = '(SELECT a FROM t)';

// select lists over zero rows
q('many in select list, LIMIT 0', `SELECT ${MANY} AS v LIMIT 0`);
q('many in select list, WHERE false', `SELECT ${MANY} AS v WHERE false`);
q('many in select list, WHERE 1 = 2', `SELECT ${MANY} AS v WHERE 1 = 2`);
q('many in select list from empty table', `SELECT ${MANY} AS v FROM e`);
q('many from table subquery, from empty table', `SELECT ${MANYT} AS v FROM e`);
q('div0 in select list from empty table', `SELECT ${DIV0} AS v FROM e`);
q('many in select list from table, LIMIT 0', `SELECT a, ${MANY} AS v FROM t LIMIT 0`);
q('many in select list from table, WHERE a > 10', `SELECT a, ${MANY} AS v FROM t WHERE a > 10`);
q('many in select list from table (fails)', `SELECT a, ${MANY} AS v FROM t`);
q('div0 in select list from table (fails)', `SELECT a, ${DIV0} AS v FROM t`);
q('one in select list from table', `SELECT a, ${ONE} AS v FROM t ORDER BY a`);
q('none in select list from table', `SELECT a, ${NONE} AS v FROM t ORDER BY a`);
q('many plus column from empty table', `SELECT a + ${MANY} AS v FROM e`);
q('many inside function from empty table', `SELECT abs(${MANY}) AS v FROM e`);
q('many in select list, OFFSET past end', `SELECT a, ${MANY} AS v FROM t OFFSET 5`);
q('many from empty join', `SELECT t.a, ${MANY} AS v FROM t JOIN e ON e.a = t.a`);
q('many in select list over empty group', `SELECT count(*), ${MANY} AS v FROM e HAVING count(*) > 0`);
q('many in select list over count(*) of empty', `SELECT count(*), ${MANY} AS v FROM e`);
// WHERE
q('many in WHERE with false conjunct after', `SELECT 1 AS v WHERE ${MANY} = 1 AND 1 = 2`);
q('many in WHERE with false conjunct before', `SELECT 1 AS v WHERE 1 = 2 AND ${MANY} = 1`);
q('div0 in WHERE with false conjunct', `SELECT 1 AS v WHERE ${DIV0} = 1 AND 1 = 2`);
q('constant 1/0 subquery in WHERE with false conjunct', 'SELECT 1 AS v WHERE (SELECT 1/0) = 1 AND 1 = 2');
q('many in WHERE over empty table', `SELECT a FROM e WHERE a = ${MANY}`);
q('many in WHERE over table (fails)', `SELECT a FROM t WHERE a = ${MANY}`);
q('many in WHERE OR true', `SELECT 1 AS v WHERE true OR ${MANY} = 1`);
q('many in WHERE over table with false conjunct', `SELECT a FROM t WHERE a > 10 AND a = ${MANY}`);
q('one in WHERE over table', `SELECT a FROM t WHERE a < ${ONE} ORDER BY a`);
q('none in WHERE over table', `SELECT a FROM t WHERE a = ${NONE}`);
q('many in WHERE of UPDATE over empty table', `UPDATE e SET a = 1 WHERE a = ${MANY}`);
q('many in SET of UPDATE with no match', `UPDATE t SET a = ${MANY} WHERE a > 10`);
q('many in DELETE over empty table', `DELETE FROM e WHERE a = ${MANY}`);
q('many in INSERT SELECT from empty', `INSERT INTO t SELECT ${MANY} FROM e`);
// CASE
q('many in CASE WHEN false', `SELECT CASE WHEN false THEN ${MANY} END AS v`);
q('many in CASE ELSE not taken', `SELECT CASE WHEN true THEN 0 ELSE ${MANY} END AS v`);
q(
  'many in CASE over table, branch not taken',
  `SELECT a, CASE WHEN a > 10 THEN ${MANY} ELSE 0 END AS v FROM t ORDER BY a`,
);
q(
  'many in CASE over table, branch taken (fails)',
  `SELECT a, CASE WHEN a > 2 THEN ${MANY} ELSE 0 END AS v FROM t ORDER BY a`,
);
q(
  'div0 in CASE over table, branch not taken',
  `SELECT a, CASE WHEN a < 0 THEN ${DIV0} END AS v FROM t ORDER BY a`,
);
q(
  'many in CASE condition not reached',
  `SELECT a, CASE WHEN a > 0 THEN 1 WHEN ${MANY} = 1 THEN 2 END AS v FROM t ORDER BY a`,
);
q('simple CASE many arm not taken', `SELECT CASE 1 WHEN 2 THEN ${MANY} ELSE 5 END AS v`);
// COALESCE, NULLIF, boolean short-circuit in select list
q('many in COALESCE after a value', `SELECT COALESCE(1, ${MANY}) AS v`);
q('many in COALESCE over table, after a value', `SELECT a, COALESCE(a, ${MANY}) AS v FROM t ORDER BY a`);
q('many in COALESCE reached (fails)', `SELECT COALESCE(NULL::int, ${MANY}) AS v`);
q('div0 in COALESCE after a value', `SELECT COALESCE(2, ${DIV0}) AS v`);
q('many in AND after false (select list)', `SELECT false AND ${MANY} = 1 AS v`);
q('many in OR after true (select list)', `SELECT true OR ${MANY} = 1 AS v`);
q('many in AND over table, column false', `SELECT a, (a > 10) AND ${MANY} = 1 AS v FROM t ORDER BY a`);
// ORDER BY, GROUP BY, aggregates
q('many in ORDER BY over empty table', `SELECT a FROM e ORDER BY ${MANY}`);
q('many in ORDER BY over table (fails)', `SELECT a FROM t ORDER BY a + ${MANY}`);
q('many in aggregate argument over empty', `SELECT sum(a + ${MANY}) AS v FROM e`);
q('many in FILTER over empty', `SELECT count(*) FILTER (WHERE a = ${MANY}) AS v FROM e`);
q('many in GROUP BY expression over empty', `SELECT a + ${MANY} AS g FROM e GROUP BY 1`);
// nesting, CTEs, subqueries in FROM
q('many in CTE select list from empty', `WITH c AS (SELECT ${MANY} AS v FROM e) SELECT * FROM c`);
q('many in derived table from empty', `SELECT * FROM (SELECT ${MANY} AS v FROM e) s`);
q('many in EXISTS select list', `SELECT EXISTS (SELECT ${MANY} FROM t) AS v`);
q('many in EXISTS select list over empty', `SELECT EXISTS (SELECT ${MANY} FROM e) AS v`);
q('many nested under none', `SELECT (SELECT ${MANY} FROM e) AS v`);
q('many in VALUES row not produced', `SELECT * FROM (VALUES (1, ${MANY})) v(a, b) WHERE a = 2`);
q('many in UNION arm over empty', `SELECT 1 AS v UNION ALL SELECT ${MANY} FROM e`);
q(
  'many in correlated subquery over empty outer',
  `SELECT (SELECT x FROM (VALUES (1), (2)) v(x) WHERE x >= e.a) AS v FROM e`,
);
q(
  'correlated many over table (fails)',
  `SELECT (SELECT x FROM (VALUES (1), (2)) v(x) WHERE x >= t.a - 5) AS v FROM t`,
);
q(
  'correlated one per row',
  `SELECT a, (SELECT x FROM (VALUES (1), (2), (3)) v(x) WHERE x = t.a) AS v FROM t ORDER BY a`,
);
// errors and their order
q('many error code in select list', `SELECT ${MANY} AS v`);
q('div0 error code in select list', `SELECT ${DIV0} AS v`);
q('many then div0: first reached wins', `SELECT ${MANY} AS a, ${DIV0} AS b`);
q(
  'scalar subquery evaluated once per statement',
  'SELECT a, (SELECT count(*) FROM t) AS n FROM t ORDER BY a',
);
q('many in RETURNING of no rows', `DELETE FROM t WHERE a > 10 RETURNING ${MANY} AS v`);
q('many in RETURNING of rows (fails)', `DELETE FROM t WHERE a = 1 RETURNING ${MANY} AS v`);

// errors a subquery's constants raise as planned: only where the planner's folding keeps it
const C0 = '(SELECT 1/0)';
const RUN0 = '(SELECT 1 / (a - 1) FROM t WHERE a = 1)';
q('constant div0 in CASE WHEN false', `SELECT CASE WHEN false THEN ${C0} END AS v`);
q('constant div0 in CASE after WHEN true', `SELECT CASE WHEN true THEN 1 ELSE ${C0} END AS v`);
q('constant div0 in COALESCE after a value', `SELECT COALESCE(1, ${C0}) AS v`);
q('constant div0 in COALESCE reached (fails)', `SELECT COALESCE(NULL, ${C0}) AS v`);
q('constant div0 AND false (select list)', `SELECT ${C0} = 1 AND false AS v`);
q('constant div0 OR true (select list)', `SELECT ${C0} = 1 OR true AS v`);
q('constant div0 OR 1 = 1 (select list)', `SELECT ${C0} = 1 OR 1 = 1 AS v`);
q('constant div0 in WHERE false AND', `SELECT 1 AS v WHERE false AND ${C0} = 1`);
q(
  'constant div0 in WHERE beside a subquery false (fails)',
  `SELECT 1 AS v WHERE ${C0} = 1 AND (SELECT 1) = 2`,
);
q('constant div0 in select list from empty table (fails)', `SELECT ${C0} AS v FROM e`);
q(
  'constant div0 in CASE over table, branch not taken (fails)',
  `SELECT a, CASE WHEN a < 0 THEN ${C0} END AS v FROM t`,
);
q('constant div0 in WHERE over empty table (fails)', `SELECT a FROM e WHERE a = ${C0}`);
q(
  'constant div0 in WHERE over table with column conjunct (fails)',
  `SELECT a FROM t WHERE a > 10 AND a = ${C0}`,
);
q('constant div0 in UPDATE SET with no match (fails)', `UPDATE t SET a = ${C0} WHERE a > 10`);
q('run-time div0 in select list (fails)', `SELECT ${RUN0} AS v`);
q('run-time div0 in CASE WHEN false', `SELECT CASE WHEN false THEN ${RUN0} END AS v`);
q('run-time div0 in COALESCE after a value', `SELECT COALESCE(3, ${RUN0}) AS v`);
q('run-time div0 in select list from empty table', `SELECT ${RUN0} AS v FROM e`);
q(
  'run-time div0 in CASE over table, branch not taken',
  `SELECT a, CASE WHEN a < 0 THEN ${RUN0} END AS v FROM t ORDER BY a`,
);
q('run-time div0 with LIMIT 0', `SELECT ${RUN0} AS v LIMIT 0`);

q('constant div0 over a table, from empty table (fails)', 'SELECT (SELECT 1/0 FROM t LIMIT 1) AS v FROM e');
q('column div0 over a table, from empty table', 'SELECT (SELECT a/0 FROM t LIMIT 1) AS v FROM e');
q('column div0 over a table, read (fails)', 'SELECT (SELECT a/0 FROM t LIMIT 1) AS v');
q(
  'div0 over two-row VALUES, from empty table',
  'SELECT (SELECT 1/x FROM (VALUES (0), (1)) v(x) WHERE x = 0) AS v FROM e',
);
q(
  'div0 over one-row VALUES joined, from empty table (fails)',
  'SELECT (SELECT 1/x FROM (VALUES (0)) v(x), t WHERE t.a = 1) AS v FROM e',
);

export default list.cases;
