import { DataType, type IBackup, type IMemoryDb } from 'pg-mem';
import { parse, type Statement } from 'pgsql-ast-parser';
import { FakePostgresError } from './fake-postgres-error.js';
import { FakePostgresSetupError } from './fake-postgres-setup-error.js';
import { registerArrayFunctions } from './pg-mem/array-functions.js';
import { Catalog } from './pg-mem/catalog.js';
import { registerDateFunctions } from './pg-mem/date-parts.js';
import { isMarked, withPosition } from './pg-mem/error-position.js';
import { extractFieldSyntaxError } from './pg-mem/extract-field-syntax.js';
import { checkGenericFolding } from './pg-mem/generic-plans.js';
import { describeColumnsAsPostgres, listTablesOnce } from './pg-mem/information-schema-rows.js';
import { registerJsonbFunctions } from './pg-mem/jsonb-functions.js';
import { multiAssignSourceError } from './pg-mem/multi-assign-source.js';
import { nestingRefusal } from './pg-mem/nesting-limit.js';
import { noteNumericLiterals } from './pg-mem/numeric-literals.js';
import { registerOrderedAggregates } from './pg-mem/ordered-aggregates.js';
import { checkParameterCount, locatedMissingParameter, ParameterBinder } from './pg-mem/parameters.js';
import {
  withDefaultValuesRead,
  withDistinctFromRead,
  withExponentLiteralsRead,
  withHavingGroupsRead,
  withImplicitReferencesRead,
  withJsonPathRead,
  withPublicReferencesRead,
} from './pg-mem/parser-rewrites.js';
import { partialIndexesServeNoLookup } from './pg-mem/partial-index-lookups.js';
import { toPostgresError } from './pg-mem/pg-mem-errors.js';
import { AdvisoryLocks, registerEngineFunctions } from './pg-mem/pg-mem-functions.js';
import { referentialActionSyntaxError } from './pg-mem/referential-action-syntax.js';
import { pgError, refuse } from './pg-mem/refusal.js';
import { remappedRowsStayIndexed } from './pg-mem/remapped-rows-indexed.js';
import { engineResult } from './pg-mem/result-rows.js';
import { analyzeCommand, savepointCommand } from './pg-mem/savepoint-command.js';
import { selectTailSyntaxError } from './pg-mem/select-tail-syntax.js';
import { registerSequenceFunctions, Sequences } from './pg-mem/sequences.js';
import {
  registerSettingFunctions,
  type SessionCommand,
  SessionSettings,
  sessionCommand,
} from './pg-mem/session-settings.js';
import { skipConflictingRows } from './pg-mem/skipped-conflicts.js';
import { analyzeStatement } from './pg-mem/statement-analyzer.js';
import { heldSubqueryErrors, raiseHeldSubqueryError } from './pg-mem/subquery-errors.js';
import { registerTextFunctions } from './pg-mem/text-functions.js';
import { registerToChar } from './pg-mem/to-char.js';
import { TransactionState } from './pg-mem/transaction-state.js';
import { unreadDerivedColumn } from './pg-mem/unread-columns.js';
import { recordUserFunctions, type UserFunction } from './pg-mem/user-functions.js';
import { countVarcharByCodePoints } from './pg-mem/varchar-length.js';
import { captureWrites } from './pg-mem/write-capture.js';
import type {
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
} from './postgres-engine.js';
import { numericTrailingJunk } from './sql-tokens.js';
import { transactionControl } from './transaction-control.js';

/** A statement that reads the wall clock. */
const CLOCK_READ = /clock_timestamp/i;

/** Utility statements PostgreSQL refuses in a read-only transaction before it looks at their names. */
const READ_ONLY_REFUSED: Readonly<Record<string, string>> = {
  'create table': 'CREATE TABLE',
  'create index': 'CREATE INDEX',
  'alter table': 'ALTER TABLE',
  'drop table': 'DROP TABLE',
  'drop index': 'DROP INDEX',
  'create enum': 'CREATE TYPE',
  'create sequence': 'CREATE SEQUENCE',
  comment: 'COMMENT',
  'truncate table': 'TRUNCATE TABLE',
  'create extension': 'CREATE EXTENSION',
};

/** The row-locking clause of a SELECT anywhere in the tree (FOR UPDATE, FOR SHARE, ...), if any. */
function lockingClause(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = lockingClause(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const lock: unknown = Reflect.get(node, 'for');
  const lockType: unknown = typeof lock === 'object' && lock !== null ? Reflect.get(lock, 'type') : undefined;
  if (Reflect.get(node, 'type') === 'select' && typeof lockType === 'string') return lockType.toUpperCase();
  for (const value of Object.values(node)) {
    const found = lockingClause(value);
    if (found) return found;
  }
  return undefined;
}

/** The engine's sequences, with PostgreSQL's 25006 for nextval() and setval() in a read-only transaction. */
class CheckedSequences extends Sequences {
  constructor(
    private readonly readOnly: () => boolean,
    private readonly isOtherRelation: (name: string) => boolean,
  ) {
    super();
  }

  override nextval(name: string): number {
    this.#checkWritable(name, 'nextval()');
    return super.nextval(name);
  }

  override currval(name: string): number {
    this.#checkSequence(name);
    return super.currval(name);
  }

  override setval(name: string, value: number, isCalled = true): number {
    this.#checkWritable(name, 'setval()');
    return super.setval(name, value, isCalled);
  }

  /** A table or index of that name is there but no sequence: 42809, where a missing relation is 42P01. */
  #checkSequence(name: string): void {
    if (!this.has(name) && this.isOtherRelation(name)) throw pgError('42809', `"${name}" is not a sequence`);
  }

  #checkWritable(name: string, call: string): void {
    this.#checkSequence(name);
    // PostgreSQL finds the sequence first (42P01 for an unknown one), then checks the transaction.
    if (this.readOnly() && this.has(name))
      throw pgError('25006', `cannot execute ${call} in a read-only transaction`);
  }
}

/** Distinct statement texts kept parsed; an app has a few dozen, so this bound is never reached in practice. */
const PARSED_TEXTS_KEPT = 1_000;

// Shared by every fake database in the process, as pg-mem's own parse cache is: a parsed statement
// is plain data that nothing mutates, and migrations are then parsed once per run, not once per database.
const parsedTexts = new Map<string, Statement[]>();
/** The kept texts parsed as a rewritten text: their tree's locations are not offsets in the text. */
const rewrittenTexts = new Set<string>();

function parseOnce(text: string): Statement[] {
  const cached = parsedTexts.get(text);
  if (cached) return cached;
  let statements: Statement[];
  try {
    // What pg-mem's parser cannot read, written as what it can (PostgreSQL runs both alike).
    const source = withJsonPathRead(
      withExponentLiteralsRead(
        withHavingGroupsRead(
          withDistinctFromRead(
            withDefaultValuesRead(withImplicitReferencesRead(withPublicReferencesRead(text))),
          ),
        ),
      ),
    );
    statements = parse(source, { locationTracking: true });
    noteNumericLiterals(statements, source);
    if (source !== text) rewrittenTexts.add(text);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw refuse(
      `SQL that pg-mem's parser cannot read (a syntax error, or syntax it does not know: ${reason})`,
    );
  }
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) {
    const oldest = parsedTexts.keys().next();
    if (!oldest.done) {
      parsedTexts.delete(oldest.value);
      rewrittenTexts.delete(oldest.value);
    }
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
/**
 * Whether an error the engine's analysis raised is one PostgreSQL raises at Parse, before Bind reads
 * or counts the values: its 42 class (42501 apart: privileges are checked as the executor starts),
 * a refusal (the engine cannot tell which error PostgreSQL's analysis would raise), and a constant's
 * input error located at the constant (coerce_type reads `'abc'` compared with an integer during
 * analysis, with the parse state that gives it a position; planning and execution errors have none).
 */
function raisedByParseAnalysis(error: unknown): error is FakePostgresError {
  if (!(error instanceof FakePostgresError)) return false;
  if (/^(42(?!501)|0A000$)/.test(error.code)) return true;
  const located = error.details.position !== undefined || isMarked(error);
  return error.code.startsWith('22') && located && error.details.where === undefined;
}

/** The errors of a statement's placeholders against the values sent, found before analysis runs. */
const PLACEHOLDER_ERRORS = new Set(['08P01', '42P02', '42P18']);

export class PgMemEngine implements PostgresEngine {
  readonly name = 'pg-mem';
  #catalog = new Catalog();
  readonly #settings = new SessionSettings();
  readonly #locks = new AdvisoryLocks(() => ({
    lockMs: this.#settings.milliseconds('lock_timeout'),
    statementMs: this.#settings.milliseconds('statement_timeout'),
  }));
  /** Which sequences existed at BEGIN and at each savepoint (CREATE and DROP SEQUENCE roll back). */
  #sequenceMarks: { readonly name: string; readonly existing: ReturnType<Sequences['existing']> }[] = [];
  readonly #sequences: Sequences = new CheckedSequences(
    () => this.#transaction.readOnly,
    (name) => [...this.#catalog.tables].some((table) => table.name === name || table.indexes.includes(name)),
  );
  readonly #userFunctions: ReadonlyMap<string, UserFunction>;
  readonly #transaction: TransactionState;
  readonly #enumOids = new Map<string, number>();
  #snapshot:
    | { data: IBackup; catalog: Catalog; sequences: ReturnType<Sequences['snapshot']>; schemaVersion: number }
    | undefined;
  #notices: PostgresErrorFields[] = [];
  /** The last statement's start (ms), or a clock_timestamp() it read: the next start is strictly later. */
  #lastStart = 0;

  constructor(readonly db: IMemoryDb) {
    registerEngineFunctions(db, this.#locks);
    registerDateFunctions(db);
    registerJsonbFunctions(db);
    registerArrayFunctions(db);
    registerOrderedAggregates(db);
    registerTextFunctions(db);
    registerToChar(db);
    countVarcharByCodePoints(db);
    listTablesOnce(db);
    describeColumnsAsPostgres(db, () => this.#catalog);
    // A DEFAULT now() is the transaction's start, as the statement's own now() is (see ddl-analyzer).
    db.public.registerFunction({
      name: 'seams_now',
      args: [],
      returns: DataType.timestamptz,
      implementation: () => this.#transaction.started,
      impure: true,
    });
    registerSequenceFunctions(db, this.#sequences);
    this.#userFunctions = recordUserFunctions(db);
    // After the recording starts: the analysis types them from their registered signatures.
    registerSettingFunctions(db, this.#settings);
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
    this.#locks.current = request.session ?? 0;
    this.#settings.current = request.session ?? 0;
    this.#sequences.session = request.session ?? 0;
    const started = this.#statementStart(request.text);
    this.#transaction.statementStarts(started);
    let implicit:
      | {
          data: IBackup;
          catalog: Catalog;
          schemaVersion: number;
          sequences: ReturnType<Sequences['existing']>;
        }
      | undefined;
    let parsed: readonly Statement[] | undefined;
    let analysed: readonly Statement[] | undefined;
    try {
      this.#settings.checkAnswerable();
      const control = this.#control(request.text);
      if (control) {
        results.push(control);
      } else {
        // PostgreSQL's scanner refuses a number glued to a name before anything runs; pg-mem reads `0x1F` as `0 AS x1F`.
        const junk = numericTrailingJunk(request.text);
        if (junk) {
          throw pgError('42601', `trailing junk after numeric literal at or near "${junk.junk}"`, {
            position: String(junk.position),
          });
        }
        // pg-mem's parser reads tails PostgreSQL's grammar refuses (`LIMIT 1 UNION`, LIMIT with FETCH
        // FIRST), and a keyword as extract()'s field.
        const tail =
          selectTailSyntaxError(request.text) ??
          referentialActionSyntaxError(request.text) ??
          extractFieldSyntaxError(request.text);
        if (tail) {
          throw pgError('42601', `syntax error at or near "${tail.near}"`, {
            position: String(tail.position),
          });
        }
        // pg-mem's parser spreads `SET (a) = ('x')` into `a = 'x'`; PostgreSQL refuses the source.
        const multiAssign = multiAssignSourceError(request.text);
        if (multiAssign) {
          throw pgError(
            '0A000',
            'source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression',
            {
              position: String(multiAssign.position),
            },
          );
        }
        const tooDeep = nestingRefusal(request.text);
        if (tooDeep) throw tooDeep;
        const statements = parseOnce(request.text);
        analysed = statements;
        parsed = rewrittenTexts.has(request.text) ? undefined : statements;
        // Before the parameters are counted: a PREPARE's $n belong to its body, not to this message.
        if (statements.some((statement) => statement.type === 'prepare')) throw refuse('PREPARE');
        // PostgreSQL parses, then refuses a statement of a failed transaction, then analyses it: the
        // values' count (Bind's 08P01) and their placeholders (42P02, 42P18) come after its 25P02.
        const [first] = statements;
        if (first && first.type !== 'commit' && first.type !== 'rollback') this.#transaction.checkNotFailed();
        try {
          checkParameterCount(statements, request.params, request.paramTypes);
        } catch (countError) {
          // Analysis meets a missing placeholder where it stands and ends with the untyped ones; its
          // other errors (42703, 42883, ...) come first, and Bind's count after all of them.
          if (countError instanceof FakePostgresError && PLACEHOLDER_ERRORS.has(countError.code))
            this.#raiseParseError(statements, request, started);
          throw countError;
        }
        const binder = new ParameterBinder(
          request.params,
          this.#catalog,
          request.binaryParams,
          request.genericPlan === true,
        );
        // Several statements in one simple query run as one implicit transaction, as in PostgreSQL.
        if (this.#transaction.status === 'idle' && statements.length > 1) {
          implicit = {
            data: this.db.backup(),
            catalog: this.#catalog.clone(),
            schemaVersion: this.#transaction.schemaVersion,
            sequences: this.#sequences.existing(),
          };
        }
        // PostgreSQL runs a simple query of several statements as a transaction block (not top level).
        const inBlock = statements.length > 1;
        for (const statement of statements)
          results.push(this.#statement(statement, binder, started, inBlock));
      }
      return { results, notices: this.#notices, status: this.#transaction.status };
    } catch (error) {
      let failure = withPosition(toPostgresError(error, this.#catalog), request.text, parsed);
      // A data error (class 22) or a subquery's extra row (21000) may come from a column PostgreSQL
      // would never have computed: pg-mem computes the columns of derived tables and CTEs the query
      // does not read (see unread-columns.ts).
      const unread =
        /^2[12]/.test(failure.fields.code) && analysed ? unreadDerivedColumn(analysed) : undefined;
      if (unread) {
        failure = toPostgresError(
          refuse(
            `an error raised while ${unread} is never read (PostgreSQL does not compute it; pg-mem does)`,
          ),
          this.#catalog,
        );
      }
      this.#transaction.fail();
      // The implicit transaction's CREATE and DROP SEQUENCE roll back with it (nextval() does not).
      if (implicit) this.#sequences.restoreExisting(implicit.sequences);
      if (implicit && implicit.schemaVersion === this.#transaction.schemaVersion) {
        implicit.data.restore();
        this.#catalog = implicit.catalog;
      } else if (implicit && this.#transaction.status === 'idle' && failure.fields.code !== '0A000') {
        // PostgreSQL undoes the implicit transaction's schema change too; pg-mem cannot, so the
        // error that would hide a table or column left behind becomes a refusal (a refusal stays its own).
        failure = toPostgresError(
          refuse('an error after a schema change in a multi-statement query (pg-mem cannot undo the change)'),
          this.#catalog,
        );
      }
      return { results, error: failure.fields, notices: this.#notices, status: this.#transaction.status };
    } finally {
      // Outside a transaction each statement is its own: pg_advisory_xact_lock's lock ends with it.
      if (this.#transaction.status === 'idle') this.#locks.endTransaction();
      // A clock_timestamp() the statement read is earlier than the next statement's start.
      if (CLOCK_READ.test(request.text)) this.#lastStart = Math.max(this.#lastStart, Date.now());
    }
  }

  /**
   * statement_timestamp() (and now() outside a transaction): PostgreSQL's clock has microseconds, so
   * each statement starts strictly later than the previous one; this clock has milliseconds, so a
   * statement arriving within the previous one's millisecond starts a millisecond later.
   */
  #statementStart(text: string): Date {
    const at = Math.max(Date.now(), this.#lastStart + 1);
    this.#lastStart = at;
    // clock_timestamp() reads the wall clock as the statement is analysed: strictly after its start.
    if (CLOCK_READ.test(text)) {
      while (Date.now() <= at) {
        // waits out the millisecond (and the lead the starts took over the wall clock, if any)
      }
    }
    return new Date(at);
  }

  async snapshot(): Promise<void> {
    this.#snapshot = {
      data: this.db.backup(),
      catalog: this.#catalog.clone(),
      sequences: this.#sequences.snapshot(),
      schemaVersion: this.#transaction.schemaVersion,
    };
  }

  async reset(): Promise<void> {
    // pg-mem's backup restores rows only: a schema changed since the migrations is refused, as on PGlite.
    if (this.#snapshot && this.#snapshot.schemaVersion !== this.#transaction.schemaVersion) {
      throw new FakePostgresSetupError(
        'FAKE_PG_RESET_REFUSED',
        'fake postgres: reset() restores rows, not schema, and the schema changed since the migrations. ' +
          'Put schema changes in the migrations, or give such a test its own createFakePostgres with those migrations.',
      );
    }
    if (this.#transaction.status !== 'idle') this.#transaction.rollback();
    this.#locks.clear();
    this.#settings.clear();
    this.#sequenceMarks = [];
    if (!this.#snapshot) return;
    this.#snapshot.data.restore();
    this.#catalog = this.#snapshot.catalog.clone();
    this.#sequences.restore(this.#snapshot.sequences);
  }

  openSession(session: number, settings: readonly (readonly [string, string])[]): void {
    this.#settings.open(session, settings);
  }

  async endSession(session: number): Promise<void> {
    this.#locks.endSession(session);
    this.#settings.endSession(session);
    this.#sequences.endSession(session);
  }

  async close(): Promise<void> {}

  /**
   * Raises the error PostgreSQL's Parse message would have raised before its Bind could fail on the
   * count of values: a failed transaction's 25P02, then parse analysis's own errors (42703, 42883,
   * ...). Analysis runs with a lenient binder (a value missing or refused reads as NULL) and runs
   * nothing; its refusal (0A000) is raised too, since the engine cannot tell what analysis would say.
   */
  #raiseParseError(statements: readonly Statement[], request: EngineRequest, started: Date): void {
    const binder = new ParameterBinder(
      request.params,
      this.#catalog,
      request.binaryParams,
      request.genericPlan === true,
    ).lenient();
    for (const statement of statements) {
      if (statement.type !== 'commit' && statement.type !== 'rollback') this.#transaction.checkNotFailed();
      try {
        this.#analyze(statement, binder, started, statements.length > 1, [], () => undefined);
      } catch (parseError) {
        if (raisedByParseAnalysis(parseError)) throw locatedMissingParameter(parseError, statements);
      }
    }
  }

  /** PostgreSQL's parse analysis of one statement (statement-analyzer.ts), with these values. */
  #analyze(
    statement: Statement,
    params: ParameterBinder,
    started: Date,
    inBlock: boolean,
    deferred: (() => void)[],
    hold: (error: unknown) => void,
  ): ReturnType<typeof analyzeStatement> {
    return analyzeStatement(
      statement,
      {
        catalog: this.#catalog,
        sequences: this.#sequences,
        userFunctions: this.#userFunctions,
        bindParameter: (name, expected, list) => params.bind(name, expected, list),
        requireParameter: (name) => params.require(name),
        parameterArrayLength: (name) => params.arrayLength(name),
        transactionStart: this.#transaction.started,
        statementStart: started,
        inDataChange: false,
        evaluate: (select) =>
          this.db.public
            .prepare([withoutUndefined(select)])
            .bind()
            .executeAll().rows,
        deferToExecution: (check) => void deferred.push(check),
        holdPlanError: hold,
      },
      { inTransactionBlock: inBlock || this.#transaction.status !== 'idle' },
    );
  }

  #statement(statement: Statement, binder: ParameterBinder, started: Date, inBlock: boolean): EngineResult {
    // PostgreSQL runs COMMIT and ROLLBACK in a failed transaction (the analyzer refuses them here).
    if (statement.type !== 'commit' && statement.type !== 'rollback') this.#transaction.checkNotFailed();
    this.#transaction.queried();
    const utility = READ_ONLY_REFUSED[statement.type];
    if (utility && this.#transaction.readOnly)
      throw pgError('25006', `cannot execute ${utility} in a read-only transaction`);
    const held = heldSubqueryErrors();
    // What PostgreSQL does after parse analysis: fold constants (planning), then test one-time filters.
    const atExecution: (() => void)[] = [];
    let planError: unknown;
    const analyze = (params: ParameterBinder, deferred: (() => void)[], hold: (error: unknown) => void) =>
      this.#analyze(statement, params, started, inBlock, deferred, hold);
    let analyzed: ReturnType<typeof analyzeStatement>;
    try {
      analyzed = analyze(binder, atExecution, (error) => {
        planError ??= error;
      });
    } catch (error) {
      if (error === undefined || error !== binder.inputError) throw error;
      // A parameter's value failed its input as analysis met it; PostgreSQL reads the values at Bind,
      // after parse analysis, whose own errors (42703, 42P08, 42883, ...) come first, and reads
      // them in order: an earlier value that analysis met later fails first.
      const lenient = binder.lenient();
      try {
        analyze(lenient, [], () => undefined);
      } catch (parseError) {
        if (raisedByParseAnalysis(parseError)) throw parseError;
      }
      throw lenient.bindError() ?? error;
    }
    if (planError !== undefined) throw planError;
    if (analyzed.changes && this.#transaction.readOnly) {
      throw pgError('25006', `cannot execute ${analyzed.changes} in a read-only transaction`);
    }
    const lock = this.#transaction.readOnly ? lockingClause(statement) : undefined;
    if (lock) throw pgError('25006', `cannot execute SELECT FOR ${lock} in a read-only transaction`);
    if (!analyzed.statement) {
      for (const check of atExecution) check();
      analyzed.apply?.(this.#catalog);
      return { command: analyzed.command ?? statement.type.toUpperCase(), rows: [] };
    }
    for (const check of atExecution) check();
    // A one-time filter that failed fails a generic plan as it does a custom one: only past them
    // can the plans' answers differ.
    if (binder.generic)
      checkGenericFolding(analyzed.statement, (expr) =>
        this.db.public
          .prepare([withoutUndefined({ type: 'select', columns: [{ expr, alias: { name: 'v' } }] })])
          .bind()
          .executeAll(),
      );
    if (heldSubqueryErrors() !== held) raiseHeldSubqueryError(analyzed.statement);
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
        partialIndexesServeNoLookup(this.db, table.name);
        remappedRowsStayIndexed(this.db, table.name);
      }
    }
    const rows = analyzed.reorder ? analyzed.reorder(result.rows) : result.rows;
    return engineResult({ ...result, rows }, analyzed.outputs, analyzed.command, (name) =>
      this.#enumOid(name),
    );
  }

  /** BEGIN, COMMIT, ROLLBACK and savepoints sent on their own, as drivers send them. */
  #control(text: string): EngineResult | undefined {
    const done = (command: string): EngineResult => ({ command, rows: [] });
    const settings = sessionCommand(text);
    if (settings) return this.#sessionCommand(settings);
    const analyze = analyzeCommand(text);
    if (analyze) {
      this.#transaction.checkNotFailed();
      // Statistics steer only the plan: an answer whose order the plan decides is refused anyway.
      for (const name of analyze.tables) {
        if (![...this.#catalog.tables].some((table) => table.name === name))
          throw pgError('42P01', `relation "${name}" does not exist`);
      }
      this.#catalog.analyzed(analyze.tables);
      return done('ANALYZE');
    }
    const savepoint = savepointCommand(text);
    if (savepoint) {
      if (savepoint.kind === 'savepoint') {
        this.#transaction.savepoint(savepoint.name);
        this.#settings.savepoint(savepoint.name);
        this.#sequenceMarks.push({ name: savepoint.name, existing: this.#sequences.existing() });
      } else if (savepoint.kind === 'rollback to') {
        this.#transaction.rollbackTo(savepoint.name);
        this.#settings.rollbackTo(savepoint.name);
        const index = this.#sequenceMarks.findLastIndex((mark) => mark.name === savepoint.name);
        const mark = this.#sequenceMarks[index];
        if (mark) {
          this.#sequences.restoreExisting(mark.existing);
          this.#sequenceMarks = this.#sequenceMarks.slice(0, index + 1);
        }
      } else {
        this.#transaction.release(savepoint.name);
        this.#settings.release(savepoint.name);
        const index = this.#sequenceMarks.findLastIndex((mark) => mark.name === savepoint.name);
        if (index > 0) this.#sequenceMarks = this.#sequenceMarks.slice(0, index);
      }
      return done(savepoint.kind === 'rollback to' ? 'ROLLBACK' : savepoint.kind.toUpperCase());
    }
    const control = transactionControl(text);
    switch (control?.kind) {
      case 'begin':
        // DEFERRABLE matters to SERIALIZABLE READ ONLY transactions only, which pg-mem has not.
        if (control.modes.some((mode) => mode.kind === 'deferrable')) throw refuse('BEGIN ... DEFERRABLE');
        if (this.#transaction.status === 'idle') {
          this.#transaction.begin();
          this.#settings.begin();
          this.#sequenceMarks = [{ name: '', existing: this.#sequences.existing() }];
        } else {
          // PostgreSQL: 25P02 in a failed transaction; else a warning, and the modes still apply.
          this.#transaction.checkNotFailed();
          this.#warn('25001', 'there is already a transaction in progress');
        }
        for (const mode of control.modes) this.#transaction.setMode(mode);
        return done(control.tag);
      case 'commit':
        if (this.#transaction.status === 'idle') {
          this.#warn('25P01', 'there is no transaction in progress');
          return done('COMMIT');
        }
        this.#locks.endTransaction();
        {
          const tag = this.#transaction.commit();
          this.#settings.end(tag === 'COMMIT');
          this.#endSequenceMarks(tag === 'COMMIT');
          return done(tag);
        }
      case 'rollback':
        if (this.#transaction.status === 'idle') {
          this.#warn('25P01', 'there is no transaction in progress');
          return done('ROLLBACK');
        }
        this.#locks.endTransaction();
        this.#settings.end(false);
        this.#endSequenceMarks(false);
        return done(this.#transaction.rollback());
      default:
        return undefined;
    }
  }

  #endSequenceMarks(committed: boolean): void {
    const [first] = this.#sequenceMarks;
    if (!committed && first) this.#sequences.restoreExisting(first.existing);
    this.#sequenceMarks = [];
  }

  /** SET, RESET and SHOW of the settings pg-mem can honour, per connection (see SessionSettings). */
  #sessionCommand(command: SessionCommand): EngineResult {
    this.#transaction.checkNotFailed();
    if (command.kind === 'show' && command.name === 'transaction_isolation') {
      return shown('transaction_isolation', this.#transaction.isolation);
    }
    if (command.kind === 'show' && command.name === 'transaction_read_only') {
      return shown('transaction_read_only', this.#transaction.readOnly ? 'on' : 'off');
    }
    const show = this.#settings.run(command, this.#transaction.status !== 'idle', (code, message) =>
      this.#warn(code, message),
    );
    if (show) return shown(show.name, show.value);
    return { command: command.kind === 'reset' ? 'RESET' : 'SET', rows: [] };
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

/** SHOW's answer: one text column named after the setting. */
function shown(name: string, value: string): EngineResult {
  const field = { name, tableID: 0, columnID: 0, dataTypeID: 25, dataTypeSize: -1, dataTypeModifier: -1 };
  return { command: 'SHOW', fields: [field], rows: [[value]] };
}
