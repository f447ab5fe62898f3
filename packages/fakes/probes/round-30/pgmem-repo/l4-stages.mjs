// Round 30 probe: errors of each stage PostgreSQL goes through (raw parse, parse analysis and its
// constant coercions, the rewriter, Bind's count and input of values, the planner's folding, the
// executor), each in a statement that also has a placeholder sent a bad value, the wrong count of
// values, or no value at all: the stage that comes first decides the error.
const SETUP = `CREATE TABLE acc (id int PRIMARY KEY, email text UNIQUE, n int, at timestamptz, flag boolean, vc varchar(3), g int GENERATED ALWAYS AS IDENTITY);
CREATE TABLE other (id int PRIMARY KEY, acc_id int REFERENCES acc (id));
INSERT INTO acc (id, email, n) VALUES (1, 'a', 1), (2, 'b', NULL);`;
const P = (sql, ...params) => ({ sql, params });
const mistakes = [
  'SELECT max(count(*)) FROM acc WHERE id = $1',
  'SELECT id FROM acc WHERE id = $1 AND n',
  'SELECT id FROM acc WHERE id = $1 LIMIT n',
  'SELECT id FROM acc WHERE id IN (SELECT id, n FROM acc) AND n = $1',
  'SELECT a.id FROM acc a, other a WHERE a.id = $1',
  'SELECT id FROM acc, other WHERE n = $1',
  'SELECT id FROM acc WHERE n = ANY(1) AND id = $1',
  'SELECT id FROM acc WHERE id = $1 GROUP BY 5',
  'SELECT $1::nope',
  'SELECT id FROM acc WHERE email ~ 1 AND id = $1',
  'SELECT id FROM acc WHERE id = $1 FOR UPDATE OF nope',
  "SELECT coalesce(n, 'x') FROM acc WHERE id = $1",
  "SELECT CASE WHEN id = $1 THEN 1 ELSE 'x' END FROM acc",
  "SELECT n FROM acc WHERE id = $1 UNION SELECT 'x'",
  "SELECT id FROM acc WHERE id = $1 AND n = ANY('{1,x}')",
  "SELECT id FROM acc WHERE id = $1 AND email::jsonb = 'x'::jsonb",
  'SELECT id FROM acc WHERE id = $1 AND n = 2147483648::int',
  'SELECT id FROM acc WHERE id = $1 AND n = 1/0',
  "SELECT id FROM acc WHERE id = $1 AND vc = 'abcdef'::varchar(2)",
  "SELECT id FROM acc WHERE id = $1 AND at > now() + 'x'",
  "SELECT id FROM acc WHERE id = $1 AND at > '2024-01-01'::timestamptz + interval '1 x'",
  "INSERT INTO acc (id, vc) VALUES ($1, 'abcdef')",
  'INSERT INTO acc (id, n) VALUES ($1, true)',
  'INSERT INTO acc (id, g) VALUES ($1, 5)',
  'UPDATE acc SET g = 5 WHERE id = $1',
  'UPDATE acc SET n = n + 1 WHERE id = $1 RETURNING nope',
  "UPDATE acc SET n = 'x' WHERE id = $1",
  "DELETE FROM acc WHERE id = $1 AND n = 'x'",
  'DELETE FROM acc WHERE id = $1',
  'INSERT INTO other VALUES (10, $1)',
  'SELECT id FROM acc WHERE id = $1 LIMIT -1',
  'SELECT id FROM acc WHERE id = $1 OFFSET -1',
  'SELECT id FROM acc WHERE id = $1 AND n = (SELECT n FROM acc)',
  'SELECT id FROM acc WHERE id = $1 AND sqrt(-1) > 0',
  "SELECT id FROM acc WHERE id = $1 AND n = 'x'::text::int",
  'SELECT id FROM acc WHERE id = $1 ORDER BY 1/0',
  "INSERT INTO acc (id, email) VALUES ($1, 'a') ON CONFLICT (email) DO UPDATE SET nope = 1",
  "INSERT INTO acc (id, email) VALUES ($1, 'a') ON CONFLICT (nope) DO NOTHING",
  "INSERT INTO acc (id, email) VALUES ($1, 'a') ON CONFLICT ON CONSTRAINT nope DO NOTHING",
  'SELECT id FROM acc WHERE id = $1 AND n > (SELECT 1/0)',
  "SELECT id FROM acc WHERE id = $1 AND flag = 'maybe'",
  'SELECT id FROM acc WHERE id = $1 AND nope()',
];
const cases = [];
mistakes.forEach((sql, i) => {
  [['x'], [1, 2], [1], ['99999999999']].forEach((values, k) => {
    cases.push({
      name: `r30 stages #${i + 1}.${k + 1}`,
      setup: SETUP,
      steps: [P(sql, ...values)],
    });
  });
  cases.push({ name: `r30 stages simple #${i + 1}`, setup: SETUP, steps: [sql] });
  cases.push({
    name: `r30 stages failed tx #${i + 1}`,
    setup: SETUP,
    steps: ['BEGIN', 'SELECT 1/0', P(sql, 'x'), 'ROLLBACK'],
  });
});
export default cases;
