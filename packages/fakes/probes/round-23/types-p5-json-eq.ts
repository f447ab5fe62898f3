type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const E = 'CREATE TABLE t (id int, j json, b jsonb)';
const R = `CREATE TABLE t (id int, j json, b jsonb); INSERT INTO t VALUES (1, '{"a":1}', '{"a":1}'), (2, '{"a":1}', '{"a": 1}')`;
for (const [label, setup] of [
  ['empty', E],
  ['rows', R],
] as const) {
  c(`${label}: group by json`, 'SELECT 1 FROM t GROUP BY j', setup);
  c(`${label}: group by json and id`, 'SELECT id FROM t GROUP BY id, j', setup);
  c(`${label}: group by parenthesized json`, 'SELECT 1 FROM t GROUP BY (j)', setup);
  c(`${label}: group by position json`, 'SELECT j FROM t GROUP BY 1', setup);
  c(`${label}: group by alias json`, 'SELECT j AS k FROM t GROUP BY k', setup);
  c(`${label}: group by json arrow`, "SELECT count(*) FROM t GROUP BY j->'a'", setup);
  c(`${label}: group by json text ok`, "SELECT j->>'a' k, count(*) FROM t GROUP BY j->>'a'", setup);
  c(`${label}: distinct json`, 'SELECT DISTINCT j FROM t', setup);
  c(`${label}: distinct id json`, 'SELECT DISTINCT id, j FROM t', setup);
  c(`${label}: distinct json expression`, "SELECT DISTINCT j->'a' FROM t", setup);
  c(`${label}: distinct star`, 'SELECT DISTINCT * FROM t', setup);
  c(`${label}: distinct json in subquery`, 'SELECT count(*) FROM (SELECT DISTINCT j FROM t) s', setup);
  c(`${label}: distinct to_json`, 'SELECT DISTINCT to_json(id) FROM t', setup);
  c(`${label}: distinct jsonb ok`, 'SELECT DISTINCT b FROM t', setup);
  c(`${label}: count distinct json`, 'SELECT count(DISTINCT j) FROM t', setup);
  c(`${label}: count distinct parenthesized json`, 'SELECT count(DISTINCT (j)) FROM t', setup);
  c(`${label}: count distinct jsonb`, 'SELECT count(DISTINCT b) FROM t', setup);
  c(`${label}: count distinct json text`, 'SELECT count(DISTINCT j::text) FROM t', setup);
  c(`${label}: union json`, 'SELECT j FROM t UNION SELECT j FROM t', setup);
  c(`${label}: union second column json`, 'SELECT id, j FROM t UNION SELECT 1, j FROM t', setup);
  c(`${label}: union json literal`, `SELECT j FROM t UNION SELECT '{}'::json`, setup);
  c(`${label}: union all json`, 'SELECT id FROM t UNION ALL SELECT id FROM t', setup);
  c(`${label}: union jsonb`, 'SELECT b FROM t UNION SELECT b FROM t', setup);
  c(`${label}: group by json in scalar subquery`, 'SELECT (SELECT 1 FROM t GROUP BY j LIMIT 1)', setup);
  c(
    `${label}: group by json param distinct`,
    { sql: 'SELECT count(DISTINCT $1::json) FROM t', params: ['{}'] },
    setup,
  );
}
export default cases;
