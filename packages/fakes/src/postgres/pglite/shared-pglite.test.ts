import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

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
});
