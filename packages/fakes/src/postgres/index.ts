export {
  createFakePostgres,
  type FakeMigration,
  type FakeMigrations,
  type FakePostgres,
  type FakePostgresEngine,
  type FakePostgresOptions,
  type FakePostgresThread,
} from './create-fake-postgres.js';
export { FakePostgresEngineError } from './fake-postgres-engine-error.js';
export { FakePostgresError } from './fake-postgres-error.js';
export { type FakePoolConfig, FakePostgresPool } from './fake-postgres-pool.js';
export type {
  EngineField,
  EngineReply,
  EngineRequest,
  EngineResult,
  PostgresEngine,
  PostgresErrorFields,
  TransactionStatus,
} from './postgres-engine.js';
