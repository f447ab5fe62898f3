import { PublishError } from '@seams/ports';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { PendingConfirms } from './pending-confirms.js';

const published = (id: string, routingKey = 'order.created', body = '{}') => ({
  messageId: id,
  routingKey,
  content: Buffer.from(body),
});

function track(confirms: PendingConfirms, id: string, routingKey?: string, body?: string) {
  const outcome: { value?: 'ok' | PublishError } = {};
  const pending = confirms.add(
    published(id, routingKey, body),
    () => {
      outcome.value = 'ok';
    },
    (error) => {
      outcome.value = error;
    },
  );
  return { pending, outcome };
}

const reasonOf = (value: 'ok' | PublishError | undefined) =>
  typeof value === 'object' ? value.reason : value;

describe('PendingConfirms', () => {
  it('resolves an acked publish and rejects a returned one as unroutable', () => {
    const confirms = new PendingConfirms(30_000);
    const routed = track(confirms, 'a');
    const returned = track(confirms, 'b');
    confirms.markReturned(published('b'));
    confirms.confirm(routed.pending, undefined, () => 'disconnected');
    confirms.confirm(returned.pending, undefined, () => 'disconnected');
    expect([reasonOf(routed.outcome.value), reasonOf(returned.outcome.value)]).toEqual(['ok', 'unroutable']);
    expect(confirms.size).toBe(0);
  });

  it('marks only the earliest of two identical in-flight publishes as returned', () => {
    const confirms = new PendingConfirms(30_000);
    const first = track(confirms, 'same');
    const second = track(confirms, 'same');
    confirms.markReturned(published('same'));
    confirms.confirm(first.pending, undefined, () => 'disconnected');
    confirms.confirm(second.pending, undefined, () => 'disconnected');
    expect([reasonOf(first.outcome.value), reasonOf(second.outcome.value)]).toEqual(['unroutable', 'ok']);
  });

  // RabbitMQ acks a routed message once its quorum queue has it, after the return and ack of an
  // unroutable one published later with the same id: the earliest same-id publish is not the one.
  it('marks the publish the return carries (routing key and body), not the earliest with its id', () => {
    const confirms = new PendingConfirms(30_000);
    const routed = track(confirms, 'same', 'order.created', '{"i":0}');
    const dropped = track(confirms, 'same', 'nobody.here', '{"i":1}');
    const routedAgain = track(confirms, 'same', 'order.created', '{"i":2}');
    confirms.markReturned(published('same', 'nobody.here', '{"i":1}'));
    confirms.confirm(dropped.pending, undefined, () => 'disconnected');
    confirms.confirm(routed.pending, undefined, () => 'disconnected');
    confirms.confirm(routedAgain.pending, undefined, () => 'disconnected');
    expect([routed, dropped, routedAgain].map((p) => reasonOf(p.outcome.value))).toEqual([
      'ok',
      'unroutable',
      'ok',
    ]);
  });

  it('maps a nack to nacked and a closed channel to the reason the channel closed for', () => {
    const confirms = new PendingConfirms(30_000);
    const nacked = track(confirms, 'a');
    const cut = track(confirms, 'b');
    confirms.confirm(nacked.pending, new Error('message nacked'), () => 'disconnected');
    confirms.confirm(cut.pending, new Error('channel closed'), () => 'unroutable');
    expect([reasonOf(nacked.outcome.value), reasonOf(cut.outcome.value)]).toEqual(['nacked', 'unroutable']);
  });

  it('ignores a confirm for a publish that already failed (timeout)', async () => {
    const confirms = new PendingConfirms(30_000);
    const late = track(confirms, 'a');
    confirms.fail(late.pending, new PublishError('timeout', 'no confirm in time'));
    confirms.confirm(late.pending, undefined, () => 'disconnected');
    expect(reasonOf(late.outcome.value)).toBe('timeout');
    await expect(confirms.drained()).resolves.toBeUndefined();
  });

  it('times out each publish at its own deadline, oldest first, with one timer', async () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const confirms = new PendingConfirms(1_000);
    const first = track(confirms, 'a');
    vi.advanceTimersByTime(400);
    const second = track(confirms, 'b');
    const confirmed = track(confirms, 'c');
    confirms.confirm(confirmed.pending, undefined, () => 'disconnected');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(600);
    expect([reasonOf(first.outcome.value), reasonOf(second.outcome.value)]).toEqual(['timeout', undefined]);
    vi.advanceTimersByTime(400);
    expect(reasonOf(second.outcome.value)).toBe('timeout');
    expect(vi.getTimerCount()).toBe(0);
    await expect(confirms.drained()).resolves.toBeUndefined();
  });

  it('drained() waits for the last pending publish to settle', async () => {
    const confirms = new PendingConfirms(30_000);
    const { pending } = track(confirms, 'a');
    let drained = false;
    const draining = confirms.drained().then(() => {
      drained = true;
    });
    await Promise.resolve();
    expect(drained).toBe(false);
    confirms.confirm(pending, undefined, () => 'disconnected');
    await draining;
    expect(drained).toBe(true);
  });
});
