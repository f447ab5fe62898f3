export {
  createFakePostgres,
  type FakeMigration,
  type FakePostgres,
  type FakePostgresOptions,
} from './create-fake-postgres.js';
export { FakePostgresClient, type FakeQueryInput } from './fake-postgres-client.js';
export { FakePostgresError } from './fake-postgres-error.js';
export { FakePostgresPool } from './fake-postgres-pool.js';
export type { FakeQueryResult } from './pg-mem-engine.js';
