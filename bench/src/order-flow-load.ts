// The load every HTTP section drives: autocannon sends POST /orders then POST /orders/:id/pay on
// each connection, each with its own Idempotency-Key, as a careful client does.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { ORDER_BODY } from './service.js';

const PAY_BODY = JSON.stringify({ paymentToken: 'tok_visa' });
// autocannon hands each connection a context object; the order its create made is kept here.
const orderIds = new WeakMap<object, string | undefined>();

function flow(): autocannon.Request[] {
  const headers = { 'content-type': 'application/json' };
  return [
    {
      method: 'POST',
      path: '/orders',
      headers,
      body: ORDER_BODY,
      setupRequest: (req) => ({ ...req, headers: { ...headers, 'idempotency-key': randomUUID() } }),
      onResponse: (status, body, context) => {
        orderIds.set(context, status === 201 ? (JSON.parse(body) as { id: string }).id : undefined);
      },
    },
    {
      method: 'POST',
      headers,
      body: PAY_BODY,
      setupRequest: (req, context) => ({
        ...req,
        // A failed create leaves no id: the pay then hits a 400 and is counted as non-2xx.
        path: `/orders/${orderIds.get(context) ?? 'none'}/pay`,
        headers: { ...headers, 'idempotency-key': randomUUID() },
      }),
    },
  ];
}

/** How hard to drive the service. */
export interface LoadOptions {
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** Requests to send in all (two per pair); when set, the run ends after them rather than after `duration`. */
  readonly amount?: number;
  /** Requests per second over all connections (two per create+pay pair); none: as fast as answers come. */
  readonly overallRate?: number;
}

/** Drives create-then-pay pairs at `url` until `duration` is over. */
export function cannon(
  url: string,
  { connections, duration, overallRate, amount }: LoadOptions,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration,
        requests: flow(),
        timeout: 30,
        ...(overallRate ? { overallRate } : {}),
        ...(amount ? { amount } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * Create+pay pairs a service answers before its CPU per pair is steady. V8 tiers code up by how
 * often it runs, not by time: measured on 2026-12-06 at 80 pairs/s, the service's CPU per pair fell
 * from 4.0 ms in its first 2 s to a steady 1.9 to 2.0 ms after about 1,400 pairs (its compiler
 * threads' share from 1.1 ms to 0.2 to 0.4), and a 1 s warm-up had left a whole section's median
 * inside that slope (5.0 ms). A service runs for hours: its steady state is what a pair costs.
 */
export const WARMUP_PAIRS = 2_000;

/** Drives `pairs` pairs as fast as they are answered (a few seconds), so what is measured next is the steady state. */
export function warmUp(url: string, pairs = WARMUP_PAIRS): Promise<autocannon.Result> {
  return cannon(url, { connections: 8, duration: 600, amount: pairs * 2 });
}
