import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { postgresUrl } from '../vitest/server-urls.js';
import { templateComment, templateName } from './database-names.js';
import { countingMigration, postgresFixture, templateExists } from './run-fixture.js';
import { commentStatement, quoteDatabaseName } from './sql-identifier.js';
import { sweepTemplates } from './sweep-templates.js';
import { TEMPLATE_LOCK_KEY } from './template-locks.js';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const HOUR = 3_600_000;
const lastUsedAgo = (key: string, ms: number) =>
  admin((client) =>
    client.query(commentStatement(templateName(key), templateComment(new Date(Date.now() - ms)))),
  );
const sweep = (keys: string[], maxIdleMs: number) =>
  sweepTemplates(postgresUrl(), { maxIdleMs, names: keys.map(templateName) });

/**
 * Sweeps until `key`'s template is gone (for at most 15 s), returning every name dropped. Other
 * test files' runs start on the same server meanwhile, and each start sweeps every template,
 * locking it for the moment it looks or for as long as its DROP DATABASE takes; a sweep skips a
 * template it cannot lock (a run holding it looks the same), and an ended session's locks are freed
 * only when its backend exits. So a sweep here may rightly drop nothing for a while: under load in
 * CI five sweeps 200 ms apart were not enough. Bounded by time, not by count, for that reason.
 */
async function sweepUntilGone(key: string, keys: string[], maxIdleMs: number): Promise<string[]> {
  const dropped: string[] = [];
  const deadline = Date.now() + 15_000;
  while ((await templateExists(key)) && Date.now() < deadline) {
    dropped.push(...(await sweep(keys, maxIdleMs)));
    if (await templateExists(key)) await sleep(250);
  }
  return dropped;
}

describe('sweepTemplates', () => {
  it('drops a template unused for longer than the limit and keeps a recently used one', async () => {
    const fixture = postgresFixture();
    const { migrate } = countingMigration();
    const [stale, fresh] = [fixture.templateKey('stale'), fixture.templateKey('fresh')];
    const builder = (await fixture.run()).worker();
    await builder.prefill({ templateKey: stale, migrate });
    await builder.prefill({ templateKey: fresh, migrate });
    await builder.close();
    // Idle for less than the 24 hours every run's start-up sweep keeps templates for, so only this
    // test's sweep may drop them.
    await lastUsedAgo(stale, 3 * HOUR);
    await lastUsedAgo(fresh, HOUR / 2);
    expect(await sweepUntilGone(stale, [stale, fresh], 2 * HOUR)).toEqual([templateName(stale)]);
    expect([await templateExists(stale), await templateExists(fresh)]).toEqual([false, true]);
  });

  it('never drops a template a live run is using, however idle, and drops it once that run ends', async () => {
    const fixture = postgresFixture();
    const { migrate } = countingMigration();
    const key = fixture.templateKey('in-use');
    const user = (await fixture.run()).worker();
    await user.createDatabase({ templateKey: key, migrate });
    await lastUsedAgo(key, 48 * HOUR);
    expect(await sweep([key], 0)).toEqual([]);
    await expect(user.createDatabase({ templateKey: key, migrate })).resolves.toHaveProperty('name');
    await user.close();
    // Idle for 48 hours by its comment and free once the run ended: another package's run starting
    // on the same server sweeps it too, rightly (seen in CI's container pass). Whichever sweep drops
    // it, it must be gone, and nothing else dropped.
    const dropped = await sweepUntilGone(key, [key], 0);
    expect(dropped.filter((each) => each !== templateName(key))).toEqual([]);
    expect(await templateExists(key)).toBe(false);
  });

  it('drops a half-built template whose builder died', async () => {
    const fixture = postgresFixture();
    const key = fixture.templateKey('half-built');
    const name = templateName(key);
    // Built as a builder builds, holding the template's lock: every run's start sweeps half-built
    // templates, and another package's run starting meanwhile would rightly drop this one first.
    await admin(async (client) => {
      await client.query(`SELECT pg_advisory_lock(${TEMPLATE_LOCK_KEY})`, [name]);
      await client.query(`CREATE DATABASE ${quoteDatabaseName(name)}`);
      await client.query(commentStatement(name, templateComment(new Date())));
      // The builder dies: its session ends, and with it the lock.
    });
    // From here another package's run starting on the same server may sweep it first, rightly (seen
    // in CI's container pass): whichever sweep drops it, it must be gone, and nothing else dropped.
    const dropped = await sweepUntilGone(key, [key], 24 * HOUR);
    expect(dropped.filter((each) => each !== name)).toEqual([]);
    expect(await templateExists(key)).toBe(false);
  });

  it('lets a run clone while another run sweeps the same server, and the sweep waits for it', async () => {
    const fixture = postgresFixture();
    const { calls, migrate } = countingMigration();
    const key = fixture.templateKey('shared');
    const [a, b] = [(await fixture.run()).worker(), (await fixture.run()).worker()];
    const clones = Array.from({ length: 6 }, (_, i) =>
      (i % 2 ? a : b).createDatabase({ templateKey: key, migrate }),
    );
    const sweeps = Array.from({ length: 3 }, () => sweep([key], 0));
    const made = await Promise.all(clones);
    await Promise.all(sweeps);
    expect(new Set(made.map((db) => db.name)).size).toBe(6);
    expect(await templateExists(key)).toBe(true);
    await Promise.all([a.close(), b.close()]);
    expect(await sweepUntilGone(key, [key], 0)).toEqual([templateName(key)]);
    expect(calls.count).toBe(1);
  });
});
