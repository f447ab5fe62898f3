import { createHash } from 'node:crypto';
import { DataType, type IMemoryDb, newDb } from 'pg-mem';
import { DatabaseLock } from './database-lock.js';
import { type FakePoolConfig, FakePostgresPool } from './fake-postgres-pool.js';
import { FakePostgresSetupError } from './fake-postgres-setup-error.js';
import { PgMemEngine } from './pg-mem-engine.js';
import { PgliteWorkerEngine } from './pglite/pglite-worker-engine.js';
import { leasePglite } from './pglite/shared-pglite.js';
import type { PostgresEngine } from './postgres-engine.js';
import { SessionPerConnection } from './session-per-connection.js';
import { VerifyingEngine } from './verify/verifying-engine.js';
import type { FakeDatabase } from './wire/protocol-session.js';

/** A migration for the fake: applied in list order, as one statement string each. */
export interface FakeMigration {
  readonly name: string;
  readonly sql: string;
}

/** The schema: plain SQL in order, or a runner given the fake pool (e.g. the adapter's own `migrate`). */
export type FakeMigrations = readonly FakeMigration[] | ((pool: FakePostgresPool) => Promise<unknown>);

/** The SQL engine under the fake: `pg-mem` (a JavaScript imitation) or `pglite` (PostgreSQL in WASM). */
export type FakePostgresEngine = 'pg-mem' | 'pglite';

/**
 * Where PGlite runs: `main`, in the calling thread (one PGlite per test worker and schema, shared
 * by reset), or `worker`, on a worker thread of its own (its CPU beside the caller's).
 */
export type FakePostgresThread = 'main' | 'worker';

/** Options of `createFakePostgres`. */
export interface FakePostgresOptions {
  /** `pg-mem` (default: no install, starts in milliseconds) or `pglite` (PostgreSQL 17 itself; see the README). */
  readonly engine?: FakePostgresEngine;
  /**
   * The schema: plain SQL in order, or a runner given the fake pool (e.g. the adapter's own
   * `migrate`, so the fake applies the very files and records production applies).
   */
  readonly migrations?: FakeMigrations;
  /**
   * PGlite only: what identifies the schema, for sharing one started PGlite per worker. Default: the
   * migrations' SQL, or a migration function's source text; set it when two different functions
   * have the same source (`(pool) => migrate(pool)` over different `migrate`s).
   */
  readonly schemaKey?: string;
  /**
   * PGlite only: `main` (default) runs it in this thread, started once per test worker and schema
   * and shared by reset; `worker` starts a PGlite of its own on a `node:worker_threads` thread, so
   * the database's CPU runs on another core than this thread's (a service under load). A worker
   * costs a PGlite start per call; `close()` ends it.
   */
  readonly thread?: FakePostgresThread;
  /**
   * pg-mem only: also run every statement on a PGlite twin and fail it with a diff when the answers
   * differ (rows, row count, error code). Also on with env `SEAMS_FAKE_PG_VERIFY=pglite`.
   */
  readonly verify?: 'pglite';
  /**
   * pg-mem only: runs on the pg-mem database before the migrations, to add what the schema needs
   * and pg-mem lacks; a function registered here is trusted by the engine's analysis.
   *
   * @example
   * createFakePostgres({ beforeMigrations: (db) => db.public.registerFunction({ name: 'slugify', args: [DataType.text], returns: DataType.text, implementation: slugify }) })
   */
  readonly beforeMigrations?: (db: IMemoryDb) => void | Promise<void>;
  /** How long a query waits for another client's open transaction before failing with 0A000 (the fake runs one transaction at a time). Default 2 s. */
  readonly lockTimeoutMs?: number;
  /** pg pool settings (`max`, `connectionTimeoutMillis`, `types`, ...); the connection is the fake's. */
  readonly pool?: FakePoolConfig;
}

/** A migrated in-process PostgreSQL for tests. */
export interface FakePostgres {
  /** A real `pg.Pool` (pg's own pool and clients) connected to the fake: hand it to code that takes a `pg.Pool`. */
  readonly pool: FakePostgresPool;
  /** The engine underneath: `pg-mem`, `pglite`, or `pg-mem verified on pglite`. */
  readonly engine: string;
  /** Back to the state right after the migrations; refused while a transaction is open. */
  reset(): Promise<void>;
  /** Ends the pool and releases the engine (a `thread: 'worker'` PGlite's thread ends). */
  close(): Promise<void>;
}

/**
 * Creates an in-process database with PostgreSQL's transaction semantics behind a real `pg.Pool`,
 * applies the migrations once and snapshots the result for `reset()`.
 *
 * @example
 * const fake = await createFakePostgres({ engine: 'pglite', migrations: (pool) => migrate(pool) });
 * beforeEach(() => fake.reset());
 */
export async function createFakePostgres(options: FakePostgresOptions = {}): Promise<FakePostgres> {
  const engine = options.engine ?? 'pg-mem';
  const verify = options.verify ?? verifyFromEnv();
  const thread = options.thread ?? 'main';
  if (thread !== 'main' && thread !== 'worker')
    throw badOption(`thread must be 'main' or 'worker', got ${String(thread)}`);
  if (engine === 'pglite') {
    if (options.verify) throw badOption('verify runs pg-mem against PGlite: use it with engine pg-mem');
    if (options.beforeMigrations)
      throw badOption('beforeMigrations prepares a pg-mem database: use it with engine pg-mem');
    return openFakePostgres(
      thread === 'worker' ? await pgliteWorkerEngine(options) : await pgliteEngine(options),
      options,
    );
  }
  if (engine !== 'pg-mem') throw badOption(`engine must be 'pg-mem' or 'pglite', got ${String(engine)}`);
  if (thread === 'worker')
    throw badOption("thread: 'worker' runs PGlite on a thread: use it with engine pglite");
  const pgMem = await pgMemEngine(options);
  if (!verify) return openFakePostgres(pgMem, options);
  return openFakePostgres(new VerifyingEngine(pgMem, await pgliteEngine(options)), options);
}

async function pgMemEngine(options: FakePostgresOptions): Promise<PostgresEngine> {
  const db = newDb();
  registerAdvisoryLocks(db);
  const engine = new PgMemEngine(db);
  await options.beforeMigrations?.(db);
  await migrate(engine, options);
  return engine;
}

async function pgliteEngine(options: FakePostgresOptions): Promise<PostgresEngine> {
  return new SessionPerConnection(
    await leasePglite(schemaKey(options), (engine) => migrate(engine, options)),
  );
}

/** A PGlite of its own on a worker thread, migrated; ended again if the migrations fail. */
async function pgliteWorkerEngine(options: FakePostgresOptions): Promise<PostgresEngine> {
  const engine = await PgliteWorkerEngine.start();
  try {
    await migrate(engine, options);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return new SessionPerConnection(engine);
}

/** The pool and reset over a migrated engine (internal; exported for the package's own tests). */
export function openFakePostgres(engine: PostgresEngine, options: FakePostgresOptions): FakePostgres {
  const database: FakeDatabase = { engine, lock: new DatabaseLock(options.lockTimeoutMs ?? 2_000) };
  const resetter = { describe: () => 'reset()' };
  const pool = new FakePostgresPool(database, options.pool);
  let closing: Promise<void> | undefined;
  return {
    pool,
    engine: engine.name,
    close() {
      closing ??= (async () => {
        try {
          if (!pool.ending) await pool.end();
        } finally {
          await engine.close();
        }
      })();
      return closing;
    },
    async reset() {
      const holder = database.lock.holder;
      if (holder && !holder.releasing) {
        throw new FakePostgresSetupError(
          'FAKE_PG_RESET_REFUSED',
          `fake postgres: cannot reset while ${holder.describe()} holds the database`,
        );
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

/** Applies the migrations through a pool of their own, then records the result for `reset()` (internal). */
export async function migrate(engine: PostgresEngine, options: FakePostgresOptions): Promise<void> {
  const pool = new FakePostgresPool({ engine, lock: new DatabaseLock(options.lockTimeoutMs ?? 2_000) });
  try {
    await applyMigrations(pool, options.migrations ?? []);
  } finally {
    await pool.end();
  }
  await engine.snapshot();
}

async function applyMigrations(pool: FakePostgresPool, migrations: FakeMigrations): Promise<void> {
  if (typeof migrations === 'function') {
    await migrations(pool);
    return;
  }
  for (const migration of migrations) {
    await pool.query(migration.sql).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new FakePostgresSetupError(
        'FAKE_PG_MIGRATION_FAILED',
        `fake postgres: migration ${migration.name} failed: ${reason}`,
        { cause: error },
      );
    });
  }
}

function schemaKey(options: FakePostgresOptions): string {
  const { migrations = [], schemaKey: explicit } = options;
  const source =
    explicit ?? (typeof migrations === 'function' ? migrations.toString() : JSON.stringify(migrations));
  return createHash('sha256').update(source).digest('hex');
}

function verifyFromEnv(): 'pglite' | undefined {
  const value = process.env.SEAMS_FAKE_PG_VERIFY;
  if (!value) return undefined;
  if (value === 'pglite') return value;
  throw badOption(`SEAMS_FAKE_PG_VERIFY must be 'pglite' (or unset), got '${value}'`);
}

function badOption(message: string): FakePostgresSetupError {
  return new FakePostgresSetupError('FAKE_PG_BAD_OPTION', `createFakePostgres: ${message}`);
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
