import { createFakePostgres } from '../create-fake-postgres.js';
import { DatabaseLock } from '../database-lock.js';
import { FakePostgresPool } from '../fake-postgres-pool.js';
import { createPglite } from '../pglite/initdb-cache.js';
import { loadPglite } from '../pglite/load-pglite.js';
import { PgliteEngine } from '../pglite/pglite-engine.js';
import { PgliteWorkerEngine } from '../pglite/pglite-worker-engine.js';
import type { PostgresEngine, TransactionStatus } from '../postgres-engine.js';
import { SessionPerConnection } from '../session-per-connection.js';
import type { CorpusDatabase, CorpusTarget } from './corpus-target.js';

/**
 * How long a corpus statement may wait for the database lock (one connection at a time in the cases).
 * A case runs its steps one after another, so a statement waiting for another connection's open
 * transaction waits for something that cannot end: it times out (0A000, CLEAR; a few locking-claims
 * cases), and each such wait is idle time. The waits that do end (for the lock's holder to finish
 * what it was already doing) took at most about 25 ms on both engines on a loaded machine: 250 ms
 * keeps a tenfold margin.
 */
const LOCK_TIMEOUT_MS = 250;

/** The pg-mem engine: a new database per case, exactly as `createFakePostgres()` makes it. */
export const pgMemTarget: CorpusTarget = {
  name: 'pg-mem',
  async open(): Promise<CorpusDatabase> {
    const fake = await createFakePostgres({ engine: 'pg-mem', lockTimeoutMs: LOCK_TIMEOUT_MS });
    return { pool: fake.pool, close: () => fake.pool.end() };
  },
};

// Drops what a case made (schemas with their tables, types, sequences, extensions) and the session's
// state (settings, advisory locks, prepared statements): PGlite is started once, each case starts empty.
const EMPTY_DATABASE = `
  DO $$
  DECLARE s text;
  BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
      EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
    CREATE SCHEMA public;
  END $$`;

/** A PGlite engine that says whether its session is in a transaction. */
type SessionEngine = PostgresEngine & { readonly status: TransactionStatus };

/**
 * The PGlite engine: one PGlite per test file (starting it costs seconds), emptied before each case.
 * The same engine and pg.Pool layer `createFakePostgres({ engine: 'pglite' })` uses, without its
 * reset, which restores rows and refuses schema changes (every case makes its own tables). With
 * `thread: 'worker'`, PGlite runs on a worker thread (`createFakePostgres({ thread: 'worker' })`).
 */
export class PgliteCorpusTarget implements CorpusTarget {
  readonly name: string;
  readonly #thread: 'main' | 'worker';
  #engine: Promise<SessionEngine> | undefined;

  constructor({ thread = 'main' }: { thread?: 'main' | 'worker' } = {}) {
    this.#thread = thread;
    this.name = thread === 'worker' ? 'PGlite (worker thread)' : 'PGlite';
  }

  async open(): Promise<CorpusDatabase> {
    const engine = await this.#start();
    if (engine.status !== 'idle') await engine.run({ text: 'ROLLBACK' });
    for (const text of ['DISCARD ALL', EMPTY_DATABASE]) {
      const reply = await engine.run({ text });
      if (reply.error)
        throw new Error(`PGlite corpus target: emptying the database failed: ${reply.error.message}`);
    }
    const sessions = new SessionPerConnection(engine);
    const pool = new FakePostgresPool({ engine: sessions, lock: new DatabaseLock(LOCK_TIMEOUT_MS) });
    // Connections a case destroyed may end after pool.end(): settled, they leave the next case alone.
    return { pool, close: () => pool.end().finally(() => sessions.settle()) };
  }

  async stop(): Promise<void> {
    const engine = await this.#engine;
    await engine?.close();
  }

  #start(): Promise<SessionEngine> {
    this.#engine ??=
      this.#thread === 'worker'
        ? PgliteWorkerEngine.start()
        : loadPglite().then(async (pglite) => new PgliteEngine(await createPglite(), pglite));
    return this.#engine;
  }
}
