import { hasErrorCode, type PublishError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { AmqpConnection } from './amqp-connection.js';
import { AmqpEventPublisher } from './amqp-event-publisher.js';

const event = { id: 'e', type: 'order.paid', payload: null, occurredAt: new Date() };

async function reasonOf(promise: Promise<void>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return hasErrorCode(error, 'PUBLISH_FAILED') ? (error as PublishError).reason : undefined;
}

describe('AmqpEventPublisher without a broker', () => {
  it('fails fast with reason disconnected while the connection is down, never pretending success', async () => {
    const connection = new AmqpConnection({ url: 'amqp://127.0.0.1:1' });
    const publisher = new AmqpEventPublisher({ connection, exchange: 'orders' });
    expect(await reasonOf(publisher.publish(event))).toBe('disconnected');
  });

  it('rejects with reason closed after close(), which is idempotent', async () => {
    const connection = new AmqpConnection({ url: 'amqp://127.0.0.1:1' });
    const publisher = new AmqpEventPublisher({ connection, exchange: 'orders' });
    await publisher.close();
    await publisher.close();
    expect(await reasonOf(publisher.publish(event))).toBe('closed');
    expect(await reasonOf(publisher.probe())).toBe('closed');
  });

  it("refuses the default exchange '' and amq.* exchanges at construction, as InMemoryBroker does", () => {
    const connection = new AmqpConnection({ url: 'amqp://127.0.0.1:1' });
    for (const exchange of ['', 'amq.topic']) {
      expect(() => new AmqpEventPublisher({ connection, exchange })).toThrowError(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
  });

  it('probe fails fast with reason disconnected while the connection is down', async () => {
    const connection = new AmqpConnection({ url: 'amqp://127.0.0.1:1' });
    const publisher = new AmqpEventPublisher({ connection, exchange: 'orders' });
    expect(await reasonOf(publisher.probe({ timeoutMs: 50 }))).toBe('disconnected');
  });
});
