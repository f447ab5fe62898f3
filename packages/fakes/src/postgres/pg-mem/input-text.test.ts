import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('text input of numbers and booleans on pg-mem', () => {
  it('skips ASCII blanks around a value, as PostgreSQL does', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    const { rows } = await pool.query(
      "SELECT E' \\t12\\n'::int AS i, ' -7 '::bigint AS b, E'\\r1.5 '::float8 AS f, '  true '::bool AS t",
    );
    expect(rows).toEqual([{ i: 12, b: '-7', f: 1.5, t: true }]);
  });

  it('refuses Unicode blanks with 22P02, where JavaScript would trim them away', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [{ name: 't', sql: 'CREATE TABLE t (n int)' }],
    });
    for (const blank of ['\u00a0', '\u2003', '\u3000', '\ufeff']) {
      await expect(fake.pool.query(`SELECT '${blank}12'::int`)).rejects.toMatchObject({ code: '22P02' });
      await expect(fake.pool.query(`SELECT '12${blank}'::bigint`)).rejects.toMatchObject({ code: '22P02' });
      await expect(fake.pool.query(`SELECT '${blank}1.5'::float8`)).rejects.toMatchObject({ code: '22P02' });
      await expect(fake.pool.query('INSERT INTO t VALUES ($1)', [`${blank}7`])).rejects.toMatchObject({
        code: '22P02',
      });
    }
    const { rows } = await fake.pool.query('SELECT count(*)::int AS n FROM t');
    expect(rows).toEqual([{ n: 0 }]);
  });
});
