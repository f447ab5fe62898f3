import { hasErrorCode, type IdempotencyStore, type StoredResponse } from '@seams/ports';
import { expect } from 'vitest';
import { defineContract } from './define-contract.js';

/**
 * What the IdempotencyStore contract needs. `store` and `peer` share one backing store, as two
 * workers of the service would; both lock started keys for `leaseMs`.
 */
export interface IdempotencyStoreContractContext {
  readonly store: IdempotencyStore;
  /** A second instance on the same data (another process, another connection). */
  readonly peer: IdempotencyStore;
  /** The stores' lease: how long a started key stays locked when its worker never finishes. */
  readonly leaseMs: number;
  /** A short TTL the expiry cases pass to `begin`. */
  readonly ttlMs: number;
  /** Lets `ms` pass on the stores' clock: `FakeClock.advance` for a fake, a real wait for a server. */
  readonly advanceTime: (ms: number) => Promise<void>;
}

/** Long enough that no case outlives it: only the expiry cases use the short `ttlMs`. */
const HOUR = 3_600_000;

/** Text that a lossy encoding, a charset conversion or a JSON re-encoding would change. */
const awkwardResponse: StoredResponse = {
  status: 201,
  body:
    '{"id":"o-1","note":"Grüße, 注文, 🧾"}\r\n\t\u0000\u0001\u007f\u00ff \\ " \\u00e9 / </script> ' +
    '\udc00 lone low, \ud83d lone high, \u2028\u2029 end',
  headers: { 'content-type': 'application/json; charset=utf-8', 'x-note': 'çà 🚀', location: '/orders/o-1' },
};

/** The paths a `ValidationError` names, or what else `run` threw or resolved with. */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    return `resolved ${JSON.stringify(await run())}`;
  } catch (error) {
    if (!hasErrorCode(error, 'VALIDATION_FAILED')) return `threw ${String(error)}`;
    return (error as { issues: ReadonlyArray<{ path: string }> }).issues.map((issue) => issue.path).join(',');
  }
}

/** The IdempotencyStore contract. */
export const idempotencyStoreContract = defineContract<IdempotencyStoreContractContext>()(
  'IdempotencyStore',
  {
    'the first begin with a key starts': async ({ store }) => {
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'of 50 concurrent begins with one key exactly one starts': async ({ store, peer }) => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? peer : store).begin('key-race', 'fp-a', HOUR)),
      );
      const kinds = results.map((result) => result.kind);
      expect(kinds.filter((kind) => kind === 'started')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'in_progress')).toHaveLength(49);
    },
    'a begin while the first is still running answers in_progress': async ({ store, peer }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await expect(peer.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
    },
    'a begin after complete returns the stored response byte for byte': async ({ store, peer }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await store.complete('key-1', awkwardResponse);
      const replay = await peer.begin('key-1', 'fp-a', HOUR);
      expect(replay).toStrictEqual({ kind: 'completed', response: awkwardResponse });
      if (replay.kind !== 'completed') return;
      expect(Buffer.from(replay.response.body, 'utf16le')).toEqual(
        Buffer.from(awkwardResponse.body, 'utf16le'),
      );
    },
    'a response without headers comes back without headers': async ({ store }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await store.complete('key-1', { status: 204, body: '' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toStrictEqual({
        kind: 'completed',
        response: { status: 204, body: '' },
      });
    },
    'a begin with another fingerprint answers mismatch, running or completed': async ({ store }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toEqual({ kind: 'mismatch' });
      await store.complete('key-1', { status: 200, body: 'ok' });
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toEqual({ kind: 'mismatch' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'completed' });
    },
    'keys are independent': async ({ store }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await expect(store.begin('key-2', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
      await expect(store.begin('KEY-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'abandon frees a started key for the next begin, whatever its fingerprint': async ({ store, peer }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await store.abandon('key-1');
      await expect(peer.begin('key-1', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'abandon leaves a completed key and an unknown key as they are': async ({ store }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await store.complete('key-1', { status: 200, body: 'done' });
      await store.abandon('key-1');
      await store.abandon('never-begun');
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 200, body: 'done' },
      });
      await expect(store.begin('never-begun', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'complete of a key never begun stores nothing': async ({ store }) => {
      await store.complete('never-begun', { status: 200, body: 'stray' });
      await expect(store.begin('never-begun', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'complete of a completed key keeps the first response': async ({ store }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await store.complete('key-1', { status: 200, body: 'first' });
      await store.complete('key-1', { status: 500, body: 'second' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 200, body: 'first' },
      });
    },
    "a crashed worker's lock is freed when its lease runs out": async ({
      store,
      peer,
      leaseMs,
      advanceTime,
    }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      await expect(peer.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
    },
    'a worker finishing after its lease, before anyone took over, still records its response': async ({
      store,
      leaseMs,
      advanceTime,
    }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      await store.complete('key-1', { status: 201, body: 'late' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 201, body: 'late' },
      });
    },
    'begin hands each start a lease of its own': async ({ store, peer, leaseMs, advanceTime }) => {
      const first = await store.begin('key-1', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      const second = await peer.begin('key-1', 'fp-a', HOUR);
      const other = await store.begin('key-2', 'fp-a', HOUR);
      const leases = [first, second, other].map((found) =>
        found.kind === 'started' ? found.lease : found.kind,
      );
      expect(leases.every((lease) => typeof lease === 'string' && lease.length > 0)).toBe(true);
      expect(new Set(leases).size).toBe(3);
    },
    'a worker whose key was taken over after its lease ran out can neither complete nor abandon it': async ({
      store,
      peer,
      leaseMs,
      advanceTime,
    }) => {
      const stale = await store.begin('key-1', 'fp-a', HOUR);
      await advanceTime(leaseMs);
      const current = await peer.begin('key-1', 'fp-b', HOUR);
      if (stale.kind !== 'started' || current.kind !== 'started') throw new Error('both begins must start');
      await store.complete('key-1', { status: 201, body: 'from the stale worker' }, { lease: stale.lease });
      await store.abandon('key-1', { lease: stale.lease });
      await expect(peer.begin('key-1', 'fp-b', HOUR)).resolves.toEqual({ kind: 'in_progress' });
      await peer.complete('key-1', { status: 200, body: 'from the holder' }, { lease: current.lease });
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 200, body: 'from the holder' },
      });
    },
    'the holder abandons its own key by its lease, and a lease of another key frees nothing': async ({
      store,
      peer,
    }) => {
      const held = await store.begin('key-1', 'fp-a', HOUR);
      const elsewhere = await store.begin('key-2', 'fp-a', HOUR);
      if (held.kind !== 'started' || elsewhere.kind !== 'started') throw new Error('both begins must start');
      await peer.abandon('key-1', { lease: elsewhere.lease });
      await expect(peer.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
      await peer.abandon('key-1', { lease: held.lease });
      await expect(peer.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'a lease that is not a non-empty well-formed string is refused, and the key stays started': async ({
      store,
    }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      const leases: unknown[] = ['', 'l\ud800', 5, null];
      const answers = [];
      for (const lease of leases) {
        answers.push(
          await refusal(() =>
            store.complete('key-1', { status: 200, body: 'x' }, { lease: lease as string }),
          ),
        );
        answers.push(await refusal(() => store.abandon('key-1', { lease: lease as string })));
      }
      expect(answers).toEqual(Array.from({ length: 8 }, () => 'lease'));
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
    },
    'a completed key is forgotten when its TTL runs out': async ({ store, ttlMs, advanceTime }) => {
      await store.begin('key-1', 'fp-a', ttlMs);
      await store.complete('key-1', { status: 200, body: 'ok' });
      await advanceTime(ttlMs);
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    // Waits of 0.4 and 0.7 TTL: real stores wait a little longer than asked (a margin, a busy
    // machine), so the two sides of each boundary stay apart by a good part of the TTL.
    'complete restarts the TTL: the response is kept a full TTL from completion': async ({
      store,
      ttlMs,
      advanceTime,
    }) => {
      await store.begin('key-1', 'fp-a', ttlMs);
      await advanceTime(ttlMs * 0.4);
      await store.complete('key-1', { status: 200, body: 'ok' });
      await advanceTime(ttlMs * 0.4);
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'completed' });
      await advanceTime(ttlMs * 0.7);
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'a begin that finds a completed key does not extend its TTL': async ({ store, ttlMs, advanceTime }) => {
      await store.begin('key-1', 'fp-a', ttlMs);
      await store.complete('key-1', { status: 200, body: 'ok' });
      await advanceTime(ttlMs * 0.4);
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'completed' });
      await advanceTime(ttlMs * 0.7);
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'complete after the TTL ran out stores nothing': async ({ store, ttlMs, advanceTime }) => {
      await store.begin('key-1', 'fp-a', ttlMs);
      await advanceTime(ttlMs);
      await store.complete('key-1', { status: 200, body: 'late' });
      await expect(store.begin('key-1', 'fp-b', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
    'long, empty and control-character keys are keys like any other; big responses replay whole': async ({
      store,
      peer,
    }) => {
      const long = 'k'.repeat(100_000);
      const keys = [long, long.slice(1), '', '\u0000\n key 🚀', 'é', 'e\u0301'];
      const first = await Promise.all(keys.map((key) => store.begin(key, '', HOUR)));
      expect(first.map((result) => result.kind)).toEqual(keys.map(() => 'started'));
      // Completed, not compared while started: a short lease may run out during the big write.
      await store.complete('', { status: 204, body: '' });
      await store.complete('é', { status: 201, body: 'composed' });
      const body = '€🚀ü\u0000'.repeat(500_000);
      await store.complete(long, { status: 200, body, headers: { 'x-h': 'ü'.repeat(1_000) } });
      await expect(peer.begin(long, '', HOUR)).resolves.toStrictEqual({
        kind: 'completed',
        response: { status: 200, body, headers: { 'x-h': 'ü'.repeat(1_000) } },
      });
      await expect(peer.begin('', '', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 204, body: '' },
      });
      const decomposed = await peer.begin('e\u0301', '', HOUR);
      expect(decomposed.kind).not.toBe('completed');
    },
    // Redis writes keys as UTF-8, where an unpaired surrogate becomes U+FFFD, and coerces a
    // number to its text: each would make two keys of a memory store one key there.
    'keys and fingerprints that are not well-formed strings are refused with ValidationError': async ({
      store,
    }) => {
      const answers = [
        await refusal(() => store.begin('k\ud800', 'fp-a', HOUR)),
        await refusal(() => store.begin('k', 'fp-\udfff', HOUR)),
        await refusal(() => store.begin(5 as unknown as string, 'fp-a', HOUR)),
        await refusal(() => store.complete('k\udc00', { status: 200, body: 'ok' })),
        await refusal(() => store.abandon('\ud83d')),
        // ioredis would send a missing fingerprint as '': one fingerprint with '' there, none here.
        await refusal(() => store.begin('k', undefined as unknown as string, HOUR)),
      ];
      expect(answers).toEqual(['key', 'fingerprint', 'key', 'key', 'key', 'fingerprint']);
      await expect(store.begin('k\ud83d\ude00', 'fp-\ud83d\ude00', HOUR)).resolves.toMatchObject({
        kind: 'started',
      });
    },
    // Each would be stored and then fail or change on the retry that replays it (Redis: NaN is
    // unreadable JSON, an undefined header vanishes), so complete refuses it up front.
    'complete refuses a response it could not replay as given, and the key stays started': async ({
      store,
    }) => {
      await store.begin('key-1', 'fp-a', HOUR);
      const bad = [
        { status: Number.NaN, body: 'b' },
        { status: Number.POSITIVE_INFINITY, body: 'b' },
        { status: 200.5, body: 'b' },
        { status: 99, body: 'b' },
        { status: 600, body: 'b' },
        { status: '200', body: 'b' },
        { status: 200, body: 3 },
        { status: 200 },
        { status: 200, body: 'b', headers: { gone: undefined } },
        { status: 200, body: 'b', headers: { n: 1 } },
        null,
      ];
      const answers = [];
      for (const response of bad)
        answers.push(await refusal(() => store.complete('key-1', response as unknown as StoredResponse)));
      expect(answers).toEqual([
        'status',
        'status',
        'status',
        'status',
        'status',
        'status',
        'body',
        'body',
        'headers.gone',
        'headers.n',
        'response',
      ]);
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({ kind: 'in_progress' });
      await store.complete('key-1', { status: 599, body: '' });
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toEqual({
        kind: 'completed',
        response: { status: 599, body: '' },
      });
    },
    'a non-positive or fractional TTL is refused': async ({ store }) => {
      for (const ttl of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        await expect(store.begin('key-1', 'fp-a', ttl)).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          issues: [{ path: 'ttlMs', code: 'out_of_range' }],
        });
      }
      await expect(store.begin('key-1', 'fp-a', HOUR)).resolves.toMatchObject({ kind: 'started' });
    },
  },
);

/** Registers the IdempotencyStore contract for one implementation. */
export const describeIdempotencyStoreContract = idempotencyStoreContract.register;
