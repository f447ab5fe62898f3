import type { Expr, SelectStatement } from 'pgsql-ast-parser';
import type { Catalog } from './catalog.js';
import type { PgType } from './pg-type.js';
import type { Sequences } from './sequences.js';
import type { UserFunction } from './user-functions.js';

/** An expression after analysis: rewritten for pg-mem, with the type and column name PostgreSQL gives it. */
export interface Typed {
  readonly expr: Expr;
  readonly type: PgType;
  /** The output column name PostgreSQL would choose for it (FigureColname). */
  readonly name: string;
  /**
   * True when that name is a fallback a cast around it overrides (FigureColname's strength 1: a
   * CASE, a cast's own type name): `CASE ... END::text` is `text`, `id::text` stays `id`.
   */
  readonly weakName?: boolean;
  /** True for a literal or parameter whose type came from the context (PostgreSQL's `unknown`). */
  readonly untyped?: boolean;
  /** True when it contains an aggregate call at this query level. */
  readonly aggregate?: boolean;
}

/** What expression analysis needs from the statement around it. */
export interface AnalysisContext {
  readonly catalog: Catalog;
  /** Functions the user registered on the pg-mem database, by lower-case name. */
  readonly userFunctions: ReadonlyMap<string, UserFunction>;
  /** The engine's sequences (serial and identity columns, CREATE SEQUENCE). */
  readonly sequences: Sequences;
  /**
   * `$n` bound to a literal of the given type (or of the type its value is read as, when none);
   * `list` names the target list it stands alone in as a whole item (see ParameterBinder).
   */
  bindParameter(name: string, expected: PgType | undefined, list?: object): Typed;
  /**
   * Raises PostgreSQL's 42P02 when the message supplies no value for `$n` (the simple protocol):
   * where analysis meets a placeholder whose type its column decides later. Undefined: unchecked.
   */
  requireParameter?(name: string): void;
  /** How many elements `$n`'s value holds read as an array, undefined when unknown (see ParameterBinder.arrayLength). */
  parameterArrayLength?(name: string): number | undefined;
  /** The transaction's start (now()) and the statement's start (statement_timestamp()). */
  readonly transactionStart: Date;
  readonly statementStart: Date;
  /** Inside UPDATE/DELETE/INSERT: pg-mem re-runs subqueries against rows the statement already changed. */
  readonly inDataChange: boolean;
  /** Runs an analysed query on pg-mem now (a data change's uncorrelated subqueries run first). */
  evaluate(select: SelectStatement): ReadonlyArray<Readonly<Record<string, unknown>>>;
  /**
   * Runs `check` (a one-time filter's test: the executor's first step) once the whole statement is
   * analysed and planned, so an error of analysis anywhere in it comes first, as in PostgreSQL.
   * Undefined: at once.
   */
  deferToExecution?(check: () => void): void;
  /**
   * Keeps the error folding a constant raised (`1 / 0 = 1`): the planner's, raised once the whole
   * statement is analysed. Undefined: raised at once.
   */
  holdPlanError?(error: unknown): void;
}
