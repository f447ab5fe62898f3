import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { argMismatches } from './arg-matchers.js';
import type { Expectation, ExpectationKind } from './expectation.js';
import { type LedgerEvent, type QueryCall, unexpectedMessage, unmetMessage } from './failure-message.js';
import { buildResult } from './mock-result.js';
import { PgMockError } from './pg-mock-error.js';
import { isLiteral, normalizeSql, type SqlMatching, sqlMatches } from './sql-pattern.js';
import { diffSize } from './word-diff.js';

/** How a mock matches statements to expectations. */
export interface LedgerOptions {
  readonly matching: SqlMatching;
  readonly ordered: boolean;
}

/** A connection's named statements and their text, as pg keeps them (`parsedStatements`). */
export type PreparedStatements = Map<string, string>;

const STATEMENT_KINDS: ReadonlySet<ExpectationKind> = new Set([
  'expectQuery',
  'expectExec',
  'expectBegin',
  'expectCommit',
  'expectRollback',
]);

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

  /**
   * Matches `call` (after the Parse of a named statement the test expects with `expectPrepare`),
   * then answers it after the expectation's delay, or rejects it.
   */
  async answer(
    call: QueryCall,
    rowMode: string | undefined,
    prepared: PreparedStatements,
  ): Promise<pg.QueryResult> {
    if (call.name !== undefined) await this.#prepare(call, call.name, prepared);
    const expectation = this.#take({ kind: 'statement', call });
    const { rows, rowCount, types } = expectation.answer;
    await settle(expectation);
    return buildResult(call.sql, { rows, rowCount, types }, rowMode);
  }

  /** A connection checked out: checked only when the next expectation (any, unordered) is `expectConnect`. */
  async connect(): Promise<void> {
    const remaining = this.expectations.filter((e) => e.remaining > 0);
    const candidates = this.options.ordered ? remaining.slice(0, 1) : remaining;
    const expectation = candidates.find((e) => e.kind === 'expectConnect');
    if (!expectation) return;
    expectation.used += 1;
    await settle(expectation);
  }

  /** `pool.end()`: must be expected with `expectClose`, as go-sqlmock's `ExpectClose`. */
  async close(): Promise<void> {
    await settle(this.#take({ kind: 'close' }));
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

  /** pg's rules for a named statement: one text per name and connection, parsed on first use. */
  async #prepare(call: QueryCall, name: string, prepared: PreparedStatements): Promise<void> {
    const previous = prepared.get(name);
    if (previous !== undefined && previous !== call.sql) {
      throw new Error(`Prepared statements must be unique - '${name}' was used for a different statement`);
    }
    if (previous !== undefined) return;
    if (this.#isPrepared(name)) await settle(this.#take({ kind: 'prepare', call }));
    prepared.set(name, call.sql);
  }

  /** True when the test expects the Parse of statement `name`, so its executions are checked as such. */
  #isPrepared(name: string | undefined): boolean {
    return this.expectations.some((e) => e.kind === 'expectPrepare' && e.statementName === name);
  }

  #take(event: LedgerEvent): Expectation {
    if (event.kind === 'statement') this.calls.push(event.call);
    if (this.#failure) {
      const what =
        event.kind === 'close' ? 'pool.end()' : `${normalizeSql(event.call.sql)} (via ${event.call.via})`;
      const message = `pg-mock: ${what} refused after an earlier failure:\n${this.#failure.message}`;
      throw new PgMockError('PG_MOCK_EARLIER_FAILURE', message, { cause: this.#failure });
    }
    const remaining = this.expectations.filter((e) => e.remaining > 0);
    const candidates = this.options.ordered ? remaining.slice(0, 1) : remaining;
    const match = candidates.find((e) => this.#accepts(e, event));
    if (!match) throw this.fail(this.#unexpected(event, remaining));
    if (match.lacksAnswer) {
      const message = `pg-mock: ${match.describe(this.options.matching)} has no answer: add .willReturnRowCount(n) or .willReturnError(err)`;
      throw this.fail(new PgMockError('PG_MOCK_UNEXPECTED_QUERY', message));
    }
    match.used += 1;
    return match;
  }

  #accepts(expectation: Expectation, event: LedgerEvent): boolean {
    if (event.kind === 'close') return expectation.kind === 'expectClose';
    const { call } = event;
    if (event.kind === 'prepare') {
      return (
        expectation.kind === 'expectPrepare' &&
        expectation.statementName === call.name &&
        sqlMatches(expectation.pattern, call.sql, this.options.matching)
      );
    }
    if (!STATEMENT_KINDS.has(expectation.kind)) return false;
    // Executions of a statement the test prepared belong to its expectations, and only those.
    const preparedName = this.#isPrepared(call.name) ? call.name : undefined;
    if (expectation.statementName !== preparedName) return false;
    if (!sqlMatches(expectation.pattern, call.sql, this.options.matching)) return false;
    return expectation.args === undefined || argMismatches(expectation.args, call.values).length === 0;
  }

  #unexpected(event: LedgerEvent, remaining: readonly Expectation[]): PgMockError {
    const { matching, ordered } = this.options;
    const candidate =
      ordered || event.kind === 'close' ? remaining[0] : closest(remaining, event.call.sql, matching);
    const context = { matching, ordered, total: this.expectations.length };
    const code = event.kind === 'close' ? 'PG_MOCK_UNEXPECTED_CLOSE' : 'PG_MOCK_UNEXPECTED_QUERY';
    return new PgMockError(code, unexpectedMessage(event, candidate, context));
  }
}

/** Waits the expectation's delay, then throws its error if it has one. */
async function settle(expectation: Expectation): Promise<void> {
  const { delayMs, error } = expectation.answer;
  if (delayMs > 0) await sleep(delayMs);
  if (error !== undefined) throw error;
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
