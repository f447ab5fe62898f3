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

describe('output column names', () => {
  it('names TRIM(x) btrim, as PostgreSQL 15 rewrites it', async () => {
    const { fields } = await (await pool()).query("SELECT trim(' a ')");
    expect(fields.map((f) => f.name)).toEqual(['btrim']);
  });
});
