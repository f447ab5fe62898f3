import type { IdGenerator } from '@seams/ports';

/**
 * Readable, predictable ids for assertions: `00000000-0000-4000-8000-000000000001`, then `…002`.
 * Valid UUID v4 shape, so code that validates ids accepts them.
 */
export class SequentialIdGenerator implements IdGenerator {
  #counter: number;

  constructor(options: { start?: number } = {}) {
    this.#counter = options.start ?? 1;
  }

  next(): string {
    const n = this.#counter++;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }
}
