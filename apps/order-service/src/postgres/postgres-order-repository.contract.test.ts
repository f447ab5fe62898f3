import { createFakePostgres, type FakePostgres } from '@seams/fakes';
import { beforeAll, describe } from 'vitest';
import { describeOrderRepositoryContract } from '../domain/order-repository.contract.js';
import { orderRepositoryContractContext } from '../testing/order-repository-contract-context.js';
import { migrateOrderService } from './order-migrations.js';

/** The embedded engines the contract runs on in the fast pass; PostgreSQL runs it in the real pass. */
// pg-mem refuses data-modifying CTEs, so there the repository writes a change and its event in a
// transaction of two statements; PGlite and PostgreSQL run the one statement production sends.
const ENGINES = [
  { engine: 'pg-mem', label: 'pg-mem', eventWrites: 'transaction' },
  { engine: 'pglite', label: 'PGlite', eventWrites: 'one-statement' },
] as const;

for (const { engine, label, eventWrites } of ENGINES) {
  describe(`on ${label}`, () => {
    // One database per engine for the file, migrated once by the service's own migrations (a worker
    // starts PGlite once, which takes seconds); each case starts from the migrated state.
    let fake: FakePostgres;
    beforeAll(async () => {
      fake = await createFakePostgres({ engine, migrations: migrateOrderService, lockTimeoutMs: 1_000 });
    }, 120_000);

    describeOrderRepositoryContract({
      name: `PostgresOrderRepository on ${label} (@seams/fakes)`,
      setup: async () => {
        await fake.reset();
        const { pool } = fake;
        return {
          ...orderRepositoryContractContext(pool, eventWrites),
          teardown: () => {
            if (pool.checkedOutCount !== 0)
              throw new Error(`${pool.checkedOutCount} client(s) never went back to the pool`);
          },
        };
      },
      divergences: {
        'an uncommitted insert is invisible to readers outside the transaction': {
          reason:
            'the fake runs one transaction at a time: a second connection waits for the open transaction ' +
            'to end (and times out here, since the case holds it open) where PostgreSQL would read the last ' +
            'committed state at once',
          // The fake's lock wait giving up (lockTimeoutMs): SQLSTATE 0A000, a construct it cannot run.
          fails: { code: '0A000' },
        },
      },
    });
  });
}
