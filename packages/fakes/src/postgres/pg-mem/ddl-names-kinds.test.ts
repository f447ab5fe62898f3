import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem' })).pool;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      const { code, constraint, hint } = error as Record<string, unknown>;
      return { code, constraint, hint };
    },
  );

describe('DDL on the pg-mem engine, as PostgreSQL 15 names and refuses it', () => {
  it('names a CHECK that is one bare column after that column', async () => {
    const db = await pool();
    await db.query('CREATE TABLE t (ok boolean CHECK (ok), n int, CHECK (n > 0))');
    expect(await failure(db.query('INSERT INTO t VALUES (false, 1)'))).toMatchObject({
      code: '23514',
      constraint: 't_ok_check',
    });
    expect(await failure(db.query('INSERT INTO t VALUES (true, 0)'))).toMatchObject({
      code: '23514',
      constraint: 't_n_check',
    });
  });

  it('refuses a key naming one column twice (42701), on CREATE TABLE and on ALTER TABLE', async () => {
    const db = await pool();
    expect(await failure(db.query('CREATE TABLE t (a int, UNIQUE (a, a))'))).toMatchObject({ code: '42701' });
    expect(await failure(db.query('CREATE TABLE t (a int, PRIMARY KEY (a, a))'))).toMatchObject({
      code: '42701',
    });
    await db.query('CREATE TABLE t (a int, b int, UNIQUE (a, b))');
    expect(await failure(db.query('ALTER TABLE t ADD UNIQUE (b, b)'))).toMatchObject({ code: '42701' });
  });

  it('says a sequence is no table to DROP TABLE and no index to DROP INDEX, even with IF EXISTS', async () => {
    const db = await pool();
    await db.query('CREATE SEQUENCE s');
    const notATable = { code: '42809', hint: 'Use DROP SEQUENCE to remove a sequence.' };
    expect(await failure(db.query('DROP TABLE s'))).toMatchObject(notATable);
    expect(await failure(db.query('DROP TABLE IF EXISTS s'))).toMatchObject(notATable);
    const notAnIndex = { code: '42809', hint: 'Use DROP SEQUENCE to remove a sequence.' };
    expect(await failure(db.query('DROP INDEX s'))).toMatchObject(notAnIndex);
    expect(await failure(db.query('DROP INDEX IF EXISTS s'))).toMatchObject(notAnIndex);
    expect((await db.query("SELECT nextval('s') AS v")).rows).toEqual([{ v: '1' }]);
  });

  it('refuses a sequence START it would round (past 2^53), and keeps one it holds exactly', async () => {
    const db = await pool();
    expect(await failure(db.query('CREATE SEQUENCE s START 9223372036854775806'))).toMatchObject({
      code: '0A000',
    });
    await db.query('CREATE SEQUENCE s START 9007199254740990');
    expect((await db.query("SELECT nextval('s') AS v")).rows).toEqual([{ v: '9007199254740990' }]);
  });
});
