import { describe, expect, it } from 'vitest';
import { RedisScript, type RedisScriptClient } from './redis-script.js';

function recordingClient(evalshaError?: Error) {
  const calls: string[] = [];
  const client: RedisScriptClient = {
    evalsha: async (sha1, numKeys, ...rest) => {
      calls.push(`evalsha ${sha1.length} ${numKeys} ${rest.join(',')}`);
      if (evalshaError) throw evalshaError;
      return 'by-sha';
    },
    eval: async (source, numKeys, ...rest) => {
      calls.push(`eval ${source} ${numKeys} ${rest.join(',')}`);
      return 'by-source';
    },
  };
  return { client, calls };
}

describe('RedisScript', () => {
  it('sends the SHA-1 only, keys before arguments', async () => {
    const { client, calls } = recordingClient();
    await expect(new RedisScript('return 1').run(client, ['k'], ['a', 2])).resolves.toBe('by-sha');
    expect(calls).toEqual(['evalsha 40 1 k,a,2']);
  });

  it('sends the source when the server lost its script cache', async () => {
    const { client, calls } = recordingClient(new Error('NOSCRIPT No matching script. Please use EVAL.'));
    await expect(new RedisScript('return 1').run(client, ['k'], [])).resolves.toBe('by-source');
    expect(calls).toEqual(['evalsha 40 1 k', 'eval return 1 1 k']);
  });

  it('passes other errors through without retrying', async () => {
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const { client, calls } = recordingClient(refused);
    await expect(new RedisScript('return 1').run(client, ['k'], [])).rejects.toBe(refused);
    expect(calls).toHaveLength(1);
  });
});
