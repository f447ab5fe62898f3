// RabbitMQ and Redis under node:test: a name prefix and a key prefix per test, deleted by release().
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestEnvironment, type TestEnvironment } from '@seams/testenv';
import amqp from 'amqplib';
import { Redis } from 'ioredis';

let env: TestEnvironment<'rabbitmq' | 'redis'>;
before(async () => {
  env = await startTestEnvironment({ services: ['rabbitmq', 'redis'] });
});
after(() => env.stop());

test('a queue named in a namespace is the test’s own, and gone after release', async () => {
  const names = await env.rabbitmq.createNamespace();
  const connection = await amqp.connect(names.url);
  const channel = await connection.createChannel();
  const queue = names.name('work');
  await channel.assertQueue(queue);
  channel.sendToQueue(queue, Buffer.from('job'));
  assert.equal((await channel.checkQueue(queue)).queue, queue);
  await connection.close();
  await names.release();
  const check = await amqp.connect(names.url);
  const probe = await check.createChannel();
  probe.on('error', () => {});
  await assert.rejects(probe.checkQueue(queue), /NOT_FOUND/);
  await check.close();
});

test('keys under a namespace prefix are deleted by release', async (t) => {
  const keys = await env.redis.createNamespace();
  const redis = new Redis(keys.url);
  t.after(() => redis.quit());
  await redis.set(`${keys.prefix}greeting`, 'hello');
  assert.equal(await redis.get(`${keys.prefix}greeting`), 'hello');
  await keys.release();
  assert.deepEqual(await redis.keys(`${keys.prefix}*`), []);
});
