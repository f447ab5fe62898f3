// Round 30 probe: a statement sent with more or fewer values than its placeholders (a repository
// whose optional filter was dropped from the SQL but not from the values), when the statement has
// its own error too. PostgreSQL's Parse (failed transaction 25P02, analysis 42xxx) comes before
// Bind's count check (08P01), which comes before the values' input errors (22P02).
import { SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });
const statements = [
  'SELECT min(active) AS a FROM users',
  'SELECT min(body) FROM posts',
  'SELECT nope FROM users',
  'SELECT id FROM users WHERE tenant_id = $1 AND nope = 1',
  'SELECT id FROM nowhere WHERE id = $1',
  'SELECT id FROM users WHERE email = $1 GROUP BY tenant_id',
  'SELECT id FROM users WHERE id = $1 AND id = $2',
  'SELECT id FROM users WHERE id = $1',
  'SELECT id FROM users ORDER BY id',
  "UPDATE users SET score = 'x' || $1 WHERE id = 1",
  'UPDATE users SET nope = $1 WHERE id = $2',
  'INSERT INTO tags (name, nope) VALUES ($1, $2)',
  'INSERT INTO tags (name) VALUES ($1, $2)',
  'DELETE FROM tags WHERE name = $1 AND id = $2',
  'SELECT $1::int + $2',
  'SELECT sum(email) FROM users WHERE tenant_id = $1',
  "SELECT id FROM users WHERE score = ANY($1) AND score > 'abc'",
  'SELECT lower(score) FROM users',
  'SELECT id FROM users WHERE id = $2',
];
const valueSets = [[], [1], [1, 2], [1, 2, 3], ['x'], ['x', 'y']];
const cases = [];
statements.forEach((sql, i) => {
  valueSets.forEach((values, j) => {
    cases.push({ name: `r30 bind count #${i + 1}.${j + 1}`, setup: SCHEMA, steps: [P(sql, ...values)] });
  });
  cases.push({
    name: `r30 bind count failed tx #${i + 1}`,
    setup: SCHEMA,
    steps: ['BEGIN', 'SELECT 1/0', P(sql, 1, 2, 3, 4), 'ROLLBACK'],
  });
});
export default cases;
