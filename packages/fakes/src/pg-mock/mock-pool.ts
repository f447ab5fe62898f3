import type pg from 'pg';
import type { ExpectationLedger } from './expectation-ledger.js';
import { MockClient, type MockQueryInput, readQueryInput } from './mock-client.js';
import { PgMockError } from './pg-mock-error.js';

/**
 * What `pg.Pool` is to the code under test: `query`, `connect` → client with `query` and
 * `release`, `end`, `on`. Every statement goes to the mock's expectations.
 */
export class MockPool {
  readonly #ledger: ExpectationLedger;
  readonly #clients: MockClient[] = [];
  #ended = false;

  constructor(ledger: ExpectationLedger) {
    this.#ledger = ledger;
  }

  /** Every client `connect()` handed out, in order. */
  get clients(): readonly MockClient[] {
    return this.#clients;
  }

  async query(input: MockQueryInput, values?: unknown[]): Promise<pg.QueryResult> {
    const call = readQueryInput(input, values);
    this.#assertOpen(call.sql);
    return this.#ledger.answer({ sql: call.sql, values: call.values, via: 'pool.query' }, call.rowMode);
  }

  async connect(): Promise<MockClient> {
    this.#assertOpen('connect()');
    const client = new MockClient(this.#clients.length + 1, this.#ledger);
    this.#clients.push(client);
    return client;
  }

  async end(): Promise<void> {
    this.#ended = true;
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
