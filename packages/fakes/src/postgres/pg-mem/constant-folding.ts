import type { Expr } from 'pgsql-ast-parser';
import { isLiteral } from './literals.js';
import { CARDINALITY_VIOLATION, CHECKED_ARITHMETIC, SUBQUERY_ERROR } from './pg-mem-functions.js';
import {
  MOST_CONCAT_ARGS,
  RAISING_TEXT_FUNCTIONS,
  TEXT_FUNCTIONS,
  textFunctionName,
} from './text-functions.js';

/**
 * The engine's functions that can raise an error (division by zero, an integer or numeric
 * overflow, a length of a non-array, a negative substring length): where PostgreSQL would not evaluate them, pg-mem must not.
 */
const RAISING = new Set([
  'seams_int_div',
  'seams_int_mod',
  CHECKED_ARITHMETIC,
  'seams_int2_add',
  'seams_int2_sub',
  'seams_int2_mul',
  'seams_int4_add',
  'seams_int4_sub',
  'seams_int4_mul',
  'seams_int8_add',
  'seams_int8_sub',
  'seams_int8_mul',
  'seams_to_int2',
  'seams_to_int4',
  'seams_to_int8',
  'seams_numeric_fit',
  'seams_jsonb_array_length',
  ...RAISING_TEXT_FUNCTIONS,
]);

/** Immutable functions PostgreSQL's planner would fold when their arguments are constants. */
const IMMUTABLE = new Set([
  ...RAISING,
  'seams_numeric_round',
  'seams_float8_rint',
  // The text comparison GREATEST and LEAST are rewritten over: the planner folds those (MinMaxExpr).
  'seams_text_cmp',
  'seams_like',
  'seams_ilike',
  'seams_md5',
  // upper and lower are immutable too (their locale is the database's, fixed at its creation).
  'seams_upper',
  'seams_lower',
  'seams_length',
  'seams_octet_length',
  'coalesce',
  // These string functions are immutable (pg_proc's provolatile 'i'), so the planner folds
  // `starts_with('abc', 'x')` to false before the first row (concat and concat_ws, only stable,
  // are not among them).
  ...Object.entries(TEXT_FUNCTIONS).flatMap(([name, { args }]) =>
    args.map((signature) => textFunctionName(name, signature.length)),
  ),
]);

/**
 * Stable functions (provolatile 's'): never folded as the statement is planned, but a condition of
 * them and constants reads no row and calls nothing volatile, so it is a one-time filter all the
 * same (`strpos(concat('a', NULL), 'b') > 0` is tested once, before the first row).
 */
const STABLE = new Set(
  Array.from({ length: MOST_CONCAT_ARGS }, (_, index) => [
    textFunctionName('concat', index + 1),
    textFunctionName('concat_ws', index + 2),
  ]).flat(),
);

function children(expr: Expr): Expr[] {
  switch (expr.type) {
    case 'cast':
      return [expr.operand];
    case 'unary':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'call':
      return [...expr.args];
    case 'case':
      return [
        ...(expr.value ? [expr.value] : []),
        ...expr.whens.flatMap((w) => [w.when, w.value]),
        ...(expr.else ? [expr.else] : []),
      ];
    case 'list':
    case 'array':
      return [...expr.expressions];
    case 'ternary':
      return [expr.value, expr.lo, expr.hi];
    default:
      return [];
  }
}

/**
 * Functions that raise when evaluated but are never folded ahead of time: PostgreSQL reads their
 * value (an InitPlan's) only where the statement reaches it.
 */
const RAISING_WHEN_READ = new Set([CARDINALITY_VIOLATION, SUBQUERY_ERROR]);

/**
 * True for a rewritten condition PostgreSQL's planner treats as a pseudoconstant: it reads no
 * column, only constants and the values of uncorrelated subqueries (literals here, or the read of
 * a scalar subquery's several rows, which raises).
 */
export function isPseudoconstant(expr: Expr): boolean {
  if (isLiteral(expr)) return true;
  switch (expr.type) {
    case 'cast':
    case 'unary':
    case 'binary':
    case 'case':
    case 'list':
    case 'array':
    case 'ternary':
      return children(expr).every(isPseudoconstant);
    case 'call':
      return (
        isUncorrelatedExists(expr) ||
        ((IMMUTABLE.has(expr.function.name) ||
          STABLE.has(expr.function.name) ||
          RAISING_WHEN_READ.has(expr.function.name)) &&
          expr.args.every(isPseudoconstant))
      );
    default:
      return false;
  }
}

/**
 * An `EXISTS (subquery)` still in the rewritten tree. The typer refuses a subquery reading its
 * outer query, save the correlated shape it rewrites to `COALESCE(x IN (...), false)`, so the
 * subquery of one left as `exists` is uncorrelated: to PostgreSQL an InitPlan, a one-time filter
 * in its turn (`EXISTS (SELECT 1 FROM t WHERE false) AND (SELECT id FROM t) > 0` stops at the first).
 */
function isUncorrelatedExists(expr: Extract<Expr, { type: 'call' }>): boolean {
  const [subquery, ...others] = expr.args;
  return (
    expr.function.name === 'exists' &&
    expr.function.schema === undefined &&
    others.length === 0 &&
    subquery !== undefined &&
    SUBQUERY_TYPES.has(subquery.type)
  );
}

const SUBQUERY_TYPES = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive']);

/**
 * What testing a value against an array's elements costs (cost_qual_eval on a ScalarArrayOpExpr):
 * the operator on half the elements, or, for an equality over 9 or more constants (PostgreSQL 14+
 * hashes those: MIN_ARRAY_SIZE_FOR_HASHED_SAOP), one hash and one comparison.
 */
function arrayTestCost(elements: number, constant: boolean, equality: boolean): number {
  if (equality && constant && elements >= 9) return 2;
  return elements / 2;
}

/** The elements of an array literal written as text (`'{1,2,3}'::int[]`), which the planner folds and counts; undefined for any other array. */
function constantArrayLength(expr: Expr): number | undefined {
  if (expr.type !== 'cast' || expr.operand.type !== 'string') return undefined;
  const text = expr.operand.value.trim();
  if (!text.startsWith('{') || !text.endsWith('}') || /["{}]/.test(text.slice(1, -1))) return undefined;
  const inner = text.slice(1, -1).trim();
  return inner === '' ? 0 : inner.split(',').length;
}

/**
 * The elements of a parameter's array (`ANY ($1)`, `ANY ($1::int[])`): PostgreSQL plans an unnamed
 * statement for its bound values (a custom plan), where the parameter is a constant array it counts
 * and, for 9 elements or more, hashes; undefined when the value is unknown (sent in binary).
 */
function boundArrayLength(
  expr: Expr,
  parameterLength: (name: string) => number | undefined,
): number | undefined {
  const operand = expr.type === 'cast' ? expr.operand : expr;
  return operand.type === 'parameter' ? parameterLength(operand.name) : undefined;
}

/**
 * How many elements PostgreSQL's array input reads from `text` (all dimensions: `{{1,2},{3,4}}` is
 * 4, `{}` none), or undefined for text that is no array.
 */
export function arrayTextLength(text: string): number | undefined {
  const body = text.trim().replace(/^\[[^=]*\]\s*=\s*/, '');
  if (!body.startsWith('{') || !body.endsWith('}')) return undefined;
  let count = 0;
  let inElement = false;
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '\\') index++;
      else if (char === '"') quoted = false;
      continue;
    }
    if (char === '{' || char === '}' || char === ',') {
      inElement = false;
      continue;
    }
    if (/\s/.test(char ?? '')) continue;
    if (!inElement) {
      count++;
      inElement = true;
    }
    if (char === '"') quoted = true;
    else if (char === '\\') index++;
  }
  return count;
}

/** `x op ANY (...)` and its kin: over a subquery a SubPlan, over an array one operator per element. */
export const SUBLINK_CALLS = new Set(['any', 'some', 'all']);

/** What a subquery run per row (a SubPlan) adds to a condition's cost: far more than any operator. */
const SUBPLAN_COST = 1_000;

/** True when the rewritten expression calls one of the engine's functions that can raise. */
export function mayRaise(expr: Expr): boolean {
  if (expr.type === 'call' && (RAISING.has(expr.function.name) || RAISING_WHEN_READ.has(expr.function.name)))
    return true;
  return children(expr).some(mayRaise);
}

/**
 * True when the planner, folding the expression's constant parts, would evaluate one that raises
 * (`x * (1 / 0)` fails as it is planned, whatever x is).
 */
export function foldsRaising(expr: Expr): boolean {
  if (isConstantTree(expr)) return mayRaise(expr);
  return children(expr).some(foldsRaising);
}

/**
 * The values of stable and volatile calls the typer computes once for the statement (now(),
 * current_date, statement_timestamp(), clock_timestamp()): literals to pg-mem, but no constants
 * PostgreSQL's planner folds (eval_const_expressions folds immutable calls only), so `now() <
 * '2000-01-01' AND 1 / 0 = 1` still folds the division, and fails, as it is planned.
 */
const STABLE_VALUES = new WeakSet<Expr>();

/** Marks the value of a stable or volatile call (see STABLE_VALUES). */
export function stableValue(expr: Expr): Expr {
  STABLE_VALUES.add(expr);
  return expr;
}

/**
 * True for an expression of constants PostgreSQL's planner folds to one value before running the
 * statement (eval_const_expressions): literals, bound parameters, and operators and immutable
 * functions over them.
 */
export function isConstantTree(expr: Expr): boolean {
  if (STABLE_VALUES.has(expr)) return false;
  if (isLiteral(expr)) return true;
  switch (expr.type) {
    case 'cast':
    case 'unary':
    case 'binary':
    case 'case':
      return children(expr).every(isConstantTree);
    case 'call':
      return IMMUTABLE.has(expr.function.name) && expr.args.every(isConstantTree);
    default:
      return false;
  }
}

/**
 * Roughly what PostgreSQL's cost_qual_eval charges for a condition as written: one unit per
 * operator or function call, half a unit per element of an IN list, nothing for a column, a
 * constant, an IS NULL test or a scalar subquery (an InitPlan's value); a subquery run per row
 * (IN, ANY, an EXISTS that reads the outer row: `correlated` tells) costs far more. PostgreSQL's planner runs a scan's
 * conditions cheapest first (order_qual_clauses), so `4 / qty = 2 AND qty <> 0` tests qty <> 0 first.
 */
export function qualCost(
  expr: Expr,
  correlated: (subquery: Expr) => boolean = () => true,
  parameterLength: (name: string) => number | undefined = () => undefined,
): number {
  switch (expr.type) {
    case 'ref':
    case 'integer':
    case 'numeric':
    case 'string':
    case 'boolean':
    case 'null':
    case 'parameter':
    case 'constant':
    case 'keyword':
      return 0;
    case 'select':
    case 'union':
    case 'union all':
    case 'values':
    case 'with':
    case 'with recursive':
      // A scalar subquery: uncorrelated here (the typer refuses the others), to the planner an
      // InitPlan whose value is a Param, which costs a condition nothing.
      return 0;
    case 'unary':
      return (
        (expr.op === 'IS NULL' || expr.op === 'IS NOT NULL' ? 0 : 1) +
        qualCost(expr.operand, correlated, parameterLength)
      );
    case 'binary': {
      if ((expr.op === 'IN' || expr.op === 'NOT IN') && expr.right.type === 'list')
        return (
          qualCost(expr.left, correlated, parameterLength) +
          arrayTestCost(expr.right.expressions.length, expr.right.expressions.every(isConstantTree), true)
        );
      // `x IN (subquery)`: a SubPlan run (or hashed) per row.
      if ((expr.op === 'IN' || expr.op === 'NOT IN') && SUBQUERY_TYPES.has(expr.right.type))
        return 1 + qualCost(expr.left, correlated, parameterLength) + SUBPLAN_COST;
      // `x = ANY (array)`, as an IN list (see arrayTestCost); an array PostgreSQL cannot count
      // as it plans (a column, a parameter of a generic plan) it estimates at 10 elements.
      const { right } = expr;
      if (right.type === 'call' && SUBLINK_CALLS.has(right.function.name) && right.args.length === 1) {
        const [array] = right.args;
        if (array && !SUBQUERY_TYPES.has(array.type)) {
          // PostgreSQL 15 hashes `= ANY` and `<> ALL` only (a NOT IN is the latter).
          const all = right.function.name === 'all';
          const equality = all ? expr.op === '!=' : expr.op === '=';
          const counted = constantArrayLength(array) ?? boundArrayLength(array, parameterLength);
          const cost =
            array.type === 'array'
              ? arrayTestCost(array.expressions.length, array.expressions.every(isConstantTree), equality)
              : arrayTestCost(counted ?? 10, counted !== undefined, equality);
          return qualCost(expr.left, correlated, parameterLength) + cost;
        }
      }
      const own = expr.op === 'AND' || expr.op === 'OR' ? 0 : 1;
      return (
        own + qualCost(expr.left, correlated, parameterLength) + qualCost(right, correlated, parameterLength)
      );
    }
    case 'call': {
      const [subquery] = expr.args;
      // An uncorrelated EXISTS is an InitPlan too, its value a Param.
      if (expr.function.name === 'exists' && subquery && SUBQUERY_TYPES.has(subquery.type))
        return correlated(subquery) ? 1 + SUBPLAN_COST : 0;
      // `= ANY (subquery)`: a SubPlan per row (or a hashed one).
      if (SUBLINK_CALLS.has(expr.function.name) && subquery && SUBQUERY_TYPES.has(subquery.type))
        return 1 + SUBPLAN_COST;
      return 1 + children(expr).reduce((sum, child) => sum + qualCost(child, correlated, parameterLength), 0);
    }
    default:
      return 1 + children(expr).reduce((sum, child) => sum + qualCost(child, correlated, parameterLength), 0);
  }
}
