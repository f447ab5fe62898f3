import { seamsVitestConfig } from '@seams/vitest-config';

// The containers project runs the SQL corpus on a real PostgreSQL (TEST_POSTGRES_URL or Testcontainers).
// The fast project replays the SQL corpus on each engine, one file each: every core, since this
// package's replays run on for a minute after the others' suites have ended in a cold `pnpm test`.
export default seamsVitestConfig({ fast: { maxWorkers: '100%' }, containers: { services: ['postgres'] } });
