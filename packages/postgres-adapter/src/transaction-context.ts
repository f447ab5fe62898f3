import { AsyncLocalStorage } from 'node:async_hooks';
import { holdClient } from './held-client.js';
import type { PostgresPool, PostgresPoolClient, PostgresQueryable } from './postgres-client.js';
import { isConnectionError, mapPostgresError } from './postgres-errors.js';

interface OpenTransaction {
  readonly pool: PostgresPool;
  readonly client: PostgresPoolClient;
  open: boolean;
}

/** A store used after its unit of work ended (e.g. from a task it left running). */
export class TransactionClosedError extends Error {
  readonly code = 'TRANSACTION_CLOSED';
  constructor() {
    super('used a PostgreSQL transaction after its unit of work had ended');
    this.name = 'TransactionClosedError';
  }
}

// One storage for every pool: a store built on `pool` joins whatever transaction a unit of work
// opened on that same pool in the current async context, so scope-bound and standalone stores agree.
const storage = new AsyncLocalStorage<OpenTransaction>();

/** The client of the transaction open on `pool` in this async context, if any. */
function currentClient(pool: PostgresPool): PostgresPoolClient | undefined {
  const transaction = storage.getStore();
  if (transaction?.pool !== pool) return undefined;
  if (!transaction.open) throw new TransactionClosedError();
  return transaction.client;
}

/**
 * Where a query on `pool` goes: the client of the transaction a `PostgresUnitOfWork` opened on
 * that pool in this async context, else the pool itself (autocommit). Your own repositories call
 * it for every query, so they join the unit of work's transaction exactly as the outbox store does.
 * Throws `TransactionClosedError` when called from work whose unit of work has already ended.
 *
 * @example
 * async insert(invoice: Invoice): Promise<void> {
 *   await transactionOrPool(this.#pool).query('INSERT INTO invoices (id, total) VALUES ($1, $2)', [
 *     invoice.id,
 *     invoice.total,
 *   ]);
 * }
 */
export function transactionOrPool(pool: PostgresPool): PostgresQueryable {
  return currentClient(pool) ?? pool;
}

/**
 * Runs `work` in a transaction on `pool`: joins the one open in this async context, or opens one
 * on a pooled client. A thrown error rolls back and is rethrown unchanged; the client always
 * goes back to the pool (discarded if rollback failed, since its state is then unknown).
 */
export async function inTransaction<T>(
  pool: PostgresPool,
  work: (client: PostgresQueryable) => Promise<T>,
): Promise<T> {
  const joined = currentClient(pool);
  if (joined) return work(joined);
  const held = await holdClient(pool);
  const { client } = held;
  const transaction: OpenTransaction = { pool, client, open: true };
  let broken: Error | undefined;
  try {
    await control(client, 'BEGIN');
    const result = await storage.run(transaction, () => work(client));
    await control(client, 'COMMIT');
    return result;
  } catch (error) {
    broken = connectionLost(error) ?? (await rollback(client));
    throw error;
  } finally {
    transaction.open = false;
    held.release(broken);
  }
}

async function control(client: PostgresQueryable, command: 'BEGIN' | 'COMMIT'): Promise<void> {
  try {
    await client.query(command);
  } catch (error) {
    throw mapPostgresError(error, { entity: 'transaction', id: command });
  }
}

/**
 * The connection error behind `error` (itself or a cause), if the transaction failed because the
 * link did. A `ROLLBACK` sent down a partitioned link would wait a whole query timeout more;
 * discarding the client closes the connection instead, and the server rolls back when it sees that.
 */
function connectionLost(error: unknown): Error | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (isConnectionError(cause)) return cause;
    cause = cause.cause;
  }
  return undefined;
}

/** Rolls back; returns the error when that fails too, so the caller discards the client. */
async function rollback(client: PostgresQueryable): Promise<Error | undefined> {
  try {
    await client.query('ROLLBACK');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
