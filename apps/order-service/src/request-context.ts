import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

const storage = new AsyncLocalStorage<{ readonly requestId: string }>();

/** The id of the HTTP request whose work is running now, if any (for log lines outside Fastify's). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/**
 * Makes `currentRequestId()` answer inside every later hook and the handler of a request, so a
 * log line written by a part that knows nothing of HTTP (the payment gateway's retries) still
 * names it. Registered first, so every other hook runs inside it.
 */
export function trackRequestContext(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    storage.run({ requestId: request.id }, done);
  });
}
