import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InstantClock } from '../clock/instant-clock.js';
import { FakePaymentsProvider } from './fake-payments-provider.js';

const API_KEY = 'sk_test_provider_secret';
const body = { amount: 1250, currency: 'EUR', source: 'tok_visa', reference: 'order-1' };

async function post(provider: FakePaymentsProvider, payload: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${provider.url}/v1/charges`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${provider.apiKey}`,
      'content-type': 'application/json',
      'idempotency-key': 'key-1',
      ...headers,
    },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const json = (reply: { text: string }) => JSON.parse(reply.text) as Record<string, unknown>;

describe('FakePaymentsProvider', () => {
  it('charges with 201, replays the same key and body with 200, refuses another body with 422', async () => {
    const provider = await FakePaymentsProvider.start({
      apiKey: API_KEY,
      clock: new InstantClock('2026-03-01T10:00:00Z'),
    });
    const first = await post(provider, body);
    expect(first.status).toBe(201);
    expect(json(first)).toEqual({
      id: 'ch_00000000-0000-4000-8000-000000000001',
      object: 'charge',
      amount: 1250,
      currency: 'EUR',
      reference: 'order-1',
      status: 'succeeded',
      created: Date.parse('2026-03-01T10:00:00Z') / 1_000,
    });
    const replay = await post(provider, body);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(json(replay)).toEqual(json(first));
    const reused = await post(provider, { ...body, amount: 999 });
    expect(reused.status).toBe(422);
    expect(json(reused)).toMatchObject({
      error: { type: 'idempotency_error', code: 'idempotency_key_reused' },
    });
    expect(provider.charges).toHaveLength(1);
    expect(provider.requests.map((r) => [r.idempotencyKey, r.status])).toEqual([
      ['key-1', 201],
      ['key-1', 200],
      ['key-1', 422],
    ]);
  });

  it('declines tok_declined and amounts above the limit with 402 card_error', async () => {
    const provider = await FakePaymentsProvider.start({ declineAmountsAbove: 50_000 });
    const declined = await post(provider, { ...body, source: 'tok_declined' });
    expect(declined.status).toBe(402);
    expect(json(declined)).toMatchObject({ error: { type: 'card_error', code: 'card_declined' } });
    const tooMuch = await post(provider, { ...body, amount: 50_001 }, { 'idempotency-key': 'key-2' });
    expect(json(tooMuch)).toMatchObject({ error: { code: 'amount_too_large' } });
    expect(provider.charges).toHaveLength(0);
  });

  it('answers 401 without the right key and never echoes what was sent', async () => {
    const provider = await FakePaymentsProvider.start({ apiKey: API_KEY });
    const wrong = await post(provider, body, { authorization: 'Bearer sk_live_guessed_key' });
    const missing = await fetch(`${provider.url}/v1/charges`, { method: 'POST', body: JSON.stringify(body) });
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    expect(wrong.text).not.toContain('sk_live_guessed_key');
    expect(JSON.stringify(provider.requests)).not.toContain(API_KEY);
    expect(provider.requests.map((r) => r.authenticated)).toEqual([false, false]);
    expect(provider.charges).toHaveLength(0);
  });

  it('names the invalid field, requires an idempotency key, and 404s unknown routes', async () => {
    const provider = await FakePaymentsProvider.start();
    expect(json(await post(provider, { ...body, amount: 12.5 }))).toMatchObject({
      error: { code: 'parameter_invalid', message: 'amount must be a positive integer' },
    });
    expect((await post(provider, 'not json')).status).toBe(400);
    expect(json(await post(provider, body, { 'idempotency-key': '' }))).toMatchObject({
      error: { code: 'idempotency_key_required' },
    });
    const unknown = await fetch(`${provider.url}/v1/customers`, {
      headers: { authorization: `Bearer ${provider.apiKey}` },
    });
    expect(unknown.status).toBe(404);
  });

  it('retrieves a charge by id', async () => {
    const provider = await FakePaymentsProvider.start();
    const made = json(await post(provider, body));
    const found = await fetch(`${provider.url}/v1/charges/${String(made.id)}`, {
      headers: { authorization: `Bearer ${provider.apiKey}` },
    });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual(made);
  });

  it('lists the charge an idempotency key made, and refunds a charge once (201, then 200 replayed)', async () => {
    const provider = await FakePaymentsProvider.start();
    const made = json(await post(provider, body));
    const auth = { authorization: `Bearer ${provider.apiKey}` };
    const list = async (key: string) =>
      (await fetch(`${provider.url}/v1/charges?idempotency_key=${key}`, { headers: auth })).json();
    expect(await list('key-1')).toEqual({ object: 'list', data: [made] });
    expect(await list('key-never-sent')).toEqual({ object: 'list', data: [] });
    const refund = (charge: unknown) =>
      fetch(`${provider.url}/v1/refunds`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'refund-1' },
        body: JSON.stringify({ charge }),
      });
    const first = await refund(made.id);
    expect(first.status).toBe(201);
    const refunded = json({ text: await first.text() });
    expect(refunded).toMatchObject({ object: 'refund', charge: made.id, amount: 1250, currency: 'EUR' });
    const again = await refund(made.id);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
    expect(await again.json()).toEqual(refunded);
    expect((await refund('ch_unknown')).status).toBe(404);
    expect((await refund(42)).status).toBe(400);
    expect(provider.refunds).toEqual([expect.objectContaining({ id: refunded.id, chargeId: made.id })]);
  });

  it('injects 429 with Retry-After, 500 and a cut connection, then serves normally', async () => {
    const provider = await FakePaymentsProvider.start();
    provider.failNext(1, { status: 429, retryAfter: 1 });
    provider.failNext(1, { status: 500 });
    provider.failNext(1, 'disconnect');
    const limited = await post(provider, body);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await post(provider, body)).status).toBe(500);
    await expect(post(provider, body)).rejects.toThrow(/fetch failed/);
    expect((await post(provider, body)).status).toBe(201);
    expect(provider.requests.map((r) => r.status)).toEqual([429, 500, undefined, 201]);
  });

  it('a hang holds the request until the client gives up', async () => {
    const provider = await FakePaymentsProvider.start();
    provider.failNext(1, 'hang');
    const started = Date.now();
    await expect(
      fetch(`${provider.url}/v1/charges`, { method: 'POST', signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(provider.requests[0]?.status).toBeUndefined();
    expect((await post(provider, body)).status).toBe(201);
  });

  it('starts and serves outside vitest (the order service embeds it at runtime)', async () => {
    const script = fileURLToPath(new URL('./fixtures/standalone-provider.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      timeout: 20_000,
    });
    expect(JSON.parse(stdout)).toEqual({ status: 201, charges: 1, vitestLoaded: false });
  }, 25_000);
});
