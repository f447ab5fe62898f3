import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [{ name: 't', sql: 'CREATE TABLE t (id integer PRIMARY KEY, x integer NOT NULL)' }];
const PGLITE_START_MS = 60_000;

describe('createFakePostgres({ verify: "pglite" })', { timeout: PGLITE_START_MS }, () => {
  it('fails a statement pg-mem does not answer as PostgreSQL does, with a diff against PostgreSQL', async () => {
    const db = await createFakePostgres({ migrations: SCHEMA, verify: 'pglite' });
    expect(db.engine).toBe('pg-mem verified on pglite');
    await db.pool.query('INSERT INTO t (id, x) VALUES (1, 0), (2, 0), (3, 0)');
    // A window function: the pg-mem engine refuses it (0A000), PostgreSQL numbers the rows.
    const numbered = db.pool.query('SELECT id, row_number() OVER (ORDER BY id) AS n FROM t ORDER BY id');
    await expect(numbered).rejects.toMatchObject({
      code: 'XX000',
      message: expect.stringContaining('error: pg-mem 0A000'),
    });
    await expect(numbered).rejects.toThrow(/rows: PostgreSQL \[\{"id":1,"n":"1"\}/);
  });

  it('passes statements both engines answer alike, and resets both', async () => {
    const db = await createFakePostgres({ migrations: SCHEMA, verify: 'pglite' });
    await db.pool.query('INSERT INTO t (id, x) VALUES ($1, $2)', [1, 5]);
    await expect(db.pool.query('SELECT id, x FROM t WHERE id = $1', [1])).resolves.toMatchObject({
      rows: [{ id: 1, x: 5 }],
    });
    await expect(db.pool.query('INSERT INTO t (id, x) VALUES ($1, $2)', [1, 6])).rejects.toMatchObject({
      code: '23505',
    });
    await db.reset();
    const { rows } = await db.pool.query('SELECT id FROM t');
    expect(rows).toEqual([]);
  });
});
