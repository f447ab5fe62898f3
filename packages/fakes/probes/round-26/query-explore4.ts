// Round 26 part B: values equal in PostgreSQL but written differently (1.0 and 1.00, '1 day' and
// '24 hours', 0 and -0, NaN, one instant in two zones, jsonb keys reordered) grouped, deduplicated,
// joined and compared by set operations.
const V: Record<string, string> = {
  numeric: "(1.0::numeric), (1.00), (1), (2.50), (2.5), ('NaN'), ('NaN'), (NULL)",
  interval: "('1 day'::interval), ('24 hours'), ('1 day 00:00:00'), ('30 days'), ('1 mon'), (NULL)",
  float8: "(0::float8), ('-0'), ('NaN'), ('NaN'), ('Infinity'), (1.5), (NULL)",
  timestamptz:
    "('2024-01-01 00:00:00+00'::timestamptz), ('2024-01-01 01:00:00+01'), ('2023-12-31 19:00:00-05'), ('2024-01-02 00:00:00+00')",
  jsonb: `('{"a": 1, "b": 2}'::jsonb), ('{"b": 2, "a": 1}'), ('{"a": 1.0, "b": 2}'), ('[1, 2]'), ('null'), (NULL)`,
  text: "('a'::text), ('a '), ('A'), (''), (NULL)",
  char: "('a'::char(3)), ('a  '), ('a'), ('b')",
  intarr: "(ARRAY[1, 2]), ('{1,2}'), ('{1,NULL}'), ('{1,NULL}'), ('{}'), (NULL)",
};
const Q = [
  'SELECT count(DISTINCT x) AS c, count(x) AS n FROM v',
  'SELECT count(*) AS c FROM (SELECT DISTINCT x FROM v) s',
  'SELECT count(*) AS groups FROM (SELECT x FROM v GROUP BY x) s',
  'SELECT count(*) AS c FROM (SELECT x FROM v UNION SELECT x FROM v) s',
  'SELECT count(*) AS c FROM (SELECT x FROM v INTERSECT ALL SELECT x FROM v) s',
  'SELECT count(*) AS c FROM (SELECT x FROM v EXCEPT SELECT x FROM v WHERE false) s',
  'SELECT count(*) AS c FROM v a JOIN v b ON a.x = b.x',
  'SELECT count(*) AS c FROM v a WHERE a.x IN (SELECT x FROM v)',
  'SELECT count(*) AS c FROM v a WHERE a.x NOT IN (SELECT x FROM v WHERE x IS NOT NULL)',
  'SELECT count(*) AS c FROM v a JOIN v b USING (x)',
  'SELECT g, count(*) AS c FROM (SELECT x, dense_rank() OVER (ORDER BY x) AS g FROM v) s GROUP BY g',
  'SELECT count(*) AS c FROM v a, v b WHERE a.x < b.x',
  'SELECT count(*) AS c FROM v a, v b WHERE a.x IS NOT DISTINCT FROM b.x',
  'SELECT count(*) AS c FROM (SELECT DISTINCT ON (x) x FROM v ORDER BY x) s',
];
const TYPE: Record<string, string> = { intarr: 'int[]', char: 'char(3)' };
export default Object.entries(V).flatMap(([type, values]) =>
  Q.map((q, i) => ({
    name: `q-explore4 ${type} ${String(i + 1).padStart(2, '0')}`,
    setup: `CREATE TABLE v (id serial PRIMARY KEY, x ${TYPE[type] ?? type}); INSERT INTO v (x) VALUES ${values}`,
    steps: [q],
  })),
);
