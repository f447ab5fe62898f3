import { type EventMessage, hasErrorCode, type PublishError, type ValidationError } from '@seams/ports';
import { expect } from 'vitest';
import {
  type BrokerContractContext,
  boundQueue,
  brokerEvent,
  declare,
  receive,
} from './broker-contract-kit.js';
import type { ContractCase } from './contract-target.js';

async function expectPublishError(promise: Promise<void>, reason: PublishError['reason']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(hasErrorCode(error, 'PUBLISH_FAILED'), `expected a PublishError, got ${String(error)}`).toBe(true);
  expect((error as PublishError).reason).toBe(reason);
}

/** The paths of the `ValidationError` that `promise` rejects with. */
async function refusedPaths(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(hasErrorCode(error, 'VALIDATION_FAILED'), `expected a ValidationError, got ${String(error)}`).toBe(
    true,
  );
  return (error as ValidationError).issues.map((issue) => issue.path);
}

const overLong = 'é'.repeat(128); // 128 characters, 256 UTF-8 bytes

/** Broker contract: what publishers and declarations refuse, and publishing after close. */
export const brokerInputCases = {
  'an unroutable publish is rejected with reason unroutable': async (context) => {
    await declare(context, [boundQueue(context, 'q', ['order.created'])]);
    await expectPublishError(context.publisher.publish(brokerEvent('order.nobody_listens')), 'unroutable');
  },
  'publish after close is rejected with reason closed; close is idempotent': async (context) => {
    await declare(context, [boundQueue(context, 'q', ['#'])]);
    await context.publisher.close();
    await context.publisher.close();
    await expectPublishError(context.publisher.publish(brokerEvent('order.created')), 'closed');
  },
  'a message the wire cannot carry is refused, naming the field, and the next publish is confirmed': async (
    context,
  ) => {
    const queue = boundQueue(context, 'q', ['#']);
    await declare(context, [queue]);
    const refused: Array<[Partial<EventMessage>, string]> = [
      [{ id: overLong }, 'id'],
      [{ type: `order.${overLong}` }, 'type'],
      [{ correlationId: overLong }, 'correlationId'],
      [{ headers: { 'x-ratio': Number.NaN } }, 'headers.x-ratio'],
      [{ occurredAt: new Date(Number.NaN) }, 'occurredAt'],
    ];
    for (const [change, path] of refused) {
      expect(await refusedPaths(context.publisher.publish(brokerEvent('order.created', change)))).toEqual([
        path,
      ]);
    }
    const valid = brokerEvent('order.created');
    await context.publisher.publish(valid);
    const received = await receive(context, queue.name);
    await received.waitFor(1);
    expect(received.ids()).toEqual([valid.id]);
  },
  'headers the broker sets cannot be published: x-delivery-count, x-death, x-first-death-*, x-seams-*':
    async (context) => {
      await declare(context, [boundQueue(context, 'q', ['#'])]);
      const headers = {
        'x-delivery-count': 9,
        'x-death': 'forged',
        'x-first-death-reason': 'expired',
        'x-seams-death': 'x',
      };
      expect(
        await refusedPaths(context.publisher.publish(brokerEvent('order.created', { headers }))),
      ).toEqual([
        'headers.x-delivery-count',
        'headers.x-death',
        'headers.x-first-death-reason',
        'headers.x-seams-death',
      ]);
    },
  'a topology or consume option RabbitMQ would refuse is refused before declaring anything': async (
    context,
  ) => {
    const tooLong = { name: `${context.name('q')}${overLong}`, bindings: [] };
    expect(await refusedPaths(context.topology.declare({ exchanges: [], queues: [tooLong] }))).toEqual([
      'queues[0].name',
    ]);
    const queue = boundQueue(context, 'q', ['#']);
    await declare(context, [queue]);
    expect(
      await refusedPaths(context.consumer.consume(queue.name, () => undefined, { prefetch: 0 })),
    ).toEqual(['prefetch']);
  },
} satisfies Record<string, ContractCase<BrokerContractContext>>;
