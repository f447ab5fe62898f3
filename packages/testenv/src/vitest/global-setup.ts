import { writeSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { toServiceNames } from '../services.js';
import { startTestEnvironment } from '../start-test-environment.js';
import { TestenvError } from '../testenv-error.js';
import './provided-context.js';

/**
 * The exit code of a run that found no usable server (or image): 78, EX_CONFIG in sysexits.h,
 * since what is missing is configuration, not a failing test.
 */
export const SETUP_EXIT_CODE = 78;

/**
 * Vitest global setup: starts the project's test environment once per run (`startTestEnvironment`),
 * hands the run to every worker (`inject('seamsTestenv')`), and stops it at the end.
 * `SEAMS_COLLECT_ONLY=1` (listing tests, e.g. for the fidelity table) skips it all.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.SEAMS_COLLECT_ONLY === '1') return undefined;
  const services = toServiceNames(project.getProvidedContext().seamsTestenvServices ?? []);
  if (services.length === 0) return undefined;
  const env = await startTestEnvironment({ services }).catch(exitOnTestenvError);
  // Every database, queue and key of this run carries the run id: this line ties leftovers to a run
  // (scripts/soak-tests.sh reads it).
  console.info(`testenv: run ${env.runId}`);
  for (const line of env.summary) console.info(`testenv: ${line}`);
  project.provide('seamsTestenv', { runId: env.runId, urls: env.urls });
  return () => env.stop();
}

/**
 * A run without servers is a set-up problem with one fix, not a failure inside vitest: its message
 * is all the user needs, so it is printed alone (no stack, no "no test files found") and the
 * process ends with `SETUP_EXIT_CODE`. Any other error, a container that failed to start among
 * them, is vitest's to report, with its cause.
 */
function exitOnTestenvError(error: unknown): never {
  if (!(error instanceof TestenvError) || error.code === 'CONTAINER_FAILED') throw error;
  writeSync(2, `\n${error.message}\n\n`);
  process.exit(SETUP_EXIT_CODE);
}
