import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockHttp, replySequence, startTestServer } from '@seams/fakes';
import { expect, it, onTestFinished } from 'vitest';

it('README: startTestServer and replySequence', async () => {
  // #region test-server
  const server = await startTestServer(
    replySequence(
      { status: 429, headers: { 'retry-after': '1' } },
      { disconnect: true }, // the client sees the connection closed under it
      { status: 200, body: { ok: true } },
    ),
  ); // a real server on 127.0.0.1 and a free port; closes when the test ends
  expect((await fetch(`${server.url}/v1/ping`)).status).toBe(429);
  await expect(fetch(`${server.url}/v1/ping`)).rejects.toMatchObject({ cause: { code: 'UND_ERR_SOCKET' } });
  expect(await (await fetch(`${server.url}/v1/ping`)).json()).toEqual({ ok: true });
  expect(server.requests.map((r) => r.path)).toEqual(['/v1/ping', '/v1/ping', '/v1/ping']);
  // #endregion
});

it('README: mockHttp', async () => {
  // #region mock-http
  const http = mockHttp();
  http
    .post('https://payments.example/v1/charges?expand=card') // a URL's query becomes a match too
    .header('idempotency-key', 'order-1')
    .json({ amount: 1250, currency: 'EUR' }) // deep equality, or a predicate
    .replySequence({ status: 503 }, { status: 201, body: { id: 'ch_1' } });
  http
    .get('https://api.example/users/:id') // path parameters, handed to the reply function
    .persist()
    .replyWith(({ params }) => ({ status: 200, body: { id: params.id } }));
  http.get('https://api.example/flags').optionally().reply(200, { beta: false });

  const charge = () =>
    fetch('https://payments.example/v1/charges?expand=card', {
      method: 'POST',
      headers: { 'idempotency-key': 'order-1' },
      body: JSON.stringify({ amount: 1250, currency: 'EUR' }),
    });
  expect((await charge()).status).toBe(503);
  expect(await (await charge()).json()).toEqual({ id: 'ch_1' });
  expect(await (await fetch('https://api.example/users/u-7')).json()).toEqual({ id: 'u-7' });
  http.assertAllDone(); // the optional mock may stay unused
  // #endregion
});

it('README: mockHttp failures', async () => {
  // #region mock-http-failures
  const http = mockHttp();
  http.get('https://api.example/flaky').networkError('reset'); // or 'refused', 'closed', an Error
  const reset = await fetch('https://api.example/flaky').catch((error: unknown) => error);
  expect(reset).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNRESET' } });

  const unmatched = await fetch('https://api.example/other').catch((error: unknown) => error);
  expect(unmatched).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  expect(unmatched).toMatchObject({
    cause: { explanation: expect.stringContaining('no mock matches GET api.example/other') },
  });
  http.restore(); // without this, the unmatched request would fail the test when it ends
  // #endregion
});

it('README: mockHttp fixtures', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'seams-readme-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  // #region mock-http-fixture
  const file = join(folder, 'users.json'); // relative paths resolve from the test file's folder
  const api = await startTestServer(() => ({ status: 200, body: { id: 'u-1', name: 'Ada' } }));

  const recording = mockHttp({ fixture: { file, mode: 'record' } }); // no file yet: goes to the server
  const live = await (await fetch(`${api.url}/users/u-1`)).json();
  recording.restore(); // writes the exchange to the file
  await api.close();

  const replaying = mockHttp({ fixture: { file, mode: 'lockdown' } }); // answers from the file only
  expect(await (await fetch(`${api.url}/users/u-1`)).json()).toEqual(live);
  replaying.assertAllDone();
  // #endregion
});
