import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fakeWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error as { code?: unknown }).code,
  );

describe('varchar(n) counts characters (code points), not UTF-16 units', () => {
  it('stores n characters outside the BMP, from a literal and from a parameter', async () => {
    const pool = await fakeWith('CREATE TABLE vc (v varchar(3));');
    const literal = await pool.query("INSERT INTO vc VALUES ('😀😀😀') RETURNING v");
    expect(literal.rows).toEqual([{ v: '😀😀😀' }]);
    const param = await pool.query('INSERT INTO vc VALUES ($1) RETURNING v', ['a😀b']);
    expect(param.rows).toEqual([{ v: 'a😀b' }]);
    await pool.query("UPDATE vc SET v = '👍👍👍' WHERE v = 'a😀b'");
    const { rows } = await pool.query('SELECT v FROM vc ORDER BY v');
    expect(rows).toEqual([{ v: '👍👍👍' }, { v: '😀😀😀' }]);
  });

  it('still fails n + 1 characters with 22001, and still cuts trailing spaces', async () => {
    const pool = await fakeWith('CREATE TABLE vc (v varchar(3));');
    expect(await codeOf(pool.query("INSERT INTO vc VALUES ('😀😀😀😀')"))).toBe('22001');
    expect(await codeOf(pool.query('INSERT INTO vc VALUES ($1)', ['abcd']))).toBe('22001');
    const spaces = await pool.query("INSERT INTO vc VALUES ('😀b    ') RETURNING v");
    expect(spaces.rows).toEqual([{ v: '😀b ' }]);
  });
});

describe('varchar(n) checks n as varchar_typmodin does', () => {
  it('refuses a length above 10485760 with 22023, in a cast and in a column', async () => {
    const pool = await fakeWith('CREATE TABLE vc (v varchar(3));');
    const cast = pool.query("SELECT 'a'::varchar(10485761) AS v").then(
      () => undefined,
      (error: unknown) => (error as { message?: unknown }).message,
    );
    expect(await cast).toBe('length for type varchar cannot exceed 10485760');
    expect(await codeOf(pool.query('CREATE TABLE big (v varchar(10485761))'))).toBe('22023');
    const max = await pool.query("SELECT 'a'::varchar(10485760) AS v");
    expect(max.rows).toEqual([{ v: 'a' }]);
  });
});
