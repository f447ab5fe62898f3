import { PaymentDeclinedError, PaymentUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../clock/fake-clock.js';
import { IdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import { InMemoryPaymentGateway } from './in-memory-payment-gateway.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const request = {
  amount: eur(1250),
  paymentToken: 'tok_visa',
  idempotencyKey: 'key-1',
  reference: 'order-1',
};

describe('InMemoryPaymentGateway', () => {
  it('charges a good card and keeps it on the ledger', async () => {
    const payments = new InMemoryPaymentGateway({ clock: new FakeClock('2026-03-01T10:00:00Z') });
    const charge = await payments.charge(request);
    expect(charge).toEqual({
      id: 'ch_00000000-0000-4000-8000-000000000001',
      amount: eur(1250),
      reference: 'order-1',
    });
    expect(payments.charges).toEqual([
      {
        ...charge,
        source: 'tok_visa',
        idempotencyKey: 'key-1',
        created: new Date('2026-03-01T10:00:00Z'),
      },
    ]);
  });

  it('declines by token and by amount, and replays a decline for its key', async () => {
    const payments = new InMemoryPaymentGateway({ declineAmountsAbove: 10_000 });
    await expect(payments.charge({ ...request, paymentToken: 'tok_declined' })).rejects.toMatchObject({
      name: 'PaymentDeclinedError',
      declineCode: 'card_declined',
    });
    await expect(payments.charge({ ...request, paymentToken: 'tok_declined' })).rejects.toBeInstanceOf(
      PaymentDeclinedError,
    );
    await expect(
      payments.charge({ ...request, amount: eur(10_001), idempotencyKey: 'key-2' }),
    ).rejects.toMatchObject({ declineCode: 'amount_too_large' });
    await expect(
      payments.charge({ ...request, amount: eur(10_000), idempotencyKey: 'key-3' }),
    ).resolves.toMatchObject({
      amount: eur(10_000),
    });
    expect(payments.charges).toHaveLength(1);
  });

  it('returns the first charge for a repeated key and refuses the key with another body', async () => {
    const payments = new InMemoryPaymentGateway();
    const first = await payments.charge(request);
    await expect(payments.charge(request)).resolves.toEqual(first);
    await expect(payments.charge({ ...request, amount: eur(999) })).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    await expect(payments.charge({ ...request, amount: eur(999) })).rejects.toMatchObject({
      code: 'PAYMENT_REQUEST_REJECTED',
      status: 422,
      providerCode: 'idempotency_key_reused',
    });
    expect(payments.charges).toHaveLength(1);
    expect(payments.calls).toHaveLength(4);
  });

  it('fails the next n calls as unavailable, then charges', async () => {
    const payments = new InMemoryPaymentGateway();
    payments.failNext(2, 'unavailable');
    await expect(payments.charge(request)).rejects.toBeInstanceOf(PaymentUnavailableError);
    await expect(payments.charge(request)).rejects.toMatchObject({ attempts: 1 });
    await expect(payments.charge(request)).resolves.toMatchObject({ reference: 'order-1' });
    expect(payments.charges).toHaveLength(1);
  });

  it('a hang gives up as unavailable once its timeout passes on the clock', async () => {
    const clock = new FakeClock();
    const payments = new InMemoryPaymentGateway({ clock, timeoutMs: 3_000 });
    payments.failNext(1, 'hang');
    const charging = payments.charge(request);
    const settled = charging.catch((error: unknown) => error);
    await clock.advance(2_999);
    expect(clock.pendingTimers).toBe(1);
    await clock.advance(1);
    await expect(settled).resolves.toBeInstanceOf(PaymentUnavailableError);
    expect(payments.charges).toHaveLength(0);
  });

  it("rejects with the caller's abort reason, already aborted or while hanging", async () => {
    const payments = new InMemoryPaymentGateway();
    const early = new Error('gone before');
    await expect(payments.charge({ ...request, signal: AbortSignal.abort(early) })).rejects.toBe(early);
    payments.failNext(1, 'hang');
    const controller = new AbortController();
    const charging = payments.charge({ ...request, signal: controller.signal });
    const late = new Error('gone during');
    controller.abort(late);
    await expect(charging).rejects.toBe(late);
    expect(payments.charges).toHaveLength(0);
  });

  it('holdNext keeps the next charge open until released; an abort ends the hold', async () => {
    const payments = new InMemoryPaymentGateway();
    const hold = payments.holdNext();
    const charging = payments.charge(request);
    await hold.reached;
    expect(payments.calls).toHaveLength(1);
    expect(payments.charges).toHaveLength(0);
    hold.release();
    await expect(charging).resolves.toMatchObject({ reference: 'order-1' });
    const controller = new AbortController();
    const second = payments.holdNext();
    const aborted = payments.charge({ ...request, idempotencyKey: 'key-2', signal: controller.signal });
    await second.reached;
    const reason = new Error('the caller gave up');
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    expect(payments.charges).toHaveLength(1);
  });

  it('refuses a negative or fractional failure count', () => {
    const payments = new InMemoryPaymentGateway();
    expect(() => payments.failNext(-1)).toThrow(RangeError);
    expect(() => payments.failNext(1.5)).toThrow(RangeError);
  });
});
