import { FakeClock, FakePaymentsProvider } from '@seams/fakes';
import { describe, expect, it } from 'vitest';
import { HttpPaymentGateway } from './http-payment-gateway.js';

const request = {
  amount: { amount: 4200, currency: 'EUR' },
  paymentToken: 'tok_visa',
  idempotencyKey: 'order-42-charge',
  reference: 'order-42',
};

async function setup() {
  const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_refunds' });
  const gateway = new HttpPaymentGateway({
    baseUrl: provider.url,
    apiKey: provider.apiKey,
    clock: new FakeClock(),
    random: () => 0, // zero backoff: a retry follows at once
  });
  return { provider, gateway };
}

describe('HttpPaymentGateway refunds and lookups', () => {
  it('a refund is retried through a 503 with one Idempotency-Key and refunds once', async () => {
    const { provider, gateway } = await setup();
    const charge = await gateway.charge(request);
    provider.failNext(1, { status: 503 });
    const refund = await gateway.refund({ chargeId: charge.id, idempotencyKey: 'refund-order-42' });
    expect(refund).toEqual({
      id: expect.stringMatching(/^re_/),
      chargeId: charge.id,
      amount: request.amount,
    });
    const refunds = provider.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds.map((r) => [r.status, r.idempotencyKey, r.body])).toEqual([
      [503, 'refund-order-42', { charge: charge.id }],
      [201, 'refund-order-42', { charge: charge.id }],
    ]);
    expect(provider.refunds).toHaveLength(1);
  });

  it('findCharge asks by key in the query string, with the bearer key, and is retried through a 500', async () => {
    const { provider, gateway } = await setup();
    const charge = await gateway.charge(request);
    provider.failNext(1, { status: 500 });
    expect(await gateway.findCharge('order-42-charge')).toEqual(charge);
    const lookups = provider.requests.filter((r) => r.method === 'GET');
    expect(lookups.map((r) => [r.path, r.status, r.authenticated])).toEqual([
      ['/v1/charges', 500, true],
      ['/v1/charges', 200, true],
    ]);
  });
});
