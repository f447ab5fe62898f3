import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA =
  "CREATE TABLE s (k text, v int); CREATE TABLE r (k text); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('a', 3); INSERT INTO r VALUES ('a'), ('b')";

async function pool() {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] });
  return fake.pool;
}

const refused = { code: '0A000', message: expect.stringContaining('PGlite') };

describe('rows a sequence numbers in an order only PostgreSQL plan knows', () => {
  it.each([
    'INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY k',
    'INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY ROLLUP (k)',
    'INSERT INTO tot (k) SELECT DISTINCT k FROM s',
    "INSERT INTO tot (k) SELECT k FROM s UNION SELECT 'z'",
    'INSERT INTO tot (k) SELECT s.k FROM s JOIN r ON r.k = s.k',
    'INSERT INTO tot (k, v) SELECT k, n FROM (SELECT k, count(*) AS n FROM s GROUP BY k) g',
    "INSERT INTO tot (id, k) SELECT nextval('q'), k FROM s GROUP BY k ORDER BY k",
    "SELECT nextval('q'), k FROM s GROUP BY k",
  ])('refuses %s', async (sql) => {
    await expect((await pool()).query(sql)).rejects.toMatchObject(refused);
  });

  it('numbers rows whose order a scan or an ORDER BY gives', async () => {
    const db = await pool();
    await db.query('INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY k ORDER BY k');
    await db.query('INSERT INTO tot (k) SELECT k FROM s');
    const { rows } = await db.query('SELECT id, k FROM tot ORDER BY id');
    expect(rows.map((row) => `${row.id}${row.k}`)).toEqual(['1a', '2b', '3b', '4a', '5a']);
  });
});

describe('LIMIT without ORDER BY', () => {
  it('refuses it over rows an IN list or a range selects (index or heap order, as the plan decides)', async () => {
    const db = await pool();
    await expect(db.query("SELECT k FROM s WHERE k IN ('b', 'a') LIMIT 1")).rejects.toMatchObject(refused);
    await expect(db.query('SELECT k FROM s WHERE v > 1 LIMIT 1')).rejects.toMatchObject(refused);
  });

  it('reads an equality under a LIMIT in the heap order a Seq Scan has, an updated row last', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'jobs',
          sql: "CREATE TABLE jobs (id int PRIMARY KEY, status text, prio int); CREATE INDEX jobs_status ON jobs (status); INSERT INTO jobs VALUES (3, 'ready', 1), (1, 'ready', 2), (5, 'ready', 1)",
        },
      ],
    });
    await fake.pool.query('UPDATE jobs SET prio = 9 WHERE id = 3');
    const { rows } = await fake.pool.query("SELECT id FROM jobs WHERE status = 'ready' LIMIT 1");
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('runs it over one equality, and takes OFFSET 0 (as Prisma sends it) over anything', async () => {
    const db = await pool();
    expect((await db.query("SELECT v FROM s WHERE k = 'a' LIMIT 1")).rows).toEqual([{ v: 2 }]);
    const { rows } = await db.query("SELECT v FROM s WHERE k IN ('b', 'a') OFFSET 0");
    expect(rows.map((row) => row.v).sort()).toEqual([1, 2, 3]);
  });
});

describe('LIMIT without ORDER BY where the plan decides the order', () => {
  it.each([
    'SELECT s.v FROM s JOIN r ON r.k = s.k LIMIT 1',
    'SELECT s.v FROM s, r WHERE r.k = s.k LIMIT 1 OFFSET 1',
    'SELECT s.v FROM s CROSS JOIN r LIMIT 2',
    'SELECT DISTINCT k FROM s LIMIT 1',
    'SELECT k, count(*) FROM s GROUP BY k LIMIT 1',
    'SELECT k FROM s UNION SELECT k FROM r LIMIT 1',
    'SELECT * FROM (SELECT k, count(*) FROM s GROUP BY k) g LIMIT 1',
    'WITH j AS (SELECT s.v FROM s JOIN r ON r.k = s.k) SELECT v FROM j LIMIT 1',
    'SELECT k FROM s WHERE k IN (SELECT r.k FROM r JOIN s x ON x.k = r.k LIMIT 1)',
    'SELECT k FROM s WHERE v = ANY($1) LIMIT 1',
  ])('refuses %s', async (sql) => {
    const db = await pool();
    const params = sql.includes('$1') ? [[3, 1]] : undefined;
    await expect(db.query(sql, params)).rejects.toMatchObject(refused);
  });

  it('runs a join whose WHERE fixes a unique key of every table, and one with ORDER BY or OFFSET 0', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'ab',
          sql: "CREATE TABLE a (id int PRIMARY KEY, v text); CREATE TABLE b (id int PRIMARY KEY, a_id int); INSERT INTO a VALUES (1, 'x'), (2, 'y'); INSERT INTO b VALUES (10, 2), (11, 1), (12, 2)",
        },
      ],
    });
    const db = fake.pool;
    const one = await db.query('SELECT a.v FROM a JOIN b ON b.a_id = a.id WHERE b.id = $1 LIMIT 1', [12]);
    expect(one.rows).toEqual([{ v: 'y' }]);
    const ordered = await db.query('SELECT b.id FROM a JOIN b ON b.a_id = a.id ORDER BY b.id DESC LIMIT 2');
    expect(ordered.rows).toEqual([{ id: 12 }, { id: 11 }]);
    const all = await db.query('SELECT b.id FROM a JOIN b ON b.a_id = a.id WHERE a.id = $1 OFFSET 0', [2]);
    expect(all.rows.map((row) => row.id).sort()).toEqual([10, 12]);
    // A LEFT JOIN's ON does not filter the table before it: every row of a stays.
    await expect(
      db.query('SELECT a.id FROM a LEFT JOIN b ON a.id = 1 AND b.id = 10 LIMIT 1'),
    ).rejects.toMatchObject(refused);
    // a.id fixed leaves two rows of b: which one a LIMIT keeps is the plan's.
    await expect(
      db.query('SELECT b.id FROM a JOIN b ON b.a_id = a.id WHERE a.id = $1 LIMIT 1', [2]),
    ).rejects.toMatchObject(refused);
  });
});

describe('ANALYZE', () => {
  it('answers as PostgreSQL for known tables and fails for an unknown one', async () => {
    const db = await pool();
    expect((await db.query('ANALYZE s')).command).toBe('ANALYZE');
    expect((await db.query('analyze verbose s, r')).command).toBe('ANALYZE');
    await expect(db.query('ANALYZE nope')).rejects.toMatchObject({ code: '42P01' });
  });
});

describe('output column names', () => {
  it('names TRIM(x) btrim, as PostgreSQL 15 rewrites it', async () => {
    const { fields } = await (await pool()).query("SELECT trim(' a ')");
    expect(fields.map((f) => f.name)).toEqual(['btrim']);
  });
});
