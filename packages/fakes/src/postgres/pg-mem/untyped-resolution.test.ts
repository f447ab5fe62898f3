import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem' })).pool;
}

describe('pg-mem engine: untyped values resolved as PostgreSQL 15 resolves unknown (10.5, 10.3)', () => {
  it('refuses a VALUES numeric column an untyped literal joins, whose scale is its own', async () => {
    const db = await pool();
    // PostgreSQL prints 4.5 and 7: the '7' is coerced to numeric with no typmod, keeping scale 0.
    for (const sql of [
      "SELECT v FROM (VALUES (4.5), ('7')) s(v)",
      "SELECT v FROM (VALUES ('7'), (4.5)) s(v)",
      "SELECT v FROM (VALUES (4.50), ('7.1')) s(v)",
    ]) {
      await expect(db.query(sql)).rejects.toMatchObject({ code: '0A000' });
    }
  });

  it('keeps the scale of a VALUES numeric column beside NULL and like-scaled values', async () => {
    const db = await pool();
    const { rows } = await db.query('SELECT v FROM (VALUES (4.50), (NULL), (7.25)) s(v)');
    expect(rows).toEqual([{ v: '4.50' }, { v: null }, { v: '7.25' }]);
  });

  it('resolves max and min of an untyped argument as max(text)', async () => {
    const db = await pool();
    const { rows, fields } = await db.query("SELECT max('1') AS v, pg_typeof(min('2'))::text AS t");
    expect(rows).toEqual([{ v: '1', t: 'text' }]);
    expect(fields.map((field) => field.dataTypeID)).toEqual([25, 25]);
    const typed = await db.query('SELECT max($1) AS v, pg_typeof(max($1))::text AS t', ['5']);
    expect(typed.rows).toEqual([{ v: '5', t: 'text' }]);
  });
});
