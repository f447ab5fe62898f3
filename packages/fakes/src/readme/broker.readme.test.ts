import { FakeClock, InMemoryBroker } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: InMemoryBroker', async () => {
  // #region in-memory-broker
  const clock = new FakeClock();
  const broker = new InMemoryBroker({ clock });
  await broker.declare({
    exchanges: [
      { name: 'orders', type: 'topic' },
      { name: 'orders.dead', type: 'topic' },
    ],
    queues: [
      {
        name: 'billing',
        bindings: [{ exchange: 'orders', pattern: 'order.*' }],
        deadLetterExchange: 'orders.dead',
      },
      { name: 'billing.dead', bindings: [{ exchange: 'orders.dead', pattern: '#' }] },
    ],
  });
  const billed: string[] = [];
  await broker.createConsumer().consume(
    'billing',
    async ({ message }) => {
      if (message.id === 'evt-poison') throw new Error('cannot bill'); // nacked with requeue, then dead-lettered
      billed.push(message.id);
    },
    { maxDeliveries: 2 },
  );
  const publisher = broker.createPublisher({ exchange: 'orders' });
  for (const id of ['evt-1', 'evt-poison']) {
    await publisher.publish({ id, type: 'order.paid', payload: { orderId: 'o-1' }, occurredAt: clock.now() });
  }
  await expect(
    publisher.publish({ id: 'evt-2', type: 'invoice.sent', payload: {}, occurredAt: clock.now() }),
  ).rejects.toMatchObject({ reason: 'unroutable' });
  await broker.waitFor((b) => b.messages('billing.dead').length === 1);
  expect(billed).toEqual(['evt-1']);
  expect(broker.published.map((p) => [p.message.id, p.queues])).toEqual([
    ['evt-1', ['billing']],
    ['evt-poison', ['billing']],
  ]);
  // #endregion
});
