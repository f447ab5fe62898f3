import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fake() {
  return createFakePostgres({
    migrations: [{ name: 't', sql: 'CREATE TABLE t (id int, j json, b jsonb)' }],
  });
}

/** The SQLSTATE and position a statement fails with, or 'ok' when it answers. */
async function outcome(sql: string, params: unknown[] = []): Promise<string> {
  const { pool } = await fake();
  try {
    await pool.query(sql, params);
    return 'ok';
  } catch (error) {
    const { code, position, message } = error as { code?: string; position?: string; message: string };
    return `${code} ${position} ${message}`;
  }
}

const noEquality = 'could not identify an equality operator for type json';

describe('pg-mem engine: json (not jsonb) has no equality operator', () => {
  // Over no rows pg-mem answered these without an error, where PostgreSQL refuses at parse time.
  it('refuses GROUP BY, DISTINCT, an aggregate DISTINCT and UNION of json with 42883 where PostgreSQL marks it', async () => {
    expect(await outcome('SELECT 1 FROM t GROUP BY id, j')).toBe(`42883 30 ${noEquality}`);
    expect(await outcome('SELECT j FROM t GROUP BY 1')).toBe(`42883 26 ${noEquality}`);
    expect(await outcome('SELECT DISTINCT id, j FROM t')).toBe(`42883 21 ${noEquality}`);
    expect(await outcome('SELECT count(DISTINCT j) FROM t')).toBe(`42883 23 ${noEquality}`);
    expect(await outcome('SELECT array_agg(DISTINCT j) FROM t')).toBe(`42883 27 ${noEquality}`);
    expect(await outcome('SELECT count(DISTINCT *) FROM t')).toMatch(/^42601 /);
    expect(await outcome('SELECT count(DISTINCT $1::json) FROM t', ['{}'])).toBe(`42883 23 ${noEquality}`);
    expect(await outcome('SELECT id, j FROM t UNION SELECT 1, j FROM t')).toBe(`42883 12 ${noEquality}`);
  });

  it('keeps jsonb, json as text and UNION ALL answering', async () => {
    expect(await outcome('SELECT DISTINCT b FROM t GROUP BY b')).toBe('ok');
    expect(await outcome('SELECT count(DISTINCT b) FROM t')).toBe('ok');
    expect(await outcome('SELECT id FROM t UNION ALL SELECT id FROM t')).toBe('ok');
  });
});
