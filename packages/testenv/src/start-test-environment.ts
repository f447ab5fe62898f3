import { RunLease, reapAbandonedRuns } from './postgres/run-lease.js';
import { sweepDatabases } from './postgres/sweep-run-databases.js';
import { sweepTemplates, templateMaxIdleMs } from './postgres/sweep-templates.js';
import { deleteRedisKeys } from './redis/delete-redis-keys.js';
import { redisRunPrefix } from './redis/redis-namespaces.js';
import { resolveServices } from './servers/resolve-services.js';
import { type ServiceName, toServiceNames } from './services.js';
import { openTestEnvironment, type TestEnvironment } from './test-environment.js';
import { newRunId } from './unique-names.js';

/** What `startTestEnvironment` resolves. */
export interface TestEnvironmentOptions<S extends ServiceName> {
  /** The servers the tests need, e.g. `['postgres', 'redis']`. */
  readonly services: readonly S[];
}

/**
 * Resolves the servers a run needs, for any test runner: each from its `TEST_*_URL` when set (checked
 * to answer), else a Testcontainers container on the local engine (never pulled), else one
 * `TestenvError` saying what to set. On PostgreSQL it first drops what dead runs left and the
 * templates nobody used for a day. Call `stop()` when the run ends.
 *
 * @example
 * const env = await startTestEnvironment({ services: ['postgres', 'redis'] });
 * const db = await env.postgres.createDatabase({ templateKey: hashFiles(dir), migrate });
 * const keys = await env.redis.createNamespace();
 * // ...test, then: await db.release(); await keys.release(); and at the end: await env.stop();
 */
export async function startTestEnvironment<const S extends ServiceName>(
  options: TestEnvironmentOptions<S>,
): Promise<TestEnvironment<S>> {
  const services = toServiceNames(options.services);
  const runId = newRunId();
  const resolved = await resolveServices(services);
  const summary = [...resolved.report];
  const { postgres, redis } = resolved.urls;
  let lease: RunLease | undefined;
  try {
    if (postgres) {
      summary.push(...(await sweepWhatOthersLeft(postgres)));
      lease = await RunLease.acquire(postgres, runId);
    }
  } catch (error) {
    await resolved.stop();
    throw error;
  }
  return openTestEnvironment(
    { runId, urls: resolved.urls },
    {
      summary,
      notResolvedHint: (service) =>
        `${service} was not started for this environment: add '${service}' to the services of startTestEnvironment`,
      async afterClose() {
        try {
          if (postgres) await sweepDatabases(postgres, runId);
          if (redis) await deleteRedisKeys(redis, redisRunPrefix(runId));
        } finally {
          await lease?.release();
          await resolved.stop();
        }
      },
    },
  );
}

/** Databases of runs that died before their end, and templates left idle (changed migrations). */
async function sweepWhatOthersLeft(serverUrl: string): Promise<string[]> {
  const reaped = await reapAbandonedRuns(serverUrl);
  const templates = await sweepTemplates(serverUrl, { maxIdleMs: templateMaxIdleMs() });
  const lines: string[] = [];
  if (reaped.length > 0)
    lines.push(`postgres: dropped ${reaped.length} database(s) of runs that ended without clean-up`);
  if (templates.length > 0)
    lines.push(`postgres: dropped ${templates.length} template(s) unused for a while`);
  return lines;
}
