import { onTestFinished } from 'vitest';
import { deleteRedisKeys } from './delete-redis-keys.js';
import { redisUrl, testenvContext } from './server-urls.js';
import { uniqueName } from './unique-names.js';

/** A key prefix of one test's own. */
export interface RedisNamespace {
  readonly url: string;
  /** Ends with `:`; every key under it is deleted after the test. */
  readonly prefix: string;
}

/** A unique key prefix for the current test; its keys are deleted after the test. */
export async function createRedisNamespace(): Promise<RedisNamespace> {
  const url = redisUrl();
  const prefix = `seams:${uniqueName(testenvContext().runId, ':')}:`;
  onTestFinished(async () => {
    await deleteRedisKeys(url, prefix);
  });
  return { url, prefix };
}
