import type {} from 'vitest';
import type { ResolvedRun } from '../test-environment.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by testenv's global setup: the run's id and its servers' URLs; absent in projects that declared no services. */
    seamsTestenv: ResolvedRun;
    /** The services a package's containers project declared (`seamsVitestConfig`'s `containers.services`). */
    seamsTestenvServices: string[];
  }
}
