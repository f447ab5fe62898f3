export { createPostgresPool, PostgresConfigError, type PostgresPoolConfig } from './create-postgres-pool.js';
export { type MigrateOptions, type MigrateResult, migrate } from './migrate.js';
export { MigrationChecksumError, MigrationFailedError } from './migration-errors.js';
export {
  loadMigrations,
  type Migration,
  migrationChecksum,
  migrationsDir,
  migrationsFingerprint,
  toMigration,
} from './migration-files.js';
export type {
  PostgresPool,
  PostgresPoolClient,
  PostgresQueryable,
  PostgresQueryResult,
  PostgresRow,
} from './postgres-client.js';
export { isConnectionError, mapPostgresError, SQLSTATE, sqlState } from './postgres-errors.js';
export { PostgresOrderRepository, type PostgresOrderRepositoryConfig } from './postgres-order-repository.js';
export { PostgresOutboxStore, type PostgresOutboxStoreConfig } from './postgres-outbox-store.js';
export { PostgresUnitOfWork, type PostgresUnitOfWorkConfig } from './postgres-unit-of-work.js';
export { redactConnectionString } from './redact-connection-string.js';
export { readInt8, UnexpectedColumnValueError } from './sql-values.js';
export { TransactionClosedError } from './transaction-context.js';
