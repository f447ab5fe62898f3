import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sweepDatabases } from '../global-setup/sweep-leftovers.js';
import { postgresUrl } from '../server-urls.js';
import { newRunId } from '../unique-names.js';
import { runPrefix } from './database-names.js';
import { RunLease, reapAbandonedRuns } from './run-lease.js';
import { TestDatabaseFactory } from './test-database-factory.js';

async function databasesOf(runId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1 ORDER BY datname',
      [runPrefix(runId)],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

/** A run of its own (leased, as the global setup's): factories as separate workers would have them, swept at the end. */
async function isolatedRun(poolSize = 2) {
  const runId = newRunId();
  const lease = await RunLease.acquire(postgresUrl(), runId);
  const factories: TestDatabaseFactory[] = [];
  onTestFinished(async () => {
    await Promise.all(factories.map((factory) => factory.close()));
    await sweepDatabases(postgresUrl(), runId);
    await lease.release();
  });
  const worker = () => {
    const factory = new TestDatabaseFactory({ serverUrl: postgresUrl(), runId, poolSize });
    factories.push(factory);
    return factory;
  };
  return { runId, worker };
}

function countingMigration() {
  const calls = { count: 0 };
  const migrate = async (url: string) => {
    calls.count += 1;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE t (id int)');
    await client.end();
  };
  return { calls, migrate };
}

describe('TestDatabaseFactory', () => {
  it('builds a template once for concurrent workers (advisory lock), and again for a changed key', async () => {
    const { worker } = await isolatedRun();
    const { calls, migrate } = countingMigration();
    const workers = [worker(), worker(), worker()];
    await Promise.all(workers.map((factory) => factory.create({ templateKey: 'v1', migrate })));
    expect(calls.count).toBe(1);
    await workers[0]?.create({ templateKey: 'v2', migrate });
    expect(calls.count).toBe(2);
  });

  it('reports a failed migration and retries it for the next test', async () => {
    const { worker } = await isolatedRun();
    const factory = worker();
    const broken = async () => {
      throw new Error('syntax error in 0002');
    };
    await expect(factory.create({ templateKey: 'k', migrate: broken })).rejects.toMatchObject({
      code: 'TEMPLATE_FAILED',
      cause: { message: 'syntax error in 0002' },
    });
    const { calls, migrate } = countingMigration();
    await expect(factory.create({ templateKey: 'k', migrate })).resolves.toHaveProperty('database');
    expect(calls.count).toBe(1);
  });

  it('leaves nothing behind once closed and swept, except a database kept for a failed test', async () => {
    const { runId, worker } = await isolatedRun();
    const factory = worker();
    const { migrate } = countingMigration();
    const used = await factory.create({ templateKey: 'k', migrate });
    const failed = await factory.create({ templateKey: 'k', migrate });
    factory.release(used.database);
    await factory.keep(failed.database);
    await factory.close();
    expect(await databasesOf(runId)).toContain(failed.database);
    expect(await sweepDatabases(postgresUrl(), runId)).not.toContain(failed.database);
    expect(await databasesOf(runId)).toEqual([failed.database]);
    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    await client.query(`DROP DATABASE "${failed.database}"`);
    await client.end();
    expect(await databasesOf(runId)).toEqual([]);
  });

  it('drops the databases of a run that died without teardown, and never those of a live run', async () => {
    const { migrate } = countingMigration();
    const live = await isolatedRun();
    const liveDb = await live.worker().create({ templateKey: 'k', migrate });
    const deadRunId = newRunId();
    const dead = new TestDatabaseFactory({ serverUrl: postgresUrl(), runId: deadRunId, poolSize: 0 });
    const deadDb = await dead.create({ templateKey: 'k', migrate });
    await dead.close(); // no lease and no sweep: as if its process had been killed
    const reaped = await reapAbandonedRuns(postgresUrl());
    expect(reaped).toContain(deadDb.database);
    expect(reaped).not.toContain(liveDb.database);
    expect(await databasesOf(deadRunId)).toEqual([]);
    expect(await databasesOf(live.runId)).toContain(liveDb.database);
  });
});
