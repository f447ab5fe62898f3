import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem' })).pool;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      const { code, message } = error as Record<string, unknown>;
      return { code, message };
    },
  );

describe('type names on the pg-mem engine (serial spellings, numeric modifiers), as PostgreSQL 15 reads them', () => {
  it('knows no type serial outside a column definition (42704)', async () => {
    const db = await pool();
    expect(await failure(db.query('SELECT 1::serial AS v'))).toEqual({
      code: '42704',
      message: 'type "serial" does not exist',
    });
    expect(await failure(db.query('SELECT CAST(1 AS bigserial) AS v'))).toEqual({
      code: '42704',
      message: 'type "bigserial" does not exist',
    });
    expect(await failure(db.query("SELECT '{1}'::serial8[] AS v"))).toEqual({
      code: '42704',
      message: 'type "serial8[]" does not exist',
    });
  });

  it('refuses an array of serial (0A000) and a schema-qualified serial column (42704)', async () => {
    const db = await pool();
    expect(await failure(db.query('CREATE TABLE t (a serial[])'))).toEqual({
      code: '0A000',
      message: 'array of serial is not implemented',
    });
    expect(await failure(db.query('CREATE TABLE t (a bigserial[])'))).toEqual({
      code: '0A000',
      message: 'array of serial is not implemented',
    });
    expect(await failure(db.query('CREATE TABLE t (a pg_catalog.serial)'))).toEqual({
      code: '42704',
      message: 'type "pg_catalog.serial" does not exist',
    });
  });

  it('refuses a numeric with more than two modifiers (22023), as a column and as a cast', async () => {
    const db = await pool();
    const invalid = { code: '22023', message: 'invalid NUMERIC type modifier' };
    expect(await failure(db.query('CREATE TABLE t (a numeric(5,2,1))'))).toEqual(invalid);
    expect(await failure(db.query('SELECT 1::numeric(5,2,1) AS v'))).toEqual(invalid);
  });

  it('still makes a serial column an integer with a sequence default', async () => {
    const db = await pool();
    await db.query('CREATE TABLE t (id serial, x int)');
    const { rows } = await db.query('INSERT INTO t (x) VALUES (1), (2) RETURNING id');
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
