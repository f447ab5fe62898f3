import type pg from 'pg';
import type { ExpectationLedger, PreparedStatements } from './expectation-ledger.js';
import { PgMockError } from './pg-mock-error.js';

/** What `pool.query` and `client.query` accept: text and values, or pg's query config. */
export type MockQueryInput = string | { text: string; values?: unknown[]; name?: string; rowMode?: string };

/** Splits a query call into SQL, values, statement name and row mode, the way pg reads its arguments. */
export function readQueryInput(input: MockQueryInput, values?: unknown[]) {
  if (typeof input === 'string')
    return { sql: input, values: values ?? [], name: undefined, rowMode: undefined };
  return { sql: input.text, values: values ?? input.values ?? [], name: input.name, rowMode: input.rowMode };
}

/** A client from `pool.connect()`: queries go to the mock's expectations; `release()` is tracked. */
export class MockClient {
  #released = false;
  #discarded = false;
  readonly #prepared: PreparedStatements = new Map();

  constructor(
    readonly id: number,
    readonly ledger: ExpectationLedger,
  ) {}

  /** True once `release()` was called. */
  get released(): boolean {
    return this.#released;
  }

  /** True when released with an error or `true`: pg then destroys the connection instead of reusing it. */
  get discarded(): boolean {
    return this.#discarded;
  }

  async query(input: MockQueryInput, values?: unknown[]): Promise<pg.QueryResult> {
    const call = readQueryInput(input, values);
    if (this.#released) {
      const message = `pg-mock: client #${this.id} used after release(): ${call.sql}`;
      throw this.ledger.fail(new PgMockError('PG_MOCK_CLIENT_MISUSE', message));
    }
    const { sql, values: args, name } = call;
    return this.ledger.answer(
      { sql, values: args, name, via: `client #${this.id}` },
      call.rowMode,
      this.#prepared,
    );
  }

  /** As pg: a second release throws; `release(error)` or `release(true)` discards the client. */
  release(error?: Error | boolean): void {
    if (this.#released) {
      const message = `pg-mock: release() called twice on client #${this.id} (pg throws here too)`;
      throw this.ledger.fail(new PgMockError('PG_MOCK_CLIENT_MISUSE', message));
    }
    this.#released = true;
    this.#discarded = error !== undefined && error !== false;
  }
}
