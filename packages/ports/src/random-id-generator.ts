import type { IdGenerator } from './id-generator.js';

/** Random UUID v4 ids from the platform's CSPRNG (`crypto.randomUUID`). */
export class RandomIdGenerator implements IdGenerator {
  next(): string {
    return globalThis.crypto.randomUUID();
  }
}
