import { InMemoryIdempotencyStore } from '@seams/fakes';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld, newOrderInput } from '../testing/fake-world.js';
import { buildApp } from './app.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

describe('Idempotency-Key and answers that say "retry later"', () => {
  it('a 409 PAYMENT_IN_PROGRESS is not stored: the retry with the same key is answered afresh', async () => {
    const world = await createFakeWorld();
    const app = buildApp({
      service: world.service,
      idempotency: new InMemoryIdempotencyStore({ clock: world.clock }),
    });
    onTestFinished(() => app.close());
    const order = await world.service.create(newOrderInput());
    const hold = world.gateway.holdNext();
    const paying = world.service.pay(order.id, { paymentToken: 'tok_visa' });
    await hold.reached;
    const otherCard = () =>
      app.inject({
        method: 'POST',
        url: `/orders/${order.id}/pay`,
        payload: { paymentToken: 'tok_mastercard' },
        headers: { 'idempotency-key': 'other-card-1' },
      });
    const refused = await otherCard();
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'PAYMENT_IN_PROGRESS']);
    hold.release();
    await paying;
    const retried = await otherCard();
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect([retried.statusCode, retried.json().code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await otherCard()).headers['idempotent-replayed']).toBe('true');
  });
});
