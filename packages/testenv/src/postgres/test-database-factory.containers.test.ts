import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { newRunId } from '../unique-names.js';
import { postgresUrl } from '../vitest/server-urls.js';
import { adminApplicationName } from './admin-pool.js';
import { countingMigration, databasesOf, postgresFixture, templateExists } from './run-fixture.js';
import { reapAbandonedRuns } from './run-lease.js';
import { sweepDatabases } from './sweep-run-databases.js';
import { TestDatabaseFactory } from './test-database-factory.js';

async function admin(sql: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

const dropDatabase = (name: string) => admin(`DROP DATABASE "${name}"`);
const endSessionsOf = (runId: string) =>
  admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1', [
    `${adminApplicationName(runId)}%`,
  ]);

describe('TestDatabaseFactory', () => {
  it('builds a template once for concurrent workers (advisory lock), and again for a changed key', async () => {
    const fixture = postgresFixture();
    const { worker } = await fixture.run();
    const { calls, migrate } = countingMigration();
    const [v1, v2] = [fixture.templateKey('v1'), fixture.templateKey('v2')];
    const workers = [worker(), worker(), worker()];
    await Promise.all(workers.map((factory) => factory.createDatabase({ templateKey: v1, migrate })));
    expect(calls.count).toBe(1);
    await workers[0]?.createDatabase({ templateKey: v2, migrate });
    expect(calls.count).toBe(2);
  });

  it('keeps the template for the next run, which clones it without migrating', async () => {
    const fixture = postgresFixture();
    const key = fixture.templateKey('warm');
    const { calls, migrate } = countingMigration();
    const first = (await fixture.run()).worker();
    expect(await first.prefill({ templateKey: key, migrate })).toBe('built');
    await first.close();
    expect(await templateExists(key)).toBe(true);
    const next = (await fixture.run()).worker();
    expect(await next.prefill({ templateKey: key, migrate })).toBe('reused');
    const db = await next.createDatabase({ templateKey: key, migrate });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
    expect(calls.count).toBe(1);
  });

  it('hands out a database with its connection already open, isolated from the others', async () => {
    const fixture = postgresFixture();
    const factory = (await fixture.run(2)).worker();
    const { migrate } = countingMigration();
    const options = { templateKey: fixture.templateKey('warm-pool'), migrate };
    await factory.prefill(options);
    const [a, b] = [await factory.createDatabase(options), await factory.createDatabase(options)];
    expect(a.pool.totalCount).toBe(1);
    expect(a.pool.idleCount).toBe(1);
    await a.pool.query('INSERT INTO t VALUES (1)');
    expect((await b.pool.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
    expect(new URL(a.url).pathname).toBe(`/${a.name}`);
    await a.release();
    await a.release();
    expect(a.pool.ended).toBe(true);
  });

  it('reports a failed migration and retries it for the next test', async () => {
    const fixture = postgresFixture();
    const factory = (await fixture.run()).worker();
    const templateKey = fixture.templateKey('broken');
    const broken = async () => {
      throw new Error('syntax error in 0002');
    };
    await expect(factory.createDatabase({ templateKey, migrate: broken })).rejects.toMatchObject({
      code: 'TEMPLATE_FAILED',
      cause: { message: 'syntax error in 0002' },
    });
    expect(await templateExists(templateKey)).toBe(false);
    const { calls, migrate } = countingMigration();
    await expect(factory.createDatabase({ templateKey, migrate })).resolves.toHaveProperty('name');
    expect(calls.count).toBe(1);
  });

  it('leaves nothing of the run behind once closed and swept, except a database kept for a failed test', async () => {
    const fixture = postgresFixture();
    const { runId, worker } = await fixture.run();
    const factory = worker();
    const { migrate } = countingMigration();
    const options = { templateKey: fixture.templateKey('kept'), migrate };
    const used = await factory.createDatabase(options);
    const failed = await factory.createDatabase(options);
    await used.release();
    await failed.keep();
    await factory.close();
    expect(await databasesOf(runId)).toContain(failed.name);
    expect(await sweepDatabases(postgresUrl(), runId)).not.toContain(failed.name);
    expect(await databasesOf(runId)).toEqual([failed.name]);
    await dropDatabase(failed.name);
    expect(await databasesOf(runId)).toEqual([]);
  });

  it('drops the databases of a run that died without clean-up, and never those of a live run', async () => {
    const fixture = postgresFixture();
    const { migrate } = countingMigration();
    const options = { templateKey: fixture.templateKey('reap'), migrate };
    const live = await fixture.run();
    const liveDb = await live.worker().createDatabase(options);
    const deadRunId = newRunId();
    const dead = new TestDatabaseFactory({ serverUrl: postgresUrl(), runId: deadRunId, poolSize: 0 });
    const deadDb = await dead.createDatabase(options);
    expect(await databasesOf(deadRunId)).toEqual([deadDb.name]);
    // No lease, no release, no sweep, its sessions ended by the server: as if killed mid-test.
    await endSessionsOf(deadRunId);
    const reaped = await reapAbandonedRuns(postgresUrl());
    // In CI's container pass another package's run starting on the same server reaps abandoned runs
    // too, rightly, and may drop this one first (seen in a rehearsal): whichever reap drops it, it
    // must be gone, and the live run's database kept.
    expect(reaped).not.toContain(liveDb.name);
    expect(await databasesOf(deadRunId)).toEqual([]);
    expect(await databasesOf(live.runId)).toContain(liveDb.name);
    await dead.close();
  });
});
