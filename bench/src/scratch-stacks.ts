import { realEnv } from './harness.js';
import type { PaymentsServer } from './payments-server.js';
import { withScratchDatabase } from './pgbench.js';
import { withRedisDb, withVhost } from './servers.js';

const REDIS_DB = 11;

/**
 * One scratch PostgreSQL database and RabbitMQ vhost per entry of `migrated` (true: psql applies
 * the service's migrations; false: the service migrates its own), Redis db 11 shared (the keys are
 * random), all removed afterwards. `work` gets each stack's env for a service: DATABASE_URL,
 * AMQP_URL, REDIS_URL, PAYMENTS_URL, PAYMENTS_API_KEY.
 */
export async function withScratchStacks<T>(
  payments: PaymentsServer,
  migrated: readonly boolean[],
  work: (envs: Record<string, string>[]) => Promise<T>,
  envs: Record<string, string>[] = [],
): Promise<T> {
  const next = migrated[envs.length];
  if (next === undefined) return work(envs);
  const servers = realEnv();
  return withScratchDatabase(
    servers.TEST_POSTGRES_URL,
    'seams_bench_stack',
    (databaseUrl) =>
      withVhost(servers.TEST_RABBITMQ_URL, 'seams-bench-stack', (amqpUrl) =>
        withRedisDb(servers.TEST_REDIS_URL, REDIS_DB, (redisUrl) =>
          withScratchStacks(payments, migrated, work, [
            ...envs,
            {
              DATABASE_URL: databaseUrl,
              AMQP_URL: amqpUrl,
              REDIS_URL: redisUrl,
              PAYMENTS_URL: payments.url,
              PAYMENTS_API_KEY: payments.apiKey,
            },
          ]),
        ),
      ),
    { migrated: next },
  );
}
