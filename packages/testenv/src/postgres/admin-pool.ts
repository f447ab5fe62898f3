import pg from 'pg';

/** `application_name` of every admin connection of a run: teardown ends them by this before sweeping. */
export const adminApplicationName = (runId: string): string => `seams-testenv:${runId}`;

/**
 * Connections to the server's maintenance database, for CREATE/DROP DATABASE. Idle connections do
 * not keep a worker alive: a worker ends when its tests do, and the run's teardown sweeps the rest.
 */
export function createAdminPool(serverUrl: string, runId: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: serverUrl,
    max: 3,
    application_name: adminApplicationName(runId),
    allowExitOnIdle: true,
    idleTimeoutMillis: 5_000,
  });
  // The run's sweep ends its admin connections (`sweepDatabases`), possibly while one is idle or
  // still closing: the pool reports that as an error, which is no failure of any test.
  pool.on('error', () => {});
  return pool;
}
