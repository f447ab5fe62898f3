import { FakeClock, InMemoryIdempotencyStore } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: InMemoryIdempotencyStore', async () => {
  // #region idempotency-store
  const clock = new FakeClock();
  const store = new InMemoryIdempotencyStore({ clock, leaseMs: 5_000 });
  const day = 86_400_000;
  expect(await store.begin('order-1', 'sha256:body', day)).toMatchObject({ kind: 'started' });
  expect(await store.begin('order-1', 'sha256:body', day)).toEqual({ kind: 'in_progress' });
  await store.complete('order-1', { status: 201, body: '{"id":"o-1"}' });
  expect(await store.begin('order-1', 'sha256:body', day)).toMatchObject({
    kind: 'completed',
    response: { status: 201, body: '{"id":"o-1"}' },
  });
  expect(await store.begin('order-1', 'sha256:other', day)).toEqual({ kind: 'mismatch' });
  await clock.advance(day); // the record expires on the injected clock
  expect(await store.begin('order-1', 'sha256:other', day)).toMatchObject({ kind: 'started' });
  // #endregion
});
