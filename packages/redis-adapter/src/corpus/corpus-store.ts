import type { IdempotencyStore } from '@seams/ports';

/**
 * One backing store as the corpus drives it: workers on the same records (each a store of its own,
 * as another process on the same Redis prefix), a stranger on records of its own (another prefix),
 * and time. On Redis a worker is a store on its own connection; on the fake, a `peer()`.
 */
export interface CorpusStores {
  /** The first worker, with the corpus's default lease (`leaseMs`). */
  readonly store: IdempotencyStore;
  /** The default lease of `store` and of `worker()` without options. */
  readonly leaseMs: number;
  /** Another worker on the same records, with its own lease (default `leaseMs`). */
  worker(options?: { readonly leaseMs?: number }): Promise<IdempotencyStore>;
  /**
   * Another worker on the same server whose key prefix is the case's followed by `keyPrefix`: its
   * key `k` is `store`'s key `${keyPrefix}k`, as Redis keeps prefix and key as one text. The case's
   * own prefix is a few dozen bytes on Redis and `idempotency:` on the fake, so cases that measure
   * a prefix's length keep clear of exact byte boundaries.
   */
  prefixed(keyPrefix: string, options?: { readonly leaseMs?: number }): Promise<IdempotencyStore>;
  /** A store sharing nothing with `store`: on Redis, another key prefix on the same server. */
  stranger(): Promise<IdempotencyStore>;
  /**
   * Lets `ms` pass on the stores' clock: `FakeClock.advance` on the fake, a real wait plus a margin
   * on Redis. Cases wait well clear of every boundary, since the margin only ever adds.
   */
  advanceTime(ms: number): Promise<void>;
  /**
   * Empties the server's script cache, as a restart or a failover to a fresh replica does: Redis'
   * `SCRIPT FLUSH` (for every client of the server); nothing on the fake, which runs no scripts.
   */
  flushScripts(): Promise<void>;
}
