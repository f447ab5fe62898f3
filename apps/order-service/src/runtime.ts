import { AmqpConnection, AmqpEventPublisher, AmqpTopology } from '@seams/amqp-adapter';
import type { FakePaymentsProvider, FakePostgres, InMemoryBroker } from '@seams/fakes';
import { HttpPaymentGateway } from '@seams/http-client';
import {
  type Clock,
  type EventPublisher,
  type IdempotencyStore,
  type IdGenerator,
  type PaymentGateway,
  RandomIdGenerator,
  redactUrl,
  SystemClock,
  type Topology,
} from '@seams/ports';
import { createPostgresPool, PostgresOutboxStore, type PostgresPool } from '@seams/postgres-adapter';
import { createRedisClient, RedisIdempotencyStore } from '@seams/redis-adapter';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { OrderServiceConfig } from './config.js';
import { ensureDatabase } from './ensure-database.js';
import { buildApp, type ReadinessCheck } from './http/app.js';
import { loadFakes, preloadFakes } from './load-fakes.js';
import { createLogger, paymentGatewayLogger } from './logger.js';
import { orderEventsTopology } from './messaging/order-events-topology.js';
import { OrderService } from './order-service.js';
import { OutboxRelay, type OutboxRelayConfig } from './outbox-relay.js';
import { PaymentRecovery } from './payment-recovery.js';
import { migrateOrderService } from './postgres/order-migrations.js';
import { createOrderUnitOfWork } from './postgres/order-unit-of-work.js';
import { PostgresOrderRepository } from './postgres/postgres-order-repository.js';

/** Knobs for tests and benchmarks; production uses the defaults. */
export interface RuntimeOptions {
  readonly logger?: Logger;
  /** Domain time, outbox due times and relay waits. Default: the system clock. */
  readonly clock?: Clock;
  /** The payment gateway's time: attempt timeouts, deadline, waits between retries. Default: `clock`. */
  readonly paymentsClock?: Clock;
  readonly ids?: IdGenerator;
  /** Exchanges and queues to declare; the exchange of its first entry is published to. Default `orderEventsTopology()`. */
  readonly topology?: Topology;
  /** Redis key prefix of the idempotency store. Default `order-service:idempotency:`. */
  readonly redisKeyPrefix?: string;
  readonly relay?: Partial<Omit<OutboxRelayConfig, 'outbox' | 'publisher' | 'clock' | 'logger'>>;
  /** Payment retry settings of `HttpPaymentGateway`. */
  readonly paymentRetries?: {
    readonly maxAttempts?: number;
    readonly baseDelayMs?: number;
    readonly maxDelayMs?: number;
  };
  readonly bodyLimit?: number;
  /**
   * Where the embedded PGlite runs: `worker` (default), a thread of its own, so PostgreSQL's CPU runs
   * beside the event loop; `main`, in the event loop, where a test worker's runtimes share one
   * PGlite (reset for each) instead of starting one each (seconds).
   */
  readonly embeddedDatabaseThread?: 'main' | 'worker';
  /** How long a pay holds the order for its charge, and how often expired holds are resolved. */
  readonly paymentRecovery?: { readonly leaseMs?: number; readonly intervalMs?: number };
}

/** What each part runs on, for the first log line (no passwords). */
export interface RuntimeParts {
  readonly database: string;
  readonly broker: string;
  readonly idempotency: string;
  readonly payments: string;
}

/** The service assembled: the app, its parts, and the handles tests and benches inspect. */
export interface OrderServiceRuntime {
  readonly config: OrderServiceConfig;
  readonly logger: Logger;
  readonly parts: RuntimeParts;
  readonly app: FastifyInstance;
  readonly service: OrderService;
  readonly relay: OutboxRelay;
  /** The publisher the relay uses (extra relays in benches and tests can share it). */
  readonly publisher: EventPublisher;
  /** The pool the service writes to (the embedded engine's when embedded). */
  readonly pool: PostgresPool;
  /** Set for the parts running embedded, so tests can look inside. */
  readonly embedded: {
    readonly postgres?: FakePostgres;
    readonly broker?: InMemoryBroker;
    readonly payments?: FakePaymentsProvider;
  };
  /** Listens on the configured port and starts the relay; resolves with the address. */
  listen(): Promise<string>;
  /** Graceful stop: refuse new requests, finish in-flight ones, stop and drain the relay, close everything. */
  close(): Promise<void>;
}

/** Describes each part from the configuration alone, before anything starts. */
export function describeParts(config: OrderServiceConfig): RuntimeParts {
  return {
    database:
      config.database.kind === 'embedded'
        ? `${config.database.engine} (embedded, migrations applied)`
        : `PostgreSQL ${redactUrl(config.database.url)}`,
    broker:
      config.broker.kind === 'embedded'
        ? 'in-memory broker (embedded, queue orders.all on order.#)'
        : `RabbitMQ ${redactUrl(config.broker.url)}`,
    idempotency:
      config.idempotency.kind === 'embedded'
        ? 'in-memory idempotency store (embedded)'
        : `Redis ${redactUrl(config.idempotency.url)}`,
    payments:
      config.payments.kind === 'embedded'
        ? 'FakePaymentsProvider (embedded, loopback HTTP)'
        : `payments API ${redactUrl(config.payments.url)}`,
  };
}

type Closer = () => Promise<unknown>;

/** Longest pause between reconnection attempts to RabbitMQ and Redis once they are lost. */
const RECONNECT_MAX_DELAY_MS = 2_000;

/** How long one readiness probe may take: 2 s, or less when every dependency wait is shorter. */
function readinessTimeoutMs(config: OrderServiceConfig): number {
  return Math.min(2_000, config.dependencyTimeoutMs);
}

/**
 * The composition root: builds every part from `config` (embedded fakes where a variable is
 * unset, real servers where it is set), logs what runs where as its first line, and wires the
 * service, the outbox relay and the HTTP app. Parts already started are closed if a later one fails.
 *
 * @example
 * const runtime = await createOrderServiceRuntime(loadConfig());
 * await runtime.listen();
 * process.once('SIGTERM', () => runtime.close());
 */
export async function createOrderServiceRuntime(
  config: OrderServiceConfig,
  options: RuntimeOptions = {},
): Promise<OrderServiceRuntime> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? new SystemClock();
  const ids = options.ids ?? new RandomIdGenerator();
  const parts = describeParts(config);
  await preloadFakes(config);
  logger.info(
    { parts, port: config.port },
    `order-service starting: ${Object.entries(parts)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')}`,
  );

  // Closed in reverse order of creation.
  const closers: Closer[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) {
      await close().catch((error: unknown) => logger.warn({ err: error }, 'closing a part failed'));
    }
    closers.length = 0;
  };
  try {
    const embedded: { postgres?: FakePostgres; broker?: InMemoryBroker; payments?: FakePaymentsProvider } =
      {};
    const readiness: Record<string, ReadinessCheck> = {};

    const pool = await openDatabase(config, options, embedded, closers, logger);
    readiness.database = async () => {
      await pool.query('SELECT 1');
    };

    const topology = options.topology ?? orderEventsTopology();
    const exchange = topology.exchanges[0]?.name ?? 'orders';
    const publisher = await openBroker(
      config,
      topology,
      exchange,
      clock,
      embedded,
      closers,
      readiness,
      logger,
    );
    const idempotency = await openIdempotency(config, clock, options, closers, readiness, logger);
    const payments = await openPayments(
      config,
      options.paymentsClock ?? clock,
      options,
      embedded,
      closers,
      logger,
    );

    // pg-mem refuses data-modifying CTEs: there a change and its event, and a claim and the last
    // batch's mark, go as several statements in a transaction; elsewhere each is one statement.
    const eventWrites =
      config.database.kind === 'embedded' && config.database.engine === 'pg-mem'
        ? 'transaction'
        : 'one-statement';
    const outbox = new PostgresOutboxStore({ pool, clock, claims: eventWrites });
    const relay = new OutboxRelay({ outbox, publisher, clock, logger, ...options.relay });
    const service = new OrderService({
      uow: createOrderUnitOfWork({ pool, clock, eventWrites }),
      orders: new PostgresOrderRepository({ pool, clock, eventWrites }),
      payments,
      clock,
      ids,
      onEventsWritten: () => relay.wake(),
      logger,
      ...(options.paymentRecovery?.leaseMs === undefined
        ? {}
        : { paymentLeaseMs: options.paymentRecovery.leaseMs }),
    });
    const recovery = new PaymentRecovery({
      recover: (limit) => service.recoverPayments(limit),
      clock,
      logger,
      ...(options.paymentRecovery?.intervalMs === undefined
        ? {}
        : { intervalMs: options.paymentRecovery.intervalMs }),
    });
    const app = buildApp({
      service,
      idempotency,
      readiness,
      readinessTimeoutMs: readinessTimeoutMs(config),
      logger,
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    });

    let closing: Promise<void> | undefined;
    return {
      config,
      logger,
      parts,
      app,
      service,
      relay,
      publisher,
      pool,
      embedded,
      async listen() {
        const address = await app.listen({ port: config.port, host: config.host });
        relay.start();
        recovery.start();
        logger.info(
          { address, payments: embedded.payments?.url },
          `order-service listening at ${address}${embedded.payments ? ` (payments provider at ${embedded.payments.url})` : ''}`,
        );
        return address;
      },
      close() {
        closing ??= (async () => {
          await app.close();
          await recovery.stop();
          await relay.stop();
          const published = await relay.drain().catch((error: unknown) => {
            logger.warn({ err: error }, 'draining the outbox failed; the events stay for the next start');
            return 0;
          });
          logger.info({ published }, 'outbox drained');
          await closeAll();
        })();
        return closing;
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function openDatabase(
  config: OrderServiceConfig,
  options: RuntimeOptions,
  embedded: { postgres?: FakePostgres },
  closers: Closer[],
  logger: Logger,
): Promise<PostgresPool> {
  if (config.database.kind === 'embedded') {
    const { createFakePostgres } = await loadFakes(config);
    // PGlite on a worker thread by default: PostgreSQL's CPU (WASM) then runs beside the service's
    // event loop instead of on it, which is what bounded the embedded service's throughput.
    const postgres = await createFakePostgres({
      engine: config.database.engine,
      migrations: migrateOrderService,
      ...(config.database.engine === 'pglite' ? { thread: options.embeddedDatabaseThread ?? 'worker' } : {}),
    });
    embedded.postgres = postgres;
    closers.push(() => postgres.close());
    return postgres.pool;
  }
  const pool = createPostgresPool({
    connectionString: config.database.url,
    // One bound for every wait: a checkout or connect, a statement on the server, an answer on the
    // wire (the one that still holds when the link is partitioned). Migrations run under it too.
    connectTimeoutMs: config.dependencyTimeoutMs,
    statementTimeoutMs: config.dependencyTimeoutMs,
    queryTimeoutMs: config.dependencyTimeoutMs,
    // Only message and code: pg's error can carry the whole Client (several KB of state per line).
    onIdleError: (error) =>
      logger.warn(
        { err: { message: error.message, code: (error as { code?: unknown }).code } },
        'an idle database connection failed',
      ),
  });
  closers.push(() => pool.end());
  const applied = await ensureDatabase(config.database, logger, () => migrateOrderService(pool));
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  return pool;
}

async function openBroker(
  config: OrderServiceConfig,
  topology: Topology,
  exchange: string,
  clock: Clock,
  embedded: { broker?: InMemoryBroker },
  closers: Closer[],
  readiness: Record<string, ReadinessCheck>,
  logger: Logger,
): Promise<EventPublisher> {
  if (config.broker.kind === 'embedded') {
    const { InMemoryBroker } = await loadFakes(config);
    const broker = new InMemoryBroker({ clock });
    await broker.declare(topology);
    embedded.broker = broker;
    closers.push(async () => broker.close());
    readiness.broker = async () => undefined;
    const publisher = broker.createPublisher({ exchange });
    closers.push(() => publisher.close());
    return publisher;
  }
  const connection = new AmqpConnection({
    url: config.broker.url,
    connectTimeoutMs: config.dependencyTimeoutMs,
    // Back within seconds of the broker's return, so readiness turns 200 again promptly.
    backoff: { maxMs: RECONNECT_MAX_DELAY_MS },
    onStateChange: (state, error) =>
      state === 'reconnecting'
        ? logger.warn({ state, err: error }, 'broker connection lost; reconnecting')
        : logger.info({ state }, `broker connection ${state}`),
  });
  closers.push(() => connection.close());
  await connection.connect();
  await new AmqpTopology({ connection }).declare(topology);
  const publisher = new AmqpEventPublisher({ connection, exchange });
  closers.push(() => publisher.close());
  // A publish confirmed end to end: an open connection says nothing about a partitioned link or
  // revoked permissions.
  readiness.broker = () => publisher.probe({ timeoutMs: readinessTimeoutMs(config) });
  return publisher;
}

async function openIdempotency(
  config: OrderServiceConfig,
  clock: Clock,
  options: RuntimeOptions,
  closers: Closer[],
  readiness: Record<string, ReadinessCheck>,
  logger: Logger,
): Promise<IdempotencyStore> {
  if (config.idempotency.kind === 'embedded') {
    readiness.idempotency = async () => undefined;
    const { InMemoryIdempotencyStore } = await loadFakes(config);
    return new InMemoryIdempotencyStore({ clock });
  }
  const redis = createRedisClient(config.idempotency.url, {
    connectTimeoutMs: config.dependencyTimeoutMs,
    commandTimeoutMs: config.dependencyTimeoutMs,
    socketTimeoutMs: config.dependencyTimeoutMs,
    maxReconnectDelayMs: RECONNECT_MAX_DELAY_MS,
    onError: (error) => logger.warn({ err: error }, 'redis connection error'),
  });
  closers.push(() => redis.quit().catch(() => redis.disconnect()));
  readiness.idempotency = async () => {
    await redis.ping();
  };
  return new RedisIdempotencyStore({
    redis,
    keyPrefix: options.redisKeyPrefix ?? 'order-service:idempotency:',
  });
}

async function openPayments(
  config: OrderServiceConfig,
  clock: Clock,
  options: RuntimeOptions,
  embedded: { payments?: FakePaymentsProvider },
  closers: Closer[],
  logger: Logger,
): Promise<PaymentGateway> {
  let baseUrl: string;
  let apiKey: string;
  if (config.payments.kind === 'embedded') {
    const { FakePaymentsProvider } = await loadFakes(config);
    const provider = await FakePaymentsProvider.start({
      host: '127.0.0.1',
      ...(config.payments.apiKey === undefined ? {} : { apiKey: config.payments.apiKey }),
    });
    embedded.payments = provider;
    closers.push(() => provider.close());
    baseUrl = provider.url;
    apiKey = provider.apiKey;
  } else {
    baseUrl = config.payments.url;
    apiKey = config.payments.apiKey;
  }
  return new HttpPaymentGateway({
    baseUrl,
    apiKey,
    clock,
    ...options.paymentRetries,
    logger: paymentGatewayLogger(logger),
  });
}
