import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = 'CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, a int, note text)';

async function failure(sql: string): Promise<{ code?: string; hint?: string; detail?: string }> {
  const { pool } = await createFakePostgres({
    engine: 'pg-mem',
    migrations: [{ name: 'schema', sql: SCHEMA }],
  });
  await pool.query('INSERT INTO g (a) VALUES (1)');
  return pool.query(sql).then(
    () => ({}),
    (error: unknown) => error as { code?: string; hint?: string; detail?: string },
  );
}

describe("pg-mem engine: a write's 428C9, 42804 and 42601 carry PostgreSQL 15's hints", () => {
  it('hints OVERRIDING SYSTEM VALUE for an explicit value into a GENERATED ALWAYS identity', async () => {
    expect(await failure('INSERT INTO g (id, a) VALUES (5, 1)')).toMatchObject({
      code: '428C9',
      detail: 'Column "id" is an identity column defined as GENERATED ALWAYS.',
      hint: 'Use OVERRIDING SYSTEM VALUE to override.',
    });
  });

  it('gives no hint for an UPDATE of that identity, which has no OVERRIDING clause', async () => {
    const error = await failure('UPDATE g SET id = 5');
    expect(error).toMatchObject({ code: '428C9' });
    expect(error.hint).toBeUndefined();
  });

  it.each(["INSERT INTO g (a) VALUES ('x'::text)", "UPDATE g SET a = 'x'::text"])(
    'hints a cast for a value of another type: %s',
    async (sql) => {
      expect(await failure(sql)).toMatchObject({
        code: '42804',
        hint: 'You will need to rewrite or cast the expression.',
      });
    },
  );

  it('hints a conflict target for ON CONFLICT DO UPDATE without one', async () => {
    expect(await failure('INSERT INTO g (a) VALUES (1) ON CONFLICT DO UPDATE SET a = 2')).toMatchObject({
      code: '42601',
      hint: 'For example, ON CONFLICT (column_name).',
    });
  });
});
