import type { Expr, From, SelectFromStatement } from 'pgsql-ast-parser';
import { callsVolatile } from './expression-typer.js';
import { hasColumn } from './one-time-filters.js';

/**
 * The query as PostgreSQL's planner distributes its conditions before it plans any scan
 * (subquery_planner, deconstruct_jointree), for the conditions whose place decides what runs:
 *
 * - HAVING: a top-level condition with no aggregate, nothing volatile and no subquery run per row
 *   is moved to WHERE (with GROUP BY) or copied there (without): `HAVING 1 = 2` or
 *   `HAVING $1::boolean` empties the input before any aggregate is computed, `HAVING (SELECT ...)
 *   > 0` is a one-time filter tested before the first row even of an empty table, and `HAVING
 *   10 / qty > 0` (qty grouped) runs per row among the WHERE's conditions, cheapest first.
 * - an inner join's ON: a condition reading no column (constants, a subquery's value, a stable
 *   call) is a gating qual pushed to the top of the plan, tested once before any row as the
 *   WHERE's are, unless the join is on the nullable side of an outer join.
 *
 * - a join's ON condition reading only the joined table's columns (of a LEFT or an inner join) is a
 *   condition of that table's scan, tested on each of its rows, matched or not: `LEFT JOIN o ON
 *   o.customer_id = c.id AND 10 / o.qty > 1` divides by the qty of every row of o. Moved only
 *   where such a condition can raise (a division), as a derived table around the joined table.
 *
 * The conditions are moved in the written tree, so one-time filters (runOneTimeFilters) and the
 * order of a scan's conditions see them where PostgreSQL runs them. Returns the query unchanged
 * when nothing moves. The written HAVING is still typed as written (its errors of analysis and
 * its grouping check are the written clause's): see SelectAnalyzer.
 */
export function distributeQuals(written: SelectFromStatement, grouped: boolean): SelectFromStatement {
  const pushed = written.for ? undefined : pushedDown(written.from ?? []);
  const select = pushed ? { ...written, from: pushed } : written;
  const fromOn = gatingJoinConditions(select.from ?? []);
  const fromHaving = select.having ? movedHaving(select.having) : undefined;
  if (!fromOn && !fromHaving) return select;
  const where = andOf([
    ...(fromOn?.moved ?? []),
    ...(select.where ? [select.where] : []),
    ...(fromHaving?.moved ?? []),
  ]);
  // With GROUP BY the condition leaves HAVING; without, HAVING keeps it too (one group of all rows).
  const having = fromHaving && grouped ? andOf(fromHaving.kept) : select.having;
  return {
    ...select,
    ...(fromOn && { from: fromOn.from }),
    where,
    having,
  };
}

function andOf(conditions: readonly Expr[]): Expr | undefined {
  return conditions.reduce<Expr | undefined>(
    (left, right) => (left ? { type: 'binary', op: 'AND', left, right } : right),
    undefined,
  );
}

function conjuncts(expr: Expr): Expr[] {
  return expr.type === 'binary' && expr.op === 'AND'
    ? [...conjuncts(expr.left), ...conjuncts(expr.right)]
    : [expr];
}

/** HAVING's top-level conditions PostgreSQL moves to WHERE, and those it keeps; undefined when none moves. */
function movedHaving(having: Expr): { moved: Expr[]; kept: Expr[] } | undefined {
  const all = conjuncts(having);
  const moved = all.filter(
    (condition) => !readsAggregate(condition) && !callsVolatile(condition) && !runsPerRow(condition),
  );
  if (moved.length === 0) return undefined;
  return { moved, kept: all.filter((condition) => !moved.includes(condition)) };
}

/**
 * The ON conditions of inner joins PostgreSQL tests as gating quals at the top of the plan, taken
 * out of their joins (an ON left empty is `ON true`); undefined when there are none.
 */
function gatingJoinConditions(from: readonly From[]): { from: From[]; moved: Expr[] } | undefined {
  const moved: Expr[] = [];
  const rewritten = from.map((item, index) => {
    const { join } = item;
    if (!join?.on || join.type !== 'INNER JOIN') return item;
    // A later RIGHT or FULL JOIN makes this join its nullable side: its quals gate it there only.
    if (
      from
        .slice(index + 1)
        .some((later) => later.join?.type === 'RIGHT JOIN' || later.join?.type === 'FULL JOIN')
    )
      return item;
    const all = conjuncts(join.on);
    const gating = all.filter((condition) => !hasColumn(condition) && !callsVolatile(condition));
    if (gating.length === 0) return item;
    moved.push(...gating);
    const on = andOf(all.filter((condition) => !gating.includes(condition))) ?? {
      type: 'boolean',
      value: true,
    };
    return { ...item, join: { ...join, on } };
  });
  return moved.length > 0 ? { from: rewritten, moved } : undefined;
}

const SUBQUERY_TYPES = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive']);

/** Aggregates (and GROUPING) PostgreSQL 15 knows; a call with FILTER, WITHIN GROUP or ORDER BY in it is one too. */
const AGGREGATE_NAMES = new Set([
  'count',
  'sum',
  'min',
  'max',
  'avg',
  'bool_and',
  'bool_or',
  'every',
  'string_agg',
  'array_agg',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'jsonb_object_agg',
  'bit_and',
  'bit_or',
  'bit_xor',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
  'corr',
  'covar_pop',
  'covar_samp',
  'regr_avgx',
  'regr_avgy',
  'regr_count',
  'regr_intercept',
  'regr_r2',
  'regr_slope',
  'regr_sxx',
  'regr_sxy',
  'regr_syy',
  'percentile_cont',
  'percentile_disc',
  'mode',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'range_agg',
  'range_intersect_agg',
  'xmlagg',
  'grouping',
]);

/** True when the written condition calls an aggregate of this query (outside its subqueries). */
function readsAggregate(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(readsAggregate);
  const call = node as {
    type?: unknown;
    function?: { name?: unknown };
    filter?: unknown;
    withinGroup?: unknown;
  };
  if (typeof call.type === 'string' && SUBQUERY_TYPES.has(call.type)) return false;
  if (call.type === 'call') {
    const name = typeof call.function?.name === 'string' ? call.function.name.toLowerCase() : '';
    if (AGGREGATE_NAMES.has(name) || call.filter !== undefined || call.withinGroup !== undefined) return true;
  }
  return Object.values(node).some(readsAggregate);
}

/**
 * True when the written condition holds a subquery PostgreSQL runs as a SubPlan (`x IN (...)`,
 * `x = ANY (...)`): contain_subplans keeps such a HAVING condition in HAVING. A scalar subquery
 * or EXISTS (uncorrelated: the typer refuses the others) is an InitPlan's value, which moves.
 */
function runsPerRow(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(runsPerRow);
  const expr = node as Expr;
  if (typeof expr.type === 'string' && SUBQUERY_TYPES.has(expr.type)) return false;
  if (
    expr.type === 'binary' &&
    (expr.op === 'IN' || expr.op === 'NOT IN') &&
    SUBQUERY_TYPES.has(expr.right.type)
  )
    return true;
  if (
    expr.type === 'call' &&
    ['any', 'some', 'all'].includes(expr.function.name.toLowerCase()) &&
    expr.args.some((arg) => SUBQUERY_TYPES.has(arg.type))
  )
    return true;
  return Object.values(node).some(runsPerRow);
}

/**
 * The FROM items with the conditions of a LEFT or an inner join's ON that read only the joined
 * table's columns (named by its alias) moved into a derived table around it, the scan PostgreSQL
 * filters by them; undefined when no such condition can raise (nothing then differs).
 */
function pushedDown(from: readonly From[]): From[] | undefined {
  let changed = false;
  const rewritten = from.map((item): From => {
    const { join } = item;
    if (item.type !== 'table' || !join?.on || (join.type !== 'LEFT JOIN' && join.type !== 'INNER JOIN'))
      return item;
    const alias = item.name.alias ?? item.name.name;
    const all = conjuncts(join.on);
    if (all.length < 2) return item;
    const own = all.filter(
      (condition) =>
        hasColumn(condition) &&
        readsOnly(condition, alias) &&
        !callsVolatile(condition) &&
        !hasSubqueryNode(condition),
    );
    // A constant condition may fold the whole ON to false: the planner then joins nothing and
    // scans no row of the table for it.
    if (own.length === 0 || own.length === all.length || !own.some(divides) || all.some(mayFold)) return item;
    changed = true;
    const where = andOf(own);
    const on = andOf(all.filter((condition) => !own.includes(condition))) ?? { type: 'boolean', value: true };
    return {
      type: 'statement',
      statement: {
        type: 'select',
        columns: [{ expr: { type: 'ref', name: '*' } }],
        from: [{ type: 'table', name: { ...item.name, alias } }],
        ...(where && { where }),
      },
      alias,
      join: { ...join, on },
    };
  });
  return changed ? rewritten : undefined;
}

/** True when every column the written condition reads (outside subqueries) is qualified by `alias`. */
function readsOnly(node: unknown, alias: string): boolean {
  if (typeof node !== 'object' || node === null) return true;
  if (Array.isArray(node)) return node.every((item) => readsOnly(item, alias));
  const ref = node as { type?: unknown; table?: { name?: unknown } };
  if (ref.type === 'ref') return ref.table?.name === alias;
  return Object.values(node).every((value) => readsOnly(value, alias));
}

function hasSubqueryNode(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasSubqueryNode);
  const { type } = node as { type?: unknown };
  if (typeof type === 'string' && SUBQUERY_TYPES.has(type)) return true;
  return Object.values(node).some(hasSubqueryNode);
}

/** True when the written condition divides (/, %, mod, div): what can fail on a row the join never matches. */
function divides(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(divides);
  const expr = node as Expr;
  if (expr.type === 'binary' && (expr.op === '/' || expr.op === '%')) return true;
  if (expr.type === 'call' && ['mod', 'div'].includes(expr.function.name.toLowerCase())) return true;
  return Object.values(node).some(divides);
}

/** Stable calls a condition of no column may make: the planner folds nothing through them. */
const STABLE_CALLS = new Set(['now', 'statement_timestamp', 'transaction_timestamp', 'current_setting']);

/** True for a written condition of constants the planner may fold (no column, subquery or stable value in it). */
function mayFold(condition: Expr): boolean {
  if (hasColumn(condition) || hasSubqueryNode(condition)) return false;
  const stable = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    if (Array.isArray(node)) return node.some(stable);
    const call = node as { type?: unknown; function?: { name?: unknown } };
    if (call.type === 'keyword') return true;
    if (
      call.type === 'call' &&
      typeof call.function?.name === 'string' &&
      STABLE_CALLS.has(call.function.name.toLowerCase())
    )
      return true;
    return Object.values(node).some(stable);
  };
  return !stable(condition);
}
