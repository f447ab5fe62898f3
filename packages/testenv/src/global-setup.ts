import type { TestProject } from 'vitest/node';
import { resolveServices } from './global-setup/resolve-services.js';
import { sweepLeftovers } from './global-setup/sweep-leftovers.js';
import { RunLease, reapAbandonedRuns } from './postgres/run-lease.js';
import type { TestenvContext } from './provided-context.js';
import { toServiceNames } from './services.js';
import { newRunId } from './unique-names.js';

/**
 * Vitest global setup: resolves the servers the project declared once per run, hands their URLs
 * to every worker (`inject('seamsTestenv')`), and at the end sweeps the run's leftovers and stops
 * what it started. `SEAMS_COLLECT_ONLY=1` (listing tests, e.g. for the fidelity table) skips it all.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.SEAMS_COLLECT_ONLY === '1') return undefined;
  const services = toServiceNames(project.getProvidedContext().seamsTestenvServices ?? []);
  if (services.length === 0) return undefined;
  const runId = newRunId();
  const resolved = await resolveServices(services);
  // Every database, queue and key of this run carries the run id: this line ties leftovers to a run.
  console.info(`testenv: run ${runId}`);
  for (const line of resolved.report) console.info(`testenv: ${line}`);
  const lease = resolved.urls.postgres
    ? await leasePostgres(resolved.urls.postgres, runId).catch(async (error: unknown) => {
        await resolved.stop();
        throw error;
      })
    : undefined;
  const context: TestenvContext = { runId, urls: resolved.urls };
  project.provide('seamsTestenv', context);
  return async () => {
    try {
      await sweepLeftovers(runId, resolved.urls);
    } finally {
      await lease?.release();
      await resolved.stop();
    }
  };
}

/** Clears what killed runs left (no teardown ran for them), then marks this run as alive. */
async function leasePostgres(serverUrl: string, runId: string): Promise<RunLease> {
  const reaped = await reapAbandonedRuns(serverUrl);
  if (reaped.length > 0)
    console.info(`testenv: dropped ${reaped.length} database(s) of runs that ended without teardown`);
  return RunLease.acquire(serverUrl, runId);
}
