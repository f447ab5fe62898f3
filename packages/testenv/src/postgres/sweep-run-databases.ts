import pg from 'pg';
import { adminApplicationName } from './admin-pool.js';
import { KEPT_COMMENT, runPrefix } from './database-names.js';
import { dropDatabase } from './drop-database.js';

/**
 * Drops every database of the run that is still there (pools, drops a finished worker never got
 * to), except those kept by `KEEP_FAILED_DB=1`. Templates belong to no run and stay for the next.
 * Returns the names dropped.
 */
export async function sweepDatabases(serverUrl: string, runId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // A worker's unfinished background clone would otherwise recreate a database after the sweep.
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
      [adminApplicationName(runId)],
    );
    const { rows } = await client.query<{ datname: string; datistemplate: boolean }>(
      `SELECT datname, datistemplate FROM pg_database
        WHERE left(datname, length($1)) = $1
          AND coalesce(shobj_description(oid, 'pg_database'), '') <> $2`,
      [runPrefix(runId), KEPT_COMMENT],
    );
    for (const { datname, datistemplate } of rows) await dropDatabase(client, datname, datistemplate);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}
