import { OWNER_PID_LABEL } from './container-engine.js';

/** On containers kept for later runs: `docker rm -f $(docker ps -aq --filter label=dev.seams.testenv.reusable)` removes them. */
export const REUSABLE_LABEL = 'dev.seams.testenv.reusable';

/** How this run's containers are started and ended. */
export interface ContainerPlan {
  /** The container outlives the run, and the next run with the same configuration takes it over. */
  readonly reuse: boolean;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Reuse is the user's opt-in, with Testcontainers' own switch `TESTCONTAINERS_REUSE_ENABLE=true`.
 * Testcontainers finds a container to reuse by a hash of its whole configuration, labels included:
 * a reusable one carries no owner pid (it would differ every run), so the sweep of orphaned
 * containers, which goes by that pid, never removes it.
 */
export function containerPlan(env: NodeJS.ProcessEnv = process.env, pid = process.pid): ContainerPlan {
  const reuse = env.TESTCONTAINERS_REUSE_ENABLE === 'true';
  return { reuse, labels: reuse ? { [REUSABLE_LABEL]: 'true' } : { [OWNER_PID_LABEL]: String(pid) } };
}
