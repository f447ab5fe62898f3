import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem' })).pool;
}

describe('pg-mem engine: the statement text as PostgreSQL scans and parses it', () => {
  it('reads a doubled quote in a quoted identifier as one quote', async () => {
    const { fields } = await (await pool()).query('SELECT 1 AS "a""b"');
    expect(fields.map((field) => field.name)).toEqual(['a"b']);
  });

  it('applies IS after a comparison, as PostgreSQL ranks IS below it', async () => {
    const { rows } = await (await pool()).query(
      'SELECT 1 = 2 IS NULL AS a, 1 < NULL IS NULL AS b, 1 = 2 IS FALSE AS c, true = (NULL IS NULL) AS d, 1 = 1 IS TRUE IS NOT FALSE AS e',
    );
    expect(rows).toEqual([{ a: false, b: true, c: true, d: true, e: true }]);
  });

  it('refuses what PostgreSQL scans or parses otherwise than pg-mem', async () => {
    const db = await pool();
    for (const sql of [
      'SELECT 1 < 2 = true',
      'SELECT true = true = true',
      "SELECT 'a' LIKE 'a' LIKE 'b'",
      'SELECT 3 OPERATOR(pg_catalog.*) 2 + 1',
      "SELECT int[] '{1,2}'",
      'SELECT 5 %-3',
      "SELECT 'a' ||-1",
      'SELECT 5!=-1',
      'SELECT 1 /* never closed',
      'SELECT 2 OPERATOR(nosuch.+) 3',
      'SELECT -5::text',
      'SELECT 1::"bigint"',
      `SELECT '1'::"INT4"`,
      `SELECT "LOWER"('A')`,
      'SELECT "coalesce"(1, 2)',
    ]) {
      await expect(db.query(sql), sql).rejects.toMatchObject({ code: '0A000' });
    }
  });

  it('keeps what both read alike', async () => {
    const { rows } = await (await pool()).query(
      "SELECT (1 < 2) = true AS a, 1 IN (1) = true AS b, 3*-2 AS c, 1 <>-1 AS d, 1 /* a /* b */ c */ + 1 AS f, '/*' AS g, 2 OPERATOR(pg_catalog.+) 3 AS h",
    );
    expect(rows).toEqual([{ a: true, b: true, c: -6, d: true, f: 2, g: '/*', h: 5 }]);
  });

  it('groups ||, -> and the other operators as PostgreSQL does: one level, looser than + and *', async () => {
    const db = await pool();
    const { rows } = await db.query(
      `SELECT '[1]'::jsonb || '[2]'::jsonb -> 0 AS a, 'n: ' || 1 + 1 AS b, 'x' || 5 - 2 AS c, 1 + 2 || 'x' AS d, '{"a":[1]}'::jsonb -> 'a' || '[2]' AS e, '{"a":1}'::jsonb ? 'a' = true AS f, ('x' || 5) AS g`,
    );
    expect(rows).toEqual([{ a: 1, b: 'n: 2', c: 'x3', d: '3x', e: [1, 2], f: true, g: 'x5' }]);
    const keyCast = await db.query(`SELECT '{"a":[5]}'::jsonb -> 'a'::text ->> 0::int AS k`);
    expect(keyCast.rows).toEqual([{ k: '5' }]);
    expect(keyCast.fields[0]?.dataTypeID).toBe(25);
    for (const sql of [
      `SELECT '[10,20,30]'::jsonb ->> 1 * 2`,
      `SELECT '{"n":"5"}'::jsonb ->> 'n'::int`,
      `SELECT '{"a":"x"}'::jsonb ->> 'a' || '{"b":1}'::jsonb ->> 'b'`,
      `SELECT '{"ab":1}'::jsonb ? 'a' || 'b'`,
    ]) {
      await expect(db.query(sql), sql).rejects.toMatchObject({ code: '0A000' });
    }
  });

  it('refuses letters glued to a parameter', async () => {
    await expect((await pool()).query('SELECT $1a', ['x'])).rejects.toMatchObject({ code: '0A000' });
  });

  it('reads a quoted type name as written, a cast before a prefix minus', async () => {
    const { rows } = await (await pool()).query(
      `SELECT 1::"int8" AS a, '2'::"int4" AS b, -5::int AS c, "lower"('A') AS d`,
    );
    expect(rows).toEqual([{ a: '1', b: 2, c: -5, d: 'a' }]);
  });

  it('refuses a whole-row reference to a table', async () => {
    const db = await pool();
    await db.query('CREATE TABLE t (x int)');
    await expect(db.query('SELECT t FROM t')).rejects.toMatchObject({ code: '0A000' });
    await expect(db.query('SELECT nope FROM t')).rejects.toMatchObject({ code: '42703' });
  });
});
