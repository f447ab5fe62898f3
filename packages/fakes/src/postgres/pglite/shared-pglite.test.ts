import { describe, expect, it } from 'vitest';
import { createFakePostgres, migrate } from '../create-fake-postgres.js';
import { leasePglite } from './shared-pglite.js';

const PGLITE_START_MS = 60_000;
const MIGRATIONS = [{ name: '001_probe', sql: 'CREATE TABLE shared_lease_probe (id int PRIMARY KEY)' }];

describe('PGlite shared by the fakes of one worker', () => {
  it(
    'hands a new fake the migrated schema even after the last one changed it, whose own reset() still refuses',
    async () => {
      const first = await createFakePostgres({ engine: 'pglite', migrations: MIGRATIONS });
      await first.pool.query('CREATE TABLE made_by_a_test (id int)');
      await expect(first.reset()).rejects.toMatchObject({ code: 'FAKE_PG_RESET_REFUSED' });

      const second = await createFakePostgres({ engine: 'pglite', migrations: MIGRATIONS });
      const { rows } = await second.pool.query<{ name: string }>(
        "SELECT relname AS name FROM pg_class WHERE relname IN ('shared_lease_probe', 'made_by_a_test') ORDER BY 1",
      );
      expect(rows).toEqual([{ name: 'shared_lease_probe' }]);
      await second.close();
    },
    PGLITE_START_MS,
  );

  it(
    'empties the least recently leased PGlite for a third schema instead of starting another, keeping nothing of the first',
    async () => {
      const schema = (table: string) => [
        { name: `001_${table}`, sql: `CREATE TABLE ${table} (id int PRIMARY KEY)` },
      ];
      const startedAt = 'SELECT pg_postmaster_start_time()::text AS at';
      const first = await createFakePostgres({ engine: 'pglite', migrations: schema('recycle_first') });
      await first.pool.query('INSERT INTO recycle_first VALUES (1)');
      const [{ at }] = (await first.pool.query<{ at: string }>(startedAt)).rows as [{ at: string }];
      await createFakePostgres({ engine: 'pglite', migrations: schema('recycle_second') });

      // Two instances are kept per worker: the first fake's is the least recently leased.
      const third = await createFakePostgres({ engine: 'pglite', migrations: schema('recycle_third') });
      expect((await third.pool.query(startedAt)).rows).toEqual([{ at }]);
      const { rows } = await third.pool.query<{ name: string }>(
        "SELECT relname AS name FROM pg_class WHERE relname LIKE 'recycle\\_%' AND relkind = 'r' ORDER BY 1",
      );
      expect(rows).toEqual([{ name: 'recycle_third' }]);
      await third.close();
    },
    PGLITE_START_MS,
  );

  it(
    "refuses a superseded lease the snapshot that would move the newer lease's reset point",
    async () => {
      const key = 'superseded-snapshot-probe';
      const migrateProbe = (engine: Parameters<typeof migrate>[0]) =>
        migrate(engine, { migrations: MIGRATIONS });
      const first = await leasePglite(key, migrateProbe);
      const second = await leasePglite(key, migrateProbe);
      await expect(first.snapshot()).rejects.toMatchObject({ code: 'FAKE_PG_ENGINE_STOPPED' });
      await expect(second.reset()).resolves.toBeUndefined();
    },
    PGLITE_START_MS,
  );
});
