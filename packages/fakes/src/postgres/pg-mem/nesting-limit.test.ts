import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { nestingRefusal, PG_MEM_NESTING_LIMIT } from './nesting-limit.js';

const nested = (depth: number, open = '(', close = ')') =>
  `SELECT ${open.repeat(depth)}1${close.repeat(depth)} AS v`;

describe('nestingRefusal', () => {
  it('lets ordinary nesting through and refuses the limit, in brackets of either kind', () => {
    expect(nestingRefusal(nested(PG_MEM_NESTING_LIMIT - 1))).toBeUndefined();
    expect(nestingRefusal(nested(PG_MEM_NESTING_LIMIT))?.code).toBe('0A000');
    expect(
      nestingRefusal(`SELECT ${'ARRAY['.repeat(PG_MEM_NESTING_LIMIT)}1${']'.repeat(PG_MEM_NESTING_LIMIT)}`)
        ?.code,
    ).toBe('0A000');
  });

  it('counts brackets of SQL only, not those inside strings or comments', () => {
    const quoted = `SELECT '${'('.repeat(PG_MEM_NESTING_LIMIT)}' AS v -- ${'('.repeat(PG_MEM_NESTING_LIMIT)}`;
    expect(nestingRefusal(quoted)).toBeUndefined();
  });
});

describe('pg-mem engine', () => {
  it('refuses brackets 10,000 deep, where PostgreSQL 15 fails with 42601 and pg-mem answered 1', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await expect(pool.query(nested(10_000))).rejects.toMatchObject({ code: '0A000' });
    await expect(pool.query(nested(100))).resolves.toMatchObject({ rows: [{ v: 1 }] });
  });
});
