import type { Expr } from 'pgsql-ast-parser';
import { isConstantTree, mayRaise } from './constant-folding.js';
import { refuse } from './refusal.js';

/**
 * The values of a named prepared statement's sixth or later execution. PostgreSQL plans a named
 * statement's first five executions for their values (custom plans: a parameter is a constant it
 * folds, an array it counts), and from the sixth on may run one generic plan instead, where a
 * parameter is an unknown value: `CASE WHEN $1 > 0 THEN 1 ELSE 1 / 0 END` then fails as planned
 * (1 / 0 folds, the CASE does not), `10 / $1` with $1 = 0 fails only where a row reads it, and
 * `= ANY ($1)` costs 10 elements, unhashed. Which plan runs is a cost comparison (choose_custom_plan)
 * the fake does not make: where the answer depends on it, the statement is refused.
 */
const GENERIC_VALUES = new WeakSet<Expr>();

/** Marks a bound value as a parameter of an execution that may run a generic plan. */
export function markGenericParameter(expr: Expr): Expr {
  GENERIC_VALUES.add(expr);
  return expr;
}

/** True when the expression holds a value bound for an execution that may run a generic plan. */
export function readsGenericParameter(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (GENERIC_VALUES.has(node as Expr)) return true;
  if (Array.isArray(node)) return node.some(readsGenericParameter);
  return Object.values(node).some(readsGenericParameter);
}

export function genericPlanRefusal(what: string): Error {
  return refuse(
    `${what} in the sixth or later execution of a named prepared statement (PostgreSQL then chooses a generic or a custom plan by their costs, and the two answer differently)`,
  );
}

/**
 * Refuses a statement where folding a constant expression of a parameter (as a custom plan does)
 * fails: a generic plan folds no parameter, and fails only where a row reaches the expression.
 * `evaluate` computes an expression of constants, raising what computing it raises.
 */
export function checkGenericFolding(statement: unknown, evaluate: (expr: Expr) => void): void {
  const visit = (node: unknown, inParameterTree: boolean): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, inParameterTree);
      return;
    }
    const expr = node as Expr;
    const folded = typeof expr.type === 'string' && mayRaise(expr) && isConstantTree(expr);
    if (folded && !readsGenericParameter(expr)) {
      // Constants of no parameter: a generic plan folds them too, and fails as the custom one.
      if (inParameterTree) evaluate(expr);
      return;
    }
    if (folded) {
      for (const value of Object.values(node)) visit(value, true);
      try {
        evaluate(expr);
      } catch {
        throw genericPlanRefusal('an expression of a parameter that fails as it is folded');
      }
      return;
    }
    for (const value of Object.values(node)) visit(value, inParameterTree);
  };
  visit(statement, false);
}
