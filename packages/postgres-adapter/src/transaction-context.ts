import { AsyncLocalStorage } from 'node:async_hooks';
import { SeamsError } from '@seams/ports';
import { holdClient } from './held-client.js';
import type { PostgresPool, PostgresPoolClient, PostgresQueryable } from './postgres-client.js';
import { isConnectionError, mapPostgresError } from './postgres-errors.js';

interface OpenTransaction {
  readonly pool: PostgresPool;
  readonly client: PostgresPoolClient;
  open: boolean;
}

/** A store used after its unit of work ended (e.g. from a task it left running). */
export class TransactionClosedError extends SeamsError {
  readonly code = 'TRANSACTION_CLOSED';
  constructor() {
    super('used a PostgreSQL transaction after its unit of work had ended');
    this.name = 'TransactionClosedError';
  }
}

// One storage for every pool: a store built on `pool` joins whatever transaction a unit of work
// opened on that same pool in the current async context, so scope-bound and standalone stores agree.
const storage = new AsyncLocalStorage<OpenTransaction>();

/**
 * A pool bound to one open transaction: what `PostgresUnitOfWork` hands its `scope`, so the stores
 * built there run in the transaction without looking it up in the async context.
 */
class TransactionPool implements PostgresPool {
  readonly #transaction: OpenTransaction;

  constructor(transaction: OpenTransaction) {
    this.#transaction = transaction;
  }

  /** The transaction's client; `TransactionClosedError` once its unit of work has ended. */
  get client(): PostgresPoolClient {
    if (!this.#transaction.open) throw new TransactionClosedError();
    return this.#transaction.client;
  }

  query(text: string, values?: unknown[]) {
    return this.client.query(text, values);
  }

  /** The transaction's own client: releasing it gives nothing back, the unit of work does that. */
  async connect(): Promise<PostgresPoolClient> {
    const { client } = this;
    return { query: (text, values) => client.query(text, values), release: () => undefined };
  }
}

/** The transaction open on `pool`: itself for a transaction's pool, else the async context's on `pool`. */
function currentTransaction(pool: PostgresPool): TransactionPool | undefined {
  if (pool instanceof TransactionPool) return pool;
  const transaction = storage.getStore();
  if (transaction?.pool !== pool) return undefined;
  if (!transaction.open) throw new TransactionClosedError();
  return new TransactionPool(transaction);
}

/**
 * Where a query on `pool` goes: for the pool a `PostgresUnitOfWork` handed its `scope`, that
 * transaction's client; else the client of the transaction a unit of work opened on `pool` in this
 * async context (with `asyncContext` on, the default); else the pool itself (autocommit). Your own repositories call
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
  return currentTransaction(pool)?.client ?? pool;
}

/** How `inTransaction` makes its transaction known to the work's stores. */
export interface TransactionOptions {
  /**
   * Also through the async context (AsyncLocalStorage), so any store on `pool` called from the work
   * joins. Off, only `transaction` (and stores built on it) and the client reach it. On Node 20 and
   * 22, once AsyncLocalStorage has run, every promise in the process pays for context tracking.
   */
  readonly asyncContext: boolean;
}

/**
 * Runs `work` in a transaction on `pool`: joins the one open on a transaction's pool or in this
 * async context, or opens one on a pooled client. `work` gets the client and a pool bound to the
 * transaction. A thrown error rolls back and is rethrown unchanged; the client always goes back to
 * the pool (discarded if rollback failed, since its state is then unknown).
 */
export async function inTransaction<T>(
  pool: PostgresPool,
  work: (client: PostgresQueryable, transaction: PostgresPool) => Promise<T>,
  options: TransactionOptions,
): Promise<T> {
  const joined = currentTransaction(pool);
  if (joined) return work(joined.client, joined);
  const held = await holdClient(pool);
  const { client } = held;
  const transaction: OpenTransaction = { pool, client, open: true };
  const bound = new TransactionPool(transaction);
  let broken: Error | undefined;
  try {
    await control(client, 'BEGIN');
    const result = await (options.asyncContext
      ? storage.run(transaction, () => work(client, bound))
      : work(client, bound));
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
