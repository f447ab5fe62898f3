import type pg from 'pg';
import type { ExpectationLedger, PreparedStatements } from './expectation-ledger.js';
import { MockClient, type MockQueryInput, readQueryInput } from './mock-client.js';
import { PgMockError } from './pg-mock-error.js';

/**
 * What `pg.Pool` is to the code under test: `query`, `connect` → client with `query` and
 * `release`, `end`, `on`. Every statement goes to the mock's expectations.
 */
export class MockPool {
  readonly #ledger: ExpectationLedger;
  readonly #clients: MockClient[] = [];
  // pool.query is taken as one connection: sequential calls reuse pg-pool's most recent idle client.
  readonly #prepared: PreparedStatements = new Map();
  #ended = false;

  constructor(ledger: ExpectationLedger) {
    this.#ledger = ledger;
  }

  /** Every client `connect()` handed out, in order. */
  get clients(): readonly MockClient[] {
    return this.#clients;
  }

  async query(input: MockQueryInput, values?: unknown[]): Promise<pg.QueryResult> {
    const { sql, values: args, name, rowMode } = readQueryInput(input, values);
    this.#assertOpen(sql);
    await this.#ledger.connect();
    return this.#ledger.answer({ sql, values: args, name, via: 'pool.query' }, rowMode, this.#prepared);
  }

  async connect(): Promise<MockClient> {
    this.#assertOpen('connect()');
    await this.#ledger.connect();
    const client = new MockClient(this.#clients.length + 1, this.#ledger);
    this.#clients.push(client);
    return client;
  }

  /** Ends the pool; expected with `mock.expectClose()`. A second call is misuse, as pg-pool rejects it. */
  async end(): Promise<void> {
    this.#assertOpen('pool.end()');
    this.#ended = true;
    await this.#ledger.close();
  }

  /** Accepted for pg compatibility (`pool.on('error', ...)`); the mock emits no events. */
  on(_event: string, _listener: (...args: unknown[]) => void): this {
    return this;
  }

  #assertOpen(what: string): void {
    if (!this.#ended) return;
    throw this.#ledger.fail(new PgMockError('PG_MOCK_CLIENT_MISUSE', `pg-mock: ${what} after pool.end()`));
  }
}
