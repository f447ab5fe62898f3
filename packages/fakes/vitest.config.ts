import { seamsVitestConfig } from '@seams/vitest-config';

// The containers project runs the SQL corpus on a real PostgreSQL (TEST_POSTGRES_URL or Testcontainers).
// The fast project replays the SQL corpus on each engine, one file each: every core, since this
// package's replays run on for a minute after the others' suites have ended in a cold `pnpm test`.
// The pg15-* files are PGlite's engine suites (its PostgreSQL 15 face, SQL in and answers out): CI
// runs them on Node 24 and leaves them out of its Node 20 pass (SEAMS_ENGINE_SUITES=off).
export default seamsVitestConfig({
  fast: { maxWorkers: '100%', engineSuites: ['src/postgres/pglite/pg15-*.test.ts'] },
  containers: { services: ['postgres'] },
});
