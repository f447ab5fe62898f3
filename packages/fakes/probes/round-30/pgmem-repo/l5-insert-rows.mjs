// Round 30 probe: an INSERT's VALUES row with a mistake in an expression and the wrong number of
// expressions, or a placeholder without a value (simple protocol): PostgreSQL reads the row's
// expressions in order before it matches them to the target columns.
const S =
  'CREATE TABLE tags (id serial PRIMARY KEY, name text); CREATE TABLE acc (id int PRIMARY KEY, n int);';
export default [
  ['INSERT INTO tags (name) VALUES (nope, 2)'],
  ['INSERT INTO tags (name) VALUES ($1, $2)'],
  ['INSERT INTO tags (name) VALUES (1, $2)'],
  ['INSERT INTO tags (name) VALUES (1, 2, nope)'],
  ['INSERT INTO tags (id, name) VALUES (1)'],
  ['INSERT INTO tags (id, name) VALUES (nope)'],
  ['INSERT INTO tags (id, name) VALUES (1, 2), (3)'],
  ['INSERT INTO tags (id, name) VALUES (1, 2), (3, nope)'],
  ['INSERT INTO tags (id, name) VALUES (1, 2), (3, 4, nope)'],
  ['INSERT INTO acc VALUES ($1, (SELECT id, n FROM acc))'],
  ['INSERT INTO acc VALUES ($1, $2 + nope)'],
  ['INSERT INTO acc VALUES (1 + $1, 2)'],
  [{ sql: 'INSERT INTO tags (name) VALUES ($1, $2)', params: ['a'] }],
  [{ sql: 'INSERT INTO tags (name) VALUES (nope, $1)', params: ['a', 'b'] }],
  [{ sql: 'INSERT INTO tags (name) VALUES ($1) RETURNING id, name', params: ['a'] }],
].map((steps, i) => ({ name: `r30 insert row order #${i + 1}`, setup: S, steps }));
