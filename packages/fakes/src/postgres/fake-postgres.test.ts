import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFakePostgres,
  type FakePostgres,
  type FakePostgresEngine,
  type FakePostgresThread,
  migrate,
  openFakePostgres,
} from './create-fake-postgres.js';
import { PgliteWorkerEngine } from './pglite/pglite-worker-engine.js';

const SCHEMA = [
  { name: 'items', sql: 'CREATE TABLE items (id text PRIMARY KEY, qty integer NOT NULL)' },
  {
    name: 'events',
    sql: 'CREATE TABLE events (id text PRIMARY KEY, at timestamptz, body jsonb, note text, qty integer)',
  },
];

/**
 * Every case runs on both engines, and on PGlite on a worker thread too; where they differ on
 * purpose, the case says which does what.
 */
const VARIANTS: ReadonlyArray<{
  readonly label: string;
  readonly engine: FakePostgresEngine;
  readonly thread?: FakePostgresThread;
}> = [
  { label: 'pg-mem', engine: 'pg-mem' },
  { label: 'pglite', engine: 'pglite' },
  { label: 'pglite on a worker thread', engine: 'pglite', thread: 'worker' },
];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

async function count(fakePg: FakePostgres): Promise<number> {
  const { rows } = await fakePg.pool.query('SELECT id FROM items');
  return rows.length;
}

/** One parameterised INSERT per item, so every row goes through the same statement text. */
async function insertItems(fakePg: FakePostgres, items: Record<string, number>): Promise<void> {
  for (const [id, qty] of Object.entries(items)) {
    await fakePg.pool.query('INSERT INTO items (id, qty) VALUES ($1, $2)', [id, qty]);
  }
}

/** True once `promise` has settled, after letting queued tasks run. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return settled;
}

describe.each(VARIANTS)('createFakePostgres on $label', ({ engine, thread }) => {
  // A worker thread's PGlite is the fake's own (not shared per test worker like the main-thread
  // one): one is started for the file, and each case gets a fresh pool on it after a reset.
  let worker: PgliteWorkerEngine | undefined;

  async function fake(lockTimeoutMs = 200): Promise<FakePostgres> {
    if (!worker) return createFakePostgres({ engine, migrations: SCHEMA, lockTimeoutMs });
    await worker.reset();
    return openFakePostgres(worker, { lockTimeoutMs });
  }

  beforeAll(async () => {
    if (thread !== 'worker') return void (await fake());
    worker = await PgliteWorkerEngine.start();
    await migrate(worker, { migrations: SCHEMA });
  }, PGLITE_START_MS);

  afterAll(() => worker?.close());

  describe('createFakePostgres transactions', () => {
    it('a transaction that throws leaves no row behind', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      const boom = new Error('boom');
      const work = async () => {
        await client.query('BEGIN');
        try {
          await client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
          throw boom;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      };
      await expect(work()).rejects.toBe(boom);
      client.release();
      expect(await count(db)).toBe(0);
    });

    it("a second client does not see the first client's uncommitted insert", async () => {
      const db = await fake(5_000);
      const writer = await db.pool.connect();
      await writer.query('BEGIN');
      await writer.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      const reading = db.pool.query('SELECT id FROM items');
      expect(await settledSoon(reading)).toBe(false); // it waits for the writer instead of reading dirty data
      await writer.query('ROLLBACK');
      writer.release();
      expect((await reading).rows).toEqual([]);
    });

    it('a committed insert is seen by the next client', async () => {
      const db = await fake();
      const writer = await db.pool.connect();
      await writer.query('BEGIN');
      await writer.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      await writer.query('COMMIT');
      writer.release();
      expect(await count(db)).toBe(1);
    });

    it('after an error inside a transaction, statements fail with 25P02 and COMMIT rolls back', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      await client.query('BEGIN');
      await client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      await expect(
        client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 2]),
      ).rejects.toMatchObject({
        code: '23505',
      });
      await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      await expect(client.query('COMMIT')).resolves.toMatchObject({ command: 'ROLLBACK' });
      client.release();
      expect(await count(db)).toBe(0);
    });

    it('a waiter times out with 0A000 naming the holder', async () => {
      const db = await fake(50);
      const holder = await db.pool.connect();
      await holder.query('BEGIN');
      await holder.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      await expect(db.pool.query('SELECT id FROM items')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(
          /held by connection #\d+ \(open transaction, first statement "INSERT INTO items/,
        ),
      });
      holder.release();
    });

    it('releasing a client with an open transaction rolls it back and frees the database', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      await client.query('BEGIN');
      await client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      client.release();
      expect(await count(db)).toBe(0);
      expect(db.pool.checkedOutCount).toBe(0);
    });

    it('a released client refuses further queries', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      client.release();
      await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '08003' });
    });

    it('ROLLBACK TO SAVEPOINT undoes only the work after the savepoint', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      await client.query('BEGIN');
      await client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['kept', 1]);
      await client.query('SAVEPOINT s1');
      await client.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['undone', 2]);
      await client.query('ROLLBACK TO SAVEPOINT s1');
      await client.query('COMMIT');
      expect((await db.pool.query('SELECT id FROM items')).rows).toEqual([{ id: 'kept' }]);
      client.release();
    });
  });

  describe('createFakePostgres errors and dialect', () => {
    it.each([
      ['INSERT INTO items (id, qty) VALUES ($1, NULL)', '23502'],
      ['SELECT nope FROM items', '42703'],
      ['SELECT * FROM nowhere', '42P01'],
    ])('%s fails with SQLSTATE %s', async (sql, code) => {
      const db = await fake();
      await expect(db.pool.query(sql, sql.includes('$1') ? ['x'] : undefined)).rejects.toMatchObject({
        code,
      });
    });

    it("SQL the engine's parser cannot read: 42601 on PGlite, a 0A000 refusal pointing to PGlite on pg-mem", async () => {
      const db = await fake();
      const expected =
        engine === 'pg-mem'
          ? { code: '0A000', message: expect.stringContaining('PGlite') }
          : { code: '42601' };
      await expect(db.pool.query('SELEC 1')).rejects.toMatchObject(expected);
    });

    it('FOR UPDATE SKIP LOCKED runs (no row is ever locked by another transaction here)', async () => {
      const db = await fake();
      await db.pool.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      const { rows } = await db.pool.query('SELECT id FROM items ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED');
      expect(rows).toEqual([{ id: 'a' }]);
    });

    it('pg_advisory_lock is accepted, so migration runners run unchanged', async () => {
      const db = await fake();
      await expect(db.pool.query('SELECT pg_advisory_lock($1)', [42])).resolves.toMatchObject({
        rowCount: 1,
      });
    });
  });

  describe('createFakePostgres parameters', () => {
    it('binds each call its own values: one statement text, many rows', async () => {
      const db = await fake();
      await insertItems(db, { a: 1, b: 2, c: 3 });
      const { rows } = await db.pool.query('SELECT id, qty FROM items WHERE qty >= $1 ORDER BY id', [2]);
      expect(rows).toEqual([
        { id: 'b', qty: 2 },
        { id: 'c', qty: 3 },
      ]);
    });

    it('leaves $1 inside a string literal alone, as PostgreSQL does', async () => {
      const db = await fake();
      const { rows } = await db.pool.query("SELECT '$1' AS written, $1 AS bound", ['x']);
      expect(rows).toEqual([{ written: '$1', bound: 'x' }]);
    });

    it('sends dates, JSON objects and nulls as pg does', async () => {
      const db = await fake();
      const at = new Date('2026-01-02T03:04:05.678Z');
      await db.pool.query('INSERT INTO events (id, at, body, note, qty) VALUES ($1, $2, $3, $4, $5)', [
        'e1',
        at,
        { b: 1, a: [true, 'two'] },
        null,
        7,
      ]);
      await db.pool.query('INSERT INTO events (id, at, body, note, qty) VALUES ($1, $2, $3, $4, $5)', [
        'e2',
        at,
        null,
        "it's",
        undefined,
      ]);
      const { rows } = await db.pool.query(
        'SELECT id, at, body, note, qty FROM events WHERE id IN ($1, $2, $3) ORDER BY id',
        ['e1', 'e2', 'e3'],
      );
      expect(rows).toEqual([
        { id: 'e1', at, body: { b: 1, a: [true, 'two'] }, note: null, qty: 7 },
        { id: 'e2', at, body: null, note: "it's", qty: null },
      ]);
    });

    it('col = ANY($1) with an array finds the rows on an indexed column, as PostgreSQL does', async () => {
      const db = await fake();
      await insertItems(db, { a: 1, b: 2, c: 3 });
      const select = (sql: string, values: unknown[]) =>
        db.pool.query(sql, values).then(({ rows }) => rows.map((row) => row.id));
      // pg-mem alone answers these with no rows: the primary key is indexed.
      expect(await select('SELECT id FROM items WHERE id = ANY($1) ORDER BY id', [['c', 'a', 'x']])).toEqual([
        'a',
        'c',
      ]);
      expect(
        await select('SELECT id FROM items WHERE qty > $2 AND id = ANY($1) ORDER BY id', [['a', 'b'], 1]),
      ).toEqual(['b']);
      expect(await select("SELECT id FROM items WHERE id = ANY(ARRAY['b']) ORDER BY id", [])).toEqual(['b']);
      expect(await select('SELECT id FROM items WHERE id = ANY($1)', [[null, 'a']])).toEqual(['a']);
      expect(await select('SELECT id FROM items WHERE id = ANY($1)', [[]])).toEqual([]);
    });

    it('refuses a statement whose $n has no value with 08P01, naming it', async () => {
      const db = await fake();
      await expect(db.pool.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a'])).rejects.toMatchObject(
        {
          code: '08P01',
          message: expect.stringContaining('bind message supplies 1 parameters, but'),
        },
      );
      expect(await count(db)).toBe(0);
    });
  });

  describe('createFakePostgres reset', () => {
    it('restores the migrated snapshot', async () => {
      const db = await fake();
      await db.pool.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      await db.reset();
      expect(await count(db)).toBe(0);
      await db.pool.query('INSERT INTO items (id, qty) VALUES ($1, $2)', ['a', 1]);
      expect(await count(db)).toBe(1);
    });

    it('is refused while a transaction is open', async () => {
      const db = await fake();
      const client = await db.pool.connect();
      await client.query('BEGIN');
      await expect(db.reset()).rejects.toThrow(/cannot reset while connection #\d+/);
      client.release();
      await expect(db.reset()).resolves.toBeUndefined();
    });

    it('runs a migration function once, given the pool', { timeout: PGLITE_START_MS }, async () => {
      const calls: string[] = [];
      const db = await createFakePostgres({
        engine,
        ...(thread ? { thread } : {}),
        migrations: async (pool) => {
          calls.push('migrate');
          await pool.query('CREATE TABLE t (id text PRIMARY KEY)');
        },
      });
      try {
        await db.reset();
        await db.pool.query('INSERT INTO t (id) VALUES ($1)', ['x']);
        expect(calls).toEqual(['migrate']);
      } finally {
        await db.close();
      }
    });
  });

  describe('createFakePostgres lock order', () => {
    it('grants waiting transactions in arrival order', async () => {
      const db = await fake(5_000);
      const order: string[] = [];
      const first = await db.pool.connect();
      await first.query('BEGIN');
      const later = ['second', 'third'].map(async (name) => {
        const client = await db.pool.connect();
        await client.query('BEGIN');
        order.push(name);
        await client.query('COMMIT');
        client.release();
      });
      await first.query('COMMIT');
      first.release();
      await Promise.all(later);
      expect(order).toEqual(['second', 'third']);
    });
  });
});
