/**
 * The order PostgreSQL 15's Sort node gives rows its ORDER BY leaves tied. Its in-memory sort is
 * not stable: a quicksort (src/include/lib/sort_template.h, Bentley and McIlroy's, with median of
 * three or of nine pivots and an insertion sort under 7 rows), or under LIMIT a bounded heap
 * (tuplesort.c, once more than twice the rows it keeps came in). pg-mem sorts stably, so ties came
 * out in scan order where PostgreSQL shuffles them; these replay PostgreSQL's moves on the rows
 * in scan order, with `compare` deciding only which row sorts first (0 for a tie).
 */

/** The positions of `count` rows (in scan order) in the order PostgreSQL's quicksort leaves them. */
export function quicksortOrder(count: number, compare: (a: number, b: number) => number): number[] {
  const rows = Array.from({ length: count }, (_, index) => index);
  quicksort(rows, 0, count, compare);
  return rows;
}

/**
 * The positions PostgreSQL's Sort node returns first when a LIMIT (plus OFFSET) bounds it to
 * `bound` rows: a bounded heap when more than twice as many rows come in, else the quicksort.
 */
export function boundedSortOrder(
  count: number,
  bound: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (bound <= 0 || count <= bound * 2) return quicksortOrder(count, compare);
  // make_bounded_heap: the direction reversed, so the heap's root is the row that sorts last.
  const reversed = (a: number, b: number) => -compare(a, b);
  const heap: number[] = [];
  for (let row = 0; row < count; row += 1) {
    const top = heap[0];
    if (heap.length < bound) heapInsert(heap, row, reversed);
    else if (top !== undefined && reversed(row, top) > 0) heapReplaceTop(heap, heap.length, row, reversed);
  }
  // sort_bounded_heap: each top removed goes to the slot the shrunk heap just freed at its end.
  for (let size = heap.length; size > 1; size -= 1) {
    const top = heap[0] as number;
    heapReplaceTop(heap, size - 1, heap[size - 1] as number, reversed);
    heap[size - 1] = top;
  }
  return heap;
}

function heapInsert(heap: number[], row: number, compare: (a: number, b: number) => number): void {
  let hole = heap.length;
  heap.push(row);
  while (hole > 0) {
    const parent = (hole - 1) >> 1;
    const above = heap[parent] as number;
    if (compare(row, above) >= 0) break;
    heap[hole] = above;
    hole = parent;
  }
  heap[hole] = row;
}

/** tuplesort_heap_replace_top over the heap's first `size` entries. */
function heapReplaceTop(
  heap: number[],
  size: number,
  row: number,
  compare: (a: number, b: number) => number,
): void {
  let hole = 0;
  for (;;) {
    let child = 2 * hole + 1;
    if (child >= size) break;
    if (child + 1 < size && compare(heap[child + 1] as number, heap[child] as number) < 0) child += 1;
    if (compare(row, heap[child] as number) <= 0) break;
    heap[hole] = heap[child] as number;
    hole = child;
  }
  heap[hole] = row;
}

function quicksort(rows: number[], start: number, length: number, compare: (a: number, b: number) => number) {
  const cmp = (i: number, j: number) => compare(rows[i] as number, rows[j] as number);
  const swap = (i: number, j: number) => {
    const held = rows[i] as number;
    rows[i] = rows[j] as number;
    rows[j] = held;
  };
  const swapRun = (i: number, j: number, n: number) => {
    for (let k = 0; k < n; k += 1) swap(i + k, j + k);
  };
  const median = (a: number, b: number, c: number) =>
    cmp(a, b) < 0 ? (cmp(b, c) < 0 ? b : cmp(a, c) < 0 ? c : a) : cmp(b, c) > 0 ? b : cmp(a, c) < 0 ? a : c;
  let a = start;
  let n = length;
  for (;;) {
    if (n < 7) {
      for (let m = a + 1; m < a + n; m += 1)
        for (let l = m; l > a && cmp(l - 1, l) > 0; l -= 1) swap(l, l - 1);
      return;
    }
    let presorted = true;
    for (let m = a + 1; m < a + n; m += 1) {
      if (cmp(m - 1, m) > 0) {
        presorted = false;
        break;
      }
    }
    if (presorted) return;
    let pm = a + Math.floor(n / 2);
    if (n > 7) {
      let pl = a;
      let pn = a + n - 1;
      if (n > 40) {
        const d = Math.floor(n / 8);
        pl = median(pl, pl + d, pl + 2 * d);
        pm = median(pm - d, pm, pm + d);
        pn = median(pn - 2 * d, pn - d, pn);
      }
      pm = median(pl, pm, pn);
    }
    swap(a, pm);
    let pa = a + 1;
    let pb = pa;
    let pc = a + n - 1;
    let pd = pc;
    for (;;) {
      for (; pb <= pc; pb += 1) {
        const r = cmp(pb, a);
        if (r > 0) break;
        if (r === 0) {
          swap(pa, pb);
          pa += 1;
        }
      }
      for (; pb <= pc; pc -= 1) {
        const r = cmp(pc, a);
        if (r < 0) break;
        if (r === 0) {
          swap(pc, pd);
          pd -= 1;
        }
      }
      if (pb > pc) break;
      swap(pb, pc);
      pb += 1;
      pc -= 1;
    }
    const pn = a + n;
    let d1 = Math.min(pa - a, pb - pa);
    swapRun(a, pb - d1, d1);
    d1 = Math.min(pd - pc, pn - pd - 1);
    swapRun(pb, pn - d1, d1);
    d1 = pb - pa;
    const d2 = pd - pc;
    if (d1 <= d2) {
      if (d1 > 1) quicksort(rows, a, d1, compare);
      if (d2 <= 1) return;
      a = pn - d2;
      n = d2;
    } else {
      if (d2 > 1) quicksort(rows, pn - d2, d2, compare);
      if (d1 <= 1) return;
      n = d1;
    }
  }
}
