import {
  type CloseExpectation,
  type ConnectExpectation,
  type ExecExpectation,
  Expectation,
  type ExpectationKind,
  type PrepareExpectation,
  type QueryExpectation,
  type TransactionExpectation,
} from './expectation.js';
import type { ExpectationLedger } from './expectation-ledger.js';
import type { QueryCall } from './failure-message.js';
import type { MockPool } from './mock-pool.js';
import { PgMockError } from './pg-mock-error.js';
import type { SqlPattern } from './sql-pattern.js';

// `BEGIN` may be spelled `BEGIN ISOLATION LEVEL ...` or `START TRANSACTION`; savepoints are not these.
const BEGIN = /^\s*(BEGIN|START\s+TRANSACTION)\b(?!.*\bSAVEPOINT\b)/i;
const COMMIT = /^\s*(COMMIT|END)\s*(TRANSACTION|WORK)?\s*;?\s*$/i;
const ROLLBACK = /^\s*(ROLLBACK|ABORT)\s*(TRANSACTION|WORK)?\s*;?\s*$/i;

/** The expectation side of `createPgMock`: declare statements, then assert they all ran. */
export class PgMock {
  readonly #ledger: ExpectationLedger;
  readonly #pool: MockPool;

  constructor(ledger: ExpectationLedger, pool: MockPool) {
    this.#ledger = ledger;
    this.#pool = pool;
  }

  /** A statement that returns rows; answer with `.willReturnRows(rows)`. */
  expectQuery(sql: SqlPattern): QueryExpectation {
    return this.#add('expectQuery', sql);
  }

  /** A statement whose answer is a row count; answer with `.willReturnRowCount(n)`. */
  expectExec(sql: SqlPattern): ExecExpectation {
    return this.#add('expectExec', sql);
  }

  expectBegin(): TransactionExpectation {
    return this.#add('expectBegin', BEGIN, 'BEGIN');
  }

  expectCommit(): TransactionExpectation {
    return this.#add('expectCommit', COMMIT, 'COMMIT');
  }

  expectRollback(): TransactionExpectation {
    return this.#add('expectRollback', ROLLBACK, 'ROLLBACK');
  }

  /**
   * The Parse of the named statement `name` (pg's `{ name, text, values }`), as go-sqlmock's
   * `ExpectPrepare`: pg parses a name once per connection, on its first use, then only executes
   * it. Expect each execution with `.expectQuery()` or `.expectExec()` on the result. Named
   * statements the test never mentions here are matched as plain statements.
   *
   * @example
   * const byId = mock.expectPrepare('invoice-by-id', 'SELECT * FROM invoices WHERE id = $1');
   * byId.expectQuery().withArgs('inv-1').willReturnRows([invoice]);
   * byId.expectQuery().withArgs('inv-2').willReturnRows([]);
   */
  expectPrepare(name: string, sql: SqlPattern): PrepareExpectation {
    const parse = this.#add('expectPrepare', sql, undefined, name);
    const prepared: PrepareExpectation = {
      expectQuery: () => this.#add('expectQuery', sql, undefined, name),
      expectExec: () => this.#add('expectExec', sql, undefined, name),
      willReturnError: (error) => {
        parse.willReturnError(error);
        return prepared;
      },
      willDelay: (ms) => {
        parse.willDelay(ms);
        return prepared;
      },
      times: (n) => {
        parse.times(n);
        return prepared;
      },
    };
    return prepared;
  }

  /**
   * A connection checked out (`pool.connect()`, or the one `pool.query` takes). Connections are
   * only checked where this is expected: in order, when it is the next expectation.
   */
  expectConnect(): ConnectExpectation {
    return this.#add('expectConnect', '', 'connect');
  }

  /** `pool.end()`, as go-sqlmock's `ExpectClose`: ending the pool without it fails. */
  expectClose(): CloseExpectation {
    return this.#add('expectClose', '', 'pool.end()');
  }

  /** Every statement sent, matched or not, in call order. */
  get calls(): readonly QueryCall[] {
    return this.#ledger.calls;
  }

  /** Throws a `PgMockError` listing every expectation not run its times, and the first failure if any. */
  assertAllMet(): void {
    this.#ledger.assertAllMet();
  }

  /** Throws a `PgMockError` naming every client checked out and never released, with what it ran. */
  assertAllReleased(): void {
    const leaked = this.#pool.clients.filter((client) => !client.released);
    if (leaked.length === 0) return;
    const lines = leaked.map((client) => {
      const ran = this.calls.filter((call) => call.via === `client #${client.id}`).map((call) => call.sql);
      return `  - client #${client.id}, which ran: ${ran.join(' | ') || '(nothing)'}`;
    });
    const message = [`pg-mock: ${leaked.length} client(s) never released:`, ...lines].join('\n');
    throw new PgMockError('PG_MOCK_UNRELEASED_CLIENT', message);
  }

  /** `assertAllMet()` then `assertAllReleased()`: the usual last line of a test (or an `afterEach`). */
  verify(): void {
    this.assertAllMet();
    this.assertAllReleased();
  }

  #add(kind: ExpectationKind, sql: SqlPattern, label?: string, statementName?: string): Expectation {
    const index = this.#ledger.expectations.length + 1;
    const expectation = new Expectation(kind, index, sql, label, statementName);
    this.#ledger.expectations.push(expectation);
    return expectation;
  }
}
