import { FakeClock, InMemoryIdempotencyStore } from '@seams/fakes';
import type { CorpusStores } from './corpus-store.js';
import { CORPUS_LEASE_MS } from './corpus-timing.js';

/** The fake's and the Redis adapter's default key prefix, which `prefixed` stores extend. */
const DEFAULT_KEY_PREFIX = 'idempotency:';

/** The corpus's driver on `InMemoryIdempotencyStore` (default lease `leaseMs`): workers are `peer()`s, time is a `FakeClock`. */
export function fakeCorpusStores(leaseMs = CORPUS_LEASE_MS): CorpusStores {
  const clock = new FakeClock();
  const store = new InMemoryIdempotencyStore({ clock, leaseMs, keyPrefix: DEFAULT_KEY_PREFIX });
  return {
    store,
    leaseMs,
    worker: async (options = {}) => store.peer(options),
    prefixed: async (keyPrefix, options = {}) =>
      store.peer({ ...options, keyPrefix: `${DEFAULT_KEY_PREFIX}${keyPrefix}` }),
    stranger: async () => new InMemoryIdempotencyStore({ clock, leaseMs }),
    advanceTime: (ms) => clock.advance(ms),
    flushScripts: async () => undefined,
  };
}
