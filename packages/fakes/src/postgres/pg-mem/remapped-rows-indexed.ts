import type { IMemoryDb } from 'pg-mem';

const patched = new WeakSet<object>();

type Method = (this: unknown, ...args: unknown[]) => unknown;

function isMethod(value: unknown): value is Method {
  return typeof value === 'function';
}

/** The row objects of a pg-mem table's data in transaction `t` (an immutable Map of id to row). */
function rowsOf(table: object, t: unknown): object[] {
  const bin = Reflect.get(table, 'bin');
  const data: unknown = isMethod(bin) ? Reflect.apply(bin, table, [t]) : undefined;
  if (typeof data !== 'object' || data === null) return [];
  const values: unknown = Reflect.get(data, 'values');
  if (!isMethod(values)) return [];
  const iterator: unknown = Reflect.apply(values, data, []);
  if (typeof iterator !== 'object' || iterator === null || !(Symbol.iterator in iterator)) return [];
  return [...(iterator as Iterable<unknown>)].filter(
    (row): row is object => typeof row === 'object' && row !== null,
  );
}

/** Each index of a pg-mem table (its `indexByHashAndName` entries). */
function indexesOf(table: object): object[] {
  const byHash: unknown = Reflect.get(table, 'indexByHashAndName');
  if (!(byHash instanceof Map)) return [];
  const indexes: object[] = [];
  for (const byName of byHash.values()) {
    if (!(byName instanceof Map)) continue;
    for (const entry of byName.values()) {
      const index: unknown =
        typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'index') : undefined;
      if (typeof index === 'object' && index !== null) indexes.push(index);
    }
  }
  return indexes;
}

/**
 * pg-mem 3.0.14 changes every row of a table at once (ADD COLUMN filling the new column with its
 * DEFAULT or NULL, a column's type or name changed) by `remapData`, which replaces the table's
 * rows with changed copies but leaves its indexes holding the rows as they were. A read through
 * an index then saw the row without the new column: after `ALTER TABLE t ADD COLUMN c int DEFAULT
 * 5`, `SELECT * FROM t WHERE id = 1` answered c NULL, and an UPDATE found by the key wrote the
 * column's current default over it (PostgreSQL 15 docs, 5.6.1: the existing rows are filled with
 * the default once). The indexes now take the copies in place of the rows they replace. Wrapped
 * once per table class, as `captureWrites` does.
 */
export function remappedRowsStayIndexed(db: IMemoryDb, someTable: string): void {
  const prototype: unknown = Object.getPrototypeOf(db.public.getTable(someTable));
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const original: unknown = Reflect.get(prototype, 'remapData');
  if (!isMethod(original))
    throw new Error("@seams/fakes: pg-mem's table has no remapData(); pin pg-mem 3.0.14");
  Reflect.set(prototype, 'remapData', function (this: unknown, t: unknown, modify: unknown): unknown {
    if (typeof this !== 'object' || this === null) return Reflect.apply(original, this, [t, modify]);
    const before = rowsOf(this, t);
    const result = Reflect.apply(original, this, [t, modify]);
    const after = rowsOf(this, t);
    // All the old rows out first: a unique index would refuse a copy whose key is still there.
    for (const index of indexesOf(this)) {
      const remove = Reflect.get(index, 'delete');
      const add = Reflect.get(index, 'add');
      if (!isMethod(remove) || !isMethod(add)) continue;
      for (const row of before) Reflect.apply(remove, index, [row, t]);
      for (const row of after) Reflect.apply(add, index, [row, t]);
    }
    return result;
  });
  patched.add(prototype);
}
