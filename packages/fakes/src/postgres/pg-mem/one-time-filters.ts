import type { Expr, ExprRef } from 'pgsql-ast-parser';
import { isConstantTree, isPseudoconstant, mayRaise } from './constant-folding.js';
import { isNullLiteral } from './literals.js';
import { CARDINALITY_VIOLATION, SUBQUERY_ERROR } from './pg-mem-functions.js';
import { pgError, refuse } from './refusal.js';

/** One top-level WHERE condition: as rewritten for pg-mem, and as written. */
export interface Conjunct {
  readonly typed: Expr;
  readonly source: Expr;
  /**
   * The written condition reads a column of the query's rows (see readsRow), however its rewritten
   * form folded: `id IN (SELECT ... none)` is FALSE here, to the planner a semi-join per row.
   */
  readonly readsRow?: boolean;
}

/**
 * Runs a top-level WHERE's one-time filters as PostgreSQL does, before the statement reads a row.
 *
 * PostgreSQL's planner moves a WHERE condition that reads no column of the query (constants and
 * uncorrelated scalar subqueries, its InitPlans) out of the scan to a gating Result that tests it
 * once, in the order written, before the first row is fetched. So a scalar subquery of several rows
 * there fails the statement (21000) even where no row would reach it: an empty table, or another
 * condition false on every row. pg-mem tests every condition per row, and tests none on no rows.
 * `conjuncts` are the WHERE's top-level conditions as rewritten for pg-mem, in the order written;
 * `value` evaluates one without a row; it raises what evaluating the condition raises.
 * Nothing runs when a constant condition is false or NULL: the planner then drops the whole WHERE
 * (eval_const_expressions) and no InitPlan of it is read. Returns whether the scan runs at all:
 * false where the planner dropped it or a filter did not hold.
 */
export function runOneTimeFilters(
  conjuncts: readonly Conjunct[],
  value: (expr: Expr) => boolean | null | undefined,
  columnKey: (column: ExprRef) => string | undefined = () => undefined,
  joins: readonly JoinCondition[] = [],
): boolean {
  // A boolean or NULL constant inside a condition can decide it as the planner folds it
  // (`(SELECT ...) > 0 OR true` is true, its InitPlan gone): such a condition stays per row.
  const filters = conjuncts
    .filter(
      ({ typed, source, readsRow }) => !readsRow && isPseudoconstant(typed) && !hasTruthConstant(source),
    )
    .map(({ typed }) => typed);
  const derived = equivalenceFilters(conjuncts, columnKey, joins);
  if (!filters.some(mayRaise) && !derived.some(mayRaise)) return true;
  for (const { typed, source } of conjuncts) {
    // A subquery's value is a literal here, but to the planner an InitPlan, never folded.
    if (hasSubquery(source)) continue;
    const folded = isConstantTree(typed)
      ? value(typed)
      : comparesWithNull(typed) || foldsToNull(source)
        ? null
        : undefined;
    if (folded === false || folded === null) return false;
  }
  // A condition of subqueries and a boolean or NULL constant is folded by the planner first:
  // `EXISTS (...) OR false` becomes a filter of its own, `... OR true` goes, `... AND false` drops
  // the WHERE. Not followed here: when a filter would fail the statement beside such a condition,
  // the fake cannot tell whether PostgreSQL reads that filter at all.
  const folds = conjuncts.some(
    ({ typed, source, readsRow }) => !readsRow && isPseudoconstant(typed) && hasTruthConstant(source),
  );
  // In the order written: the planner charges each the same (its InitPlan's cost), so
  // `(SELECT false) AND (SELECT id FROM t) > 0` stops at the first and reads no second.
  for (const typed of filters) {
    let tested: boolean | null | undefined;
    try {
      tested = value(typed);
    } catch (error) {
      if (folds)
        throw refuse(
          'a WHERE condition of subqueries and a boolean or NULL constant beside a condition that fails on its own',
        );
      throw error;
    }
    // The gating Result stops at the first filter that does not hold: the rest are never read.
    if (tested !== true) return false;
  }
  // Derived after the written ones, and as cheap: they come last. Two constants that differ make
  // the relation empty as the planner folds them: nothing is read then.
  if (derived.some((filter) => isConstantTree(filter) && value(filter) !== true)) return false;
  for (const filter of derived) if (value(filter) !== true) return false;
  return true;
}

/**
 * The one-time filters PostgreSQL's planner derives from equalities (its equivalence classes):
 * `id = 2 AND id = (SELECT ...)` puts `id`, `2` and the subquery's InitPlan in one class, which
 * becomes the scan condition `id = 2` and the condition `(SELECT ...) = 2`, that reads no column:
 * a one-time filter, tested before the first row (generate_base_implied_equalities_const). So a
 * subquery of several rows fails the statement there (21000) where no row would reach it. The
 * class's constant is its first literal or parameter (else its last subquery); every other member
 * that reads no column is compared with it. Only the classes of one column of the query's own FROM
 * compared with `=` are followed; `columnKey` names that column, or is undefined for any other.
 */
function equivalenceFilters(
  conjuncts: readonly Conjunct[],
  columnKey: (column: ExprRef) => string | undefined,
  joins: readonly JoinCondition[],
): Expr[] {
  const same = joinedColumns(conjuncts, columnKey, joins);
  const classes = new Map<string, { typed: Expr; constant: boolean }[]>();
  for (const { typed, source } of conjuncts) {
    if (typed.type !== 'binary' || typed.op !== '=' || source.type !== 'binary' || source.op !== '=')
      continue;
    const sides = [
      [typed.left, typed.right, source.right],
      [typed.right, typed.left, source.left],
    ] as const;
    for (const [column, other, written] of sides) {
      if (!hasColumn(column) || hasColumn(written)) continue;
      const own = memberKey(column, columnKey);
      const key = own === undefined ? undefined : same(own);
      // A subquery run ahead (a nested one, analysed again as its own statement) is a literal by
      // now, or the read of a held error: an InitPlan's value all the same.
      const subquery = hasSubquery(written) || readsHeldValue(other);
      // A volatile or stable call is no member PostgreSQL folds: such a class is left alone.
      if (key === undefined || (!subquery && !isConstantTree(other))) break;
      const members = classes.get(key) ?? [];
      members.push({ typed: other, constant: !subquery });
      classes.set(key, members);
      break;
    }
  }
  const filters: Expr[] = [];
  for (const members of classes.values()) {
    if (members.length < 2 || members.every((member) => member.constant)) continue;
    const chosen = members.find((member) => member.constant) ?? members.at(-1);
    if (!chosen) continue;
    for (const member of members)
      if (member !== chosen)
        filters.push({ type: 'binary', op: '=', left: member.typed, right: chosen.typed });
  }
  return filters;
}

/**
 * The ON condition of a join in the statement's FROM. A LEFT JOIN's (`nullable` names the joined
 * source's key prefix) joins the classes only where the WHERE compares a column of that source:
 * such a condition is strict there, so the planner makes the join an inner one (reduce_outer_joins).
 */
export interface JoinCondition {
  readonly on: Expr;
  readonly nullable?: string;
}

/**
 * Which class each column belongs to once `a.x = b.y` between two columns of the query's own FROM
 * (a top-level WHERE condition, or an inner join's ON) puts both in one: PostgreSQL's equivalence
 * classes merge through such equalities, so `u.t_id = 2 AND t.id = (SELECT ...)` with `ON t.id =
 * u.t_id` is one class whose subquery is compared with 2 before the first row. Returns the class's
 * name for a column's key.
 */
function joinedColumns(
  conjuncts: readonly Conjunct[],
  columnKey: (column: ExprRef) => string | undefined,
  joins: readonly JoinCondition[],
): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root))
      root = next;
    return root;
  };
  const whereColumns = conjuncts.flatMap(({ source }) => comparedColumns(source, columnKey));
  const equalities = [
    ...joins
      .filter(
        ({ nullable }) => nullable === undefined || whereColumns.some((key) => key.startsWith(nullable)),
      )
      .flatMap(({ on }) => topLevelAnd(on)),
    ...conjuncts.map(({ source }) => source),
  ];
  for (const condition of equalities) {
    if (condition.type !== 'binary' || condition.op !== '=') continue;
    if (condition.left.type !== 'ref' || condition.right.type !== 'ref') continue;
    const left = columnKey(condition.left);
    const right = columnKey(condition.right);
    if (left === undefined || right === undefined) continue;
    const [a, b] = [find(left), find(right)];
    if (a !== b) parent.set(a, b);
  }
  return find;
}

/** The keys of the columns a top-level comparison of the WHERE reads outside subqueries (strict in them). */
function comparedColumns(source: Expr, columnKey: (column: ExprRef) => string | undefined): string[] {
  if (source.type !== 'binary' || !STRICT_COMPARISONS.has(source.op)) return [];
  const keys: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const { type } = node as { type?: unknown };
    if (type === 'ref') {
      const key = columnKey(node as ExprRef);
      if (key !== undefined) keys.push(key);
      return;
    }
    if (typeof type === 'string' && SUBQUERY_TYPES.has(type)) return;
    for (const value of Object.values(node)) visit(value);
  };
  visit(source);
  return keys;
}

function topLevelAnd(expr: Expr): Expr[] {
  return expr.type === 'binary' && expr.op === 'AND'
    ? [...topLevelAnd(expr.left), ...topLevelAnd(expr.right)]
    : [expr];
}

const SUBQUERY_TYPES = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive']);

/** The table a column compared in WHERE belongs to, when an index of it scans by the column (see readAtScanStart). */
export interface ScanKey {
  readonly table: string;
  /** ANALYZE ran on the table: the planner's choice follows its rows, not its default estimates. */
  readonly analysed: boolean;
}

/** Comparisons a btree (or, for =, a hash) index scans by. */
const SCAN_OPERATORS = new Set(['=', '<', '<=', '>', '>=']);

/**
 * Raises a scalar subquery's 21000 where PostgreSQL computes it before the first row: as the key
 * of an index scan.
 *
 * A top-level WHERE condition an index can take (`column = (SELECT ...)`, <, >, BETWEEN, an IN
 * list, or an OR of such conditions on one table: a bitmap OR) is, on a table without statistics
 * (no ANALYZE: the planner's default estimates), an index scan whose key holds that InitPlan's
 * value: PostgreSQL computes it as the scan starts, so a subquery of several rows fails the
 * statement on an empty table or beside another condition false on every row. pg-mem reads the
 * value per row, and on no row when none gets that far. On an analysed table the planner may scan
 * the table instead and read the value on no row: the fake cannot tell, so it refuses. `scanKey`
 * says whether an index scans by a column; a WHERE with a one-time filter (a condition reading no
 * column) is left alone, as that filter decides first (runOneTimeFilters).
 */
export function readAtScanStart(
  conjuncts: readonly Conjunct[],
  scanKey: (column: ExprRef) => ScanKey | undefined,
): void {
  if (conjuncts.some(({ typed, readsRow }) => !readsRow && isPseudoconstant(typed))) return;
  for (const { typed, source } of conjuncts) {
    if (!readsSeveralRows(typed)) continue;
    const columns = indexConditionColumns(source);
    if (!columns) continue;
    const keys = columns.map(scanKey);
    const [first] = keys;
    // Every arm of an OR on an index of one table, or the bitmap OR is no plan for it.
    if (!first || keys.some((key) => key?.table !== first.table)) continue;
    if (keys.some((key) => key?.analysed))
      throw refuse(
        'a scalar subquery of several rows compared with an indexed column of an ANALYZEd table (whether PostgreSQL reads it depends on its plan)',
      );
    throw pgError('21000', 'more than one row returned by a subquery used as an expression');
  }
}

/**
 * The columns an index scan would take the written condition on (`column op value`, BETWEEN, an
 * IN list, each arm of an OR), where the values read no column of the query; undefined when the
 * condition is no such shape.
 */
function indexConditionColumns(expr: Expr): ExprRef[] | undefined {
  if (expr.type === 'binary' && expr.op === 'OR') {
    const left = indexConditionColumns(expr.left);
    const right = left && indexConditionColumns(expr.right);
    return left && right ? [...left, ...right] : undefined;
  }
  if (expr.type === 'binary' && SCAN_OPERATORS.has(expr.op)) {
    if (expr.left.type === 'ref' && !hasColumn(expr.right)) return [expr.left];
    if (expr.right.type === 'ref' && !hasColumn(expr.left)) return [expr.right];
    return undefined;
  }
  if (expr.type === 'binary' && expr.op === 'IN' && expr.left.type === 'ref' && expr.right.type === 'list')
    return hasColumn(expr.right) ? undefined : [expr.left];
  if (expr.type === 'ternary' && expr.op === 'BETWEEN' && expr.value.type === 'ref')
    return hasColumn(expr.lo) || hasColumn(expr.hi) ? undefined : [expr.value];
  return undefined;
}

/**
 * What names an expression reading columns as a member of a class: the column, or the expression
 * over columns of the query's own FROM (`id::int`); undefined for one reading any other column.
 */
function memberKey(expr: Expr, columnKey: (column: ExprRef) => string | undefined): string | undefined {
  if (expr.type === 'ref') return columnKey(expr);
  let own = true;
  const text = JSON.stringify(expr, (_name, value: unknown) => {
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ref') {
      const key = columnKey(value as ExprRef);
      if (key === undefined) own = false;
      return key;
    }
    return value;
  });
  return own ? `expression ${text}` : undefined;
}

/** True when the rewritten expression reads a scalar subquery's held failure: several rows, or an error of its own. */
function readsHeldValue(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(readsHeldValue);
  const call = node as { type?: unknown; function?: { name?: unknown } };
  if (
    call.type === 'call' &&
    (call.function?.name === CARDINALITY_VIOLATION || call.function?.name === SUBQUERY_ERROR)
  )
    return true;
  return Object.values(node).some(readsHeldValue);
}

/** True when the rewritten condition holds a scalar subquery of several rows (see the typer's #scalarSubquery). */
function readsSeveralRows(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(readsSeveralRows);
  const call = node as { type?: unknown; function?: { name?: unknown } };
  if (call.type === 'call' && call.function?.name === CARDINALITY_VIOLATION) return true;
  return Object.values(node).some(readsSeveralRows);
}

/**
 * True when the written condition tests the query's rows through a subquery the rewriting ran
 * ahead: `x IN (subquery)` with a column in x (its rows become a list here, none a FALSE), or an
 * EXISTS whose subquery reads the outer row (`correlated` tells). To the planner each is a
 * semi-join per row, no one-time filter, whatever the rewritten form folded to. (A column compared
 * with a scalar subquery is left as rewritten: PostgreSQL reads that InitPlan where an index scan
 * starts, before any row.)
 */
export function readsRow(node: unknown, correlated: (subquery: Expr) => boolean): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((item) => readsRow(item, correlated));
  const expr = node as Expr;
  if (typeof expr.type === 'string' && SUBQUERY_TYPES.has(expr.type)) return false;
  if (expr.type === 'call' && expr.function.name === 'exists' && expr.args.length === 1 && expr.args[0])
    return correlated(expr.args[0]);
  if (
    expr.type === 'binary' &&
    (expr.op === 'IN' || expr.op === 'NOT IN') &&
    SUBQUERY_TYPES.has(expr.right.type) &&
    hasColumn(expr.left)
  )
    return true;
  return Object.values(node).some((value) => readsRow(value, correlated));
}

/** True when the written expression reads a column outside its subqueries. */
export function hasColumn(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasColumn);
  const { type } = node as { type?: unknown };
  if (type === 'ref') return true;
  if (typeof type === 'string' && SUBQUERY_TYPES.has(type)) return false;
  return Object.values(node).some(hasColumn);
}

/** True when the written condition has a boolean or NULL literal outside its subqueries. */
export function hasTruthConstant(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasTruthConstant);
  const { type } = node as { type?: unknown };
  if (type === 'boolean' || type === 'null') return true;
  if (typeof type === 'string' && SUBQUERY_TYPES.has(type)) return false;
  // concat() and concat_ws() are stable and skip a NULL: the planner folds nothing through them.
  const call = node as { type?: unknown; function?: { name?: unknown } };
  if (call.type === 'call' && (call.function?.name === 'concat' || call.function?.name === 'concat_ws'))
    return false;
  return Object.values(node).some(hasTruthConstant);
}

/** True when the written condition contains a subquery anywhere in its tree. */
export function hasSubquery(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasSubquery);
  const { type } = node as { type?: unknown };
  if (typeof type === 'string' && SUBQUERY_TYPES.has(type)) return true;
  return Object.values(node).some(hasSubquery);
}

/** A comparison with a NULL operand: the planner folds it to NULL whatever the row (`id = NULL`). */
export function comparesWithNull(typed: Expr): boolean {
  return (
    typed.type === 'binary' &&
    STRICT_COMPARISONS.has(typed.op) &&
    (isNullLiteral(typed.left) || isNullLiteral(typed.right))
  );
}

const STRICT_COMPARISONS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

/** Written operators PostgreSQL implements with strict functions: a NULL operand makes them NULL. */
const STRICT_OPERATORS = new Set([
  ...STRICT_COMPARISONS,
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  'LIKE',
  'NOT LIKE',
  'ILIKE',
  'NOT ILIKE',
  '~',
  '~*',
  '!~',
  '!~*',
]);

/** Written functions pg_proc marks strict (proisstrict): never called with a NULL argument. */
const STRICT_FUNCTIONS = new Set([
  'starts_with',
  'repeat',
  'reverse',
  'btrim',
  'ltrim',
  'rtrim',
  'left',
  'right',
  'lpad',
  'rpad',
  'replace',
  'split_part',
  'strpos',
  'substr',
  'upper',
  'lower',
  'length',
  'char_length',
  'octet_length',
  'initcap',
  'md5',
  'abs',
  'mod',
  'round',
  'trunc',
  'ceil',
  'floor',
  'sqrt',
  'sign',
  'power',
]);

/**
 * True when the written expression is a strict operator or function with a NULL constant among
 * its operands, at any depth of strict calls: the planner replaces it by NULL whatever the row
 * (evaluate_function: "a strict function with a constant-NULL input will never be called"), so
 * `starts_with(name, rtrim(NULL, ' '))` is a constant NULL condition, and nothing after it in the
 * WHERE is run. `||`, CASE, COALESCE and IS [NOT] DISTINCT FROM are not strict.
 */
export function foldsToNull(source: Expr): boolean {
  switch (source.type) {
    case 'null':
      return true;
    case 'cast':
      return foldsToNull(source.operand);
    case 'unary':
      return (source.op === '-' || source.op === '+' || source.op === 'NOT') && foldsToNull(source.operand);
    case 'binary':
      return STRICT_OPERATORS.has(source.op) && (foldsToNull(source.left) || foldsToNull(source.right));
    case 'call':
      return (
        source.function.schema === undefined &&
        STRICT_FUNCTIONS.has(source.function.name.toLowerCase()) &&
        source.args.some(foldsToNull)
      );
    default:
      return false;
  }
}
