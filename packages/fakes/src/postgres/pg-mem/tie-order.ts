import { boundedSortOrder, quicksortOrder } from './tuple-sort.js';

export type Row = Readonly<Record<string, unknown>>;

/** A top-level query's LIMIT and OFFSET, as constants. */
export interface SortBound {
  readonly count?: number;
  readonly offset: number;
}

/**
 * The rows of a query pg-mem sorted stably (without its LIMIT), in the order PostgreSQL's Sort
 * node returns them, LIMIT and OFFSET applied. `sortedKeys` are the rows' sort keys in pg-mem's
 * order (the same stable sort, so row i of `rows` has key i), `scanKeys` the same keys in scan
 * order: rows whose keys are equal tie, and the sort PostgreSQL runs over the scan decides their
 * order. A tie's rows keep their scan order in `rows`, which tells which row is which. When the
 * keys read do not match the rows (they cannot, short of a bug), pg-mem's order stands.
 */
export function postgresSortOrder(
  rows: readonly Row[],
  sortedKeys: () => readonly (readonly unknown[])[],
  scanKeys: () => readonly (readonly unknown[])[],
  bound: SortBound,
): readonly Row[] {
  const cut = (ordered: readonly Row[]) =>
    ordered.slice(bound.offset, bound.count === undefined ? undefined : bound.offset + bound.count);
  if (rows.length < 2) return cut(rows);
  const sorted = sortedKeys().map(keyOf);
  if (sorted.length !== rows.length || sorted.every((key, index) => key !== sorted[index - 1]))
    return cut(rows);
  // Each tie's first position in pg-mem's order; a key met again later means the keys disagree.
  const firsts = new Map<string, number>();
  for (const [index, key] of sorted.entries()) {
    if (key === sorted[index - 1]) continue;
    if (firsts.has(key)) return cut(rows);
    firsts.set(key, index);
  }
  const scan = scanKeys().map(keyOf);
  const ranks = scan.map((key) => firsts.get(key));
  if (scan.length !== rows.length || ranks.some((rank) => rank === undefined)) return cut(rows);
  const rankOf = (position: number) => ranks[position] as number;
  const compare = (a: number, b: number) => rankOf(a) - rankOf(b);
  const order =
    bound.count === undefined
      ? quicksortOrder(rows.length, compare)
      : boundedSortOrder(rows.length, bound.offset + bound.count, compare);
  // The scan's k-th row of a tie is the tie's k-th row in pg-mem's stable order.
  const seen = new Map<number, number>();
  const rowAt = scan.map((_, position) => {
    const rank = rankOf(position);
    const nth = seen.get(rank) ?? 0;
    seen.set(rank, nth + 1);
    return rows[rank + nth] as Row;
  });
  return cut(order.map((position) => rowAt[position] as Row));
}

function keyOf(values: readonly unknown[]): string {
  return JSON.stringify(values, (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
}
