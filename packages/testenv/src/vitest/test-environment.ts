import { inject } from 'vitest';
import { openTestEnvironment, type TestEnvironment } from '../test-environment.js';
import { TestenvError } from '../testenv-error.js';
import './provided-context.js';

// One per worker: its clone pools and template locks serve every test the worker runs.
let attached: TestEnvironment | undefined;

/**
 * The run's servers inside a vitest worker, attached to what the global setup resolved. The global
 * setup owns the run (lease, sweeps, containers): a worker only hands out databases and namespaces.
 */
export function testEnvironment(): TestEnvironment {
  const run = inject('seamsTestenv');
  if (!run) {
    throw new TestenvError(
      'NOT_RESOLVED',
      'no real servers were resolved for this project: run it as the containers project of a package ' +
        "whose vitest.config declares them, e.g. seamsVitestConfig({ containers: { services: ['postgres'] } })",
    );
  }
  if (attached?.runId !== run.runId) {
    attached = openTestEnvironment(run, {
      notResolvedHint: (service) =>
        `${service} was not resolved for this run: add '${service}' to containers.services in the ` +
        "package's vitest.config (seamsVitestConfig({ containers: { services: [...] } }))",
    });
  }
  return attached;
}
