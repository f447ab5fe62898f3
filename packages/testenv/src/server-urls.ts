import { inject } from 'vitest';
import type { TestenvContext } from './provided-context.js';
import type { ServiceName } from './services.js';
import { TestenvError } from './testenv-error.js';

/** The context the global setup provided; a clear error when this project never asked for it. */
export function testenvContext(): TestenvContext {
  const context = inject('seamsTestenv');
  if (!context) {
    throw new TestenvError(
      'NOT_RESOLVED',
      'no real servers were resolved for this project: run it as the containers project of a package ' +
        "whose vitest.config declares them, e.g. seamsVitestConfig({ containers: { services: ['postgres'] } })",
    );
  }
  return context;
}

function serverUrl(service: ServiceName): string {
  const url = testenvContext().urls[service];
  if (url === undefined) {
    throw new TestenvError(
      'NOT_RESOLVED',
      `${service} was not resolved for this run: add '${service}' to containers.services in the ` +
        "package's vitest.config (seamsVitestConfig({ containers: { services: [...] } }))",
    );
  }
  return url;
}

/** Admin URL of the PostgreSQL server resolved for this run (inside a containers-project test). */
export const postgresUrl = (): string => serverUrl('postgres');
/** AMQP URL of the RabbitMQ server resolved for this run. */
export const rabbitmqUrl = (): string => serverUrl('rabbitmq');
/** URL of the Redis server resolved for this run. */
export const redisUrl = (): string => serverUrl('redis');
