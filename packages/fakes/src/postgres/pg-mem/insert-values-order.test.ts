import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA =
  'CREATE TABLE tags (id serial PRIMARY KEY, name text); CREATE TABLE acc (id int PRIMARY KEY, n int);';

async function pool() {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] });
  return fake.pool;
}

// transformInsertStmt transforms a VALUES row's expressions (a missing column, a placeholder the
// simple protocol gives no value) before transformInsertRow matches them to the target columns.
describe("pg-mem engine: an INSERT row's expressions are read before they are counted", () => {
  it.each<[string, string, string]>([
    ['INSERT INTO tags (name) VALUES (nope, 2)', '42703', 'column "nope" does not exist'],
    ['INSERT INTO tags (name) VALUES (1, 2, nope)', '42703', 'column "nope" does not exist'],
    ['INSERT INTO tags (id, name) VALUES (nope)', '42703', 'column "nope" does not exist'],
    ['INSERT INTO tags (name) VALUES ($1, $2)', '42P02', 'there is no parameter $1'],
    ['INSERT INTO tags (name) VALUES (1, $2)', '42P02', 'there is no parameter $2'],
    ['INSERT INTO acc VALUES ($1, (SELECT id, n FROM acc))', '42P02', 'there is no parameter $1'],
    ['INSERT INTO tags (name) VALUES (1, 2)', '42601', 'INSERT has more expressions than target columns'],
  ])('%s: %s', async (text, code, message) => {
    await expect((await pool()).query(text)).rejects.toMatchObject({ code, message });
  });

  it('still inserts a row whose placeholders have values', async () => {
    const { rows } = await (await pool()).query('INSERT INTO tags (name) VALUES ($1) RETURNING id, name', [
      'a',
    ]);
    expect(rows).toEqual([{ id: 1, name: 'a' }]);
  });
});
