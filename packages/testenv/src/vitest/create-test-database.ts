import { redactUrl } from '@seams/ports';
import { onTestFinished } from 'vitest';
import type { TestDatabase, TestDatabaseOptions } from '../postgres/test-database-factory.js';
import { testEnvironment } from './test-environment.js';

/** A test's database, with the names today's vitest tests use. */
export interface VitestTestDatabase extends TestDatabase {
  /** The same as `url`. */
  readonly connectionString: string;
  /** The same as `name`. */
  readonly database: string;
}

/**
 * A PostgreSQL database for the current test alone, cloned from a template built once per
 * `templateKey` and kept across runs. Released after the test; with `KEEP_FAILED_DB=1` a failed
 * test's database is kept and its URL printed. Call it inside a test (or `beforeEach`).
 *
 * @example
 * const { connectionString } = await createTestDatabase({ templateKey: hashFiles(migrationsDir), migrate });
 */
export async function createTestDatabase(options: TestDatabaseOptions): Promise<VitestTestDatabase> {
  const created = await testEnvironment().postgres.createDatabase(options);
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail' && process.env.KEEP_FAILED_DB === '1') {
      await created.keep();
      console.warn(`KEEP_FAILED_DB: kept the database of "${task.name}": ${redactUrl(created.url)}`);
      return;
    }
    await created.release();
  });
  return { ...created, connectionString: created.url, database: created.name };
}
