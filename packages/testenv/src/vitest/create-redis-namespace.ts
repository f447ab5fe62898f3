import { onTestFinished } from 'vitest';
import type { RedisNamespace } from '../redis/redis-namespaces.js';
import { testEnvironment } from './test-environment.js';

/** A unique key prefix for the current test; its keys are deleted after the test. */
export async function createRedisNamespace(): Promise<RedisNamespace> {
  const namespace = await testEnvironment().redis.createNamespace();
  onTestFinished(() => namespace.release());
  return namespace;
}
