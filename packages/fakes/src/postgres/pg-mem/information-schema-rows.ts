import type { IMemoryDb } from 'pg-mem';

const patched = new WeakSet<object>();

type Make = (this: unknown, table: unknown) => unknown;
type GetTable = (name: string, nullIfNotFound: boolean) => unknown;

/**
 * `information_schema.tables WHERE table_name = 'users'` lists `users` once, as PostgreSQL does:
 * pg-mem 3.0.14 finds those rows through an index whose lookup is its columns view's, which yields
 * one row per column, so the table came back once per column of it (a full scan lists it once).
 * Patched once on the view's class.
 */
export function listTablesOnce(db: IMemoryDb): void {
  const view: unknown = db.getSchema('information_schema').getTable('tables', true);
  const prototype: unknown = typeof view === 'object' && view !== null ? Object.getPrototypeOf(view) : null;
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const make: unknown = Reflect.get(prototype, 'make');
  if (typeof make !== 'function')
    throw new Error("@seams/fakes: pg-mem's information_schema.tables has no make(); pin pg-mem 3.0.14");
  Reflect.set(prototype, 'itemsByTable', function* (this: object, table: unknown): Generator<unknown> {
    if (typeof table !== 'string') {
      yield (make as Make).call(this, table);
      return;
    }
    const owner: unknown = Reflect.get(this, 'db');
    const schemas: unknown =
      typeof owner === 'object' && owner !== null
        ? Reflect.apply(Reflect.get(owner, 'listSchemas'), owner, [])
        : [];
    for (const schema of schemas as Iterable<object>) {
      const found = (Reflect.get(schema, 'getTable') as GetTable).call(schema, table, true);
      if (found) yield (make as Make).call(this, found);
    }
  });
  patched.add(prototype);
}
