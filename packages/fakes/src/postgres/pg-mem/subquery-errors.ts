import type { Expr, SelectStatement } from 'pgsql-ast-parser';
import { FakePostgresError } from '../fake-postgres-error.js';
import { isConstantTree, mayRaise } from './constant-folding.js';
import { isNullLiteral, literalOf } from './literals.js';
import { SUBQUERY_ERROR, subqueryErrorOf } from './pg-mem-functions.js';
import type { PgType } from './pg-type.js';

interface HeldError {
  readonly code: string;
  readonly message: string;
  readonly fields: FakePostgresError['details'];
  /** Raised by the planner's folding (see raisedAsPlanned), not only as a row reads the value. */
  readonly planned: boolean;
}

/**
 * A scalar subquery's value when running it ahead (see the typer's #scalarSubquery) raised `error`:
 * an expression that raises it where it stays, or undefined when the error is not one to hold (a
 * refusal, or an error of pg-mem's own, which stay where they are raised).
 *
 * PostgreSQL never plans a subquery the planner's constant folding removed first (eval_const_expressions
 * before the sublinks are planned): `COALESCE(2, (SELECT 1/0))`, a CASE arm after a constant true, an
 * AND beside a constant false. The typer's pruning drops this expression just there. Where it
 * survives, an error of the subquery's constants (`planned`, see raisedAsPlanned) is raised before
 * the statement runs (raiseHeldSubqueryError), as the planner folding them raises, read or not; an
 * error only the rows it reads raise is raised where pg-mem reads the value, as an InitPlan runs.
 */
export function heldSubqueryError(error: unknown, type: PgType, planned: boolean): Expr | undefined {
  if (!(error instanceof FakePostgresError) || error.code === '0A000') return undefined;
  return held(error, type, planned);
}

/**
 * A function's run-time error the analysis already knows (`extract(minute FROM date_col)`: 0A000
 * from extract_date as it runs), held where the call stands rather than raised as the statement is
 * analysed: PostgreSQL raises it only where a row reaches the call with a value that is not NULL
 * (the function is strict), after every parse-analysis error of the statement (a later
 * `mod(numeric, float8)` is 42883 first), or, over constants alone, as the planner folds the call
 * (`planned`: before the first row, unless folding dropped it unread).
 */
export function heldRunTimeError(error: FakePostgresError, operand: Expr, type: PgType): Expr {
  if (isNullLiteral(operand)) return literalOf(null, type);
  const raising = held(error, type, isConstantTree(operand));
  if (raising.type !== 'case') return raising;
  return {
    ...raising,
    whens: [
      { when: { type: 'unary', op: 'IS NULL', operand }, value: literalOf(null, type) },
      ...raising.whens,
    ],
  };
}

function held(error: FakePostgresError, type: PgType, planned: boolean): Expr {
  heldCount += 1;
  // Several rows of a subquery inside it are read as its rows are, never folded by the planner.
  const held: HeldError = {
    code: error.code,
    message: error.message,
    fields: error.details,
    planned: planned && error.code !== '21000',
  };
  return {
    type: 'case',
    whens: [
      {
        when: {
          type: 'call',
          function: { name: SUBQUERY_ERROR },
          args: [{ type: 'string', value: JSON.stringify(held) }],
        },
        value: literalOf(null, type),
      },
    ],
  };
}

let heldCount = 0;

/** How many subquery errors were held so far: a statement whose analysis held none has none to raise. */
export function heldSubqueryErrors(): number {
  return heldCount;
}

/**
 * Raises the first held subquery error of its constants left in a statement about to run: its
 * subquery survived the planner's folding, so PostgreSQL planned it, and folding its constants
 * raised there. An error only the rows it reads raise stays where it is, raised if pg-mem reads
 * the value (an InitPlan runs when first read).
 */
export function raiseHeldSubqueryError(statement: unknown): void {
  const held = findHeld(statement, true);
  if (held !== undefined) throw subqueryErrorOf(held);
}

/**
 * Whether PostgreSQL 15 raises a subquery's error as it plans it: a subquery of constants alone (no
 * FROM), one reading a one-row VALUES (which the planner pulls up into it), or one with a constant part that
 * raises on its own (`SELECT 1/0 FROM t`: eval_const_expressions folds it). `written` is the subquery
 * as written, `rewritten` as the fake runs it; `raises` evaluates a constant part, telling whether it fails.
 */
export function raisedAsPlanned(
  written: SelectStatement,
  rewritten: SelectStatement,
  raises: (expr: Expr) => boolean,
): boolean {
  // The planner pulls a one-row VALUES up into the subquery: its columns become constants to fold.
  if (written.type === 'select' && (!written.from?.length || written.from.some(isOneRowValues))) return true;
  let found = false;
  const visit = (node: unknown): void => {
    if (found || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const expr = node as Expr;
    if (typeof expr.type === 'string' && isConstantTree(expr)) {
      if (mayRaise(expr) && raises(expr)) found = true;
      return;
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(rewritten);
  return found;
}

function isOneRowValues(
  from: NonNullable<Extract<SelectStatement, { type: 'select' }>['from']>[number],
): boolean {
  return from.type === 'statement' && from.statement.type === 'values' && from.statement.values.length === 1;
}

/** True when the expression holds a subquery's error (see heldSubqueryError). */
export function holdsSubqueryError(expr: Expr): boolean {
  return findHeld(expr, false) !== undefined;
}

function findHeld(node: unknown, plannedOnly: boolean): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findHeld(item, plannedOnly);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const call = node as { type?: unknown; function?: { name?: unknown }; args?: { value?: unknown }[] };
  if (call.type === 'call' && call.function?.name === SUBQUERY_ERROR) {
    const value = call.args?.[0]?.value;
    if (typeof value === 'string' && (!plannedOnly || (JSON.parse(value) as HeldError).planned)) return value;
  }
  for (const value of Object.values(node)) {
    const found = findHeld(value, plannedOnly);
    if (found !== undefined) return found;
  }
  return undefined;
}
