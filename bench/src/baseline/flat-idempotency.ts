// Idempotency-Key handling without a store abstraction: the service's two Lua scripts sent with
// their source through ioredis (EVAL, which Redis caches by SHA-1), as RedisIdempotencyStore does:
// the same commands on the wire, so the comparison is like for like.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { BEGIN_SCRIPT, COMPLETE_SCRIPT } from './flat-statements.js';

/** An HTTP answer before it is written. */
export interface FlatReply {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const PREFIX = 'order-service:idempotency:';
const TTL_MS = 86_400_000;
const LEASE_MS = 30_000;

const scripts = { begin: BEGIN_SCRIPT, complete: COMPLETE_SCRIPT };

function run(redis: Redis, source: string, key: string, args: (string | number)[]): Promise<unknown> {
  return redis.eval(source, 1, PREFIX + key, ...args);
}

const json = (status: number, code: string, message: string): FlatReply => ({
  status,
  body: JSON.stringify({ code, message, details: {} }),
});

/** Runs `work` at most once per key: a replay gets the stored answer; no key, no Redis call. */
export async function oncePerKey(
  redis: Redis,
  key: string | undefined,
  request: { readonly method: string; readonly url: string; readonly body: unknown },
  work: () => Promise<FlatReply>,
): Promise<FlatReply> {
  if (key === undefined) return work();
  const fingerprint = createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
  const reply = await run(redis, scripts.begin, key, [fingerprint, TTL_MS, LEASE_MS]);
  const [kind, stored] = Array.isArray(reply) ? reply : [];
  if (kind === 'completed' && typeof stored === 'string') {
    const saved = JSON.parse(stored) as { status: number; body: string; headers?: Record<string, string> };
    return {
      status: saved.status,
      body: saved.body,
      headers: { ...saved.headers, 'idempotent-replayed': 'true' },
    };
  }
  if (kind === 'in_progress') return json(409, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'still running; retry shortly');
  if (kind === 'mismatch') return json(422, 'IDEMPOTENCY_KEY_REUSED', 'key used with another request');
  const result = await work();
  const record = { v: 1, status: result.status, body: result.body, headers: { ...result.headers } };
  await run(redis, scripts.complete, key, [JSON.stringify(record)]);
  return result;
}
