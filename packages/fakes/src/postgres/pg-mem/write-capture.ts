import type { IMemoryDb } from 'pg-mem';

/** The row pg-mem was writing when a constraint check failed: what PostgreSQL's error detail shows. */
export interface CapturedWrite {
  readonly table: string;
  readonly operation: 'insert' | 'update' | 'delete';
  /** The new row (defaults filled) for insert and update, the deleted row for delete. */
  readonly row: Readonly<Record<string, unknown>>;
  /** For an update: the row before it, when pg-mem's storage gave it. */
  readonly old?: Readonly<Record<string, unknown>>;
}

const captured = new WeakMap<object, CapturedWrite>();
const patched = new WeakSet<object>();

type Method = (this: unknown, ...args: unknown[]) => unknown;

function isMethod(value: unknown): value is Method {
  return typeof value === 'function';
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

function tableName(self: unknown): string {
  const name = typeof self === 'object' && self !== null ? Reflect.get(self, 'name') : undefined;
  return typeof name === 'string' ? name : '?';
}

/** The row before an update, read from pg-mem 3.0.14's storage (its `bin(t).get(id)`); undefined if that changed. */
function previous(
  self: unknown,
  transaction: unknown,
  row: unknown,
): Readonly<Record<string, unknown>> | undefined {
  if (typeof self !== 'object' || self === null || typeof row !== 'object' || row === null) return undefined;
  const bin = Reflect.get(self, 'bin');
  const idSymbol = Object.getOwnPropertySymbols(row).find((s) => s.description === '_id');
  if (!isMethod(bin) || !idSymbol) return undefined;
  const store = bin.call(self, transaction);
  const get = typeof store === 'object' && store !== null ? Reflect.get(store, 'get') : undefined;
  return isMethod(get) ? record(get.call(store, Reflect.get(row, idSymbol))) : undefined;
}

function wrap(prototype: object, method: string, operation: CapturedWrite['operation']): void {
  const original = Reflect.get(prototype, method);
  if (!isMethod(original))
    throw new Error(`@seams/fakes: pg-mem's table has no ${method}(); pin pg-mem 3.0.14`);
  Reflect.set(
    prototype,
    method,
    function (this: unknown, transaction: unknown, row: unknown, ...rest: unknown[]) {
      const old = operation === 'update' ? previous(this, transaction, row) : undefined;
      try {
        return original.call(this, transaction, row, ...rest);
      } catch (error) {
        if (typeof error === 'object' && error !== null && !captured.has(error)) {
          captured.set(error, { table: tableName(this), operation, row: record(row), ...(old && { old }) });
        }
        throw error;
      }
    },
  );
}

/**
 * Lets constraint errors carry the row being written. pg-mem's messages name neither the key nor
 * the failing row that PostgreSQL's `detail` shows, so its table class (pinned 3.0.14) is wrapped
 * once: an error thrown while a row is inserted, updated or deleted keeps that row.
 */
export function captureWrites(db: IMemoryDb, someTable: string): void {
  const table = db.public.getTable(someTable);
  const prototype: unknown = Object.getPrototypeOf(table);
  if (typeof prototype !== 'object' || prototype === null || patched.has(prototype)) return;
  wrap(prototype, 'doInsert', 'insert');
  wrap(prototype, 'update', 'update');
  wrap(prototype, 'delete', 'delete');
  patched.add(prototype);
}

/** The write an error was thrown in, if any. */
export function capturedWrite(error: unknown): CapturedWrite | undefined {
  return typeof error === 'object' && error !== null ? captured.get(error) : undefined;
}
