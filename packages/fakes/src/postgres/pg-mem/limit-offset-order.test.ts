import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function pool() {
  const fake = await createFakePostgres({
    engine: 'pg-mem',
    migrations: [
      { name: 'schema', sql: 'CREATE TABLE users (id int PRIMARY KEY); INSERT INTO users VALUES (1), (2);' },
    ],
  });
  return fake.pool;
}

// transformSelectStmt transforms OFFSET before LIMIT, and ExecLimit computes the offset first: a
// mistake in both clauses is reported for OFFSET.
describe('pg-mem engine: OFFSET is read before LIMIT', () => {
  it.each<[string, string, string]>([
    ['SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2', '42P02', 'there is no parameter $2'],
    ['SELECT id FROM users ORDER BY id LIMIT nope OFFSET nope2', '42703', 'column "nope2" does not exist'],
    ['SELECT id FROM users ORDER BY id LIMIT -1 OFFSET -1', '2201X', 'OFFSET must not be negative'],
  ])('%s: %s', async (text, code, message) => {
    await expect((await pool()).query(text)).rejects.toMatchObject({ code, message });
  });

  it('still pages with both', async () => {
    const { rows } = await (await pool()).query(
      'SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2',
      [1, 1],
    );
    expect(rows).toEqual([{ id: 2 }]);
  });
});
