import type { Expr, From, SelectFromStatement } from 'pgsql-ast-parser';
import { callsVolatile } from './expression-typer.js';
import { hasColumn } from './one-time-filters.js';

/** What join removal needs of a table: its columns, and its unique keys (primary key, unique constraints). */
export interface TableKeys {
  readonly columns: readonly string[];
  readonly uniqueKeys: readonly (readonly string[])[];
}

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
 * - a condition reading one table of a join (its own ON's, or the WHERE's where no outer join
 *   makes it nullable) is a condition of that table's scan, tested on each of its rows, matched or
 *   not: `LEFT JOIN o ON o.customer_id = c.id AND 10 / o.qty > 1` divides by the qty of every row
 *   of o (see pushedDown).
 *
 * - a LEFT JOIN of a table none of whose columns the query reads past its ON, matched on a unique
 *   key (at most one row per row), is removed (join_is_removable): its ON is never tested, so
 *   `LEFT JOIN c ON c.id = o.customer_id AND 10 / o.qty > 1` divides by nothing.
 *
 * The conditions are moved in the written tree, so one-time filters (runOneTimeFilters) and the
 * order of a scan's conditions see them where PostgreSQL runs them. Returns the query unchanged
 * when nothing moves. The written HAVING is still typed as written (its errors of analysis and
 * its grouping check are the written clause's): see SelectAnalyzer.
 */
export function distributeQuals(
  written: SelectFromStatement,
  grouped: boolean,
  tables: (name: string) => TableKeys | undefined = () => undefined,
): SelectFromStatement {
  const kept = written.for ? undefined : withoutRemovableJoins(written, tables);
  const unjoined = kept ? { ...written, from: kept } : written;
  const pushed = written.for ? undefined : pushedDown(unjoined);
  const select = pushed ? { ...unjoined, from: pushed.from, where: pushed.where } : unjoined;
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
    // A constant (a parameter of a custom plan included) is folded with the rest of its ON first,
    // apart from the WHERE: it stays (`ON ... AND false` empties the join, `WHERE 1 / 0 = 1`
    // still fails as it is folded).
    const gating = all.filter(
      (condition) => !hasColumn(condition) && !callsVolatile(condition) && !mayFold(condition),
    );
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
 * The FROM items and WHERE with each joined table's own conditions moved into a derived table
 * around it, the scan PostgreSQL filters by them (distribute_qual_to_rels): a WHERE condition
 * reading one table that no outer join makes nullable, and an inner or LEFT join's ON condition
 * reading only its joined table. PostgreSQL tests them on each of the table's rows, matched by
 * the join or not, cheapest first; pg-mem tests WHERE on the joined rows and ON on the matched
 * pairs only. Moved only where such a condition can fail (a division): nothing else differs.
 * Undefined when nothing moves.
 */
function pushedDown(select: SelectFromStatement): { from: From[]; where: Expr | undefined } | undefined {
  const from = select.from ?? [];
  if (from.length < 2) return undefined;
  const whereAll = select.where ? conjuncts(select.where) : [];
  // A condition reading no column (a constant the planner may fold to false, a one-time filter
  // that may not hold) decides first whether any table is scanned at all: nothing is moved then.
  const gated = [
    ...whereAll,
    ...from.flatMap((item) =>
      item.join?.type === 'INNER JOIN' && item.join.on ? conjuncts(item.join.on) : [],
    ),
  ].some((condition) => !hasColumn(condition));
  if (gated) return undefined;
  const whereMoves = true;
  const taken = new Set<Expr>();
  let divided = false;
  const rewritten = from.map((item, index): From => {
    const { join } = item;
    if (item.type !== 'table') return item;
    const alias = item.name.alias ?? item.name.name;
    const outerJoined =
      join?.type === 'LEFT JOIN' ||
      join?.type === 'FULL JOIN' ||
      from
        .slice(index + 1)
        .some((later) => later.join?.type === 'RIGHT JOIN' || later.join?.type === 'FULL JOIN');
    const onAll =
      join?.on && (join.type === 'INNER JOIN' || join.type === 'LEFT JOIN') ? conjuncts(join.on) : [];
    const ownOn = onAll.some(mayFold) ? [] : onAll.filter((condition) => readsOnlyTable(condition, alias));
    const ownWhere =
      whereMoves && !outerJoined ? whereAll.filter((condition) => readsOnlyTable(condition, alias)) : [];
    const own = [...ownOn, ...ownWhere];
    if (!own.some(divides)) return item;
    divided = true;
    for (const condition of ownWhere) taken.add(condition);
    const where = andOf(own);
    const rest = onAll.filter((condition) => !ownOn.includes(condition));
    const on = join?.on ? (andOf(rest) ?? { type: 'boolean', value: true }) : undefined;
    return {
      type: 'statement',
      statement: {
        type: 'select',
        columns: [{ expr: { type: 'ref', name: '*' } }],
        from: [{ type: 'table', name: { ...item.name, alias } }],
        ...(where && { where }),
      },
      alias,
      ...(join && { join: { ...join, ...(on && { on }) } }),
    };
  });
  if (!divided) return undefined;
  return { from: rewritten, where: andOf(whereAll.filter((condition) => !taken.has(condition))) };
}

/** A condition of one table's scan: it reads that table's columns only (qualified by its alias), nothing volatile, no subquery. */
function readsOnlyTable(condition: Expr, alias: string): boolean {
  return (
    hasColumn(condition) &&
    readsOnly(condition, alias) &&
    !callsVolatile(condition) &&
    !hasSubqueryNode(condition)
  );
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

/**
 * The FROM items without the LEFT JOINs PostgreSQL removes (join_is_removable): of a table whose
 * columns nothing reads past the join's own ON, matched by equalities on all columns of one of its
 * unique keys, so the join neither adds nor drops a row. Only where its ON can fail (a division, a
 * subquery): the fake would test it where PostgreSQL never does. Undefined when none is removed.
 */
function withoutRemovableJoins(
  select: SelectFromStatement,
  tables: (name: string) => TableKeys | undefined,
): From[] | undefined {
  const from = select.from ?? [];
  const removed = from.filter((item, index) => {
    const { join } = item;
    if (index === 0 || item.type !== 'table' || join?.type !== 'LEFT JOIN' || !join.on) return false;
    if (
      from
        .slice(index + 1)
        .some((later) => later.join?.type === 'RIGHT JOIN' || later.join?.type === 'FULL JOIN')
    )
      return false;
    if (!divides(join.on) && !hasSubqueryNode(join.on)) return false;
    // The planner folds the ON's constants before it removes the join: `AND 1 / 0 = 1` fails first.
    if (conjuncts(join.on).some((condition) => !hasColumn(condition) && divides(condition))) return false;
    if (item.name.schema !== undefined) return false;
    const table = tables(item.name.name);
    if (!table) return false;
    const alias = item.name.alias ?? item.name.name;
    // An unqualified `*` reads every table as a select-list item (not in count(*)).
    const everything = (select.columns ?? []).some(
      ({ expr }) => expr.type === 'ref' && expr.name === '*' && (!expr.table || expr.table.name === alias),
    );
    const others = {
      ...select,
      from: from.map((other) => (other === item ? { ...other, join: undefined } : other)),
    };
    if (everything || readsTable(others, alias, table)) return false;
    const matched = new Set<string>();
    for (const condition of conjuncts(join.on)) {
      if (condition.type !== 'binary' || condition.op !== '=' || callsVolatile(condition)) continue;
      for (const [own, other] of [
        [condition.left, condition.right],
        [condition.right, condition.left],
      ] as const) {
        if (own.type === 'ref' && own.table?.name === alias && !mentions(other, alias) && hasColumn(other))
          matched.add(own.name);
      }
    }
    return table.uniqueKeys.some((key) => key.length > 0 && key.every((column) => matched.has(column)));
  });
  return removed.length > 0 ? from.filter((item) => !removed.includes(item)) : undefined;
}

/** True when the written query may read a column of the table `alias` names: qualified, unqualified by a name it has, or `*`. */
function readsTable(node: unknown, alias: string, table: TableKeys): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((item) => readsTable(item, alias, table));
  const ref = node as { type?: unknown; name?: unknown; table?: { name?: unknown } };
  if (ref.type === 'ref') {
    if (ref.table?.name === alias) return true;
    return ref.table === undefined && ref.name !== '*' && table.columns.includes(String(ref.name));
  }
  return Object.values(node).some((value) => readsTable(value, alias, table));
}

/** True when the written expression names a column qualified by `alias`. */
function mentions(node: unknown, alias: string): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some((item) => mentions(item, alias));
  const ref = node as { type?: unknown; table?: { name?: unknown } };
  if (ref.type === 'ref') return ref.table?.name === alias;
  return Object.values(node).some((value) => mentions(value, alias));
}
