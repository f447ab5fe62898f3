import { describe, expect, it } from 'vitest';
import { RedisScript, type RedisScriptClient } from './redis-script.js';

function recordingClient(error?: Error) {
  const calls: string[] = [];
  const client: RedisScriptClient = {
    eval: async (source, numKeys, ...rest) => {
      calls.push(`eval ${source} ${numKeys} ${rest.join(',')}`);
      if (error) throw error;
      return 'by-source';
    },
  };
  return { client, calls };
}

describe('RedisScript', () => {
  it('sends the source, keys before arguments', async () => {
    const { client, calls } = recordingClient();
    await expect(new RedisScript('return 1').run(client, ['k'], ['a', 2])).resolves.toBe('by-source');
    expect(calls).toEqual(['eval return 1 1 k,a,2']);
  });

  // EVALSHA would answer NOSCRIPT after a SCRIPT FLUSH, and its EVAL retry could run after calls sent
  // behind it on the same connection (the idempotency corpus, round 17).
  it('sends every call as one EVAL, so calls on one connection run in the order they were made', async () => {
    const { client, calls } = recordingClient();
    const script = new RedisScript('return 1');
    await Promise.all([
      script.run(client, ['a'], []),
      script.run(client, ['b'], []),
      script.run(client, ['c'], []),
    ]);
    expect(calls).toEqual(['eval return 1 1 a', 'eval return 1 1 b', 'eval return 1 1 c']);
  });

  it('passes errors through without retrying', async () => {
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const { client, calls } = recordingClient(refused);
    await expect(new RedisScript('return 1').run(client, ['k'], [])).rejects.toBe(refused);
    expect(calls).toHaveLength(1);
  });
});
