import type { TestProject } from 'vitest/node';
import { resolveServices } from './global-setup/resolve-services.js';
import { sweepLeftovers } from './global-setup/sweep-leftovers.js';
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
  for (const line of resolved.report) console.info(`testenv: ${line}`);
  const context: TestenvContext = { runId, urls: resolved.urls };
  project.provide('seamsTestenv', context);
  return async () => {
    try {
      await sweepLeftovers(runId, resolved.urls);
    } finally {
      await resolved.stop();
    }
  };
}
