// PGlite's Emscripten runtime answers the wall clock (`emscripten_date_now`, behind
// clock_gettime and gettimeofday) with `Date.now()`: whole milliseconds. PostgreSQL reads that clock
// for now(), clock_timestamp() and every timestamp default, so on PGlite rows written within one
// millisecond got equal timestamps and `ORDER BY created_at` tied where PostgreSQL's microseconds
// order them. The runtime takes no option for its clock, so the import is replaced while PGlite
// instantiates its WebAssembly, and only then: the wrapper is installed around `PGlite.create`
// and changes only modules that import `emscripten_date_now`.

/**
 * Wall-clock time in milliseconds with a fractional part down to microseconds: `Date.now()`'s
 * reading advanced by the monotonic clock, re-anchored whenever the two part by a millisecond
 * (the system clock was set or slewed) so it never strays further than that from `Date.now()`.
 */
export class MicrosecondWallClock {
  readonly #wall: () => number;
  readonly #monotonic: () => number;
  #wallAnchor: number;
  #monotonicAnchor: number;

  constructor(wall: () => number = Date.now, monotonic: () => number = () => performance.now()) {
    this.#wall = wall;
    this.#monotonic = monotonic;
    this.#wallAnchor = wall();
    this.#monotonicAnchor = monotonic();
  }

  /** Milliseconds since the epoch, fractional. */
  nowMs(): number {
    const fine = this.#wallAnchor + (this.#monotonic() - this.#monotonicAnchor);
    const coarse = this.#wall();
    if (fine >= coarse && fine < coarse + 1) return fine;
    this.#wallAnchor = coarse;
    this.#monotonicAnchor = this.#monotonic();
    return coarse;
  }
}

/** A WebAssembly import object: module name to its imports. */
export type WasmImports = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

type Instantiate = (source: unknown, imports?: WasmImports) => Promise<unknown>;

// The compile options name no DOM lib, and Node's types leave `WebAssembly` out of globalThis.
const wasm = (globalThis as unknown as { WebAssembly: { instantiate: Instantiate } }).WebAssembly;

/** The imports with Emscripten's wall clock answered by `clock`, fractional; other imports unchanged. */
export function withMicrosecondImports(
  imports: WasmImports | undefined,
  clock: MicrosecondWallClock,
): WasmImports | undefined {
  const env = imports?.env;
  if (!imports || !env || typeof env.emscripten_date_now !== 'function') return imports;
  const patched = { ...env, emscripten_date_now: () => clock.nowMs() };
  // Emscripten hands the same object as `env` and `wasi_snapshot_preview1`; keep them one.
  return imports.wasi_snapshot_preview1 === env
    ? { ...imports, env: patched, wasi_snapshot_preview1: patched }
    : { ...imports, env: patched };
}

let installed = 0;
let originalInstantiate: Instantiate | undefined;
const sharedClock = new MicrosecondWallClock();

/**
 * Runs `create` (a `PGlite.create`) with WebAssembly instantiation giving Emscripten main modules a
 * microsecond wall clock; the global is restored once no such run is in flight.
 */
export async function withMicrosecondClock<T>(create: () => Promise<T>): Promise<T> {
  if (installed === 0) {
    const original = wasm.instantiate;
    originalInstantiate = original;
    wasm.instantiate = (source, imports) => original(source, withMicrosecondImports(imports, sharedClock));
  }
  installed += 1;
  try {
    return await create();
  } finally {
    installed -= 1;
    if (installed === 0 && originalInstantiate) {
      wasm.instantiate = originalInstantiate;
      originalInstantiate = undefined;
    }
  }
}
