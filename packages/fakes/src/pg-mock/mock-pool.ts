import pg from 'pg';
import type { ExpectationLedger, PreparedStatements } from './expectation-ledger.js';
import { MockClient } from './mock-client.js';
import { PgMockError } from './pg-mock-error.js';
import { deliver, isCallback, type QueryArguments, readQueryArguments } from './query-call.js';

/** What `pool.connect(callback)` calls back with, as pg-pool does. */
export type ConnectCallback = (
  err: Error | undefined,
  client: MockClient | undefined,
  done: (release?: Error | boolean) => void,
) => void;

/**
 * A `pg.Pool` whose statements go to the mock's expectations: `query` (promise or callback),
 * `connect` → a `MockClient` (a `pg.PoolClient`), `end`, and pg's events (the mock emits none).
 * It never opens a connection.
 */
export class MockPool extends pg.Pool {
  readonly #ledger: ExpectationLedger;
  readonly #clients: MockClient[] = [];
  // pool.query is taken as one connection: sequential calls reuse pg-pool's most recent idle client.
  readonly #prepared: PreparedStatements = new Map();

  constructor(ledger: ExpectationLedger) {
    super();
    this.#ledger = ledger;
  }

  /** Every client `connect()` handed out, in order. */
  get clients(): readonly MockClient[] {
    return this.#clients;
  }

  // pg's overloads (see pg.Pool), so the mock is a pg.Pool; one implementation below.
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

  override connect(): Promise<MockClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: unknown): Promise<MockClient> | undefined {
    const connecting = this.#connect();
    if (!isCallback(callback)) return connecting;
    // pg-pool's third argument: `done(error?)` releases the client.
    connecting.then(
      (client) => callback(undefined, client, (release?: Error | boolean) => client.release(release)),
      (error: unknown) => callback(error, undefined, () => undefined),
    );
    return undefined;
  }

  /** Ends the pool; expected with `mock.expectClose()`. A second call is misuse, as pg-pool rejects it. */
  override end(): Promise<void>;
  override end(callback: (err?: Error) => void): void;
  override end(callback?: unknown): Promise<void> | undefined {
    return deliver(this.#end(), callback);
  }

  async #answer({ sql, values, name, rowMode }: QueryArguments): Promise<pg.QueryResult> {
    this.#assertOpen(sql);
    await this.#ledger.connect();
    return this.#ledger.answer({ sql, values, name, via: 'pool.query' }, rowMode, this.#prepared);
  }

  async #connect(): Promise<MockClient> {
    this.#assertOpen('connect()');
    await this.#ledger.connect();
    const client = new MockClient(this.#clients.length + 1, this.#ledger);
    this.#clients.push(client);
    return client;
  }

  async #end(): Promise<void> {
    this.#assertOpen('pool.end()');
    await super.end(); // pg-pool's own state: `ending` and `ended` become true
    await this.#ledger.close();
  }

  #assertOpen(what: string): void {
    if (!this.ending) return;
    throw this.#ledger.fail(new PgMockError('PG_MOCK_CLIENT_MISUSE', `pg-mock: ${what} after pool.end()`));
  }
}
