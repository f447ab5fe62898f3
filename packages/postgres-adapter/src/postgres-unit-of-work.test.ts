import { createFakePostgres, FakeClock, type FakePostgres } from '@seams/fakes';
import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { loadMigrations, toMigration } from './migration-files.js';
import type { PostgresPool } from './postgres-client.js';
import { PostgresOutboxStore } from './postgres-outbox-store.js';
import { PostgresUnitOfWork } from './postgres-unit-of-work.js';
import { TransactionClosedError, transactionOrPool } from './transaction-context.js';

// A table of the test's own beside the adapter's outbox, as a service's migrations would add one.
const notesMigration = toMigration('1000_create_notes.sql', 'CREATE TABLE notes (id text PRIMARY KEY);');

let fake: Promise<FakePostgres> | undefined;

async function migrated(): Promise<FakePostgres> {
  fake ??= createFakePostgres({
    migrations: (pool) => migrate(pool, { migrations: [...loadMigrations(), notesMigration] }),
  });
  const db = await fake;
  await db.reset();
  return db;
}

/** A repository of a user's own: every query through `transactionOrPool`, as the docs ask. */
class NoteRepository {
  constructor(private readonly pool: PostgresPool) {}
  async add(id: string): Promise<void> {
    await transactionOrPool(this.pool).query('INSERT INTO notes (id) VALUES ($1)', [id]);
  }
  async ids(): Promise<string[]> {
    const { rows } = await transactionOrPool(this.pool).query('SELECT id FROM notes ORDER BY id');
    return rows.map((row) => String(row.id));
  }
}

function unitOfWork(pool: PostgresPool) {
  const clock = new FakeClock();
  return new PostgresUnitOfWork({
    pool,
    scope: () => ({ notes: new NoteRepository(pool), outbox: new PostgresOutboxStore({ pool, clock }) }),
  });
}

describe('PostgresUnitOfWork', () => {
  it('returns the work result and gives the client back', async () => {
    const { pool } = await migrated();
    const uow = unitOfWork(pool);
    await expect(uow.run(async () => 42)).resolves.toBe(42);
    expect(pool.checkedOutCount).toBe(0);
  });

  it('rethrows the very error the work threw, rolls back, and gives the client back', async () => {
    const { pool } = await migrated();
    const uow = unitOfWork(pool);
    const failure = { not: 'even an Error' };
    await expect(
      uow.run(async ({ outbox }) => {
        await outbox.add({ id: 'e-1', type: 't', payload: null, occurredAt: new Date() });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pool.checkedOutCount).toBe(0);
    expect((await pool.query('SELECT id FROM outbox_events')).rows).toEqual([]);
  });

  it('runs a nested run on the same client', async () => {
    const { pool } = await migrated();
    const uow = unitOfWork(pool);
    let connects = 0;
    const counting: PostgresPool = {
      query: (text, values) => pool.query(text, values),
      connect: () => {
        connects++;
        return pool.connect();
      },
    };
    const counted = unitOfWork(counting);
    await counted.run(() => counted.run(() => counted.run(async () => undefined)));
    expect(connects).toBe(1);
    await expect(uow.run(() => uow.run(async () => 'inner'))).resolves.toBe('inner');
  });

  it("joins a user's own store on transactionOrPool to the transaction, commit and rollback alike", async () => {
    const { pool } = await migrated();
    const uow = unitOfWork(pool);
    const standalone = new NoteRepository(pool);
    await uow.run(async ({ notes, outbox }) => {
      await notes.add('kept');
      await outbox.add({ id: 'e-kept', type: 'note.added', payload: null, occurredAt: new Date() });
    });
    const boom = new Error('rolled back');
    const failing = uow.run(async ({ notes, outbox }) => {
      await notes.add('dropped');
      await outbox.add({ id: 'e-dropped', type: 'note.added', payload: null, occurredAt: new Date() });
      expect(await standalone.ids()).toEqual(['dropped', 'kept']); // inside run: the same transaction
      throw boom;
    });
    await expect(failing).rejects.toBe(boom);
    expect(await standalone.ids()).toEqual(['kept']);
    expect((await pool.query('SELECT id FROM outbox_events')).rows).toEqual([{ id: 'e-kept' }]);
    expect(pool.checkedOutCount).toBe(0);
  });

  it('with asyncContext off, runs the stores scope builds on its transaction in it, and refuses them after', async () => {
    const { pool } = await migrated();
    const clock = new FakeClock();
    const uow = new PostgresUnitOfWork({
      pool,
      scope: (transaction) => ({
        notes: new NoteRepository(transaction),
        outbox: new PostgresOutboxStore({ pool: transaction, clock }),
      }),
      asyncContext: false,
    });
    const standalone = new NoteRepository(pool);
    await uow.run(async ({ notes }) => notes.add('kept'));
    const boom = new Error('rolled back');
    const failing = uow.run(async ({ notes, outbox }) => {
      await notes.add('dropped');
      await outbox.add({ id: 'e-dropped', type: 'note.added', payload: null, occurredAt: new Date() });
      expect(await notes.ids()).toEqual(['dropped', 'kept']);
      throw boom;
    });
    await expect(failing).rejects.toBe(boom);
    expect(await standalone.ids()).toEqual(['kept']);
    expect((await pool.query('SELECT id FROM outbox_events')).rows).toEqual([]);
    let later: Promise<unknown> = Promise.resolve();
    await uow.run(async ({ notes }) => {
      later = new Promise((resolve) => setTimeout(resolve, 1)).then(() => notes.ids());
    });
    await expect(later).rejects.toBeInstanceOf(TransactionClosedError);
    expect(pool.checkedOutCount).toBe(0);
  });

  it('builds a fresh scope for each run', async () => {
    const { pool } = await migrated();
    const scopes: object[] = [];
    const uow = new PostgresUnitOfWork({ pool, scope: () => ({ n: scopes.length }) });
    await uow.run(async (scope) => void scopes.push(scope));
    await uow.run(async (scope) => void scopes.push(scope));
    expect(scopes).toEqual([{ n: 0 }, { n: 1 }]);
  });

  it('refuses a store used after its unit of work ended', async () => {
    const { pool } = await migrated();
    const uow = unitOfWork(pool);
    let later: Promise<unknown> = Promise.resolve();
    await uow.run(async ({ notes }) => {
      later = new Promise((resolve) => setTimeout(resolve, 1)).then(() => notes.ids());
    });
    await expect(later).rejects.toBeInstanceOf(TransactionClosedError);
  });

  it('maps a pool that cannot connect to DependencyUnavailableError', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const down: PostgresPool = {
      query: () => Promise.reject(refused),
      connect: () => Promise.reject(refused),
    };
    const uow = unitOfWork(down);
    await expect(uow.run(async () => 1)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('discards the client when even ROLLBACK fails', async () => {
    const released: unknown[] = [];
    const broken = Object.assign(new Error('Connection terminated unexpectedly'), {});
    const pool: PostgresPool = {
      query: () => Promise.reject(broken),
      connect: async () => ({
        query: async (text: string) => {
          if (text === 'BEGIN') return { rows: [], rowCount: null };
          throw broken;
        },
        release: (error?: Error | boolean) => released.push(error),
      }),
    };
    const uow = unitOfWork(pool);
    const boom = new Error('work failed');
    await expect(
      uow.run(async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(released).toEqual([broken]);
  });

  it('sends no ROLLBACK down a connection that timed out or dropped: it discards the client at once', async () => {
    const sent: string[] = [];
    const released: unknown[] = [];
    const timedOut = new Error('Query read timeout');
    const pool: PostgresPool = {
      query: () => Promise.reject(timedOut),
      connect: async () => ({
        query: async (text: string) => {
          sent.push(text);
          if (text === 'BEGIN') return { rows: [], rowCount: null };
          throw timedOut;
        },
        release: (error?: Error | boolean) => released.push(error),
      }),
    };
    const uow = unitOfWork(pool);
    const mapped = new DependencyUnavailableError('postgres', 'PostgreSQL is unavailable', {
      cause: timedOut,
    });
    await expect(
      uow.run(async () => {
        throw mapped;
      }),
    ).rejects.toBe(mapped);
    expect(sent).toEqual(['BEGIN']);
    expect(released).toEqual([timedOut]);
  });
});
