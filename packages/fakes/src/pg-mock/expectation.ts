import { describeArg, type ExpectedArg } from './arg-matchers.js';
import type { MockRow } from './mock-result.js';
import { describePattern, type SqlMatching, type SqlPattern } from './sql-pattern.js';

/** Which `expect*` call made an expectation; failure messages name it. */
export type ExpectationKind =
  | 'expectQuery'
  | 'expectExec'
  | 'expectBegin'
  | 'expectCommit'
  | 'expectRollback';

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

/** One expected statement; implements every builder interface, `expect*` hands out the right one. */
export class Expectation implements QueryExpectation, ExecExpectation, TransactionExpectation {
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

  /** `expectExec #3: INSERT INTO ... with args [...]` */
  describe(matching: SqlMatching): string {
    const args = this.args === undefined ? '' : ` with args [${this.args.map(describeArg).join(', ')}]`;
    return `${this.kind} #${this.index}: ${this.label ?? describePattern(this.pattern, matching)}${args}`;
  }
}
