import { ExpectationLedger } from './expectation-ledger.js';
import { MockPool } from './mock-pool.js';
import { PgMock } from './pg-mock.js';
import type { SqlMatching } from './sql-pattern.js';

/** Options of `createPgMock`. */
export interface PgMockOptions {
  /**
   * How expected SQL strings compare with what is sent: whitespace-normalised equality (default),
   * `exact`, `regex`, or a function `(expectedSql, actualSql) => boolean` (go-sqlmock's
   * `QueryMatcherFunc`). A RegExp expectation is always a regex.
   */
  readonly matching?: SqlMatching;
  /** Expectations must be met in the order declared (default true); false accepts any order, as go-sqlmock's `MatchExpectationsInOrder(false)`. */
  readonly inOrder?: boolean;
  /** @deprecated Use `inOrder`. */
  readonly ordered?: boolean;
}

/**
 * A `pg` pool whose statements are checked against expectations, in the manner of go-sqlmock:
 * pins the SQL a repository sends and what it does with each answer, with no database.
 *
 * @example
 * const { pool, mock } = createPgMock();
 * mock.expectQuery('SELECT id FROM invoices WHERE id = $1').withArgs('inv-1').willReturnRows([{ id: 'inv-1' }]);
 * await new PostgresInvoiceRepository({ pool }).find('inv-1');
 * mock.verify();
 */
export function createPgMock(options: PgMockOptions = {}): { pool: MockPool; mock: PgMock } {
  const ledger = new ExpectationLedger({
    matching: options.matching ?? 'normalized',
    ordered: options.inOrder ?? options.ordered ?? true,
  });
  const pool = new MockPool(ledger);
  return { pool, mock: new PgMock(ledger, pool) };
}
