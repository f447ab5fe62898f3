import type { Clock, IdGenerator } from '@seams/ports';

/** Options for `SeededIdGenerator`. */
export interface SeededIdGeneratorOptions {
  /** Same seed, same sequence. */
  readonly seed: number;
  /** 4 (random) or 7 (time-ordered; its timestamp comes from `clock`). Default 4. */
  readonly version?: 4 | 7;
  /** Required for version 7. */
  readonly clock?: Clock;
}

/** sfc32: a small, fast PRNG with a 128-bit state; plenty for test ids, never for secrets. */
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const step = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) step();
  return step;
}

/** Deterministic UUID v4 or v7 ids from a seed: random-looking, yet the same on every run. */
export class SeededIdGenerator implements IdGenerator {
  readonly #random: () => number;
  readonly #version: 4 | 7;
  readonly #clock: Clock | undefined;
  #lastMs = -1;
  #counter = 0;

  constructor(options: SeededIdGeneratorOptions) {
    this.#random = sfc32(options.seed);
    this.#version = options.version ?? 4;
    this.#clock = options.clock;
    if (this.#version === 7 && !this.#clock) {
      throw new TypeError('SeededIdGenerator: version 7 needs a clock for its timestamp');
    }
  }

  next(): string {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i += 4) {
      const word = this.#random();
      bytes[i] = word >>> 24;
      bytes[i + 1] = (word >>> 16) & 0xff;
      bytes[i + 2] = (word >>> 8) & 0xff;
      bytes[i + 3] = word & 0xff;
    }
    if (this.#version === 7) this.#stampTime(bytes);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | (this.#version << 4);
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** 48-bit milliseconds, then a 12-bit counter so ids made in the same millisecond still sort. */
  #stampTime(bytes: Uint8Array): void {
    const ms = this.#clock?.now().getTime() ?? 0;
    this.#counter = ms === this.#lastMs ? this.#counter + 1 : 0;
    this.#lastMs = ms;
    for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
    bytes[6] = (this.#counter >>> 8) & 0x0f;
    bytes[7] = this.#counter & 0xff;
  }
}
