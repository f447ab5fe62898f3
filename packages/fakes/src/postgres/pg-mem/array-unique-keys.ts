import { refuse } from './refusal.js';

/** The values of a Map (pg-mem's index registry), or none. */
function mapValues(collection: unknown): unknown[] {
  return collection instanceof Map ? [...collection.values()] : [];
}

/** Whether a key value is an array (of any depth) holding a NULL element. */
function holdsNullElement(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.some((item) => item === null || item === undefined || holdsNullElement(item))
  );
}

/**
 * PostgreSQL's array equality takes NULL elements as equal (`'{a,NULL}' = '{a,NULL}'` is true, as
 * a btree compares them), so a unique key holding such an array is a duplicate of another like it.
 * pg-mem's array equality gives false there, so its unique index (its BIndex, pinned 3.0.14) never
 * finds the duplicate and the row is written. Such a row is refused before pg-mem writes it (an
 * update that leaves the key as it was, `old`, cannot make a duplicate and goes on).
 */
export function refuseNullElementUniqueKeys(
  table: unknown,
  transaction: unknown,
  row: unknown,
  old?: unknown,
): void {
  if (typeof table !== 'object' || table === null || typeof row !== 'object' || row === null) return;
  for (const byName of mapValues(Reflect.get(table, 'indexByHashAndName'))) {
    for (const entry of mapValues(byName)) {
      const index = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'index') : undefined;
      if (typeof index !== 'object' || index === null || Reflect.get(index, 'unique') !== true) continue;
      const buildKey: unknown = Reflect.get(index, 'buildKey');
      if (typeof buildKey !== 'function') continue;
      const key: unknown = buildKey.call(index, row, transaction);
      if (!Array.isArray(key) || !key.some(holdsNullElement)) continue;
      if (old !== undefined && JSON.stringify(buildKey.call(index, old, transaction)) === JSON.stringify(key))
        continue;
      throw refuse(
        `a row whose unique key (index ${String(Reflect.get(index, 'name'))}) holds an array with a NULL element, which pg-mem never finds equal to another`,
      );
    }
  }
}
