import type { PostgresPool, PostgresPoolClient } from './postgres-client.js';
import { mapPostgresError } from './postgres-errors.js';

/** A client checked out for several queries, and the one way to give it back. */
export interface HeldClient {
  readonly client: PostgresPoolClient;
  /** Returns the client to the pool; with an error, or after its connection dropped, the pool discards it. */
  release(error?: Error): void;
}

/**
 * Checks a client out of `pool` for a caller that holds it across several queries.
 *
 * pg takes the pool's error listener off a client while it is checked out, so a connection that
 * drops between two queries (a server restart, a failover, `pg_terminate_backend`) emits 'error'
 * with nobody listening, and Node ends the process. The listener added here keeps the process
 * alive: the client's pending and next queries reject with the cause, and `release` discards the
 * client instead of handing a dead connection to the next caller.
 */
export async function holdClient(pool: PostgresPool): Promise<HeldClient> {
  let client: PostgresPoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw mapPostgresError(error, { entity: 'connection', id: 'pool' });
  }
  let dropped: Error | undefined;
  const onError = (error: Error) => {
    dropped ??= error;
  };
  client.on?.('error', onError);
  let released = false;
  return {
    client,
    release(error) {
      if (released) return;
      released = true;
      client.removeListener?.('error', onError);
      client.release(error ?? dropped);
    },
  };
}
