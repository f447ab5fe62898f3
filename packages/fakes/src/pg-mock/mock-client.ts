import pg from 'pg';
import type { ExpectationLedger, PreparedStatements } from './expectation-ledger.js';
import { PgMockError } from './pg-mock-error.js';
import { deliver, type QueryArguments, readQueryArguments } from './query-call.js';

/**
 * A client from `pool.connect()`: a `pg.PoolClient` whose queries go to the mock's expectations;
 * `release()` is tracked. It never opens a connection: `connect()` and `end()` are refused.
 */
export class MockClient extends pg.Client implements pg.PoolClient {
  readonly #ledger: ExpectationLedger;
  readonly #prepared: PreparedStatements = new Map();
  #released = false;
  #discarded = false;

  constructor(
    /** 1 for the first client `pool.connect()` handed out; failure messages say `client #1`. */
    readonly id: number,
    ledger: ExpectationLedger,
  ) {
    super();
    this.#ledger = ledger;
  }

  /** True once `release()` was called. */
  get released(): boolean {
    return this.#released;
  }

  /** True when released with an error or `true`: pg then destroys the connection instead of reusing it. */
  get discarded(): boolean {
    return this.#discarded;
  }

  // pg's overloads (see pg.ClientBase), so the client is a pg.PoolClient; one implementation below.
  override query<T extends pg.Submittable>(queryStream: T): T;
  override query<R extends unknown[] = unknown[], I = unknown[]>(
    queryConfig: pg.QueryArrayConfig<I>,
    values?: pg.QueryConfigValues<I>,
  ): Promise<pg.QueryArrayResult<R>>;
  override query<R extends pg.QueryResultRow = pg.QueryResultRow, I = unknown[]>(
    queryConfig: pg.QueryConfig<I>,
  ): Promise<pg.QueryResult<R>>;
  override query<R extends pg.QueryResultRow = pg.QueryResultRow, I = unknown[]>(
    queryTextOrConfig: string | pg.QueryConfig<I>,
    values?: pg.QueryConfigValues<I>,
  ): Promise<pg.QueryResult<R>>;
  override query<R extends unknown[] = unknown[], I = unknown[]>(
    queryConfig: pg.QueryArrayConfig<I>,
    callback: (err: Error, result: pg.QueryArrayResult<R>) => void,
  ): void;
  override query<R extends pg.QueryResultRow = pg.QueryResultRow, I = unknown[]>(
    queryTextOrConfig: string | pg.QueryConfig<I>,
    callback: (err: Error, result: pg.QueryResult<R>) => void,
  ): void;
  override query<R extends pg.QueryResultRow = pg.QueryResultRow, I = unknown[]>(
    queryText: string,
    values: pg.QueryConfigValues<I>,
    callback: (err: Error, result: pg.QueryResult<R>) => void,
  ): void;
  override query(...args: unknown[]): Promise<pg.QueryResult> | undefined {
    const call = readQueryArguments(this.#ledger, args);
    return deliver(this.#answer(call), call.callback);
  }

  /** As pg: a second release throws; `release(error)` or `release(true)` discards the client. */
  release(error?: Error | boolean): void {
    if (this.#released) {
      throw this.#misuse(`pg-mock: release() called twice on client #${this.id} (pg throws here too)`);
    }
    this.#released = true;
    this.#discarded = error !== undefined && error !== false;
  }

  /** Refused, as pg refuses it: `pool.connect()` hands out clients already connected. */
  override connect(): Promise<this>;
  override connect(callback: (err: Error) => void): void;
  override connect(callback?: unknown): Promise<this> | undefined {
    const message = `pg-mock: client #${this.id} is already connected (pool.connect() connected it; pg rejects this too)`;
    return deliver(Promise.reject(this.#misuse(message)), callback);
  }

  /** Refused: a mock client has no connection to close; `release(true)` discards it, as pg would. */
  override end(): Promise<void>;
  override end(callback: (err: Error) => void): void;
  override end(callback?: unknown): Promise<void> | undefined {
    const message = `pg-mock: client #${this.id}.end() is not supported: release(true) discards a client`;
    const error = this.#ledger.fail(new PgMockError('PG_MOCK_UNSUPPORTED', message));
    return deliver(Promise.reject(error), callback);
  }

  async #answer({ sql, values, name, rowMode }: QueryArguments): Promise<pg.QueryResult> {
    if (this.#released) throw this.#misuse(`pg-mock: client #${this.id} used after release(): ${sql}`);
    return this.#ledger.answer({ sql, values, name, via: `client #${this.id}` }, rowMode, this.#prepared);
  }

  #misuse(message: string): PgMockError {
    return this.#ledger.fail(new PgMockError('PG_MOCK_CLIENT_MISUSE', message));
  }
}
