import { InMemoryIdempotencyStore } from '@seams/fakes';
import type { IdempotencyStore } from '@seams/ports';
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

describe('Idempotency-Key and the store lease', () => {
  it("completes and abandons under the lease its begin answered, so a taken-over key is not the late request's", async () => {
    const world = await createFakeWorld();
    const store = new InMemoryIdempotencyStore({ clock: world.clock });
    const calls: string[] = [];
    const leases: string[] = [];
    const watched: IdempotencyStore = {
      begin: async (key, fingerprint, ttlMs) => {
        const found = await store.begin(key, fingerprint, ttlMs);
        if (found.kind === 'started') leases.push(found.lease);
        return found;
      },
      complete: async (key, response, holder) => {
        calls.push(`complete ${key} ${holder?.lease === leases.at(-1) ? 'under its lease' : 'without it'}`);
        return store.complete(key, response, holder);
      },
      abandon: async (key, holder) => {
        calls.push(`abandon ${key} ${holder?.lease === leases.at(-1) ? 'under its lease' : 'without it'}`);
        return store.abandon(key, holder);
      },
    };
    const app = buildApp({ service: world.service, idempotency: watched });
    onTestFinished(() => app.close());
    const created = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: newOrderInput(),
      headers: { 'idempotency-key': 'create-1' },
    });
    expect(created.statusCode).toBe(201);
    world.gateway.failNext(1, 'unavailable');
    const unpaid = await app.inject({
      method: 'POST',
      url: `/orders/${created.json().id}/pay`,
      payload: { paymentToken: 'tok_visa' },
      headers: { 'idempotency-key': 'pay-1' },
    });
    expect(unpaid.statusCode).toBeGreaterThanOrEqual(500);
    expect(calls).toEqual(['complete create-1 under its lease', 'abandon pay-1 under its lease']);
  });
});
