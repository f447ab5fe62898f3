import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fakeWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      const { code, table, constraint, detail } = error as Record<string, unknown>;
      return { code, table, constraint, detail };
    },
  );

describe('a cascading referential action runs after the statement wrote its rows', () => {
  it("reports the referenced table's own unique violation before the cascade's", async () => {
    const pool = await fakeWith(`
      CREATE TABLE l1 (id int PRIMARY KEY);
      CREATE TABLE l2 (id int PRIMARY KEY, l1 int UNIQUE REFERENCES l1 ON UPDATE CASCADE);
      INSERT INTO l1 VALUES (1), (2);
      INSERT INTO l2 VALUES (10, 1), (20, 2);`);
    expect(await failure(pool.query('UPDATE l1 SET id = 2 WHERE id = 1'))).toEqual({
      code: '23505',
      table: 'l1',
      constraint: 'l1_pkey',
      detail: 'Key (id)=(2) already exists.',
    });
    expect((await pool.query('SELECT id, l1 FROM l2 ORDER BY id')).rows).toEqual([
      { id: 10, l1: 1 },
      { id: 20, l1: 2 },
    ]);
  });

  it('still cascades, down a chain of tables', async () => {
    const pool = await fakeWith(`
      CREATE TABLE a (id int PRIMARY KEY);
      CREATE TABLE b (id int PRIMARY KEY, a int REFERENCES a ON DELETE CASCADE ON UPDATE CASCADE);
      CREATE TABLE c (id int PRIMARY KEY, b int REFERENCES b ON DELETE CASCADE);
      INSERT INTO a VALUES (1), (2);
      INSERT INTO b VALUES (10, 1), (20, 2);
      INSERT INTO c VALUES (100, 10), (200, 20);`);
    await pool.query('UPDATE a SET id = 5 WHERE id = 2');
    expect((await pool.query('SELECT id, a FROM b ORDER BY id')).rows).toEqual([
      { id: 10, a: 1 },
      { id: 20, a: 5 },
    ]);
    await pool.query('DELETE FROM a WHERE id = 1');
    expect((await pool.query('SELECT id FROM c ORDER BY id')).rows).toEqual([{ id: 200 }]);
  });

  it('sets NULL into a NOT NULL column as a 23502 of the referencing table', async () => {
    const pool = await fakeWith(`
      CREATE TABLE p (id int PRIMARY KEY);
      CREATE TABLE k (id int PRIMARY KEY, p int NOT NULL REFERENCES p ON DELETE SET NULL);
      INSERT INTO p VALUES (1); INSERT INTO k VALUES (1, 1);`);
    expect(await failure(pool.query('DELETE FROM p'))).toMatchObject({ code: '23502', table: 'k' });
    expect((await pool.query('SELECT count(*)::int AS n FROM p')).rows).toEqual([{ n: 1 }]);
  });
});
