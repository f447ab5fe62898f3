import type { Expr, ExprRef, SelectStatement } from 'pgsql-ast-parser';
import type { Scope } from './scope.js';

const PLAIN_COLUMN_TYPES = new Set(['ref', 'integer', 'numeric', 'string', 'boolean', 'null']);

function conjuncts(expr: Expr): Expr[] {
  if (expr.type !== 'binary' || expr.op !== 'AND') return [expr];
  return [...conjuncts(expr.left), ...conjuncts(expr.right)];
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
export function semiJoin(select: Expr, scope: Scope): Expr | undefined {
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
