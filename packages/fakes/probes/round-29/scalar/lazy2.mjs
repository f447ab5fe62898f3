export default [
  {
    name: 'lazy2: coalesce stops at folded greatest',
    steps: ["SELECT coalesce(greatest('a', 'b'), substring('abc', 1, -1)) AS r"],
  },
  {
    name: 'lazy2: coalesce stops at folded least of ints',
    steps: ['SELECT coalesce(least(1, 2), 1 / 0) AS r'],
  },
  {
    name: 'lazy2: coalesce stops at folded rpad of nullif',
    steps: ["SELECT coalesce(rpad(nullif('A', 'b'), 3, greatest('x', 'y')), (2 / 0)::text) AS r"],
  },
  {
    name: 'lazy2: coalesce stops at folded round',
    steps: ['SELECT coalesce(round(2.5::float8), 1 / 0) AS r'],
  },
  {
    name: 'lazy2: coalesce continues after folded null',
    steps: ["SELECT coalesce(nullif('a', 'a'), substring('abc', 1, -1)) AS r"],
  },
  {
    name: 'lazy2: coalesce continues after folded null greatest',
    steps: ["SELECT coalesce(greatest(NULL::text, NULL), 'z') AS r"],
  },
  {
    name: 'lazy2: where greatest constant false',
    setup: 'CREATE TABLE t(a int); INSERT INTO t VALUES (0)',
    steps: ["SELECT a FROM t WHERE greatest('a', 'b') = 'a' AND 1 / a = 1"],
  },
  {
    name: 'lazy2: case with greatest constant arm',
    steps: ["SELECT CASE WHEN greatest('a', 'b') = 'b' THEN 'ok' ELSE substring('abc', 1, -1) END AS r"],
  },
];
