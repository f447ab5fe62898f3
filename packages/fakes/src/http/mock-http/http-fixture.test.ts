import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { replySequence } from '../reply-sequence.js';
import { startTestServer } from '../test-server.js';
import { mockHttp } from './mock-http.js';
import { MockHttpError } from './mock-http-error.js';

/** A fresh folder for this test's fixtures, removed when it ends. */
function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seams-http-fixture-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function nodeGet(url: string): Promise<{ status?: number; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode, text }));
      })
      .on('error', reject);
  });
}

/** Two charges and a lookup against a real loopback API, through fetch and node:http. */
async function talkTo(base: string) {
  const charge = (amount: number) =>
    fetch(`${base}/v1/charges?expand=card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk_test_never_recorded' },
      body: JSON.stringify({ amount }),
    }).then(async (r) => [r.status, await r.json()]);
  return [await charge(100), await charge(200), await nodeGet(`${base}/v1/charges/ch_1`)];
}

describe('mockHttp fixtures (record / replay / lockdown, as nock.back)', () => {
  it('records real exchanges when the file is missing, then replays them with no server', async () => {
    const file = join(fixtureDir(), 'charges.json');
    const server = await startTestServer(
      replySequence(
        { status: 201, body: { id: 'ch_1', amount: 100 } },
        { status: 402, body: { error: { code: 'card_declined' } } },
        { status: 200, body: 'ch_1: succeeded', headers: { 'set-cookie': 'session=secret' } },
      ),
    );
    const recording = mockHttp({ fixture: { file, mode: 'record' } });
    const recorded = await talkTo(server.url);
    recording.restore({ verify: true });
    await server.close();
    expect(server.callCount).toBe(3);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toMatch(/sk_test_never_recorded|session=secret/);
    expect(JSON.parse(written).exchanges[0]).toEqual({
      request: { method: 'POST', url: `${server.url}/v1/charges?expand=card`, json: { amount: 100 } },
      response: {
        status: 201,
        headers: { 'content-type': 'application/json' },
        json: { id: 'ch_1', amount: 100 },
      },
    });

    const replaying = mockHttp({ fixture: { file, mode: 'record' } }); // the file exists now: replay only
    expect(await talkTo(server.url)).toEqual(recorded);
    replaying.assertAllDone();
    replaying.restore({ verify: true });
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('replay matches method, path, exact query and body; anything else is unmatched', async () => {
    const file = join(fixtureDir(), 'one.json');
    const exchange = {
      request: { method: 'POST', url: 'https://api.example/v1/charges?expand=card', json: { amount: 100 } },
      response: { status: 201, headers: {}, json: { id: 'ch_1' } },
    };
    writeFileSync(file, JSON.stringify({ exchanges: [exchange] }));
    const mock = mockHttp({ fixture: { file, mode: 'replay' } });
    const post = (url: string, amount: number) =>
      fetch(url, { method: 'POST', body: JSON.stringify({ amount }) }).then((r) => r.status);
    await expect(post('https://api.example/v1/charges?expand=card&extra=1', 100)).rejects.toThrow(
      'fetch failed',
    );
    await expect(post('https://api.example/v1/charges?expand=card', 999)).rejects.toThrow('fetch failed');
    expect(await post('https://api.example/v1/charges?expand=card', 100)).toBe(201);
    expect(mock.unmatched).toHaveLength(2);
    mock.restore();
  });

  it('lockdown refuses what the fixture lacks, even for hosts allowNetwork lets through', async () => {
    const file = join(fixtureDir(), 'empty.json');
    writeFileSync(file, JSON.stringify({ exchanges: [] }));
    const server = await startTestServer(() => ({ body: 'real' }));
    const mock = mockHttp({
      fixture: { file, mode: 'lockdown' },
      allowNetwork: ['127.0.0.1'],
      onUnhandledRequest: 'bypass',
    });
    const error = await fetch(server.url).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect((error as Error).cause).toMatchObject({
      explanation: expect.stringContaining('the fixture is locked down'),
    });
    expect(server.callCount).toBe(0);
    mock.restore();
  });

  it('update records anew over an existing file', async () => {
    const file = join(fixtureDir(), 'stale.json');
    writeFileSync(file, JSON.stringify({ exchanges: [] }));
    const bytes = Uint8Array.from([0, 159, 146, 150]);
    const server = await startTestServer(() => ({ body: bytes }));
    const mock = mockHttp({ fixture: { file, mode: 'update' } });
    expect(new Uint8Array(await (await fetch(`${server.url}/blob`)).arrayBuffer())).toEqual(bytes);
    mock.restore();
    const [exchange] = JSON.parse(readFileSync(file, 'utf8')).exchanges;
    expect(exchange.response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      base64: Buffer.from(bytes).toString('base64'),
    });
    const replay = mockHttp({ fixture: { file, mode: 'replay' } });
    expect(new Uint8Array(await (await fetch(`${server.url}/blob`)).arrayBuffer())).toEqual(bytes);
    replay.restore();
  });

  it('replay and lockdown need the file; the message says how to record it', () => {
    const file = join(fixtureDir(), 'missing.json');
    for (const mode of ['replay', 'lockdown'] as const) {
      expect(() => mockHttp({ fixture: { file, mode } })).toThrow(
        new MockHttpError(
          'MOCK_HTTP_FIXTURE',
          `mockHttp: fixture ${file} does not exist (mode ${mode}); record it with mode 'record' or SEAMS_HTTP_FIXTURES=record`,
        ),
      );
    }
    expect(() => mockHttp({ fixture: { file, mode: 'wild' as 'replay' } })).toThrow(/must be one of record/);
  });

  it('names the fixture after the test file and the test', async () => {
    const mock = mockHttp({ fixture: { mode: 'update' } });
    const file = mock.fixtureFile ?? '';
    onTestFinished(() => rmSync(dirname(dirname(file)), { recursive: true, force: true }));
    mock.restore();
    expect(basename(dirname(file))).toBe('http-fixture.test.ts');
    expect(basename(dirname(dirname(file)))).toBe('__http_fixtures__');
    expect(basename(file)).toBe(
      'mockHttp-fixtures-record-replay-lockdown-as-nock.back-names-the-fixture-after-the-test-file-and-the-test.json',
    );
    expect(existsSync(file)).toBe(true);
  });
});
