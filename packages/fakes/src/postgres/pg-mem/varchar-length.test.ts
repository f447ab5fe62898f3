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

describe('a text assigned to varchar(n) loses the spaces past n, as varchar() coerces it', () => {
  it('cuts them from INSERT ... SELECT of a text, and still fails any other character past n', async () => {
    const pool = await fakeWith(
      "CREATE TABLE vc (v varchar(3)); CREATE TABLE src (t text); INSERT INTO src VALUES ('ab    '), ('abcd');",
    );
    const selected = await pool.query(
      "INSERT INTO vc SELECT t FROM src WHERE t LIKE 'ab %' RETURNING v, length(v) AS n",
    );
    expect(selected.rows).toEqual([{ v: 'ab ', n: 3 }]);
    const typed = await pool.query("INSERT INTO vc SELECT 'a     '::text RETURNING v");
    expect(typed.rows).toEqual([{ v: 'a  ' }]);
    expect(await codeOf(pool.query("INSERT INTO vc SELECT t FROM src WHERE t = 'abcd'"))).toBe('22001');
  });

  it('cuts them from a DEFAULT, written as a literal or cast to text or varchar', async () => {
    const pool = await fakeWith(
      "CREATE TABLE vc (id int, a varchar(2) DEFAULT 'ab  ', b varchar(2) DEFAULT 'a   '::text, c varchar(3) DEFAULT 'ab    '::varchar(5));",
    );
    const one = await pool.query('INSERT INTO vc (id) VALUES (1) RETURNING a, b, c, length(c) AS n');
    expect(one.rows).toEqual([{ a: 'ab', b: 'a ', c: 'ab ', n: 3 }]);
    const two = await pool.query('INSERT INTO vc (id) VALUES (2), (3) RETURNING length(a) AS n');
    expect(two.rows).toEqual([{ n: 2 }, { n: 2 }]);
    await pool.query("ALTER TABLE vc ADD COLUMN d varchar(1) DEFAULT 'q   '");
    const added = await pool.query('SELECT DISTINCT d, length(d) AS n FROM vc');
    expect(added.rows).toEqual([{ d: 'q', n: 1 }]);
  });

  it('takes a DEFAULT explicitly cast to a shorter varchar(m) as cut to m', async () => {
    const pool = await fakeWith("CREATE TABLE vc (id int, v varchar(3) DEFAULT 'abcdef'::varchar(2));");
    const { rows } = await pool.query('INSERT INTO vc (id) VALUES (1) RETURNING v');
    expect(rows).toEqual([{ v: 'ab' }]);
  });
});
