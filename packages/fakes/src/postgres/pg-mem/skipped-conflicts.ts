import type { IMemoryDb } from 'pg-mem';
import { pgError } from './refusal.js';

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

/** The rows an ON CONFLICT DO UPDATE statement inserted or updated, by pg-mem row id, per statement's transaction. */
const affected = new WeakMap<object, Set<unknown>>();

function affectedRows(transaction: object): Set<unknown> {
  let rows = affected.get(transaction);
  if (!rows) {
    rows = new Set();
    affected.set(transaction, rows);
  }
  return rows;
}

/** pg-mem's row id (an enumerable symbol property named `_id`), if the value is a row. */
function rowId(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return undefined;
  const symbol = Object.getOwnPropertySymbols(row).find((s) => s.description === '_id');
  return symbol === undefined ? undefined : Reflect.get(row, symbol);
}

/**
 * `ON CONFLICT ... DO UPDATE` as PostgreSQL runs it, row by row: a proposed row whose conflicting
 * row this statement already inserted or updated fails the statement (21000), where pg-mem updated
 * that row again; rows before it are checked first, so their own errors come first. The row in the
 * way is given to pg-mem's setter as a copy (keeping its id): pg-mem set the new values on the
 * stored row itself, so a statement failing later kept them, and the index lost the old key.
 * pg-mem's options for DO UPDATE: `{ onConflict: { onIndex, update } }`.
 */
function upsertOptions(options: unknown, transaction: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  if (typeof transaction !== 'object' || transaction === null) return undefined;
  const onConflict: unknown = Reflect.get(options, 'onConflict');
  if (typeof onConflict !== 'object' || onConflict === null || !('onIndex' in onConflict)) return undefined;
  const index: unknown = Reflect.get(onConflict, 'onIndex');
  const eqFirst: unknown =
    typeof index === 'object' && index !== null ? Reflect.get(index, 'eqFirst') : undefined;
  if (typeof index !== 'object' || index === null || typeof eqFirst !== 'function') return undefined;
  const checked = Object.create(index) as object;
  Reflect.set(checked, 'eqFirst', (...args: unknown[]) => {
    const found: unknown = Reflect.apply(eqFirst, index, args);
    if (typeof found !== 'object' || found === null) return found;
    if (affectedRows(transaction).has(rowId(found))) {
      throw pgError('21000', 'ON CONFLICT DO UPDATE command cannot affect row a second time', {
        hint: 'Ensure that no rows proposed for insertion within the same command have duplicate constrained values.',
      });
    }
    return { ...found };
  });
  return { ...options, onConflict: { ...onConflict, onIndex: checked } };
}

const keyPatched = new WeakSet<object>();

type BuildKey = (this: unknown, raw: unknown, transaction: unknown) => unknown;

function isBuildKey(value: unknown): value is BuildKey {
  return typeof value === 'function';
}

/** A compiled predicate's value on a row: pg-mem's `predicate.get(row, transaction)`. */
function predicateHolds(predicate: unknown, raw: unknown, transaction: unknown): boolean {
  const get: unknown =
    typeof predicate === 'object' && predicate !== null ? Reflect.get(predicate, 'get') : undefined;
  if (typeof get !== 'function') return true;
  const value: unknown = Reflect.apply(get, predicate, [raw, transaction]);
  return value !== null && value !== undefined && value !== false;
}

/**
 * A row outside a partial unique index's predicate cannot conflict with it (PostgreSQL 15 docs,
 * 11.8 and INSERT's ON CONFLICT): pg-mem 3.0.14 looks the row's key up in every unique index before
 * inserting, for an untargeted DO NOTHING, without asking the index's predicate, so a row with
 * qty = 0 was skipped as a duplicate of a live row's key in an index WHERE qty > 0. The key such a
 * row builds is made all NULLs, which pg-mem's lookups never match. Indexing (`add`) tests the
 * predicate first, so only rows inside it ever build a real key there; `delete` finds a row by its
 * id under its key, and a row outside the predicate was never indexed. Patched once per index class.
 */
function keysSeeTheirPredicate(table: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  const byHash: unknown = Reflect.get(table, 'indexByHashAndName');
  if (!(byHash instanceof Map)) return;
  for (const byName of byHash.values()) {
    if (!(byName instanceof Map)) continue;
    for (const entry of byName.values()) {
      const index: unknown =
        typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'index') : undefined;
      const prototype: unknown =
        typeof index === 'object' && index !== null ? Object.getPrototypeOf(index) : null;
      if (typeof prototype !== 'object' || prototype === null || keyPatched.has(prototype)) continue;
      const original: unknown = Reflect.get(prototype, 'buildKey');
      if (!isBuildKey(original)) continue;
      Reflect.set(prototype, 'buildKey', function (this: unknown, raw: unknown, transaction: unknown) {
        const key: unknown = original.call(this, raw, transaction);
        const predicate: unknown =
          typeof this === 'object' && this !== null ? Reflect.get(this, 'predicate') : undefined;
        if (!predicate || !Array.isArray(key) || predicateHolds(predicate, raw, transaction)) return key;
        return key.map(() => null);
      });
      keyPatched.add(prototype);
    }
  }
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
      if (options !== undefined) keysSeeTheirPredicate(this);
      const upsert = upsertOptions(options, transaction);
      const written = original.call(this, transaction, row, upsert ?? options);
      if (upsert && typeof transaction === 'object' && transaction !== null) {
        const id = rowId(written);
        if (id !== undefined) affectedRows(transaction).add(id);
      }
      // An inserted row is the object it was given, filled in; anything else is the row in the way.
      return written !== row && ignoresOneArbiter(options) ? null : written;
    },
  );
  patched.add(prototype);
}
