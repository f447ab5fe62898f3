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
  /** Requests per second over all connections (two per create+pay pair); none: as fast as answers come. */
  readonly overallRate?: number;
}

/** Drives create-then-pay pairs at `url` until `duration` is over. */
export function cannon(
  url: string,
  { connections, duration, overallRate }: LoadOptions,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration, requests: flow(), timeout: 30, ...(overallRate ? { overallRate } : {}) },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}
