import { describeArg, type ExpectedArg } from './arg-matchers.js';
import type { MockRow } from './mock-result.js';
import { describePattern, type SqlMatching, type SqlPattern } from './sql-pattern.js';

/** Which `expect*` call made an expectation; failure messages name it. */
export type ExpectationKind =
  | 'expectQuery'
  | 'expectExec'
  | 'expectBegin'
  | 'expectCommit'
  | 'expectRollback'
  | 'expectPrepare'
  | 'expectConnect'
  | 'expectClose';

/** What the mock answers when an expectation is met. */
export interface Answer {
  readonly rows: readonly MockRow[];
  readonly rowCount: number | null;
  readonly types: Readonly<Record<string, number>>;
  readonly error: unknown;
  readonly delayMs: number;
}

/** A statement that returns rows (`SELECT`, `... RETURNING`). */
export interface QueryExpectation {
  /** The parameters, in `$n` order: values (compared deeply), matchers, or predicates. Unchecked if never called. */
  withArgs(...args: ExpectedArg[]): QueryExpectation;
  /** Rows to return; `types` overrides a column's inferred type OID in `result.fields`. */
  willReturnRows(rows: readonly MockRow[], options?: { types?: Record<string, number> }): QueryExpectation;
  /** Reject the call with this error (see `pgError`). */
  willReturnError(error: unknown): QueryExpectation;
  /** Answer after this many milliseconds (real timers). */
  willDelay(ms: number): QueryExpectation;
  /** Expect the statement `n` times in a row (default 1). */
  times(n: number): QueryExpectation;
}

/** A statement whose answer is a row count (`INSERT`, `UPDATE`, `DELETE` without `RETURNING`). */
export interface ExecExpectation {
  withArgs(...args: ExpectedArg[]): ExecExpectation;
  /** The `rowCount` to report. Required unless `willReturnError` is given. */
  willReturnRowCount(count: number): ExecExpectation;
  willReturnError(error: unknown): ExecExpectation;
  willDelay(ms: number): ExecExpectation;
  times(n: number): ExecExpectation;
}

/** `BEGIN`, `COMMIT` or `ROLLBACK`. */
export interface TransactionExpectation {
  willReturnError(error: unknown): TransactionExpectation;
  willDelay(ms: number): TransactionExpectation;
  times(n: number): TransactionExpectation;
}

/**
 * The Parse of a named statement (pg's `{ name, text, values }`), sent on a connection's first use
 * of the name; its executions are expected with `expectQuery()` / `expectExec()`.
 */
export interface PrepareExpectation {
  /** An execution of the statement that returns rows. */
  expectQuery(): QueryExpectation;
  /** An execution of the statement answered with a row count. */
  expectExec(): ExecExpectation;
  /** The Parse fails (e.g. `pgError('42601', ...)`): the call rejects, and the name stays unprepared. */
  willReturnError(error: unknown): PrepareExpectation;
  willDelay(ms: number): PrepareExpectation;
  /** Parses expected: one per connection that uses the name (default 1). */
  times(n: number): PrepareExpectation;
}

/** `pool.connect()`, or the connection `pool.query` checks out. */
export interface ConnectExpectation {
  /** The connect fails: `connectionRefusedError(host, port)`, or `pgError('3D000', ..., { severity: 'FATAL' })`. */
  willReturnError(error: unknown): ConnectExpectation;
  willDelay(ms: number): ConnectExpectation;
  times(n: number): ConnectExpectation;
}

/** `pool.end()`. */
export interface CloseExpectation {
  willReturnError(error: unknown): CloseExpectation;
  willDelay(ms: number): CloseExpectation;
}

/** One expected statement or call; implements every builder interface, `expect*` hands out the right one. */
export class Expectation
  implements QueryExpectation, ExecExpectation, TransactionExpectation, ConnectExpectation, CloseExpectation
{
  args: readonly ExpectedArg[] | undefined;
  expectedTimes = 1;
  used = 0;
  #answer: { -readonly [K in keyof Answer]: Answer[K] } = {
    rows: [],
    rowCount: null,
    types: {},
    error: undefined,
    delayMs: 0,
  };
  #answered = false;

  constructor(
    readonly kind: ExpectationKind,
    readonly index: number,
    readonly pattern: SqlPattern,
    /** Shown instead of the pattern (`COMMIT` rather than the regex that accepts its spellings). */
    readonly label?: string,
    /** The named statement this Parse or execution belongs to. */
    readonly statementName?: string,
  ) {}

  withArgs(...args: ExpectedArg[]): this {
    this.args = args;
    return this;
  }

  willReturnRows(rows: readonly MockRow[], options: { types?: Record<string, number> } = {}): this {
    Object.assign(this.#answer, { rows, rowCount: rows.length, types: options.types ?? {} });
    this.#answered = true;
    return this;
  }

  willReturnRowCount(count: number): this {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`willReturnRowCount: ${count} is not a row count`);
    this.#answer.rowCount = count;
    this.#answered = true;
    return this;
  }

  willReturnError(error: unknown): this {
    this.#answer.error = error ?? new Error('pg-mock: willReturnError(undefined)');
    this.#answered = true;
    return this;
  }

  willDelay(ms: number): this {
    this.#answer.delayMs = Math.max(0, ms);
    return this;
  }

  times(n: number): this {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`times: ${n} must be a positive integer`);
    this.expectedTimes = n;
    return this;
  }

  get remaining(): number {
    return this.expectedTimes - this.used;
  }

  /** An exec must say what it returns: a silent `rowCount` of 0 would hide a missing answer. */
  get lacksAnswer(): boolean {
    return this.kind === 'expectExec' && !this.#answered;
  }

  get answer(): Answer {
    const { rowCount } = this.#answer;
    return { ...this.#answer, rowCount: rowCount ?? (this.kind === 'expectQuery' ? 0 : null) };
  }

  /** `expectExec #3: INSERT INTO ... with args [...]`, `expectQuery #2 (statement "by-id"): SELECT ...` */
  describe(matching: SqlMatching): string {
    const args = this.args === undefined ? '' : ` with args [${this.args.map(describeArg).join(', ')}]`;
    const name = this.statementName === undefined ? '' : JSON.stringify(this.statementName);
    const kind = this.kind === 'expectPrepare' || !name ? this.kind : `${this.kind} (statement ${name})`;
    const what = this.label ?? describePattern(this.pattern, matching);
    return `${kind} #${this.index}: ${this.kind === 'expectPrepare' ? `${name} ` : ''}${what}${args}`;
  }
}
