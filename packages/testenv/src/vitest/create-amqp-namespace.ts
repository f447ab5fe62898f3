import { onTestFinished } from 'vitest';
import type { AmqpNamespace } from '../rabbitmq/amqp-namespaces.js';
import { testEnvironment } from './test-environment.js';

/** A unique name prefix for the current test's exchanges and queues; they are deleted after it. */
export async function createAmqpNamespace(): Promise<AmqpNamespace> {
  const namespace = await testEnvironment().rabbitmq.createNamespace();
  onTestFinished(() => namespace.release());
  return namespace;
}
