import type { IBackup, IMemoryDb } from 'pg-mem';
import { parse, type Statement } from 'pgsql-ast-parser';
import { Catalog } from './pg-mem/catalog.js';
import { noteNumericLiterals } from './pg-mem/numeric-literals.js';
import { checkParameterCount, ParameterBinder } from './pg-mem/parameters.js';
import { toPostgresError } from './pg-mem/pg-mem-errors.js';
import { AdvisoryLocks, registerEngineFunctions } from './pg-mem/pg-mem-functions.js';
import { pgError, refuse } from './pg-mem/refusal.js';
import { engineResult } from './pg-mem/result-rows.js';
import { savepointCommand } from './pg-mem/savepoint-command.js';
import { registerSequenceFunctions, Sequences } from './pg-mem/sequences.js';
import { skipConflictingRows } from './pg-mem/skipped-conflicts.js';
import { analyzeStatement } from './pg-mem/statement-analyzer.js';
import { TransactionState } from './pg-mem/transaction-state.js';
import { recordUserFunctions, type UserFunction } from './pg-mem/user-functions.js';
import { captureWrites } from './pg-mem/write-capture.js';
import type {
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
} from './postgres-engine.js';
import { transactionControl } from './transaction-control.js';

/** Distinct statement texts kept parsed; an app has a few dozen, so this bound is never reached in practice. */
const PARSED_TEXTS_KEPT = 1_000;

// Shared by every fake database in the process, as pg-mem's own parse cache is: a parsed statement
// is plain data that nothing mutates, and migrations are then parsed once per run, not once per database.
const parsedTexts = new Map<string, Statement[]>();

function parseOnce(text: string): Statement[] {
  const cached = parsedTexts.get(text);
  if (cached) return cached;
  let statements: Statement[];
  try {
    statements = parse(text, { locationTracking: true });
    noteNumericLiterals(statements, text);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw refuse(
      `SQL that pg-mem's parser cannot read (a syntax error, or syntax it does not know: ${reason})`,
    );
  }
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) {
    const oldest = parsedTexts.keys().next();
    if (!oldest.done) parsedTexts.delete(oldest.value);
  }
  parsedTexts.set(text, statements);
  return statements;
}

/**
 * The tree without keys set to undefined: pg-mem's coverage check (kept on, it refuses what its
 * planner did not read) counts such a key as an unread part.
 */
function withoutUndefined<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutUndefined) as T;
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    if (value !== undefined) copy[key] = withoutUndefined(value);
  return copy as T;
}

// The first OID a database gives the types it creates (FirstNormalObjectId); each enum takes two (type, array).
const FIRST_USER_OID = 16_384;

/**
 * pg-mem behind the engine interface, made to answer as PostgreSQL does or to refuse (0A000,
 * pointing to the PGlite engine). Each statement is analysed before pg-mem runs it (see
 * `pg-mem/statement-analyzer.ts`): typed as PostgreSQL types it, with parameters read by their
 * types' input functions, values printed as PostgreSQL prints them, constraint errors carrying
 * PostgreSQL's fields, and every construct pg-mem is not known to run as PostgreSQL does refused.
 * PostgreSQL's transaction rules (BEGIN, ROLLBACK, SAVEPOINT, 25P02, now() fixed) sit on top.
 *
 * Each distinct text is parsed once; the values are bound into the parsed tree per call.
 */
export class PgMemEngine implements PostgresEngine {
  readonly name = 'pg-mem';
  #catalog = new Catalog();
  readonly #locks = new AdvisoryLocks();
  readonly #sequences = new Sequences();
  readonly #userFunctions: ReadonlyMap<string, UserFunction>;
  readonly #transaction: TransactionState;
  readonly #enumOids = new Map<string, number>();
  #snapshot: { data: IBackup; catalog: Catalog; sequences: ReturnType<Sequences['snapshot']> } | undefined;
  #notices: PostgresErrorFields[] = [];

  constructor(readonly db: IMemoryDb) {
    registerEngineFunctions(db, this.#locks);
    registerSequenceFunctions(db, this.#sequences);
    this.#userFunctions = recordUserFunctions(db);
    this.#transaction = new TransactionState(
      db,
      () => this.#catalog,
      (catalog) => {
        this.#catalog = catalog;
      },
    );
  }

  async run(request: EngineRequest): Promise<EngineReply> {
    const results: EngineResult[] = [];
    this.#notices = [];
    const started = new Date();
    this.#transaction.statementStarts(started);
    let implicit: { data: IBackup; catalog: Catalog; schemaVersion: number } | undefined;
    try {
      const control = this.#control(request.text);
      if (control) {
        results.push(control);
      } else {
        const statements = parseOnce(request.text);
        checkParameterCount(statements, request.params);
        const binder = new ParameterBinder(request.params, this.#catalog);
        // Several statements in one simple query run as one implicit transaction, as in PostgreSQL.
        if (this.#transaction.status === 'idle' && statements.length > 1) {
          implicit = {
            data: this.db.backup(),
            catalog: this.#catalog.clone(),
            schemaVersion: this.#transaction.schemaVersion,
          };
        }
        for (const statement of statements) results.push(this.#statement(statement, binder, started));
      }
      return { results, notices: this.#notices, status: this.#transaction.status };
    } catch (error) {
      const failure = toPostgresError(error, this.#catalog);
      this.#transaction.fail();
      // pg-mem cannot restore past a schema change: the DDL that ran stays (PostgreSQL would undo it too).
      if (implicit && implicit.schemaVersion === this.#transaction.schemaVersion) {
        implicit.data.restore();
        this.#catalog = implicit.catalog;
      }
      return { results, error: failure.fields, notices: this.#notices, status: this.#transaction.status };
    }
  }

  async snapshot(): Promise<void> {
    this.#snapshot = {
      data: this.db.backup(),
      catalog: this.#catalog.clone(),
      sequences: this.#sequences.snapshot(),
    };
  }

  async reset(): Promise<void> {
    if (this.#transaction.status !== 'idle') this.#transaction.rollback();
    if (!this.#snapshot) return;
    this.#snapshot.data.restore();
    this.#catalog = this.#snapshot.catalog.clone();
    this.#sequences.restore(this.#snapshot.sequences);
  }

  async close(): Promise<void> {}

  #statement(statement: Statement, binder: ParameterBinder, started: Date): EngineResult {
    this.#transaction.checkNotFailed();
    const analyzed = analyzeStatement(statement, {
      catalog: this.#catalog,
      sequences: this.#sequences,
      userFunctions: this.#userFunctions,
      bindParameter: (name, expected) => binder.bind(name, expected),
      transactionStart: this.#transaction.started,
      statementStart: started,
      inDataChange: false,
      evaluate: (select) =>
        this.db.public
          .prepare([withoutUndefined(select)])
          .bind()
          .executeAll().rows,
    });
    if (analyzed.changes && this.#transaction.readOnly) {
      throw pgError('25006', `cannot execute ${analyzed.changes} in a read-only transaction`);
    }
    if (!analyzed.statement) {
      analyzed.apply?.(this.#catalog);
      return { command: analyzed.command ?? statement.type.toUpperCase(), rows: [] };
    }
    const result = this.db.public
      .prepare([withoutUndefined(analyzed.statement)])
      .bind()
      .executeAll();
    if (analyzed.apply) {
      analyzed.apply(this.#catalog);
      this.#transaction.schemaChanged();
      const [table] = this.#catalog.tables;
      if (table) {
        captureWrites(this.db, table.name);
        skipConflictingRows(this.db, table.name);
      }
    }
    return engineResult(result, analyzed.outputs, analyzed.command, (name) => this.#enumOid(name));
  }

  /** BEGIN, COMMIT, ROLLBACK and savepoints sent on their own, as drivers send them. */
  #control(text: string): EngineResult | undefined {
    const done = (command: string): EngineResult => ({ command, rows: [] });
    const savepoint = savepointCommand(text);
    if (savepoint) {
      if (savepoint.kind === 'savepoint') this.#transaction.savepoint(savepoint.name);
      else if (savepoint.kind === 'rollback to') this.#transaction.rollbackTo(savepoint.name);
      else this.#transaction.release(savepoint.name);
      return done(savepoint.kind === 'rollback to' ? 'ROLLBACK' : savepoint.kind.toUpperCase());
    }
    const tag = /^\s*START\b/i.test(text) ? 'START TRANSACTION' : 'BEGIN';
    switch (transactionControl(text)) {
      case 'begin':
        if (this.#transaction.status !== 'idle') {
          this.#warn('25001', 'there is already a transaction in progress');
          return done(tag);
        }
        if (/\b(DEFERRABLE|NOT\s+DEFERRABLE)\b/i.test(text)) throw refuse('BEGIN ... DEFERRABLE');
        this.#transaction.begin(/\bREAD\s+ONLY\b/i.test(text));
        return done(tag);
      case 'commit':
        if (this.#transaction.status === 'idle') {
          this.#warn('25P01', 'there is no transaction in progress');
          return done('COMMIT');
        }
        this.#locks.endTransaction();
        return done(this.#transaction.commit());
      case 'rollback':
        if (this.#transaction.status === 'idle') {
          this.#warn('25P01', 'there is no transaction in progress');
          return done('ROLLBACK');
        }
        this.#locks.endTransaction();
        return done(this.#transaction.rollback());
      default:
        return undefined;
    }
  }

  #enumOid(name: string): number {
    let oid = this.#enumOids.get(name);
    if (oid === undefined) {
      oid = FIRST_USER_OID + 2 * this.#enumOids.size;
      this.#enumOids.set(name, oid);
    }
    return oid;
  }

  #warn(code: string, message: string): void {
    this.#notices.push({ severity: 'WARNING', code, message });
  }
}
