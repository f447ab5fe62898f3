import { afterEach, describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgres } from './create-fake-postgres.js';
import { timeoutPlan } from './statement-timeout.js';

const PGLITE_START_MS = 60_000;

describe('timeoutPlan', () => {
  it('wraps plain statements, DO blocks and several statements in a block of the fake', () => {
    for (const text of [
      'SELECT pg_sleep(1)',
      "INSERT INTO t SELECT 1 FROM pg_sleep(1); UPDATE t SET b = 'begin'",
      'DO $$ BEGIN PERFORM pg_sleep(1); END $$',
      "SET application_name = 'x'; SELECT pg_sleep(1)",
    ]) {
      expect(timeoutPlan(text), text).toEqual({ wrappable: true, controlsTransaction: false });
    }
  });

  it('does not wrap what ends, splits or needs a transaction, nor what a block changes', () => {
    for (const text of [
      'BEGIN; SELECT pg_sleep(1); COMMIT',
      'SELECT pg_sleep(1); COMMIT',
      'DO $$ BEGIN PERFORM pg_sleep(1); COMMIT; END $$',
      'CALL p()',
      'SAVEPOINT s; SELECT pg_sleep(1)',
      'VACUUM t',
      'CREATE INDEX CONCURRENTLY i ON t (a)',
    ]) {
      expect(timeoutPlan(text), text).toEqual({ wrappable: false, controlsTransaction: true });
    }
    for (const text of [
      'LOCK TABLE t; SELECT pg_sleep(1)',
      "SET LOCAL work_mem = '1MB'; SELECT pg_sleep(1)",
      'SELECT now() = statement_timestamp(), pg_sleep(1)',
    ]) {
      expect(timeoutPlan(text), text).toEqual({ wrappable: false, controlsTransaction: false });
    }
  });
});

describe('statement_timeout on the PGlite engine', () => {
  let fake: FakePostgres | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it(
    'undoes what an overrunning statement wrote outside a transaction block, as PostgreSQL cancels it',
    async () => {
      fake = await createFakePostgres({
        engine: 'pglite',
        migrations: [{ name: 't', sql: 'CREATE TABLE t (a int PRIMARY KEY)' }],
      });
      const client = await fake.pool.connect();
      try {
        await client.query("SET statement_timeout = '50ms'");
        for (const text of [
          'INSERT INTO t SELECT 1 FROM pg_sleep(0.2)',
          'INSERT INTO t VALUES (2); SELECT pg_sleep(0.2)',
          'DO $$ BEGIN INSERT INTO t VALUES (3); PERFORM pg_sleep(0.2); END $$',
        ]) {
          await expect(client.query(text), text).rejects.toMatchObject({ code: '57014' });
        }
        await expect(
          client.query('INSERT INTO t SELECT $1 FROM pg_sleep($2)', [4, 0.2]),
        ).rejects.toMatchObject({
          code: '57014',
        });
        expect((await client.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
        // Under the limit the statement commits; its own error leaves nothing open.
        await client.query("SET statement_timeout = '5s'");
        await client.query('INSERT INTO t SELECT 5 FROM pg_sleep(0.01)');
        await expect(client.query('INSERT INTO t SELECT 5 FROM pg_sleep(0.01)')).rejects.toMatchObject({
          code: '23505',
        });
        expect((await client.query('SELECT a FROM t')).rows).toEqual([{ a: 5 }]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'refuses an overrun that ended its transaction, and answers 25P02 to a sleep in a failed one',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const client = await fake.pool.connect();
      try {
        await client.query("SET statement_timeout = '50ms'");
        await client.query('BEGIN');
        await expect(client.query('SELECT pg_sleep(0.2); COMMIT')).rejects.toMatchObject({ code: '0A000' });
        await client.query('ROLLBACK');
        await client.query('BEGIN');
        await expect(client.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
        await expect(client.query('SELECT pg_sleep(0.2)')).rejects.toMatchObject({ code: '25P02' });
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});

describe('statement_timeout set in the same text as a sleep on the PGlite engine', () => {
  it(
    'refuses an overrun it cannot attribute, and runs the text when nothing overran',
    async () => {
      const fake = await createFakePostgres({ engine: 'pglite' });
      const client = await fake.pool.connect();
      try {
        await expect(
          client.query("SET statement_timeout = '50ms'; SELECT pg_sleep(0.2)"),
        ).rejects.toMatchObject({
          code: '0A000',
        });
        expect((await client.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '0' }]);
        await client.query("SET statement_timeout = '5s'; SELECT pg_sleep(0.01)");
        expect((await client.query('SHOW statement_timeout')).rows).toEqual([{ statement_timeout: '5s' }]);
        // Reading the setting is not setting it: the overrun is answered as PostgreSQL does.
        await client.query("SET statement_timeout = '50ms'");
        await expect(
          client.query("SELECT current_setting('statement_timeout'), pg_sleep(0.2)"),
        ).rejects.toMatchObject({ code: '57014' });
      } finally {
        client.release();
        await fake.close();
      }
    },
    PGLITE_START_MS,
  );
});
