import { describe, expect, it } from 'vitest';
import { LONGEST_STRING_ARGUMENT, RedisScript, type RedisScriptClient } from './redis-script.js';

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

  // ioredis writes a command of strings as one string: past V8's longest (2^29 - 24 code units) it
  // threw `RangeError: Invalid string length` (a 300 MB key and fingerprint in one begin).
  it('sends a key or argument longer than a MiB of code units as its UTF-8 bytes, shorter ones as text', async () => {
    const sent: unknown[][] = [];
    const client: RedisScriptClient = {
      eval: async (_source, _numKeys, ...rest) => {
        sent.push(rest);
        return 1;
      },
    };
    const long = `\u00e9${'k'.repeat(LONGEST_STRING_ARGUMENT)}\ud800`;
    const edge = 'f'.repeat(LONGEST_STRING_ARGUMENT);
    await new RedisScript('return 1').run(client, [long], [edge, 7, long]);
    const [key, fingerprint, number, last] = sent[0] ?? [];
    expect(Buffer.isBuffer(key) && Buffer.isBuffer(last)).toBe(true);
    // The bytes ioredis would have written for the text: a lone surrogate as U+FFFD, as Node writes it.
    expect((key as Buffer).equals(Buffer.from(long, 'utf8'))).toBe(true);
    expect((key as Buffer).subarray(-3)).toEqual(Buffer.from([0xef, 0xbf, 0xbd]));
    expect([fingerprint === edge, number]).toEqual([true, 7]);
  });
});
