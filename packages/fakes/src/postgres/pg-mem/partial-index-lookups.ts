import type { IMemoryDb } from 'pg-mem';

const patched = new WeakSet<object>();

type GetIndex = (this: unknown, ...forValues: unknown[]) => unknown;

function isGetIndex(value: unknown): value is GetIndex {
  return typeof value === 'function';
}

/** The index of one of pg-mem's `indexByHashAndName` entries, if it has no predicate. */
function wholeIndex(entry: unknown): unknown {
  const index: unknown =
    typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'index') : undefined;
  if (typeof index !== 'object' || index === null) return undefined;
  return Reflect.get(index, 'predicate') ? undefined : index;
}

/**
 * A partial index holds only the rows its predicate keeps (PostgreSQL 15 docs, 11.8), so a query
 * may read through it only when its WHERE implies the predicate. pg-mem 3.0.14's table hands its
 * planner the first index on the compared columns, partial or not, so `WHERE code = 'a'` over a
 * unique index `ON p (code) WHERE qty > 0` missed every row with qty <= 0. The lookup now takes
 * an index on those columns without a predicate, or none (a scan, which sees every row); the
 * primary key is never partial. Wrapped once per table class, as `captureWrites` does.
 */
export function partialIndexesServeNoLookup(db: IMemoryDb, someTable: string): void {
  const prototype: unknown = Object.getPrototypeOf(db.public.getTable(someTable));
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const original: unknown = Reflect.get(prototype, 'getIndex');
  if (!isGetIndex(original))
    throw new Error("@seams/fakes: pg-mem's table has no getIndex(); pin pg-mem 3.0.14");
  Reflect.set(prototype, 'getIndex', function (this: unknown, ...forValues: unknown[]): unknown {
    const found: unknown = Reflect.apply(original, this, forValues);
    if (typeof found !== 'object' || found === null || !Reflect.get(found, 'predicate')) return found;
    const byHash: unknown =
      typeof this === 'object' && this !== null ? Reflect.get(this, 'indexByHashAndName') : undefined;
    if (!(byHash instanceof Map)) return null;
    for (const byName of byHash.values()) {
      if (
        !(byName instanceof Map) ||
        ![...byName.values()].some((entry) => Reflect.get(entry, 'index') === found)
      )
        continue;
      for (const entry of byName.values()) {
        const whole = wholeIndex(entry);
        if (whole) return whole;
      }
    }
    return null;
  });
  patched.add(prototype);
}
