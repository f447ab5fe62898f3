// Round 30 probe: every kind of parse-analysis error a repository statement meets (ON CONFLICT
// without a matching key, RETURNING an unknown column, GROUP BY, CASE branch types, casts, identity
// ALWAYS, generated targets, a column twice, INSERT counts), sent with a value that fails its input
// and with the wrong count of values: PostgreSQL reports the analysis error (Parse) first.
const SETUP = `CREATE TABLE acc (id int PRIMARY KEY, email text UNIQUE, n int, at timestamptz, flag boolean, g int GENERATED ALWAYS AS IDENTITY);
CREATE TABLE other (id int PRIMARY KEY, acc_id int REFERENCES acc (id));`;
const P = (sql, ...params) => ({ sql, params });
const statements = [
  'INSERT INTO acc (id, n) VALUES ($1, 1) ON CONFLICT (n) DO NOTHING',
  'INSERT INTO acc (id, n) VALUES ($1, 1) ON CONFLICT (id) DO UPDATE SET nope = 1',
  'INSERT INTO acc (id, n) VALUES ($1, 1) RETURNING nope',
  'INSERT INTO acc (id, id) VALUES ($1, 1)',
  'INSERT INTO acc (id, g) VALUES ($1, 1)',
  'UPDATE acc SET g = 1 WHERE id = $1',
  'UPDATE acc SET n = 1, n = 2 WHERE id = $1',
  "SELECT id, n FROM acc WHERE id = $1 GROUP BY id HAVING email = 'x'",
  'SELECT n FROM acc WHERE id = $1 GROUP BY id',
  "SELECT CASE WHEN id = $1 THEN 1 ELSE 'x'::text END FROM acc",
  'SELECT id FROM acc WHERE id = $1 AND flag = 1',
  'SELECT id FROM acc WHERE id = $1 AND at > 5',
  'SELECT id FROM acc WHERE id = $1 AND email = 5',
  'SELECT id::uuid FROM acc WHERE id = $1',
  'SELECT id FROM acc a JOIN other o ON o.acc_id = a.id WHERE id = $1',
  'DELETE FROM acc USING other WHERE other.nope = $1',
  'SELECT id FROM acc WHERE id = $1 ORDER BY 9',
  'SELECT DISTINCT email FROM acc WHERE id = $1 ORDER BY n',
  "SELECT id FROM acc WHERE id = $1 LIMIT 'x'",
  'SELECT count(*) FROM acc WHERE id = $1 AND count(*) > 1',
  'SELECT sum(n) OVER (PARTITION BY nope) FROM acc WHERE id = $1',
  'SELECT id FROM acc WHERE id = $1 UNION SELECT email FROM acc',
  'SELECT id, email FROM acc WHERE id = $1 UNION SELECT id FROM acc',
  'SELECT nope(id) FROM acc WHERE id = $1',
  'SELECT id FROM acc WHERE (id, n) = ($1)',
  'INSERT INTO other VALUES ($1, (SELECT id, n FROM acc))',
];
const cases = [];
statements.forEach((sql, i) => {
  [['x'], [1, 2], []].forEach((values, k) => {
    cases.push({
      name: `r30 analysis before bind #${i + 1}.${k + 1}`,
      setup: SETUP,
      steps: [P(sql, ...values)],
    });
  });
  cases.push({
    name: `r30 analysis before bind simple #${i + 1}`,
    setup: SETUP,
    steps: [sql.replaceAll('$1', '1')],
  });
});
export default cases;
