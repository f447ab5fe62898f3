import { describe, expect, it, onTestFinished } from 'vitest';
import { createPglite } from './initdb-cache.js';
import {
  MicrosecondWallClock,
  type WasmImports,
  withMicrosecondClock,
  withMicrosecondImports,
} from './microsecond-clock.js';

const wasm = (globalThis as unknown as { WebAssembly: { instantiate: unknown } }).WebAssembly;

describe('MicrosecondWallClock', () => {
  it('adds the monotonic clock’s fraction to the wall clock’s millisecond', () => {
    let wall = 1_000;
    let monotonic = 50;
    const clock = new MicrosecondWallClock(
      () => wall,
      () => monotonic,
    );
    monotonic = 50.25;
    expect(clock.nowMs()).toBe(1_000.25);
    monotonic = 51.5;
    wall = 1_001;
    expect(clock.nowMs()).toBe(1_001.5);
  });

  it('follows the wall clock when it is set back or jumps ahead', () => {
    let wall = 1_000;
    let monotonic = 0;
    const clock = new MicrosecondWallClock(
      () => wall,
      () => monotonic,
    );
    wall = 400; // set back: the monotonic clock alone would say 1,000.5
    monotonic = 0.5;
    expect(clock.nowMs()).toBe(400);
    monotonic = 0.75;
    expect(clock.nowMs()).toBe(400.25);
    wall = 9_000; // set forward
    monotonic = 1;
    expect(clock.nowMs()).toBe(9_000);
  });
});

describe('withMicrosecondImports', () => {
  const clock = new MicrosecondWallClock(
    () => 7,
    () => 0.5,
  );

  it('answers Emscripten’s wall clock from the clock, keeping env and wasi one object', () => {
    const env = { emscripten_date_now: () => 7, memory: 'kept' };
    const patched = withMicrosecondImports({ env, wasi_snapshot_preview1: env }, clock);
    const dateNow = patched?.env?.emscripten_date_now as () => number;
    expect(dateNow()).toBe(7);
    expect(patched?.env?.memory).toBe('kept');
    expect(patched?.wasi_snapshot_preview1).toBe(patched?.env);
  });

  it('leaves other modules’ imports as they are', () => {
    const imports: WasmImports = { env: { now: () => 1 } };
    expect(withMicrosecondImports(imports, clock)).toBe(imports);
    expect(withMicrosecondImports(undefined, clock)).toBeUndefined();
  });
});

describe('withMicrosecondClock', () => {
  it('restores WebAssembly.instantiate when creation ends, failed or not', async () => {
    const original = wasm.instantiate;
    await withMicrosecondClock(async () => expect(wasm.instantiate).not.toBe(original));
    expect(wasm.instantiate).toBe(original);
    await expect(
      withMicrosecondClock(async () => {
        throw new Error('create failed');
      }),
    ).rejects.toThrow('create failed');
    expect(wasm.instantiate).toBe(original);
  });

  it('gives PGlite’s now() microseconds: rows written one after another get distinct, ordered timestamps', async () => {
    const db = await createPglite();
    onTestFinished(() => db.close());
    await db.exec('CREATE TABLE t (id serial, at timestamptz DEFAULT now())');
    // 20 statements take well under 20 ms: on a millisecond clock most would share a timestamp.
    for (let i = 0; i < 20; i++) await db.exec('INSERT INTO t DEFAULT VALUES');
    const { rows } = await db.query<{ distinct: number; ordered: boolean; micro: boolean }>(
      `SELECT count(DISTINCT a.at)::int AS distinct,
              bool_and(a.at < b.at) AS ordered,
              bool_or(extract(microseconds FROM a.at)::int % 1000 <> 0) AS micro
         FROM t a JOIN t b ON b.id = a.id + 1`,
    );
    expect(rows[0]).toEqual({ distinct: 19, ordered: true, micro: true });
  }, 60_000);
});
