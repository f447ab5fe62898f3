import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('pg-mem engine jsonb text input', () => {
  it.each([
    ['"\\ud83d"', 'Unicode low surrogate must follow a high surrogate.'],
    ['"\\ude00"', 'Unicode low surrogate must follow a high surrogate.'],
    ['["\\ud83dx"]', 'Unicode low surrogate must follow a high surrogate.'],
    ['{"\\ud83d\\u0041": 1}', 'Unicode low surrogate must follow a high surrogate.'],
    ['"\\ud83d\\ud83d"', 'Unicode high surrogate must not follow a high surrogate.'],
  ])('refuses the lone surrogate in %s as PostgreSQL does', async (text, detail) => {
    const { pool } = await createFakePostgres();
    for (const query of [
      { text: `SELECT '${text}'::jsonb AS v` },
      { text: 'SELECT $1::jsonb AS v', values: [text] },
    ]) {
      await expect(pool.query(query)).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type json',
        detail,
      });
    }
  });

  it('reads a surrogate pair, and an escaped backslash before a u, as PostgreSQL does', async () => {
    const { pool } = await createFakePostgres();
    const { rows } = await pool.query(`SELECT '"\\ud83d\\ude00"'::jsonb AS a, '"\\\\ud83d"'::jsonb AS b`);
    expect(rows).toEqual([{ a: '😀', b: '\\ud83d' }]);
  });
});
