import { FakeClock } from '@seams/fakes';
import { createPostgresPool, migrationsFingerprint } from '@seams/postgres-adapter';
import type { AmqpNamespace } from '@seams/testenv';
import { createAmqpNamespace, createRedisNamespace, createTestDatabase } from '@seams/testenv/vitest';
import { onTestFinished } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { orderEventsTopology } from '../messaging/order-events-topology.js';
import { migrateOrderService, orderServiceMigrations } from '../postgres/order-migrations.js';
import { createOrderServiceRuntime, type OrderServiceRuntime, type RuntimeOptions } from '../runtime.js';

/** How a test puts the service on real servers. */
export interface RealServersOptions {
  /** Rewrites the URL the service gets for a server, e.g. `proxy.through` of a `TcpProxy`. */
  readonly through?: {
    readonly database?: (url: string) => string;
    readonly broker?: (url: string) => string;
    readonly redis?: (url: string) => string;
  };
  /** More environment for `loadConfig`, e.g. `DEPENDENCY_TIMEOUT_MS`. */
  readonly env?: Readonly<Record<string, string>>;
  /** The outbox relay's settings, e.g. a short `leaseMs`. */
  readonly relay?: RuntimeOptions['relay'];
}

/** The service on real servers, and what the test needs to look behind it. */
export interface RealServers {
  readonly runtime: OrderServiceRuntime;
  /** The test's own database, reached directly (never through a proxy). */
  readonly databaseUrl: string;
  readonly amqp: AmqpNamespace;
  readonly exchange: string;
  /** The queue bound to every order event. */
  readonly queue: string;
}

async function migrateUrl(connectionString: string): Promise<void> {
  const pool = createPostgresPool({ connectionString });
  try {
    await migrateOrderService(pool);
  } finally {
    await pool.end();
  }
}

/**
 * Test helper: the whole service (`createOrderServiceRuntime`, not listening) on PostgreSQL (a
 * database cloned for the test), RabbitMQ (names of the test's own) and Redis (a key prefix of
 * its own); payments on the embedded `FakePaymentsProvider` over loopback HTTP. Closed after the test.
 */
export async function startOnRealServers(options: RealServersOptions = {}): Promise<RealServers> {
  const database = await createTestDatabase({
    templateKey: `order-service-${migrationsFingerprint(orderServiceMigrations())}`,
    migrate: migrateUrl,
  });
  const amqp = await createAmqpNamespace();
  const redis = await createRedisNamespace();
  const exchange = amqp.name('orders');
  const queue = amqp.name('all');
  amqp.name('orders.dlx');
  amqp.name('orders.dead-letter');
  const through = options.through ?? {};
  const runtime = await createOrderServiceRuntime(
    loadConfig({
      PORT: '0',
      DATABASE_URL: through.database?.(database.connectionString) ?? database.connectionString,
      AMQP_URL: through.broker?.(amqp.url) ?? amqp.url,
      REDIS_URL: through.redis?.(redis.url) ?? redis.url,
      ...options.env,
    }),
    {
      logger: createLogger({ level: 'silent' }),
      // Attempt timeouts fire only when advanced (never here); zero backoff needs no advancing.
      paymentsClock: new FakeClock(),
      paymentRetries: { baseDelayMs: 0 },
      topology: orderEventsTopology({ exchange, queues: { [queue]: ['order.#'] } }),
      redisKeyPrefix: redis.prefix,
      ...(options.relay === undefined ? {} : { relay: options.relay }),
    },
  );
  onTestFinished(() => runtime.close());
  if (!runtime.embedded.payments || runtime.embedded.postgres || runtime.embedded.broker) {
    throw new Error('expected real servers and the embedded payments provider');
  }
  return { runtime, databaseUrl: database.connectionString, amqp, exchange, queue };
}
