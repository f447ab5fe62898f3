import type { IMemoryDb } from 'pg-mem';

const patched = new WeakSet<object>();

type DoInsert = (this: unknown, transaction: unknown, row: unknown, options?: unknown) => unknown;

function isDoInsert(value: unknown): value is DoInsert {
  return typeof value === 'function';
}

/** pg-mem's options for `ON CONFLICT (key) DO NOTHING`: `{ onConflict: { ignore: <the arbiter's index> } }`. */
function ignoresOneArbiter(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) return false;
  const onConflict: unknown = Reflect.get(options, 'onConflict');
  if (typeof onConflict !== 'object' || onConflict === null || !('ignore' in onConflict)) return false;
  return Reflect.get(onConflict, 'ignore') !== 'all';
}

/**
 * `ON CONFLICT (key) DO NOTHING` skips a row whose key exists, as PostgreSQL does: pg-mem 3.0.14's
 * table returns the existing row from `doInsert` for it (its untargeted `DO NOTHING` returns null),
 * so the statement counted and returned the skipped row as inserted. Everything else it already
 * does as PostgreSQL does: defaults (sequences) are taken for the skipped row too, and a conflict on
 * another unique key still fails with 23505. Wrapped once per table class, as `captureWrites` does.
 */
export function skipConflictingRows(db: IMemoryDb, someTable: string): void {
  const prototype: unknown = Object.getPrototypeOf(db.public.getTable(someTable));
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const original: unknown = Reflect.get(prototype, 'doInsert');
  if (!isDoInsert(original))
    throw new Error("@seams/fakes: pg-mem's table has no doInsert(); pin pg-mem 3.0.14");
  Reflect.set(
    prototype,
    'doInsert',
    function (this: unknown, transaction: unknown, row: unknown, options?: unknown) {
      const written = original.call(this, transaction, row, options);
      // An inserted row is the object it was given, filled in; anything else is the row in the way.
      return written !== row && ignoresOneArbiter(options) ? null : written;
    },
  );
  patched.add(prototype);
}
