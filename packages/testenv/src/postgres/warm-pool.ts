import pg from 'pg';

/**
 * A pg pool on one test database with a connection already open, so the test's first query does
 * not pay for connecting (a few ms on loopback, far more under load). The idle connection neither
 * times out while the database waits in the clone pool nor keeps the process alive.
 */
export async function openWarmPool(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, idleTimeoutMillis: 0, allowExitOnIdle: true });
  // Idle connections end when the database is dropped (WITH FORCE); that is no error of the test's.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}
