import { describeIdempotencyStoreContract } from '@seams/contracts';
import { FakeClock, InMemoryIdempotencyStore } from '@seams/fakes';

// The fake on its FakeClock: expiry cases move the clock instead of waiting. No divergences.
describeIdempotencyStoreContract({
  name: 'InMemoryIdempotencyStore (@seams/fakes)',
  setup: () => {
    const clock = new FakeClock();
    const leaseMs = 30_000;
    const store = new InMemoryIdempotencyStore({ clock, leaseMs });
    return { store, peer: store, leaseMs, ttlMs: 60_000, advanceTime: (ms: number) => clock.advance(ms) };
  },
});
