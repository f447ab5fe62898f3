import { describeIdempotencyStoreContract } from '@seams/contracts';
import { FakeClock, InMemoryIdempotencyStore } from '@seams/fakes';

// The fake on its FakeClock: expiry cases move the clock instead of waiting; `peer` shares the
// store's records, as a second worker's store on the same Redis prefix does. No divergences.
describeIdempotencyStoreContract({
  name: 'InMemoryIdempotencyStore (@seams/fakes)',
  setup: () => {
    const clock = new FakeClock();
    const leaseMs = 30_000;
    const store = new InMemoryIdempotencyStore({ clock, leaseMs });
    return {
      store,
      peer: store.peer(),
      leaseMs,
      ttlMs: 60_000,
      advanceTime: (ms: number) => clock.advance(ms),
    };
  },
});
