import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `
  CREATE TABLE t (id int PRIMARY KEY, a int, b text, e bigint);
  INSERT INTO t VALUES (1, 3, 'x', 10), (2, 1, 'y', 20), (3, 2, 'z', 30);
  CREATE TABLE s (v text);
  INSERT INTO s VALUES ('\u{E000}'), ('\u{1F600}'), ('a'), ('\u{FFFD}'), ('\u{1F600}'), ('\u{E000}');`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'shapes', sql: setup }] });
}

describe('pg-mem engine query shapes', () => {
  it('matches set operation branches by position below the top level, whatever their column names', async () => {
    const { pool } = await fake();
    const rows = async (text: string) => (await pool.query({ text, rowMode: 'array' })).rows;
    expect(await rows("SELECT 1 AS a, 'z' AS b UNION SELECT 2, 'y' ORDER BY 2")).toEqual([
      [2, 'y'],
      [1, 'z'],
    ]);
    expect(
      await rows('SELECT * FROM (SELECT id, a FROM t WHERE id = 1 UNION ALL SELECT 7, 8) s ORDER BY 1'),
    ).toEqual([
      [1, 3],
      [7, 8],
    ]);
    expect(
      await rows(
        'SELECT * FROM (SELECT 1 AS p, 2 AS q UNION ALL SELECT 3, 4 UNION ALL VALUES (5, 6)) s ORDER BY 1',
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    // Two result columns of one name: reading one is ambiguous, as in PostgreSQL; all of them is refused.
    await expect(
      pool.query('SELECT x FROM (SELECT 1 AS x, 2 AS x UNION SELECT 3, 4) s'),
    ).rejects.toMatchObject({
      code: '42702',
    });
    await expect(pool.query('SELECT s.v FROM (SELECT 1 AS v, 2 AS v) s')).rejects.toMatchObject({
      code: '42702',
    });
    await expect(pool.query('SELECT * FROM (SELECT 1, 2 UNION SELECT 3, 4) s')).rejects.toMatchObject({
      code: '0A000',
    });
  });

  it('names TRUE and FALSE ?column?, as PostgreSQL 15 does, and a cast after its type', async () => {
    const { pool } = await fake();
    const { fields } = await pool.query({
      text: 'SELECT true, false, true::bool, 1, NULL',
      rowMode: 'array',
    });
    expect(fields.map((f) => f.name)).toEqual(['?column?', '?column?', 'bool', '?column?', '?column?']);
  });

  it('names a CASE after its ELSE when that has a name, else case', async () => {
    const { pool } = await fake();
    const { fields } = await pool.query({
      text: 'SELECT CASE WHEN a > 2 THEN a ELSE e END, CASE WHEN a > 2 THEN a ELSE 0 END, (CASE WHEN a > 2 THEN a ELSE id END)::text FROM t',
      rowMode: 'array',
    });
    expect(fields.map((f) => f.name)).toEqual(['e', 'case', 'id']);
  });

  it('refuses count(DISTINCT *) and count(ALL *) as the syntax errors they are', async () => {
    const { pool } = await fake();
    for (const call of ['count(DISTINCT *)', 'count(ALL *)'])
      await expect(pool.query(`SELECT ${call} FROM t`)).rejects.toMatchObject({ code: '42601' });
  });

  it('raises 42P08 when one parameter must take two types, and not when a later use reads it typed', async () => {
    const { pool } = await fake();
    const inconsistent = { code: '42P08', message: 'inconsistent types deduced for parameter $1' };
    await expect(pool.query('INSERT INTO t (id, b) VALUES ($1, $1)', ['7'])).rejects.toMatchObject({
      ...inconsistent,
      detail: 'integer versus text',
    });
    await expect(pool.query('SELECT $1 FROM t WHERE id = $1', ['1'])).rejects.toMatchObject(inconsistent);
    await expect(pool.query('SELECT $1, $1::int', ['1'])).rejects.toMatchObject(inconsistent);
    const typed = await pool.query('SELECT $1::int AS x, $1 AS y', ['5']);
    expect(typed.rows).toEqual([{ x: 5, y: 5 }]);
    const widened = await pool.query('SELECT id FROM t WHERE a = $1 AND e = $1', ['3']);
    expect(widened.rows).toEqual([]);
    const values = await pool.query('SELECT a FROM (VALUES ($1), (2)) v(a) ORDER BY a', ['7']);
    expect(values.rows).toEqual([{ a: 2 }, { a: 7 }]);
    const castFirst = await pool.query('SELECT * FROM (VALUES ($1::int, $1)) v(a, b)', ['4']);
    expect(castFirst.rows).toEqual([{ a: 4, b: 4 }]);
  });

  it('reads a parameter of a later target list as the type an earlier one fixed', async () => {
    const { pool } = await fake();
    await pool.query('INSERT INTO t (id, b) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET e = $1', [
      '1',
      'x',
    ]);
    const { rows } = await pool.query('SELECT e FROM t WHERE id = 1');
    expect(rows).toEqual([{ e: '1' }]);
    // PostgreSQL reads WHERE before SET: $1 is an integer there, and SET b assigns it as text.
    const updated = await pool.query('UPDATE t SET b = $1 WHERE id = $1 RETURNING b', ['1']);
    expect(updated.rows).toEqual([{ b: '1' }]);
  });

  it('sorts DISTINCT text by code point, private-use characters before astral ones', async () => {
    const { pool } = await fake();
    const expected = ['a', '\u{E000}', '\u{FFFD}', '\u{1F600}'];
    for (const sql of [
      'SELECT DISTINCT v FROM s ORDER BY v',
      'SELECT DISTINCT v AS w FROM s ORDER BY w',
      'SELECT DISTINCT v FROM s ORDER BY 1',
      "SELECT v || '' AS w FROM s GROUP BY v ORDER BY w",
      'SELECT max(v) AS m FROM s GROUP BY v ORDER BY m',
    ]) {
      const { rows } = await pool.query(sql);
      expect(rows.map((row: Record<string, string>) => Object.values(row)[0])).toEqual(expected);
    }
  });

  it('applies a parenthesized branch its own ORDER BY and LIMIT, and a trailing one to the whole', async () => {
    const { pool } = await fake();
    const own = await pool.query(
      'SELECT a FROM t WHERE a = 3 UNION ALL (SELECT a FROM t ORDER BY a LIMIT 1)',
    );
    expect(own.rows.map((row: { a: number }) => row.a).sort()).toEqual([1, 3]);
    const whole = await pool.query(
      'SELECT a FROM t WHERE a = 3 UNION ALL SELECT a FROM t ORDER BY a LIMIT 1',
    );
    expect(whole.rows).toEqual([{ a: 1 }]);
  });

  it('computes a pulled-up one-row subquery column only where the query reads it', async () => {
    const { pool } = await fake();
    const unread = await pool.query('SELECT count(*) AS n FROM (VALUES (1/0)) v(x)');
    expect(unread.rows).toEqual([{ n: '1' }]);
    const other = await pool.query('SELECT x FROM (VALUES (1, 1/0)) v(x, y)');
    expect(other.rows).toEqual([{ x: 1 }]);
    const select = await pool.query('SELECT x FROM (SELECT 1 AS x, 1/0 AS y) s');
    expect(select.rows).toEqual([{ x: 1 }]);
    for (const sql of [
      'SELECT x FROM (VALUES (1/0)) v(x) WHERE false',
      'SELECT * FROM (VALUES (1, 1/0)) v(x, y)',
      'SELECT count(*) FROM (VALUES (1/0), (2)) v(x)',
    ])
      await expect(pool.query(sql)).rejects.toMatchObject({ code: '22012' });
  });

  it('refuses a WITH that names one query twice', async () => {
    const { pool } = await fake();
    await expect(pool.query('WITH a AS (SELECT 1), a AS (SELECT 2) SELECT 1')).rejects.toMatchObject({
      code: '42712',
    });
  });

  it('runs count, sum, min and max with FILTER over the rows it keeps, and keeps array_agg refused', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT count(*) FILTER (WHERE a > $1) AS n, count(b) FILTER (WHERE id <> 2) AS bs, sum(e) FILTER (WHERE a > $1) AS s, min(b) FILTER (WHERE false) AS none FROM t',
      [1],
    );
    expect(rows).toEqual([{ n: '2', bs: '2', s: '40', none: null }]);
    await expect(pool.query('SELECT count(*) FILTER (WHERE count(*) > 1) FROM t')).rejects.toMatchObject({
      code: '42803',
    });
    await expect(pool.query('SELECT array_agg(a) FILTER (WHERE a > 1) FROM t')).rejects.toMatchObject({
      code: '0A000',
    });
  });

  it('filters groups by HAVING before LIMIT', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT a, count(*) AS n FROM t GROUP BY a HAVING sum(e) > $1 ORDER BY a DESC LIMIT 1',
      [10],
    );
    expect(rows).toEqual([{ a: 2, n: '1' }]);
  });

  it('compares rows pair by pair, NULL where PostgreSQL is', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query('SELECT id, (a, b) > ($1, $2) AS gt FROM t ORDER BY id', [2, 'z']);
    expect(rows).toEqual([
      { id: 1, gt: true },
      { id: 2, gt: false },
      { id: 3, gt: false },
    ]);
    const nulls = await pool.query('SELECT (1, NULL::int) < (1, 2) AS a, (0, NULL::int) < (1, 2) AS b');
    expect(nulls.rows).toEqual([{ a: null, b: true }]);
  });

  it('reads INSERT ... DEFAULT VALUES and backslash escapes in LIKE', async () => {
    const { pool } = await fake();
    await pool.query('CREATE TABLE d (id serial PRIMARY KEY, f boolean DEFAULT true)');
    const inserted = await pool.query('INSERT INTO d DEFAULT VALUES RETURNING *');
    expect(inserted.rows).toEqual([{ id: 1, f: true }]);
    const like = await pool.query("SELECT count(*)::int AS n FROM t WHERE b || '_' LIKE $1", ['_\\_']);
    expect(like.rows).toEqual([{ n: 3 }]);
  });

  it('answers EXISTS over a correlated equality as a membership test, false for a NULL key', async () => {
    const { pool } = await fake();
    await pool.query(
      'CREATE TABLE c (t_id int, ok boolean); INSERT INTO c VALUES (1, true), (1, false), (NULL, true)',
    );
    const { rows } = await pool.query(
      'SELECT id, EXISTS (SELECT 1 FROM c WHERE c.t_id = t.id AND c.ok = $1) AS has FROM t ORDER BY id',
      [true],
    );
    expect(rows).toEqual([
      { id: 1, has: true },
      { id: 2, has: false },
      { id: 3, has: false },
    ]);
    await expect(
      pool.query('SELECT id FROM t WHERE EXISTS (SELECT count(*) FROM c WHERE c.t_id = t.id)'),
    ).rejects.toMatchObject({ code: '0A000' });
  });

  it('runs bool_and and bool_or, NULL over no value', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT bool_and(a > 1) AS every_big, bool_or(a > 2) AS any_big, bool_and(a > 1) FILTER (WHERE false) AS none FROM t',
    );
    expect(rows).toEqual([{ every_big: false, any_big: true, none: null }]);
  });

  it('reads jsonb keys with ?, ?| and ?&, and paths with #>>', async () => {
    const { pool } = await fake();
    await pool.query(`CREATE TABLE j (d jsonb); INSERT INTO j VALUES ('{"a": {"b": [1, "x"]}, "n": null}')`);
    const { rows } = await pool.query(
      "SELECT d ? 'n' AS has_n, d ?| $1 AS has_any, d ?& $1 AS has_all, d #>> '{a,b,1}' AS x, d #>> '{n}' AS n FROM j",
      [['a', 'zz']],
    );
    expect(rows).toEqual([{ has_n: true, has_any: true, has_all: false, x: 'x', n: null }]);
  });
});
