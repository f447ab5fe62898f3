import pg from 'pg';
import { adminApplicationName } from './admin-pool.js';
import { KEPT_COMMENT } from './database-names.js';
import { dropDatabase } from './drop-database.js';

// Two-key advisory locks live apart from ensureTemplate's one-key ones.
const LEASE_SQL = "hashtext('seams-testenv'), hashtext($1)";
const RUN_OF_DATABASE = /^seams_([a-z0-9]{8})_/;

/** The waits between attempts to take the lease again after its session was lost, the last repeated. */
const RELOCK_BACKOFF_MS = [50, 200, 1_000, 5_000];

/**
 * A session advisory lock held for as long as a run lives. The server releases it when the run's
 * process dies however it dies, so a later run can tell an abandoned run's databases (no lease)
 * from a live one's, even with several runs sharing one server. When the server ends the lease's
 * session while the run lives (a restart, `pg_terminate_backend`, a proxy dropping an idle
 * connection), the lock goes with it and another run's reaper would take this run for abandoned:
 * the lease takes the lock again on a new session, retrying until it has it or is released.
 */
export class RunLease {
  #client: pg.Client;
  #released = false;
  #relocks = 0;
  #relocking: Promise<void> | undefined;
  /** Wakes a relock attempt's wait early when the lease is released. */
  #wake: (() => void) | undefined;

  private constructor(
    private readonly serverUrl: string,
    private readonly runId: string,
    client: pg.Client,
  ) {
    this.#client = client;
    this.#watch(client);
  }

  static async acquire(serverUrl: string, runId: string): Promise<RunLease> {
    return new RunLease(serverUrl, runId, await lock(serverUrl, runId));
  }

  /** How many times the lease has taken its lock again after losing its session. */
  get relocks(): number {
    return this.#relocks;
  }

  /**
   * Unlocks before ending the session: behind a port proxy (Docker's) the client sees its connection
   * closed before the server has ended the session and freed its locks, and a reaper right after
   * would take a finished run for a live one (as TemplateLocks.close() once found in CI).
   */
  async release(): Promise<void> {
    this.#released = true;
    this.#wake?.();
    await this.#relocking;
    try {
      await this.#client.query(`SELECT pg_advisory_unlock(${LEASE_SQL})`, [this.runId]);
    } catch (error) {
      // A session already ended holds no lock to release; any other failure is the caller's to see.
      if (!isConnectionGone(error)) throw error;
    } finally {
      await this.#client.end().catch(() => undefined);
    }
  }

  #watch(client: pg.Client): void {
    client.once('end', () => {
      if (this.#released || client !== this.#client || this.#relocking) return;
      this.#relocking = this.#relock().finally(() => {
        this.#relocking = undefined;
      });
    });
  }

  async #relock(): Promise<void> {
    for (let attempt = 0; !this.#released; attempt += 1) {
      try {
        const client = await lock(this.serverUrl, this.runId);
        this.#client = client;
        this.#relocks += 1;
        this.#watch(client);
        return;
      } catch {
        // The server is not back yet: wait, unless released meanwhile.
        const waitMs = RELOCK_BACKOFF_MS[Math.min(attempt, RELOCK_BACKOFF_MS.length - 1)] ?? 5_000;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          timer.unref();
          this.#wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.#wake = undefined;
      }
    }
  }
}

/** A session of its own holding the run's lease lock. */
async function lock(serverUrl: string, runId: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: serverUrl,
    application_name: `${adminApplicationName(runId)}:lease`,
    // A server that takes connections but never answers must not hold up a relock (or release) forever.
    connectionTimeoutMillis: 10_000,
  });
  // The lease's session sits idle for the whole run: if the server or a port proxy ends it, pg
  // emits 'error' on the idle client, and unheard that ends the process (vitest's global setup
  // holds this lease in its main process); its 'end' starts the relock.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query(`SELECT pg_advisory_lock(${LEASE_SQL})`, [runId]);
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** pg's errors for a query on a connection that has ended (by the server, a proxy or `end()`). */
function isConnectionGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|Client was closed|not queryable|ECONNRESET|EPIPE/.test(message);
}

/** Drops the databases of runs that died before their teardown (their lease is free); keeps kept ones. */
export async function reapAbandonedRuns(serverUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; datistemplate: boolean }>(
      `SELECT datname, datistemplate FROM pg_database
        WHERE datname LIKE 'seams\\_%' AND coalesce(shobj_description(oid, 'pg_database'), '') <> $1`,
      [KEPT_COMMENT],
    );
    const runs = new Set(rows.flatMap(({ datname }) => RUN_OF_DATABASE.exec(datname)?.[1] ?? []));
    const reaped: string[] = [];
    for (const runId of runs) {
      const { rows: lease } = await client.query<{ free: boolean }>(
        `SELECT pg_try_advisory_lock(${LEASE_SQL}) AS free`,
        [runId],
      );
      if (!lease[0]?.free) continue;
      for (const { datname, datistemplate } of rows.filter(
        (row) => RUN_OF_DATABASE.exec(row.datname)?.[1] === runId,
      )) {
        await dropDatabase(client, datname, datistemplate);
        reaped.push(datname);
      }
      await client.query(`SELECT pg_advisory_unlock(${LEASE_SQL})`, [runId]);
    }
    return reaped;
  } finally {
    await client.end();
  }
}
