// Test support for the containers tests of this folder (not part of the package's entry points).
import pg from 'pg';
import { onTestFinished } from 'vitest';
import { newRunId } from '../unique-names.js';
import { postgresUrl } from '../vitest/server-urls.js';
import { runPrefix, TEMPLATE_PREFIX, templateName } from './database-names.js';
import { RunLease } from './run-lease.js';
import { sweepDatabases } from './sweep-run-databases.js';
import { sweepTemplates } from './sweep-templates.js';
import { TestDatabaseFactory } from './test-database-factory.js';

/** Names of the server's databases starting with `prefix`, sorted. */
export async function databasesStartingWith(prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1 ORDER BY datname',
      [prefix],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

export const databasesOf = (runId: string) => databasesStartingWith(runPrefix(runId));
export const templateExists = async (key: string) =>
  (await databasesStartingWith(TEMPLATE_PREFIX)).includes(templateName(key));

/**
 * Runs of their own (leased, as real runs are) with factories as separate workers would have
 * them, and template keys no other test or run uses. After the test: every factory closed, each
 * run's databases swept, then the keys' templates dropped (in that order: a template is dropped
 * only once nobody holds it).
 */
export function postgresFixture() {
  const runs: { runId: string; lease: RunLease; factories: TestDatabaseFactory[] }[] = [];
  const keys: string[] = [];
  onTestFinished(async () => {
    for (const { runId, lease, factories } of runs) {
      await Promise.all(factories.map((factory) => factory.close()));
      await sweepDatabases(postgresUrl(), runId);
      await lease.release();
    }
    await sweepTemplates(postgresUrl(), { maxIdleMs: 0, names: keys.map(templateName) });
  });
  return {
    async run(poolSize = 0) {
      const runId = newRunId();
      const lease = await RunLease.acquire(postgresUrl(), runId);
      const factories: TestDatabaseFactory[] = [];
      runs.push({ runId, lease, factories });
      const worker = () => {
        const factory = new TestDatabaseFactory({ serverUrl: postgresUrl(), runId, poolSize });
        factories.push(factory);
        return factory;
      };
      return { runId, worker };
    },
    templateKey(label: string): string {
      const key = `testenv-${label}-${newRunId()}`;
      keys.push(key);
      return key;
    },
  };
}

/** A one-table migration that counts how often it ran. */
export function countingMigration() {
  const calls = { count: 0 };
  const migrate = async (url: string) => {
    calls.count += 1;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE t (id int)');
    } finally {
      await client.end();
    }
  };
  return { calls, migrate };
}
