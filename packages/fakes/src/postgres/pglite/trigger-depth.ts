/**
 * `pg_trigger_depth()` put back after a JavaScript stack overflow inside PGlite. trigger.c counts
 * the triggers running in a static (MyTriggerDepth) and takes one off in a PG_FINALLY as each
 * trigger ends or fails; an overflow unwinds the WASM frames without running those, so every
 * trigger that was running stays counted, and `pg_trigger_depth()` answers 321 where 15 answers 1
 * for the rest of the instance's life (a `WHEN (pg_trigger_depth() < 1)` guard then never fires).
 * Between two protocol messages no trigger runs and the count is 0; the stack-overflow guard sets
 * it back to 0 through this module. The static is not exported: its address is found once, the
 * first time it is needed, by reading the count through the built-in function itself (found in
 * fmgr's table of built-ins) and checking each word of memory that holds the same value.
 */

/** The parts of PGlite's Emscripten module this module uses. */
export interface TriggerDepthModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _FunctionCall0Coll(flinfo: number, collation: number): number | bigint;
}

/** pg_trigger_depth's OID (pg_proc.dat). */
const PG_TRIGGER_DEPTH_OID = 3163;
/** FmgrBuiltin's size and fields on wasm32: foid, nargs (int16), strict, retset, funcName, func. */
const BUILTIN_SIZE = 16;
/** FmgrInfo's size on wasm32 (fn_addr, fn_oid, fn_nargs, fn_strict, fn_retset, fn_stats, fn_extra, fn_mcxt, fn_expr). */
const FMGR_INFO_SIZE = 32;
/** How far into memory the statics are looked for (PGlite's data and bss end well before). */
const STATIC_LIMIT = 64 * 1024 * 1024;

interface Access {
  readonly read: () => number;
  address?: number;
}

const accesses = new WeakMap<object, Access | null>();

export function isTriggerDepthModule(mod: unknown): mod is TriggerDepthModule {
  const fields = mod as Record<string, unknown>;
  return (
    fields.HEAPU8 instanceof Uint8Array &&
    typeof fields._malloc === 'function' &&
    typeof fields._FunctionCall0Coll === 'function'
  );
}

/** A reader of MyTriggerDepth: pg_trigger_depth called through an FmgrInfo of its own. */
function reader(mod: TriggerDepthModule): Access | null {
  const heap = mod.HEAPU8;
  const words = new Uint32Array(heap.buffer, 0, Math.min(heap.length, STATIC_LIMIT) >>> 2);
  const name = new TextEncoder().encode('pg_trigger_depth\0');
  for (let at = 0; at + BUILTIN_SIZE / 4 < words.length; at += 1) {
    if (words[at] !== PG_TRIGGER_DEPTH_OID) continue;
    const address = at * 4;
    const view = new DataView(heap.buffer);
    if (view.getInt16(address + 4, true) !== 0) continue;
    const funcName = view.getUint32(address + 8, true);
    if (funcName + name.length > heap.length || !name.every((byte, index) => heap[funcName + index] === byte))
      continue;
    const info = mod._malloc(FMGR_INFO_SIZE);
    mod.HEAPU8.fill(0, info, info + FMGR_INFO_SIZE);
    const memory = new DataView(mod.HEAPU8.buffer);
    memory.setUint32(info, view.getUint32(address + 12, true), true);
    memory.setUint32(info + 4, PG_TRIGGER_DEPTH_OID, true);
    memory.setUint8(info + 10, 1);
    return { read: () => Number(mod._FunctionCall0Coll(info, 0)) };
  }
  return null;
}

/**
 * Sets the count of running triggers back to 0 when it is not (after an overflow). Returns false
 * when the count could not be read or its word not found (PGlite's layout changed): it is left.
 */
export function resetTriggerDepth(mod: TriggerDepthModule): boolean {
  let access = accesses.get(mod);
  if (access === undefined) {
    access = reader(mod);
    accesses.set(mod, access);
  }
  if (access === null) return false;
  const depth = access.read();
  if (depth === 0) return true;
  const words = () => new Int32Array(mod.HEAPU8.buffer, 0, Math.min(mod.HEAPU8.length, STATIC_LIMIT) >>> 2);
  if (access.address === undefined) {
    const memory = words();
    for (let at = 0; at < memory.length; at += 1) {
      if (memory[at] !== depth) continue;
      memory[at] = depth + 1;
      const moved = access.read() === depth + 1;
      memory[at] = depth;
      if (moved) {
        access.address = at;
        break;
      }
    }
  }
  if (access.address === undefined) return false;
  words()[access.address] = 0;
  return access.read() === 0;
}
