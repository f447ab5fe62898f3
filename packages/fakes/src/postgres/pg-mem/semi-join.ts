import type { Expr, ExprRef, SelectFromStatement, SelectStatement, Statement } from 'pgsql-ast-parser';
import type { Scope } from './scope.js';

const PLAIN_COLUMN_TYPES = new Set(['ref', 'integer', 'numeric', 'string', 'boolean', 'null']);

function conjuncts(expr: Expr): Expr[] {
  if (expr.type !== 'binary' || expr.op !== 'AND') return [expr];
  return [...conjuncts(expr.left), ...conjuncts(expr.right)];
}

/** The derived table an `EXISTS` reads its subquery's rows through (see semiJoin). */
export const EXISTS_SOURCE = 'seams_exists';

const ONE: Expr = { type: 'integer', value: 1 };

/**
 * An `EXISTS (subquery)` as pg-mem runs it the way PostgreSQL does, or undefined when it already is.
 * pg-mem's exists() reads the subquery's only column and is true when some value in it is truthy:
 * `EXISTS (SELECT NULL)`, `EXISTS (SELECT count(*) FROM empty)` (a 0) or `EXISTS (SELECT false)`
 * are false there, and two columns (`SELECT *`) fail with 42601. PostgreSQL asks only whether a row
 * exists. A correlating subquery becomes the semi-join below; any other becomes `EXISTS (SELECT 1
 * FROM (subquery) AS seams_exists)`, whose rows are the subquery's and whose every value is 1. The
 * subquery is still analysed as written (its errors, its outer references), then cut down to what
 * PostgreSQL runs of it (see existsRows).
 */
export function semiJoin(select: Expr, scope: Scope): Expr | undefined {
  const semi = correlatedSemiJoin(select, scope);
  if (semi) return semi;
  if (select.type !== 'select' && select.type !== 'union' && select.type !== 'union all') {
    if (select.type !== 'values' && select.type !== 'with') return undefined;
  }
  if (select.type === 'select' && isExistsRows(select)) return undefined;
  const rows: SelectStatement = {
    type: 'select',
    columns: [{ expr: ONE }],
    from: [{ type: 'statement', statement: select, alias: EXISTS_SOURCE }],
  };
  return { type: 'call', function: { name: 'exists' }, args: [rows] };
}

/** True when semiJoin reads this EXISTS subquery as a semi-join on a column of the outer row. */
export function isCorrelatedSemiJoin(select: Expr, scope: Scope): boolean {
  return correlatedSemiJoin(select, scope) !== undefined;
}

/** The form semiJoin gives an EXISTS subquery: one column of 1 over the subquery's rows. */
function isExistsRows(select: SelectFromStatement): boolean {
  const [source, ...others] = select.from ?? [];
  return (
    others.length === 0 &&
    source?.type === 'statement' &&
    source.alias === EXISTS_SOURCE &&
    select.columns?.length === 1 &&
    select.columns[0]?.expr === ONE
  );
}

/**
 * What PostgreSQL runs of an EXISTS subquery (simplify_EXISTS_query): unless it aggregates, has
 * HAVING, OFFSET, a row lock or a LIMIT that is not a positive constant, or is a set operation,
 * its select list, DISTINCT, GROUP BY and ORDER BY are thrown away, and a positive LIMIT with
 * them, since none of them turns rows into none or none into rows. What they would compute is
 * never computed (`EXISTS (SELECT 1/0 FROM t)` is true). `written` is the subquery as written,
 * `analyzed` what the analysis made of it (its errors already raised).
 */
export function existsRows(
  written: Statement,
  analyzed: SelectStatement,
  aggregates: boolean,
): SelectStatement {
  if (written.type === 'with') return existsRows(written.in, analyzed, aggregates);
  if (analyzed.type === 'with') {
    const body = analyzed.in;
    return body.type === 'select' ? { ...analyzed, in: existsRows(written, body, aggregates) } : analyzed;
  }
  if (written.type !== 'select' || analyzed.type !== 'select') return analyzed;
  if (aggregates || written.having || written.for || written.limit?.offset) return analyzed;
  // An aggregate in ORDER BY alone also makes the query aggregate: any call there keeps it as it is.
  if (JSON.stringify(written.orderBy ?? []).includes('"type":"call"')) return analyzed;
  const count = analyzed.limit?.limit;
  if (count && (count.type !== 'integer' || count.value <= 0)) return analyzed;
  return {
    ...analyzed,
    columns: [{ expr: ONE, alias: { name: EXISTS_SOURCE } }],
    distinct: undefined,
    groupBy: undefined,
    orderBy: undefined,
    limit: undefined,
  };
}

/**
 * `EXISTS (SELECT ... FROM inner WHERE inner.k = outer.c AND rest)` as
 * `COALESCE(outer.c IN (SELECT inner.k FROM inner WHERE rest), false)`, which pg-mem runs (the
 * subquery no longer reads the outer row, so it runs once): the same truth for every row, NULL keys
 * included, since `IN` is true exactly when some row of `rest` has `inner.k = outer.c`, and
 * COALESCE makes its NULL (no match, a NULL on either side) the false EXISTS gives. Only that
 * shape: one correlating equality between qualified columns, a select list of plain columns or
 * constants (an aggregate there would make a row of its own), no grouping, and at most a LIMIT of
 * one or more rows, which does not change whether a row exists. Anything else stays as it was,
 * and a subquery still reading its outer query is refused where it is typed.
 */
function correlatedSemiJoin(select: Expr, scope: Scope): Expr | undefined {
  if (select.type !== 'select' || !select.where || !select.from) return undefined;
  if (select.groupBy || select.having || select.distinct || select.for) return undefined;
  if (select.limit) {
    const count = select.limit.limit;
    if (select.limit.offset || !count || count.type !== 'integer' || count.value < 1) return undefined;
  }
  if (!(select.columns ?? []).every((column) => PLAIN_COLUMN_TYPES.has(column.expr.type))) return undefined;
  const inner = new Set<string>();
  for (const item of select.from) {
    if (item.type === 'table') inner.add(item.name.alias ?? item.name.name);
    else if (item.type === 'statement') inner.add(item.alias);
    else return undefined;
  }
  const isInner = (ref: ExprRef) => ref.table !== undefined && inner.has(ref.table.name);
  const isOuter = (ref: ExprRef) =>
    ref.table !== undefined && !inner.has(ref.table.name) && scope.hasSource(ref.table.name);
  const parts = conjuncts(select.where);
  const links = parts.flatMap((part, index) => {
    if (part.type !== 'binary' || part.op !== '=' || part.left.type !== 'ref' || part.right.type !== 'ref')
      return [];
    const { left, right } = part;
    if (isInner(left) && isOuter(right)) return [{ index, innerRef: left, outerRef: right }];
    if (isOuter(left) && isInner(right)) return [{ index, innerRef: right, outerRef: left }];
    return [];
  });
  const [link] = links;
  if (!link || links.length > 1) return undefined;
  const rest = parts.filter((_, index) => index !== link.index);
  const where = rest.reduce<Expr | undefined>(
    (joined, part) => (joined ? { type: 'binary', op: 'AND', left: joined, right: part } : part),
    undefined,
  );
  const keys: SelectStatement = {
    ...select,
    columns: [{ expr: link.innerRef }],
    ...(where ? { where } : { where: undefined }),
    limit: undefined,
  };
  return {
    type: 'call',
    function: { name: 'coalesce' },
    args: [
      { type: 'binary', op: 'IN', left: link.outerRef, right: keys },
      { type: 'boolean', value: false },
    ],
  };
}
