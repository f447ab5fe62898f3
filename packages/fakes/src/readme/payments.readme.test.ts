import { FakePaymentsApi, FakePaymentsProvider, InMemoryPaymentGateway, mockHttp } from '@seams/fakes';
import { PaymentDeclinedError, PaymentUnavailableError } from '@seams/ports';
import { expect, it } from 'vitest';

it('README: InMemoryPaymentGateway', async () => {
  // #region in-memory-payment-gateway
  const payments = new InMemoryPaymentGateway({ declineAmountsAbove: 100_000 });
  const charge = (idempotencyKey: string, amount = 1250) =>
    payments.charge({ amount: { amount, currency: 'EUR' }, paymentToken: 'tok_visa', idempotencyKey });
  payments.failNext(1, 'unavailable');
  await expect(charge('order-1')).rejects.toBeInstanceOf(PaymentUnavailableError);
  const first = await charge('order-1');
  expect(await charge('order-1')).toEqual(first); // same key, same body: the same charge
  await expect(charge('order-2', 250_000)).rejects.toBeInstanceOf(PaymentDeclinedError);
  expect(payments.charges.map((c) => c.idempotencyKey)).toEqual(['order-1']);
  expect(payments.calls).toHaveLength(4);
  // #endregion
});

it('README: FakePaymentsProvider', async () => {
  // #region fake-payments-provider
  const provider = await FakePaymentsProvider.start({ apiKey: 'sk_test_1' }); // closes when the test ends
  provider.failNext(1, { status: 429, retryAfter: 1 });
  const charge = () =>
    fetch(`${provider.url}/v1/charges`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${provider.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': 'order-1',
      },
      body: JSON.stringify({ amount: 1250, currency: 'EUR', source: 'tok_visa' }),
    });
  expect((await charge()).headers.get('retry-after')).toBe('1');
  expect((await charge()).status).toBe(201);
  expect((await charge()).headers.get('idempotent-replayed')).toBe('true');
  expect(provider.charges).toHaveLength(1);
  expect(provider.requests.map((r) => r.status)).toEqual([429, 201, 200]);
  // #endregion
});

it('README: FakePaymentsApi behind mockHttp', async () => {
  // #region fake-payments-api
  const api = new FakePaymentsApi({ apiKey: 'sk_test_1' });
  mockHttp()
    .post('https://payments.example/v1/charges')
    .persist()
    .replyWith((request) => api.handle(request)); // the provider's rules, no socket
  const response = await fetch('https://payments.example/v1/charges', {
    method: 'POST',
    headers: { authorization: 'Bearer sk_test_1', 'idempotency-key': 'order-1' },
    body: JSON.stringify({ amount: 1250, currency: 'EUR', source: 'tok_declined' }),
  });
  expect(response.status).toBe(402);
  expect(await response.json()).toMatchObject({ error: { type: 'card_error', code: 'card_declined' } });
  // #endregion
});
