import type { PostgresPool, PostgresPoolClient } from '@seams/postgres-adapter';

/** A pool that records the text of every statement sent through it or a client it lent. */
export interface CountingPool {
  readonly pool: PostgresPool;
  /** Every statement since the last `take`, in order; `take` starts a new count. */
  take(): string[];
}

/** Wraps `pool` so a test counts the SQL round trips a use case makes (each `query` is one). */
export function countingPool(pool: PostgresPool): CountingPool {
  let sent: string[] = [];
  const counted: PostgresPool = {
    query(text, values) {
      sent.push(text);
      return pool.query(text, values);
    },
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query(text, values) {
          sent.push(text);
          return client.query(text, values);
        },
        release: (error) => client.release(error),
        ...(client.on ? { on: (event, listener) => client.on?.(event, listener) } : {}),
        ...(client.removeListener
          ? { removeListener: (event, listener) => client.removeListener?.(event, listener) }
          : {}),
      };
    },
  };
  return {
    pool: counted,
    take() {
      const taken = sent;
      sent = [];
      return taken;
    },
  };
}
