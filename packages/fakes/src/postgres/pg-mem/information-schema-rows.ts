import type { IMemoryDb } from 'pg-mem';
import type { Catalog } from './catalog.js';
import { FORMAT_TYPE_NAMES, type PgType } from './pg-type.js';

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

/** information_schema.columns.data_type of a column of this type, as PostgreSQL names it. */
export function informationSchemaDataType(type: PgType): string {
  if (type.array) return 'ARRAY';
  if (type.enumName !== undefined) return 'USER-DEFINED';
  return FORMAT_TYPE_NAMES[type.name];
}

type MakeColumn = (this: unknown, table: unknown, index: unknown, column: unknown) => unknown;

const catalogOfView = new WeakMap<object, () => Catalog>();

/**
 * information_schema.columns' `data_type` and `is_nullable` as PostgreSQL gives them: pg-mem 3.0.14
 * says every column is NOT NULL (`is_nullable = 'NO'`) and names its own type (`varchar`, `bool`,
 * `timestamptz`, smallint as integer), so a migration runner's `WHERE is_nullable = 'YES'` or
 * `data_type = 'character varying'` check found nothing. Both are taken from the engine's catalog,
 * which knows the DDL as PostgreSQL ran it. Patched once on the view's class; each database's view
 * reads its own engine's catalog (`catalog()`, as the engine swaps it at ROLLBACK).
 */
export function describeColumnsAsPostgres(db: IMemoryDb, catalog: () => Catalog): void {
  const view: unknown = db.getSchema('information_schema').getTable('columns', true);
  if (typeof view !== 'object' || view === null) return;
  catalogOfView.set(view, catalog);
  const prototype: unknown = Object.getPrototypeOf(view);
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  const make: unknown = Reflect.get(prototype, 'make');
  if (typeof make !== 'function')
    throw new Error("@seams/fakes: pg-mem's information_schema.columns has no make(); pin pg-mem 3.0.14");
  Reflect.set(
    prototype,
    'make',
    function (this: object, table: unknown, index: unknown, column: unknown): unknown {
      const row: unknown = (make as MakeColumn).call(this, table, index, column);
      const tableName: unknown =
        typeof table === 'object' && table !== null ? Reflect.get(table, 'name') : undefined;
      const columnName: unknown =
        typeof column === 'object' && column !== null ? Reflect.get(column, 'id') : undefined;
      const known =
        typeof tableName === 'string'
          ? catalogOfView
              .get(this)?.()
              .table(tableName)
              ?.columns.find((c) => c.name === columnName)
          : undefined;
      if (typeof row !== 'object' || row === null) return row;
      if (!known) throw new Error(`@seams/fakes: the engine's catalog has no column ${String(columnName)}`);
      Reflect.set(row, 'data_type', informationSchemaDataType(known.type));
      Reflect.set(row, 'is_nullable', known.notNull ? 'NO' : 'YES');
      return row;
    },
  );
  // An aggregate over the view (`SELECT count(*) ... WHERE table_name = $1`, knex's hasColumn) asks
  // for an index of no column, which pg-mem 3.0.14's view read a property of and threw: none.
  const getIndex: unknown = Reflect.get(prototype, 'getIndex');
  if (typeof getIndex !== 'function')
    throw new Error("@seams/fakes: pg-mem's information_schema.columns has no getIndex(); pin pg-mem 3.0.14");
  Reflect.set(prototype, 'getIndex', function (this: object, forValue: unknown): unknown {
    return forValue === undefined || forValue === null ? null : Reflect.apply(getIndex, this, [forValue]);
  });
  patched.add(prototype);
}
