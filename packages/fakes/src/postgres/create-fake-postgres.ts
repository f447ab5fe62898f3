import { DataType, type IMemoryDb, newDb } from 'pg-mem';
import { DatabaseLock } from './database-lock.js';
import { type FakePoolConfig, FakePostgresPool } from './fake-postgres-pool.js';
import { PgMemEngine } from './pg-mem-engine.js';
import type { PostgresEngine } from './postgres-engine.js';
import type { FakeDatabase } from './wire/protocol-session.js';

/** A migration for the fake: applied in list order, as one statement string each. */
export interface FakeMigration {
  readonly name: string;
  readonly sql: string;
}

/** The schema: plain SQL in order, or a runner given the fake pool (e.g. the adapter's own `migrate`). */
export type FakeMigrations = readonly FakeMigration[] | ((pool: FakePostgresPool) => Promise<unknown>);

/** Options of `createFakePostgres`. */
export interface FakePostgresOptions {
  /**
   * The schema: plain SQL in order, or a runner given the fake pool (e.g. the adapter's own
   * `migrate`, so the fake applies the very files and records production applies).
   */
  readonly migrations?: FakeMigrations;
  /** How long a query waits for another client's open transaction before failing with 55P03. Default 2 s. */
  readonly lockTimeoutMs?: number;
  /** pg pool settings (`max`, `connectionTimeoutMillis`, `types`, ...); the connection is the fake's. */
  readonly pool?: FakePoolConfig;
}

/** A migrated in-process PostgreSQL for tests. */
export interface FakePostgres {
  /** A real `pg.Pool` (pg's own pool and clients) connected to the fake: hand it to code that takes a `pg.Pool`. */
  readonly pool: FakePostgresPool;
  /** The engine underneath: `pg-mem`, or `pglite`. */
  readonly engine: string;
  /** Back to the state right after the migrations; refused while a transaction is open. */
  reset(): Promise<void>;
}

/**
 * Creates an in-process database with PostgreSQL's transaction semantics, applies the migrations
 * once and snapshots the result for `reset()`.
 *
 * @example
 * const fake = await createFakePostgres({ migrations: (pool) => migrate(pool) });
 * beforeEach(() => fake.reset());
 */
export async function createFakePostgres(options: FakePostgresOptions = {}): Promise<FakePostgres> {
  const db = newDb();
  registerAdvisoryLocks(db);
  return openFakePostgres(new PgMemEngine(db), options);
}

/** The pool, migrations and reset over any engine. */
async function openFakePostgres(engine: PostgresEngine, options: FakePostgresOptions): Promise<FakePostgres> {
  const database: FakeDatabase = { engine, lock: new DatabaseLock(options.lockTimeoutMs ?? 2_000) };
  const pool = new FakePostgresPool(database, options.pool);
  await applyMigrations(pool, options.migrations ?? []);
  await engine.snapshot();
  const resetter = { describe: () => 'reset()' };
  return {
    pool,
    engine: engine.name,
    async reset() {
      const holder = database.lock.holder;
      if (holder && !holder.releasing) {
        throw new Error(`fake postgres: cannot reset while ${holder.describe()} holds the database`);
      }
      await database.lock.acquire(resetter);
      try {
        await engine.reset();
      } finally {
        database.lock.release(resetter);
      }
    },
  };
}

async function applyMigrations(pool: FakePostgresPool, migrations: FakeMigrations): Promise<void> {
  if (typeof migrations === 'function') {
    await migrations(pool);
    return;
  }
  for (const migration of migrations) {
    await pool.query(migration.sql).catch((error: unknown) => {
      throw new Error(`fake postgres: migration ${migration.name} failed`, { cause: error });
    });
  }
}

// pg-mem has no advisory locks. The fake runs one transaction at a time, so a lock a migration
// runner takes to keep other instances out has nothing to keep out: accept it and succeed.
function registerAdvisoryLocks(db: IMemoryDb): void {
  for (const name of ['pg_advisory_lock', 'pg_advisory_unlock', 'pg_try_advisory_lock']) {
    db.public.registerFunction({
      name,
      args: [DataType.bigint],
      returns: DataType.bool,
      implementation: () => true,
      impure: true,
    });
  }
}
