// Round 30 probe: what a statement's own subqueries see of the table it changes (manual 13.2.1:
// the snapshot is taken at the statement's start): RETURNING and SET with subqueries over the
// target table, a WHERE reading it, DEFAULT-less INSERT ... RETURNING counts, as repositories
// write "insert and return the new total" or "update and return the rank".
import { SCHEMA } from './gen.mjs';

const P = (sql, ...params) => ({ sql, params });
const statements = [
  "INSERT INTO tags (name) VALUES ('x') RETURNING id, (SELECT count(*) FROM tags) AS total",
  "INSERT INTO tags (name) VALUES ('x'), ('y') RETURNING id, (SELECT max(id) FROM tags) AS top",
  'UPDATE users SET score = 100 WHERE id = 2 RETURNING id, (SELECT max(score) FROM users) AS best',
  'UPDATE users SET score = coalesce(score, 0) + 1 RETURNING id, score, (SELECT sum(score) FROM users) AS total',
  'DELETE FROM tags WHERE id = 1 RETURNING id, (SELECT count(*) FROM tags) AS left_over',
  'UPDATE users SET score = (SELECT max(score) FROM users) + 1 WHERE id = 2 RETURNING score',
  'UPDATE users SET score = (SELECT count(*) FROM users WHERE score IS NOT NULL) WHERE score IS NULL RETURNING id, score',
  'UPDATE products SET stock = stock + (SELECT sum(qty) FROM cart_items) WHERE id = 1 RETURNING stock',
  "INSERT INTO tags (name) SELECT 'n' || count(*) FROM tags RETURNING name",
  'DELETE FROM users WHERE score < (SELECT avg(score) FROM users) RETURNING id',
  'UPDATE users SET balance = balance + 1 WHERE id IN (SELECT id FROM users WHERE balance < 5) RETURNING id, balance',
  "INSERT INTO audit_log (tenant_id, action, entity, at) VALUES (1, 'x', 'y', '2024-01-01') RETURNING id, (SELECT count(*) FROM audit_log WHERE tenant_id = 1) AS n",
  P(
    'INSERT INTO post_tags VALUES ($1, $2) RETURNING post_id, (SELECT count(*) FROM post_tags WHERE post_id = $1) AS tags',
    2,
    1,
  ),
  "UPDATE jobs SET attempts = attempts + 1 WHERE id = (SELECT min(id) FROM jobs WHERE state = 'pending') RETURNING id, attempts, (SELECT sum(attempts) FROM jobs) AS total",
];
export default statements.map((step, i) => ({
  name: `r30 snapshot #${i + 1}`,
  setup: SCHEMA,
  steps: [step],
}));
