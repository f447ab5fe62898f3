import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('a failed transaction on pg-mem', () => {
  it('lets a multi-statement string starting with ROLLBACK or COMMIT through to the refusal, not 25P02', async () => {
    const fake = await createFakePostgres();
    const client = await fake.pool.connect();
    try {
      await client.query('BEGIN');
      await expect(client.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
      // PostgreSQL runs the ROLLBACK and then the SELECT; pg-mem cannot run control in a string.
      for (const text of ['ROLLBACK; SELECT 2 AS v', 'COMMIT; SELECT 2 AS v']) {
        await expect(client.query(text)).rejects.toMatchObject({ code: '0A000' });
      }
      await expect(client.query('SELECT 1; SELECT 2')).rejects.toMatchObject({ code: '25P02' });
      await client.query('ROLLBACK');
      expect((await client.query('SELECT 3 AS v')).rows).toEqual([{ v: 3 }]);
    } finally {
      client.release();
    }
  });
});
