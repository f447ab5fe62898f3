import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

// 30 rows, g cycling 1, 2, 3 by id: PostgreSQL 15.20's answers recorded 2026-12-07.
const SCHEMA = `CREATE TABLE tie (id int PRIMARY KEY, g int, s text);
INSERT INTO tie SELECT i, (i - 1) * 7 % 3 + 1, substr('abc', (i - 1) * 5 % 3 + 1, 1) FROM generate_series(1, 30) i;
CREATE TABLE kind (g int PRIMARY KEY, label text);
CREATE TABLE copy (n serial PRIMARY KEY, id int);
INSERT INTO kind VALUES (1, 'one'), (2, 'two'), (3, 'three');`;

async function pool() {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] });
  return fake.pool;
}

const ids = (rows: readonly { id: number }[]) => rows.map((row) => row.id);

describe('rows an ORDER BY leaves tied, in the order of PostgreSQL sort', () => {
  it('quicksorts a seq scan: ties leave scan order from 7 rows on', async () => {
    const db = await pool();
    const { rows } = await db.query('SELECT id FROM tie ORDER BY g');
    expect(ids(rows)).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 26, 2, 17, 14, 5, 29, 23, 8, 20, 11, 24, 12, 15, 18, 27, 21, 3, 30,
      6, 9,
    ]);
  });

  it('keeps a small LIMIT in a bounded heap, its OFFSET counted in the bound', async () => {
    const db = await pool();
    expect(ids((await db.query('SELECT id FROM tie ORDER BY g LIMIT 5')).rows)).toEqual([7, 10, 4, 1, 13]);
    expect(ids((await db.query('SELECT id FROM tie ORDER BY g LIMIT $1 OFFSET $2', [3, 2])).rows)).toEqual([
      4, 1, 13,
    ]);
  });

  it('does not sort by a key that reads no column: the scan order stands, as PostgreSQL runs no Sort', async () => {
    const db = await pool();
    const { rows } = await db.query('SELECT id, (SELECT 1) AS one FROM tie ORDER BY one LIMIT 3');
    expect(ids(rows)).toEqual([1, 2, 3]);
  });

  it('sorts text keys the same way, with a WHERE on the primary key range', async () => {
    const db = await pool();
    const { rows } = await db.query('SELECT id FROM tie WHERE id > 0 ORDER BY s');
    expect(ids(rows)).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 24, 12, 15, 18, 27, 21, 3, 30, 6, 9, 11, 2, 29, 14, 23, 26, 17, 8,
      5, 20,
    ]);
  });
});

describe('rows an ORDER BY leaves tied over a join or GROUP BY', () => {
  const refused = { code: '0A000', message: expect.stringContaining('ORDER BY leaving rows tied') };

  it('refuses them: PostgreSQL sorts them in the order its join or hash table yields', async () => {
    const db = await pool();
    await expect(db.query('SELECT g, count(*) AS n FROM tie GROUP BY g ORDER BY n')).rejects.toMatchObject(
      refused,
    );
    await expect(
      db.query(
        'SELECT tie.id, kind.label FROM tie JOIN kind ON kind.g = tie.g WHERE tie.id < 9 ORDER BY kind.label',
      ),
    ).rejects.toMatchObject(refused);
    await expect(
      db.query('SELECT s, count(*) AS n FROM tie GROUP BY s ORDER BY n DESC LIMIT 1'),
    ).rejects.toMatchObject(refused);
  });

  it('refuses them among the groups a HAVING keeps, and answers when the tie is among groups it drops', async () => {
    const db = await pool();
    // Every g counts 10 ids: tied while HAVING keeps more than one group, however they sort.
    await expect(
      db.query('SELECT g, count(*) AS n FROM tie GROUP BY g HAVING count(*) > 1 ORDER BY n DESC'),
    ).rejects.toMatchObject(refused);
    // Only g 3 (ids summing to 165) is kept: no tie, and the division by zero of g 1 (145) never runs.
    const { rows } = await db.query(
      'SELECT g, count(*) AS n, 100 / (sum(id) - 145) AS x FROM tie GROUP BY g HAVING sum(id) > 160 ORDER BY n',
    );
    expect(rows).toEqual([{ g: 3, n: '10', x: '5' }]);
  });

  it('answers them when the ORDER BY leaves no tie', async () => {
    const db = await pool();
    const { rows } = await db.query('SELECT g, sum(id) AS total FROM tie GROUP BY g ORDER BY total DESC');
    expect(rows).toEqual([
      { g: 3, total: '165' },
      { g: 2, total: '155' },
      { g: 1, total: '145' },
    ]);
  });
});

describe('rows an ordered aggregate leaves tied', () => {
  it('sorts them as PostgreSQL does over a scan of one table', async () => {
    const db = await pool();
    const agg = await db.query('SELECT array_agg(id ORDER BY g) AS a FROM tie');
    expect(agg.rows[0].a).toEqual([
      1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 26, 2, 17, 14, 5, 29, 23, 8, 20, 11, 24, 12, 15, 18, 27, 21, 3, 30,
      6, 9,
    ]);
    const joined = await db.query(
      "SELECT string_agg(id::text, ',' ORDER BY s DESC) AS a FROM tie WHERE id > 3",
    );
    expect(joined.rows[0].a).toBe(
      '23,14,8,20,17,5,26,11,29,30,6,9,12,15,18,21,24,27,22,13,7,25,10,4,19,16,28',
    );
  });

  it('refuses them per group, where a sort by the group key feeds each group', async () => {
    const db = await pool();
    await expect(
      db.query('SELECT s, array_agg(id ORDER BY g) FROM tie GROUP BY s ORDER BY s'),
    ).rejects.toMatchObject({ code: '0A000', message: expect.stringContaining('ordered with ties') });
    const { rows } = await db.query(
      'SELECT s, array_agg(g ORDER BY g) AS a FROM tie WHERE id < 7 GROUP BY s ORDER BY s',
    );
    expect(rows).toEqual([
      { s: 'a', a: [1, 1] },
      { s: 'b', a: [3, 3] },
      { s: 'c', a: [2, 2] },
    ]);
  });
});

describe('INSERT ... SELECT ... ORDER BY numbering rows by a sequence', () => {
  it('refuses rows the ORDER BY leaves tied: PostgreSQL numbers them in its sort order', async () => {
    const db = await pool();
    await expect(
      db.query('INSERT INTO copy (id) SELECT id FROM tie ORDER BY g LIMIT 5'),
    ).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('leaving rows tied that a sequence numbers'),
    });
  });

  it('numbers rows a unique ORDER BY orders, with its LIMIT', async () => {
    const db = await pool();
    await db.query('INSERT INTO copy (id) SELECT id FROM tie ORDER BY g, id DESC LIMIT 3');
    const { rows } = await db.query('SELECT n, id FROM copy ORDER BY n');
    expect(rows).toEqual([
      { n: 1, id: 28 },
      { n: 2, id: 25 },
      { n: 3, id: 22 },
    ]);
  });
});
