import type {} from 'vitest';
import type { ServiceName } from './services.js';

/** What the global setup hands every worker: the resolved servers and this run's name prefix. */
export interface TestenvContext {
  /** Short, unique per run: every database, queue and key this run makes carries it. */
  readonly runId: string;
  readonly urls: Partial<Record<ServiceName, string>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by testenv's global setup; absent in projects that declared no services. */
    seamsTestenv: TestenvContext;
    /** The services a package's containers project declared (`seamsVitestConfig`'s `containers.services`). */
    seamsTestenvServices: string[];
  }
}
