import { describe, expect, it } from 'vitest';
import { adoptPgliteWasmModule, type PgliteWasmModule, pgliteWasmModule } from './pglite-wasm.js';

const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: { new (bytes: Uint8Array): PgliteWasmModule; exports(module: PgliteWasmModule): unknown[] };
    };
  }
).WebAssembly;

describe('pgliteWasmModule', () => {
  it("compiles the installed PGlite's pglite.wasm once per thread", async () => {
    const first = await pgliteWasmModule();
    expect(first).toBeDefined();
    if (!first) return;
    // PostgreSQL's entry points: a module of something else would not export them.
    expect(wasm.Module.exports(first).length).toBeGreaterThan(100);
    expect(await pgliteWasmModule()).toBe(first);
  });

  it('hands out the module a starting thread passed in', async () => {
    const original = await pgliteWasmModule();
    // The smallest valid module: the magic number and version.
    const handed = new wasm.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    try {
      adoptPgliteWasmModule(handed);
      expect(await pgliteWasmModule()).toBe(handed);
    } finally {
      if (original) adoptPgliteWasmModule(original);
    }
  });
});
