import { type PostgresServer, TestDatabaseFactory } from './postgres/test-database-factory.js';
import { AmqpNamespaces, type RabbitmqServer } from './rabbitmq/amqp-namespaces.js';
import { RedisNamespaces, type RedisServer } from './redis/redis-namespaces.js';
import type { ServiceName } from './services.js';
import { TestenvError } from './testenv-error.js';

/** A handle per service: its URL and where isolated databases and namespaces come from. */
export interface ServiceHandles {
  readonly postgres: PostgresServer;
  readonly rabbitmq: RabbitmqServer;
  readonly redis: RedisServer;
}

/**
 * Real servers for one test run: a handle per service asked for (the others are absent from the
 * type), and `stop()` to leave nothing behind.
 */
export type TestEnvironment<S extends ServiceName = ServiceName> = Pick<ServiceHandles, S> & {
  /** Short, unique per run: every database, queue and key this run makes carries it. */
  readonly runId: string;
  /** The resolved servers' URLs (credentials included: print them with `redactUrl`). */
  readonly urls: Readonly<Partial<Record<ServiceName, string>>>;
  /** One line per service: where its server came from, URL redacted. */
  readonly summary: readonly string[];
  /** Drops what the run left (databases, keys, unreleased namespaces) and stops what it started. */
  stop(): Promise<void>;
};

/** Servers already resolved, by the run that resolved them: what a worker needs to attach. */
export interface ResolvedRun {
  readonly runId: string;
  readonly urls: Readonly<Partial<Record<ServiceName, string>>>;
}

export interface OpenOptions {
  /** What to tell a caller who asks for a service the run did not resolve. */
  readonly notResolvedHint: (service: ServiceName) => string;
  readonly summary?: readonly string[];
  /** Runs after the handles have released what they handed out (the run's own clean-up). */
  readonly afterClose?: () => Promise<void>;
}

const DEFAULT_POOL_SIZE = 3;

/** Clones kept ready per template: `SEAMS_TEST_DB_POOL_SIZE`, default 3. */
function poolSize(): number {
  const value = Number(process.env.SEAMS_TEST_DB_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_POOL_SIZE;
}

/**
 * Handles on a resolved run's servers. A service the run did not resolve throws `NOT_RESOLVED`
 * when touched (the type already hides it from TypeScript callers of `startTestEnvironment`).
 */
export function openTestEnvironment(run: ResolvedRun, options: OpenOptions): TestEnvironment {
  const { runId, urls } = run;
  const postgres = urls.postgres
    ? new TestDatabaseFactory({ serverUrl: urls.postgres, runId, poolSize: poolSize() })
    : undefined;
  const rabbitmq = urls.rabbitmq ? new AmqpNamespaces(urls.rabbitmq, runId) : undefined;
  const redis = urls.redis ? new RedisNamespaces(urls.redis, runId) : undefined;
  const resolved = <T>(service: ServiceName, handle: T | undefined): T => {
    if (handle === undefined) throw new TestenvError('NOT_RESOLVED', options.notResolvedHint(service));
    return handle;
  };
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    const closed = await Promise.allSettled([postgres?.close(), rabbitmq?.close(), redis?.close()]);
    await options.afterClose?.();
    const failure = closed.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  };
  return {
    runId,
    urls,
    summary: options.summary ?? [],
    get postgres() {
      return resolved('postgres', postgres);
    },
    get rabbitmq() {
      return resolved('rabbitmq', rabbitmq);
    },
    get redis() {
      return resolved('redis', redis);
    },
    stop() {
      stopped ??= stop();
      return stopped;
    },
  };
}
