// Round 30 probe: several statements in one simple-protocol query, as migrations, seeders and
// hand-written node-pg send them (manual 55.2.2.1: one implicit transaction for the whole string
// unless it has its own BEGIN/COMMIT; an error ends the rest).
import { SCHEMA } from './gen.mjs';

const AFTER =
  'SELECT (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM tenants) AS tenants, (SELECT stock FROM products WHERE id = 1) AS stock';
const strings = [
  "INSERT INTO tags (name) VALUES ('a'); INSERT INTO tags (name) VALUES ('sql')",
  "INSERT INTO tags (name) VALUES ('a'); SELECT 1/0; INSERT INTO tags (name) VALUES ('b')",
  "INSERT INTO tags (name) VALUES ('a'); INSERT INTO tags (name) VALUES ('b'); SELECT count(*) FROM tags",
  "BEGIN; INSERT INTO tags (name) VALUES ('a'); COMMIT; INSERT INTO tags (name) VALUES ('sql')",
  "INSERT INTO tags (name) VALUES ('a'); COMMIT; INSERT INTO tags (name) VALUES ('sql')",
  'UPDATE products SET stock = stock - 1 WHERE id = 1; UPDATE products SET stock = stock - 1000 WHERE id = 1',
  'UPDATE products SET stock = stock - 1 WHERE id = 1; SAVEPOINT x',
  "INSERT INTO tenants VALUES (9, 'n'); ROLLBACK; INSERT INTO tags (name) VALUES ('z')",
  "BEGIN; INSERT INTO tenants VALUES (9, 'n'); INSERT INTO tenants VALUES (9, 'n'); COMMIT",
  "INSERT INTO tags (name) VALUES ('a') RETURNING id; INSERT INTO tags (name) VALUES ('b') RETURNING id, name",
  "SELECT 1 AS one; SELECT 'two' AS two",
  'CREATE TABLE extra (id int); INSERT INTO extra VALUES (1); SELECT * FROM nope',
  "INSERT INTO tags (name) VALUES ('a'); SELECT now() = statement_timestamp() AS same",
  "INSERT INTO tenants VALUES (10, 'x'); SELECT txid_current() IS NOT NULL; INSERT INTO tenants VALUES (10, 'y')",
  "SET LOCAL statement_timeout = '1s'; INSERT INTO tags (name) VALUES ('q'); SHOW statement_timeout",
  "INSERT INTO tags (name) VALUES ('a');; ;INSERT INTO tags (name) VALUES ('b');",
  "BEGIN; INSERT INTO tags (name) VALUES ('a'); SELECT 1/0; COMMIT",
  "DELETE FROM post_tags; DELETE FROM tags WHERE name = 'sql'; DELETE FROM tenants WHERE id = 1",
  "INSERT INTO tags (name) VALUES ('a'); INSERT INTO tags (name) VALUES (NULL)",
  "INSERT INTO tags (name) SELECT 'x' || g FROM generate_series(1, 3) g; UPDATE products SET stock = -1 WHERE id = 2",
];
const cases = [];
strings.forEach((sql, i) => {
  cases.push({ name: `r30 multi #${i + 1}`, setup: SCHEMA, steps: [sql, AFTER] });
  cases.push({
    name: `r30 multi in tx #${i + 1}`,
    setup: SCHEMA,
    steps: ['BEGIN', sql, AFTER, 'ROLLBACK', AFTER],
  });
});
export default cases;
