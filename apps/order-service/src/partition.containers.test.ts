// A network partition between the service and PostgreSQL, made by a TCP proxy that stops
// forwarding without closing anything: a request in flight answers 503 within the configured
// bound instead of hanging through the partition; once it heals the service and the relay resume,
// and what the server did meanwhile is whole: a change with its event, or neither.
import { createPostgresPool } from '@seams/postgres-adapter';
import { startTcpProxy } from '@seams/testenv';
import { postgresUrl } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { newOrderInput } from './testing/fake-world.js';
import { startOnRealServers } from './testing/real-servers.js';

const BOUND_MS = 1_500;
// A claim is one auto-committed statement: one sent into the partition runs when it heals, and its
// lease holds the events it took though nobody heard the answer, as if that relay had died. They
// are published again once the lease runs out, so the test keeps it short.
const RELAY_LEASE_MS = 2_000;

describe('PostgreSQL partitioned', () => {
  it('a request in flight answers 503 within DEPENDENCY_TIMEOUT_MS; after healing it serves again', async () => {
    const link = await startTcpProxy(postgresUrl());
    onTestFinished(() => link.close());
    const { runtime, databaseUrl } = await startOnRealServers({
      through: { database: link.through },
      env: { DEPENDENCY_TIMEOUT_MS: String(BOUND_MS) },
      relay: { leaseMs: RELAY_LEASE_MS },
    });
    const { app } = runtime;
    runtime.relay.start();
    const { id } = (await app.inject({ method: 'POST', url: '/orders', payload: newOrderInput() })).json();

    // Hold the order's row from a direct connection, so the cancel's UPDATE is in flight, waiting.
    const direct = createPostgresPool({ connectionString: databaseUrl, max: 2 });
    onTestFinished(() => direct.end());
    const holder = await direct.connect();
    onTestFinished(() => holder.release());
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [id]);
    const cancelling = app.inject({ method: 'POST', url: `/orders/${id}/cancel` });
    await vi.waitFor(
      async () => {
        const { rows } = await direct.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        expect(rows[0]?.n).toBe(1);
      },
      { timeout: 5_000, interval: 50 },
    );

    link.blackhole();
    const partitioned = performance.now();
    await holder.query('ROLLBACK'); // the UPDATE now completes on the server; its answer cannot arrive
    const answer = await cancelling;
    const waitedMs = performance.now() - partitioned;
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toEqual({
      code: 'DEPENDENCY_UNAVAILABLE',
      message: 'the database is unavailable; retry later',
      details: { dependency: 'postgres', retryable: true },
    });
    expect(answer.headers['retry-after']).toBe('5');
    expect(waitedMs).toBeLessThan(BOUND_MS + 500);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks.database).toMatch(/^unavailable: /);

    link.heal();
    const healed = performance.now();
    await vi.waitFor(
      async () => {
        const res = await app.inject({ method: 'GET', url: `/orders/${id}` });
        expect(res.statusCode).toBe(200);
      },
      { timeout: 10_000, interval: 100 },
    );
    const servingMs = performance.now() - healed;
    // The cancel is one auto-committed statement (the change and its event): it completed on the
    // server once the lock was gone, though its answer was lost, as a COMMIT's answer can be. The
    // 503 said "unknown", not "not done": the order is cancelled, with its event (both or neither).
    expect((await app.inject({ method: 'GET', url: `/orders/${id}` })).json().status).toBe('cancelled');
    expect((await app.inject({ method: 'POST', url: `/orders/${id}/cancel` })).statusCode).toBe(409);
    // The relay backed off through the partition and publishes both events once it is over (at
    // the latest when the lease of a claim whose answer was lost runs out).
    await vi.waitFor(
      async () => {
        const { rows } = await direct.query('SELECT type FROM outbox_events WHERE published_at IS NULL');
        expect(rows).toEqual([]);
      },
      { timeout: 10_000, interval: 100 },
    );
    const { rows } = await direct.query('SELECT type FROM outbox_events ORDER BY position');
    expect(rows.map((row) => row.type)).toEqual(['order.created', 'order.cancelled']);
    console.info(
      `partition: in-flight cancel answered 503 after ${Math.round(waitedMs)} ms (bound ${BOUND_MS} ms); serving again ${Math.round(servingMs)} ms after healing`,
    );
  });
});
