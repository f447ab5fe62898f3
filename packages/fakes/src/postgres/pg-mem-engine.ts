import type { IBackup, IMemoryDb } from 'pg-mem';
import { astMapper, type Expr, parse, type Statement } from 'pgsql-ast-parser';
import { parse as parseArray } from 'postgres-array';
import { FakePostgresError, toFakePostgresError } from './fake-postgres-error.js';
import { type PgMemResult, toEngineResult } from './pg-mem-results.js';
import type {
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
  TransactionStatus,
} from './postgres-engine.js';
import { type TransactionControl, transactionControl } from './transaction-control.js';
import { translateComparison, translateQuery } from './translate-query.js';

/** Distinct statement texts kept parsed; an app has a few dozen, so this bound is never reached in practice. */
const PARSED_TEXTS_KEPT = 1_000;

// Shared by every fake database in the process, as pg-mem's own parse cache is: a parsed statement
// is plain data that nothing mutates, and migrations are then parsed once per run, not once per database.
const parsedTexts = new Map<string, Statement[]>();

function parseOnce(text: string): Statement[] {
  const cached = parsedTexts.get(text);
  if (cached) return cached;
  const statements = parse(text);
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) {
    const oldest = parsedTexts.keys().next();
    if (!oldest.done) parsedTexts.delete(oldest.value);
  }
  parsedTexts.set(text, statements);
  return statements;
}

const ROW_STATEMENTS = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive', 'show']);
const CONTROL_STATEMENTS: Readonly<Record<string, Exclude<TransactionControl, undefined>>> = {
  begin: 'begin',
  'start transaction': 'begin',
  commit: 'commit',
  rollback: 'rollback',
};

/**
 * pg-mem behind the engine interface, with PostgreSQL's transaction rules on top (pg-mem alone
 * commits every statement): BEGIN takes a backup, ROLLBACK restores it, an error inside the
 * transaction makes later statements fail with 25P02, and COMMIT after an error rolls back.
 *
 * Each distinct text is parsed once. pg-mem's own pg adapter inlines the values into the text
 * and re-parses it, so every call is new text and its parse cache never hits: parsing was most of
 * the fake's CPU. Here the parsed statements are kept per text and each `$n` is swapped for a
 * literal node holding the value as pg sent it (text, or `null`), which is what pg-mem would have
 * parsed from the inlined text, without a `$1` inside a string literal ever being touched.
 */
export class PgMemEngine implements PostgresEngine {
  readonly name = 'pg-mem';
  #status: TransactionStatus = 'idle';
  #transaction: IBackup | undefined;
  #snapshot: IBackup | undefined;
  #notices: PostgresErrorFields[] = [];

  constructor(readonly db: IMemoryDb) {}

  async run(request: EngineRequest): Promise<EngineReply> {
    const results: EngineResult[] = [];
    this.#notices = [];
    // Several statements in one simple query run as one implicit transaction, as in PostgreSQL.
    let implicit: IBackup | undefined;
    try {
      const control = transactionControl(request.text);
      if (control) {
        results.push(this.#control(control));
      } else {
        const statements = bindParameters(parseOnce(translateQuery(request.text)), request.params ?? []);
        if (this.#status === 'idle' && statements.length > 1) implicit = this.db.backup();
        for (const statement of statements) results.push(this.#statement(statement));
      }
      return { results, notices: this.#notices, status: this.#status };
    } catch (error) {
      if (this.#status === 'transaction') this.#status = 'failed';
      implicit?.restore();
      return {
        results,
        error: toFakePostgresError(error).fields,
        notices: this.#notices,
        status: this.#status,
      };
    }
  }

  async snapshot(): Promise<void> {
    this.#snapshot = this.db.backup();
  }

  async reset(): Promise<void> {
    this.#snapshot?.restore();
    this.#status = 'idle';
    this.#transaction = undefined;
  }

  async close(): Promise<void> {}

  #statement(statement: Statement): EngineResult {
    const control = CONTROL_STATEMENTS[statement.type];
    if (control) return this.#control(control);
    if (this.#status === 'failed') {
      throw new FakePostgresError(
        '25P02',
        'current transaction is aborted, commands ignored until end of transaction block',
      );
    }
    const result: PgMemResult = this.db.public.prepare([statement]).bind().executeAll();
    return toEngineResult(result, result.fields.length > 0 || ROW_STATEMENTS.has(statement.type));
  }

  #control(control: Exclude<TransactionControl, undefined>): EngineResult {
    const done = (command: string): EngineResult => ({ command, rows: [] });
    switch (control) {
      case 'begin':
        if (this.#status !== 'idle') {
          this.#warn('25001', 'there is already a transaction in progress');
          return done('BEGIN');
        }
        this.#transaction = this.db.backup();
        this.#status = 'transaction';
        return done('BEGIN');
      case 'commit':
        if (this.#status === 'idle') this.#warn('25P01', 'there is no transaction in progress');
        if (this.#status === 'failed') return done(this.#end(true));
        return done(this.#end(false) === 'ROLLBACK' ? 'ROLLBACK' : 'COMMIT');
      case 'rollback':
        if (this.#status === 'idle') this.#warn('25P01', 'there is no transaction in progress');
        return done(this.#end(true));
      case 'savepoint':
        throw new FakePostgresError('0A000', 'fake postgres: savepoints are not supported (pg-mem has none)');
    }
  }

  #end(rollback: boolean): 'COMMIT' | 'ROLLBACK' {
    const backup = this.#transaction;
    this.#transaction = undefined;
    this.#status = 'idle';
    if (!rollback) return 'COMMIT';
    try {
      backup?.restore();
    } catch (error) {
      throw new FakePostgresError(
        '0A000',
        'fake postgres: cannot roll back a schema change (pg-mem restores data only)',
        { cause: error },
      );
    }
    return 'ROLLBACK';
  }

  #warn(code: string, message: string): void {
    this.#notices.push({ severity: 'WARNING', code, message });
  }
}

/**
 * The statements with every `$n` replaced by the literal of `values[n - 1]` (08P01 if one is
 * missing, as PostgreSQL answers) and each comparison put through the fake's tree rules.
 */
function bindParameters(statements: Statement[], values: readonly (string | null)[]): Statement[] {
  let missing: string | undefined;
  const paramText = (name: string): string | null | undefined => {
    const index = Number(name.slice(1)) - 1;
    if (index >= 0 && index < values.length) return values[index];
    missing ??= name;
    return undefined;
  };
  const mapper = astMapper((map) => ({
    binary: (node) => {
      const bound = map.super().binary(withArrayParameter(node, paramText));
      return bound?.type === 'binary' ? translateComparison(bound) : bound;
    },
    parameter: (parameter) => {
      const value = paramText(parameter.name);
      if (value === undefined) return parameter;
      return value === null ? { type: 'null' } : { type: 'string', value };
    },
  }));
  const bound = statements.map((statement) => mapper.statement(statement) ?? statement);
  if (missing !== undefined) {
    throw new FakePostgresError(
      '08P01',
      `bind message supplies ${values.length} parameters, but the statement uses ${missing}`,
    );
  }
  return bound;
}

/**
 * `x = ANY($1)`: pg sends a JavaScript array as an array literal (`{"a","b"}`); bound as
 * `ARRAY['a', 'b']` so the comparison rules can read its elements.
 */
function withArrayParameter<T extends Expr>(
  node: T,
  paramText: (name: string) => string | null | undefined,
): T {
  if (node.type !== 'binary' || node.op !== '=') return node;
  const { right } = node;
  if (right.type !== 'call' || right.function.name !== 'any' || right.args.length !== 1) return node;
  const [argument] = right.args;
  if (argument?.type !== 'parameter') return node;
  const text = paramText(argument.name);
  if (typeof text !== 'string' || !text.startsWith('{')) return node;
  const expressions: Expr[] = parseArray(text, (value) => value).map((value) =>
    value === null ? { type: 'null' } : { type: 'string', value },
  );
  return { ...node, right: { ...right, args: [{ type: 'array', expressions }] } };
}
