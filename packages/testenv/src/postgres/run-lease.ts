import pg from 'pg';
import { adminApplicationName } from './admin-pool.js';
import { KEPT_COMMENT } from './database-names.js';
import { dropDatabase } from './drop-database.js';

// Two-key advisory locks live apart from ensureTemplate's one-key ones.
const LEASE_SQL = "hashtext('seams-testenv'), hashtext($1)";
const RUN_OF_DATABASE = /^seams_([a-z0-9]{8})_/;

/**
 * A session advisory lock held for as long as a run lives. The server releases it when the run's
 * process dies however it dies, so a later run can tell an abandoned run's databases (no lease)
 * from a live one's, even with several runs sharing one server.
 */
export class RunLease {
  private constructor(
    private readonly client: pg.Client,
    private readonly runId: string,
  ) {}

  static async acquire(serverUrl: string, runId: string): Promise<RunLease> {
    const client = new pg.Client({
      connectionString: serverUrl,
      application_name: `${adminApplicationName(runId)}:lease`,
    });
    // The lease's session sits idle for the whole run: if the server or a port proxy ends it, pg
    // emits 'error' on the idle client, and unheard that ends the process (vitest's global setup
    // holds this lease in its main process). The server frees a lost session's lock itself, so the
    // run goes on: its databases are still swept by name at its end.
    client.on('error', () => {});
    await client.connect();
    await client.query(`SELECT pg_advisory_lock(${LEASE_SQL})`, [runId]);
    return new RunLease(client, runId);
  }

  /**
   * Unlocks before ending the session: behind a port proxy (Docker's) the client sees its connection
   * closed before the server has ended the session and freed its locks, and a reaper right after
   * would take a finished run for a live one (as TemplateLocks.close() once found in CI).
   */
  async release(): Promise<void> {
    try {
      await this.client.query(`SELECT pg_advisory_unlock(${LEASE_SQL})`, [this.runId]);
    } catch (error) {
      // A session already ended holds no lock to release; any other failure is the caller's to see.
      if (!isConnectionGone(error)) throw error;
    } finally {
      await this.client.end().catch(() => undefined);
    }
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
