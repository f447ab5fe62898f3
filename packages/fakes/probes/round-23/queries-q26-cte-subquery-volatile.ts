type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const S = 'CREATE SEQUENCE sq; CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);';
export default [
  c(
    'cte read once in scalar subquery per row',
    S,
    "WITH x AS (SELECT nextval('sq') AS n) SELECT a, (SELECT n FROM x) FROM t ORDER BY a",
  ),
  c(
    'cte read once in where subquery',
    S,
    "WITH x AS (SELECT nextval('sq') AS n) SELECT a FROM t WHERE a >= (SELECT n FROM x) ORDER BY a",
    "SELECT nextval('sq')",
  ),
  c(
    'cte uuid in scalar subquery per row',
    S,
    'WITH x AS (SELECT gen_random_uuid() AS u) SELECT count(DISTINCT (SELECT u FROM x)) FROM t',
  ),
  c(
    'cte in exists per row',
    S,
    "WITH x AS (SELECT nextval('sq') AS n) SELECT a FROM t WHERE EXISTS (SELECT 1 FROM x WHERE n > 0) ORDER BY a",
    "SELECT nextval('sq')",
  ),
  c(
    'cte in in-subquery',
    S,
    "WITH x AS (SELECT nextval('sq') AS n) SELECT a FROM t WHERE a IN (SELECT n FROM x) ORDER BY a",
    "SELECT nextval('sq')",
  ),
  c(
    'uncorrelated scalar subquery nextval per row',
    S,
    "SELECT a, (SELECT nextval('sq')) AS n FROM t ORDER BY a",
    "SELECT nextval('sq')",
  ),
  c('cte joined once', S, "WITH x AS (SELECT nextval('sq') AS n) SELECT a, n FROM t, x ORDER BY a"),
  c(
    'cte uuid joined once',
    S,
    'WITH x AS (SELECT gen_random_uuid() AS u) SELECT count(DISTINCT u) FROM t, x',
  ),
  c(
    'subquery in from with nextval joined',
    S,
    "SELECT a, n FROM t, (SELECT nextval('sq') AS n) s ORDER BY a",
  ),
];
