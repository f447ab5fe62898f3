import { Redis } from 'ioredis';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createRedisNamespace } from './create-redis-namespace.js';
import { redisUrl } from './server-urls.js';

function connect(): Redis {
  const client = new Redis(redisUrl());
  onTestFinished(async () => {
    await client.quit();
  });
  return client;
}

let firstPrefix: string | undefined;

describe('createRedisNamespace', () => {
  it('gives a test a key prefix of its own', async () => {
    const { prefix, url } = await createRedisNamespace();
    expect(url).toBe(redisUrl());
    const client = connect();
    await client.set(`${prefix}a`, '1');
    await client.hset(`${prefix}b`, 'field', 'value');
    expect(await client.keys(`${prefix}*`)).toHaveLength(2);
    firstPrefix = prefix;
  });

  it('gives the next test another prefix, and deleted the previous test’s keys', async () => {
    const { prefix } = await createRedisNamespace();
    expect(prefix).not.toBe(firstPrefix);
    expect(await connect().keys(`${firstPrefix}*`)).toEqual([]);
  });
});
