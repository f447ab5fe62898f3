import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `CREATE TYPE status AS ENUM ('pending', 'active');
CREATE TABLE t (id int PRIMARY KEY, u uuid, s status, si smallint, n numeric(4, 2), vc varchar(3), tags int[], body text);`;

async function pool() {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] });
  return fake.pool;
}

describe("pg-mem engine: a parameter's input error names the parameter, as PostgreSQL's Bind does", () => {
  it.each<[string, unknown[], string, string]>([
    [
      'INSERT INTO t (id, u) VALUES ($1, $2)',
      [1, 'not-a-uuid'],
      '22P02',
      "unnamed portal parameter $2 = '...'",
    ],
    ['INSERT INTO t (id, u) VALUES ($1, $2)', [1, ''], '22P02', "unnamed portal parameter $2 = ''"],
    ['INSERT INTO t (id, s) VALUES ($1, $2)', [1, 'Active'], '22P02', "unnamed portal parameter $2 = '...'"],
    ['INSERT INTO t (id, si) VALUES ($1, $2)', [1, 40000], '22003', "unnamed portal parameter $2 = '...'"],
    ['UPDATE t SET si = $2 WHERE id = $1', [1, 1.5], '22P02', "unnamed portal parameter $2 = '...'"],
    [
      'INSERT INTO t (id, tags) VALUES ($1, $2)',
      [1, [[1, 2], [3]]],
      '22P02',
      "unnamed portal parameter $2 = '...'",
    ],
    ['INSERT INTO t (id, body) VALUES ($1, $2)', [1, 'a\u0000b'], '22021', 'unnamed portal parameter $2'],
    ['SELECT $1::int AS v', ['x'], '22P02', "unnamed portal parameter $1 = '...'"],
  ])('%s with %j: %s in context %s', async (text, values, code, where) => {
    await expect((await pool()).query(text, values)).rejects.toMatchObject({ code, where });
  });

  it("leaves a column's modifier to the assignment, which names no parameter", async () => {
    const db = await pool();
    const tooLong = await db
      .query('INSERT INTO t (id, vc) VALUES ($1, $2)', [1, 'abcd'])
      .catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ code: '22001' });
    expect((tooLong as { where?: string }).where).toBeUndefined();
    const overflow = await db
      .query('INSERT INTO t (id, n) VALUES ($1, $2)', [1, '123.5'])
      .catch((e: unknown) => e);
    expect(overflow).toMatchObject({ code: '22003' });
    expect((overflow as { where?: string }).where).toBeUndefined();
  });

  it("leaves a JSON input error's context to PostgreSQL's JSON line, which the engine does not write", async () => {
    const failed = await (await pool())
      .query('SELECT $1::jsonb AS v', ['{"k": "\\ude00"}'])
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: '22P02' });
    expect((failed as { where?: string }).where).toBeUndefined();
  });

  it('reports the first value Bind reads, though analysis meets it later (an UPDATE analyses WHERE before SET)', async () => {
    const failed = await (await pool())
      .query('UPDATE t SET si = $1 WHERE id = $2', ['a', 'b'])
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({
      code: '22P02',
      message: 'invalid input syntax for type smallint: "a"',
      where: "unnamed portal parameter $1 = '...'",
    });
    const outOfRange = await (await pool())
      .query('UPDATE t SET si = $1 WHERE id = $2', ['99999', 'b'])
      .catch((e: unknown) => e);
    expect(outOfRange).toMatchObject({ code: '22003', where: "unnamed portal parameter $1 = '...'" });
  });
});

describe('pg-mem engine: parse analysis fails before Bind reads a value', () => {
  // The engine reads each value as its analysis meets the parameter; PostgreSQL reads them at Bind.
  it.each<[string, unknown[], string]>([
    ['SELECT $1::int AS a, nope FROM t', ['abc'], '42703'],
    ['INSERT INTO t (id, body) VALUES ($1, $1)', ['x'], '42P08'],
  ])('%s with %j: %s', async (text, values, code) => {
    await expect((await pool()).query(text, values)).rejects.toMatchObject({ code });
  });

  it('casts a parameter an earlier use typed as a value of that type, not a relabelled text', async () => {
    const db = await pool();
    // PostgreSQL: 42846 (no cast from timestamp to integer); the engine refuses what it cannot cast.
    await expect(db.query('SELECT $1::timestamp AS a, $1::int AS b', ['2024-01-01'])).rejects.toMatchObject({
      code: '0A000',
    });
    const { rows } = await db.query('SELECT $1::int AS a, $1::text AS b', ['7']);
    expect(rows).toEqual([{ a: 7, b: '7' }]);
  });
});
