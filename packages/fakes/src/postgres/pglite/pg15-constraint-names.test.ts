import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('a constraint named twice, on the PGlite engine', () => {
  it("is 15's syntax error at the second CONSTRAINT, for a column's constraint and a table's", async () => {
    const fake = await createFakePostgres({ engine: 'pglite' });
    await expect(
      fake.pool.query('CREATE TABLE x (a int CONSTRAINT c1 CONSTRAINT c2 NOT NULL)'),
    ).rejects.toMatchObject({
      code: '42601',
      position: '37',
      message: 'syntax error at or near "CONSTRAINT"',
    });
    await expect(
      fake.pool.query('CREATE TABLE y (a int, CONSTRAINT c1 CONSTRAINT c2 CHECK (a > 0))'),
    ).rejects.toMatchObject({
      code: '42601',
      position: '38',
      message: 'syntax error at or near "CONSTRAINT"',
    });
    await fake.pool.query('CREATE TABLE z (a int CONSTRAINT "c 1" NOT NULL CONSTRAINT c2 CHECK (a > 0))');
    const { rows } = await fake.pool.query(
      "SELECT to_regclass('x') IS NULL AS x, to_regclass('y') IS NULL AS y, to_regclass('z') IS NULL AS z",
    );
    expect(rows).toEqual([{ x: true, y: true, z: false }]);
    await fake.close();
  }, 60_000);
});
