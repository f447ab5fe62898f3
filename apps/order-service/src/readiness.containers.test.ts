// /readyz against real Redis and RabbitMQ, each behind a TCP proxy the test controls: losing a
// part turns it 503 within 5 s, the part's return turns it 200 within 5 s. Polled with a bound.
import { startTcpProxy, type TcpProxy } from '@seams/testenv';
import { rabbitmqUrl, redisUrl } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startOnRealServers } from './testing/real-servers.js';

const BOUND_MS = 5_000;

async function proxy(target: string): Promise<TcpProxy> {
  const started = await startTcpProxy(target);
  onTestFinished(() => started.close());
  return started;
}

/** Polls /readyz until `check` passes; resolves with how long that took. Fails past the bound. */
async function readyzWithin(
  app: Awaited<ReturnType<typeof startOnRealServers>>['runtime']['app'],
  check: (status: number, checks: Record<string, string>) => void,
): Promise<number> {
  const started = performance.now();
  await vi.waitFor(
    async () => {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      check(res.statusCode, res.json().checks);
    },
    { timeout: BOUND_MS, interval: 100 },
  );
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(BOUND_MS);
  return Math.round(elapsed);
}

describe('readiness on Redis and RabbitMQ', () => {
  it.each([
    ['Redis', 'idempotency', 'refuse'],
    ['Redis', 'idempotency', 'blackhole'],
    ['RabbitMQ', 'broker', 'refuse'],
    ['RabbitMQ', 'broker', 'blackhole'],
  ] as const)(
    '%s lost (%s: %s): 503 within 5 s, 200 within 5 s of its return',
    async (server, check, mode) => {
      const link = await proxy(server === 'Redis' ? redisUrl() : rabbitmqUrl());
      const through = server === 'Redis' ? { redis: link.through } : { broker: link.through };
      const { runtime } = await startOnRealServers({ through });
      const { app } = runtime;
      // Ready first: a precondition, not the bound under test. In CI's real pass the same Redis
      // and RabbitMQ serve the corpora meanwhile, whose largest cases keep Redis busy for seconds
      // (its one thread), so the first check after start may rightly answer 503 (seen once).
      await vi.waitFor(
        async () => expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200),
        { timeout: 30_000, interval: 200 },
      );

      if (mode === 'refuse') link.refuse();
      else link.blackhole();
      const lostMs = await readyzWithin(app, (status, checks) => {
        expect(status).toBe(503);
        expect(checks[check]).toMatch(/^unavailable: /);
      });
      const failing = await app.inject({ method: 'GET', url: '/readyz' });
      // The failure names what happened, never where: no host, port or URL.
      expect(failing.body).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}\b|\/\//);
      expect(failing.json().checks.database).toBe('ok');

      link.heal();
      const backMs = await readyzWithin(app, (status) => expect(status).toBe(200));
      console.info(
        `readyz ${server} ${mode}: 503 after ${lostMs} ms (${failing.json().checks[check]}), 200 again after ${backMs} ms`,
      );
    },
    60_000,
  );
});
