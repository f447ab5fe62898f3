import { onTestFinished } from 'vitest';
import {
  type TestDatabase,
  TestDatabaseFactory,
  type TestDatabaseOptions,
} from './postgres/test-database-factory.js';
import { redactUrl } from './redact-url.js';
import { postgresUrl, testenvContext } from './server-urls.js';

const DEFAULT_POOL_SIZE = 3;
let factory: TestDatabaseFactory | undefined;

function poolSize(): number {
  const value = Number(process.env.SEAMS_TEST_DB_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_POOL_SIZE;
}

function sharedFactory(): TestDatabaseFactory {
  factory ??= new TestDatabaseFactory({
    serverUrl: postgresUrl(),
    runId: testenvContext().runId,
    poolSize: poolSize(),
  });
  return factory;
}

/**
 * A PostgreSQL database for the current test alone, cloned from a template migrated once per run
 * per `templateKey`. Dropped in the background after the test; with `KEEP_FAILED_DB=1` a failed
 * test's database is kept and its URL printed. Call it inside a test (or `beforeEach`).
 *
 * @example
 * const { connectionString } = await createTestDatabase({ templateKey: hashFiles(migrationsDir), migrate });
 */
export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const source = sharedFactory();
  const created = await source.create(options);
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail' && process.env.KEEP_FAILED_DB === '1') {
      await source.keep(created.database);
      console.warn(
        `KEEP_FAILED_DB: kept the database of "${task.name}": ${redactUrl(created.connectionString)}`,
      );
      return;
    }
    source.release(created.database);
  });
  return created;
}
