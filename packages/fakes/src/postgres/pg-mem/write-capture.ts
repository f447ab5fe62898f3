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

/** A foreign key check of a written row, run when its statement ends. */
interface PendingCheck {
  readonly row: object;
  readonly run: () => void;
  readonly write: Pick<CapturedWrite, 'table' | 'operation'>;
}

/** Per pg-mem transaction (one per statement the engine runs): the foreign key checks still to run. */
const pending = new WeakMap<object, PendingCheck[]>();
const deferring = new WeakSet<object>();

/** pg-mem 3.0.14's check that a written row's key exists in the referenced table (its ForeignKey class). */
function isReferencingCheck(handler: unknown): handler is Method {
  return isMethod(handler) && String(handler).includes('insert or update on table');
}

/** The values of a pg-mem Map or Set, or none if the object is not one. */
function valuesOf(collection: unknown): unknown[] {
  if (typeof collection !== 'object' || collection === null) return [];
  const values = Reflect.get(collection, 'values');
  if (!isMethod(values)) return [];
  const iterator = values.call(collection);
  return typeof iterator === 'object' && iterator !== null && Symbol.iterator in iterator
    ? [...(iterator as Iterable<unknown>)]
    : [];
}

/**
 * PostgreSQL checks a written row's foreign keys when the statement ends (they are AFTER
 * triggers), so a row may reference one written later in the statement, a row skipped by ON
 * CONFLICT is never checked, and a NOT NULL, CHECK or unique violation anywhere in the statement
 * is reported first. pg-mem checks them as each row is written: its check is replaced by one that
 * queues it on the statement's transaction, run when that transaction commits.
 */
function deferReferencingChecks(table: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  for (const handlers of valuesOf(Reflect.get(table, 'changeHandlers'))) {
    const before: unknown =
      typeof handlers === 'object' && handlers !== null ? Reflect.get(handlers, 'before') : undefined;
    if (!(before instanceof Set)) continue;
    for (const handler of [...before]) {
      if (deferring.has(handler) || !isReferencingCheck(handler)) continue;
      const deferred = function (
        this: unknown,
        old: unknown,
        neu: unknown,
        transaction: unknown,
        ...rest: unknown[]
      ) {
        if (
          typeof neu !== 'object' ||
          neu === null ||
          typeof transaction !== 'object' ||
          transaction === null
        )
          return;
        const write = { table: tableName(table), operation: old ? ('update' as const) : ('insert' as const) };
        queue(transaction, {
          row: neu,
          write,
          run: () => handler.call(this, old, neu, transaction, ...rest),
        });
      };
      deferring.add(deferred);
      before.delete(handler);
      before.add(deferred);
    }
  }
}

function queue(transaction: object, check: PendingCheck): void {
  let checks = pending.get(transaction);
  if (!checks) {
    checks = [];
    pending.set(transaction, checks);
    const commit = Reflect.get(transaction, 'commit');
    if (!isMethod(commit))
      throw new Error("@seams/fakes: pg-mem's transaction has no commit(); pin pg-mem 3.0.14");
    const queued = checks;
    // The statement's transaction commits into the engine's data once every row is written: the
    // checks run first, against the rows as the statement left them, and the first failure fails it.
    Reflect.set(transaction, 'commit', function (this: unknown, ...args: unknown[]) {
      for (const check of queued.splice(0)) {
        try {
          check.run();
        } catch (error) {
          if (typeof error === 'object' && error !== null && !captured.has(error))
            captured.set(error, { ...check.write, row: record(check.row) });
          throw error;
        }
      }
      return commit.apply(this, args);
    });
  }
  checks.push(check);
}

/** A row ON CONFLICT skipped (or turned into an update of another row) has no checks of its own. */
function dropChecks(transaction: unknown, row: unknown): void {
  if (typeof transaction !== 'object' || transaction === null) return;
  const checks = pending.get(transaction);
  if (!checks) return;
  const kept = checks.filter((check) => check.row !== row);
  checks.splice(0, checks.length, ...kept);
}

/**
 * PostgreSQL checks a new row's NOT NULL columns before anything else (CHECK constraints, the ON
 * CONFLICT arbiter, unique indexes); pg-mem checks them after its CHECKs and after the conflict
 * lookup, so a row skipped by ON CONFLICT escaped them. Defaults are filled first, as pg-mem would
 * (it fills only the columns still missing, so its own pass does nothing more).
 */
function checkNotNull(table: unknown, transaction: unknown, row: unknown): void {
  if (typeof table !== 'object' || table === null || typeof row !== 'object' || row === null) return;
  for (const column of valuesOf(Reflect.get(table, 'columnMgr'))) {
    if (typeof column !== 'object' || column === null) continue;
    const setDefaults = Reflect.get(column, 'setDefaults');
    if (isMethod(setDefaults)) setDefaults.call(column, row, transaction);
  }
  for (const column of valuesOf(Reflect.get(table, 'columnMgr'))) {
    if (typeof column !== 'object' || column === null) continue;
    const checkConstraints = Reflect.get(column, 'checkConstraints');
    if (isMethod(checkConstraints)) checkConstraints.call(column, row, transaction);
  }
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
        if (operation !== 'delete') {
          deferReferencingChecks(this);
          checkNotNull(this, transaction, row);
        }
        const written = original.call(this, transaction, row, ...rest);
        if (operation === 'insert' && written !== row) dropChecks(transaction, row);
        return written;
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
