// Round 30 probe: placeholders without values (the simple protocol) spread over a statement's
// subqueries, CTEs, set operations and derived tables, numbered against the order PostgreSQL's
// analysis reads them (WITH first, then FROM, the select list, WHERE, ...): the first one met fails.
import { SCHEMA } from './gen.mjs';

const statements = [
  'WITH t AS (SELECT id FROM users WHERE tenant_id = $2) SELECT id FROM t WHERE id > $1',
  'SELECT id FROM (SELECT id FROM users WHERE tenant_id = $2) d WHERE id > $1',
  'SELECT (SELECT count(*) FROM posts WHERE tenant_id = $2) AS n FROM users WHERE id = $1',
  'SELECT id FROM users WHERE id = $1 AND tenant_id IN (SELECT id FROM tenants WHERE plan = $2)',
  'SELECT id FROM users WHERE tenant_id IN (SELECT id FROM tenants WHERE plan = $2) AND id = $1',
  'SELECT id FROM users WHERE id = $2 UNION SELECT id FROM posts WHERE id = $1',
  'SELECT id FROM users WHERE EXISTS (SELECT 1 FROM posts WHERE author_id = users.id AND views > $2) AND id < $1',
  'SELECT u.id FROM users u JOIN (SELECT author_id FROM posts WHERE views > $2) p ON p.author_id = u.id WHERE u.id > $1',
  'SELECT u.id FROM users u JOIN posts p ON p.author_id = u.id AND p.views > $2 WHERE u.id > $1',
  'SELECT $2::int AS a, id FROM users WHERE id = $1',
  'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET (SELECT $2::int)',
  'SELECT tenant_id, count(*) FROM users GROUP BY tenant_id HAVING count(*) > $2 ORDER BY tenant_id LIMIT $1',
  'SELECT CASE WHEN id > $2 THEN $1 ELSE 0 END FROM users',
  'SELECT coalesce($2::int, $1::int)',
  'UPDATE users SET score = (SELECT max(score) FROM users WHERE tenant_id = $2) WHERE id = $1',
  'DELETE FROM users WHERE id = $2 AND tenant_id IN (SELECT id FROM tenants WHERE plan = $1)',
  'INSERT INTO tags (name) SELECT name FROM tags WHERE id = $2 UNION SELECT $1',
  'WITH a AS (SELECT $3::int AS x), b AS (SELECT $1::int AS y) SELECT x, y, $2::int FROM a, b',
  'SELECT id FROM users WHERE (tenant_id, role) IN (SELECT $2::int, $1::text)',
  'SELECT id FROM users u WHERE u.id = ANY(ARRAY[$2::int, $1::int])',
];
export default statements.map((sql, i) => ({
  name: `r30 forgotten in subqueries #${i + 1}`,
  setup: SCHEMA,
  steps: [sql],
}));
