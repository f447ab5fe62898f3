import type { IMemoryDb } from 'pg-mem';
import { refuseNullElementUniqueKeys } from './array-unique-keys.js';
import { refuse } from './refusal.js';

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
  /** For a referenced row's update: the row before it (what the error's detail shows). */
  readonly old?: object;
}

/** Per pg-mem transaction (one per statement the engine runs): the foreign key checks still to run. */
const pending = new WeakMap<object, PendingCheck[]>();
const deferring = new WeakSet<object>();

/** The wrapper each pg-mem change handler was replaced by (see replaceHandler). */
const replacements = new WeakMap<object, object>();
const forwardingSets = new WeakSet<object>();

/**
 * Puts `wrapper` in the handler set in place of `handler`. pg-mem removes a foreign key's handlers
 * (DROP TABLE of the referencing table) by deleting them from the set: the set forwards that
 * deletion to the wrapper, which would otherwise stay and check against a dropped table.
 */
function replaceHandler(set: Set<unknown>, handler: Method, wrapper: Method): void {
  deferring.add(wrapper);
  replacements.set(handler, wrapper);
  set.delete(handler);
  set.add(wrapper);
  if (forwardingSets.has(set)) return;
  forwardingSets.add(set);
  const remove = Set.prototype.delete;
  Reflect.set(set, 'delete', (value: unknown) => {
    const replacement = typeof value === 'function' ? replacements.get(value) : undefined;
    return remove.call(set, value) || (replacement !== undefined && remove.call(set, replacement));
  });
}

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
  for (const before of beforeHandlerSets(table)) {
    for (const handler of [...before]) {
      if (!isReferencingCheck(handler) || deferring.has(handler)) continue;
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
      replaceHandler(before, handler, deferred);
    }
  }
}

/** pg-mem 3.0.14's check (and cascade) run when a referenced row's key changes or the row goes (its ForeignKey class). */
function isReferencedCheck(handler: unknown): handler is Method {
  return isMethod(handler) && String(handler).includes('update or delete on table');
}

const REFERENCED_VIOLATION =
  /^update or delete on table "[^"]+" violates foreign key constraint on table "([^"]+)"/;

/** The constraint a NO ACTION or RESTRICT violation pg-mem raised names, if the error is one. */
function referencedViolation(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : undefined;
  return message === undefined ? undefined : REFERENCED_VIOLATION.exec(message)?.[1];
}

/**
 * How many referenced-key checks are running: while one is, the rows pg-mem's foreign key reads from
 * the referencing table are copies. Its cascade (and SET NULL) sets the new values on the rows it
 * read before it writes them, and those were the stored rows themselves: a statement that then
 * failed (or was rolled back) kept the cascaded values, and the indexes lost track of the old ones.
 */
let copyingReferencingRows = 0;
const copyingFilters = new WeakSet<object>();

/** Where each stored row of a pg-mem table is in its heap order (its `bin(t)`, kept ordered by keepHeapOrder). */
function heapPositions(table: unknown, transaction: unknown): Map<unknown, number> | undefined {
  if (typeof table !== 'object' || table === null) return undefined;
  const bin = Reflect.get(table, 'bin');
  const rows: unknown = isMethod(bin) ? bin.call(table, transaction) : undefined;
  const keys = typeof rows === 'object' && rows !== null ? Reflect.get(rows, 'keys') : undefined;
  if (!isMethod(keys)) return undefined;
  const iterator: unknown = keys.call(rows);
  if (typeof iterator !== 'object' || iterator === null || !(Symbol.iterator in iterator)) return undefined;
  const positions = new Map<unknown, number>();
  for (const id of iterator as Iterable<unknown>) positions.set(id, positions.size);
  return positions;
}

function rowId(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return undefined;
  const idSymbol = Object.getOwnPropertySymbols(row).find((s) => s.description === '_id');
  return idSymbol === undefined ? undefined : Reflect.get(row, idSymbol);
}

/**
 * Where an index entry points a row: its line pointer when inserted, kept through HOT updates.
 * PostgreSQL's UPDATE that changes no indexed column (a HOT update, always possible on the small
 * pages of a test) writes the new version elsewhere in the heap but leaves the indexes pointing
 * at the old line pointer, which leads to it; one that changes an indexed column gets new index
 * entries at its new place. Kept on the stored row (a symbol, copied with it), so a rolled-back
 * statement's rows keep their own.
 */
const INDEX_POSITION = Symbol('seams_index_position');
let indexPositions = 0;

/** The columns any index of a pg-mem table reads (its expressions' and predicate's `usedColumns`). */
function indexedColumns(table: object): Set<string> | undefined {
  const columns = new Set<string>();
  const add = (value: unknown): boolean => {
    const used = typeof value === 'object' && value !== null ? Reflect.get(value, 'usedColumns') : undefined;
    if (!(used instanceof Set)) return false;
    for (const column of used) {
      const id: unknown =
        typeof column === 'object' && column !== null ? Reflect.get(column, 'id') : undefined;
      if (typeof id !== 'string') return false;
      columns.add(id);
    }
    return true;
  };
  for (const byName of valuesOf(Reflect.get(table, 'indexByHashAndName'))) {
    for (const entry of valuesOf(byName)) {
      const index = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'index') : undefined;
      const expressions =
        typeof index === 'object' && index !== null ? Reflect.get(index, 'expressions') : undefined;
      if (!Array.isArray(expressions) || !expressions.every(add)) return undefined;
      const predicate =
        typeof index === 'object' && index !== null ? Reflect.get(index, 'predicate') : undefined;
      if (predicate && !add(predicate)) return undefined;
    }
  }
  return columns;
}

function sameKey(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameKey(x, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Gives a row being written its index position: a new one, or (a HOT update) the old version's. */
function placeInIndexes(table: unknown, row: unknown, stored: unknown): void {
  if (typeof table !== 'object' || table === null || typeof row !== 'object' || row === null) return;
  const kept =
    typeof stored === 'object' && stored !== null ? Reflect.get(stored, INDEX_POSITION) : undefined;
  if (typeof kept === 'number' && typeof stored === 'object' && stored !== null) {
    // HOT needs every indexed column unchanged (heap_update's check of the attributes, not the keys).
    const columns = indexedColumns(table);
    if (columns && [...columns].every((c) => sameKey(Reflect.get(stored, c), Reflect.get(row, c)))) {
      Reflect.set(row, INDEX_POSITION, kept);
      return;
    }
  }
  indexPositions += 1;
  Reflect.set(row, INDEX_POSITION, indexPositions);
}

/** The stored version of a row being updated (pg-mem's `bin(t).get(id)`). */
function storedVersion(table: unknown, transaction: unknown, row: unknown): unknown {
  if (typeof table !== 'object' || table === null) return undefined;
  const bin = Reflect.get(table, 'bin');
  const rows: unknown = isMethod(bin) ? bin.call(table, transaction) : undefined;
  const get = typeof rows === 'object' && rows !== null ? Reflect.get(rows, 'get') : undefined;
  return isMethod(get) ? get.call(rows, rowId(row)) : undefined;
}

/**
 * The rows a filter found through an index, in the order PostgreSQL's Bitmap Heap Scan (its plan
 * for `id IN (3, 1)`, `w = 'b'` or `a = 1 OR b = 2` on a table of unknown size) reads them: by the
 * heap position their index entries point at (see INDEX_POSITION), so an UPDATE checks them in that
 * order and its 23514 names that first row; pg-mem walks the index in the IN list's order. A
 * sequential scan already yields the heap's order (see keepHeapOrder).
 */
function inHeapOrder(rows: unknown[], table: unknown, transaction: unknown): unknown[] {
  if (rows.length < 2) return rows;
  const indexed = (row: unknown) =>
    typeof row === 'object' && row !== null ? Reflect.get(row, INDEX_POSITION) : undefined;
  // Every row written since the table's wrapping has its position; the heap's order is the fallback.
  const positions = rows.every((row) => typeof indexed(row) === 'number')
    ? undefined
    : heapPositions(table, transaction);
  const at = (row: unknown) => {
    const position = indexed(row);
    return typeof position === 'number' ? position : (positions?.get(rowId(row)) ?? Number.MAX_SAFE_INTEGER);
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => at(a.row) - at(b.row) || a.index - b.index)
    .map((entry) => entry.row);
}

/**
 * Patches `selection.filter(...)` of pg-mem's table selections (once per class): rows found through an
 * index come in heap order (see inHeapOrder), and while a referenced-key check runs they are copies.
 */
function patchTableFilters(table: unknown): void {
  const selection = typeof table === 'object' && table !== null ? Reflect.get(table, 'selection') : undefined;
  const prototype: unknown =
    typeof selection === 'object' && selection !== null ? Object.getPrototypeOf(selection) : undefined;
  if (typeof prototype !== 'object' || prototype === null || copyingFilters.has(prototype)) return;
  const filter: unknown = Reflect.get(prototype, 'filter');
  if (!isMethod(filter)) return;
  Reflect.set(prototype, 'filter', function (this: unknown, ...args: unknown[]) {
    const filtered = filter.apply(this, args);
    if (typeof filtered !== 'object' || filtered === null) return filtered;
    const enumerate: unknown = Reflect.get(filtered, 'enumerate');
    if (!isMethod(enumerate)) return filtered;
    const base = typeof this === 'object' && this !== null ? Reflect.get(this, 'base') : undefined;
    const throughIndex = filtered.constructor.name !== 'SeqScanFilter' && filtered !== this;
    const copying = copyingReferencingRows > 0;
    if (!throughIndex && !copying) return filtered;
    const wrapped = Object.create(filtered) as object;
    Reflect.set(wrapped, 'enumerate', function* (this: unknown, transaction: unknown, ...rest: unknown[]) {
      const found = enumerate.call(filtered, transaction, ...rest);
      if (typeof found !== 'object' || found === null || !(Symbol.iterator in found)) return;
      const rows = throughIndex
        ? inHeapOrder([...(found as Iterable<unknown>)], base, transaction)
        : (found as Iterable<unknown>);
      // A copy keeps pg-mem's row id (an enumerable symbol), so its update finds the stored row.
      for (const row of rows) yield copying && typeof row === 'object' && row !== null ? { ...row } : row;
    });
    return wrapped;
  });
  copyingFilters.add(prototype);
}

/** The actions that write the referencing rows (pg-mem runs them in its referenced-key check). */
const CASCADING_ACTIONS = new Set(['cascade', 'set null', 'set default']);

/** The ON DELETE and ON UPDATE actions of the foreign key each referenced-key check belongs to. */
const referentialActions = new WeakMap<object, { readonly delete: string; readonly update: string }>();

/** A pg-mem table's sets of change handlers run before a row changes (one per column set). */
function beforeHandlerSets(table: unknown): Set<unknown>[] {
  if (typeof table !== 'object' || table === null) return [];
  return valuesOf(Reflect.get(table, 'changeHandlers')).flatMap((handlers) => {
    const before: unknown =
      typeof handlers === 'object' && handlers !== null ? Reflect.get(handlers, 'before') : undefined;
    return before instanceof Set ? [before] : [];
  });
}

/** A pg-mem table's change handlers run before a row changes. */
function beforeHandlers(table: unknown): unknown[] {
  return beforeHandlerSets(table).flatMap((before) => [...before]);
}

/**
 * Records each foreign key's actions against the check pg-mem installs on the referenced table,
 * for the check at the statement's end to tell NO ACTION (satisfied when the old key is back)
 * from RESTRICT: pg-mem's `addForeignKey(constraint, t)` (its table class, pinned 3.0.14) is wrapped.
 */
function recordReferentialActions(prototype: object): void {
  const original = Reflect.get(prototype, 'addForeignKey');
  if (!isMethod(original))
    throw new Error("@seams/fakes: pg-mem's table has no addForeignKey(); pin pg-mem 3.0.14");
  Reflect.set(prototype, 'addForeignKey', function (this: unknown, constraint: unknown, ...rest: unknown[]) {
    const field = (key: string): unknown =>
      typeof constraint === 'object' && constraint !== null ? Reflect.get(constraint, key) : undefined;
    const foreign = field('foreignTable');
    const foreignName =
      typeof foreign === 'object' && foreign !== null ? Reflect.get(foreign, 'name') : undefined;
    const schema = typeof this === 'object' && this !== null ? Reflect.get(this, 'ownerSchema') : undefined;
    const getTable =
      typeof schema === 'object' && schema !== null ? Reflect.get(schema, 'getTable') : undefined;
    const referenced =
      isMethod(getTable) && typeof foreignName === 'string'
        ? getTable.call(schema, foreignName, true)
        : undefined;
    const existing = new Set(beforeHandlers(referenced));
    const added = original.call(this, constraint, ...rest);
    const action = (key: string): string => {
      const value = field(key);
      return typeof value === 'string' ? value.toLowerCase() : 'no action';
    };
    for (const handler of beforeHandlers(referenced)) {
      if (existing.has(handler) || !isReferencedCheck(handler)) continue;
      referentialActions.set(handler, { delete: action('onDelete'), update: action('onUpdate') });
    }
    return added;
  });
}

/** The stored rows of a pg-mem table in a transaction (its `bin(t)`). */
function storedRows(table: unknown, transaction: unknown): unknown[] {
  if (typeof table !== 'object' || table === null) return [];
  const bin = Reflect.get(table, 'bin');
  return isMethod(bin) ? valuesOf(bin.call(table, transaction)) : [];
}

interface KeyColumn {
  readonly id: string;
  readonly equals: (a: unknown, b: unknown) => boolean;
}

/** The columns a change handler is registered on (the referenced key's), with their types' equality. */
function handlerColumns(table: object, handler: unknown): KeyColumn[] | undefined {
  const handlers: unknown = Reflect.get(table, 'changeHandlers');
  if (!(handlers instanceof Map)) return undefined;
  const columns: KeyColumn[] = [];
  for (const [column, set] of handlers) {
    const before: unknown = typeof set === 'object' && set !== null ? Reflect.get(set, 'before') : undefined;
    if (!(before instanceof Set) || !before.has(handler)) continue;
    const expression: unknown =
      typeof column === 'object' && column !== null ? Reflect.get(column, 'expression') : undefined;
    const id: unknown =
      typeof expression === 'object' && expression !== null ? Reflect.get(expression, 'id') : undefined;
    const type: unknown =
      typeof expression === 'object' && expression !== null ? Reflect.get(expression, 'type') : undefined;
    const equals: unknown =
      typeof type === 'object' && type !== null ? Reflect.get(type, 'equals') : undefined;
    if (typeof id !== 'string' || !isMethod(equals)) return undefined;
    columns.push({ id, equals: (a, b) => equals.call(type, a, b) === true });
  }
  return columns.length > 0 ? columns : undefined;
}

/**
 * PostgreSQL checks NO ACTION and RESTRICT when the statement ends (AFTER triggers), so a unique
 * violation of a later row is reported first, and NO ACTION passes when the statement left a row
 * with the old key (`UPDATE parent SET id = id - 1` shifting keys). pg-mem raises as the row
 * changes: its check is wrapped to run again when the statement's transaction commits. Its
 * cascades stay where they are, run on copies of the referencing rows (see copyingReferencingRows).
 */
function deferReferencedChecks(table: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  patchTableFilters(table);
  for (const before of beforeHandlerSets(table)) {
    for (const handler of [...before]) {
      if (!isReferencedCheck(handler) || deferring.has(handler)) continue;
      const columns = handlerColumns(table, handler);
      const deferred = function (
        this: unknown,
        old: unknown,
        neu: unknown,
        transaction: unknown,
        ...rest: unknown[]
      ) {
        const run = () => {
          copyingReferencingRows += 1;
          try {
            return handler.call(this, old, neu, transaction, ...rest);
          } finally {
            copyingReferencingRows -= 1;
          }
        };
        // A cascading action (CASCADE, SET NULL, SET DEFAULT) is an AFTER trigger on PostgreSQL: it
        // runs once every row of the statement is written and its own indexes checked, so the
        // statement's 23505 on the referenced table comes before any error of the referencing one.
        const ownAction = referentialActions.get(handler)?.[neu ? 'update' : 'delete'];
        if (
          ownAction !== undefined &&
          CASCADING_ACTIONS.has(ownAction) &&
          typeof old === 'object' &&
          old !== null &&
          typeof transaction === 'object' &&
          transaction !== null
        ) {
          queue(transaction, {
            row: typeof neu === 'object' && neu !== null ? neu : old,
            old,
            write: { table: tableName(table), operation: neu ? 'update' : 'delete' },
            run,
          });
          return undefined;
        }
        try {
          return run();
        } catch (error) {
          const name = referencedViolation(error);
          if (
            name === undefined ||
            typeof old !== 'object' ||
            old === null ||
            typeof transaction !== 'object' ||
            transaction === null
          )
            throw error;
          const operation = neu ? ('update' as const) : ('delete' as const);
          queue(transaction, {
            row: typeof neu === 'object' && neu !== null ? neu : old,
            old,
            write: { table: tableName(table), operation },
            run: () => {
              const back =
                columns === undefined
                  ? undefined
                  : storedRows(table, transaction).some(
                      (row) =>
                        typeof row === 'object' &&
                        row !== null &&
                        columns.every((column) =>
                          column.equals(Reflect.get(old, column.id), Reflect.get(row, column.id)),
                        ),
                    );
              // The old key is gone: any row still referencing it fails, whichever the action.
              if (back === false) return run();
              const action = referentialActions.get(handler)?.[operation];
              if (back === true && action === 'no action') return;
              if (back === true && action === 'restrict') return run();
              throw refuse(
                `the foreign key ${name} whose referenced key a statement both changed and wrote again (NO ACTION or RESTRICT unknown to the engine)`,
              );
            },
          });
          return undefined;
        }
      };
      replaceHandler(before, handler, deferred);
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
      // A cascade run here writes the referencing rows, which may queue checks of their own.
      for (let check = queued.shift(); check !== undefined; check = queued.shift()) {
        try {
          check.run();
        } catch (error) {
          if (typeof error === 'object' && error !== null && !captured.has(error))
            captured.set(error, {
              ...check.write,
              row: record(check.row),
              ...(check.old && { old: record(check.old) }),
            });
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

/**
 * Keeps a table's rows in the order PostgreSQL's heap has them: each written row (inserted, or the
 * new version of an updated one) after all the others, the rest in place. pg-mem stores them in an
 * Immutable Map, whose delete moves the last entry into the hole, so an UPDATE reordered rows a
 * later statement reads in turn (which row of several a 23514 reports, an unordered SELECT). Its
 * OrderedMap has the same methods and keeps the order: the table's rows become one before a write.
 */
function keepHeapOrder(table: unknown, transaction: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  const bin = Reflect.get(table, 'bin');
  const setBin = Reflect.get(table, 'setBin');
  if (!isMethod(bin) || !isMethod(setBin)) return;
  const rows: unknown = bin.call(table, transaction);
  if (typeof rows !== 'object' || rows === null || Reflect.get(rows, '@@__IMMUTABLE_ORDERED__@@') === true)
    return;
  const toOrderedMap = Reflect.get(rows, 'toOrderedMap');
  if (isMethod(toOrderedMap)) setBin.call(table, transaction, toOrderedMap.call(rows));
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
        keepHeapOrder(this, transaction);
        deferReferencedChecks(this);
        if (operation !== 'delete') {
          deferReferencingChecks(this);
          checkNotNull(this, transaction, row);
          refuseNullElementUniqueKeys(this, transaction, row, old);
          placeInIndexes(
            this,
            row,
            operation === 'update' ? storedVersion(this, transaction, row) : undefined,
          );
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
  patchTableFilters(table);
  wrap(prototype, 'doInsert', 'insert');
  wrap(prototype, 'update', 'update');
  wrap(prototype, 'delete', 'delete');
  recordReferentialActions(prototype);
  patched.add(prototype);
}

/** The write an error was thrown in, if any. */
export function capturedWrite(error: unknown): CapturedWrite | undefined {
  return typeof error === 'object' && error !== null ? captured.get(error) : undefined;
}
