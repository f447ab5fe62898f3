import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = 'CREATE TABLE t (a int, b int, c text)';

async function failure(sql: string): Promise<{ code?: string; position?: string; message?: string }> {
  const { pool } = await createFakePostgres({
    engine: 'pg-mem',
    migrations: [{ name: 'schema', sql: SCHEMA }],
  });
  return pool.query(sql).then(
    () => ({}),
    (error: unknown) => error as { code?: string; position?: string; message?: string },
  );
}

// transformSelectStmt reads the select list, WHERE, HAVING, ORDER BY and GROUP BY in that order and
// checks grouping after all of them: of two mistakes, PostgreSQL 15 reports the one read first.
describe('pg-mem engine: of two mistakes in a SELECT, the one PostgreSQL 15 reads first is reported', () => {
  it.each([
    ['SELECT count(*) FROM t GROUP BY x1 HAVING x2 > 0', '42703', '43', 'x2'],
    ['SELECT count(*) FROM t GROUP BY x1 ORDER BY x2', '42703', '45', 'x2'],
    ['SELECT count(*) FROM t GROUP BY x1 ORDER BY x1', '42703', '45', 'x1'],
    ['SELECT b FROM t GROUP BY a ORDER BY x1', '42703', '37', 'x1'],
    ['SELECT a FROM t GROUP BY 5 ORDER BY x1', '42703', '37', 'x1'],
    ['SELECT a FROM t GROUP BY x1 ORDER BY 5', '42P10', '38', 'ORDER BY position 5'],
    ['SELECT sum(count(a)) FROM t ORDER BY x1', '42803', '12', 'cannot be nested'],
    ['SELECT sum(1 + count(a)) FROM t', '42803', '16', 'cannot be nested'],
  ])('%s: %s at %s', async (sql, code, position, words) => {
    const error = await failure(sql);
    expect(error).toMatchObject({ code, position });
    expect(error.message).toContain(words);
  });

  it('still answers an ORDER BY of an output name, a position and a grouped expression', async () => {
    const { pool } = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [{ name: 'schema', sql: SCHEMA }],
    });
    await pool.query("INSERT INTO t VALUES (1, 2, 'x'), (1, 3, 'y'), (2, 5, 'z')");
    const { rows } = await pool.query(
      'SELECT a AS k, sum(b) AS s FROM t GROUP BY a HAVING count(*) > 0 ORDER BY s DESC, 1, a + 1',
    );
    expect(rows).toEqual([
      { k: 1, s: '5' },
      { k: 2, s: '5' },
    ]);
    // An aggregate inside a window call is no nesting: pg-mem refuses the window, not 42803.
    const windowed = await pool
      .query('SELECT sum(count(*)) OVER () AS total FROM t')
      .catch((e: unknown) => e);
    expect(windowed).toMatchObject({ code: '0A000' });
  });
});
