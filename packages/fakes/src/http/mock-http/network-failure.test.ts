import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../test-server.js';
import { mockHttp } from './mock-http.js';
import type { NetworkFailure } from './network-failure.js';

/**
 * Every own field of an error but its stack, `cause` described the same way, and undici's
 * `socket` by its keys: its addresses and byte counts belong to a real socket the mock never opens.
 */
function fields(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { value: error };
  const described: Record<string, unknown> = { class: error.constructor.name };
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key === 'stack') continue;
    const value: unknown = Reflect.get(error, key);
    if (key === 'cause') described[key] = fields(value);
    else if (key === 'socket' && typeof value === 'object' && value !== null)
      described[key] = Object.keys(value).sort();
    else described[key] = value;
  }
  return described;
}

/** The fields of a mock's failure, and its explanation apart (the one field a real failure lacks). */
function mockFields(error: unknown): { fields: Record<string, unknown>; explanation: unknown } {
  const all = fields(error);
  const lowLevel = (typeof all.cause === 'object' ? all.cause : all) as Record<string, unknown>;
  const { explanation, ...rest } = lowLevel;
  return { fields: lowLevel === all ? rest : { ...all, cause: rest }, explanation };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );

function viaNodeHttp(url: string, signal?: AbortSignal): Promise<unknown> {
  return rejection(
    new Promise((resolve, reject) => {
      const request = http.request(url, { signal }, (response) => response.resume().on('end', resolve));
      request.on('error', reject);
      request.end();
    }),
  );
}

const viaFetch = (url: string, signal?: AbortSignal) => rejection(fetch(url, { signal }));

/** A loopback URL where nothing listens: a test server's, once closed. */
async function closedPortUrl(): Promise<string> {
  const server = await startTestServer(() => ({}));
  await server.close();
  return `${server.url}/charges`;
}

type Client = (url: string, signal?: AbortSignal) => Promise<unknown>;
const clients: ReadonlyArray<readonly [string, Client]> = [
  ['fetch', viaFetch],
  ['node:http', viaNodeHttp],
];

// What the real peer does for each failure the mock scripts.
const peers: Readonly<Record<NetworkFailure, () => Promise<string>>> = {
  refused: closedPortUrl,
  reset: async () => `${(await startTestServer(() => ({ reset: true }))).url}/charges`,
  closed: async () => `${(await startTestServer(() => ({ disconnect: true }))).url}/charges`,
};

describe.each(clients)('mockHttp failures have the real shape on %s', (_name, send) => {
  it.each(Object.keys(peers) as NetworkFailure[])(
    'networkError(%j) equals the real failure field by field',
    async (failure) => {
      const url = await peers[failure]();
      const real = fields(await send(url));
      const mock = mockHttp();
      mock.get(url).networkError(failure);
      const mocked = mockFields(await send(url));
      mock.restore();
      expect(mocked.fields).toEqual(real);
      expect(mocked.explanation).toMatch(`mockHttp: scripted network failure (${failure}) by GET ${url}`);
    },
  );

  it('an unmatched request equals a refused connection field by field, address and port included', async () => {
    const url = await closedPortUrl();
    const real = fields(await send(url));
    const mock = mockHttp();
    const mocked = mockFields(await send(url));
    mock.restore();
    expect(mocked.fields).toEqual(real);
    expect(mocked.explanation).toMatch(
      /^mockHttp: no mock matches GET 127\.0\.0\.1:\d+\/charges \(real network/,
    );
  });

  it('a hung reply aborted by the client rejects with what the real client rejects with', async () => {
    const url = `${(await startTestServer(() => ({ hang: true }))).url}/charges`;
    const real = fields(await send(url, AbortSignal.timeout(20)));
    const mock = mockHttp();
    mock.get(url).replyWith({ hang: true });
    const mocked = fields(await send(url, AbortSignal.timeout(20)));
    mock.restore();
    expect(mocked).toEqual(real);
  });
});
