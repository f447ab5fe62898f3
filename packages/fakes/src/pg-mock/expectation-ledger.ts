import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { argMismatches } from './arg-matchers.js';
import type { Expectation } from './expectation.js';
import { type QueryCall, unexpectedQueryMessage, unmetMessage } from './failure-message.js';
import { buildResult } from './mock-result.js';
import { PgMockError } from './pg-mock-error.js';
import { isLiteral, normalizeSql, type SqlMatching, sqlMatches } from './sql-pattern.js';
import { diffSize } from './word-diff.js';

/** How a mock matches statements to expectations. */
export interface LedgerOptions {
  readonly matching: SqlMatching;
  readonly ordered: boolean;
}

/**
 * The expectations, the calls, and the first failure. Once something failed, every later call
 * fails too: code that swallows the first error must not turn the rest of the test green.
 */
export class ExpectationLedger {
  readonly expectations: Expectation[] = [];
  readonly calls: QueryCall[] = [];
  #failure: PgMockError | undefined;

  constructor(readonly options: LedgerOptions) {}

  get failure(): PgMockError | undefined {
    return this.#failure;
  }

  /** Records the first failure (later ones are consequences) and returns `error` to throw. */
  fail(error: PgMockError): PgMockError {
    this.#failure ??= error;
    return error;
  }

  /** Matches `call`, then answers it after the expectation's delay, or rejects it. */
  async answer(call: QueryCall, rowMode?: string): Promise<pg.QueryResult> {
    const expectation = this.#take(call);
    const { delayMs, error, ...answer } = expectation.answer;
    if (delayMs > 0) await sleep(delayMs);
    if (error !== undefined) throw error;
    return buildResult(call.sql, answer, rowMode);
  }

  /** Throws unless every expectation ran its times and nothing failed. */
  assertAllMet(): void {
    const unmet = this.expectations.filter((e) => e.remaining > 0);
    if (unmet.length === 0 && !this.#failure) return;
    throw new PgMockError(
      'PG_MOCK_UNMET_EXPECTATIONS',
      unmetMessage(unmet, this.#failure, this.options.matching),
    );
  }

  #take(call: QueryCall): Expectation {
    this.calls.push(call);
    if (this.#failure) {
      const message = `pg-mock: ${normalizeSql(call.sql)} (via ${call.via}) refused after an earlier failure:\n${this.#failure.message}`;
      throw new PgMockError('PG_MOCK_EARLIER_FAILURE', message, { cause: this.#failure });
    }
    const remaining = this.expectations.filter((e) => e.remaining > 0);
    const pool = this.options.ordered ? remaining.slice(0, 1) : remaining;
    const match = pool.find((e) => this.#accepts(e, call));
    if (!match) throw this.fail(this.#unexpected(call, remaining));
    if (match.lacksAnswer) {
      const message = `pg-mock: ${match.describe(this.options.matching)} has no answer: add .willReturnRowCount(n) or .willReturnError(err)`;
      throw this.fail(new PgMockError('PG_MOCK_UNEXPECTED_QUERY', message));
    }
    match.used += 1;
    return match;
  }

  #accepts(expectation: Expectation, call: QueryCall): boolean {
    if (!sqlMatches(expectation.pattern, call.sql, this.options.matching)) return false;
    return expectation.args === undefined || argMismatches(expectation.args, call.values).length === 0;
  }

  #unexpected(call: QueryCall, remaining: readonly Expectation[]): PgMockError {
    const { matching, ordered } = this.options;
    const candidate = ordered ? remaining[0] : closest(remaining, call.sql, matching);
    const context = { matching, ordered, total: this.expectations.length };
    return new PgMockError('PG_MOCK_UNEXPECTED_QUERY', unexpectedQueryMessage(call, candidate, context));
  }
}

/** The remaining expectation whose SQL is nearest to `sql` (regex ones rank last). */
function closest(
  remaining: readonly Expectation[],
  sql: string,
  matching: SqlMatching,
): Expectation | undefined {
  const distance = (e: Expectation) =>
    sqlMatches(e.pattern, sql, matching)
      ? 0
      : isLiteral(e.pattern, matching)
        ? diffSize(normalizeSql(e.pattern), normalizeSql(sql))
        : Number.POSITIVE_INFINITY;
  return [...remaining].sort((a, b) => distance(a) - distance(b))[0];
}
