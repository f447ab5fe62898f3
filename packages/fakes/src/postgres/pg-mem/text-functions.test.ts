import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `
  CREATE TABLE s (id int PRIMARY KEY, t text, v varchar(10), n int);
  INSERT INTO s VALUES (1, 'Hello World', 'x-y-z', 3), (2, NULL, NULL, NULL), (3, 'é😀ñ', 'ab', -2);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'text', sql: setup }] });
}

describe('string functions (9.4) on pg-mem', () => {
  it('counts code points, not UTF-16 units, and takes negative counts as PostgreSQL does', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT left(t, 2) AS l, right(t, -1) AS r, reverse(t) AS rev, strpos(t, 'ñ') AS p, substr(t, 2, 1) AS sub, lpad(v, 4, '😀') AS pad FROM s WHERE id = 3",
    );
    expect(rows).toEqual([{ l: 'é😀', r: '😀ñ', rev: 'ñ😀é', p: 3, sub: '😀', pad: '😀😀ab' }]);
  });

  it('answers split_part, replace, trim, repeat and substring at their edges', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT split_part(v, '-', -1) AS last, split_part(v, '-', 9) AS none, replace(t, '', '!') AS same, btrim('xxhixx', 'x') AS b, rtrim('ab  ') AS r, repeat(v, 0) AS empty, substr(t, 0, 3) AS s0, lpad(t, 3) AS cut FROM s WHERE id = 1",
    );
    expect(rows).toEqual([
      { last: 'z', none: '', same: 'Hello World', b: 'hi', r: 'ab', empty: '', s0: 'He', cut: 'Hel' },
    ]);
    await expect(pool.query("SELECT split_part(t, ',', 0) FROM s")).rejects.toMatchObject({ code: '22023' });
    await expect(pool.query('SELECT substr(t, 1, -1) FROM s WHERE id = 1')).rejects.toMatchObject({
      code: '22011',
    });
  });

  it("refuses substring(text, '...') and substring(text, $2): PostgreSQL reads those as a regular expression", async () => {
    const { pool } = await fake();
    for (const [sql, params] of [
      ["SELECT substring(t, 'l+') FROM s WHERE id = 1", []],
      ["SELECT substring(t, '2') FROM s WHERE id = 1", []],
      ["SELECT substring(t FROM 'W(.)') FROM s WHERE id = 1", []],
      ['SELECT substring($1, $2)', ['hello', '2']],
    ] as const) {
      await expect(pool.query(sql, [...params])).rejects.toMatchObject({ code: '0A000' });
    }
    const { rows } = await pool.query(
      'SELECT substring(t, 7) AS a, substring(t, 2, 3) AS b FROM s WHERE id = 1',
    );
    expect(rows).toEqual([{ a: 'World', b: 'ell' }]);
  });

  it('skips NULLs in concat and concat_ws, reads integers as digits, and is NULL elsewhere for a NULL', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT id, concat(t, n, NULL, '!') AS c, concat_ws('-', v, n) AS w, concat_ws(NULL, t) AS nw, left(t, 1) AS l FROM s ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 1, c: 'Hello World3!', w: 'x-y-z-3', nw: null, l: 'H' },
      { id: 2, c: '!', w: '', nw: null, l: null },
      { id: 3, c: 'é😀ñ-2!', w: 'ab--2', nw: null, l: 'é' },
    ]);
  });

  it('refuses what it cannot answer exactly: a bare parameter in concat, non-ASCII initcap, numeric in concat', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT concat($1, t) FROM s', ['x'])).rejects.toMatchObject({ code: '0A000' });
    await expect(pool.query('SELECT initcap(t) FROM s WHERE id = 3')).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query('SELECT concat(t, 1.5) FROM s')).rejects.toMatchObject({ code: '0A000' });
    expect((await pool.query("SELECT initcap('hello-world foo_bar 1st') AS i")).rows).toEqual([
      { i: 'Hello-World Foo_Bar 1st' },
    ]);
  });
});
