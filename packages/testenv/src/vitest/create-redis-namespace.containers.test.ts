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

describe('createRedisNamespace', () => {
  it('gives a test a key prefix no other test gets', async () => {
    const [namespace, other] = [await createRedisNamespace(), await createRedisNamespace()];
    expect(namespace.url).toBe(redisUrl());
    expect(other.prefix).not.toBe(namespace.prefix);
    const client = connect();
    await client.set(`${namespace.prefix}a`, '1');
    expect(await client.keys(`${other.prefix}*`)).toEqual([]);
  });

  it('deletes every key under the prefix once the test has finished', async () => {
    let prefix = '';
    // Registered first (so it runs last, after the namespace's release), with a client of its own.
    const client = connect();
    onTestFinished(async () => {
      expect(prefix).not.toBe('');
      expect(await client.keys(`${prefix}*`)).toEqual([]);
    });
    ({ prefix } = await createRedisNamespace());
    await client.set(`${prefix}a`, '1');
    await client.hset(`${prefix}b`, 'field', 'value');
    expect(await client.keys(`${prefix}*`)).toHaveLength(2);
  });
});
