import { type FakeDatabase, FakePostgresClient, type FakeQueryInput } from './fake-postgres-client.js';
import { FakePostgresError } from './fake-postgres-error.js';
import type { FakeQueryResult } from './pg-mem-engine.js';

/**
 * A `pg.Pool` look-alike on the fake database: `query` runs one statement on a short-lived
 * client, `connect` checks out a client for a transaction. Unlike pg-mem's own `createPg()`,
 * each `connect` returns its own client object with its own transaction state.
 */
export class FakePostgresPool {
  readonly #database: FakeDatabase;
  readonly #checkedOut = new Set<FakePostgresClient>();
  #nextId: () => number;
  #ended = false;

  constructor(database: FakeDatabase, nextId: () => number) {
    this.#database = database;
    this.#nextId = nextId;
  }

  /** Clients checked out and not yet released: 0 after work that always releases. */
  get checkedOutCount(): number {
    return this.#checkedOut.size;
  }

  async query(input: FakeQueryInput, values?: unknown[]): Promise<FakeQueryResult> {
    const client = await this.connect();
    try {
      return await client.query(input, values);
    } finally {
      client.release();
    }
  }

  async connect(): Promise<FakePostgresClient> {
    if (this.#ended) throw new FakePostgresError('08006', 'fake postgres: the pool has ended');
    const client = new FakePostgresClient(this.#nextId(), this.#database, (released) =>
      this.#checkedOut.delete(released),
    );
    this.#checkedOut.add(client);
    return client;
  }

  /** Ends the pool: rolls back and releases every checked-out client; later `connect` calls fail. */
  async end(): Promise<void> {
    this.#ended = true;
    for (const client of [...this.#checkedOut]) client.release();
  }

  /** Accepted for pg compatibility (`pool.on('error', ...)`); the fake never emits events. */
  on(_event: string, _listener: (...args: unknown[]) => void): this {
    return this;
  }
}
