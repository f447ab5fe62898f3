import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createOrderServiceRuntime, describeParts } from './runtime.js';
import { captureLogs } from './testing/capture-logs.js';
import { EMBEDDED_DATABASE_START_MS } from './testing/embedded-database.js';

describe('createOrderServiceRuntime', () => {
  it('names what each part runs on, passwords hidden', () => {
    expect(describeParts(loadConfig({}))).toEqual({
      database: 'pglite (embedded, migrations applied)',
      broker: 'in-memory broker (embedded, queue orders.all on order.#)',
      idempotency: 'in-memory idempotency store (embedded)',
      payments: 'FakePaymentsProvider (embedded, loopback HTTP)',
    });
    const parts = describeParts(
      loadConfig({
        DATABASE_URL: 'postgres://app:s3cret@db:5432/shop',
        AMQP_URL: 'amqp://guest:s3cret@mq:5672',
        REDIS_URL: 'redis://:s3cret@cache:6379',
      }),
    );
    expect(parts).toEqual({
      database: 'PostgreSQL postgres://app:***@db:5432/shop',
      broker: 'RabbitMQ amqp://guest:***@mq:5672',
      idempotency: 'Redis redis://:***@cache:6379',
      payments: 'FakePaymentsProvider (embedded, loopback HTTP)',
    });
  });

  it('logs the parts first, serves on loopback, and closes cleanly, draining the outbox', {
    timeout: EMBEDDED_DATABASE_START_MS,
  }, async () => {
    const { lines, logger } = captureLogs();
    const runtime = await createOrderServiceRuntime(loadConfig({ PORT: '0' }), { logger });
    // The default: PGlite of its own on a worker thread (its start is this test's seconds).
    expect(runtime.embedded.postgres?.engine).toBe('pglite (worker thread)');
    expect(lines[0]?.msg).toMatch(/^order-service starting: database=pglite/);
    expect(lines[0]?.parts).toEqual(describeParts(runtime.config));
    const address = await runtime.listen();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(runtime.relay.running).toBe(true);
    const health = await fetch(`${address}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const created = await fetch(`${address}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        customerId: 'c',
        currency: 'EUR',
        lines: [{ sku: 'A', quantity: 1, unitPrice: 5 }],
      }),
    });
    expect(created.status).toBe(201);
    await runtime.close();
    expect(runtime.relay.running).toBe(false);
    expect(runtime.embedded.broker?.published.map((p) => p.routingKey)).toEqual(['order.created']);
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
    expect(lines.some((line) => line.msg === 'outbox drained')).toBe(true);
  });
});
