import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { withPg15KeywordCategories } from './pg15-keywords.js';

// PGlite compiles its WebAssembly once per thread and keeps it for that thread's later starts. A
// worker thread (`thread: 'worker'`, the corpus's worker target) is a new thread each time, so each
// paid for compiling PostgreSQL again, and for tiering up the same hot functions the threads
// before it had. One compiled module per process, handed to every start on every thread, shares
// that code: V8 keeps a compiled module's code once per process, whichever thread compiled it.

declare const compiled: unique symbol;

/** A compiled `WebAssembly.Module` of PGlite's `pglite.wasm` (opaque: the compile options name no WebAssembly types). */
export type PgliteWasmModule = { readonly [compiled]: true };

// The compile options name no DOM lib, and Node's types leave `WebAssembly` out of globalThis.
const wasm = (
  globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<PgliteWasmModule> } }
).WebAssembly;

let compiling: Promise<PgliteWasmModule | undefined> | undefined;

/**
 * The installed PGlite's `pglite.wasm` with 15's keyword categories (pg15-keywords.ts), compiled on first use in this thread (or handed in by the
 * thread that started it); undefined when it cannot be read, and PGlite then loads its own (and
 * says what is missing, as it did before: see load-pglite.ts).
 */
export function pgliteWasmModule(): Promise<PgliteWasmModule | undefined> {
  compiling ??= (async () => {
    try {
      const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
      const bytes = await readFile(join(dirname(entry), 'pglite.wasm'));
      withPg15KeywordCategories(bytes);
      return await wasm.compile(bytes);
    } catch {
      return undefined;
    }
  })();
  return compiling;
}

/** Uses `module` as this thread's compiled PGlite (a worker thread, handed its starter's). */
export function adoptPgliteWasmModule(module: PgliteWasmModule): void {
  compiling = Promise.resolve(module);
}
