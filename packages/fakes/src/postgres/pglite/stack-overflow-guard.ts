import type { PGlite } from '@electric-sql/pglite';
import { isTriggerDepthModule, resetTriggerDepth } from './trigger-depth.js';

/**
 * The refusal a statement gets when it overflows the JavaScript stack PGlite runs on: recursion
 * (PL/pgSQL or SQL functions, triggers firing themselves), or values and expressions nested
 * thousands deep. PostgreSQL 15 checks its C stack against `max_stack_depth` (2MB) and answers
 * 54001 from about 1000 levels of PL/pgSQL recursion; PGlite's WASM frames sit on the JavaScript
 * stack, which on a main thread (about 1MB) runs out near 450 levels, before PostgreSQL's own check
 * (counting WASM's separate, smaller stack) fires. Between the two depths 15 answers and the fake
 * cannot, so it refuses rather than answer 54001 where 15 gives a result.
 */
export const STACK_OVERFLOW_REFUSAL =
  "a statement nested or recursing this deeply (functions or triggers calling themselves, json or jsonb input, arrays, expressions) is not supported by the fake PostgreSQL on its PGlite engine (it overflows the WASM engine's JavaScript stack, near 450 levels of PL/pgSQL recursion on a main thread; PostgreSQL 15 recurses to about 1000 levels and answers 54001 stack depth limit exceeded beyond): recurse or nest less deeply, or run this test on the real server";

/** elog.h's ERROR level (PostgreSQL 18, which PGlite builds). */
const ERROR_LEVEL = 21;
/** PortalData.status's offset in PGlite's wasm32 build, and PORTAL_ACTIVE / PORTAL_FAILED. */
const PORTAL_STATUS_OFFSET = 80;
const PORTAL_ACTIVE = 3;
const PORTAL_FAILED = 5;

/** The parts of PGlite's Emscripten module (C functions and globals' addresses) the guard uses. */
interface PostgresModule {
  HEAPU8: Uint8Array;
  stackSave(): number;
  stackRestore(pointer: number): void;
  _malloc(size: number): number;
  _PostgresMainLoopOnce(): void;
  _GetCurrentTransactionNestLevel(): number;
  _RollbackAndReleaseCurrentSubTransaction(): void;
  _SPI_cursor_find(name: number): number;
  _errstart(level: number, domain: number): number;
  _errcode(sqlstate: number): number;
  _errmsg(format: number, args: number): number;
  _errfinish(file: number, line: number, func: number): void;
  _error_context_stack: number;
  _PG_exception_stack: number;
  _CritSectionCount: number;
}

const FUNCTIONS = [
  'stackSave',
  'stackRestore',
  '_malloc',
  '_PostgresMainLoopOnce',
  '_GetCurrentTransactionNestLevel',
  '_RollbackAndReleaseCurrentSubTransaction',
  '_SPI_cursor_find',
  '_errstart',
  '_errcode',
  '_errmsg',
  '_errfinish',
] as const;
const ADDRESSES = ['_error_context_stack', '_PG_exception_stack', '_CritSectionCount'] as const;

function postgresModule(db: PGlite): PostgresModule | undefined {
  // PGlite keeps its Emscripten module in a protected field: read, not typed.
  const mod: unknown = (db as unknown as { mod?: unknown }).mod;
  if (typeof mod !== 'object' || mod === null) return undefined;
  const fields = mod as Record<string, unknown>;
  if (!(fields.HEAPU8 instanceof Uint8Array)) return undefined;
  if (!FUNCTIONS.every((name) => typeof fields[name] === 'function')) return undefined;
  if (!ADDRESSES.every((name) => typeof fields[name] === 'number')) return undefined;
  return mod as PostgresModule;
}

/** A NUL-terminated copy of `text` in the module's memory, for the life of the instance. */
function cString(mod: PostgresModule, text: string): number {
  const bytes = new TextEncoder().encode(text);
  const at = mod._malloc(bytes.length + 1);
  mod.HEAPU8.set(bytes, at);
  mod.HEAPU8[at + bytes.length] = 0;
  return at;
}

/** MAKE_SQLSTATE: five characters, six bits each, first character lowest. */
function sqlstate(code: string): number {
  return [...code].reduce(
    (packed, char, index) => packed | (((char.charCodeAt(0) - 48) & 0x3f) << (6 * index)),
    0,
  );
}

const isStackOverflow = (error: unknown): boolean =>
  error instanceof RangeError && /maximum call stack size exceeded/i.test(error.message);

const guarded = new WeakSet<PGlite>();

/**
 * Makes a JavaScript stack overflow inside PGlite fail the statement as a PostgreSQL error does,
 * leaving the instance usable. Without it PGlite swallows the RangeError and the backend keeps the
 * state of a statement that never ended: its error-context and exception stacks point into the
 * unwound frames, the unnamed portal stays active (every later query fails to drop it), and the
 * transaction stays open, so an extended-protocol Sync after it would even commit the statement's
 * partial work. Each message PGlite processes (`PostgresMainLoopOnce`) is wrapped; on an overflow,
 * with the WASM stack unwound, the guard undoes what the C error handlers between the overflow and
 * the main loop would have undone (the frames' error context, the exception stack restored to the
 * main loop's, the statement's portal failed, subtransactions the statement began, PL/pgSQL
 * exception blocks', rolled back) and raises the refusal as an ERROR from C. PostgreSQL's own
 * error recovery then runs as after any error: the transaction (or the savepoint it was in) is
 * aborted, the rest of an extended-protocol batch is skipped to its Sync, and ReadyForQuery follows.
 * An overflow inside a critical section (where 15 would PANIC) is left to PGlite. Returns whether
 * the guard is in place (false when the module does not have the expected shape).
 */
export function guardStackOverflow(db: PGlite): boolean {
  if (guarded.has(db)) return true;
  const mod = postgresModule(db);
  if (!mod) return false;
  const view = () => new DataView(mod.HEAPU8.buffer);
  // Read while PGlite is idle: the main loop's own jump buffer, where an ERROR returns to.
  const mainLoopExceptionStack = view().getUint32(mod._PG_exception_stack, true);
  const unnamed = cString(mod, '');
  const message = cString(mod, STACK_OVERFLOW_REFUSAL.replaceAll('%', '%%'));
  const file = cString(mod, 'stack-overflow-guard.ts');
  const routine = cString(mod, 'seams_stack_overflow_guard');
  const refused = sqlstate('0A000');
  const loopOnce = mod._PostgresMainLoopOnce.bind(mod);
  mod._PostgresMainLoopOnce = () => {
    const stack = mod.stackSave();
    const level = mod._GetCurrentTransactionNestLevel();
    try {
      loopOnce();
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      mod.stackRestore(stack);
      const memory = view();
      if (memory.getInt32(mod._CritSectionCount, true) !== 0) throw error;
      memory.setUint32(mod._error_context_stack, 0, true);
      memory.setUint32(mod._PG_exception_stack, mainLoopExceptionStack, true);
      failUnnamedPortal(mod, unnamed);
      // Subtransactions the message began (PL/pgSQL exception blocks): their handlers never ran.
      while (mod._GetCurrentTransactionNestLevel() > Math.max(level, 1))
        mod._RollbackAndReleaseCurrentSubTransaction();
      // The triggers that were running stay counted (trigger-depth.ts): none runs between messages.
      if (isTriggerDepthModule(mod)) resetTriggerDepth(mod);
      mod._errstart(ERROR_LEVEL, 0);
      mod._errcode(refused);
      mod._errmsg(message, 0);
      // Throws PostgreSQL's longjmp to the main loop, which PGlite catches and recovers from.
      mod._errfinish(file, 0, routine);
      throw error;
    }
  };
  guarded.add(db);
  return true;
}

/**
 * The statement's portal marked failed, as PortalRun's error handler marks it: an active portal is
 * never dropped (every later query would fail to replace the unnamed portal), and a failed one's
 * executor is not shut down as a finished one's would be. Only an active portal is touched: one
 * still being defined (an overflow while planning) is dropped as it is, and one of an earlier
 * statement is not the overflowing one's.
 */
function failUnnamedPortal(mod: PostgresModule, unnamed: number): void {
  const portal = mod._SPI_cursor_find(unnamed);
  if (portal === 0) return;
  const memory = new DataView(mod.HEAPU8.buffer);
  // The name (the first field) is the empty string and the status reads PORTAL_ACTIVE: the layout
  // is the one the offset assumes (a changed layout leaves the portal alone, and PGlite broken).
  const name = memory.getUint32(portal, true);
  if (name === 0 || mod.HEAPU8[name] !== 0) return;
  if (memory.getInt32(portal + PORTAL_STATUS_OFFSET, true) === PORTAL_ACTIVE)
    memory.setInt32(portal + PORTAL_STATUS_OFFSET, PORTAL_FAILED, true);
}

/**
 * A 54001 (stack depth limit exceeded) without its context: the context lists every frame active
 * when the stack ran out, and PGlite's frames are sized otherwise than 15's, so it runs out at
 * another depth and lists another number of frames. The context is informational; left out, the
 * error is 15's.
 */
export function withoutStackFrames<Fields extends { readonly code: string; readonly where?: string }>(
  error: Fields,
): Fields {
  if (error.code !== '54001' || error.where === undefined) return error;
  const { where: _where, ...rest } = error;
  return rest as Fields;
}
