import { Writable } from 'node:stream';
import { InMemoryIdempotencyStore } from '@seams/fakes';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../logger.js';
import { EMBEDDED_DATABASE_START_MS, warmEmbeddedDatabase } from '../testing/embedded-database.js';
import { createFakeWorld } from '../testing/fake-world.js';
import { buildApp } from './app.js';

// The fake world runs on this worker's PGlite: start it once, before the cases' own timeouts.
beforeAll(warmEmbeddedDatabase, EMBEDDED_DATABASE_START_MS);

async function requestLines(level: string): Promise<string[]> {
  const messages: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      messages.push(String((JSON.parse(String(chunk)) as { msg: unknown }).msg));
      done();
    },
  });
  const world = await createFakeWorld();
  const idempotency = new InMemoryIdempotencyStore({ clock: world.clock });
  const app = buildApp({ service: world.service, idempotency, logger: createLogger({ level, destination }) });
  onTestFinished(() => app.close());
  await app.inject({ method: 'GET', url: '/healthz' });
  return messages;
}

describe('DebugRequestLog', () => {
  it("writes no line per request at info, and Fastify's two at debug", async () => {
    expect(await requestLines('info')).toEqual([]);
    expect(await requestLines('debug')).toEqual(['incoming request', 'request completed']);
  });
});
