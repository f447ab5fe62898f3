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

// transformUpdateTargetList and transformInsertStmt transform a whole SET list or VALUES row before
// they coerce any value to its column: an unresolved name later in the list wins over a literal
// the column's type cannot read earlier in it.
describe('pg-mem engine: a SET list or VALUES row is read whole before its values are coerced, as in PostgreSQL 15', () => {
  it.each([
    ["UPDATE t SET a = 'x', b = nosuch", '42703', '27'],
    ['UPDATE t SET a = c, b = nosuch', '42703', '25'],
    ["UPDATE t SET (a, b) = ('x', nosuch)", '42703', '29'],
    ["INSERT INTO t (a, b) VALUES ('x', nosuch)", '42703', '35'],
    ["INSERT INTO t (a, b) VALUES (1, 2), ('x', nosuch)", '42703', '43'],
    // Coercions still go column by column once every value is read.
    ["INSERT INTO t (a, b) VALUES ('y'::text, 'x')", '42804', undefined],
    ["UPDATE t SET a = 'x', b = 'y'", '22P02', '18'],
  ])('%s: %s', async (sql, code, position) => {
    const error = await failure(sql);
    expect(error.code).toBe(code);
    expect(error.position).toBe(position);
  });

  it('still gives a parameter the type of the column it is assigned to', async () => {
    const { pool } = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [{ name: 'schema', sql: SCHEMA }],
    });
    await pool.query('INSERT INTO t (a, c) VALUES ($1, $2)', ['7', 'seven']);
    await pool.query('UPDATE t SET b = $1, c = upper(c) WHERE a = 7', ['8']);
    const { rows } = await pool.query('SELECT a, b, c FROM t');
    expect(rows).toEqual([{ a: 7, b: 8, c: 'SEVEN' }]);
  });
});

// LIMIT and OFFSET are read before parseCheckAggregates runs; a negative bound is the executor's
// error (ExecLimit); the ON CONFLICT arbiter is the planner's (infer_arbiter_indexes).
describe('pg-mem engine: errors of later stages follow those of parse analysis, as in PostgreSQL 15', () => {
  it.each([
    ['SELECT b FROM t GROUP BY a LIMIT x1', '42703', '34'],
    ['SELECT b FROM t GROUP BY a OFFSET x1', '42703', '35'],
    ['SELECT b FROM t GROUP BY a LIMIT -1', '42803', undefined],
    ['SELECT a FROM t LIMIT -1', '2201W', undefined],
    ['SELECT a FROM t OFFSET -2', '2201X', undefined],
    ['INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET b = excluded.x1', '42703', undefined],
    ['INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING RETURNING x1', '42703', '67'],
    ['INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING', '42P10', undefined],
  ])('%s: %s', async (sql, code, position) => {
    const error = await failure(sql);
    expect(error.code).toBe(code);
    if (position !== undefined) expect(error.position).toBe(position);
  });

  it('reads a UNION chain from the left: the first pair of branches is matched before a third', async () => {
    // 15 reports 42804 for text against integer; pg-mem refuses columns of different types (0A000),
    // but no longer reports the third branch's column count (42601) first.
    const error = await failure('SELECT c FROM t UNION SELECT a FROM t UNION SELECT a, b FROM t');
    expect(error.code).not.toBe('42601');
    const { pool } = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [{ name: 'schema', sql: SCHEMA }],
    });
    await pool.query("INSERT INTO t VALUES (1, 2, 'x'), (2, 2, 'y')");
    const { rows } = await pool.query('SELECT a FROM t UNION SELECT b FROM t UNION SELECT 3 ORDER BY 1');
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });
});

describe('pg-mem engine: VALUES items are coerced column by column, and a subquery bound only when it runs', () => {
  it("reports the leftmost column's bad item first, whatever its row (transformValuesClause)", async () => {
    const error = await failure("SELECT * FROM (VALUES (1, 'a'), ('b', 2)) v(n, m)");
    expect(error).toMatchObject({ code: '22P02', position: '34' });
    expect(error.message).toContain('"b"');
  });

  it('refuses a negative LIMIT in a subquery, which PostgreSQL raises only if the subquery runs', async () => {
    for (const sql of [
      'WITH s AS (SELECT a FROM t LIMIT -1) SELECT 1 AS x',
      'SELECT CASE WHEN false THEN (SELECT a FROM t LIMIT -1) END AS x',
      'SELECT b FROM (SELECT a, b FROM t LIMIT -1) s GROUP BY a',
    ])
      expect(await failure(sql)).toMatchObject({ code: '0A000' });
    expect(await failure('SELECT a FROM t LIMIT -1')).toMatchObject({ code: '2201W' });
  });
});
