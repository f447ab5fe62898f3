import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { extractFieldSyntaxError } from './extract-field-syntax.js';

describe('extract() with a keyword as its field', () => {
  it('finds an unquoted dec, in any case, at its position', () => {
    expect(extractFieldSyntaxError("SELECT extract(DEC FROM date '2001-02-16')")).toEqual({
      near: 'DEC',
      position: 16,
    });
    expect(
      extractFieldSyntaxError(`SELECT extract("dec" from d), extract('dec' from d), 'extract(dec from'`),
    ).toBe(undefined);
    expect(extractFieldSyntaxError('SELECT extract(decade from d)')).toBe(undefined);
  });

  it('is 42601 on the pg-mem engine, where a quoted dec is still the decade', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await expect(
      pool.query("SELECT extract(dec from timestamp '2001-02-16 20:38:40')"),
    ).rejects.toMatchObject({
      code: '42601',
      position: '16',
    });
    const { rows } = await pool.query(`SELECT extract("dec" from timestamp '2001-02-16 20:38:40') AS v`);
    expect(rows).toEqual([{ v: '200' }]);
  });
});
