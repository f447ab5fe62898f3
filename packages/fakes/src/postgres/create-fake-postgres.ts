import { DataType, type IMemoryDb, newDb } from 'pg-mem';
import { DatabaseLock } from './database-lock.js';
import type { FakeDatabase } from './fake-postgres-client.js';
import { FakePostgresPool } from './fake-postgres-pool.js';
import { PgMemEngine } from './pg-mem-engine.js';

/** A migration for the fake: applied in list order, as one statement string each. */
export interface FakeMigration {
  readonly name: string;
  readonly sql: string;
}

/** Options of `createFakePostgres`. */
export interface FakePostgresOptions {
  /**
   * The schema: plain SQL in order, or a runner given the fake pool (e.g. the adapter's own
   * `migrate`, so the fake applies the very files and records production applies).
   */
  readonly migrations?: readonly FakeMigration[] | ((pool: FakePostgresPool) => Promise<unknown>);
  /** How long a query waits for another client's open transaction before failing with 55P03. Default 2 s. */
  readonly lockTimeoutMs?: number;
}

/** A migrated in-memory PostgreSQL for tests. */
export interface FakePostgres {
  /** Hand it to the adapters where they take a `pg.Pool`. */
  readonly pool: FakePostgresPool;
  /** The pg-mem database underneath, for inspection. */
  readonly db: IMemoryDb;
  /** Back to the state right after the migrations, in O(1); refused while a transaction is open. */
  reset(): void;
}

/**
 * Creates a pg-mem database with PostgreSQL's transaction semantics (see `FakePostgresClient`),
 * applies the migrations once and snapshots the result for `reset()`.
 *
 * @example
 * const fake = await createFakePostgres({ migrations: (pool) => migrate(pool) });
 * beforeEach(() => fake.reset());
 */
export async function createFakePostgres(options: FakePostgresOptions = {}): Promise<FakePostgres> {
  const db = newDb();
  registerAdvisoryLocks(db);
  const database: FakeDatabase = {
    db,
    engine: new PgMemEngine(db),
    lock: new DatabaseLock(options.lockTimeoutMs ?? 2_000),
  };
  let lastId = 0;
  const pool = new FakePostgresPool(database, () => ++lastId);
  await applyMigrations(pool, options.migrations ?? []);
  const migrated = db.backup();
  return {
    pool,
    db,
    reset() {
      const holder = database.lock.holder;
      if (holder)
        throw new Error(`fake postgres: cannot reset while ${holder.describe()} holds the database`);
      migrated.restore();
    },
  };
}

async function applyMigrations(
  pool: FakePostgresPool,
  migrations: FakePostgresOptions['migrations'],
): Promise<void> {
  if (typeof migrations === 'function') {
    await migrations(pool);
    return;
  }
  for (const migration of migrations ?? []) {
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
